import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { importDocument } from '../../../../electron/core/vault'
import { textPdf } from '../../../helpers/synthetic-pdf'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, setUpCabinet, type SetUpCabinet } from '../host/fixture'

/*
 * Documents take their retention from their category (P10–P12): an HR document is counted from
 * the day the volunteer it is about stopped volunteering, complaint correspondence from the day
 * its complaint was resolved. While the volunteer still volunteers, nothing falls due.
 */
const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

describe('documents in the retention report', () => {
  it('P12: an HR document falls due 6 years after its volunteer stopped, and not while they volunteer', async () => {
    cab = setUpCabinet(tempDir(), { now: () => new Date('2026-03-01T10:00:00Z') })
    const { host, session } = cab
    runOperation(host, 'retention.schedule.adopt', { preset: 'ww' })
    const volunteer = runOperation(host, 'volunteers.create', {
      kind: 'volunteer',
      givenName: 'Gwen',
      familyName: 'Ap Rhys',
      dateOfBirth: '1970-05-04',
      email: 'gwen.aprhys@example.org',
      phone: '07700 900321',
      roles: ['session_volunteer'],
      startedOn: '2020-09-01',
      confidentialitySignedOn: null,
      userId: null,
    })
    await importDocument(session, Readable.from([Buffer.from(textPdf([['Application form']]))]), {
      title: 'Application form',
      category: 'hr_document',
      originalName: 'application.pdf',
      links: [{ targetType: 'volunteer', targetId: volunteer.id }],
    })
    const hrDocument = () => runOperation(host, 'retention.report', { states: ['running', 'upcoming'] }).records.find((r) => r.table === 'documents')
    expect(hrDocument()).toMatchObject({ recordClass: 'volunteer.hr', trigger: null, dueOn: null })
    runOperation(host, 'volunteers.end', { id: volunteer.id, endedOn: '2026-02-14', reason: 'Moved away' })
    expect(hrDocument()).toMatchObject({ recordClass: 'volunteer.hr', trigger: '2026-02-14', dueOn: '2032-02-14' })
  })

  it('P12, P17: a volunteer’s HR file is disposed of with their roles (a table without rowids) once due', async () => {
    let clock = new Date('2026-03-01T10:00:00Z')
    cab = setUpCabinet(tempDir(), { now: () => clock })
    const { host, session } = cab
    runOperation(host, 'retention.schedule.adopt', { preset: 'ww' })
    const volunteer = runOperation(host, 'volunteers.create', {
      kind: 'volunteer',
      givenName: 'Gwen',
      familyName: 'Ap Rhys',
      dateOfBirth: '1970-05-04',
      email: 'gwen.aprhys@example.org',
      phone: '07700 900321',
      roles: ['session_volunteer', 'supervisor'],
      startedOn: '2020-09-01',
      confidentialitySignedOn: null,
      userId: null,
    })
    runOperation(host, 'volunteers.end', { id: volunteer.id, endedOn: '2026-02-14', reason: 'Moved away' })
    clock = new Date('2032-03-01T10:00:00Z')
    const due = runOperation(host, 'retention.review', {}).due.filter((s) => s.subject.type === 'volunteer')
    const groups = due.flatMap((s) => s.groups.map((g) => ({ subject: s.subject, recordClass: g.recordClass })))
    expect(groups.map((g) => g.recordClass)).toContain('volunteer.hr')
    await runOperation(host, 'retention.dispose', { groups, password: COORDINATOR.password })
    expect(session.db.prepare('SELECT count(*) FROM volunteers').pluck().get()).toBe(0)
    expect(session.db.prepare('SELECT count(*) FROM volunteer_role').pluck().get()).toBe(0)
  })
})
