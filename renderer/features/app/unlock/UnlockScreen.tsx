import { useState } from 'react'
import { Recovery } from './Recovery'
import { LoginForm } from './LoginForm'

/** The screen while Cabinet is locked: log in, or recover with the recovery key. */
export function UnlockScreen() {
  const [mode, setMode] = useState<'login' | 'recover'>('login')
  return mode === 'login' ? <LoginForm onForgot={() => setMode('recover')} /> : <Recovery onCancel={() => setMode('login')} />
}
