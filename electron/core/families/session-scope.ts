import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import { holdsPlaces } from '../sessions/places'

/*
 * P27: volunteers do session-day work only. A volunteer finds only the families booked into the
 * sessions they are on duty for, on the day itself (the sessions area's session_duty, booking and
 * contact_session tables); search and the family page both apply this, in the core. A family
 * whose booking was cancelled in advance (sessions/places.ts) is not coming, so not theirs to see.
 */

/** SQL for the ids of the families a volunteer may see: bind (userId, today). */
export const VOLUNTEER_FAMILY_IDS = `SELECT r.family_id FROM session_duty d
  JOIN contact_session s ON s.id = d.session_id AND s.on_date = ? AND s.cancelled_reason IS NULL
  JOIN booking b ON b.session_id = s.id AND ${holdsPlaces('b')}
  JOIN referral r ON r.id = b.referral_id
  WHERE d.user_id = ?`

export function volunteerMaySee(db: ReadableDB, userId: number, today: string, familyId: number): boolean {
  return sql(db, `SELECT 1 FROM family WHERE id = ? AND id IN (${VOLUNTEER_FAMILY_IDS})`).get(familyId, today, userId) !== undefined
}
