import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { acceptedFamily, openSessionsCabinet, SATURDAY, saturdaySession } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  const opened = openSessionsCabinet(tempDir())
  cab = opened.cab
  const s = opened.coordinator
  const { session } = runOperation(s, 'sessions.create', saturdaySession())
  return { s, session, ...acceptedFamily(s) }
}

describe('sessions: booking a family, with the warnings a coordinator must see', () => {
  it('books each household with its own staggered times from Settings: the non-resident parent first in and last out', () => {
    const { s, session, referralId } = setUp()
    const check = runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId })
    expect(check).toEqual({
      warnings: [],
      times: { nonResidentArrives: '10:00', nonResidentLeaves: '12:00', residentArrives: '10:15', residentLeaves: '11:45' },
    })
    runOperation(s, 'sessions.settings.save', { staggerMinutes: 20, offerBlockSize: 6, reviewMonths: 6 })
    const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId })
    expect(booking).toMatchObject({ residentArrives: '10:20', residentLeaves: '11:40', nonResidentArrives: '10:00', warnings: [] })
    expect(() => runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId })).toThrow(/already booked/)
  })

  it('warns when the households’ times overlap, and books only once the coordinator confirms, keeping the warnings shown', () => {
    const { s, session, referralId } = setUp()
    const times = { nonResidentArrives: '10:00', residentArrives: '10:05', residentLeaves: '11:55', nonResidentLeaves: '12:00' }
    const { warnings } = runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId, times })
    expect(warnings.map((w) => w.code)).toEqual(['overlap', 'overlap'])
    expect(warnings[0].message).toMatch(/arrival times overlap/)
    expect(warnings[1].message).toMatch(/departure times overlap/)
    expect(() => runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId, times })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'confirmed', message: expect.stringMatching(/^Check the warnings before booking/) }),
    )
    const booked = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId, times, confirmed: true })
    expect(booked.warnings.map((w) => w.code)).toEqual(['overlap', 'overlap'])
    const late = { ...times, residentArrives: '10:30', residentLeaves: '11:30', nonResidentLeaves: '12:30' }
    const other = runOperation(s, 'sessions.create', saturdaySession({ room: 'Garden' })).session
    expect(runOperation(s, 'sessions.bookings.check', { sessionId: other.id, referralId, times: late }).warnings.map((w) => w.code)).toEqual([
      'outside_session',
    ])
  })

  it('warns that the first session is on a pre-visit day, and needs a reason to go ahead; a later session that day does not', () => {
    const { s, session, referralId, family } = setUp()
    runOperation(s, 'families.previsits.book', { referralId, personId: family.adults[1].id, bookedFor: SATURDAY })
    const { warnings } = runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId })
    expect(warnings).toEqual([expect.objectContaining({ code: 'same_day', message: expect.stringMatching(/same day as a pre-visit/) })])
    expect(() => runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId, confirmed: true })).toThrow(
      expect.objectContaining({ field: 'sameDayReason' }),
    )
    const b = runOperation(s, 'sessions.bookings.create', {
      sessionId: session.id,
      referralId,
      confirmed: true,
      sameDayReason: 'Family travel from Wales; agreed with both parents.',
    })
    expect(cab.db.prepare('SELECT same_day_reason FROM booking WHERE id = ?').pluck().get(b.id)).toBe('Family travel from Wales; agreed with both parents.')
    // An earlier booking exists now, so a later session is not the first.
    const later = runOperation(s, 'sessions.create', saturdaySession({ startsAt: '13:00', endsAt: '15:00' })).session
    runOperation(s, 'families.previsits.book', { referralId, personId: family.adults[0].id, bookedFor: '2026-03-28' })
    const next = runOperation(s, 'sessions.create', saturdaySession({ onDate: '2026-03-28' })).session
    expect(runOperation(s, 'sessions.bookings.check', { sessionId: next.id, referralId }).warnings).toEqual([])
    expect(later.id).toBeGreaterThan(0)
  })

  it('warns when the referral is not accepted, the session is full, or a booked adult is not on the permitted list; refuses an ended referral or a cancelled session', () => {
    const opened = openSessionsCabinet(tempDir())
    cab = opened.cab
    const s = opened.coordinator
    const { session } = runOperation(s, 'sessions.create', saturdaySession({ capacityFamilies: 1, capacityChildren: 3 }))
    const first = acceptedFamily(s)
    runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: first.referralId })
    const { familyId, referralId } = runOperation(s, 'families.create', { ...acceptedFamilyInput() })
    const tomasz = runOperation(s, 'families.get', { id: familyId }).adults.find((a) => a.household === 'non_resident')!
    runOperation(s, 'families.intake.save', {
      referralId: referralId!,
      parties: [{ personId: tomasz.id, parentalResponsibility: 'yes', permitted: false, mayBring: false, mayCollect: false }],
    })
    const codes = runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId: referralId! }).warnings.map((w) => w.code)
    expect(codes).toEqual(['not_accepted', 'full', 'not_permitted'])
    runOperation(s, 'families.referrals.transition', { referralId: referralId!, to: 'withdrawn', on: '2026-03-01' })
    expect(() => runOperation(s, 'sessions.bookings.check', { sessionId: session.id, referralId: referralId! })).toThrow(/has ended/)
    const closed = runOperation(s, 'sessions.create', saturdaySession({ onDate: '2026-03-28' })).session
    runOperation(s, 'sessions.cancel', { sessionId: closed.id, reason: 'Boiler broken' })
    expect(() => runOperation(s, 'sessions.bookings.check', { sessionId: closed.id, referralId: first.referralId })).toThrow(/cancelled \(Boiler broken\)/)
  })

  it('offers a block of 6 sessions of the referral’s kind, books each, and prints a letter per household with neither getting the other’s address or phone', () => {
    const { s, referralId, session } = setUp()
    runOperation(s, 'sessions.createSeries', {
      firstOn: '2026-03-28',
      until: '2026-07-25',
      everyWeeks: 2,
      startsAt: '10:00',
      endsAt: '12:00',
      room: 'Hall',
      kind: 'supported',
    })
    const suggestion = runOperation(s, 'sessions.offers.suggest', { referralId })
    expect(suggestion.blockSize).toBe(6)
    expect(suggestion.sessions.map((x) => x.onDate)).toEqual([SATURDAY, '2026-03-28', '2026-04-11', '2026-04-25', '2026-05-09', '2026-05-23'])
    expect(suggestion.sessions[0].id).toBe(session.id)
    const offer = runOperation(s, 'sessions.offers.create', {
      referralId,
      sessionIds: suggestion.sessions.map((x) => x.id),
      whoBrings: 'Siân brings the children',
      whoCollects: 'Siân collects the children',
      whoTakesPart: 'Tomasz and the children',
    })
    expect(offer.bookings).toHaveLength(6)
    expect(offer.bookings.every((b) => b.residentArrives === '10:15' && b.nonResidentArrives === '10:00')).toBe(true)
    const toTomasz = runOperation(s, 'sessions.offers.letter', { offerId: offer.offerId, household: 'non_resident' })
    expect(toTomasz.sessions.map((x) => [x.onDate, x.arrives, x.leaves])[0]).toEqual([SATURDAY, '10:00', '12:00'])
    expect(toTomasz.addressees.map((a) => a.givenName)).toEqual(['Tomasz'])
    expect(toTomasz.groundRules).toContain('Phones away')
    const json = JSON.stringify(toTomasz)
    expect(json).not.toMatch(/Hidden Lane|SN12 6AB|900111/)
    const toSian = JSON.stringify(runOperation(s, 'sessions.offers.letter', { offerId: offer.offerId, household: 'resident' }))
    expect(toSian).toContain('10:15')
    expect(toSian).not.toMatch(/Station Road|SN15 1AA|900222|tomasz@/)
  })

  it('P03: dietary needs appear on the offer letter only while medical consent exists', () => {
    const { s, referralId, session, family } = setUp()
    const zoe = family.children[0]
    const consent = runOperation(s, 'families.consent.record', {
      personId: zoe.id,
      givenBy: 'Siân',
      givenOn: '2026-02-01',
      method: 'form',
      source: 'previsit_checklist',
    })
    runOperation(s, 'families.medical.add', { personId: zoe.id, kind: 'allergy', details: 'Peanuts', source: 'previsit_checklist' })
    const { offerId } = runOperation(s, 'sessions.offers.create', { referralId, sessionIds: [session.id] })
    expect(runOperation(s, 'sessions.offers.letter', { offerId, household: 'resident' }).dietary).toEqual(['Zoë: Peanuts'])
    runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-03-01', method: 'email' })
    expect(runOperation(s, 'sessions.offers.letter', { offerId, household: 'resident' }).dietary).toEqual([])
  })
})

/** A second family whose referral is still at 'received'. */
function acceptedFamilyInput() {
  return {
    source: 'self_referral_form' as const,
    resident: { role: 'parent' as const, givenName: 'Aled', familyName: 'Pryce' },
    nonResident: { role: 'parent' as const, givenName: 'Bethan', familyName: 'Morgan' },
    children: [
      { givenName: 'Cai', familyName: 'Pryce', dateOfBirth: '2019-01-01', livesWith: 'resident' as const },
      { givenName: 'Dewi', familyName: 'Pryce', dateOfBirth: '2020-01-01', livesWith: 'resident' as const },
    ],
    referral: { source: 'self' as const, receivedOn: '2026-02-01', contactType: 'supported' as const },
  }
}
