import { afterEach, describe, expect, it } from 'vitest'
import { describeAuditRows } from '../../../../electron/core/audit/record-labels'
import { CabinetError } from '../../../../electron/core/errors'
import { runOperation } from '../../../../electron/core/operations'
import type { Session } from '../../../../electron/core/session'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { useAppFixtures } from '../../door/app-fixture'
import { CERTIFICATE, TODAY, dbsCheck, newVolunteer } from './volunteers-fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function coordinator(): Session {
  cab = openTestCabinet(tempDir(), { now: () => TODAY })
  return cab.as('coordinator')
}

function refusal(fn: () => unknown): CabinetError {
  try {
    fn()
  } catch (e) {
    if (e instanceof CabinetError) return e
    throw e
  }
  throw new Error('expected a refusal')
}

describe('volunteers: the person and their file', () => {
  it('adds a volunteer with their roles, shows them on the list as an active volunteer with no DBS, and audits the view', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer({ roles: ['supervisor', 'session_volunteer', 'supervisor'] }))
    expect(v).toMatchObject({ givenName: 'Gwen', familyName: 'Ap Rhys', status: 'active', roles: ['session_volunteer', 'supervisor'], phone: '+447700900321' })
    expect(v.trial).toEqual({ midOn: '2025-12-01', endOn: '2026-03-01' })
    const [row] = runOperation(s, 'volunteers.list', {})
    expect(row).toMatchObject({ id: v.id, status: 'active', dbs: { state: 'none', dueOn: null }, referencesOutstanding: 0, missingSteps: 6 })
    runOperation(s, 'volunteers.get', { id: v.id })
    expect(cab.db.prepare("SELECT record_type, record_id FROM audit_log WHERE action = 'volunteer.view'").get()).toEqual({
      record_type: 'volunteer',
      record_id: String(v.id),
    })
    // The audit log page names the volunteer and links to their page; the log itself holds the id only (P28).
    const [described] = describeAuditRows(cab.db, [{ actorUserId: s.user.id, actor: 'coordinator', recordType: 'volunteer', recordId: String(v.id) }])
    expect(described.record).toEqual({ label: 'Gwen Ap Rhys', link: `/volunteers/${v.id}` })
  })

  it('ending volunteering starts the clock and moves them to the leavers list', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    const ended = runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2026-02-01', reason: 'Moved away' })
    expect(ended).toMatchObject({ status: 'left', endedOn: '2026-02-01', endReason: 'Moved away' })
    expect(runOperation(s, 'volunteers.list', {})).toEqual([])
    expect(runOperation(s, 'volunteers.list', { show: 'left' }).map((r) => r.id)).toEqual([v.id])
    expect(refusal(() => runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2026-02-02', reason: 'Again' })).code).toBe('conflict')
  })
})

