import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { addUserArgs, INSPECTOR_MAX_DAYS } from '../../../../electron/core/app/schemas'
import { NEW_USERNAME_HINT } from '../../../../electron/core/rules'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { FormRadioGroup } from '../../../ui/Choice'
import { FormDateField } from '../../../ui/DateField'
import { ModalDialog } from '../../../ui/Dialog'
import { FormTextField } from '../../../ui/Field'
import { FormButtons } from '../../../ui/FormButtons'
import { placeServerError } from '../../../ui/forms'
import { FormPasswordField } from '../../../ui/PasswordField'
import { afterPasswordChecker } from '../../../ui/password-checker'
import type { UserSummary } from './UsersTable'

type AddInput = z.input<typeof addUserArgs>
type AddOutput = z.output<typeof addUserArgs>

const ROLE_OPTIONS = [
  { value: 'volunteer', label: 'Volunteer', description: 'Session-day work: families and sessions, no documents, settings or exports.' },
  { value: 'coordinator', label: 'Coordinator', description: 'Everything, including users, documents, settings and the audit log.' },
  {
    value: 'inspector',
    label: 'NACCC inspector',
    description:
      'For an accreditation inspection: reads family and volunteer files, and cannot change, print or export anything. Every file they open is logged.',
  },
] as const

/**
 * Add a login for a volunteer, a coordinator or a NACCC inspector (P19), with a first password to
 * give them in person. An inspector's login ends on the last day of the inspection.
 */
export function AddUserDialog({
  isOpen,
  onOpenChange,
  onAdded,
}: {
  isOpen: boolean
  onOpenChange: (open: boolean) => void
  onAdded: (user: UserSummary) => void
}) {
  const add = useCabinetMutation('app.users.add', { invalidates: ['app.users.list'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<AddInput, unknown, AddOutput>({
    resolver: afterPasswordChecker(zodResolver(addUserArgs)),
    defaultValues: { displayName: '', username: '', role: 'volunteer', password: '', expiresOn: '' },
  })
  const [username, displayName, role] = useWatch({ control: form.control, name: ['username', 'displayName', 'role'] })
  const inspector = role === 'inspector'

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    // The end date is asked only of an inspector: one typed before choosing another role is not sent.
    const result = await add.run(values.role === 'inspector' ? values : { ...values, expiresOn: undefined })
    if (result.ok) {
      form.reset()
      onAdded(result.value)
    } else {
      setBanner(placeServerError(result.error, form.setError, ['displayName', 'username', 'role', 'password', 'expiresOn']))
    }
  })

  return (
    <ModalDialog isOpen={isOpen} onOpenChange={onOpenChange} title="Add a user">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="The user was not added" />
        <FormTextField control={form.control} name="displayName" label="Name" isRequired autoComplete="off" autoFocus />
        <FormTextField
          control={form.control}
          name="username"
          label="Username"
          description={`What they will type to log in: ${NEW_USERNAME_HINT}`}
          isRequired
          autoComplete="off"
        />
        <FormRadioGroup control={form.control} name="role" label="Role" options={ROLE_OPTIONS} />
        {inspector && (
          <FormDateField
            control={form.control}
            name="expiresOn"
            label="Last day of the inspection"
            description={`They cannot log in after this day, which is at most ${INSPECTOR_MAX_DAYS} days from today. For example, 27/03/2026`}
            isRequired
          />
        )}
        <FormPasswordField
          control={form.control}
          name="password"
          label="First password"
          autoComplete="new-password"
          about={{ username, displayName }}
          description="Tell them in person; they can change it in My account. It must have:"
        />
        <FormButtons submitLabel="Add user" pending={add.isPending} onCancel={() => onOpenChange(false)} />
      </form>
    </ModalDialog>
  )
}
