import { existsSync, statSync } from 'node:fs'
import type { HostPort } from '../operations/host-port'
import { jobView, type JobView } from './jobs'
import { readRegister } from './register'
import { startBackupJob } from './start'

/*
 * The app's own daily backup: once a day, as soon as the chosen drive is plugged in, whether
 * anyone is logged in or not. The timer only looks; a backup starts when the folder exists, no
 * backup has been made in the last 20 hours (a backup at 9 every morning never drifts to skip a
 * day), and no other backup or restore is running.
 */
const MIN_GAP_MS = 20 * 60 * 60 * 1000
const CHECK_EVERY_MS = 60 * 1000

export interface DailyBackups {
  /** Look now (the timer calls this); the job started, if one was. */
  check(): JobView | null
  stop(): void
}

export function dailyBackupDue(host: HostPort, now: Date): string | null {
  const register = readRegister(host.paths)
  const folder = register.settings.dailyFolder
  if (!folder || host.state().state === 'setup') return null
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return null
  const last = register.backups.reduce((latest, b) => (b.createdAt > latest ? b.createdAt : latest), '')
  if (last && now.getTime() - Date.parse(last) < MIN_GAP_MS) return null
  return folder
}

export function startDailyBackups(getHost: () => HostPort | null, opts: { now?: () => Date; everyMs?: number } = {}): DailyBackups {
  const now = opts.now ?? (() => new Date())
  let running: string | null = null
  const check = (): JobView | null => {
    const host = getHost()
    if (!host) return null
    if (running && jobView(running).state === 'running') return null
    const folder = dailyBackupDue(host, now())
    if (!folder) return null
    try {
      const job = startBackupJob(host, folder, 'daily')
      running = job.id
      return job
    } catch {
      return null // another backup or restore is running: look again next time
    }
  }
  const timer = setInterval(check, opts.everyMs ?? CHECK_EVERY_MS)
  timer.unref()
  return { check, stop: () => clearInterval(timer) }
}
