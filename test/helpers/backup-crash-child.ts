/**
 * Child process for the backup crash test (test/integration/core/backups/crash.test.ts):
 *   node <bundle of test/helpers/backup-crash-child.ts (child-bundle.ts)> create <dataDir> <folder>
 *   node <bundle of test/helpers/backup-crash-child.ts (child-bundle.ts)> restore <dataDir> <file> <recoveryKeyFile>
 * It prints "ready" once loaded, then makes the backup or the restore, the way the CLI does; the
 * parent SIGKILLs it at a random moment: no cleanup, no flush, like a power cut.
 */
import { readFileSync } from 'node:fs'
import { settled } from '../../electron/core/backups/jobs'
import { CabinetHost } from '../../electron/core/cabinet'
import { runOperation } from '../../electron/core/operations'

const [mode, dataDir, target, keyFile] = process.argv.slice(2)
const host = CabinetHost.open(dataDir, { create: true })
process.stdout.write('ready\n')
const job =
  mode === 'create'
    ? runOperation(host, 'backups.start', { folder: target })
    : runOperation(host, 'backups.restore', { file: target, recoveryKey: readFileSync(keyFile, 'utf8').trim() })
// Not top-level await: the crash test runs this bundled as CommonJS (child-bundle.ts).
void settled(job.id, undefined, 5).then((ended) => {
  host.close()
  process.stdout.write(`${ended.state}\n`)
})