describe('P27: a volunteer sees only their own record', () => {
  it('the core refuses a volunteer reading, listing or changing anyone’s record; volunteers.mine shows their own and takes no id', () => {
    const s = coordinator()
    const vol = cab.as('volunteer')
    const other = runOperation(s, 'volunteers.create', newVolunteer({ givenName: 'Other' }))
    const own = runOperation(s, 'volunteers.create', newVolunteer({ givenName: 'Own', userId: vol.user.id }))
    runOperation(s, 'volunteers.references.request', { volunteerId: own.id, referee: 'R. Referee', relationship: 'Employer', requestedOn: '2025-08-01' })
    runOperation(s, 'volunteers.references.receive', {
      referenceId: runOperation(s, 'volunteers.get', { id: own.id }).references[0].id,
      receivedOn: '2025-08-10',
      satisfactory: true,
      notes: 'Said in confidence: reliable.',
    })
    for (const [name, args] of [
      ['volunteers.get', { id: other.id }],
      ['volunteers.list', {}],
      ['volunteers.update', { ...newVolunteer(), id: own.id }],
      ['volunteers.register.print', {}],
    ] as const) {
      const e = refusal(() => runOperation(vol, name, args as never))
      expect(e.code, name).toBe('forbidden')
    }
    const mine = runOperation(vol, 'volunteers.mine', {})
    expect(mine).toMatchObject({ id: own.id, givenName: 'Own' })
    // What a referee said in confidence stays with the coordinator.
    expect(mine!.references[0]).toMatchObject({ referee: 'R. Referee', satisfactory: true, notes: null })
    expect(refusal(() => runOperation(vol, 'volunteers.mine', { id: other.id } as never)).message).toMatch(/Unknown field: "id"/)
  })

  it('the volunteer signs the confidentiality agreement on their own record, dated today', () => {
    const s = coordinator()
    const vol = cab.as('volunteer')
    const own = runOperation(s, 'volunteers.create', newVolunteer({ userId: vol.user.id }))
    expect(own.confidentialitySignedOn).toBeNull()
    expect(runOperation(vol, 'volunteers.mine.acknowledge', {}).confidentialitySignedOn).toBe('2026-03-16')
    expect(runOperation(s, 'volunteers.get', { id: own.id }).confidentialitySignedOn).toBe('2026-03-16')
    expect(cab.db.prepare("SELECT count(*) FROM audit_log WHERE action = 'volunteer.confidentiality_sign'").pluck().get()).toBe(1)
  })

  const openApp = useAppFixtures()
  it('the dispatcher refuses a volunteer another volunteer’s record before any handler runs', async () => {
    const f = openApp()
    await f.setUpWithVolunteer()
    const created = await f.ok<{ id: number }>('volunteers.create', newVolunteer())
    await f.ok('app.lock')
    await f.ok('app.login', { username: 'volunteer.sam', password: 'quiet garden gates 7' })
    const e = await f.fails('volunteers.get', { id: created.id })
    expect(e.code).toBe('forbidden')
    expect(await f.ok('volunteers.mine')).toBeNull()
  })
})

describe('P13: DBS records', () => {
  it('validates the certificate number: 12 digits, spaces and hyphens as people copy it taken out', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    for (const bad of ['12345678901', '1234567890123', '00123456789O', '000000000000', '']) {
      const e = refusal(() => runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { certificateNumber: bad })))
      expect(e, bad).toMatchObject({ code: 'validation', field: 'certificateNumber' })
      expect(e.message).toContain('12 digits')
    }
    const saved = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { certificateNumber: '0012 3456-7890' }))
    expect(saved.dbs[0].certificateNumber).toBe(CERTIFICATE)
  })

  it('never takes the certificate itself: a field for its content is refused by name', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    const e = refusal(() => runOperation(s, 'volunteers.dbs.record', { ...dbsCheck(v.id), certificateContent: 'Conviction …' } as never))
    expect(e).toMatchObject({ code: 'validation', field: 'certificateContent' })
  })

  it('a new check supersedes the current record, which the WW preset keeps with the HR file', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2022-08-01', seenOn: '2022-08-02', certificateNumber: '000000000001' }))
    const after = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id))
    expect(after.dbs.map((d) => [d.certificateNumber, d.supersededOn])).toEqual([
      [CERTIFICATE, null],
      ['000000000001', '2025-08-01'],
    ])
    expect(after.dbs[0].next).toEqual({ kind: 'recheck', dueOn: '2028-08-01' })
    expect(after.dbs[1].next).toBeNull()
  })

  it('the MM preset removes the superseded record there and then ("until the next DBS")', () => {
    const s = coordinator()
    runOperation(s, 'volunteers.settings.update', {
      ...runOperation(s, 'volunteers.settings.get', {}),
      preset: 'MM',
      supersededDbs: 'remove',
      dbsKeptYearsAfterEnd: 0,
    })
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2022-08-01', seenOn: '2022-08-02', certificateNumber: '000000000001' }))
    const after = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id))
    expect(after.dbs.map((d) => d.certificateNumber)).toEqual([CERTIFICATE])
    const detail = cab.db.prepare("SELECT detail FROM audit_log WHERE action = 'volunteer.dbs.record' ORDER BY id DESC LIMIT 1").pluck().get() as string
    expect(JSON.parse(detail)).toMatchObject({ removed: true })
  })

  it('a positive disclosure is assessed factor by factor; the decision, never the disclosure, is kept', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    const withDisclosure = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { disclosure: 'positive', decision: 'pending' }))
    expect(
      refusal(() =>
        runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { disclosure: 'positive', decision: 'cleared', certificateNumber: '000000000002' })),
      ).field,
    ).toBe('decision')
    const assessed = runOperation(s, 'volunteers.dbs.assess', {
      dbsId: withDisclosure.dbs[0].id,
      relevance: 'Not relevant to work with children.',
      seriousness: 'Minor.',
      timeElapsed: 'Over 20 years.',
      pattern: 'A single occasion.',
      circumstances: 'Youthful.',
      personsAccount: 'Open and consistent.',
      decidedOn: '2025-08-20',
      decision: 'cleared_after_assessment',
      outcome: 'Cleared by the coordinator and chair.',
    })
    expect(assessed.dbs[0]).toMatchObject({
      decision: 'cleared_after_assessment',
      outcome: 'Cleared by the coordinator and chair.',
      assessment: { pattern: 'A single occasion.' },
    })
  })
})

