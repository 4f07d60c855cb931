import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDate, formatDateTime } from '../../ui/dates'
import { ageWords, formatBytes, MADE_BY_WORDS, type BackupRecord, type BackupStatus } from './words'

/** How many of the register's backups the table lists (the register keeps up to 200). */
const SHOWN = 20

interface Row extends BackupRecord {
  /** Why this backup should be destroyed, or null. */
  held: string | null
}

const helper = columnHelperFor<Row>()
const columns = helper.columns([
  helper.accessor('createdAt', { header: 'Made', cell: (info) => formatDateTime(info.getValue()), meta: { className: 'nowrap' } }),
  helper.accessor('fileName', { header: 'File' }),
  helper.accessor('folder', { header: 'Folder' }),
  helper.accessor('sizeBytes', { header: 'Size', cell: (info) => formatBytes(info.getValue()), meta: { className: 'nowrap' } }),
  helper.accessor('by', { header: 'How', cell: (info) => MADE_BY_WORDS[info.getValue()] }),
  helper.accessor('held', { header: 'Note', cell: (info) => (info.getValue() ? <span className="backups-held">{info.getValue()}</span> : 'Checked') }),
])

/**
 * The register: the last good backup in a sentence, then recent backups newest first. A backup
 * made before records were destroyed still holds them, so it is flagged with what to do.
 */
export function BackupRegister({ status }: { status: BackupStatus }) {
  const { last, backups, lastDisposalAt } = status
  const destroyedOn = lastDisposalAt ? formatDate(lastDisposalAt) : ''
  const rows: Row[] = backups
    .slice(0, SHOWN)
    .map((b) => ({ ...b, held: b.heldDestroyed ? `Still holds records destroyed on ${destroyedOn}: destroy this backup` : null }))
  const anyHeld = backups.some((b) => b.heldDestroyed)
  return (
    <section className="backups-section" aria-labelledby="register-title">
      <h2 id="register-title">Backups made</h2>
      {last ? (
        <p>
          <strong>Last good backup:</strong> {formatDateTime(last.createdAt)} ({ageWords(status.ageDays ?? 0)}), <code>{last.fileName}</code> in{' '}
          <code>{last.folder}</code>, {formatBytes(last.sizeBytes)}. It was read back and checked after it was written.
        </p>
      ) : (
        <p>No backup has been made on this PC yet.</p>
      )}
      {rows.length > 0 && (
        <DataTable
          caption={backups.length > SHOWN ? `The ${SHOWN} most recent backups, newest first` : 'Backups made on this PC, newest first'}
          columns={columns}
          data={rows}
          rowId={(r) => r.createdAt + r.fileName}
        />
      )}
      {anyHeld && (
        <div className="card">
          <h3>Destroying a backup that still holds destroyed records</h3>
          <p>
            Records destroyed in Cabinet on {destroyedOn} are still inside the backups flagged above. Destroy those backups too, so the records are really gone:
          </p>
          <ol>
            <li>Make a new backup first, so you still have a good one.</li>
            <li>Plug in the stick or drive that holds the old backup, and delete its file (the name in the table).</li>
            <li>If the file was on this PC’s own drive, empty the Recycle Bin too. A USB stick has no Recycle Bin: the file goes at once.</li>
            <li>
              To be thorough, or if the stick held nothing else you need, format it: in File Explorer right-click the drive, choose Format, untick Quick Format
              and start.
            </li>
          </ol>
        </div>
      )}
      <h3>Keeping backups safe</h3>
      <ul>
        <li>Keep at least two USB sticks and swap them each week, so one is always away from the office.</li>
        <li>Keep the stick that is away from the centre somewhere locked, such as the coordinator’s or a trustee’s safe.</li>
        <li>Check a backup now and then (below), and use a new stick every few years: sticks wear out.</li>
        <li>Keep the printed recovery key apart from the sticks: a backup opens only with it (or the backup passphrase).</li>
      </ul>
    </section>
  )
}
