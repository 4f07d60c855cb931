import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../../../electron/core/audit/audit'
import { lastDisposalAt } from '../../../../electron/core/backups/disposals'
import { deriveSubkeys } from '../../../../electron/core/crypto/subkeys'
import { runOperation } from '../../../../electron/core/operations'
import { importDocument } from '../../../../electron/core/vault'
import { textPdf } from '../../../helpers/synthetic-pdf'
import { useTempDirs } from '../../../helpers/temp-dir'
import { decryptedPages } from '../families/decrypted-pages'
import { adult, newFamily, referral } from '../families/fixtures'
import { COORDINATOR, masterKeyOf, setUpCabinet, type SetUpCabinet } from '../host/fixture'

const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

const SURNAME = 'Quillfeatherby'
const OLD_PHONE = '07700 900987'

/** Every byte of the data folder: the database decrypted page by page, the WAL, the vault's files. */
function folderBytes(c: SetUpCabinet): Buffer {
  const key = deriveSubkeys(masterKeyOf(c.dir, c.recoveryKey)).database
  const parts = [decryptedPages(c.session.db, c.session.paths.database, key)]
  const wal = `${c.session.paths.database}-wal`
  if (existsSync(wal)) parts.push(readFileSync(wal))
  for (const f of readdirSync(c.session.paths.vault, { recursive: true }) as string[]) {
    const p = join(c.session.paths.vault, f)
    if (statSync(p).isFile()) parts.push(readFileSync(p))
  }
  return Buffer.concat(parts)
}

async function setUp() {
  let clock = new Date('2024-01-10T10:00:00Z')
  cab = setUpCabinet(tempDir(), { now: () => clock })
  const { host, session } = cab
  runOperation(host, 'retention.schedule.adopt', { preset: 'ww' })
  const family = newFamily({
    resident: adult({ familyName: SURNAME, mobilePhone: '07700 900111' }),
    children: [{ givenName: 'Wren', familyName: SURNAME, dateOfBirth: '2018-06-01', livesWith: 'resident' }],
    referral: referral({ receivedOn: '2024-01-02' }),
  })
  const { familyId, referralId } = runOperation(host, 'families.create', family)
  const got = runOperation(host, 'families.get', { id: familyId })
  const resident = got.adults.find((p) => p.familyName === SURNAME)!
  // A correction: the history now quotes the old phone number.
  runOperation(host, 'families.updateAdult', { personId: resident.id, source: 'phone', person: adult({ familyName: SURNAME, mobilePhone: OLD_PHONE }) })
  runOperation(host, 'families.updateAdult', { personId: resident.id, source: 'phone', person: adult({ familyName: SURNAME, mobilePhone: '07700 900555' }) })
  const doc = await importDocument(session, Readable.from([Buffer.from(textPdf([[`Referral form for ${SURNAME}`]]))]), {
    title: `${SURNAME} referral form`,
    category: 'referral_form',
    originalName: 'form.pdf',
    links: [{ targetType: 'family', targetId: familyId }],
  })
  runOperation(host, 'families.referrals.transition', { referralId: referralId!, to: 'withdrawn', on: '2024-01-09', reason: `${SURNAME} moved away` })
  // Another family, held: never proposed.
  const held = runOperation(host, 'families.create', newFamily({ referral: referral({ receivedOn: '2024-01-03' }) }))
  runOperation(host, 'families.referrals.transition', { referralId: held.referralId!, to: 'withdrawn', on: '2024-01-09', reason: null })
  runOperation(host, 'holds.place', { subject: { type: 'family', id: held.familyId }, kind: 'safeguarding', reason: 'Police enquiry' })
  clock = new Date('2025-03-01T10:00:00Z')
  return { host, session, familyId, heldFamily: held.familyId, doc }
}

