import type { HoldSource } from '../data-map/types'
import type { ReadableDB } from '../db/types'
import { formatUkDate } from '../rules'
import { CONCERN_HOLD_SOURCE } from './vocab'

/**
 * A concern holds the records of each child it names while it is open or being monitored: the
 * hold is what retention reads for "unless a safeguarding or child protection issue" (P07, P08,
 * P11). liftHold asks this before lifting one of its holds.
 */
export const concernHoldSource: HoldSource = {
  source: CONCERN_HOLD_SOURCE,
  stillNeeds(db: ReadableDB, concernId: number): string | null {
    const row = db.prepare('SELECT status, occurred_on AS occurredOn FROM safeguarding_concern WHERE id = ?').get(concernId) as
      { status: string; occurredOn: string } | undefined
    if (!row || row.status === 'closed') return null
    const state = row.status === 'open' ? 'is still open' : 'is still being monitored'
    return `the safeguarding concern of ${formatUkDate(row.occurredOn)} that placed it ${state}. Close the concern first.`
  },
}
