import { chmodSync, realpathSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { CabinetError } from './errors'

/**
 * One Cabinet process per data folder, held by a lock the operating system releases when the
 * process dies, however it dies. The lock is a tiny empty SQLite database in exclusive locking
 * mode: after its first write the connection keeps an exclusive lock on the file until it is
 * closed (SQLite uses fcntl locks on Unix and LockFileEx on Windows, both dropped by the OS with
 * the process). So a crash never leaves the folder unopenable, a reused process id means nothing,
 * and there is no read-then-delete takeover for two starting processes to race over.
 *
 * The file itself is never deleted: deleting a lock file lets a latecomer lock a new file while
 * someone still holds the old one. It holds nothing but SQLite's header.
 */

/** Folders this process holds, so a second open here gets its own message. SQLite would refuse it too. */
const heldHere = new Set<string>()

const ELSEWHERE = 'This Cabinet data folder is already open in another Cabinet window or command. Close it first, then try again.'

export function acquireLock(file: string, opts: { legacyPidFile?: string } = {}): { release(): void } {
  const key = join(realpathSync(dirname(file)), basename(file))
  if (heldHere.has(key)) throw new CabinetError('in_use', 'This Cabinet data folder is already open in this process.')
  let db: Database.Database
  try {
    // timeout 0: a held lock is an answer, not something to wait for.
    db = new Database(file, { timeout: 0 })
  } catch (e) {
    throw new CabinetError('internal', `Cabinet could not open its lock file ${file} (${(e as Error).message}).`, { cause: e })
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE')
    db.pragma('journal_mode = MEMORY')
    // The first write takes the exclusive lock, and exclusive mode keeps it until close.
    db.pragma('user_version = 1')
  } catch (e) {
    db.close()
    const code = (e as { code?: string }).code
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new CabinetError('in_use', ELSEWHERE, { cause: e })
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new CabinetError(
        'damaged',
        `The lock file ${file} is damaged. Close every Cabinet window on this computer, delete ${basename(file)} from the data folder, then open it again.`,
        { cause: e },
      )
    }
    throw new CabinetError('internal', `Cabinet could not take the lock on this data folder (${(e as Error).message}).`, { cause: e })
  }
  heldHere.add(key)
  tryChmod(file)
  // The first release's pid file means nothing now, and under our lock no other Cabinet can need it.
  if (opts.legacyPidFile !== undefined) tryUnlink(opts.legacyPidFile)
  let released = false
  return {
    release() {
      if (released) return
      released = true
      db.close()
      heldHere.delete(key)
    },
  }
}

function tryChmod(file: string): void {
  try {
    chmodSync(file, 0o600)
  } catch {
    // Windows and some shared drives ignore modes; the lock works without it.
  }
}

function tryUnlink(file: string): void {
  try {
    unlinkSync(file)
  } catch {
    // Absent (the usual case) or not ours to remove: either way it blocks nothing.
  }
}
