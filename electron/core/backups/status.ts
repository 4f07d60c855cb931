import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays'
import type { BackupRecord, BackupRegister } from './register'

/** How the register looks to a coordinator: the last good backup, whether it is overdue, and what to destroy. */
export interface BackupStatus {
  settings: BackupRegister['settings']
  last: BackupRecord | null
  /** Whole days since the last good backup; null when there has never been one. */
  ageDays: number | null
  /** A warning in words when a backup is overdue (or was never made); null when all is well. */
  warning: string | null
  /** Newest first; `heldDestroyed`: made before a record was destroyed, so it still holds it. */
  backups: (BackupRecord & { heldDestroyed: boolean })[]
  /** When a record was last destroyed (documents now; every disposal once retention runs), or null. */
  lastDisposalAt: string | null
  /** Why the last daily backup failed, until one works. */
  dailyProblem: BackupRegister['dailyProblem']
}

export function backupStatus(register: BackupRegister, now: Date, lastDisposalAt: string | null): BackupStatus {
  const backups = [...register.backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const last = backups[0] ?? null
  const ageDays = last ? differenceInCalendarDays(now, new Date(last.createdAt)) : null
  const limit = register.settings.warnAfterDays
  let warning: string | null = null
  if (register.dailyProblem) warning = `The daily backup did not work: ${register.dailyProblem.message}`
  else if (ageDays === null) warning = 'No backup has been made yet. Make one now, onto a USB stick you keep somewhere safe.'
  else if (ageDays >= limit) warning = `The last backup was made ${ageDays === 1 ? 'yesterday' : `${ageDays} days ago`}. Make a backup now.`
  return {
    settings: register.settings,
    last,
    ageDays,
    warning,
    backups: backups.map((b) => ({ ...b, heldDestroyed: lastDisposalAt !== null && b.createdAt < lastDisposalAt })),
    lastDisposalAt,
    dailyProblem: register.dailyProblem,
  }
}
