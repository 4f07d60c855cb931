import { afterEach, describe, expect, it } from 'vitest'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily } from './fixtures'
import { runOperation } from '../../../../electron/core/operations'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

describe('families: corrections keep a history', () => {
  it('P22: a correction records who, when, which field, old → new and the source; the audit has field names only', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const tomasz = runOperation(s, 'families.get', { id: familyId }).adults[1]
    const before = newFamily().nonResident
    const after = runOperation(s, 'families.updateAdult', {
      personId: tomasz.id,
      source: 'phone',
      person: { ...before, postcode: 'SN15 3XY', mobilePhone: '07700 900999' },
    })
    expect(after.address?.postcode).toBe('SN15 3XY')
    const history = runOperation(s, 'families.history', { familyId: familyId })
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.source, h.changedBy, h.changedAt])).toEqual([
      ['mobilePhone', '+447700900222', '+447700900999', 'phone', 'Test coordinator', '2026-03-16T10:00:00.000Z'],
      ['postcode', 'SN15 1AA', 'SN15 3XY', 'phone', 'Test coordinator', '2026-03-16T10:00:00.000Z'],
    ])
    const audit = cab.db.prepare(`SELECT detail FROM audit_log WHERE action = 'person.update'`).pluck().get() as string
    expect(JSON.parse(audit)).toEqual({ fields: 'postcode,mobilePhone', count: 2 })
    expect(audit).not.toContain('SN15')
  })

  it('P22: an unchanged save writes no history; a child correction records the move between households', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const f = runOperation(s, 'families.get', { id: familyId })
    runOperation(s, 'families.updateAdult', { personId: f.adults[1].id, source: 'phone', person: newFamily().nonResident })
    expect(runOperation(s, 'families.history', { familyId: familyId })).toEqual([])
    const zoe = f.children[0]
    const moved = runOperation(s, 'families.updateChild', {
      personId: zoe.id,
      source: 'court_order',
      child: { givenName: 'Zoë', familyName: "O'Neill", dateOfBirth: '2018-06-01', livesWithPersonId: f.adults[1].id },
    })
    expect(moved.household).toBe('non_resident')
    expect(runOperation(s, 'families.history', { familyId: familyId }).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['livesWithPersonId', String(f.adults[0].id), String(f.adults[1].id)],
    ])
  })

  it('P22: making an address confidential is itself a recorded correction', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const tomasz = runOperation(s, 'families.get', { id: familyId }).adults[1]
    runOperation(s, 'families.updateAdult', { personId: tomasz.id, source: 'written', person: { ...newFamily().nonResident, addressConfidential: true } })
    expect(runOperation(s, 'families.history', { familyId: familyId })[0]).toMatchObject({
      field: 'addressConfidential',
      oldValue: 'no',
      newValue: 'yes',
      source: 'written',
    })
  })

  it('the history is coordinator only (core check)', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const { familyId } = runOperation(cab.as('coordinator'), 'families.create', newFamily())
    expect(() => runOperation(cab.as('volunteer'), 'families.history', { familyId: familyId })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(() => runOperation(cab.as('volunteer'), 'families.updateAdult', { personId: 1, source: 'phone', person: adult() })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })

  it('refuses to turn the only parent a child lives with into another approved adult', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = runOperation(s, 'families.create', newFamily())
    const sian = runOperation(s, 'families.get', { id: familyId }).adults[0]
    expect(() =>
      runOperation(s, 'families.updateAdult', { personId: sian.id, source: 'phone', person: { ...newFamily().resident, role: 'approved_adult' } }),
    ).toThrow(expect.objectContaining({ code: 'conflict', field: 'role' }))
  })
})
