import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { resetPasswordArgs, resetPasswordArgsFor } from '../../../../electron/core/app/schemas'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { ModalDialog } from '../../../ui/Dialog'
import { FormButtons } from '../../../ui/FormButtons'
import { placeServerError } from '../../../ui/forms'
import { FormPasswordField } from '../../../ui/PasswordField'
import { afterPasswordChecker } from '../../../ui/password-checker'
import type { UserSummary } from './UsersTable'

type ResetInput = z.input<typeof resetPasswordArgs>
type ResetOutput = z.output<typeof resetPasswordArgs>

/** Give someone who forgot their password a new one (their old one stops working at once). */
export function ResetPasswordDialog({ user, onClose, onDone }: { user: UserSummary; onClose: () => void; onDone: () => void }) {
  // Nothing cached shows a password, so nothing goes stale.
  const reset = useCabinetMutation('app.users.resetPassword', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  // Their username and name count against the new password, in the rule as in the meter.
  const about = useMemo(() => ({ username: user.username, displayName: user.displayName }), [user.username, user.displayName])
  const schema = useMemo(() => resetPasswordArgsFor(about), [about])
  const form = useForm<ResetInput, unknown, ResetOutput>({
    resolver: afterPasswordChecker(zodResolver(schema)),
    defaultValues: { userId: user.id, newPassword: '' },
  })

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const result = await reset.run(values)
    if (result.ok) onDone()
    else setBanner(placeServerError(result.error, form.setError, ['newPassword']))
  })

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Reset ${user.displayName}’s password`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="The password was not reset" />
        <FormPasswordField
          control={form.control}
          name="newPassword"
          label="New password"
          autoComplete="new-password"
          about={about}
          description="Tell them in person; they can change it in My account. It must have:"
          autoFocus
        />
        <FormButtons submitLabel="Reset password" pending={reset.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
