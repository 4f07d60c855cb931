import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { Session } from '../../../../electron/core/session'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult } from '../families/fixtures'
import { acceptedFamily, openSessionsCabinet, SATURDAY, saturdaySession } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

const NEXT_SATURDAY = '2026-03-28'

/** A second family: Aled (resident), Bethan Morgan and one child, Cai. */
function otherFamily(s: Session) {
  return acceptedFamily(s, {
    resident: { role: 'parent', givenName: 'Aled', familyName: 'Pryce' },
    nonResident: { role: 'parent', givenName: 'Bethan', familyName: 'Morgan' },
    children: [{ givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
  })
}

/** Monday 16 March: Saturday's session takes one family and two children, and the first family (Zoë and Jan) fills it. */
function setUp() {
  const opened = openSessionsCabinet(tempDir())
  cab = opened.cab
  const s = opened.coordinator
  const { session } = runOperation(s, 'sessions.create', saturdaySession({ capacityFamilies: 1, capacityChildren: 2 }))
  const first = acceptedFamily(s)
  const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: first.referralId })
  return { s, clock: opened.clock, session, booking, first, second: otherFamily(s) }
}

function fullWarnings(s: Session, sessionId: number, referralId: number): string[] {
  return runOperation(s, 'sessions.bookings.check', { sessionId, referralId })
    .warnings.filter((w) => w.code === 'full')
    .map((w) => w.message)
}

describe('sessions: a booking cancelled in advance frees its places', () => {
  it('a new booking into the session the cancelled family filled meets no “full” warning, and books without a go-ahead', () => {
    const { s, session, booking, second } = setUp()
    expect(fullWarnings(s, session.id, second.referralId)).toEqual(['The session is full: it takes 1 families and 1 are booked.'])
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    expect(fullWarnings(s, session.id, second.referralId)).toEqual([])
    expect(runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: second.referralId }).warnings).toEqual([])
  })

  it('frees the children’s places too: a cancellation by the centre leaves room for another family’s child', () => {
    const { s, session, booking, second } = setUp()
    cab.db.prepare('UPDATE contact_session SET capacity_families = NULL WHERE id = ?').run(session.id)
    expect(fullWarnings(s, session.id, second.referralId)).toEqual(['The session is full: it takes 2 children, 2 are booked and this family brings 1.'])
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'centre_cancelled', note: null })
    expect(fullWarnings(s, session.id, second.referralId)).toEqual([])
  })

  it('offers the freed session to another family', () => {
    const { s, session, booking, second } = setUp()
    const offered = () => runOperation(s, 'sessions.offers.suggest', { referralId: second.referralId }).sessions.map((x) => x.id)
    expect(offered()).not.toContain(session.id)
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    expect(offered()).toContain(session.id)
  })

  it('the day and the week count the families and children still coming, and the register still lists the cancelled family as cancelled', () => {
    const { s, session, booking, second } = setUp()
    runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: second.referralId, confirmed: true })
    const counts = () => {
      const day = runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions[0]
      const week = runOperation(s, 'sessions.week', { weekOf: SATURDAY }).sessions.find((x) => x.id === session.id)!
      return { day: { families: day.families, children: day.children }, week: { families: week.families, children: week.children } }
    }
    expect(counts()).toEqual({ day: { families: 2, children: 3 }, week: { families: 2, children: 3 } })
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: 'Rang: Zoë has chickenpox' })
    expect(counts()).toEqual({ day: { families: 1, children: 1 }, week: { families: 1, children: 1 } })
    // History kept: the register (and its print) still lists the family, everyone cancelled in advance.
    const printed = runOperation(s, 'sessions.register.print', { onDate: SATURDAY }).sessions[0]
    expect(printed).toMatchObject({ families: 1, children: 1 })
    expect(printed.bookings.map((b) => b.bookingId)).toContain(booking.id)
    const cancelled = printed.bookings.find((b) => b.bookingId === booking.id)!
    expect(cancelled.people.map((p) => [p.givenName, p.attendance?.absence, p.attendance?.absenceNote])).toEqual([
      ['Tomasz', 'parent_cancelled', 'Rang: Zoë has chickenpox'],
      ['Siân', 'parent_cancelled', 'Rang: Zoë has chickenpox'],
      ['Zoë', 'parent_cancelled', 'Rang: Zoë has chickenpox'],
      ['Jan', 'parent_cancelled', 'Rang: Zoë has chickenpox'],
    ])
  })

  it('the family’s next booking is the one after the cancelled one', () => {
    const { s, booking, first } = setUp()
    const later = runOperation(s, 'sessions.create', saturdaySession({ onDate: NEXT_SATURDAY })).session
    const laterBooking = runOperation(s, 'sessions.bookings.create', { sessionId: later.id, referralId: first.referralId })
    expect(runOperation(s, 'sessions.family', { familyId: first.familyId }).next?.bookingId).toBe(booking.id)
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'centre_cancelled', note: null })
    expect(runOperation(s, 'sessions.family', { familyId: first.familyId }).next?.bookingId).toBe(laterBooking.id)
  })

  it('a booking called off for another reason (“other”) still holds its places: its rows read the same as an absence for another reason on the day', () => {
    const { s, session, booking, second } = setUp()
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'other', note: 'Social worker asked to pause contact' })
    expect(fullWarnings(s, session.id, second.referralId)).toEqual(['The session is full: it takes 1 families and 1 are booked.'])
  })

  it('a booking with only some of its people cancelled in advance still holds its places: the rest of the family is coming', () => {
    const { s, session, booking, first, second } = setUp()
    const zoe = first.family.children[0]
    runOperation(s, 'sessions.attendance.record', {
      bookingId: booking.id,
      personId: zoe.id,
      arrivedAt: null,
      leftAt: null,
      absence: 'parent_cancelled',
      absenceNote: 'Zoë is at a party',
    })
    expect(fullWarnings(s, session.id, second.referralId)).toEqual(['The session is full: it takes 1 families and 1 are booked.'])
    expect(runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions[0]).toMatchObject({ families: 1, children: 2 })
    const panel = runOperation(s, 'sessions.family', { familyId: first.familyId })
    expect(panel.next).toMatchObject({ bookingId: booking.id, status: 'upcoming' })
  })

  it('counts the booked people as booking does: an adult the referral does not list is not booked, so the cancellation frees the places', () => {
    const { s, session, booking, first, second } = setUp()
    // Added after the booking: a second carer in the resident household (not its lead) and an approved adult, neither permitted.
    for (const role of ['carer', 'approved_adult'] as const)
      runOperation(s, 'families.addAdult', {
        familyId: first.familyId,
        household: 'resident',
        source: 'phone',
        person: adult({ role, givenName: role === 'carer' ? 'Gwen' : 'Huw', email: null, preferredContact: null }),
      })
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    expect(cab.db.prepare('SELECT count(*) FROM attendance WHERE booking_id = ?').pluck().get(booking.id)).toBe(4)
    expect(fullWarnings(s, session.id, second.referralId)).toEqual([])
  })
})
