import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { ReadableDB, WritableDB } from '../db/types'
import { loadReferral, type ReferralRow } from '../families/rows'
import { sql } from '../db/statement-cache'
import { isEnded } from '../families/transitions'
import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { centreDate } from './clock'
import { holdsPlaces, wasCancelled } from './places'
import { loadSession, SESSION_COLUMNS, sessionViewOf, type SessionRow } from './rows'
import type { bookingInput, HouseholdTimes, offerInput } from './schemas'
import { readSessionSettings } from './settings'
import { bookingWarnings, defaultTimes } from './warnings'
import type { BookingView, BookingWarning, SessionView } from './views'

interface BookingRow {
  id: number
  sessionId: number
  referralId: number
  offerId: number | null
  onDate: string
  residentArrives: string
  residentLeaves: string
  nonResidentArrives: string
  nonResidentLeaves: string
  warnings: string | null
}

export function loadBooking(db: ReadableDB, bookingId: number): BookingView {
  const row = sql(
    db,
    `SELECT b.id, b.session_id AS sessionId, b.referral_id AS referralId, b.offer_id AS offerId, s.on_date AS onDate,
            b.resident_arrives AS residentArrives, b.resident_leaves AS residentLeaves,
            b.non_resident_arrives AS nonResidentArrives, b.non_resident_leaves AS nonResidentLeaves, b.warnings
       FROM booking b JOIN contact_session s ON s.id = b.session_id WHERE b.id = ?`,
  ).get(bookingId) as BookingRow | undefined
  if (!row) throw new CabinetError('not_found', `There is no booking with id ${bookingId}.`, { field: 'bookingId' })
  return { ...row, warnings: row.warnings ? (JSON.parse(row.warnings) as BookingWarning[]) : [] }
}

export function bookableReferral(db: ReadableDB, referralId: number): ReferralRow {
  const referral = loadReferral(db, referralId)
  if (isEnded(referral.status))
    throw new CabinetError('validation', `The referral ${referral.reference} has ended (${referral.status}): it cannot be booked.`, { field: 'referralId' })
  return referral
}

/**
 * The session, if the family can be booked into it, and the family's booking in it that was
 * cancelled (sessions.bookings.cancel), if any: booking again puts that booking back rather
 * than making a second one (a family has one booking a session).
 */
function bookableSession(db: ReadableDB, sessionId: number, referralId: number): { s: SessionRow; cancelled: number | null } {
  const s = loadSession(db, sessionId)
  if (s.cancelledReason) throw new CabinetError('validation', `The session on ${s.onDate} is cancelled (${s.cancelledReason}).`, { field: 'sessionIds' })
  const existing = sql(db, `SELECT b.id, ${wasCancelled('b')} AS cancelled FROM booking b WHERE b.session_id = ? AND b.referral_id = ?`).get(
    sessionId,
    referralId,
  ) as { id: number; cancelled: 0 | 1 } | undefined
  if (existing === undefined) return { s, cancelled: null }
  if (existing.cancelled === 1) return { s, cancelled: existing.id }
  throw new CabinetError('validation', `This family is already booked into the session on ${s.onDate}.`, { field: 'sessionIds' })
}

/**
 * Refuse while there are warnings the coordinator has not confirmed, and a first session on a
 * pre-visit day without the reason for going ahead.
 */
export function requireGoAhead(warnings: BookingWarning[], input: { confirmed: boolean; sameDayReason: string | null }): void {
  if (warnings.some((w) => w.code === 'same_day') && !input.sameDayReason)
    throw new CabinetError('validation', 'The first session is on the same day as a pre-visit: record why you are going ahead, or choose another date.', {
      field: 'sameDayReason',
    })
  if (warnings.length > 0 && !input.confirmed)
    throw new CabinetError('validation', `Check the warnings before booking: ${warnings.map((w) => w.message).join(' ')}`, { field: 'confirmed' })
}

/** A booking's times, warnings and same-day reason as stored: the columns a new booking and one put back both write, in this order. */
function bookingTerms(t: HouseholdTimes, warnings: BookingWarning[], sameDayReason: string | null) {
  return [
    t.residentArrives,
    t.residentLeaves,
    t.nonResidentArrives,
    t.nonResidentLeaves,
    warnings.length ? JSON.stringify(warnings) : null,
    warnings.some((w) => w.code === 'same_day') ? sameDayReason : null,
  ] as const
}

