import type { Faker } from '@faker-js/faker'
import type { WritableDB } from '../db/types'
import { clockTime, minutes } from '../sessions/clock'
import { bookedPeople } from '../sessions/booked-people'
import { DEFAULT_SESSION_SETTINGS } from '../sessions/schemas'
import type { AbsenceReason, SessionKind } from '../sessions/vocab'
import { addDays } from './synthetic'

/*
 * The demo centre's Saturdays: for every referral that reached contact (active, or closed after
 * being active), an offer of a block of sessions from the Saturday after it was accepted, one
 * booking per session with the households' staggered times, and attendance for each booked
 * person on every Saturday before the reference date (mostly there, sometimes late, sometimes
 * absent with a reason). A few bookings in the four weeks after it are cancelled in advance (every
 * booked person absent, as sessions.bookings.cancel records it), so the screens show one.
 * Supervised sessions get an observation note. Sessions of each kind are
 * made as they fill, 12 families to a room. Written with prepared statements in the caller's one
 * transaction: the 10,000-family centre gets years of sessions and ~150,000 attendances quickly.
 */

export interface DemoSessionsSummary {
  sessions: number
  bookings: number
  attendances: number
  absences: number
  /** Upcoming bookings cancelled in advance by the parent or the centre. */
  cancelledInAdvance: number
  notes: number
}

const SLOTS: Record<Exclude<SessionKind, 'indirect'>, { startsAt: string; endsAt: string; rooms: string[] }> = {
  supported: { startsAt: '10:00', endsAt: '12:00', rooms: ['Hall', 'Garden room', 'Upstairs room', 'Annexe'] },
  handover: { startsAt: '09:30', endsAt: '10:00', rooms: ['Entrance', 'Side room'] },
  supervised: { startsAt: '13:00', endsAt: '15:00', rooms: ['Family room 1', 'Family room 2', 'Family room 3'] },
}
const FAMILIES_PER_ROOM = 12
/**
 * The first of the bookings in the four weeks after the reference date, and one in this many after
 * it, is cancelled in advance (counted, not drawn, so the faker stream and the rest of the demo stay as they were).
 */
const CANCEL_ONE_IN = 15
const ABSENCES: readonly AbsenceReason[] = ['ill', 'ill', 'parent_cancelled', 'parent_cancelled', 'no_show', 'centre_cancelled']

/** The Saturday on or after a date. */
function saturdayFrom(onDate: string): string {
  const day = new Date(`${onDate}T12:00:00Z`).getUTCDay()
  return addDays(onDate, (6 - day + 7) % 7)
}

