import { Link, useLocation } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { useCabinetQuery } from '../../api/queries'
import { Banner } from '../../ui/Banner'
import { useCurrentUser } from '../app/app-state'
import './backups.css'

const BACKUPS_PAGE = '/settings/backups'

/**
 * The backup reminder at the top of every page, for those who may make backups: shown when the
 * last backup is older than the centre's setting, none was ever made, or the daily backup
 * failed. The Backups page says the same itself, so it is not repeated there.
 */
export function BackupReminder() {
  const user = useCurrentUser()
  const allowed = mayCall(user.role, 'backups.status')
  const status = useCabinetQuery('backups.status', allowed ? {} : null)
  const [location] = useLocation()
  const warning = status.data?.warning
  if (!allowed || !warning || location === BACKUPS_PAGE) return null
  return (
    <div className="backup-reminder">
      <Banner tone="info" title={status.data?.dailyProblem ? 'The daily backup needs attention' : 'A backup is due'}>
        <p>
          {warning} <Link href={BACKUPS_PAGE}>Make a backup</Link>
        </p>
      </Banner>
    </div>
  )
}
