import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CHECKLIST } from '../../../../electron/core/families/checklist'
import { runOperation } from '../../../../electron/core/operations'

import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { fixedNow, newFamily } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId, referralId } = runOperation(s, 'families.create', newFamily())
  const f = runOperation(s, 'families.get', { id: familyId })
  return { s, familyId, referralId: referralId!, sian: f.adults[0], tomasz: f.adults[1], zoe: f.children[0] }
}

describe('families: pre-visit checklist', () => {
  it('starts from the default template, which the coordinator can edit (stored in settings)', () => {
    const { s } = setUp()
    expect(runOperation(s, 'families.checklist.template', {}).items.map((i) => i.heading)).toEqual([
      'Centre rules',
      'Who may attend',
      'No violence, threats or bad language',
      'No drugs or alcohol',
      'No smoking',
      'Phones away',
      'Arrival and departure times',
      'Missed sessions',
      'Late starts',
      'Fire exits',
      'Medical information',
      'Photographs',
      'If the rules are broken',
    ])
    const edited = {
      title: 'Before your first visit',
      items: [...DEFAULT_CHECKLIST.items.slice(0, 2), { id: 'parking', heading: 'Parking', text: 'Park in the church car park.' }],
    }
    runOperation(s, 'families.checklist.saveTemplate', edited)
    expect(runOperation(s, 'families.checklist.template', {})).toEqual(edited)
    expect(JSON.parse(cab.db.prepare(`SELECT value FROM settings WHERE key = 'checklist.template'`).pluck().get() as string).title).toBe(
      'Before your first visit',
    )
    expect(() => runOperation(s, 'families.checklist.saveTemplate', { title: 'x', items: [] })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'items', message: 'The checklist needs at least one item.' }),
    )
    expect(() => runOperation(s, 'families.checklist.saveTemplate', { title: 'x', items: [edited.items[0], edited.items[0]] })).toThrow(/same id/)
    expect(() => runOperation(cab.as('volunteer'), 'families.checklist.saveTemplate', edited)).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })

  it('P02: books and completes a pre-visit with date, who held it, the items ticked and notes', () => {
    const { s, familyId, referralId, tomasz } = setUp()
    const booked = runOperation(s, 'families.previsits.book', { referralId, personId: tomasz.id, bookedFor: '2026-03-20' })
    expect(booked).toMatchObject({ bookedFor: '2026-03-20', completedOn: null, source: 'previsit_checklist' })
    const done = runOperation(s, 'families.previsits.complete', {
      referralId,
      personId: tomasz.id,
      completedOn: '2026-03-16',
      conductedBy: 'Ruth (coordinator)',
      ticked: ['centre-rules', 'fire-exits'],
      notes: 'Prefers Polish interpreter',
    })
    expect(done.id).toBe(booked.id)
    expect(done.items?.filter((i) => i.ticked).map((i) => i.heading)).toEqual(['Centre rules', 'Fire exits'])
    expect(done.items).toHaveLength(13)
    expect(runOperation(s, 'families.get', { id: familyId }).previsits).toEqual([done])
    // The snapshot survives template edits.
    runOperation(s, 'families.checklist.saveTemplate', { title: 'New', items: [{ id: 'only', heading: 'Only item', text: 'x' }] })
    expect(runOperation(s, 'families.get', { id: familyId }).previsits![0].items![0].heading).toBe('Centre rules')
  })

  it('refuses pre-visits with a child, with someone outside the family, in the future or with unknown items', () => {
    const { s, referralId, zoe, tomasz } = setUp()
    const other = runOperation(s, 'families.get', { id: runOperation(s, 'families.create', newFamily()).familyId }).adults[0]
    const base = { referralId, completedOn: '2026-03-01', conductedBy: 'Ruth', ticked: [], notes: null }
    expect(() => runOperation(s, 'families.previsits.complete', { ...base, personId: zoe.id })).toThrow(/not a child/)
    expect(() => runOperation(s, 'families.previsits.complete', { ...base, personId: other.id })).toThrow(/not in the family/)
    expect(() => runOperation(s, 'families.previsits.complete', { ...base, personId: tomasz.id, completedOn: '2026-03-17' })).toThrow(
      expect.objectContaining({ field: 'completedOn' }),
    )
    expect(() => runOperation(s, 'families.previsits.complete', { ...base, personId: tomasz.id, ticked: ['made-up'] })).toThrow(
      '"made-up" is not an item of the checklist.',
    )
    expect(() => runOperation(s, 'families.previsits.complete', { ...base, personId: tomasz.id, conductedBy: ' ' })).toThrow(
      expect.objectContaining({ field: 'conductedBy' }),
    )
    expect(() => runOperation(s, 'families.previsits.book', { referralId, personId: tomasz.id, bookedFor: '2025-01-01' })).toThrow(
      /before the referral was received/,
    )
    expect(() => runOperation(cab.as('volunteer'), 'families.previsits.complete', { ...base, personId: tomasz.id })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    )
  })
})
