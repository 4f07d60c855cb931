import { bookedPersonIds } from './booked-people'
import type { AbsenceReason } from './vocab'

/*
 * Which bookings hold places in their session. A booking cancelled in advance
 * (sessions.bookings.cancel records every booked person absent with who cancelled) stays, so the
 * register, the family page and reports keep its history (P01), but its places are free for
 * another family: the "full" warning, the offer suggestions, the day's and week's counts and the
 * family's next booking all read this one rule.
 *
 * Only the parent's and the centre's cancellations free places. A cancellation as `other` is
 * stored as an `other` absence with its note, recorded by the user at the time: exactly the row
 * the register writes for someone absent for another reason (sessions.attendance.record, which a
 * coordinator may use before the day too). The stored rows cannot tell "someone else called the
 * booking off" from "did not come, for another reason", so an `other` absence never frees a place.
 */
const ADVANCE_CANCELLATIONS = ['parent_cancelled', 'centre_cancelled'] as const satisfies readonly AbsenceReason[]

/** The absences sessions.bookings.cancel records: a booking whose every recorded row is one of these was cancelled. */
export const CANCELLATION_ABSENCES: ReadonlySet<string> = new Set<AbsenceReason>([...ADVANCE_CANCELLATIONS, 'other'])

/**
 * SQL condition: the booking `alias` was cancelled (sessions.bookings.cancel): something is
 * recorded for it, and all of it is a cancellation. Booking the family into that session again
 * puts this booking back (bookings.ts), so it is offered again.
 */
export function wasCancelled(alias: string): string {
  const cancellations = [...CANCELLATION_ABSENCES].map((r) => `'${r}'`).join(', ')
  return `(EXISTS (SELECT 1 FROM attendance c WHERE c.booking_id = ${alias}.id)
    AND NOT EXISTS (SELECT 1 FROM attendance c WHERE c.booking_id = ${alias}.id AND (c.absence IS NULL OR c.absence NOT IN (${cancellations}))))`
}

/** SQL condition: the absence in `column` is a cancellation in advance by the parent or the centre. */
export function cancelledInAdvance(column: string): string {
  return `${column} IN (${ADVANCE_CANCELLATIONS.map((r) => `'${r}'`).join(', ')})`
}

/**
 * SQL condition: the booking `alias` (a `booking` row of the outer query) holds places, unless
 * every one of its booked people is recorded absent, cancelled in advance by the parent or the
 * centre. One person cancelled while the rest of the family is coming still holds the booking.
 */
export function holdsPlaces(alias: string): string {
  return `NOT (EXISTS (SELECT 1 FROM attendance c WHERE c.booking_id = ${alias}.id AND ${cancelledInAdvance('c.absence')})
    AND NOT EXISTS (SELECT 1 FROM (${bookedPersonIds(`${alias}.referral_id`)}) bp
      WHERE NOT EXISTS (SELECT 1 FROM attendance c WHERE c.booking_id = ${alias}.id AND c.person_id = bp.id AND ${cancelledInAdvance('c.absence')})))`
}
