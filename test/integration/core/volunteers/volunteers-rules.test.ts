import { afterEach, describe, expect, it } from 'vitest'
import { reminderSources, tablesAbout } from '../../../../electron/core/data-map'
import { CabinetError } from '../../../../electron/core/errors'
import { runOperation } from '../../../../electron/core/operations'
import type { Session } from '../../../../electron/core/session'
import { checkImportMeta } from '../../../../electron/core/vault'
import { dutyReadiness } from '../../../../electron/core/volunteers/duty-readiness'
import { retentionOf } from '../../../../electron/core/volunteers/retention'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { dbsCheck, movableClock, newVolunteer } from './volunteers-fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function open(clock = movableClock()): Session {
  cab = openTestCabinet(tempDir(), { now: clock.now })
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

const reminders = (name: string, today: string, horizon = 0) =>
  reminderSources()
    .find((r) => r.name === name)!
    .list(cab.db, today, horizon)

describe('the required-steps rule (dutyReadiness)', () => {
  it('names every required step still missing, clears them one by one, and refuses a user with no volunteer record', () => {
    const s = open()
    const vol = cab.as('volunteer')
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20').blockers).toEqual([
      'Test volunteer has no volunteer record in Cabinet, so their recruitment steps cannot be checked: add them in Volunteers and link their login.',
    ])
    const v = runOperation(s, 'volunteers.create', newVolunteer({ userId: vol.user.id }))
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20')).toEqual({
      blockers: [
        'Gwen Ap Rhys has no record of an application with consent to a DBS check.',
        'Gwen Ap Rhys has no record of a satisfactory interview.',
        'Gwen Ap Rhys has no satisfactory character references (two are needed).',
        'Gwen Ap Rhys has no DBS check recorded as cleared.',
        'Gwen Ap Rhys has no record of an induction.',
        'Gwen Ap Rhys has not signed the confidentiality agreement.',
      ],
      flags: [],
    })
    runOperation(s, 'volunteers.steps.record', {
      volunteerId: v.id,
      step: 'application',
      doneOn: '2025-07-01',
      outcome: 'satisfactory',
      dbsConsentSignedOn: '2025-07-01',
    })
    runOperation(s, 'volunteers.steps.record', { volunteerId: v.id, step: 'interview', doneOn: '2025-07-10', outcome: 'unsatisfactory', notes: 'Not yet.' })
    for (const referee of ['A. Referee', 'B. Referee']) {
      const page = runOperation(s, 'volunteers.references.request', { volunteerId: v.id, referee, relationship: 'Employer', requestedOn: '2025-07-02' })
      const ref = page.references.find((r) => r.referee === referee)!
      if (referee === 'A. Referee') runOperation(s, 'volunteers.references.receive', { referenceId: ref.id, receivedOn: '2025-07-09', satisfactory: true })
    }
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id))
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20').blockers).toEqual([
      'Gwen Ap Rhys has no record of a satisfactory interview.',
      'Gwen Ap Rhys has only one satisfactory character reference (two are needed).',
      'Gwen Ap Rhys has no record of an induction.',
      'Gwen Ap Rhys has not signed the confidentiality agreement.',
    ])
    // The centre decides what is required before a first session.
    runOperation(s, 'volunteers.settings.update', { ...runOperation(s, 'volunteers.settings.get', {}), requiredSteps: ['dbs', 'application'] })
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20')).toEqual({ blockers: [], flags: [] })
    // …but not before the check was made.
    expect(dutyReadiness(cab.db, vol.user.id, '2025-07-20').blockers).toEqual(['Gwen Ap Rhys has no DBS check recorded as cleared.'])
  })

  it('flags a lapsed DBS check and expired training on duty lists without blocking, and blocks a leaver', () => {
    const s = open()
    const vol = cab.as('volunteer')
    const v = runOperation(s, 'volunteers.create', newVolunteer({ userId: vol.user.id }))
    runOperation(s, 'volunteers.settings.update', { ...runOperation(s, 'volunteers.settings.get', {}), requiredSteps: ['dbs'] })
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2023-01-31', seenOn: '2023-02-01' }))
    runOperation(s, 'volunteers.training.add', { volunteerId: v.id, kind: 'first_aid', completedOn: '2023-03-01', expiresOn: '2026-03-01' })
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20')).toEqual({
      blockers: [],
      flags: ['Gwen Ap Rhys’s DBS check lapsed on 31/01/2026: renew it.', 'Gwen Ap Rhys’s first aid training expired on 01/03/2026.'],
    })
    runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2026-03-10', reason: 'Retired' })
    expect(dutyReadiness(cab.db, vol.user.id, '2026-03-20').blockers).toEqual(['Gwen Ap Rhys stopped volunteering on 10/03/2026.'])
  })
})

