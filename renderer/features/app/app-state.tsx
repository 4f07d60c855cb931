import { useQueryClient } from '@tanstack/react-query'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { CallError, ResultOf } from '../../../electron/contract'
import { cabinet, onLocked } from '../../api/cabinet'
import { forgetCachedData } from '../../api/query-client'

export type HostState = ResultOf<'app.state'>
export type SessionUser = ResultOf<'app.login'>['user']

type Status = { status: 'loading' } | { status: 'error'; error: CallError } | { status: 'ready'; host: HostState }

export interface AppState {
  current: Status
  /** Ask main which screen to show (after a lock elsewhere, or at start). */
  refresh: () => Promise<void>
  /** A login, recovery, setup or acknowledgement returned the (updated) user. */
  signedIn: (user: SessionUser) => void
  /** Lock now: main closes the database and forgets the keys; the unlock screen follows. */
  lock: () => Promise<void>
}

const AppStateContext = createContext<AppState | null>(null)

/** Holds which of the top-level screens applies: first-run setup, unlock, or the app itself. */
export function AppStateProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<Status>({ status: 'loading' })

  const refresh = useCallback(async () => {
    const result = await cabinet.invoke('app.state', {})
    if (result.ok && result.value.state === 'unlocked') lastUserId.current = result.value.user.id
    setCurrent(result.ok ? { status: 'ready', host: result.value } : { status: 'error', error: result.error })
  }, [])

  // After a lock the same user comes back to the page they were on; someone else starts at the
  // beginning (the page may not be theirs to see, and it is not their work in progress).
  const lastUserId = useRef<number | null>(null)
  const signedIn = useCallback((user: SessionUser) => {
    if (lastUserId.current !== null && lastUserId.current !== user.id) window.location.hash = '/'
    lastUserId.current = user.id
    setCurrent({ status: 'ready', host: { state: 'unlocked', user } })
  }, [])

  const lock = useCallback(async () => {
    await cabinet.invoke('app.lock', {})
    // Show the unlock screen even if the call failed: a locked-looking screen that is not locked
    // would be worse, and the next call will find out the truth.
    setCurrent({ status: 'ready', host: { state: 'locked' } })
  }, [])

  useEffect(() => {
    void refresh()
    return onLocked(() => setCurrent({ status: 'ready', host: { state: 'locked' } }))
  }, [refresh])

  // Whenever Cabinet is not unlocked, no cached answer survives: the next user starts from an
  // empty cache (P27). This runs after the app's screens have gone, so nothing refetches.
  const queryClient = useQueryClient()
  const unlocked = current.status === 'ready' && current.host.state === 'unlocked'
  useEffect(() => {
    if (!unlocked) forgetCachedData(queryClient)
  }, [unlocked, queryClient])

  const value = useMemo(() => ({ current, refresh, signedIn, lock }), [current, refresh, signedIn, lock])
  return <AppStateContext.Provider value={value}>{children}</AppStateContext.Provider>
}

export function useAppState(): AppState {
  const state = useContext(AppStateContext)
  if (!state) throw new Error('useAppState must be used inside AppStateProvider')
  return state
}

/** The logged-in user; only for components rendered inside the unlocked app. */
export function useCurrentUser(): SessionUser {
  const { current } = useAppState()
  if (current.status !== 'ready' || current.host.state !== 'unlocked') throw new Error('useCurrentUser needs a logged-in user')
  return current.host.user
}