describe('the DBS register print', () => {
  it('P13: certificate numbers appear only on the coordinator’s copy, and the audit row says which copy was printed', () => {
    const s = coordinator()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id))
    const left = runOperation(s, 'volunteers.create', newVolunteer({ givenName: 'Gone' }))
    runOperation(s, 'volunteers.end', { id: left.id, endedOn: '2026-01-01', reason: 'Moved away' })
    const plain = runOperation(s, 'volunteers.register.print', {})
    expect(plain.rows).toEqual([
      {
        name: 'Gwen Ap Rhys',
        roles: ['session_volunteer'],
        checkedOn: '2025-08-01',
        level: 'enhanced_barred',
        certificateNumber: null,
        decision: 'cleared',
        nextDueOn: '2028-08-01',
        dbsState: 'current',
        training: 'None recorded',
      },
    ])
    expect(runOperation(s, 'volunteers.register.print', { withCertificateNumbers: true }).rows[0].certificateNumber).toBe(CERTIFICATE)
    const details = cab.db.prepare("SELECT detail FROM audit_log WHERE action = 'volunteer.register.print' ORDER BY id").pluck().all() as string[]
    expect(details.map((d) => JSON.parse(d) as unknown)).toEqual([
      { withCertificateNumbers: false, rows: 1 },
      { withCertificateNumbers: true, rows: 1 },
    ])
  })
})

describe('ending volunteering with a Cabinet login', () => {
  const openApp = useAppFixtures()
  it('offers to disable the login: both are recorded, each with its own audit row', async () => {
    const f = openApp()
    const { volunteerId: userId } = await f.setUpWithVolunteer()
    const v = await f.ok<{ id: number }>('volunteers.create', newVolunteer({ userId }))
    const ended = await f.ok<{ account: { disabled: boolean } }>('volunteers.end', {
      id: v.id,
      endedOn: '2026-02-01',
      reason: 'Moved away',
      disableAccount: true,
    })
    expect(ended.account.disabled).toBe(true)
    const actions = f.host.session!.db.prepare("SELECT action FROM audit_log WHERE action IN ('user.disable', 'volunteer.end') ORDER BY id").pluck().all()
    expect(actions).toEqual(['user.disable', 'volunteer.end'])
    const other = await f.ok<{ id: number }>('volunteers.create', newVolunteer({ givenName: 'Nolog' }))
    expect(await f.fails('volunteers.end', { id: other.id, endedOn: '2026-02-01', reason: 'Moved away', disableAccount: true })).toMatchObject({
      field: 'disableAccount',
    })
  })
})
