import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useState } from 'react'
import { useForm } from 'react-hook-form'
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
import { LockoutNotice } from './LockoutNotice'

type LoginInput = z.input<typeof loginArgs>
type LoginOutput = z.output<typeof loginArgs>

/** Username and password. The wrong-password message never says which of the two was wrong. */
export function LoginForm({ onForgot }: { onForgot: () => void }) {
  const { signedIn } = useAppState()
  // Nothing is cached while locked (app-state empties the cache), so a login makes nothing stale.
  const login = useCabinetMutation('app.login', { invalidates: [] })
  const lockedUntilCall = useCabinetMutation('app.lockedUntil', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [wrong, setWrong] = useState(false)
  const [lockedUntil, setLockedUntil] = useState<string | null>(null)
  const form = useForm<LoginInput, unknown, LoginOutput>({
    resolver: zodResolver(loginArgs),
    defaultValues: { username: '', password: '' },
  })

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    setWrong(false)
    const result = await login.run(values)
    if (result.ok) {
      signedIn(result.value.user)
      return
    }
    form.resetField('password')
    const { code } = result.error
    if (code === 'auth') {
      setWrong(true)
      form.setFocus('password')
    } else if (code === 'locked_out') {
      const until = await lockedUntilCall.run({ username: values.username })
      if (until.ok && until.value.lockedUntil) setLockedUntil(until.value.lockedUntil)
      else setBanner(result.error)
    } else {
      setBanner(placeServerError(result.error, form.setError, ['username', 'password']))
    }
  })

  const lockoutOver = useCallback(() => setLockedUntil(null), [])

  return (
    <Standalone title="Log in to Cabinet">
      <p>Cabinet is locked. Log in with your own username and password.</p>
      {wrong && (
        <Banner tone="error">
          <p>Wrong username or password.</p>
        </Banner>
      )}
      {lockedUntil && <LockoutNotice until={lockedUntil} onOver={lockoutOver} />}
      <ErrorBanner error={banner} />
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormTextField control={form.control} name="username" label="Username" isRequired autoComplete="username" autoFocus />
        <FormPasswordField control={form.control} name="password" label="Password" autoComplete="current-password" />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            Log in
          </Button>
          <Button variant="quiet" onPress={onForgot}>
            Forgot password?
          </Button>
        </div>
      </form>
    </Standalone>
  )
}
