import { afterEach, describe, expect, it } from 'vitest'
import { contract, mayCall, type ChannelName } from '../../../../electron/contract'
import { runOperation } from '../../../../electron/core/operations'
import { SESSION_DAY_OPERATIONS } from '../../../../electron/core/sessions/api'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { acceptedFamily, openSessionsCabinet, SATURDAY, saturdaySession } from './fixtures'
import { readyForDuty } from '../../../helpers/session-day'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

/** What a volunteer may call at all: their own account, the session day, and finding that day's families. */
// Raising a safeguarding concern is session-day work too (issue 13): the form a volunteer fills in on paper today.
const VOLUNTEER_CHANNELS = new Set<string>([...SESSION_DAY_OPERATIONS, 'families.search', 'families.get', 'safeguarding.raise'])

function setUp() {
  const opened = openSessionsCabinet(tempDir())
  cab = opened.cab
  const s = opened.coordinator
  const volunteer = cab.as('volunteer')
  const { session } = runOperation(s, 'sessions.create', saturdaySession())
  const other = runOperation(s, 'sessions.create', saturdaySession({ room: 'Garden' })).session
  const booked = acceptedFamily(s)
  const elsewhere = acceptedFamily(s, {
    resident: { role: 'parent', givenName: 'Aled', familyName: 'Pryce' },
    nonResident: { role: 'parent', givenName: 'Bethan', familyName: 'Morgan' },
    children: [{ givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
  })
  const unbooked = acceptedFamily(s, {
    resident: { role: 'parent', givenName: 'Nia', familyName: 'Owen' },
    nonResident: { role: 'parent', givenName: 'Rhys', familyName: 'Owen' },
    children: [{ givenName: 'Ffion', familyName: 'Owen', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
  })
  const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: booked.referralId })
  const otherBooking = runOperation(s, 'sessions.bookings.create', { sessionId: other.id, referralId: elsewhere.referralId })
  readyForDuty(s, volunteer)
  runOperation(s, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.user.id] })
  return { s, volunteer, clock: opened.clock, session, booked, elsewhere, unbooked, booking, otherBooking }
}

