import type { z } from 'zod'
import type { ReadableDB } from '../db/types'
import type { Reminder, ReminderSource } from '../data-map/types'
import { loadReferral } from '../families/rows'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import { addDays, addMonths } from './clock'
import { readSessionSettings } from './settings'
import type { reviewInput } from './schemas'
import { UNEXPLAINED_ABSENCES } from './vocab'

/*
 * Progress reviews: at least every N months (Settings, 6 by default) from the first session or
 * the last review; and two missed sessions without a valid reason since the last review raise a
 * review flag on the family. Both appear on the Reminders page.
 */

interface ReviewState {
  referralId: number
  familyId: number
  reference: string
  dueOn: string
  /** The session date of the second unexplained miss since the last review, or null. */
  flaggedOn: string | null
  missed: number
}

const MARKS = UNEXPLAINED_ABSENCES.map((a) => `'${a}'`).join(', ')

/** Each open referral with bookings: when its next review is due and whether it is flagged. */
export function reviewStates(db: ReadableDB, referralId?: number): ReviewState[] {
  const months = readSessionSettings(db).reviewMonths
  const rows = sql(
    db,
    `SELECT r.id AS referralId, r.family_id AS familyId, r.reference,
            (SELECT max(held_on) FROM progress_review pr WHERE pr.referral_id = r.id) AS lastReview,
            (SELECT min(s.on_date) FROM booking b JOIN contact_session s ON s.id = b.session_id WHERE b.referral_id = r.id) AS firstSession
       FROM referral r
      WHERE r.status IN ('accepted', 'active') AND (? IS NULL OR r.id = ?)
        AND EXISTS (SELECT 1 FROM booking b WHERE b.referral_id = r.id)`,
  ).all(referralId ?? null, referralId ?? null) as {
    referralId: number
    familyId: number
    reference: string
    lastReview: string | null
    firstSession: string
  }[]
  return rows.map((r) => {
    const since = r.lastReview ?? '0000-00-00'
    const misses = sql(
      db,
      `SELECT DISTINCT s.on_date FROM attendance a JOIN booking b ON b.id = a.booking_id JOIN contact_session s ON s.id = b.session_id
        WHERE b.referral_id = ? AND a.absence IN (${MARKS}) AND s.on_date > ? ORDER BY s.on_date`,
    )
      .pluck()
      .all(r.referralId, since) as string[]
    return {
      referralId: r.referralId,
      familyId: r.familyId,
      reference: r.reference,
      dueOn: addMonths(r.lastReview ?? r.firstSession, months),
      flaggedOn: misses.length >= 2 ? misses[1] : null,
      missed: misses.length,
    }
  })
}

export const sessionReminders: readonly ReminderSource[] = [
  {
    name: 'sessions.review',
    label: 'Progress reviews',
    list(db, today, horizonDays) {
      const until = addDays(today, horizonDays)
      const out: Reminder[] = []
      for (const r of reviewStates(db)) {
        if (r.dueOn <= until)
          out.push({
            key: `sessions.review:${r.referralId}`,
            source: 'sessions.review',
            title: `Hold the progress review for ${r.reference}`,
            dueOn: r.dueOn,
            href: `#/families/${r.familyId}`,
          })
        if (r.flaggedOn)
          out.push({
            key: `sessions.missed:${r.referralId}`,
            source: 'sessions.review',
            title: `Review ${r.reference}: ${r.missed} sessions missed without a valid reason`,
            dueOn: r.flaggedOn,
            href: `#/families/${r.familyId}`,
          })
      }
      return out.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
    },
  },
]

export function recordReview(input: z.output<typeof reviewInput>, ctx: OpContext): { id: number; referralId: number; heldOn: string; outcome: string | null } {
  const { session } = ctx
  const referral = loadReferral(session.db, input.referralId)
  const { id } = sql(
    session.db,
    'INSERT INTO progress_review (referral_id, held_on, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ).get(referral.id, input.heldOn, input.outcome, session.now().toISOString(), session.user.id) as { id: number }
  ctx.auditRecord('referral', referral.id, { reviewId: id })
  return { id, referralId: referral.id, heldOn: input.heldOn, outcome: input.outcome }
}
