import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { ReferralRow } from '../families/rows'
import { clockTime, minutes } from './clock'
import { bookedPeople } from './booked-people'
import { holdsPlaces } from './places'
import type { SessionRow } from './rows'
import type { HouseholdTimes } from './schemas'
import type { BookingWarning } from './views'

/** The handover gap below which the two households may meet at the door. */
export const MIN_HANDOVER_GAP = 10

/**
 * Each household's times from the session and the centre's stagger: the non-resident parent is
 * there for the whole session, and the children arrive `stagger` minutes after the start and
 * are collected `stagger` minutes before the end, so the parents never meet.
 */
export function defaultTimes(s: SessionRow, staggerMinutes: number): HouseholdTimes {
  const start = minutes(s.startsAt)
  const end = minutes(s.endsAt)
  const stagger = Math.min(staggerMinutes, Math.floor((end - start - 1) / 2))
  return {
    nonResidentArrives: s.startsAt,
    nonResidentLeaves: s.endsAt,
    residentArrives: clockTime(start + stagger),
    residentLeaves: clockTime(end - stagger),
  }
}

/** Where the two households' times bring them to the door together, or fall outside the session. */
export function timeWarnings(s: SessionRow, t: HouseholdTimes): BookingWarning[] {
  const warnings: BookingWarning[] = []
  const arriveGap = minutes(t.residentArrives) - minutes(t.nonResidentArrives)
  const leaveGap = minutes(t.nonResidentLeaves) - minutes(t.residentLeaves)
  if (arriveGap < MIN_HANDOVER_GAP)
    warnings.push({
      code: 'overlap',
      message: `The non-resident parent arrives at ${t.nonResidentArrives} and the children at ${t.residentArrives}: the households’ arrival times overlap (less than ${MIN_HANDOVER_GAP} minutes apart, non-resident parent first), so the parents may meet.`,
    })
  if (leaveGap < MIN_HANDOVER_GAP)
    warnings.push({
      code: 'overlap',
      message: `The children are collected at ${t.residentLeaves} and the non-resident parent leaves at ${t.nonResidentLeaves}: the households’ departure times overlap (less than ${MIN_HANDOVER_GAP} minutes apart, non-resident parent last), so the parents may meet.`,
    })
  const earliest = [t.residentArrives, t.nonResidentArrives].sort()[0]
  const latest = [t.residentLeaves, t.nonResidentLeaves].sort()[1]
  if (earliest < s.startsAt || latest > s.endsAt)
    warnings.push({ code: 'outside_session', message: `The times run outside the session (${s.startsAt} to ${s.endsAt}).` })
  return warnings
}

/** The pre-visit dates (booked or held) of a referral's adults. */
function previsitDays(db: ReadableDB, referralId: number): string[] {
  return sql(db, 'SELECT coalesce(completed_on, booked_for) FROM previsit WHERE referral_id = ?').pluck().all(referralId) as string[]
}

/** Whether `onDate` would be the referral's first session: no booking before it that the family is coming to (not cancelled in advance). */
function isFirstSession(db: ReadableDB, referralId: number, onDate: string, alsoBooking: readonly string[]): boolean {
  const earlier = sql(
    db,
    `SELECT count(*) FROM booking b JOIN contact_session s ON s.id = b.session_id WHERE b.referral_id = ? AND s.on_date < ? AND ${holdsPlaces('b')}`,
  )
    .pluck()
    .get(referralId, onDate) as number
  return earlier === 0 && !alsoBooking.some((d) => d < onDate)
}

/**
 * Everything a coordinator should see before booking a family into a session: households'
 * times, the first session on a pre-visit day, a referral not yet accepted, a full session and
 * a booked adult the referral does not permit. `alsoBooking`: other dates booked in the same offer.
 */
export function bookingWarnings(
  db: ReadableDB,
  s: SessionRow,
  referral: ReferralRow,
  t: HouseholdTimes,
  alsoBooking: readonly string[] = [],
): BookingWarning[] {
  const warnings = timeWarnings(s, t)
  if (isFirstSession(db, referral.id, s.onDate, alsoBooking) && previsitDays(db, referral.id).includes(s.onDate))
    warnings.push({
      code: 'same_day',
      message: `The first session (${s.onDate}) is on the same day as a pre-visit: families need time between the pre-visit and the first session. Record why if you go ahead.`,
    })
  if (referral.status !== 'accepted' && referral.status !== 'active')
    warnings.push({
      code: 'not_accepted',
      message: `The referral ${referral.reference} has not been accepted yet (it is ${referral.status.replace('_', ' ')}).`,
    })
  const counts = sql(
    db,
    `SELECT count(*) AS families,
            coalesce(sum((SELECT count(*) FROM person p JOIN referral r ON r.family_id = p.family_id WHERE r.id = b.referral_id AND p.role = 'child')), 0) AS children
       FROM booking b WHERE b.session_id = ? AND b.referral_id <> ? AND ${holdsPlaces('b')}`,
  ).get(s.id, referral.id) as { families: number; children: number }
  const people = bookedPeople(db, referral.id)
  const children = people.filter((p) => p.role === 'child').length
  if (s.capacityFamilies !== null && counts.families + 1 > s.capacityFamilies)
    warnings.push({ code: 'full', message: `The session is full: it takes ${s.capacityFamilies} families and ${counts.families} are booked.` })
  else if (s.capacityChildren !== null && counts.children + children > s.capacityChildren)
    warnings.push({
      code: 'full',
      message: `The session is full: it takes ${s.capacityChildren} children, ${counts.children} are booked and this family brings ${children}.`,
    })
  for (const p of people.filter((x) => x.lead && x.permitted === 0))
    warnings.push({
      code: 'not_permitted',
      message: `${p.givenName} ${p.familyName} is booked but is not on the referral’s list of people permitted to attend.`,
    })
  return warnings
}
