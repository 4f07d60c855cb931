import { afterEach, describe, expect, it } from 'vitest'
import { holdSourceOf, reminderSources, tablesAbout } from '../../../../electron/core/data-map'
import { runOperation } from '../../../../electron/core/operations'
import { checkLinkTarget } from '../../../../electron/core/vault/links'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { safeguardingCabinet } from './safeguarding-fixture'
import { bookForVolunteerToday } from '../../../helpers/session-day'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

function setUp() {
  const f = safeguardingCabinet(tempDir())
  cab = f.cab
  return f
}

const forbidden = expect.objectContaining({ code: 'forbidden' })

describe('safeguarding concerns', () => {
  it('P01, P27: a volunteer can raise a concern and learns back only that it was submitted; they cannot read, list or search any', () => {
    const { cab, familyId, concern } = setUp()
    const v = cab.as('volunteer')
    expect(runOperation(v, 'safeguarding.raise', concern())).toEqual({ submitted: true })
    expect(() => runOperation(v, 'safeguarding.list', {})).toThrow(forbidden)
    expect(() => runOperation(v, 'safeguarding.list', { query: 'Zoë' })).toThrow(forbidden)
    expect(() => runOperation(v, 'safeguarding.get', { id: 1 })).toThrow(forbidden)
    expect(() => runOperation(v, 'safeguarding.forFamily', { familyId })).toThrow(forbidden)
    expect(() => runOperation(v, 'safeguarding.unseen', {})).toThrow(forbidden)
    expect(() => runOperation(v, 'safeguarding.addendum', { concernId: 1, text: 'More' })).toThrow(forbidden)
  })

  it('P11: a concern holds exactly the children it names, under its own source, and the coordinator reads it in full', () => {
    const { s, cab, familyId, zoe, jan, sian, concern } = setUp()
    runOperation(cab.as('volunteer'), 'safeguarding.raise', concern({ personIds: [zoe.id, sian.id] }))
    const [row] = runOperation(s, 'safeguarding.list', {})
    expect(row).toMatchObject({ familyId, about: expect.arrayContaining(['Siân Nowak-Wiśniewska', "Zoë O'Neill"]), seen: false, status: 'open' })
    const holds = runOperation(s, 'holds.active', {})
    expect(holds.map((h) => h.subject)).toEqual([{ type: 'person', id: zoe.id }])
    expect(holds[0]).toMatchObject({ kind: 'safeguarding', source: { type: 'safeguarding_concern', id: row.id } })
    expect(holds.some((h) => h.subject.id === jan.id || h.subject.id === sian.id)).toBe(false)
    const view = runOperation(s, 'safeguarding.get', { id: row.id })
    expect(view).toMatchObject({ account: concern().account, immediateAction: 'Told the coordinator on duty.', raisedBy: 'Test volunteer', activeHolds: 1 })
    expect(runOperation(s, 'safeguarding.list', {})[0].seen).toBe(true)
    expect(runOperation(s, 'safeguarding.unseen', {})).toEqual({ count: 0 })
  })

  it('P11: a hold placed by an open or monitored concern cannot be lifted; once the concern is closed, a coordinator lifts it with a reason', () => {
    const { s, concern } = setUp()
    runOperation(s, 'safeguarding.raise', concern())
    const [{ id }] = runOperation(s, 'safeguarding.list', {})
    const [hold] = runOperation(s, 'holds.active', {})
    expect(() => runOperation(s, 'holds.lift', { id: hold.id, reason: 'No longer needed' })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringMatching(/concern of 14\/03\/2026 that placed it is still open/) }),
    )
    runOperation(s, 'safeguarding.status', { concernId: id, status: 'monitoring' })
    expect(() => runOperation(s, 'holds.lift', { id: hold.id, reason: 'x' })).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/still being monitored/) }),
    )
    expect(() => runOperation(s, 'safeguarding.status', { concernId: id, status: 'closed', closedOn: '2026-03-15' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'outcome' }),
    )
    runOperation(s, 'safeguarding.status', { concernId: id, status: 'closed', closedOn: '2026-03-15', outcome: 'Children’s services took no further action.' })
    expect(holdSourceOf('safeguarding_concern')?.stillNeeds(s.db, id)).toBeNull()
    expect(runOperation(s, 'holds.lift', { id: hold.id, reason: 'Concern closed; records follow the schedule again' }).liftedAt).not.toBeNull()
  })

  it('the raiser’s first account cannot be edited, even in SQL; later words are dated addenda, themselves never changed', () => {
    const { s, concern } = setUp()
    runOperation(s, 'safeguarding.raise', concern())
    const [{ id }] = runOperation(s, 'safeguarding.list', {})
    expect(() => s.db.prepare("UPDATE safeguarding_concern SET account = 'Nothing happened' WHERE id = ?").run(id)).toThrow(/first account is kept as written/)
    expect(() => s.db.prepare("UPDATE safeguarding_concern SET immediate_action = 'Other' WHERE id = ?").run(id)).toThrow(/first account is kept as written/)
    const view = runOperation(s, 'safeguarding.addendum', { concernId: id, text: 'Mother says Zoë fell at school.' })
    expect(view.account).toBe(concern().account)
    expect(view.addenda).toEqual([
      expect.objectContaining({ text: 'Mother says Zoë fell at school.', writtenBy: 'Test coordinator', writtenAt: '2026-03-16T10:00:00.000Z' }),
    ])
    expect(() => s.db.prepare("UPDATE safeguarding_addendum SET text = 'x'").run()).toThrow(/addendum is kept as written/)
  })

  it('P18: a referral to children’s services is a disclosure, logged with its basis, and names who in the family was told or why not', () => {
    const { s, concern } = setUp()
    runOperation(s, 'safeguarding.raise', concern())
    const [{ id }] = runOperation(s, 'safeguarding.list', {})
    runOperation(s, 'safeguarding.decide', { concernId: id, decision: 'refer', decisionOn: '2026-03-14' })
    expect(() => runOperation(s, 'safeguarding.refer', { concernId: id, agency: 'childrens_services', referredOn: '2026-03-14', toWhom: 'MASH' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'personTold', message: 'Enter who in the family was told about the referral, or why nobody was.' }),
    )
    const view = runOperation(s, 'safeguarding.refer', {
      concernId: id,
      agency: 'childrens_services',
      referredOn: '2026-03-14',
      toWhom: 'Wiltshire MASH duty desk',
      reference: 'MASH-2026-0193',
      notToldReason: 'Telling the father could put Zoë at risk.',
    })
    expect(view.decision).toBe('refer')
    expect(view.referrals).toEqual([expect.objectContaining({ agency: 'childrens_services', reference: 'MASH-2026-0193', personTold: null })])
    const audit = s.db.prepare("SELECT detail FROM audit_log WHERE action = 'concern.referral'").pluck().get() as string
    expect(JSON.parse(audit)).toMatchObject({ agency: 'childrens_services', basis: 'safeguarding' })
  })

  it('refuses people from another family, and a concern about no one, naming the field', () => {
    const { s, concern, otherFamily } = setUp()
    expect(() => runOperation(s, 'safeguarding.raise', concern({ personIds: [otherFamily.children[0].id] }))).toThrow(
      expect.objectContaining({ code: 'validation', field: 'personIds' }),
    )
    expect(() => runOperation(s, 'safeguarding.raise', concern({ personIds: [] }))).toThrow(expect.objectContaining({ code: 'validation', field: 'personIds' }))
    expect(() => runOperation(s, 'safeguarding.raise', concern({ occurredTime: '25:00' }))).toThrow(expect.objectContaining({ field: 'occurredTime' }))
    expect(() => runOperation(s, 'safeguarding.raise', concern({ sessionId: 999 }))).toThrow(
      expect.objectContaining({ code: 'not_found', field: 'sessionId', message: expect.stringMatching(/no session with id 999/) }),
    )
  })

  it('a concern about adults only holds the family; search finds a concern by a name it names', () => {
    const { s, sian, familyId, concern } = setUp()
    runOperation(s, 'safeguarding.raise', concern({ personIds: [sian.id] }))
    expect(runOperation(s, 'holds.active', {}).map((h) => h.subject)).toEqual([{ type: 'family', id: familyId }])
    expect(runOperation(s, 'safeguarding.list', { query: 'sian' })).toHaveLength(1)
    expect(runOperation(s, 'safeguarding.list', { query: 'ava' })).toHaveLength(0)
    expect(runOperation(s, 'safeguarding.forFamily', { familyId })).toHaveLength(1)
  })

  it('P01, P27: nothing of a concern reaches a volunteer’s view of the family, and a document can be attached to it as an incident', () => {
    const { cab, s, familyId, concern } = setUp()
    runOperation(s, 'safeguarding.raise', concern())
    // A volunteer sees a family only when it is booked into their session today (P27).
    bookForVolunteerToday(s, cab.as('volunteer'), [familyId])
    const seen = JSON.stringify(runOperation(cab.as('volunteer'), 'families.get', { id: familyId }))
    expect(seen).not.toMatch(/flinched|safeguarding|concern|\bholds?\b/i)
    const [{ id }] = runOperation(s, 'safeguarding.list', {})
    expect(() => checkLinkTarget(s.db, { targetType: 'incident', targetId: id })).not.toThrow()
    expect(() => checkLinkTarget(s.db, { targetType: 'incident', targetId: id + 1 })).toThrow(expect.objectContaining({ code: 'not_found' }))
  })

  it('P28: a concern not yet read is on the Reminders page without any name, and every read of a concern is audited', () => {
    const { s, cab, concern } = setUp()
    runOperation(cab.as('volunteer'), 'safeguarding.raise', concern())
    const unseen = reminderSources().find((r) => r.name === 'safeguarding.unseen')
    const [{ id }] = runOperation(s, 'safeguarding.list', {})
    expect(unseen?.list(s.db, '2026-03-16', 30)).toEqual([
      {
        key: `safeguarding.unseen:${id}`,
        source: 'safeguarding.unseen',
        title: 'Read the safeguarding concern raised on 16/03/2026',
        dueOn: '2026-03-16',
        href: `#/concerns/${id}`,
      },
    ])
    runOperation(s, 'safeguarding.get', { id })
    expect(unseen?.list(s.db, '2026-03-16', 30)).toEqual([])
    const rows = s.db
      .prepare("SELECT action, record_type AS type, record_id AS recordId FROM audit_log WHERE action LIKE 'concern.%' ORDER BY audit_log.id")
      .all()
    expect(rows).toEqual([
      { action: 'concern.raise', type: 'concern', recordId: String(id) },
      { action: 'concern.list', type: 'concern', recordId: 'list' },
      { action: 'concern.view', type: 'concern', recordId: String(id) },
    ])
  })

  it('P23: erasing a person keeps their safeguarding records (exempt while they must be kept)', () => {
    setUp()
    const erasures = tablesAbout('person').filter((t) => t.table.area === 'safeguarding' && t.table.table.startsWith('safeguarding'))
    expect(erasures.length).toBe(4)
    for (const { link } of erasures) expect(link.erasure.action).toBe('kept')
  })
})
