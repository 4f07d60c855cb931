import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { useAppState, useCurrentUser } from './app-state'
import { ConfidentialityTerms } from './ConfidentialityTerms'
import { Standalone } from './Standalone'

/**
 * Shown after login until this user has agreed to the confidentiality terms (P27); the date
 * of agreement is kept on the user and shown in My account.
 */
export function ConfidentialityAck() {
  const user = useCurrentUser()
  const { signedIn, lock } = useAppState()
  const centre = useCabinetQuery('app.centre.get', {})
  // The agreement is kept on the user, which app-state holds (signedIn), not in the cache.
  const acknowledge = useCabinetMutation('app.acknowledgeConfidentiality', { invalidates: [] })

  const agree = async () => {
    const result = await acknowledge.run({})
    if (result.ok) signedIn(result.value.user)
  }

  return (
    <Standalone title="Confidentiality" focusHeading>
      <p>Welcome, {user.displayName}. Before you use Cabinet, please read the centre’s confidentiality terms. You agree to them once; the date is recorded.</p>
      <ConfidentialityTerms centreName={centre.data?.name} />
      <ErrorBanner error={acknowledge.error} />
      <div className="button-row">
        <Button variant="primary" onPress={() => void agree()} isPending={acknowledge.isPending}>
          I agree
        </Button>
        <Button variant="secondary" onPress={() => void lock()}>
          Not now — lock Cabinet
        </Button>
      </div>
    </Standalone>
  )
}
