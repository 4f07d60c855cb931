import type { ResultOf } from '../../../electron/contract'
import { formatBytes } from '../../../electron/core/vault/catalogue'

/*
 * The backups screens' words for what the core reports in numbers: a job's phase and progress,
 * the time it has left, and how old the last backup is. Pure, so they are unit-tested directly.
 */

export type JobView = ResultOf<'backups.job'>
export type BackupStatus = ResultOf<'backups.status'>
export type BackupRecord = BackupStatus['backups'][number]

const PHASES: Record<JobView['phase'], string> = {
  writing: 'Writing the backup',
  checking: 'Checking the backup',
  restoring: 'Restoring the backup',
}

export function phaseWords(job: JobView): string {
  return PHASES[job.phase]
}

/** "12 MB of 40 MB" for the phase in hand; "Getting ready" before the first bytes are counted. */
export function progressWords(job: JobView): string {
  if (job.total <= 0) return 'Getting ready'
  return `${formatBytes(Math.min(job.done, job.total))} of ${formatBytes(job.total)}`
}

/**
 * How much of the whole job is done, 0 to 1, or null before the total is known. A backup is
 * written and then read back in full to check it, so each phase is half of it.
 */
export function jobFraction(job: JobView): number | null {
  if (job.total <= 0) return null
  const part = Math.min(job.done / job.total, 1)
  if (job.kind === 'restore') return part
  return job.phase === 'checking' ? 0.5 + part / 2 : part / 2
}

const WORKING_OUT = 'Working out the time left'

/**
 * The time left at the rate so far, rounded as a person would say it. `nowMs` is when this view
 * of the job was read (the screen passes the query's own time, so rendering stays pure).
 */
export function timeLeftWords(job: JobView, nowMs: number): string {
  const fraction = jobFraction(job)
  const elapsed = nowMs - Date.parse(job.startedAt)
  if (fraction === null || fraction < 0.01 || elapsed < 1000) return WORKING_OUT
  const seconds = (elapsed * (1 - fraction)) / fraction / 1000
  if (seconds < 10) return 'A few seconds left'
  if (seconds < 55) return `About ${Math.round(seconds / 10) * 10} seconds left`
  const minutes = Math.round(seconds / 60)
  if (minutes < 60) return minutes === 1 ? 'About a minute left' : `About ${minutes} minutes left`
  const hours = Math.round(minutes / 60)
  return hours === 1 ? 'About an hour left' : `About ${hours} hours left`
}

/** "today", "yesterday", "9 days ago". */
export function ageWords(days: number): string {
  if (days <= 0) return 'today'
  return days === 1 ? 'yesterday' : `${days} days ago`
}

export const MADE_BY_WORDS: Record<BackupRecord['by'], string> = {
  app: 'Made in the app',
  daily: 'The daily backup',
  'command line': 'The command line',
}

export { formatBytes }
