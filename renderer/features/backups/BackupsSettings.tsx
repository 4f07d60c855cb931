import { useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Page } from '../../ui/Page'
import { BackupRegister } from './BackupRegister'
import { BackupSettingsForm } from './BackupSettingsForm'
import { CheckBackup } from './CheckBackup'
import { MakeBackup } from './MakeBackup'
import { PassphraseForm } from './PassphraseForm'
import { RestoreSection } from './RestoreSection'
import './backups.css'

/**
 * Settings → Backups (P28 recoverable, P30 backups leave the PC only encrypted): the register and
 * its warning, making and checking a backup, the daily backup, the backup passphrase, and the
 * way into a restore.
 */
export function BackupsSettings() {
  const status = useCabinetQuery('backups.status', {})
  return (
    <Page
      title="Backups"
      intro="A backup is one encrypted file holding all of Cabinet’s records and documents. Make one at least once a week onto a USB stick, and keep it away from this PC."
    >
      <ErrorBanner error={status.error} title="The backup register could not be read" />
      {status.isPending && <p role="status">Loading…</p>}
      {status.data && (
        <>
          {status.data.warning && (
            <Banner tone="info" title={status.data.dailyProblem ? 'The daily backup needs attention' : 'A backup is due'}>
              <p>{status.data.warning}</p>
            </Banner>
          )}
          <BackupRegister status={status.data} />
          <MakeBackup lastFolder={status.data.last?.folder ?? null} />
          <CheckBackup />
          <BackupSettingsForm settings={status.data.settings} />
          <PassphraseForm hasPassphrase={status.data.hasPassphrase} />
          <RestoreSection />
        </>
      )}
    </Page>
  )
}
