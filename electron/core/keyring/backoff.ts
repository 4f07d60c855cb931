import { format } from 'date-fns/format'
import { CabinetError } from '../errors'
import { MAX_FAILED_AT, type PasswordSlot } from './format'

/**
 * Login backoff, per account: the first three failures cost nothing (people mistype), then each
 * further failure doubles the wait from 1 s up to 5 minutes. That makes guessing through the app
 * hopeless without ever locking the coordinator out for long.
 */
export const BACKOFF = Object.freeze({ freeFailures: 3, firstDelayMs: 1000, maxDelayMs: 5 * 60 * 1000 })

/** The wait imposed after `failedCount` consecutive failures. */
export function backoffDelayMs(failedCount: number): number {
  if (failedCount < BACKOFF.freeFailures) return 0
  const doublings = Math.min(failedCount - BACKOFF.freeFailures, 20)
  return Math.min(BACKOFF.firstDelayMs * 2 ** doublings, BACKOFF.maxDelayMs)
}

/**
 * When the account is locked at `now`, else null. A lock further ahead than the longest possible
 * wait cannot have come from us at this time: the clock was put back or the file was edited, so
 * it is ignored rather than locking the account for hours.
 */
export function activeLock(slot: PasswordSlot, now: Date): string | null {
  if (slot.lockedUntil === null) return null
  const until = Date.parse(slot.lockedUntil)
  const left = until - now.getTime()
  return left > 0 && left <= BACKOFF.maxDelayMs ? slot.lockedUntil : null
}

export function withFailure(slot: PasswordSlot, now: Date): PasswordSlot {
  const failedCount = slot.failedCount + 1
  const delay = backoffDelayMs(failedCount)
  return {
    ...slot,
    failedCount,
    lockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null,
    failedAt: [...slot.failedAt, now.toISOString()].slice(-MAX_FAILED_AT),
  }
}

export function withSuccess(slot: PasswordSlot): PasswordSlot {
  return { ...slot, failedCount: 0, lockedUntil: null, failedAt: [] }
}

/**
 * CabinetError('locked_out') that also carries when the lock ends, for the UI's countdown. It does
 * not name the account: the same words for every name, like the wrong-login message.
 */
export class LockedOutError extends CabinetError {
  readonly lockedUntil: string
  constructor(lockedUntil: string, now: Date) {
    const until = new Date(lockedUntil)
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000))
    super('locked_out', `Too many failed attempts. Try again at ${format(until, 'HH:mm:ss')} (in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}).`)
    this.lockedUntil = lockedUntil
  }
}
