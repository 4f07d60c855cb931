import { I18nProvider } from 'react-aria-components'
import { Router, useLocation } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { Banner } from './ui/Banner'
import { ErrorBoundary } from './ui/ErrorBoundary'
import { Button } from './ui/Button'
import { AppStateProvider, useAppState } from './features/app/app-state'
import { ConfidentialityAck } from './features/app/ConfidentialityAck'
import { RecoveryKeyStep } from './features/app/setup/RecoveryKeyStep'
import { useRecoveryKey } from './features/app/recovery-key-store'
import { SetupWizard } from './features/app/setup/SetupWizard'
import { Shell } from './features/app/Shell'
import { Standalone } from './features/app/Standalone'
import { UnlockScreen } from './features/app/unlock/UnlockScreen'
import { PrintRoutes } from './features/print/PrintRoutes'

/** en-GB throughout (react-aria's date fields and number formats follow this locale). */
export function App() {
  return (
    <ErrorBoundary>
      <I18nProvider locale="en-GB">
        <Router hook={useHashLocation}>
          <AppStateProvider>
            <Screens />
          </AppStateProvider>
        </Router>
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
  if (host.state === 'setup') return <SetupWizard />
  if (host.state === 'locked') return <UnlockScreen />
  if (!host.user.confidentialityAckAt) return <ConfidentialityAck />
  return isPrint ? <PrintRoutes /> : <Shell />
}
