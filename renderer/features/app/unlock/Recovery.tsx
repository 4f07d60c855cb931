import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { recoverArgs } from '../../../../electron/core/app/schemas'
import { useCabinetMutation } from '../../../api/queries'
import { ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormTextField } from '../../../ui/Field'
import { placeServerError } from '../../../ui/forms'
import { FormPasswordField } from '../../../ui/PasswordField'
import { afterPasswordChecker } from '../../../ui/password-checker'
import { useAppState } from '../app-state'
import { Standalone } from '../Standalone'

const recoverFormSchema = recoverArgs.extend({ confirm: z.string() }).superRefine((v, ctx) => {
  if (v.confirm !== v.newPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passwords are different: type the same password twice' })
  }
})
type RecoverInput = z.input<typeof recoverFormSchema>
type RecoverOutput = z.output<typeof recoverFormSchema>

/**
 * Forgot password: the printed recovery key opens Cabinet and sets a new password for a
 * coordinator (the first active coordinator unless a username is given), then logs them in.
 */
export function Recovery({ onCancel }: { onCancel: () => void }) {
  const { signedIn } = useAppState()
  const recover = useCabinetMutation('app.recover', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<RecoverInput, unknown, RecoverOutput>({
    resolver: afterPasswordChecker(zodResolver(recoverFormSchema)),
    defaultValues: { recoveryKey: '', username: '', newPassword: '', confirm: '' },
  })
  const username = useWatch({ control: form.control, name: 'username' })

  const submit = form.handleSubmit(async ({ confirm: _confirm, ...values }) => {
    setBanner(undefined)
    const result = await recover.run({ ...values, username: values.username ?? '' })
    if (result.ok) signedIn(result.value.user)
    else setBanner(placeServerError(result.error, form.setError, ['recoveryKey', 'username', 'newPassword']))
  })

  return (
    <Standalone title="Forgot password" focusHeading>
      <p>
        Use the recovery key printed when Cabinet was set up (groups of four letters and digits, like <span lang="zxx">7K3M-Q9XT-…</span>). It lets a
        coordinator choose a new password.
      </p>
      <ErrorBanner error={banner} title="Cabinet could not be opened" />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormTextField control={form.control} name="recoveryKey" label="Recovery key" isRequired autoComplete="off" />
        <FormTextField
          control={form.control}
          name="username"
          label="Coordinator’s username"
          description="Leave this empty to reset the password of the centre’s first coordinator."
          autoComplete="username"
        />
        <FormPasswordField control={form.control} name="newPassword" label="New password" autoComplete="new-password" about={{ username }} />
        <FormPasswordField control={form.control} name="confirm" label="Type the new password again" autoComplete="new-password" showRules={false} />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            Set password and log in
          </Button>
          <Button variant="secondary" onPress={onCancel}>
            Back to log in
          </Button>
        </div>
      </form>
    </Standalone>
  )
}
