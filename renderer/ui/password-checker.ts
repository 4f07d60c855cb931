import { useEffect, useSyncExternalStore } from 'react'
import { passwordEstimatorReady, providePasswordEstimator } from '../../electron/core/auth/password-policy'

/*
 * The password checker (zxcvbn and its dictionaries, most of a megabyte) is loaded only when a
 * screen asks for a new password, so the unlock screen and the app open without it. Until it has
 * loaded, the rule refuses every new password with a message saying so (password-policy.ts); the
 * forms' resolvers wait for it (afterPasswordChecker), so that message shows only if loading failed.
 */

export type PasswordCheckerState = 'loading' | 'ready' | 'failed'

let loading: Promise<void> | null = null
let failed = false
const listeners = new Set<() => void>()

function changed(): void {
  for (const listener of listeners) listener()
}

/** Starts loading the checker (once; again after a failure). */
export function loadPasswordChecker(): Promise<void> {
  loading ??= import('../../electron/core/auth/password-estimator').then(
    ({ createPasswordEstimator }) => {
      failed = false
      providePasswordEstimator(createPasswordEstimator)
      changed()
    },
    () => {
      // Let the next password field try again.
      loading = null
      failed = true
      changed()
    },
  )
  return loading
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function currentState(): PasswordCheckerState {
  if (passwordEstimatorReady()) return 'ready'
  return failed ? 'failed' : 'loading'
}

/** Loads the checker when the calling component is shown (after a failure, when it is shown again), and says whether it is ready. */
export function usePasswordChecker(enabled = true): PasswordCheckerState {
  useEffect(() => {
    if (enabled) void loadPasswordChecker()
  }, [enabled])
  return useSyncExternalStore(subscribe, currentState)
}

/**
 * A form resolver that first waits for the checker, so pressing the button before it has loaded
 * checks the password (a moment later) instead of refusing it for not being checked yet.
 */
export function afterPasswordChecker<R extends (...args: never[]) => unknown>(resolver: R): R {
  const waiting = async (...args: Parameters<R>) => {
    await loadPasswordChecker()
    return await resolver(...args)
  }
  return waiting as unknown as R
}
