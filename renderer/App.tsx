import { QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { I18nProvider } from 'react-aria-components'
import { Router, useLocation } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { createQueryClient } from './api/query-client'
import { Banner } from './ui/Banner'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { Button } from './ui/Button'
import { AppStateProvider, useAppState } from './features/app/app-state'
import { useRecoveryKey } from './features/app/recovery-key-store'
import { Standalone } from './features/app/Standalone'
import { RESTORE_ROUTE } from './features/backups/restore-route'

// Each top-level screen is its own chunk: the unlock screen does not load the app, and the
// print window (which shows one print page) loads neither.
const SetupWizard = lazy(() => import('./features/app/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })))
const RecoveryKeyStep = lazy(() => import('./features/app/setup/RecoveryKeyStep').then((m) => ({ default: m.RecoveryKeyStep })))
const RestoreScreen = lazy(() => import('./features/backups/RestoreScreen').then((m) => ({ default: m.RestoreScreen })))
const UnlockScreen = lazy(() => import('./features/app/unlock/UnlockScreen').then((m) => ({ default: m.UnlockScreen })))
const ConfidentialityAck = lazy(() => import('./features/app/ConfidentialityAck').then((m) => ({ default: m.ConfidentialityAck })))
const Shell = lazy(() => import('./features/app/Shell').then((m) => ({ default: m.Shell })))
const PrintRoutes = lazy(() => import('./features/print/PrintRoutes').then((m) => ({ default: m.PrintRoutes })))

/** en-GB throughout (react-aria's date fields and number formats follow this locale). */
export function App() {
  // One cache for the window's lifetime; it is emptied whenever Cabinet locks (see app-state).
  const [queryClient] = useState(createQueryClient)
  return (
    <ErrorBoundary>
      <I18nProvider locale="en-GB">
        <QueryClientProvider client={queryClient}>
          <Router hook={useHashLocation}>
            <AppStateProvider>
              {/* A screen's code arrives from this computer in milliseconds: show nothing meanwhile rather than flash a message. */}
              <Suspense fallback={null}>
                <Screens />
              </Suspense>
            </AppStateProvider>
          </Router>
        </QueryClientProvider>
      </I18nProvider>
    </ErrorBoundary>
  )
}

/**
 * Which top-level screen applies: first-run setup (then its recovery key), unlock, the
 * confidentiality terms (until this user has agreed to them, P27), then the app or a print page.
 */
function Screens() {
  const { current, refresh } = useAppState()
  const [location] = useLocation()
  const recoveryKey = useRecoveryKey()
  const isPrint = location.startsWith('/print/')

  if (current.status === 'loading') {
    return (
      <Standalone title="Opening Cabinet…">
        <p role="status">Opening Cabinet…</p>
      </Standalone>
    )
  }
  if (current.status === 'error') {
    return (
      <Standalone title="Cabinet cannot start">
        <Banner tone="error" title="Cabinet cannot start">
          <p>{current.error.message}</p>
        </Banner>
        <Button variant="primary" onPress={() => void refresh()}>
          Try again
        </Button>
      </Standalone>
    )
  }
  // Setup has just finished: the key must be stored before anything else happens.
  if (recoveryKey) return isPrint ? <PrintRoutes /> : <RecoveryKeyStep recoveryKey={recoveryKey} />

  const host = current.host
  // Restoring a backup replaces everything, so it is reached only while nobody is logged in.
  if (location === RESTORE_ROUTE && host.state !== 'unlocked') return <RestoreScreen />
  if (host.state === 'setup') return <SetupWizard />
  if (host.state === 'locked') return <UnlockScreen />
  if (!host.user.confidentialityAckAt) return <ConfidentialityAck />
  return isPrint ? <PrintRoutes /> : <Shell />
}