describe('reminders (the area’s ReminderSources)', () => {
  it('a DBS re-check appears 60 days ahead, across a leap day, and opens the volunteer’s page', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2025-02-28', seenOn: '2025-03-01' }))
    // Due 2028-02-28; 60 days before is 2027-12-30.
    expect(reminders('volunteers.dbs', '2027-12-29')).toEqual([])
    expect(reminders('volunteers.dbs', '2027-12-30')).toEqual([
      {
        key: `volunteers.dbs:${runOperation(s, 'volunteers.get', { id: v.id }).dbs[0].id}`,
        source: 'volunteers.dbs',
        title: 'Renew Gwen Ap Rhys’s DBS check',
        dueOn: '2028-02-28',
        href: `#/volunteers/${v.id}`,
      },
    ])
    // The Reminders page's horizon brings it forward.
    expect(reminders('volunteers.dbs', '2027-12-20', 10)).toHaveLength(1)
  })

  it('an update-service status check is due N months after the last one; new information asks for a new check at once', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    const page = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2025-08-31', seenOn: '2025-09-01', updateServiceId: 'c0123 456789' }))
    expect(page.dbs[0]).toMatchObject({ updateServiceId: 'C0123456789', next: { kind: 'status_check', dueOn: '2026-08-31' } })
    expect(reminders('volunteers.dbs', '2026-07-02').map((r) => [r.title, r.dueOn])).toEqual([
      ['Check Gwen Ap Rhys’s DBS status on the update service', '2026-08-31'],
    ])
    const checked = runOperation(s, 'volunteers.dbs.statusCheck', { dbsId: page.dbs[0].id, checkedOn: '2026-02-28', result: 'no_change' })
    expect(checked.dbs[0].next).toEqual({ kind: 'status_check', dueOn: '2027-02-28' })
    runOperation(s, 'volunteers.dbs.statusCheck', { dbsId: page.dbs[0].id, checkedOn: '2026-03-01', result: 'new_information' })
    expect(reminders('volunteers.dbs', '2026-03-02').map((r) => r.dueOn)).toEqual(['2026-03-01'])
    expect(runOperation(s, 'volunteers.list', {})[0].dbs.state).toBe('lapsed')
  })

  it('references outstanding after 14 days and training 30 days before it expires, at month ends; leavers get none', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.references.request', { volunteerId: v.id, referee: 'A. Referee', relationship: 'Neighbour', requestedOn: '2026-01-20' })
    expect(reminders('volunteers.references', '2026-02-02')).toEqual([])
    expect(reminders('volunteers.references', '2026-02-03').map((r) => [r.title, r.dueOn])).toEqual([
      ['Chase Gwen Ap Rhys’s reference from A. Referee', '2026-02-03'],
    ])
    runOperation(s, 'volunteers.training.add', {
      volunteerId: v.id,
      kind: 'safeguarding',
      level: 'Level 2',
      completedOn: '2025-03-31',
      expiresOn: '2028-03-31',
    })
    expect(reminders('volunteers.training', '2028-02-29')).toEqual([])
    expect(reminders('volunteers.training', '2028-03-01').map((r) => r.dueOn)).toEqual(['2028-03-31'])
    // Renewed: the old record no longer reminds.
    runOperation(s, 'volunteers.training.add', {
      volunteerId: v.id,
      kind: 'safeguarding',
      level: 'Level 2',
      completedOn: '2026-03-01',
      expiresOn: '2029-03-01',
    })
    expect(reminders('volunteers.training', '2028-03-01')).toEqual([])
    expect(runOperation(s, 'volunteers.get', { id: v.id }).due.map((d) => d.key)).toEqual([expect.stringMatching(/^volunteers\.references:/)])
    runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2026-03-01', reason: 'Moved away' })
    expect(reminders('volunteers.references', '2026-03-16')).toEqual([])
  })
})

