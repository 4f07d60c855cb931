import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { placeHold } from '../../../../electron/core/holds/holds'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { fixedNow, newFamily } from '../families/fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId } = runOperation(s, 'families.create', newFamily())
  const child = runOperation(s, 'families.get', { id: familyId }).children[0]
  return { s, familyId, child }
}

const auditActions = () => (cab.db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all() as string[]).filter((a) => a.startsWith('hold.'))

describe('holds', () => {
  it('P11: a hold on a child shows among its family’s holds, names who set it and why, and is audited', () => {
    const { s, familyId, child } = setUp()
    const hold = runOperation(s, 'holds.place', { subject: { type: 'person', id: child.id }, kind: 'safeguarding', reason: 'Worry about bruising' })
    expect(hold).toMatchObject({ subject: { type: 'person', id: child.id }, kind: 'safeguarding', setBy: 'Test coordinator', liftedAt: null, source: null })
    expect(runOperation(s, 'holds.on', { subject: { type: 'family', id: familyId } }).map((h) => h.id)).toEqual([hold.id])
    expect(runOperation(s, 'holds.active', {}).map((h) => h.id)).toEqual([hold.id])
    expect(auditActions()).toEqual(['hold.place', 'hold.view', 'hold.view'])
  })

  it('a legal hold needs a review date; the error names the field', () => {
    const { s, familyId } = setUp()
    expect(() => runOperation(s, 'holds.place', { subject: { type: 'family', id: familyId }, kind: 'legal', reason: 'Court proceedings' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'reviewOn' }),
    )
    expect(
      runOperation(s, 'holds.place', { subject: { type: 'family', id: familyId }, kind: 'legal', reason: 'Court proceedings', reviewOn: '2027-06-01' })
        .reviewOn,
    ).toBe('2027-06-01')
  })

  it('refuses a hold on a record that does not exist, and a second lift', () => {
    const { s, familyId } = setUp()
    expect(() => runOperation(s, 'holds.place', { subject: { type: 'family', id: familyId + 99 }, kind: 'safeguarding', reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'not_found', field: 'subject' }),
    )
    const { id } = runOperation(s, 'holds.place', { subject: { type: 'family', id: familyId }, kind: 'safeguarding', reason: 'x' })
    const lifted = runOperation(s, 'holds.lift', { id, reason: 'Children’s services closed the case' })
    expect(lifted).toMatchObject({ liftedBy: 'Test coordinator', liftReason: 'Children’s services closed the case' })
    expect(() => runOperation(s, 'holds.lift', { id, reason: 'again' })).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(runOperation(s, 'holds.active', {})).toEqual([])
  })

  it('a hold placed by a record that still needs it cannot be lifted (an unknown source places no such limit)', () => {
    const { s, familyId } = setUp()
    const id = cab.db.transaction(() =>
      placeHold(s, { subject: { type: 'family', id: familyId }, kind: 'complaint', reason: 'Open complaint', source: { type: 'example', id: 1 } }),
    )()
    expect(runOperation(s, 'holds.get', { id }).source).toEqual({ type: 'example', id: 1 })
    expect(runOperation(s, 'holds.lift', { id, reason: 'Resolved' }).liftedAt).not.toBeNull()
  })

  it('P27: a volunteer may not see, place or lift holds', () => {
    const { familyId } = setUp()
    const v = cab.as('volunteer')
    expect(() => runOperation(v, 'holds.on', { subject: { type: 'family', id: familyId } })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(() => runOperation(v, 'holds.place', { subject: { type: 'family', id: familyId }, kind: 'safeguarding', reason: 'x' })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })
})
