import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { TestCabinet } from '../../../helpers/session'
import { readyForDuty } from '../../../helpers/session-day'
import { useTempDirs } from '../../../helpers/temp-dir'
import { acceptedFamily, openSessionsCabinet, SATURDAY, saturdaySession } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

const TIMES = { nonResidentArrives: '10:00', residentArrives: '10:15', residentLeaves: '11:45', nonResidentLeaves: '12:00' }

/** Monday 16 March: a family booked into Saturday's session with the default staggered times. */
function setUp() {
  const opened = openSessionsCabinet(tempDir())
  cab = opened.cab
  const s = opened.coordinator
  const { session } = runOperation(s, 'sessions.create', saturdaySession())
  const family = acceptedFamily(s)
  const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: family.referralId })
  return { s, clock: opened.clock, session, booking, ...family }
}

function auditRows(action: string) {
  return cab.db.prepare('SELECT record_type AS recordType, record_id AS recordId, detail FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
    recordType: string
    recordId: string
    detail: string | null
  }[]
}

function attendanceRows(bookingId: number) {
  return cab.db
    .prepare(
      'SELECT person_id AS personId, arrived_at AS arrivedAt, absence, absence_note AS note, recorded_at AS at, recorded_by AS by FROM attendance WHERE booking_id = ? ORDER BY person_id',
    )
    .all(bookingId)
}

describe('sessions: changing a booking’s times', () => {
  it('P28: changes the households’ times and audits which fields changed, with ids only; an unchanged booking writes nothing', () => {
    const { s, booking, referralId, session } = setUp()
    const times = { ...TIMES, residentArrives: '10:30', residentLeaves: '11:30' }
    const changed = runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times })
    expect(changed).toMatchObject({ id: booking.id, sessionId: session.id, referralId, residentArrives: '10:30', residentLeaves: '11:30', warnings: [] })
    expect(auditRows('booking.update')).toEqual([
      {
        recordType: 'referral',
        recordId: String(referralId),
        detail: JSON.stringify({ bookingId: booking.id, sessionId: session.id, fields: 'residentArrives,residentLeaves', warnings: '' }),
      },
    ])
    runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times })
    expect(auditRows('booking.update')).toHaveLength(1)
  })

  it('meets the same warnings as booking: overlapping households and a full session need the coordinator’s go-ahead, kept on the booking', () => {
    const { s, booking, session } = setUp()
    const other = acceptedFamily(s, {
      resident: { role: 'parent', givenName: 'Aled', familyName: 'Pryce' },
      nonResident: { role: 'parent', givenName: 'Bethan', familyName: 'Morgan' },
      children: [{ givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
    })
    runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: other.referralId })
    // The session now holds two families; its capacity drops to one, so this booking is over it.
    cab.db.prepare('UPDATE contact_session SET capacity_families = 1 WHERE id = ?').run(session.id)
    const times = { ...TIMES, residentArrives: '10:05' }
    expect(() => runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'confirmed', message: expect.stringMatching(/arrival times overlap.*The session is full/) }),
    )
    expect(runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times, confirmed: true }).warnings.map((w) => w.code)).toEqual([
      'overlap',
      'full',
    ])
  })

  it('keeps the reason already given for a first session on a pre-visit day: changing the times asks only for the go-ahead again', () => {
    const { s, booking, family } = setUp()
    runOperation(s, 'families.previsits.book', { referralId: booking.referralId, personId: family.adults[1].id, bookedFor: SATURDAY })
    const reason = 'Family travel from Wales; agreed with both parents.'
    cab.db.prepare('UPDATE booking SET same_day_reason = ? WHERE id = ?').run(reason, booking.id)
    const times = { ...TIMES, residentArrives: '10:20' }
    expect(() => runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times })).toThrow(expect.objectContaining({ field: 'confirmed' }))
    expect(runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times, confirmed: true }).warnings.map((w) => w.code)).toEqual(['same_day'])
    expect(cab.db.prepare('SELECT same_day_reason FROM booking WHERE id = ?').pluck().get(booking.id)).toBe(reason)
  })

  it('a session after a cancelled first booking is the family’s first: on a pre-visit day it asks why, as a first session does', () => {
    const { s, booking, family, referralId } = setUp()
    const later = runOperation(s, 'sessions.create', saturdaySession({ onDate: '2026-03-28' })).session
    runOperation(s, 'families.previsits.book', { referralId, personId: family.adults[1].id, bookedFor: '2026-03-28' })
    expect(runOperation(s, 'sessions.bookings.check', { sessionId: later.id, referralId }).warnings.map((w) => w.code)).not.toContain('same_day')
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    expect(runOperation(s, 'sessions.bookings.check', { sessionId: later.id, referralId }).warnings.map((w) => w.code)).toContain('same_day')
  })

  it('refuses times that do not make sense, naming the field', () => {
    const { s, booking } = setUp()
    expect(() => runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times: { ...TIMES, residentLeaves: '10:10' } })).toThrow(
      expect.objectContaining({
        code: 'validation',
        field: 'times.residentLeaves',
        message: 'The children are collected after they arrive: check both times.',
      }),
    )
    expect(() => runOperation(s, 'sessions.bookings.update', { bookingId: booking.id, times: { ...TIMES, nonResidentArrives: '9am' } })).toThrow(
      expect.objectContaining({ field: 'times.nonResidentArrives', message: expect.stringMatching(/24-hour time/) }),
    )
  })
})