describe('retention: each record type’s class and due date (P12–P16)', () => {
  it('P12: the HR file and character references are due 6 years after volunteering ends', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer({ startedOn: '2020-01-06' }))
    const page = runOperation(s, 'volunteers.references.request', {
      volunteerId: v.id,
      referee: 'A. Referee',
      relationship: 'Friend',
      requestedOn: '2025-07-01',
    })
    expect(retentionOf(cab.db, 'volunteers', v.id)).toEqual({ recordClass: 'volunteer.hr', startsOn: null, dueOn: null })
    runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2024-02-29', reason: 'Moved away' })
    expect(retentionOf(cab.db, 'volunteers', v.id)).toEqual({ recordClass: 'volunteer.hr', startsOn: '2024-02-29', dueOn: '2030-02-28' })
    expect(retentionOf(cab.db, 'volunteer_reference', page.references[0].id)).toEqual({
      recordClass: 'volunteer.hr',
      startsOn: '2024-02-29',
      dueOn: '2030-02-28',
    })
  })

  it('P13: a DBS record starts when a new check replaces it or the person leaves; WW keeps it 6 years, MM not at all', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id, { checkedOn: '2022-08-01', seenOn: '2022-08-02', certificateNumber: '000000000001' }))
    const page = runOperation(s, 'volunteers.dbs.record', dbsCheck(v.id))
    const [current, old] = page.dbs
    expect(retentionOf(cab.db, 'volunteer_dbs', old.id)).toEqual({ recordClass: 'volunteer.dbs', startsOn: '2025-08-01', dueOn: '2031-08-01' })
    expect(retentionOf(cab.db, 'volunteer_dbs', current.id)).toEqual({ recordClass: 'volunteer.dbs', startsOn: null, dueOn: null })
    runOperation(s, 'volunteers.end', { id: v.id, endedOn: '2026-01-31', reason: 'Moved away' })
    runOperation(s, 'volunteers.settings.update', {
      ...runOperation(s, 'volunteers.settings.get', {}),
      preset: 'MM',
      supersededDbs: 'remove',
      dbsKeptYearsAfterEnd: 0,
    })
    expect(retentionOf(cab.db, 'volunteer_dbs', current.id)).toEqual({ recordClass: 'volunteer.dbs', startsOn: '2026-01-31', dueOn: '2026-01-31' })
  })

  it('P14: a finance record is due 6 years from the end of its financial year; WW holds none', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer({ kind: 'staff', roles: ['coordinator'] }))
    const args = { volunteerId: v.id, kind: 'pay' as const, description: 'April pay', relatesToOn: '2025-04-30', amountPence: 120000 }
    expect(refusal(() => runOperation(s, 'volunteers.finance.add', args)).message).toMatch(/holds no finance records/)
    runOperation(s, 'volunteers.settings.update', { ...runOperation(s, 'volunteers.settings.get', {}), preset: 'MM', holdsFinance: true })
    const page = runOperation(s, 'volunteers.finance.add', args)
    expect(page.finance[0].financialYearEndsOn).toBe('2026-03-31')
    expect(retentionOf(cab.db, 'volunteer_finance', page.finance[0].id)).toEqual({ recordClass: 'finance', startsOn: '2026-03-31', dueOn: '2032-03-31' })
  })

  it('P15: parental leave is due 5 years from the birth or adoption, 18 where a disability allowance is paid', () => {
    const s = open()
    runOperation(s, 'volunteers.settings.update', {
      ...runOperation(s, 'volunteers.settings.get', {}),
      preset: 'CE',
      holdsFinance: true,
      holdsParentalLeave: true,
    })
    const v = runOperation(s, 'volunteers.create', newVolunteer({ kind: 'staff', roles: ['coordinator'] }))
    const leave = (disabilityAllowance: boolean) =>
      runOperation(s, 'volunteers.parentalLeave.add', {
        volunteerId: v.id,
        kind: 'maternity',
        childBornOn: '2025-06-15',
        startsOn: '2025-06-01',
        disabilityAllowance,
      }).parentalLeave[0].id
    expect(retentionOf(cab.db, 'volunteer_parental_leave', leave(false))).toEqual({
      recordClass: 'parental_leave',
      startsOn: '2025-06-15',
      dueOn: '2030-06-15',
    })
    expect(retentionOf(cab.db, 'volunteer_parental_leave', leave(true))).toEqual({ recordClass: 'parental_leave', startsOn: '2038-06-15', dueOn: '2043-06-15' })
  })

  it('P16: an applicant who never started is other information, due 3 years after it was last used', () => {
    const clock = movableClock()
    const s = open(clock)
    const v = runOperation(s, 'volunteers.create', newVolunteer({ startedOn: null }))
    expect(retentionOf(cab.db, 'volunteers', v.id)).toEqual({ recordClass: 'staff.other', startsOn: '2026-03-16', dueOn: '2029-03-16' })
    clock.set('2026-05-01')
    runOperation(s, 'volunteers.references.request', { volunteerId: v.id, referee: 'A. Referee', relationship: 'Friend', requestedOn: '2026-04-30' })
    expect(retentionOf(cab.db, 'volunteers', v.id).dueOn).toBe('2029-05-01')
  })
})

