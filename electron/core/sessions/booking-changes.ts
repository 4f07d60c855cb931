import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { bookedPeople } from './booked-people'
import { bookableReferral, loadBooking, requireGoAhead } from './bookings'
import { centreDate } from './clock'
import { CANCELLATION_ABSENCES } from './places'
import { loadSession, type SessionRow } from './rows'
import type { bookingCancelInput, bookingChangeInput, HouseholdTimes } from './schemas'
import { bookingWarnings } from './warnings'
import type { BookingView } from './views'

/*
 * Putting a booking right before the day: new times, a cancellation (recorded as every booked
 * person's absence, so the register, the family page and reports keep the history, P01), or
 * removing a booking made in error the same day, before anything was recorded about it.
 */

const TIME_FIELDS = ['residentArrives', 'residentLeaves', 'nonResidentArrives', 'nonResidentLeaves'] as const satisfies readonly (keyof HouseholdTimes)[]

/**
 * The booking and its session, if it can still change: the session is today or later and not
 * cancelled, and nobody's attendance or absence is recorded (that is corrected in the register).
 */
function openBooking(session: Session, bookingId: number, doing: string): { booking: BookingView; s: SessionRow } {
  const db = session.db
  const booking = loadBooking(db, bookingId)
  const s = loadSession(db, booking.sessionId)
  if (booking.onDate < centreDate(session.now()))
    throw new CabinetError(
      'conflict',
      `The session on ${booking.onDate} has taken place: a past booking cannot be ${doing}. Record what happened in the register.`,
      {
        field: 'bookingId',
      },
    )
  if (s.cancelledReason)
    throw new CabinetError('conflict', `The session on ${booking.onDate} is cancelled (${s.cancelledReason}): its bookings cannot be ${doing}.`, {
      field: 'bookingId',
    })
  const recorded = attendanceRecorded(db, bookingId)
  if (recorded.length > 0 && recorded.every((a) => a.absence !== null && CANCELLATION_ABSENCES.has(a.absence)))
    throw new CabinetError(
      'conflict',
      `This booking is already cancelled: it cannot be ${doing}. Book the family into the session again if they are coming after all.`,
      {
        field: 'bookingId',
      },
    )
  if (recorded.length > 0)
    throw new CabinetError(
      'conflict',
      `Attendance is already recorded for this booking: it cannot be ${doing}. Correct each person’s attendance from the register’s Details.`,
      { field: 'bookingId' },
    )
  return { booking, s }
}

function attendanceRecorded(db: ReadableDB, bookingId: number): { absence: string | null }[] {
  return sql(db, 'SELECT absence FROM attendance WHERE booking_id = ?').all(bookingId) as { absence: string | null }[]
}

/** New times for the households, with the same warnings and go-ahead as booking; audited with the fields that changed. */
export function changeBooking(input: z.output<typeof bookingChangeInput>, ctx: OpContext): BookingView {
  const { session } = ctx
  const db = session.db
  const { booking, s } = openBooking(session, input.bookingId, 'changed')
  const referral = bookableReferral(db, booking.referralId)
  const changed = TIME_FIELDS.filter((f) => input.times[f] !== booking[f])
  if (changed.length === 0) {
    ctx.skipAudit()
    return booking
  }
  const warnings = bookingWarnings(db, s, referral, input.times)
  // A reason already given for a first session on a pre-visit day still stands: only the go-ahead is asked again.
  const givenReason = sql(db, 'SELECT same_day_reason FROM booking WHERE id = ?').pluck().get(booking.id) as string | null
  const sameDayReason = input.sameDayReason ?? givenReason
  requireGoAhead(warnings, { confirmed: input.confirmed, sameDayReason })
  const sameDay = warnings.some((w) => w.code === 'same_day')
  sql(
    db,
    `UPDATE booking SET resident_arrives = ?, resident_leaves = ?, non_resident_arrives = ?, non_resident_leaves = ?, warnings = ?,
       same_day_reason = ? WHERE id = ?`,
  ).run(
    input.times.residentArrives,
    input.times.residentLeaves,
    input.times.nonResidentArrives,
    input.times.nonResidentLeaves,
    warnings.length ? JSON.stringify(warnings) : null,
    sameDay ? sameDayReason : null,
    booking.id,
  )
  ctx.auditRecord('referral', booking.referralId, {
    bookingId: booking.id,
    sessionId: s.id,
    fields: changed.join(','),
    warnings: warnings.map((w) => w.code).join(','),
  })
  return loadBooking(db, booking.id)
}

/**
 * Call a booking off: every booked person is absent for the reason given (cancelled in advance
 * by the parent, by the centre, or other with the reason), recorded now by this user. The
 * booking stays, so the history the family page, reviews and reports read is kept.
 */
export function cancelBooking(input: z.output<typeof bookingCancelInput>, ctx: OpContext): BookingView {
  const { session } = ctx
  const db = session.db
  const { booking } = openBooking(session, input.bookingId, 'cancelled')
  const people = bookedPeople(db, booking.referralId)
  const at = session.now().toISOString()
  const insert = sql(db, `INSERT INTO attendance (booking_id, person_id, absence, absence_note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)`)
  for (const p of people) insert.run(booking.id, p.id, input.cancelledBy, input.note, at, session.user.id)
  ctx.auditRecord('referral', booking.referralId, { bookingId: booking.id, sessionId: booking.sessionId, absence: input.cancelledBy, people: people.length })
  return booking
}

/**
 * Remove a booking made in error: only on the day it was made, before anything is recorded
 * about it (attendance, a cancellation or a supervised note). Anything later is cancelled
 * instead, so its history stays.
 */
export function removeBooking(input: { bookingId: number }, ctx: OpContext): { bookingId: number; referralId: number } {
  const { session } = ctx
  const db = session.db
  const { booking } = openBooking(session, input.bookingId, 'removed')
  const createdAt = sql(db, 'SELECT created_at FROM booking WHERE id = ?').pluck().get(booking.id) as string
  if (centreDate(new Date(createdAt)) !== centreDate(session.now()))
    throw new CabinetError(
      'conflict',
      `This booking was made on ${centreDate(new Date(createdAt))}: only a booking made today can be removed as made in error. Cancel it instead, so its history is kept.`,
      { field: 'bookingId' },
    )
  if (sql(db, 'SELECT 1 FROM supervised_note WHERE booking_id = ?').get(booking.id))
    throw new CabinetError('conflict', 'A supervised note is written for this booking: it cannot be removed.', { field: 'bookingId' })
  sql(db, 'DELETE FROM booking WHERE id = ?').run(booking.id)
  ctx.auditRecord('referral', booking.referralId, { bookingId: booking.id, sessionId: booking.sessionId, offerId: booking.offerId })
  return { bookingId: booking.id, referralId: booking.referralId }
}