describe('sessions: cancelling a booking in advance', () => {
  it('P01: records every booked person absent, cancelled in advance by the parent, with who recorded it and when; the register and family page show it', () => {
    const { s, booking, familyId, referralId, session, clock } = setUp()
    clock.set('2026-03-16T11:30:00Z')
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: 'Rang: Zoë has chickenpox' })
    const rows = attendanceRows(booking.id)
    expect(rows).toHaveLength(4)
    for (const r of rows)
      expect(r).toMatchObject({ arrivedAt: null, absence: 'parent_cancelled', note: 'Rang: Zoë has chickenpox', at: '2026-03-16T11:30:00.000Z', by: s.user.id })
    const register = runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions[0].bookings[0]
    expect(register.people.map((p) => p.attendance?.absence)).toEqual(['parent_cancelled', 'parent_cancelled', 'parent_cancelled', 'parent_cancelled'])
    const panel = runOperation(s, 'sessions.family', { familyId })
    expect(panel.next).toBeNull()
    expect(panel.sessions[0]).toMatchObject({ bookingId: booking.id, status: 'cancelled_in_advance' })
    expect(panel.sessions[0].absences.map((a) => a.reason)).toEqual(['parent_cancelled', 'parent_cancelled', 'parent_cancelled', 'parent_cancelled'])
    // Cancelled in advance is a valid reason: it never counts towards the review flag.
    expect(panel.reviewFlag).toBeNull()
    expect(auditRows('booking.cancel')).toEqual([
      {
        recordType: 'referral',
        recordId: String(referralId),
        detail: JSON.stringify({ bookingId: booking.id, sessionId: session.id, absence: 'parent_cancelled', people: 4 }),
      },
    ])
  })

  it('needs the reason when someone other than the parent or the centre cancelled, and refuses a booking already cancelled', () => {
    const { s, booking } = setUp()
    expect(() => runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'other' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'note', message: 'Say who cancelled and why.' }),
    )
    expect(() => runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'ill' } as never)).toThrow(
      expect.objectContaining({ code: 'validation', field: 'cancelledBy' }),
    )
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'other', note: 'Social worker asked to pause contact' })
    expect(attendanceRows(booking.id).every((r) => (r as { absence: string }).absence === 'other')).toBe(true)
    for (const [name, args] of [
      ['sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'centre_cancelled' }],
      ['sessions.bookings.update', { bookingId: booking.id, times: TIMES }],
      ['sessions.bookings.remove', { bookingId: booking.id }],
    ] as const)
      expect(() => runOperation(s, name, args as never), name).toThrow(
        expect.objectContaining({ code: 'conflict', field: 'bookingId', message: expect.stringMatching(/^This booking is already cancelled/) }),
      )
  })
})

