import { afterEach, describe, expect, it } from 'vitest'
import { audienceFor, discloseTo, type Audience } from '../../../../electron/core/families/disclosure'
import { loadFamilyPeople } from '../../../../electron/core/families/rows'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { bookForVolunteerToday } from '../../../helpers/session-day'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily } from './fixtures'
import { runOperation } from '../../../../electron/core/operations'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

// Siân (resident) has the confidential address; Tomasz (non-resident) does not.
const SECRET = ['7 Hidden Lane', 'SN12 6AB', 'SN126AB', '+447700900111', '07700 900111', 'sian@example.org']
const TOMASZ_CONTACT = ['3 Station Road', 'SN15 1AA', '+447700900222', 'tomasz@example.org']

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId } = runOperation(s, 'families.create', newFamily())
  const people = loadFamilyPeople(cab.db, familyId)
  const sian = people.find((p) => p.givenName === 'Siân')!
  const tomasz = people.find((p) => p.givenName === 'Tomasz')!
  return { s, familyId, people, sian, tomasz }
}

function text(x: unknown): string {
  return JSON.stringify(x)
}

describe('families: one suppression rule for every output (discloseTo)', () => {
  it('never gives an adult of one household the other household’s contact details', () => {
    const { familyId, people, sian, tomasz } = setUp()
    const toTomasz: Audience = audienceFor(tomasz)
    const toSian: Audience = { kind: 'household', familyId, household: 'resident' }
    const forTomasz = text(people.map((p) => discloseTo(toTomasz, p)))
    for (const v of SECRET) expect(forTomasz).not.toContain(v)
    expect(forTomasz).toContain('Siân')
    const forSian = text(people.map((p) => discloseTo(toSian, p)))
    for (const v of TOMASZ_CONTACT) expect(forSian).not.toContain(v)
    // Each household sees its own details, confidential or not, and the children's dates of birth.
    expect(discloseTo(toSian, sian).address?.line1).toBe('7 Hidden Lane')
    expect(discloseTo(toTomasz, tomasz).address?.line1).toBe('3 Station Road')
    for (const c of people.filter((p) => p.role === 'child')) expect(discloseTo(toTomasz, c).dateOfBirth).toBe(c.dateOfBirth)
    // Even the fact that an address is confidential does not cross over.
    expect(discloseTo(toTomasz, sian).addressConfidential).toBe(false)
  })

  it('refuses to put a person of another family in a household output', () => {
    const { s, sian } = setUp()
    const other = runOperation(s, 'families.create', newFamily()).familyId
    expect(() => discloseTo({ kind: 'household', familyId: other, household: 'resident' }, sian)).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })

  it('the pre-visit checklist print for the non-resident parent carries his name, the children, and nothing of the other household', () => {
    const { s, tomasz, familyId } = setUp()
    const print = runOperation(s, 'families.checklist.print', { personId: tomasz.id, blank: false })
    expect(print.parent).toMatchObject({ givenName: 'Tomasz', familyName: "O'Neill", address: { line1: '3 Station Road' } })
    expect(print.children).toEqual([
      { givenName: 'Zoë', familyName: "O'Neill", dateOfBirth: '2018-06-01' },
      { givenName: 'Jan', familyName: "O'Neill", dateOfBirth: '2020-09-15' },
    ])
    expect(print.reference).toBe('R-2026-0001')
    for (const v of SECRET) expect(text(print)).not.toContain(v)
    expect(text(print)).not.toContain('Siân')
    const audit = cab.db.prepare(`SELECT record_id AS id, detail FROM audit_log WHERE action = 'checklist.print'`).get() as { id: string; detail: string }
    expect(audit).toEqual({ id: String(tomasz.id), detail: JSON.stringify({ familyId, blank: false }) })
  })

  it('the checklist print for the resident parent shows her own confidential address (it is hers) and not his details', () => {
    const { s, sian } = setUp()
    const print = runOperation(s, 'families.checklist.print', { personId: sian.id, blank: false })
    expect(print.parent?.address?.line1).toBe('7 Hidden Lane')
    for (const v of TOMASZ_CONTACT) expect(text(print)).not.toContain(v)
  })

  it('a blank checklist print carries no personal data at all, and is still audited', () => {
    const { s, tomasz } = setUp()
    const print = runOperation(s, 'families.checklist.print', { personId: tomasz.id, blank: true })
    expect([print.parent, print.children, print.reference]).toEqual([null, [], null])
    for (const v of [...SECRET, ...TOMASZ_CONTACT, 'Tomasz', 'Zoë']) expect(text(print)).not.toContain(v)
    expect(cab.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'checklist.print'`).pluck().get()).toBe(1)
  })

  it('the family page and the family list mask the confidential address; volunteers get no contact details', () => {
    const { s, familyId, sian } = setUp()
    const page = runOperation(s, 'families.get', { id: familyId })
    expect(page.adults.find((a) => a.id === sian.id)).toMatchObject({ address: null, addressWithheld: true })
    expect(text(page)).not.toContain('7 Hidden Lane')
    expect(text(page)).not.toContain('SN12 6AB')
    const list = runOperation(s, 'families.search', { query: '', offset: 0, limit: 10 })
    expect(list.rows[0].postcode).toBeNull()
    const v = cab.as('volunteer')
    bookForVolunteerToday(s, v, [familyId])
    const volunteerPage = text(runOperation(v, 'families.get', { id: familyId }))
    for (const value of [...SECRET, ...TOMASZ_CONTACT]) expect(volunteerPage).not.toContain(value)
    expect(text(runOperation(v, 'families.search', { query: '', offset: 0, limit: 10 }))).not.toContain('SN15')
    // The reveal is the only way out, and it is audited.
    expect(runOperation(s, 'families.revealAddress', { personId: sian.id })?.line1).toBe('7 Hidden Lane')
  })

  it('a confidential postcode is not searchable; an ordinary one is', () => {
    const { s } = setUp()
    expect(runOperation(s, 'families.search', { query: 'SN12 6AB', offset: 0, limit: 10 }).total).toBe(0)
    expect(runOperation(s, 'families.search', { query: 'SN15 1AA', offset: 0, limit: 10 }).total).toBe(1)
  })

  it('a non-confidential address of the other household is still never shown to it', () => {
    const { s, familyId } = setUp()
    const { familyId: plain } = runOperation(
      s,
      'families.create',
      newFamily({ resident: adult({ addressConfidential: false, addressLine1: '9 Open Street' }) }),
    )
    const people = loadFamilyPeople(cab.db, plain)
    const tomasz = people.find((p) => p.givenName === 'Tomasz')!
    expect(text(people.map((p) => discloseTo(audienceFor(tomasz), p)))).not.toContain('9 Open Street')
    expect(familyId).not.toBe(plain)
  })
})