describe('P13: a DBS certificate is never kept as a document', () => {
  it('refuses a document whose title, file name or chosen category looks like a certificate, explaining the policy', () => {
    const s = open()
    const v = runOperation(s, 'volunteers.create', newVolunteer())
    const meta = {
      title: 'Application form',
      category: 'hr_document' as const,
      links: [{ targetType: 'volunteer' as const, targetId: v.id }],
      originalName: 'application.pdf',
    }
    expect(checkImportMeta(s, meta).links).toEqual([{ targetType: 'volunteer', targetId: v.id }])
    for (const [changed, field] of [
      [{ title: 'Enhanced DBS certificate' }, 'title'],
      [{ originalName: 'gwen_dbs.pdf' }, 'file'],
      [{ category: 'dbs_certificate' }, 'category'],
    ] as const) {
      const e = refusal(() => checkImportMeta(s, { ...meta, ...changed } as never))
      expect(e, field).toMatchObject({ code: 'validation', field })
      expect(e.message).toContain('never keeps DBS certificates (promise P13)')
    }
    const viaContract = refusal(() =>
      runOperation(s, 'documents.beginImport', { title: 'Form', category: 'dbs_certificate', links: meta.links, originalName: 'form.pdf', size: 10 } as never),
    )
    expect(viaContract).toMatchObject({ field: 'category' })
    expect(viaContract.message).toContain('promise P13')
  })
})

describe('a volunteer’s rights (P21, P23)', () => {
  it('every volunteers table finds a volunteer’s rows; erasure removes the HR file and keeps finance and parental leave; referees’ notes stay out of the pack', () => {
    const s = open()
    runOperation(s, 'volunteers.settings.update', {
      ...runOperation(s, 'volunteers.settings.get', {}),
      preset: 'CE',
      holdsFinance: true,
      holdsParentalLeave: true,
    })
    const v = runOperation(s, 'volunteers.create', newVolunteer({ kind: 'staff' }))
    const other = runOperation(s, 'volunteers.create', newVolunteer({ givenName: 'Other' }))
    for (const id of [v.id, other.id]) {
      runOperation(s, 'volunteers.references.request', { volunteerId: id, referee: 'A. Referee', relationship: 'Friend', requestedOn: '2025-07-01' })
      runOperation(s, 'volunteers.dbs.record', dbsCheck(id, { disclosure: 'positive', decision: 'pending', certificateNumber: `00000000000${id}` }))
    }
    runOperation(s, 'volunteers.finance.add', { volunteerId: v.id, kind: 'pay', description: 'May pay', relatesToOn: '2025-05-31', amountPence: 1000 })
    const links = tablesAbout('volunteer').filter(({ table }) => table.area === 'volunteers')
    expect(links.map(({ table }) => table.table).sort()).toEqual([
      'volunteer_dbs',
      'volunteer_dbs_assessment',
      'volunteer_finance',
      'volunteer_parental_leave',
      'volunteer_reference',
      'volunteer_role',
      'volunteer_step',
      'volunteer_training',
      'volunteers',
    ])
    const rowsOf = (table: string, where: string) => cab.db.prepare(`SELECT count(*) FROM "${table}" WHERE ${where}`).pluck().get({ subjectId: v.id }) as number
    for (const { table, link } of links) {
      const all = cab.db.prepare(`SELECT count(*) FROM "${table.table}"`).pluck().get() as number
      expect(rowsOf(table.table, link.where), table.table).toBeLessThanOrEqual(all)
    }
    expect(rowsOf('volunteer_reference', links.find((l) => l.table.table === 'volunteer_reference')!.link.where)).toBe(1)
    expect(Object.fromEntries(links.map(({ table, link }) => [table.table, link.erasure.action]))).toMatchObject({
      volunteers: 'delete-rows',
      volunteer_dbs: 'delete-rows',
      volunteer_finance: 'kept',
      volunteer_parental_leave: 'kept',
    })
    const pack = links.find((l) => l.table.table === 'volunteer_reference')!.link.subjectAccess
    expect(pack.take).not.toContain('notes')
  })
})
