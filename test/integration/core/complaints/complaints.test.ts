import { afterEach, describe, expect, it } from 'vitest'
import { reminderSources } from '../../../../electron/core/data-map'
import { runOperation } from '../../../../electron/core/operations'
import { checkLinkTarget } from '../../../../electron/core/vault/links'
import type { RecordComplaintArgs } from '../../../../electron/core/complaints/schemas'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

/** Monday 13 April 2026, after Easter. */
let clock = new Date('2026-04-13T10:00:00Z')
function setUp() {
  clock = new Date('2026-04-13T10:00:00Z')
  cab = openTestCabinet(tempDir(), { now: () => clock })
  return cab.as('coordinator')
}

const complaint = (over: Partial<RecordComplaintArgs> = {}): RecordComplaintArgs => ({
  kind: 'complaint',
  receivedOn: '2026-04-01',
  channel: 'letter',
  fromName: 'Rhiannon Price',
  fromContact: 'rhiannon@example.org',
  about: 'service',
  summary: 'Handover started twenty minutes late.',
  ...over,
})

describe('the complaints register', () => {
  it('P04: targets are counted in working days past weekends and bank holidays, and an open complaint past them is overdue and on the Reminders page', () => {
    const s = setUp()
    const c = runOperation(s, 'complaints.record', complaint())
    // Received Wednesday 1 April 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
    expect(c).toMatchObject({ acknowledgeDueOn: '2026-04-10', responseDueOn: '2026-05-01', overdue: true, from: 'Rhiannon Price' })
    const reminders = reminderSources().find((r) => r.name === 'complaints.targets')
    expect(reminders?.list(s.db, '2026-04-13', 14)).toEqual([
      {
        key: `complaints.acknowledge:${c.id}`,
        source: 'complaints.targets',
        title: 'Acknowledge the complaint from Rhiannon Price received 01/04/2026',
        dueOn: '2026-04-10',
        href: `#/complaints/${c.id}`,
      },
    ])
    const acked = runOperation(s, 'complaints.acknowledge', { id: c.id, acknowledgedOn: '2026-04-13' })
    expect(acked.overdue).toBe(false)
    expect(reminders?.list(s.db, '2026-04-13', 30).map((r) => r.key)).toEqual([`complaints.respond:${c.id}`])
    expect(runOperation(s, 'complaints.list', {})[0]).toMatchObject({ id: c.id, overdue: false })
  })

  it('the targets come from Settings; a change applies to complaints received after it', () => {
    const s = setUp()
    expect(runOperation(s, 'complaints.targets', {})).toEqual({ acknowledgeWorkingDays: 5, respondWorkingDays: 20 })
    const before = runOperation(s, 'complaints.record', complaint())
    runOperation(s, 'complaints.saveTargets', { acknowledgeWorkingDays: 2, respondWorkingDays: 10 })
    expect(() => runOperation(s, 'complaints.saveTargets', { acknowledgeWorkingDays: 10, respondWorkingDays: 5 })).toThrow(
      expect.objectContaining({ field: 'respondWorkingDays' }),
    )
    const after = runOperation(s, 'complaints.record', complaint({ receivedOn: '2026-04-09' }))
    expect(after.acknowledgeDueOn).toBe('2026-04-13')
    expect(runOperation(s, 'complaints.get', { id: before.id }).acknowledgeDueOn).toBe('2026-04-10')
  })

  it('P26: a data-protection complaint tells the coordinator the ICO route; others do not', () => {
    const s = setUp()
    const dp = runOperation(s, 'complaints.record', complaint({ about: 'data_protection' }))
    expect(dp.icoRoute).toMatch(/Information Commissioner’s Office.*ico\.org\.uk\/make-a-complaint.*0303 123 1113/)
    expect(runOperation(s, 'complaints.record', complaint()).icoRoute).toBeNull()
  })

  it('P32, P10: a complaint is investigated, resolved with an outcome and followed up with the complainant; anonymous ones keep no name', () => {
    const s = setUp()
    const { id } = runOperation(s, 'complaints.record', complaint({ kind: 'intent', channel: 'naccc' }))
    runOperation(s, 'complaints.note', { id, text: 'Spoke to the volunteers on duty.' })
    expect(() => runOperation(s, 'complaints.resolve', { id, resolvedOn: '2026-03-01', outcome: 'upheld', resolution: 'x' })).toThrow(
      expect.objectContaining({ field: 'resolvedOn' }),
    )
    runOperation(s, 'complaints.resolve', { id, resolvedOn: '2026-04-10', outcome: 'partly_upheld', resolution: 'Apologised; rota changed.' })
    runOperation(s, 'complaints.escalate', { id, to: 'naccc', on: '2026-04-11' })
    const done = runOperation(s, 'complaints.followUp', { id, followedUpOn: '2026-04-13', method: 'phone', by: 'Test coordinator' })
    expect(done).toMatchObject({ kind: 'intent', outcome: 'partly_upheld', followUpMethod: 'phone', escalatedTo: 'naccc', overdue: false })
    expect(done.notes).toEqual([expect.objectContaining({ text: 'Spoke to the volunteers on duty.' })])
    expect(() => runOperation(s, 'complaints.record', complaint({ anonymous: true }))).toThrow(expect.objectContaining({ field: 'fromName' }))
    const anon = runOperation(s, 'complaints.record', complaint({ anonymous: true, fromName: null, fromContact: null }))
    expect(anon).toMatchObject({ from: 'Anonymous', fromName: null })
  })

  it('P02: complaint correspondence in the vault can be attached to a complaint', () => {
    const s = setUp()
    const { id } = runOperation(s, 'complaints.record', complaint())
    expect(() => checkLinkTarget(s.db, { targetType: 'complaint', targetId: id })).not.toThrow()
    expect(() => checkLinkTarget(s.db, { targetType: 'complaint', targetId: id + 1 })).toThrow(expect.objectContaining({ code: 'not_found' }))
  })

  it('P27: a volunteer cannot see or record complaints, accidents, feedback or reports', () => {
    setUp()
    const v = cab!.as('volunteer')
    for (const [name, args] of [
      ['complaints.list', {}],
      ['accidents.list', {}],
      ['complaints.feedback.questionnaire', {}],
      ['reports.summary', {}],
      ['reports.csv', {}],
    ] as const) {
      expect(() => runOperation(v, name, args)).toThrow(expect.objectContaining({ code: 'forbidden' }))
    }
  })
})