describe('disposal (P17)', () => {
  it('P17: proposals are grouped by family and class; the held family is not among them', async () => {
    const { host, familyId, heldFamily } = await setUp()
    const review = runOperation(host, 'retention.review', {})
    expect(review.due.map((s) => s.subject)).toEqual([{ type: 'family', id: familyId }])
    expect(review.due[0].groups.map((g) => g.recordClass)).toEqual(expect.arrayContaining(['correction', 'document', 'family', 'referral.self']))
    expect(review.due[0].groups.find((g) => g.recordClass === 'referral.self')?.reasons).toEqual([
      'Self-referral without a court order or Cafcass, closed 09/01/2024: due 09/01/2025',
    ])
    expect(review.later.find((s) => s.subject.id === heldFamily)?.groups.map((g) => g.state)).toContain('held')
  })

  it('P17: refuses a wrong password and the family’s own records without the rest; removes nothing', async () => {
    const { host, familyId } = await setUp()
    const groups = runOperation(host, 'retention.review', {}).due[0].groups.map((g) => ({ subject: g.subject, recordClass: g.recordClass }))
    await expect(runOperation(host, 'retention.dispose', { groups, password: 'not my password at all' })).rejects.toMatchObject({
      code: 'auth',
      field: 'password',
    })
    await expect(
      runOperation(host, 'retention.dispose', { groups: groups.filter((g) => g.recordClass === 'family'), password: COORDINATOR.password }),
    ).rejects.toMatchObject({ code: 'conflict', field: 'groups' })
    expect(runOperation(host, 'families.get', { id: familyId }).id).toBe(familyId)
  })

  it('P17 P28: a confirmed disposal removes the family from every file in the data folder, leaves a register entry without personal data, and the audit chain verifies', async () => {
    const { host, session, familyId, heldFamily, doc } = await setUp()
    expect(folderBytes(cab!).includes(SURNAME)).toBe(true)
    const blobs = () => readdirSync(session.paths.vault).length
    const blobsBefore = blobs()
    const groups = runOperation(host, 'retention.review', {}).due.flatMap((s) => s.groups.map((g) => ({ subject: g.subject, recordClass: g.recordClass })))
    const done = await runOperation(host, 'retention.dispose', { groups, password: COORDINATOR.password })
    expect(done.records).toBeGreaterThan(5)

    expect(() => runOperation(host, 'families.get', { id: familyId })).toThrow(expect.objectContaining({ code: 'not_found' }))
    expect(runOperation(host, 'families.get', { id: heldFamily }).id).toBe(heldFamily)
    expect(runOperation(host, 'documents.list', {}).map((d) => d.id)).not.toContain(doc.id)
    expect(blobs()).toBe(blobsBefore - 1)
    expect(runOperation(host, 'families.search', { query: SURNAME }).rows).toEqual([])

    const bytes = folderBytes(cab!)
    for (const secret of [SURNAME, OLD_PHONE, 'Wren']) expect(bytes.includes(secret), secret).toBe(false)

    const [entry] = runOperation(host, 'retention.register', {})
    expect(entry).toMatchObject({ id: done.disposalId, asOf: '2025-03-01', scheduleVersion: 1, authorisedBy: COORDINATOR.displayName })
    expect(entry.entries.map((e) => e.recordClass)).toContain('referral.self')
    expect(JSON.stringify(entry)).not.toMatch(new RegExp(`${SURNAME}|Siân|Wren|07700`))
    expect(entry.entries.flatMap((e) => e.refs).every((r) => /^[a-z_]+#\d+$/.test(r))).toBe(true)

    expect(verifyAuditChain(session.db, session.keys.auditHmac).ok).toBe(true)
    const audit = session.db.prepare("SELECT record_id AS id, detail FROM audit_log WHERE action = 'retention.dispose'").all() as {
      id: string
      detail: string
    }[]
    expect(audit).toEqual([{ id: String(done.disposalId), detail: expect.stringContaining('"scheduleVersion":1') }])
    // Backups made before it still hold what went: the backup register flags them.
    expect(lastDisposalAt(session.db)).not.toBeNull()
    // Nothing is proposed twice.
    expect(runOperation(host, 'retention.review', {}).due).toEqual([])
    const certificate = runOperation(host, 'retention.certificate', { id: done.disposalId })
    expect(certificate.centre.name).toBe('Riverside Child Contact Centre')
  })

  it('a deferral puts a group off until its date; a schedule change is a new audited version', async () => {
    const { host, session, familyId } = await setUp()
    runOperation(host, 'retention.defer', {
      subject: { type: 'family', id: familyId },
      recordClass: 'referral.self',
      untilOn: '2025-06-01',
      reason: 'Court hearing in May',
    })
    const review = runOperation(host, 'retention.review', {})
    expect(review.due).toEqual([])
    expect(review.later[0].groups.find((g) => g.recordClass === 'referral.self')).toMatchObject({ state: 'deferred', deferredUntil: '2025-06-01' })
    expect(() =>
      runOperation(host, 'retention.defer', { subject: { type: 'family', id: familyId }, recordClass: 'family', untilOn: '2025-01-01', reason: 'x' }),
    ).toThrow(expect.objectContaining({ field: 'untilOn' }))

    const { current } = runOperation(host, 'retention.schedule.get', {})
    const longer = structuredClone(current!.schedule)
    longer.preset = 'custom'
    longer.rules['referral.self'].keep = { kind: 'period', years: 2, months: 0 }
    const saved = runOperation(host, 'retention.schedule.save', { schedule: longer, note: 'Trustees chose two years' })
    expect(saved.current?.version).toBe(2)
    expect(saved.history.map((h) => [h.version, h.preset])).toEqual([
      [2, 'custom'],
      [1, 'ww'],
    ])
    const report = runOperation(host, 'retention.report', { states: ['upcoming', 'due'] })
    expect(report.records.find((r) => r.table === 'referral' && r.subject.id === familyId)?.dueOn).toBe('2026-01-09')
    expect(() => runOperation(host, 'retention.schedule.save', { schedule: longer, note: 'again' })).toThrow(expect.objectContaining({ code: 'conflict' }))
    const changes = session.db.prepare("SELECT record_id AS version, detail FROM audit_log WHERE action = 'retention.schedule.change' ORDER BY id").all()
    expect(changes).toEqual([
      { version: '1', detail: '{"preset":"ww"}' },
      { version: '2', detail: '{"preset":"custom"}' },
    ])
  })
})