describe('sessions: removing a booking made in error', () => {
  it('P01: booking a family again into a session it was cancelled from puts the booking back, with new times, and frees nothing', () => {
    const { s, session, booking, referralId } = setUp()
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    expect(() => runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })).toThrow(
      /already cancelled: .* Book the family into the session again if they are coming after all/,
    )
    const check = runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId, times: TIMES })
    expect(check.times).toEqual(TIMES)
    const again = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId, times: TIMES })
    expect(again).toMatchObject({ id: booking.id, ...TIMES })
    expect(attendanceRows(booking.id)).toEqual([])
    expect(runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions[0]).toMatchObject({ families: 1 })
    expect(auditRows('booking.create').at(-1)?.detail).toContain(`"reinstated":${booking.id}`)
    // Cancelled again (for another reason), it is offered again, and the offer puts it back too.
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'other', note: 'Grandmother rang to say the children are ill' })
    expect(runOperation(s, 'sessions.offers.suggest', { referralId }).sessions.map((x) => x.id)).toContain(session.id)
    const offer = runOperation(s, 'sessions.offers.create', { referralId, sessionIds: [session.id], confirmed: true, sameDayReason: null })
    expect(offer.bookings.map((b) => b.id)).toEqual([booking.id])
    expect(attendanceRows(booking.id)).toEqual([])
    // Booked and not cancelled: a second booking is still refused.
    expect(() => runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId })).toThrow(/already booked into the session/)
  })

  it('P28: deletes a booking made today with nothing recorded about it, audited with ids only', () => {
    const { s, booking, referralId, session } = setUp()
    expect(runOperation(s, 'sessions.bookings.remove', { bookingId: booking.id })).toEqual({ bookingId: booking.id, referralId })
    expect(cab.db.prepare('SELECT count(*) FROM booking').pluck().get()).toBe(0)
    expect(auditRows('booking.remove')).toEqual([
      { recordType: 'referral', recordId: String(referralId), detail: JSON.stringify({ bookingId: booking.id, sessionId: session.id, offerId: null }) },
    ])
  })

  it('refuses a booking made on an earlier day: that one is cancelled, so its history stays', () => {
    const { s, booking, clock } = setUp()
    clock.set('2026-03-17T10:00:00Z')
    expect(() => runOperation(s, 'sessions.bookings.remove', { bookingId: booking.id })).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'bookingId', message: expect.stringMatching(/made on 2026-03-16: only a booking made today/) }),
    )
  })
})

describe('sessions: what cannot be changed, cancelled or removed', () => {
  const OPERATIONS = [
    ['sessions.bookings.update', (bookingId: number) => ({ bookingId, times: { ...TIMES, residentArrives: '10:20' } }), 'changed'],
    ['sessions.bookings.cancel', (bookingId: number) => ({ bookingId, cancelledBy: 'parent_cancelled' }), 'cancelled'],
    ['sessions.bookings.remove', (bookingId: number) => ({ bookingId }), 'removed'],
  ] as const

  it('refuses an unknown booking, naming the field', () => {
    const { s } = setUp()
    for (const [name, args] of OPERATIONS)
      expect(() => runOperation(s, name, args(999) as never), name).toThrow(
        expect.objectContaining({ code: 'not_found', field: 'bookingId', message: 'There is no booking with id 999.' }),
      )
  })

  it('refuses a booking whose session has taken place', () => {
    const { s, booking, clock } = setUp()
    clock.set('2026-03-22T10:00:00Z')
    for (const [name, args, doing] of OPERATIONS)
      expect(() => runOperation(s, name, args(booking.id) as never), name).toThrow(
        expect.objectContaining({
          code: 'conflict',
          field: 'bookingId',
          message: `The session on ${SATURDAY} has taken place: a past booking cannot be ${doing}. Record what happened in the register.`,
        }),
      )
  })

  it('refuses a booking once attendance is recorded on the day, and one in a session the centre cancelled', () => {
    const { s, booking, clock, session } = setUp()
    clock.set(`${SATURDAY}T10:05:00Z`)
    runOperation(s, 'sessions.attendance.mark', { bookingId: booking.id, event: 'arrived' })
    for (const [name, args] of OPERATIONS)
      expect(() => runOperation(s, name, args(booking.id) as never), name).toThrow(
        expect.objectContaining({ code: 'conflict', field: 'bookingId', message: expect.stringMatching(/^Attendance is already recorded for this booking/) }),
      )
    const other = acceptedFamily(s, {
      resident: { role: 'parent', givenName: 'Aled', familyName: 'Pryce' },
      nonResident: { role: 'parent', givenName: 'Bethan', familyName: 'Morgan' },
      children: [{ givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
    })
    const second = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: other.referralId })
    runOperation(s, 'sessions.cancel', { sessionId: session.id, reason: 'Heating failed' })
    for (const [name, args] of OPERATIONS)
      expect(() => runOperation(s, name, args(second.id) as never), name).toThrow(
        expect.objectContaining({ code: 'conflict', field: 'bookingId', message: expect.stringMatching(/is cancelled \(Heating failed\)/) }),
      )
  })

  it('P27: refuses a volunteer every one of them, even for a session they are on duty for, and writes nothing', () => {
    const { s, booking, session } = setUp()
    const volunteer = cab.as('volunteer')
    readyForDuty(s, volunteer)
    runOperation(s, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.user.id] })
    for (const [name, args] of OPERATIONS)
      expect(() => runOperation(volunteer, name, args(booking.id) as never), name).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(attendanceRows(booking.id)).toEqual([])
    expect(cab.db.prepare("SELECT count(*) FROM audit_log WHERE action IN ('booking.update', 'booking.cancel', 'booking.remove')").pluck().get()).toBe(0)
  })
})
