import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CHECKLIST, getChecklistTemplate, saveChecklistTemplate } from '../../../../electron/core/families/checklist'
import { createFamily, getFamily } from '../../../../electron/core/families/families'
import { bookPrevisit, completePrevisit } from '../../../../electron/core/families/previsits'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { fixedNow, newFamily } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId, referralId } = createFamily(s, newFamily())
  const f = getFamily(s, familyId)
  return { s, familyId, referralId: referralId!, sian: f.adults[0], tomasz: f.adults[1], zoe: f.children[0] }
}

describe('families: pre-visit checklist', () => {
  it('starts from the default template, which the coordinator can edit (stored in settings)', () => {
    const { s } = setUp()
    expect(getChecklistTemplate(s).items.map((i) => i.heading)).toEqual([
      'Centre rules', 'Fire exits', 'Arrival and departure times', 'Who may attend', 'Medical information', 'Photographs', 'If the rules are broken',
    ])
    const edited = { title: 'Before your first visit', items: [...DEFAULT_CHECKLIST.items.slice(0, 2), { id: 'parking', heading: 'Parking', text: 'Park in the church car park.' }] }
    saveChecklistTemplate(s, edited)
    expect(getChecklistTemplate(s)).toEqual(edited)
    expect(JSON.parse(cab.db.prepare(`SELECT value FROM settings WHERE key = 'checklist.template'`).pluck().get() as string).title).toBe('Before your first visit')
    expect(() => saveChecklistTemplate(s, { title: 'x', items: [] })).toThrow(expect.objectContaining({ code: 'validation', field: 'items', message: 'The checklist needs at least one item.' }))
    expect(() => saveChecklistTemplate(s, { title: 'x', items: [edited.items[0], edited.items[0]] })).toThrow(/same id/)
    expect(() => saveChecklistTemplate(cab.as('volunteer'), edited)).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })

  it('P02: books and completes a pre-visit with date, who held it, the items ticked and notes', () => {
    const { s, familyId, referralId, tomasz } = setUp()
    const booked = bookPrevisit(s, { referralId, personId: tomasz.id, bookedFor: '2026-03-20' })
    expect(booked).toMatchObject({ bookedFor: '2026-03-20', completedOn: null, source: 'previsit_checklist' })
    const done = completePrevisit(s, { referralId, personId: tomasz.id, completedOn: '2026-03-16', conductedBy: 'Ruth (coordinator)', ticked: ['centre-rules', 'fire-exits'], notes: 'Prefers Polish interpreter' })
    expect(done.id).toBe(booked.id)
    expect(done.items?.filter((i) => i.ticked).map((i) => i.heading)).toEqual(['Centre rules', 'Fire exits'])
    expect(done.items).toHaveLength(7)
    expect(getFamily(s, familyId).previsits).toEqual([done])
    // The snapshot survives template edits.
    saveChecklistTemplate(s, { title: 'New', items: [{ id: 'only', heading: 'Only item', text: 'x' }] })
    expect(getFamily(s, familyId).previsits![0].items![0].heading).toBe('Centre rules')
  })

  it('refuses pre-visits with a child, with someone outside the family, in the future or with unknown items', () => {
    const { s, referralId, zoe, tomasz } = setUp()
    const other = getFamily(s, createFamily(s, newFamily()).familyId).adults[0]
    const base = { referralId, completedOn: '2026-03-01', conductedBy: 'Ruth', ticked: [], notes: null }
    expect(() => completePrevisit(s, { ...base, personId: zoe.id })).toThrow(/not a child/)
    expect(() => completePrevisit(s, { ...base, personId: other.id })).toThrow(/not in the family/)
    expect(() => completePrevisit(s, { ...base, personId: tomasz.id, completedOn: '2026-03-17' })).toThrow(expect.objectContaining({ field: 'completedOn' }))
    expect(() => completePrevisit(s, { ...base, personId: tomasz.id, ticked: ['made-up'] })).toThrow('"made-up" is not an item of the checklist.')
    expect(() => completePrevisit(s, { ...base, personId: tomasz.id, conductedBy: ' ' })).toThrow(expect.objectContaining({ field: 'conductedBy' }))
    expect(() => bookPrevisit(s, { referralId, personId: tomasz.id, bookedFor: '2025-01-01' })).toThrow(/before the referral was received/)
    expect(() => completePrevisit(cab.as('volunteer'), { ...base, personId: tomasz.id })).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })
})
