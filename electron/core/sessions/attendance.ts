import type { z } from 'zod'
import { CabinetError } from '../errors'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { bookedPeople } from './booked-people'
import { centreTime } from './clock'
import { loadBooking } from './bookings'
import { registerFamily, requireSessionDay } from './day'
import type { markInput, personAttendanceInput } from './schemas'
import type { BookingView, RegisterFamily } from './views'

/** The booking, if this user may record attendance for it: a volunteer only on duty, on the day. */
function workableBooking(session: Session, bookingId: number): BookingView {
  const booking = loadBooking(session.db, bookingId)
  requireSessionDay(session, booking.onDate)
  if (!session.can('sessions.view')) {
    const onDuty = sql(session.db, 'SELECT 1 FROM session_duty WHERE session_id = ? AND user_id = ?').get(booking.sessionId, session.user.id)
    if (!onDuty) throw new CabinetError('forbidden', 'You can record attendance only for the sessions you are on duty for.')
  }
  return booking
}

function expectedArrival(booking: BookingView, household: string): string {
  return household === 'resident' ? booking.residentArrives : booking.nonResidentArrives
}

/**
 * One click on a busy morning: everyone in the booking (or one household) not yet marked and
 * not absent has arrived, or has left, now (the centre's clock). Late when after the booked time.
 */
export function markAttendance(input: z.output<typeof markInput>, ctx: OpContext): RegisterFamily {
  const { session } = ctx
  const db = session.db
  const booking = workableBooking(session, input.bookingId)
  const now = centreTime(session.now())
  const at = session.now().toISOString()
  let changed = 0
  for (const p of bookedPeople(db, booking.referralId)) {
    if (input.household && p.household !== input.household) continue
    const row = sql(db, 'SELECT arrived_at AS arrivedAt, left_at AS leftAt, absence FROM attendance WHERE booking_id = ? AND person_id = ?').get(
      booking.id,
      p.id,
    ) as { arrivedAt: string | null; leftAt: string | null; absence: string | null } | undefined
    if (row?.absence) continue
    if (input.event === 'arrived' && !row?.arrivedAt) {
      sql(
        db,
        `INSERT INTO attendance (booking_id, person_id, arrived_at, late, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (booking_id, person_id) DO UPDATE SET arrived_at = excluded.arrived_at, late = excluded.late,
             recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
      ).run(booking.id, p.id, now, now > expectedArrival(booking, p.household) ? 1 : 0, at, session.user.id)
      changed++
    } else if (input.event === 'left' && row?.arrivedAt && !row.leftAt) {
      sql(db, 'UPDATE attendance SET left_at = ?, recorded_at = ?, recorded_by = ? WHERE booking_id = ? AND person_id = ?').run(
        now < row.arrivedAt ? row.arrivedAt : now,
        at,
        session.user.id,
        booking.id,
        p.id,
      )
      changed++
    }
  }
  ctx.auditRecord('referral', booking.referralId, { bookingId: booking.id, event: input.event, people: changed })
  return registerFamily(db, booking.id, booking.onDate)
}

/** One person's attendance as a whole: actual times, or an absence with its reason. */
export function recordPersonAttendance(input: z.output<typeof personAttendanceInput>, ctx: OpContext): RegisterFamily {
  const { session } = ctx
  const db = session.db
  const booking = workableBooking(session, input.bookingId)
  const person = bookedPeople(db, booking.referralId).find((p) => p.id === input.personId)
  if (!person) throw new CabinetError('validation', 'That person is not booked into this session.', { field: 'personId' })
  const late = input.arrivedAt !== null && input.arrivedAt > expectedArrival(booking, person.household) ? 1 : 0
  const at = session.now().toISOString()
  if (!input.arrivedAt && !input.absence) {
    sql(db, 'DELETE FROM attendance WHERE booking_id = ? AND person_id = ?').run(booking.id, person.id)
  } else {
    sql(
      db,
      `INSERT INTO attendance (booking_id, person_id, arrived_at, left_at, late, absence, absence_note, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (booking_id, person_id) DO UPDATE SET arrived_at = excluded.arrived_at, left_at = excluded.left_at, late = excluded.late,
           absence = excluded.absence, absence_note = excluded.absence_note, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
    ).run(booking.id, person.id, input.arrivedAt, input.leftAt, late, input.absence, input.absence ? input.absenceNote : null, at, session.user.id)
  }
  ctx.auditRecord('referral', booking.referralId, { bookingId: booking.id, personId: person.id, absence: input.absence })
  return registerFamily(db, booking.id, booking.onDate)
}
