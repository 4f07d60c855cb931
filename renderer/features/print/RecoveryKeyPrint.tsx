import { useCabinetQuery } from '../../api/queries'
import { formatLongDate } from '../../ui/dates'
import { useRecoveryKey } from '../app/recovery-key-store'
import { RecoveryKeyGroups } from '../app/setup/RecoveryKeyGroups'
import { PrintPage } from './PrintPage'

/**
 * The recovery key sheet, printed once at setup to be locked away. The key exists only in the
 * setup window's memory, so this page prints in that window (see api/cabinet printInThisWindow).
 */
export function RecoveryKeyPrint() {
  const recoveryKey = useRecoveryKey()
  const centre = useCabinetQuery('app.centre.get', {})
  const ready = Boolean(recoveryKey) && !centre.isPending
  if (!recoveryKey) {
    return (
      <PrintPage title="Recovery key" ready={false}>
        <h1>Recovery key</h1>
        <p>The recovery key is shown only once, while Cabinet is being set up, and it is not stored anywhere on this computer.</p>
      </PrintPage>
    )
  }
  return (
    <PrintPage title="Cabinet recovery key" ready={ready}>
      <h1>Cabinet recovery key</h1>
      <p>
        <strong>Centre:</strong> {centre.data?.name ?? ''}
      </p>
      <p>
        <strong>Printed:</strong> {formatLongDate(new Date().toISOString())}
      </p>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <h2>What this is for</h2>
      <p>
        If the coordinator’s password is forgotten, this key opens Cabinet and lets you set a new password. Without the password or this key, nobody — not even
        the people who made Cabinet — can open the records.
      </p>
      <h2>Keep it safe</h2>
      <ul>
        <li>Store this sheet in a locked cabinet or safe, away from the computer.</li>
        <li>Do not photograph it, email it or keep it on the computer.</li>
        <li>Anyone with this key can open every record in Cabinet.</li>
      </ul>
    </PrintPage>
  )
}
