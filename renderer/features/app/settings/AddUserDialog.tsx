import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { addUserArgs } from '../../../../electron/core/app/schemas'
import { NEW_USERNAME_HINT } from '../../../../electron/core/rules'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { FormRadioGroup } from '../../../ui/Choice'
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
] as const

/** Add a login for a volunteer or coordinator, with a first password to give them in person. */
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
    defaultValues: { displayName: '', username: '', role: 'volunteer', password: '' },
  })
  const [username, displayName] = useWatch({ control: form.control, name: ['username', 'displayName'] })

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const result = await add.run(values)
    if (result.ok) {
      form.reset()
      onAdded(result.value)
    } else {
      setBanner(placeServerError(result.error, form.setError, ['displayName', 'username', 'role', 'password']))
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
