import { mayCall } from '../../../../electron/contract'
import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../../electron/contract'
import { loginArgs } from '../../../../electron/core/app/schemas'
import { useCabinetMutation } from '../../../api/queries'
import { Banner, ErrorBanner } from '../../../ui/Banner'
import { Button } from '../../../ui/Button'
import { FormTextField } from '../../../ui/Field'
import { placeServerError } from '../../../ui/forms'
import { FormPasswordField } from '../../../ui/PasswordField'
import { useAppState } from '../app-state'
import { Standalone } from '../Standalone'
import { RestoreLink } from '../../backups/RestoreLink'
import { LockoutNotice } from './LockoutNotice'

type LoginInput = z.input<typeof loginArgs>
type LoginOutput = z.output<typeof loginArgs>

/** A lockout belongs to one account: typing another username lifts it from the form. */
interface Lockout {
  username: string
  until: string
}

function sameAccount(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase()
}

/**
 * Username and password. The wrong-password message never says which of the two was wrong.
 * While the account is locked out the password box and the button are disabled, with a
 * countdown; a password refused only because of the lockout was never checked, so it stays in
 * the box, ready to send when the countdown ends.
 */
export function LoginForm({ onForgot }: { onForgot: () => void }) {
  const { signedIn } = useAppState()
  // Nothing is cached while locked (app-state empties the cache), so a login makes nothing stale.
  const login = useCabinetMutation('app.login', { invalidates: [] })
  const lockedUntilCall = useCabinetMutation('app.lockedUntil', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [wrong, setWrong] = useState(false)
  const [lockout, setLockout] = useState<Lockout | null>(null)
  const form = useForm<LoginInput, unknown, LoginOutput>({
    resolver: zodResolver(loginArgs),
    defaultValues: { username: '', password: '' },
  })
  const username = useWatch({ control: form.control, name: 'username' })
  const locked = lockout !== null && sameAccount(lockout.username, username)

  /** Whether `name` is locked out now; if so, the form shows it. */
  const checkLockout = async (name: string): Promise<boolean> => {
    const until = await lockedUntilCall.run({ username: name })
    if (!until.ok || !until.value.lockedUntil) return false
    setLockout({ username: name, until: until.value.lockedUntil })
    return true
  }

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    setWrong(false)
    const result = await login.run(values)
    if (result.ok) {
      // A coordinator starts at the Reminders page: what needs doing today (issue 14).
      if (mayCall(result.value.user.role, 'reminders.list')) window.location.hash = '#/reminders'
      signedIn(result.value.user)
      return
    }
    const { code } = result.error
    if (code === 'auth') {
      // Checked and wrong: clear it. That failure may itself have started a lockout.
      form.resetField('password')
      setWrong(true)
      if (!(await checkLockout(values.username))) form.setFocus('password')
    } else if (code === 'locked_out') {
      // Refused before it was checked: the password stays where it was typed.
      if (!(await checkLockout(values.username))) setBanner(result.error)
    } else {
      setBanner(placeServerError(result.error, form.setError, ['username', 'password']))
    }
  })

  const lockoutOver = useCallback(() => setLockout(null), [])

  // When the countdown ends, the password box is back: put the cursor in it unless the user is elsewhere.
  const wasLocked = useRef(false)
  useEffect(() => {
    if (wasLocked.current && !locked && (document.activeElement === document.body || document.activeElement === null)) form.setFocus('password')
    wasLocked.current = locked
  }, [locked, form])

  return (
    <Standalone title="Log in to Cabinet">
      <p>Cabinet is locked. Log in with your own username and password.</p>
      {wrong && (
        <Banner tone="error">
          <p>Wrong username or password.</p>
        </Banner>
      )}
      {lockout && locked && <LockoutNotice until={lockout.until} onOver={lockoutOver} />}
      <ErrorBanner error={banner} />
      <form onSubmit={(e) => (locked ? e.preventDefault() : void submit(e))} noValidate>
        <FormTextField control={form.control} name="username" label="Username" isRequired autoComplete="username" autoFocus />
        <FormPasswordField control={form.control} name="password" label="Password" autoComplete="current-password" isDisabled={locked} />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting} isDisabled={locked}>
            Log in
          </Button>
          <Button variant="quiet" onPress={onForgot}>
            Forgot password?
          </Button>
        </div>
      </form>
      <RestoreLink />
    </Standalone>
  )
}
