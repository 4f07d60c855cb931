import { describe, expect, it } from 'vitest'
import type { FamilyView, PersonView, ReferralView } from '../../../../electron/core/families/views'
import { familiesApi } from '../../../../electron/core/families/api'
import { newFamily, referral } from '../../core/families/fixtures'
import { CENTRE, VOLUNTEER, useAppFixtures } from '../app-fixture'
import { centreDate } from '../../../../electron/core/sessions/clock'

const open = useAppFixtures()

async function withFamily() {
  const f = open()
  await f.setUpWithVolunteer()
  const created = await f.ok<{ familyId: number; referralId: number }>('families.create', newFamily({ referral: referral({ receivedOn: '2026-01-10' }) }))
  const family = await f.ok<FamilyView>('families.get', { id: created.familyId })
  return { f, ...created, family }
}

describe('families handlers (through the dispatcher)', () => {
  it('every channel of the area answers within its contract, end to end', async () => {
    const { f, familyId, referralId, family } = await withFamily()
    const [sian, tomasz] = family.adults
    const child = family.children[0]
    const called = new Set<string>()
    const ok = async <T>(channel: keyof typeof familiesApi & string, args: unknown) => {
      called.add(channel)
      return f.ok<T>(channel, args)
    }
    await ok('families.get', { id: familyId })
    called.add('families.create')
    expect((await ok<{ total: number }>('families.search', { query: 'sian' })).total).toBe(1)
    expect(await ok('families.revealAddress', { personId: sian.id })).toMatchObject({ line1: '7 Hidden Lane' })
    expect(await ok('families.checkDuplicates', { givenName: 'Tomasz', familyName: "O'Neill", dateOfBirth: '1985-11-20', phones: [] })).toHaveLength(1)
    const added = await ok<PersonView>('families.addAdult', {
      familyId,
      household: 'non_resident',
      source: 'verbal',
      person: { role: 'approved_adult', relationship: 'grandmother', givenName: 'Halina', familyName: 'Nowak' },
    })
    await ok('families.updateAdult', {
      personId: added.id,
      source: 'phone',
      person: { role: 'approved_adult', relationship: 'grandmother', givenName: 'Halina', familyName: 'Nowak', language: 'Polish', interpreterNeeded: true },
    })
    const kid = await ok<PersonView>('families.addChild', {
      familyId,
      source: 'phone',
      child: { givenName: 'Ola', familyName: 'Nowak', dateOfBirth: '2017-07-07', livesWithPersonId: tomasz.id },
    })
    await ok('families.updateChild', {
      personId: kid.id,
      source: 'phone',
      child: { givenName: 'Ola', familyName: 'Nowak', dateOfBirth: '2017-07-08', livesWithPersonId: tomasz.id },
    })
    expect((await ok<unknown[]>('families.history', { familyId })).length).toBeGreaterThanOrEqual(3)
    await ok('families.referrals.update', { referralId, source: 'email', referral: referral({ receivedOn: '2026-01-10', contactType: 'supervised' }) })
    await ok('families.previsits.book', { referralId, personId: tomasz.id, bookedFor: '2026-01-20' })
    await ok('families.referrals.transition', { referralId, to: 'previsits_booked', on: '2026-01-15' })
    const template = await ok<{ items: { id: string }[] }>('families.checklist.template', {})
    const previsit = await ok<{ id: number }>('families.previsits.complete', {
      referralId,
      personId: tomasz.id,
      completedOn: '2026-01-20',
      conductedBy: 'Siân Jones',
      ticked: [template.items[0].id],
      notes: '',
    })
    await ok('families.previsits.check', {
      previsitId: previsit.id,
      identityDocument: 'passport',
      rulesSignedOn: '2026-01-20',
      riskAssessed: true,
      withChildren: false,
    })
    await ok('families.intake.save', {
      referralId,
      orderAboutContact: null,
      cafcassOfficer: 'Ms Patel',
      parties: [
        {
          personId: sian.id,
          parentalResponsibility: 'yes',
          permitted: true,
          mayBring: true,
          mayCollect: true,
          consentOn: '2026-01-12',
          consentMethod: 'written',
        },
        { personId: tomasz.id, parentalResponsibility: 'yes', permitted: true, mayBring: false, mayCollect: false, availability: 'Saturdays' },
      ],
    })
    const intake = await ok<{ parties: unknown[]; previsitChecks: { identityDocument: string }[] }>('families.intake.get', { referralId })
    expect([intake.parties.length, intake.previsitChecks[0].identityDocument]).toEqual([2, 'passport'])
    await ok('families.checklist.saveTemplate', { title: 'Pre-visit checklist', items: [{ id: 'rules', heading: 'Rules', text: 'Be kind.' }] })
    const print = await ok<{ centre: { name: string }; parent: { givenName: string } }>('families.checklist.print', { personId: tomasz.id })
    expect([print.centre.name, print.parent.givenName]).toEqual([CENTRE.name, 'Tomasz'])
    expect(JSON.stringify(print)).not.toContain('Hidden')
    const consent = await ok<{ id: number }>('families.consent.record', {
      personId: child.id,
      givenBy: 'Siân',
      givenOn: '2026-01-20',
      method: 'form',
      source: 'previsit_checklist',
    })
    const m = await ok<{ id: number }>('families.medical.add', { personId: child.id, kind: 'allergy', details: 'Kiwi', source: 'previsit_checklist' })
    await ok('families.medical.update', { medicalId: m.id, details: 'Kiwi and mango', source: 'phone' })
    const m2 = await ok<{ id: number }>('families.medical.add', { personId: child.id, kind: 'dietary', details: 'Vegetarian', source: 'previsit_checklist' })
    expect(await ok('families.medical.remove', { medicalId: m2.id })).toBeNull()
    expect(await ok('families.consent.withdraw', { consentId: consent.id, withdrawnOn: '2026-02-01', method: 'email' })).toEqual({ deleted: 1 })
    for (const to of ['previsits_done', 'accepted', 'active'] as const) await ok('families.referrals.transition', { referralId, to, on: '2026-02-02' })
    const closed = await ok<ReferralView>('families.referrals.transition', {
      referralId,
      to: 'closed',
      on: '2026-02-03',
      reason: 'Contact now in the community',
    })
    expect(closed.status).toBe('closed')
    await ok('families.referrals.correctClosure', { referralId, closedOn: '2026-02-04', reason: 'Contact now in the community', source: 'written' })
    await ok('families.referrals.create', { familyId, referral: referral({ receivedOn: '2026-02-10' }) })
    expect([...called].sort()).toEqual(Object.keys(familiesApi).sort())
    expect(f.logged).toEqual([])
  })

  it('bad payloads are refused with the field at fault, before anything is written', async () => {
    const { f } = await withFamily()
    const before = f.counts().audit
    const bad = newFamily()
    ;(bad.nonResident as Record<string, unknown>).postcode = 'NOT A POSTCODE'
    expect(await f.fails('families.create', bad)).toEqual({ code: 'validation', message: 'Enter a UK postcode, like SN12 6AB.', field: 'nonResident.postcode' })
    expect(await f.fails('families.create', { ...newFamily(), children: [] })).toMatchObject({ field: 'children', message: 'Add at least one child.' })
    expect(await f.fails('families.get', { id: 'one' })).toMatchObject({ code: 'validation', field: 'id' })
    expect(await f.fails('families.referrals.transition', { referralId: 1, to: 'active', on: '2026-02-01' })).toMatchObject({ code: 'conflict', field: 'to' })
    expect(await f.fails('families.get', { id: 999 })).toMatchObject({ code: 'not_found' })
    expect(f.counts().audit).toBe(before)
  })

  it('P27: a volunteer is refused coordinator channels by the dispatcher and sees the session-day family page only for a family booked into their session today', async () => {
    const { f, familyId, family, referralId } = await withFamily()
    const other = await f.ok<{ familyId: number }>('families.create', newFamily({ referral: referral({ receivedOn: '2026-01-11' }) }))
    const today = centreDate(new Date())
    const { session } = await f.ok<{ session: { id: number } }>('sessions.create', { onDate: today, startsAt: '10:00', endsAt: '12:00', kind: 'supported' })
    await f.ok('sessions.bookings.create', { sessionId: session.id, referralId, confirmed: true })
    const volunteerId = f.host.session!.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(VOLUNTEER.username) as number
    // Only a volunteer with a record (and the centre's required steps done) may be on duty.
    const settings = await f.ok<Record<string, unknown>>('volunteers.settings.get', {})
    await f.ok('volunteers.settings.update', { ...settings, requiredSteps: [] })
    await f.ok('volunteers.create', {
      kind: 'volunteer',
      givenName: 'Sam',
      familyName: "O'Neill",
      dateOfBirth: '1980-02-02',
      email: 'sam.oneill@example.org',
      phone: '07700 900777',
      roles: ['session_volunteer'],
      startedOn: '2024-01-01',
      confidentialitySignedOn: null,
      userId: volunteerId,
    })
    await f.ok('sessions.duty.set', { sessionId: session.id, userIds: [volunteerId] })
    await f.ok('app.lock')
    await f.ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    for (const [channel, args] of [
      ['families.revealAddress', { personId: family.adults[0].id }],
      ['families.history', { familyId }],
      ['families.create', newFamily()],
      ['families.checklist.print', { personId: family.adults[1].id }],
      ['families.consent.record', { personId: 1, givenBy: 'x', givenOn: '2026-01-01', method: 'verbal', source: 'phone' }],
    ] as const) {
      expect((await f.fails(channel, args)).code).toBe('forbidden')
    }
    expect((await f.fails('families.get', { id: other.familyId })).code).toBe('forbidden')
    expect((await f.ok<{ total: number }>('families.search', {})).total).toBe(1)
    for (const channel of ['sessions.week', 'sessions.family', 'sessions.offers.suggest', 'families.intake.get']) {
      expect(
        (await f.fails(channel, channel === 'sessions.week' ? { weekOf: today } : channel === 'sessions.family' ? { familyId } : { referralId })).code,
      ).toBe('forbidden')
    }
    expect((await f.ok<{ sessions: unknown[] }>('sessions.day', { onDate: today })).sessions).toHaveLength(1)
    const seen = await f.ok<FamilyView>('families.get', { id: familyId })
    expect(seen.referrals).toBeNull()
    expect(JSON.stringify(seen)).not.toMatch(/Station Road|Hidden Lane|\+447700/)
  })
})