export function generateDemoSessions(db: WritableDB, f: Faker, userId: number, referenceDate: string): DemoSessionsSummary {
  const at = `${referenceDate}T12:00:00.000Z`
  const q = {
    referrals: db.prepare(
      `SELECT r.id, r.contact_type AS kind, r.status, r.closed_on AS closedOn,
              (SELECT effective_on FROM referral_status_history h WHERE h.referral_id = r.id AND h.to_status = 'accepted' ORDER BY h.id LIMIT 1) AS acceptedOn
         FROM referral r WHERE r.status IN ('active', 'closed')
           AND EXISTS (SELECT 1 FROM referral_status_history h WHERE h.referral_id = r.id AND h.to_status = 'active')
        ORDER BY r.id`,
    ),
    session: db.prepare(
      `INSERT INTO contact_session (on_date, starts_at, ends_at, room, kind, capacity_families, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    offer: db.prepare(
      `INSERT INTO contact_offer (referral_id, offered_on, who_brings, who_collects, who_takes_part, created_at, created_by)
         VALUES (?, ?, 'The resident parent', 'The resident parent', 'The non-resident parent and the children', ?, ?) RETURNING id`,
    ),
    booking: db.prepare(
      `INSERT INTO booking (session_id, referral_id, offer_id, resident_arrives, resident_leaves, non_resident_arrives, non_resident_leaves, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    attendance: db.prepare(
      `INSERT INTO attendance (booking_id, person_id, arrived_at, left_at, late, absence, absence_note, recorded_at, recorded_by)
         VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    ),
    cancellation: db.prepare(
      `INSERT INTO attendance (booking_id, person_id, absence, absence_note, recorded_at, recorded_by) VALUES (?, ?, ?, 'Rang the centre to cancel', ?, ?)`,
    ),
    note: db.prepare(
      `INSERT INTO supervised_note (booking_id, aim, present, arrival, observed, safeguarding, written_by, written_at, updated_at)
         VALUES (?, 'To rebuild the relationship between the children and their father.', 'The non-resident parent, the children and the supervisor.',
                 ?, ?, NULL, ?, ?, ?)`,
    ),
    review: db.prepare('INSERT INTO progress_review (referral_id, held_on, outcome, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?)'),
  }
  // (date, kind) → the sessions made so far that day, each with the families booked into it.
  const sessions = new Map<string, { id: number; booked: number }[]>()
  const summary: DemoSessionsSummary = { sessions: 0, bookings: 0, attendances: 0, absences: 0, cancelledInAdvance: 0, notes: 0 }
  const sessionFor = (onDate: string, kind: keyof typeof SLOTS): number => {
    const key = `${onDate}:${kind}`
    const day = sessions.get(key) ?? []
    sessions.set(key, day)
    const open = day.find((s) => s.booked < FAMILIES_PER_ROOM)
    if (open) {
      open.booked++
      return open.id
    }
    const slot = SLOTS[kind]
    const room = slot.rooms[day.length % slot.rooms.length] + (day.length >= slot.rooms.length ? ` (${Math.floor(day.length / slot.rooms.length) + 1})` : '')
    const { id } = q.session.get(onDate, slot.startsAt, slot.endsAt, room, kind, FAMILIES_PER_ROOM, at, userId, at) as { id: number }
    day.push({ id, booked: 1 })
    summary.sessions++
    return id
  }
  const stagger = DEFAULT_SESSION_SETTINGS.staggerMinutes
  let soon = 0
  for (const r of q.referrals.all() as { id: number; kind: keyof typeof SLOTS; status: string; closedOn: string | null; acceptedOn: string }[]) {
    const slot = SLOTS[r.kind]
    const times = {
      nrIn: slot.startsAt,
      nrOut: slot.endsAt,
      rIn: clockTime(minutes(slot.startsAt) + Math.min(stagger, 10)),
      rOut: clockTime(minutes(slot.endsAt) - Math.min(stagger, 10)),
    }
    const people = bookedPeople(db, r.id)
    const first = saturdayFrom(addDays(r.acceptedOn, 7))
    const every = f.helpers.arrayElement([1, 2, 2])
    const blocks = r.status === 'active' ? f.number.int({ min: 1, max: 3 }) : f.number.int({ min: 1, max: 2 })
    let on = first
    for (let b = 0; b < blocks; b++) {
      const offerId = (q.offer.get(r.id, addDays(on, -7) > referenceDate ? referenceDate : addDays(on, -7), at, userId) as { id: number }).id
      for (let n = 0; n < DEFAULT_SESSION_SETTINGS.offerBlockSize; n++, on = addDays(on, 7 * every)) {
        if (r.closedOn && on >= r.closedOn) break
        if (on > addDays(referenceDate, 56)) break
        const sessionId = sessionFor(on, r.kind)
        const bookingId = (q.booking.get(sessionId, r.id, offerId, times.rIn, times.rOut, times.nrIn, times.nrOut, at, userId) as { id: number }).id
        summary.bookings++
        if (on >= referenceDate) {
          if (on < addDays(referenceDate, 28) && soon++ % CANCEL_ONE_IN === 0) {
            const reason: AbsenceReason = summary.cancelledInAdvance % 4 === 3 ? 'centre_cancelled' : 'parent_cancelled'
            for (const p of people) q.cancellation.run(bookingId, p.id, reason, at, userId)
            summary.cancelledInAdvance++
            summary.attendances += people.length
            summary.absences += people.length
          }
          continue
        }
        const roll = f.number.int({ min: 1, max: 20 })
        const absence = roll === 1 ? f.helpers.arrayElement(ABSENCES) : null
        const late = roll === 2
        for (const p of people) {
          // A missed session is usually the non-resident parent's; the children come regardless.
          const away = absence !== null && (absence === 'centre_cancelled' || p.household === 'non_resident')
          const arrive = p.household === 'resident' ? times.rIn : times.nrIn
          const leave = p.household === 'resident' ? times.rOut : times.nrOut
          q.attendance.run(
            bookingId,
            p.id,
            away ? null : late && p.household === 'non_resident' ? clockTime(minutes(arrive) + 12) : arrive,
            away ? null : leave,
            !away && late && p.household === 'non_resident' ? 1 : 0,
            away ? absence : null,
            `${on}T${leave}:00.000Z`,
            userId,
          )
          summary.attendances++
          if (away) summary.absences++
        }
        if (r.kind === 'supervised' && !absence) {
          q.note.run(
            bookingId,
            'Arrived on time; the children greeted their father warmly.',
            'They played a board game and talked about school.',
            userId,
            `${on}T16:00:00.000Z`,
            `${on}T16:00:00.000Z`,
          )
          summary.notes++
        }
      }
    }
    if (r.status === 'active' && addDays(first, 182) < referenceDate) q.review.run(r.id, addDays(first, 182), 'Contact going well; continue.', at, userId)
  }
  return summary
}
