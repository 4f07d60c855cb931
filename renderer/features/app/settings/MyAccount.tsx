import { ROLE_LABELS } from '../../../../electron/core/auth/roles'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { changeOwnPasswordArgsFor } from '../../../../electron/core/app/schemas'
import type { PasswordAbout } from '../../../../electron/core/auth/password-policy'
import { useCabinetMutation, useCabinetQuery } from '../../../api/queries'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { formatDateTime } from '../../../ui/dates'
import { placeServerError } from '../../../ui/forms'
import { Page } from '../../../ui/Page'
import { FormPasswordField } from '../../../ui/PasswordField'
import { afterPasswordChecker } from '../../../ui/password-checker'
import { useCurrentUser } from '../app-state'
import { ConfidentialityTerms } from '../ConfidentialityTerms'

/** The contract's rule for your own names (as the meter judges), plus the form-only "type it again". */
function changeFormSchema(about: PasswordAbout) {
  return changeOwnPasswordArgsFor(about)
    .extend({ confirm: z.string() })
    .superRefine((v, ctx) => {
      if (v.confirm !== v.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'The two passwords are different: type the same password twice' })
      }
    })
}
type ChangeSchema = ReturnType<typeof changeFormSchema>
type ChangeInput = z.input<ChangeSchema>
type ChangeOutput = z.output<ChangeSchema>
const EMPTY: ChangeInput = { currentPassword: '', newPassword: '', confirm: '' }

/** Your own account: who you are, when you agreed to the confidentiality terms, your password. */
export function MyAccount() {
  const user = useCurrentUser()
  const centre = useCabinetQuery('app.centre.get', {})
  const change = useCabinetMutation('app.changeOwnPassword', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const about = useMemo(() => ({ username: user.username, displayName: user.displayName }), [user.username, user.displayName])
  const schema = useMemo(() => changeFormSchema(about), [about])
  const form = useForm<ChangeInput, unknown, ChangeOutput>({
    resolver: afterPasswordChecker(zodResolver(schema)),
    defaultValues: EMPTY,
  })

  const submit = form.handleSubmit(async ({ confirm: _confirm, ...values }) => {
    setSaved(false)
    setBanner(undefined)
    const result = await change.run(values)
    if (result.ok) {
      setSaved(true)
      form.reset(EMPTY)
    } else {
      setBanner(placeServerError(result.error, form.setError, ['currentPassword', 'newPassword']))
    }
  })

  return (
    <Page title="My account">
      <section className="card" aria-labelledby="about-you">
        <h2 id="about-you">About you</h2>
        <dl className="dl">
          <dt>Name</dt>
          <dd>{user.displayName}</dd>
          <dt>Username</dt>
          <dd>{user.username}</dd>
          <dt>Role</dt>
          <dd>{ROLE_LABELS[user.role]}</dd>
          <dt>Confidentiality terms</dt>
          <dd>{user.confidentialityAckAt ? `Agreed on ${formatDateTime(user.confidentialityAckAt)}` : 'Not agreed yet'}</dd>
        </dl>
        <details className="more">
          <summary>Read the confidentiality terms again</summary>
          <ConfidentialityTerms centreName={centre.data?.name} />
        </details>
      </section>
      <section className="card" aria-labelledby="change-password">
        <h2 id="change-password">Change your password</h2>
        {saved && <Banner tone="success" title="Your password has been changed" />}
        <ErrorBanner error={banner} title="Your password was not changed" />
        <form onSubmit={(e) => void submit(e)} noValidate>
          <FormPasswordField control={form.control} name="currentPassword" label="Current password" autoComplete="current-password" />
          <FormPasswordField control={form.control} name="newPassword" label="New password" autoComplete="new-password" about={about} />
          <FormPasswordField control={form.control} name="confirm" label="Type the new password again" autoComplete="new-password" showRules={false} />
          <Button type="submit" variant="primary" isPending={change.isPending}>
            Change password
          </Button>
        </form>
      </section>
    </Page>
  )
}
