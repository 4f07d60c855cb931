import { requireFamily } from '../families/rows'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import { centreDate } from './clock'
import { cancelledInAdvance, holdsPlaces } from './places'
import { reviewStates } from './reviews'
import type { AbsenceReason, SessionKind } from './vocab'
import type { FamilySessionRow, FamilySessionsView } from './views'

/**
 * A booking everyone was called off by the parent or the centre (sessions.bookings.cancel, the
 * sessions' one rule in places.ts) reads as cancelled in advance, not absent, and is never the
 * next booking. One person cancelled in advance while the rest of the family is coming leaves the
 * booking upcoming.
 */
function statusOf(
  r: { cancelled: string | null; holdsPlaces: 0 | 1; arrived: number; recorded: number; cancelledAhead: number; onDate: string },
  today: string,
): FamilySessionRow['status'] {
  if (r.cancelled) return 'cancelled'
  if (r.holdsPlaces === 0) return 'cancelled_in_advance'
  if (r.arrived > 0) return 'attended'
  if (r.recorded > r.cancelledAhead) return 'absent'
  return r.onDate >= today ? 'upcoming' : 'not_recorded'
}

/** The family page's sessions panel (P01): sessions attended, absences with reasons, the next booking. */
export function familySessions(input: { familyId: number }, ctx: OpContext): FamilySessionsView {
  const db = ctx.session.db
  requireFamily(db, input.familyId)
  const today = centreDate(ctx.session.now())
  const rows = sql(
    db,
    `SELECT b.id AS bookingId, s.on_date AS onDate, s.starts_at AS startsAt, s.ends_at AS endsAt, s.kind, s.cancelled_reason AS cancelled,
            b.resident_arrives AS residentArrives, b.resident_leaves AS residentLeaves,
            b.non_resident_arrives AS nonResidentArrives, b.non_resident_leaves AS nonResidentLeaves,
            (SELECT count(*) FROM attendance a WHERE a.booking_id = b.id AND a.arrived_at IS NOT NULL) AS arrived,
            (SELECT count(*) FROM attendance a WHERE a.booking_id = b.id) AS recorded,
            (SELECT count(*) FROM attendance a WHERE a.booking_id = b.id AND ${cancelledInAdvance('a.absence')}) AS cancelledAhead,
            ${holdsPlaces('b')} AS holdsPlaces,
            n.id AS noteId, n.signed_at IS NOT NULL AS noteSigned
       FROM booking b JOIN contact_session s ON s.id = b.session_id JOIN referral r ON r.id = b.referral_id
       LEFT JOIN supervised_note n ON n.booking_id = b.id
      WHERE r.family_id = ? ORDER BY s.on_date DESC, s.starts_at DESC`,
  ).all(input.familyId) as {
    bookingId: number
    onDate: string
    startsAt: string
    endsAt: string
    kind: SessionKind
    cancelled: string | null
    holdsPlaces: 0 | 1
    residentArrives: string
    residentLeaves: string
    nonResidentArrives: string
    nonResidentLeaves: string
    arrived: number
    recorded: number
    cancelledAhead: number
    noteId: number | null
    noteSigned: 0 | 1
  }[]
  const absences = sql(
    db,
    `SELECT p.given_name AS givenName, a.absence AS reason, a.absence_note AS note FROM attendance a JOIN person p ON p.id = a.person_id
      WHERE a.booking_id = ? AND a.absence IS NOT NULL ORDER BY p.id`,
  )
  const sessions: FamilySessionRow[] = rows.map((r) => ({
    bookingId: r.bookingId,
    onDate: r.onDate,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    kind: r.kind,
    times: {
      residentArrives: r.residentArrives,
      residentLeaves: r.residentLeaves,
      nonResidentArrives: r.nonResidentArrives,
      nonResidentLeaves: r.nonResidentLeaves,
    },
    status: statusOf(r, today),
    absences: absences.all(r.bookingId) as { givenName: string; reason: AbsenceReason; note: string | null }[],
    noteId: r.noteId,
    noteSigned: r.noteSigned === 1,
  }))
  const upcoming = sessions.filter((s) => s.status === 'upcoming').sort((a, b) => a.onDate.localeCompare(b.onDate) || a.startsAt.localeCompare(b.startsAt))
  const offers = sql(
    db,
    `SELECT o.id AS offerId, o.offered_on AS offeredOn, (SELECT count(*) FROM booking b WHERE b.offer_id = o.id) AS sessions
       FROM contact_offer o JOIN referral r ON r.id = o.referral_id WHERE r.family_id = ? ORDER BY o.id DESC`,
  ).all(input.familyId) as FamilySessionsView['offers']
  const states = sql(db, `SELECT id FROM referral WHERE family_id = ?`)
    .pluck()
    .all(input.familyId)
    .flatMap((id) => reviewStates(db, id as number))
  const flagged = states.find((s) => s.flaggedOn)
  ctx.auditRecord('family', input.familyId)
  return {
    attended: sessions.filter((s) => s.status === 'attended').length,
    absences: sessions.reduce((n, s) => n + s.absences.length, 0),
    next: upcoming[0] ?? null,
    sessions,
    offers,
    reviewDueOn: states.map((s) => s.dueOn).sort()[0] ?? null,
    reviewFlag: flagged ? `${flagged.missed} sessions missed without a valid reason since the last review (${flagged.reference}): hold a review.` : null,
  }
}
