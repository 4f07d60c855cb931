import { closeSync, openSync, readFileSync, unlinkSync, writeSync, fsyncSync } from 'node:fs'
import { hostname } from 'node:os'
import { CabinetError } from './errors'

interface LockInfo {
  pid: number
  host: string
  startedAt: string
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? (parsed as LockInfo) : null
  } catch {
    return null
  }
}

/**
 * One Cabinet process per data folder. The lock file records pid and host; a lock left by a
 * process that has died (a crash, a power cut) is stale and is taken over, so a crash never
 * leaves the folder unopenable. A lock held by a live process gives a clear "already open".
 */
export function acquireLock(file: string): { release(): void } {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600)
      const info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }
      writeSync(fd, JSON.stringify(info))
      fsyncSync(fd)
      closeSync(fd)
      let released = false
      return {
        release() {
          if (released) return
          released = true
          const current = readLock(file)
          if (current?.pid === process.pid) unlinkSync(file)
        },
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const holder = readLock(file)
      // A lock from another host (a shared drive) cannot be checked for liveness: treat it as held.
      if (holder && (holder.host !== hostname() || isAlive(holder.pid)) && holder.pid !== process.pid) {
        throw new CabinetError(
          'in_use',
          `This Cabinet data folder is already open in another Cabinet window or command (process ${holder.pid} on ${holder.host}, since ${holder.startedAt}). Close it first.`,
        )
      }
      if (holder?.pid === process.pid) {
        throw new CabinetError('in_use', 'This Cabinet data folder is already open in this process.')
      }
      // Stale (dead process, or an unreadable half-written lock from a crash): remove and retry.
      try {
        unlinkSync(file)
      } catch {
        /* another process may have removed it first; retry */
      }
    }
  }
  throw new CabinetError('in_use', 'Could not take the lock on this Cabinet data folder; another process keeps taking it.')
}
