import { afterEach, describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { bookForVolunteerToday } from '../../../helpers/session-day'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily, referral } from './fixtures'
import { runOperation } from '../../../../electron/core/operations'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function open(): TestCabinet {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  return cab
}

function auditActions(c: TestCabinet): string[] {
  return c.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[]
}

describe('families: entering a family', () => {
  it('saves both households, the children and the referral in one go, normalised', () => {
    const s = open().as('coordinator')
    const { familyId, referralId } = runOperation(s, 'families.create', newFamily())
    const f = runOperation(s, 'families.get', { id: familyId })
    expect(f.label).toBe("Siân Nowak-Wiśniewska / Tomasz O'Neill")
    expect(f.adults.map((a) => [a.household, a.givenName])).toEqual([
      ['resident', 'Siân'],
      ['non_resident', 'Tomasz'],
    ])
    expect(f.children.map((c) => c.givenName)).toEqual(['Zoë', 'Jan'])
    expect(f.children.every((c) => c.livesWithPersonId === f.adults[0].id && c.household === 'resident')).toBe(true)
    const tomasz = f.adults[1]
    expect(tomasz.address).toEqual({ line1: '3 Station Road', line2: null, town: 'Chippenham', postcode: 'SN15 1AA' })
    expect(tomasz.mobilePhone).toBe('+447700900222')
    expect(f.referrals).toHaveLength(1)
    expect(f.referrals![0]).toMatchObject({
      id: referralId,
      reference: 'R-2026-0001',
      status: 'received',
      statusOn: '2026-01-10',
      recordSource: 'self_referral_form',
    })
    expect(auditActions(cab)).toContain('family.create')
  })

  it('P02: every person and referral keeps the source it came from', () => {
    const s = open().as('coordinator')
    const { familyId } = runOperation(
      s,
      'families.create',
      newFamily({ source: 'phone', referral: referral({ source: 'srs', referrerOrganisation: 'NACCC SRS' }) }),
    )
    const f = runOperation(s, 'families.get', { id: familyId })
    expect([...f.adults, ...f.children].every((p) => p.source === 'phone')).toBe(true)
    expect(f.referrals![0].recordSource).toBe('srs_application')
    const { familyId: other } = runOperation(
      s,
      'families.create',
      newFamily({ referral: referral({ source: 'cafcass', cafcassInvolved: true, referrerName: 'A. Officer' }) }),
    )
    expect(runOperation(s, 'families.get', { id: other }).referrals![0].recordSource).toBe('organisation_referral')
    const added = runOperation(s, 'families.addAdult', {
      familyId,
      household: 'non_resident',
      source: 'verbal',
      person: adult({ role: 'approved_adult', relationship: 'grandmother', givenName: 'Halina', email: null, preferredContact: null }),
    })
    expect(added.source).toBe('verbal')
  })

  it('P02: one answer, who referred the family, is also where the details came from when no other source is given', () => {
    const s = open().as('coordinator')
    const { familyId } = runOperation(s, 'families.create', {
      ...newFamily({ referral: referral({ source: 'solicitor', referrerOrganisation: 'Example Family Law' }) }),
      source: undefined,
    })
    const f = runOperation(s, 'families.get', { id: familyId })
    expect([...f.adults, ...f.children].map((p) => p.source)).toEqual([
      'organisation_referral',
      'organisation_referral',
      'organisation_referral',
      'organisation_referral',
    ])
    expect(f.referrals![0].recordSource).toBe('organisation_referral')
    const { familyId: selfReferred } = runOperation(s, 'families.create', { ...newFamily(), source: undefined })
    expect(runOperation(s, 'families.get', { id: selfReferred }).adults[0].source).toBe('self_referral_form')
  })

  it('refuses a family with neither a source nor a referral, and saves nothing when any part is invalid', () => {
    const s = open().as('coordinator')
    expect(() => runOperation(s, 'families.create', { ...newFamily({ referral: null }), source: undefined })).toThrow(
      expect.objectContaining({ field: 'source', message: 'Choose where this information came from.' }),
    )
    const bad = newFamily({ children: [{ givenName: 'Old', familyName: 'Child', dateOfBirth: '2000-01-01', livesWith: 'resident' }] })
    try {
      runOperation(s, 'families.create', bad)
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(CabinetError)
      expect((e as CabinetError).code).toBe('validation')
      expect((e as CabinetError).field).toBe('children.0.dateOfBirth')
      expect((e as CabinetError).message).toBe('A child must be under 18 on the date the referral was received.')
    }
    expect(cab.db.prepare('SELECT count(*) FROM family').pluck().get()).toBe(0)
    expect(cab.db.prepare('SELECT count(*) FROM person').pluck().get()).toBe(0)
  })

  it('rejects malformed fields with specific messages on the right field', () => {
    const s = open().as('coordinator')
    const cases: [Partial<Parameters<typeof adult>[0]>, string, string][] = [
      [{ postcode: 'XYZ' }, 'resident.postcode', 'Enter a UK postcode, like SN12 6AB.'],
      [{ mobilePhone: '12345' }, 'resident.mobilePhone', 'Enter a phone number, like 01225 123456 or 07700 900123.'],
      [{ email: 'not-an-email' }, 'resident.email', 'Enter an email address, like name@example.org.'],
      [{ dateOfBirth: '2999-01-01' }, 'resident.dateOfBirth', 'The date of birth cannot be in the future.'],
      [
        { givenName: '<b>Bob</b>' },
        'resident.givenName',
        'A first name may contain only letters, spaces, apostrophes, hyphens and full stops, starting with a letter.',
      ],
      [{ givenName: '   ' }, 'resident.givenName', 'Enter a first name.'],
      [{ addressLine1: null, town: null }, 'resident.addressLine1', 'Enter the first line of the address, or clear the address.'],
    ]
    for (const [override, field, message] of cases) {
      const err = (() => {
        try {
          runOperation(s, 'families.create', newFamily({ resident: adult(override) }))
        } catch (e) {
          return e as CabinetError
        }
        throw new Error(`accepted ${JSON.stringify(override)}`)
      })()
      expect([err.code, err.field, err.message]).toEqual(['validation', field, message])
    }
  })

  it('accepts names in any script with apostrophes and hyphens', () => {
    const s = open().as('coordinator')
    const names = ['Siân', "O'Neill", 'O’Brien', 'Nowak-Wiśniewska', 'Zoë Anne', 'Łukasz', 'Ngọc', 'Αλέξανδρος']
    for (const n of names) {
      const p = runOperation(s, 'families.addAdult', {
        familyId: runOperation(s, 'families.create', newFamily()).familyId,
        household: 'resident',
        source: 'phone',
        person: adult({ role: 'approved_adult', givenName: n, email: null, preferredContact: null }),
      })
      expect(p.givenName).toBe(n)
    }
  })

  it('adds a child living with the non-resident parent into that household', () => {
    const s = open().as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const tomasz = runOperation(s, 'families.get', { id: familyId }).adults[1]
    const child = runOperation(s, 'families.addChild', {
      familyId,
      source: 'phone',
      child: { givenName: 'Ola', familyName: 'Nowak', dateOfBirth: '2016-02-02', livesWithPersonId: tomasz.id },
    })
    expect(child.household).toBe('non_resident')
    expect(() =>
      runOperation(s, 'families.addChild', {
        familyId,
        source: 'phone',
        child: { givenName: 'Ola', familyName: 'Nowak', dateOfBirth: '2016-02-02', livesWithPersonId: child.id },
      }),
    ).toThrow(/lives with a parent or carer of the same family/)
  })

  it('masks a confidential address on the family page until an audited reveal', () => {
    const s = open().as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const sian = runOperation(s, 'families.get', { id: familyId }).adults[0]
    expect(sian.addressConfidential).toBe(true)
    expect(sian.addressWithheld).toBe(true)
    expect(sian.address).toBeNull()
    expect(runOperation(s, 'families.revealAddress', { personId: sian.id })).toEqual({
      line1: '7 Hidden Lane',
      line2: null,
      town: 'Exampleton',
      postcode: 'SN12 6AB',
    })
    const row = cab.db.prepare(`SELECT record_id AS recordId, detail FROM audit_log WHERE action = 'person.address.reveal'`).get() as {
      recordId: string
      detail: string
    }
    expect(row.recordId).toBe(String(sian.id))
    expect(row.detail).not.toContain('Hidden')
  })

  it('volunteers see names and session-day arrangements only, and cannot reveal or edit (core check)', () => {
    const c = open()
    const { familyId } = runOperation(c.as('coordinator'), 'families.create', newFamily())
    const v = c.as('volunteer')
    bookForVolunteerToday(c.as('coordinator'), v, [familyId])
    const f = runOperation(v, 'families.get', { id: familyId })
    expect(f.referrals).toBeNull()
    expect(f.previsits).toBeNull()
    expect(f.medical).toBeNull()
    expect(f.sessionDay).toEqual({
      contactType: 'supported',
      separateArrival: true,
      collectionArrangements: 'Only the resident parent may collect the children.',
    })
    for (const a of f.adults) expect([a.address, a.mobilePhone, a.email, a.dateOfBirth]).toEqual([null, null, null, null])
    expect(f.children[0].dateOfBirth).toBe('2018-06-01')
    const forbidden = (fn: () => unknown) => expect(fn).toThrow(expect.objectContaining({ code: 'forbidden' }))
    forbidden(() => runOperation(v, 'families.revealAddress', { personId: f.adults[0].id }))
    forbidden(() => runOperation(v, 'families.create', newFamily()))
    forbidden(() => runOperation(v, 'families.addAdult', { familyId, household: 'resident', source: 'phone', person: adult() }))
  })

  it('answers not_found for a family that does not exist', () => {
    const s = open().as('coordinator')
    expect(() => runOperation(s, 'families.get', { id: 999 })).toThrow(expect.objectContaining({ code: 'not_found' }))
  })
})