function insertBooking(
  db: WritableDB,
  session: Session,
  s: SessionRow,
  referralId: number,
  offerId: number | null,
  t: HouseholdTimes,
  warnings: BookingWarning[],
  sameDayReason: string | null,
): number {
  return (
    sql(
      db,
      `INSERT INTO booking (session_id, referral_id, offer_id, resident_arrives, resident_leaves, non_resident_arrives, non_resident_leaves,
         warnings, same_day_reason, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(s.id, referralId, offerId, ...bookingTerms(t, warnings, sameDayReason), session.now().toISOString(), session.user.id) as { id: number }
  ).id
}

/**
 * A cancelled booking put back: its cancellations go, and it takes the times and warnings of the
 * booking made now (and the offer, when an offer puts it back; else it keeps its own).
 */
function reinstateBooking(
  db: WritableDB,
  bookingId: number,
  offerId: number | null,
  t: HouseholdTimes,
  warnings: BookingWarning[],
  sameDayReason: string | null,
): void {
  sql(db, 'DELETE FROM attendance WHERE booking_id = ?').run(bookingId)
  sql(
    db,
    `UPDATE booking SET resident_arrives = ?, resident_leaves = ?, non_resident_arrives = ?, non_resident_leaves = ?, warnings = ?, same_day_reason = ?,
       offer_id = coalesce(?, offer_id) WHERE id = ?`,
  ).run(...bookingTerms(t, warnings, sameDayReason), offerId, bookingId)
}

/** What booking would warn about, and the times it would use, without booking. */
export function checkBooking(input: z.output<typeof bookingInput>, { session }: OpContext): { warnings: BookingWarning[]; times: HouseholdTimes } {
  const db = session.db
  const referral = bookableReferral(db, input.referralId)
  const { s } = bookableSession(db, input.sessionId, referral.id)
  const times = input.times ?? defaultTimes(s, readSessionSettings(db).staggerMinutes)
  return { warnings: bookingWarnings(db, s, referral, times), times }
}

export function createBooking(input: z.output<typeof bookingInput>, ctx: OpContext): BookingView {
  const { session } = ctx
  const db = session.db
  const referral = bookableReferral(db, input.referralId)
  const { s, cancelled } = bookableSession(db, input.sessionId, referral.id)
  const times = input.times ?? defaultTimes(s, readSessionSettings(db).staggerMinutes)
  const warnings = bookingWarnings(db, s, referral, times)
  requireGoAhead(warnings, input)
  if (cancelled !== null) {
    reinstateBooking(db, cancelled, null, times, warnings, input.sameDayReason)
    ctx.auditRecord('referral', referral.id, { bookingId: cancelled, sessionId: s.id, warnings: warnings.map((w) => w.code).join(','), reinstated: cancelled })
    return loadBooking(db, cancelled)
  }
  const id = insertBooking(db, session, s, referral.id, null, times, warnings, input.sameDayReason)
  ctx.auditRecord('referral', referral.id, { bookingId: id, sessionId: s.id, warnings: warnings.map((w) => w.code).join(',') })
  return loadBooking(db, id)
}

/**
 * The sessions to offer a family: the next block (Settings, 6 by default) of sessions of the
 * referral's kind from today that are not cancelled, full or already booked for it (a booking of
 * its that was cancelled does not count: booking it again puts it back).
 */
export function suggestOffer(input: { referralId: number }, { session }: OpContext): { blockSize: number; sessions: SessionView[] } {
  const db = session.db
  const referral = bookableReferral(db, input.referralId)
  const { offerBlockSize } = readSessionSettings(db)
  const rows = sql(
    db,
    `SELECT ${SESSION_COLUMNS} FROM contact_session s
      WHERE s.on_date >= ? AND s.kind = ? AND s.cancelled_reason IS NULL
        AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.session_id = s.id AND b.referral_id = ? AND NOT ${wasCancelled('b')})
        AND (s.capacity_families IS NULL OR (SELECT count(*) FROM booking b WHERE b.session_id = s.id AND ${holdsPlaces('b')}) < s.capacity_families)
      ORDER BY s.on_date, s.starts_at LIMIT ?`,
  ).all(centreDate(session.now()), referral.contactType, referral.id, offerBlockSize) as SessionRow[]
  return { blockSize: offerBlockSize, sessions: rows.map((r) => sessionViewOf(db, r)) }
}

/** Offer a block of sessions: the offer, and a booking in each session with the default staggered times. */
export function createOffer(input: z.output<typeof offerInput>, ctx: OpContext): { offerId: number; bookings: BookingView[] } {
  const { session } = ctx
  const db = session.db
  const referral = bookableReferral(db, input.referralId)
  const ids = [...new Set(input.sessionIds)]
  const sessions = ids
    .map((id) => bookableSession(db, id, referral.id))
    .sort((a, b) => a.s.onDate.localeCompare(b.s.onDate) || a.s.startsAt.localeCompare(b.s.startsAt))
  const { staggerMinutes } = readSessionSettings(db)
  const dates = sessions.map(({ s }) => s.onDate)
  const planned = sessions.map(({ s, cancelled }) => {
    const times = defaultTimes(s, staggerMinutes)
    return { s, cancelled, times, warnings: bookingWarnings(db, s, referral, times, dates) }
  })
  const all = planned.flatMap((p) => p.warnings.map((w) => ({ ...w, message: w.code === 'same_day' ? w.message : `${p.s.onDate}: ${w.message}` })))
  const distinct = all.filter((w, i) => all.findIndex((x) => x.message === w.message) === i)
  requireGoAhead(distinct, input)
  const at = session.now().toISOString()
  const { id: offerId } = sql(
    db,
    `INSERT INTO contact_offer (referral_id, offered_on, who_brings, who_collects, who_takes_part, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(referral.id, centreDate(session.now()), input.whoBrings, input.whoCollects, input.whoTakesPart, at, session.user.id) as { id: number }
  const bookingIds = planned.map((p) => {
    if (p.cancelled === null) return insertBooking(db, session, p.s, referral.id, offerId, p.times, p.warnings, input.sameDayReason)
    // A booking of the family's in this session was cancelled: the offer puts it back, as its own.
    reinstateBooking(db, p.cancelled, offerId, p.times, p.warnings, input.sameDayReason)
    return p.cancelled
  })
  ctx.auditRecord('referral', referral.id, { offerId, sessions: bookingIds.length, warnings: [...new Set(distinct.map((w) => w.code))].join(',') })
  return { offerId, bookings: bookingIds.map((id) => loadBooking(db, id)) }
}