describe('P27: volunteers do session-day work only, enforced in the core', () => {
  it('P27: a volunteer may call only the session-day operations (and their own account); every other channel is closed to them', () => {
    for (const name of Object.keys(contract) as ChannelName[]) {
      const access = contract[name].access
      if (access === 'public' || access === 'session' || access === 'account.self' || access === 'account.acknowledge' || access === 'print') continue
      expect(mayCall('volunteer', name), name).toBe(VOLUNTEER_CHANNELS.has(name))
    }
  })

  it('P27: a volunteer finds only the families booked into sessions they are on duty for, on that day', () => {
    const { volunteer, clock, booked, unbooked, elsewhere } = setUp()
    // Before the day: nothing at all, not even by name.
    expect(runOperation(volunteer, 'families.search', {})).toEqual({ total: 0, rows: [] })
    expect(() => runOperation(volunteer, 'families.get', { id: booked.familyId })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    clock.set(`${SATURDAY}T09:30:00Z`)
    const listed = runOperation(volunteer, 'families.search', {})
    expect(listed.rows.map((r) => r.id)).toEqual([booked.familyId])
    expect(listed.total).toBe(1)
    expect(runOperation(volunteer, 'families.search', { query: 'owen' }).total).toBe(0)
    expect(runOperation(volunteer, 'families.search', { query: 'tomasz' }).total).toBe(1)
    expect(runOperation(volunteer, 'families.get', { id: booked.familyId }).referrals).toBeNull()
    for (const id of [unbooked.familyId, elsewhere.familyId])
      expect(() => runOperation(volunteer, 'families.get', { id })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    // The day after, the list is empty again.
    clock.set('2026-03-22T09:30:00Z')
    expect(runOperation(volunteer, 'families.search', {}).total).toBe(0)
  })

  it('P27: a family whose booking was cancelled in advance is not the volunteer’s to see on the day; booked again, it is', () => {
    const { s, volunteer, clock, booked, booking } = setUp()
    runOperation(s, 'sessions.bookings.cancel', { bookingId: booking.id, cancelledBy: 'parent_cancelled', note: null })
    clock.set(`${SATURDAY}T09:30:00Z`)
    expect(runOperation(volunteer, 'families.search', {}).total).toBe(0)
    expect(() => runOperation(volunteer, 'families.get', { id: booked.familyId })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    runOperation(s, 'sessions.bookings.create', { sessionId: booking.sessionId, referralId: booked.referralId })
    expect(runOperation(volunteer, 'families.search', {}).rows.map((r) => r.id)).toEqual([booked.familyId])
  })

  it('P27: a volunteer sees and records the day’s sessions they are on duty for, and nothing else', () => {
    const { s, volunteer, clock, booking, otherBooking } = setUp()
    expect(() => runOperation(volunteer, 'sessions.day', { onDate: SATURDAY })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    clock.set(`${SATURDAY}T10:05:00Z`)
    const day = runOperation(volunteer, 'sessions.day', { onDate: SATURDAY })
    expect(day.sessions.map((x) => x.room)).toEqual(['Hall'])
    expect(JSON.stringify(day)).not.toMatch(/O'Neill|Nowak|Hidden Lane|Station Road|07700|Pryce/)
    runOperation(volunteer, 'sessions.attendance.mark', { bookingId: booking.id, event: 'arrived' })
    expect(() => runOperation(volunteer, 'sessions.attendance.mark', { bookingId: otherBooking.id, event: 'arrived' })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
    for (const [name, args] of [
      ['sessions.week', { weekOf: SATURDAY }],
      ['sessions.family', { familyId: 1 }],
      ['sessions.notes.get', { bookingId: booking.id }],
      ['sessions.bookings.create', { sessionId: 1, referralId: 1 }],
      ['families.history', { familyId: 1 }],
    ] as const) {
      expect(() => runOperation(volunteer, name, args as never), name).toThrow(expect.objectContaining({ code: 'forbidden' }))
    }
    expect(runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions).toHaveLength(2)
  })

  it('putting someone on duty asks the volunteers area (dutyReadiness); the duty list names them', () => {
    const { s, volunteer, session } = setUp()
    const view = runOperation(s, 'sessions.week', { weekOf: SATURDAY }).sessions.find((x) => x.id === session.id)!
    expect(view.duty).toEqual([{ userId: volunteer.user.id, name: 'Test volunteer', flags: [] }])
    expect(() => runOperation(s, 'sessions.duty.set', { sessionId: session.id, userIds: [999] })).toThrow(expect.objectContaining({ field: 'userIds' }))
    // A login with no volunteer record (so no recruitment steps to check) is refused, in the volunteers area's words.
    const newcomer = cab.as('volunteer', 'newcomer')
    expect(() => runOperation(s, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.user.id, newcomer.user.id] })).toThrow(
      expect.objectContaining({ message: expect.stringContaining('has no volunteer record in Cabinet') }),
    )
  })

  it('a volunteer whose required recruitment steps are not done cannot be put on duty; the message names what is missing', () => {
    const { s, session } = setUp()
    const settings = runOperation(s, 'volunteers.settings.get', {})
    runOperation(s, 'volunteers.settings.update', { ...settings, requiredSteps: ['interview'] })
    const rookie = cab.as('volunteer', 'rookie')
    runOperation(s, 'volunteers.create', {
      kind: 'volunteer',
      givenName: 'Rhian',
      familyName: 'Lloyd',
      dateOfBirth: '1990-01-01',
      email: 'rhian.lloyd@example.org',
      phone: '07700 900654',
      roles: ['session_volunteer'],
      startedOn: '2025-01-01',
      confidentialitySignedOn: null,
      userId: rookie.user.id,
    })
    expect(() => runOperation(s, 'sessions.duty.set', { sessionId: session.id, userIds: [rookie.user.id] })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/Rhian Lloyd.*[Ii]nterview/) }),
    )
  })
})
