import { afterEach, describe, expect, it } from 'vitest'
import { createFamily, getFamily } from '../../../../electron/core/families/families'
import { listHistory } from '../../../../electron/core/families/history'
import { updateAdult, updateChild } from '../../../../electron/core/families/people'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

describe('families: corrections keep a history', () => {
  it('P22: a correction records who, when, which field, old → new and the source; the audit has field names only', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = createFamily(s, newFamily())
    const tomasz = getFamily(s, familyId).adults[1]
    const before = newFamily().nonResident
    const after = updateAdult(s, { personId: tomasz.id, source: 'phone', person: { ...before, postcode: 'SN15 3XY', mobilePhone: '07700 900999' } })
    expect(after.address?.postcode).toBe('SN15 3XY')
    const history = listHistory(s, familyId)
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
    const { familyId } = createFamily(s, newFamily())
    const f = getFamily(s, familyId)
    updateAdult(s, { personId: f.adults[1].id, source: 'phone', person: newFamily().nonResident })
    expect(listHistory(s, familyId)).toEqual([])
    const zoe = f.children[0]
    const moved = updateChild(s, { personId: zoe.id, source: 'court_order', child: { givenName: 'Zoë', familyName: "O'Neill", dateOfBirth: '2018-06-01', livesWithPersonId: f.adults[1].id } })
    expect(moved.household).toBe('non_resident')
    expect(listHistory(s, familyId).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([['livesWithPersonId', String(f.adults[0].id), String(f.adults[1].id)]])
  })

  it('P22: making an address confidential is itself a recorded correction', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = createFamily(s, newFamily())
    const tomasz = getFamily(s, familyId).adults[1]
    updateAdult(s, { personId: tomasz.id, source: 'written', person: { ...newFamily().nonResident, addressConfidential: true } })
    expect(listHistory(s, familyId)[0]).toMatchObject({ field: 'addressConfidential', oldValue: 'no', newValue: 'yes', source: 'written' })
  })

  it('the history is coordinator only (core check)', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const { familyId } = createFamily(cab.as('coordinator'), newFamily())
    expect(() => listHistory(cab.as('volunteer'), familyId)).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(() => updateAdult(cab.as('volunteer'), { personId: 1, source: 'phone', person: adult() })).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })

  it('refuses to turn the only parent a child lives with into another approved adult', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId } = createFamily(s, newFamily())
    const sian = getFamily(s, familyId).adults[0]
    expect(() => updateAdult(s, { personId: sian.id, source: 'phone', person: { ...newFamily().resident, role: 'approved_adult' } })).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'role' }),
    )
  })
})
