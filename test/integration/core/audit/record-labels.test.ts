import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { pdfBytes } from '../../../unit/core/vault/sample-files'
import { fixedNow, newFamily } from '../families/fixtures'
import { addAs, ops, viewAs } from '../vault/vault-fixture'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

type AuditPage = ReturnType<typeof listPage>

function listPage(c: TestCabinet, args: Parameters<typeof runOperation<'app.audit.list'>>[2] = {}) {
  return runOperation(c.as('coordinator'), 'app.audit.list', args)
}

/** The newest row with this action, as the audit log page receives it. */
function newest(page: AuditPage, action: string) {
  const row = page.rows.find((r) => r.action === action)
  if (!row) throw new Error(`no ${action} row in the audit page`)
  return row
}

async function addDocument(c: TestCabinet, title: string, familyId: number) {
  const content = pdfBytes(title)
  return addAs(c.as('coordinator'), Readable.from([content]), content.length, {
    title,
    category: 'court_order',
    links: [{ targetType: 'family', targetId: familyId }],
  })
}

describe('P28: the audit log page names each record, looked up as the log is read', () => {
  it('P28: shows the family by reference and names, a person, a referral, a document by title and a user by display name, each with a link', async () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const coordinator = cab.as('coordinator')
    const { familyId, referralId } = runOperation(coordinator, 'families.create', newFamily())
    const family = runOperation(coordinator, 'families.get', { id: familyId })
    const tomasz = family.adults.find((a) => a.givenName === 'Tomasz')!
    const doc = await addDocument(cab, 'Child arrangements order', familyId)
    await viewAs(coordinator, doc.id)

    const page = listPage(cab)
    expect(newest(page, 'family.view').record).toEqual({ label: "R-2026-0001 (Siân Nowak-Wiśniewska / Tomasz O'Neill)", link: `/families/${familyId}` })
    expect(newest(page, 'referral.create').record).toEqual({ label: "R-2026-0001 (Siân Nowak-Wiśniewska / Tomasz O'Neill)", link: `/families/${familyId}` })
    expect(newest(page, 'document.view').record).toEqual({ label: 'Child arrangements order', link: `/documents/${doc.id}` })
    expect(newest(page, 'family.view').who).toBe(coordinator.user.displayName)
    expect(newest(page, 'family.view').recordId).toBe(String(familyId))
    expect(referralId).toBeGreaterThan(0)

    const volunteer = cab.as('volunteer')
    coordinator.audit({ action: 'user.disable', recordType: 'user', recordId: volunteer.user.id })
    coordinator.audit({ action: 'person.update', recordType: 'person', recordId: tomasz.id })
    coordinator.audit({ action: 'settings.centre_update', recordType: 'settings', recordId: 'centre' })
    const later = listPage(cab)
    expect(newest(later, 'user.disable').record).toEqual({ label: volunteer.user.displayName, link: '/settings/users' })
    expect(newest(later, 'person.update').record).toEqual({ label: "Tomasz O'Neill (R-2026-0001)", link: `/families/${familyId}` })
    expect(newest(later, 'settings.centre_update').record).toEqual({ label: 'the centre details', link: '/settings/centre' })
  })

  it('P28: a record deleted since says so, never showing its id; a row about no record has none', async () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const coordinator = cab.as('coordinator')
    const { familyId } = runOperation(coordinator, 'families.create', newFamily())
    const doc = await addDocument(cab, 'Letter from the court', familyId)
    await ops['documents.destroy'](coordinator, { id: doc.id, reason: 'added_in_error' })
    // Families are erased by retention: rows about ids no table holds any more stand for them.
    coordinator.audit({ action: 'family.view', recordType: 'family', recordId: 9999 })
    coordinator.audit({ action: 'person.update', recordType: 'person', recordId: 9999 })
    coordinator.audit({ action: 'referral.status', recordType: 'referral', recordId: 9999 })
    coordinator.audit({ action: 'demo.generate' })

    const page = listPage(cab)
    expect(newest(page, 'document.add').record).toEqual({ label: 'a document since destroyed', link: null })
    expect(newest(page, 'document.destroy').record).toEqual({ label: 'a document since destroyed', link: null })
    expect(newest(page, 'family.view').record).toEqual({ label: 'a family since deleted', link: null })
    expect(newest(page, 'person.update').record).toEqual({ label: 'a person since deleted', link: null })
    expect(newest(page, 'referral.status').record).toEqual({ label: 'a referral since deleted', link: null })
    expect(newest(page, 'demo.generate').record).toBeNull()
    const shown = JSON.stringify(page.rows.map((r) => [r.who, r.record]))
    expect(shown).not.toContain(doc.id)
    expect(shown).not.toContain('9999')
  })

  it('P28: the log itself still stores ids and codes only: the names are in no audit row', async () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const coordinator = cab.as('coordinator')
    const { familyId } = runOperation(coordinator, 'families.create', newFamily())
    runOperation(coordinator, 'families.get', { id: familyId })
    await addDocument(cab, 'Contact arrangements letter', familyId)
    expect(JSON.stringify(listPage(cab).rows)).toContain('Contact arrangements letter')

    const stored = JSON.stringify(cab.db.prepare('SELECT * FROM audit_log').all())
    for (const personal of ['Siân', 'Nowak', "O'Neill", 'R-2026-0001', 'Contact arrangements letter', coordinator.user.displayName]) {
      expect(stored).not.toContain(personal)
    }
  })

  it('filters by one action exactly, or by a prefix', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const coordinator = cab.as('coordinator')
    coordinator.audit({ action: 'auth.login_failed', recordType: 'user', recordId: coordinator.user.id })
    coordinator.audit({ action: 'auth.login', recordType: 'user', recordId: coordinator.user.id })
    expect(listPage(cab, { action: 'auth.login', exactAction: true }).rows.map((r) => r.action)).toEqual(['auth.login'])
    expect(listPage(cab, { action: 'auth.login' }).rows.map((r) => r.action)).toEqual(['auth.login', 'auth.login_failed'])
  })
})
