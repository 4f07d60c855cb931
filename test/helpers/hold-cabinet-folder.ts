/**
 * Run as a separate process by the lock tests: opens the Cabinet data folder given as the first
 * argument (taking its lock), prints "ready", and holds it until killed. `process.execPath
 * --import tsx test/helpers/hold-cabinet-folder.ts <dir>`.
 */
import { CabinetHost } from '../../electron/core/cabinet'

const host = CabinetHost.open(process.argv[2])
process.stdout.write(`ready ${process.pid}\n`)
// Held until the parent kills us; a SIGTERM closes cleanly, and after a SIGKILL the OS drops the lock.
process.on('SIGTERM', () => {
  host.close()
  process.exit(0)
})
setInterval(() => {}, 60_000)
