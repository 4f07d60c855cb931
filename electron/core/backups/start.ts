import { basename } from 'node:path'
import type { HostPort } from '../operations/host-port'
import { readCentre } from '../settings/settings'
import { formatBytes } from '../vault/catalogue'
import { writeBackup } from './file/create'
import { startJob, type JobView } from './jobs'
import { readRegister, recordBackup, recordDailyProblem, type MadeBy } from './register'

/**
 * Take the snapshot now (one consistent moment), then write it as a job, recording the result
 * in the register. Who may start one is the caller's business (operations.ts for a user, the
 * daily scheduler for the app itself).
 */
export function startBackupJob(host: HostPort, folder: string, by: MadeBy): JobView {
  const session = host.session
  const label = session ? readCentre(session.db).name : readRegister(host.paths).label
  const snapshot = host.backupSnapshot()
  try {
    return startJob('backup', async ({ signal, progress }) => {
      try {
        const made = await writeBackup(snapshot, folder, { signal, label, onProgress: (p) => progress(p.phase, p.done, p.total) })
        recordBackup(host.paths, {
          fileName: made.fileName,
          folder,
          sizeBytes: made.sizeBytes,
          createdAt: made.createdAt,
          checkedAt: new Date().toISOString(),
          by,
        })
        return `Saved ${basename(made.path)} (${formatBytes(made.sizeBytes)}) and checked it.`
      } catch (e) {
        if (by === 'daily') recordDailyProblem(host.paths, { at: new Date().toISOString(), message: (e as Error).message })
        throw e
      } finally {
        snapshot.cleanup()
      }
    })
  } catch (e) {
    snapshot.cleanup() // another job is running: this one never started
    throw e
  }
}
