import { afterEach, describe, expect, it } from 'vitest'
import { matchExpression } from '../../../../electron/core/families/search'
import { runOperation } from '../../../../electron/core/operations'

import type { Session } from '../../../../electron/core/session'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { bookForVolunteerToday } from '../../../helpers/session-day'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily, referral } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function labels(s: Session, query: string): string[] {
  return runOperation(s, 'families.search', { query, offset: 0, limit: 50 }).rows.map((r) => r.label)
}

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const a = runOperation(s, 'families.create', newFamily())
  const b = runOperation(
    s,
    'families.create',
    newFamily({
      resident: adult({ givenName: 'Mary', familyName: 'Smith', postcode: 'ZW14 0XP', email: 'mary@example.org', mobilePhone: '07700 900301' }),
      nonResident: adult({ givenName: 'John', familyName: 'Smith-Jones', postcode: 'BA1 1AA', email: 'john@example.org', mobilePhone: '07700 900302' }),
      children: [{ givenName: 'Aoife', familyName: 'Smith', dateOfBirth: '2019-01-01', livesWith: 'resident' }],
    }),
  )
  return { s, a, b }
}

describe('families: finding people', () => {
  it('finds names whatever the accents, case and punctuation, by prefix', () => {
    const { s } = setUp()
    const sian = "Siân Nowak-Wiśniewska / Tomasz O'Neill"
    expect(labels(s, 'sian')).toEqual([sian])
    expect(labels(s, 'SIÂN')).toEqual([sian])
    expect(labels(s, 'si')).toEqual([sian])
    expect(labels(s, 'wisniewska')).toEqual([sian])
    expect(labels(s, 'nowak-wis')).toEqual([sian])
    expect(labels(s, 'nowakwis')).toEqual([sian])
    expect(labels(s, "o'neill")).toEqual([sian])
    expect(labels(s, 'oneill')).toEqual([sian])
    expect(labels(s, 'zoe')).toEqual([sian])
    expect(labels(s, 'smith')).toEqual(['Mary Smith / John Smith-Jones'])
    expect(labels(s, 'sian smith')).toEqual([])
    expect(labels(s, 'nobody')).toEqual([])
  })

  it('finds names spelt with letters that do not decompose when typed without them (Bartlomiej finds Bartłomiej), for volunteers too', () => {
    const { s } = setUp()
    const created = runOperation(
      s,
      'families.create',
      newFamily({
        resident: adult({
          givenName: 'Bartłomiej',
          familyName: 'Strauß',
          postcode: 'BA2 3AB',
          mobilePhone: '07700 900401',
          email: null,
          preferredContact: null,
        }),
        nonResident: adult({ givenName: 'Søren', familyName: 'Æbelø', postcode: 'BA2 3AD', mobilePhone: '07700 900402', email: null, preferredContact: null }),
        children: [{ givenName: 'Đurđa', familyName: 'Strauß', dateOfBirth: '2019-05-05', livesWith: 'resident' }],
      }),
    )
    const label = 'Bartłomiej Strauß / Søren Æbelø'
    expect(runOperation(s, 'families.get', { id: created.familyId }).label).toBe(label)
    for (const typed of ['Bartlomiej', 'bartł', 'strauss', 'STRAUSS', 'Strauß', 'soren aebelo', 'aebel', 'durda', 'bartlomiej strauss'])
      expect(labels(s, typed), typed).toEqual([label])
    bookForVolunteerToday(s, cab.as('volunteer'), [created.familyId])
    expect(labels(cab.as('volunteer'), 'Bartlomiej')).toEqual([label])
  })

  it('sorts the list on folded surnames: Łoś between Long and Nowak, not after Zed', () => {
    const { s } = setUp()
    for (const [givenName, familyName] of [
      ['Łukasz', 'Łoś'],
      ['Lucy', 'Long'],
      ['Zara', 'Zed'],
    ])
      runOperation(
        s,
        'families.create',
        newFamily({ resident: adult({ givenName, familyName }), nonResident: adult({ givenName: 'Adam', familyName: 'Kowal' }) }),
      )
    expect(labels(s, '')).toEqual([
      'Lucy Long / Adam Kowal',
      'Łukasz Łoś / Adam Kowal',
      "Siân Nowak-Wiśniewska / Tomasz O'Neill",
      'Mary Smith / John Smith-Jones',
      'Zara Zed / Adam Kowal',
    ])
  })

  it('finds postcodes with or without the space, and referral references in part or whole', () => {
    const { s, b } = setUp()
    runOperation(s, 'families.referrals.create', { familyId: b.familyId, referral: referral({ receivedOn: '2026-02-01' }) })
    expect(labels(s, 'zw14 0xp')).toEqual(['Mary Smith / John Smith-Jones'])
    expect(labels(s, 'ZW140XP')).toEqual(['Mary Smith / John Smith-Jones'])
    expect(labels(s, 'ZW1')).toEqual(['Mary Smith / John Smith-Jones'])
    expect(labels(s, 'R-2026-0003')).toEqual(['Mary Smith / John Smith-Jones'])
    expect(labels(s, 'r20260001')).toEqual(["Siân Nowak-Wiśniewska / Tomasz O'Neill"])
    expect(labels(s, 'R-2026-000')).toHaveLength(2)
    const row = runOperation(s, 'families.search', { query: 'R-2026-0003', offset: 0, limit: 5 }).rows[0]
    expect(row).toMatchObject({ reference: 'R-2026-0003', status: 'received', children: ['Aoife'], postcode: 'ZW14 0XP' })
  })

  it('keeps the index in step with corrections in the same transaction', () => {
    const { s, a } = setUp()
    const tomasz = runOperation(s, 'families.get', { id: a.familyId }).adults[1]
    runOperation(s, 'families.updateAdult', { personId: tomasz.id, source: 'phone', person: { ...newFamily().nonResident, familyName: 'Kowalczyk' } })
    expect(labels(s, 'kowal')).toEqual(['Siân Nowak-Wiśniewska / Tomasz Kowalczyk'])
    expect(labels(s, "o'neill")).toEqual(['Siân Nowak-Wiśniewska / Tomasz Kowalczyk']) // the children are still O'Neill
    expect(labels(s, 'tomasz kowal')).toHaveLength(1)
  })

  it('turns user text into a safe FTS expression (no FTS syntax passes through)', () => {
    expect(matchExpression('sian')).toBe('"sian"*')
    expect(matchExpression('Siân  O’Neill')).toBe('"sian"* AND ("o neill"* OR "oneill"*)')
    expect(matchExpression('"; DROP TABLE person; -- NEAR(a b) *')).toBe('"drop"* AND "table"* AND "person"* AND ("near a"* OR "neara"*) AND "b"*')
    expect(matchExpression('  --  ')).toBeNull()
    expect(matchExpression('ann', ['names'])).toBe('{names} : ("ann"*)')
  })

  it('pages through the list alphabetically with the total for the virtualised list', () => {
    const { s } = setUp()
    const first = runOperation(s, 'families.search', { query: '', offset: 0, limit: 1 })
    const second = runOperation(s, 'families.search', { query: '', offset: 1, limit: 1 })
    expect(first.total).toBe(2)
    expect([first.rows[0].label, second.rows[0].label]).toEqual(["Siân Nowak-Wiśniewska / Tomasz O'Neill", 'Mary Smith / John Smith-Jones'])
  })

  it('volunteers search names only and see no references or postcodes', () => {
    const { s, a, b } = setUp()
    const v = cab.as('volunteer')
    bookForVolunteerToday(s, v, [a.familyId, b.familyId])
    expect(labels(v, 'sian')).toHaveLength(1)
    expect(labels(v, 'ZW14')).toEqual([])
    expect(labels(v, 'R-2026')).toEqual([])
    expect(runOperation(v, 'families.search', { query: 'smith', offset: 0, limit: 5 }).rows[0]).toMatchObject({ reference: null, status: null, postcode: null })
    expect(labels(s, 'ZW14')).toHaveLength(1)
  })

  it('shows possible duplicates: the same name and date of birth whatever the accents, or the same phone', () => {
    const { s, a } = setUp()
    const byName = runOperation(s, 'families.checkDuplicates', { givenName: 'sian', familyName: 'nowak wisniewska', dateOfBirth: '1988-04-02', phones: [] })
    expect(byName).toEqual([expect.objectContaining({ givenName: 'Siân', reason: 'name_and_date_of_birth', familyId: a.familyId })])
    expect(runOperation(s, 'families.checkDuplicates', { givenName: 'Sian', familyName: 'Nowak-Wisniewska', dateOfBirth: '1988-04-03', phones: [] })).toEqual(
      [],
    )
    const byPhone = runOperation(s, 'families.checkDuplicates', {
      givenName: 'Someone',
      familyName: 'Else',
      dateOfBirth: null,
      phones: ['+44 7700 900222', 'rubbish'],
    })
    expect(byPhone).toEqual([expect.objectContaining({ givenName: 'Tomasz', reason: 'phone' })])
    const self = runOperation(s, 'families.get', { id: a.familyId }).adults[1]
    expect(
      runOperation(s, 'families.checkDuplicates', {
        excludePersonId: self.id,
        givenName: 'Tomasz',
        familyName: "O'Neill",
        dateOfBirth: '1985-11-20',
        phones: ['07700 900222'],
      }),
    ).toEqual([])
    expect(() => runOperation(cab.as('volunteer'), 'families.checkDuplicates', { givenName: 'a', familyName: 'b', phones: [] })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })

  it('the duplicate check folds names the same way: Bartlomiej Sondergard meets Bartłomiej Søndergård', () => {
    const { s } = setUp()
    const bartlomiej = runOperation(
      s,
      'families.create',
      newFamily({
        resident: adult({
          givenName: 'Bartłomiej',
          familyName: 'Søndergård',
          dateOfBirth: '1990-01-01',
          mobilePhone: '07700 900601',
          email: null,
          preferredContact: null,
        }),
      }),
    )
    expect(runOperation(s, 'families.checkDuplicates', { givenName: 'Bartlomiej', familyName: 'Sondergard', dateOfBirth: '1990-01-01', phones: [] })).toEqual([
      expect.objectContaining({ givenName: 'Bartłomiej', reason: 'name_and_date_of_birth', familyId: bartlomiej.familyId }),
    ])
  })
})
