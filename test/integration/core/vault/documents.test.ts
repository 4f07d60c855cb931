import { readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterEach, describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { importDocument } from '../../../../electron/core/vault'
import { useTempDirs } from '../../../helpers/temp-dir'
import { DOCX, EMAIL, EXE, JPEG, pdfBytes, SECRET_MARKER } from '../../../unit/core/vault/sample-files'
import { addAs, addFromPath, bytes, exportAs, exportToPathAs, openVaultFixture, ops, viewAs, type VaultFixture } from './vault-fixture'
import { createHash } from 'node:crypto'

const tempDir = useTempDirs()
let fx: VaultFixture
afterEach(() => fx?.cab.close())

function setUp(): VaultFixture {
  fx = openVaultFixture(tempDir())
  return fx
}

async function rejection(p: Promise<unknown> | (() => unknown)): Promise<CabinetError> {
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    return e as CabinetError
  }
  throw new Error('expected a CabinetError')
}

function vaultFiles(f: VaultFixture): string[] {
  return readdirSync(f.cab.dir + '/vault')
}

function lastAudit(f: VaultFixture): { action: string; record_id: string | null; detail: string | null } {
  return f.cab.db.prepare('SELECT action, record_id, detail FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    action: string
    record_id: string | null
    detail: string | null
  }
}

describe('adding documents', () => {
  it('P29: encrypts a PDF into the vault under an opaque name; metadata lives only in the database', async () => {
    const f = setUp()
    const pdf = pdfBytes()
    const doc = await f.add(pdf, { title: 'Court order 2025', originalName: 'order.pdf' })
    expect(doc).toMatchObject({ title: 'Court order 2025', fileType: 'pdf', category: 'court_order', sizeBytes: pdf.length, originalName: 'order.pdf' })
    expect(doc.sha256).toBe(createHash('sha256').update(pdf).digest('hex'))
    expect(doc.links).toEqual([{ targetType: 'family', targetId: f.familyId, label: 'Nowak / Smith' }])
    const files = vaultFiles(f)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(files[0]).not.toBe(doc.id)
    const blob = readFileSync(join(f.cab.dir, 'vault', files[0]))
    expect(blob.includes(Buffer.from(SECRET_MARKER))).toBe(false)
    expect(blob.includes(Buffer.from('Court order'))).toBe(false)
    const audit = lastAudit(f)
    expect(audit).toMatchObject({ action: 'document.add', record_id: doc.id })
    expect(JSON.parse(audit.detail ?? '{}')).toEqual({ fileType: 'pdf', category: 'court_order', sizeBytes: pdf.length, links: 1 })
  })

  it('a .pdf that is really a Windows program is refused, and nothing is left in the vault', async () => {
    const f = setUp()
    const path = join(tempDir(), 'letter.pdf')
    writeFileSync(path, EXE)
    const e = await rejection(
      addFromPath(f.coordinator, path, { title: 'Letter', category: 'correspondence', links: [{ targetType: 'family', targetId: f.familyId }] }),
    )
    expect(e.code).toBe('validation')
    expect(e.field).toBe('file')
    expect(e.message).toMatch(/^This file is a Windows program, not a document/)
    expect(vaultFiles(f)).toEqual([])
    expect(ops['documents.list'](f.coordinator, {})).toEqual([])
  })

  it('a real PDF named .txt is accepted as a PDF', async () => {
    const f = setUp()
    const path = join(tempDir(), 'scan.txt')
    writeFileSync(path, pdfBytes())
    const doc = await addFromPath(f.coordinator, path, { title: 'Scan', category: 'other', links: [{ targetType: 'family', targetId: f.familyId }] })
    expect(doc.fileType).toBe('pdf')
    expect(doc.originalName).toBe('scan.txt')
    expect(readFileSync(path)).toEqual(pdfBytes()) // the original is left for the coordinator to delete
  })

  it.each([
    ['docx', DOCX],
    ['eml', EMAIL],
    ['jpeg', JPEG],
  ])('accepts %s', async (type, bytes) => {
    const f = setUp()
    expect((await f.add(bytes)).fileType).toBe(type)
  })

  it('refuses an empty file', async () => {
    const f = setUp()
    const e = await rejection(f.add(Buffer.alloc(0)))
    expect(e.message).toBe('This file is empty (0 bytes), so there is nothing to keep.')
    expect(vaultFiles(f)).toEqual([])
  })

  it('refuses a file over the limit before reading it, saying how big it is', async () => {
    const f = setUp()
    const path = join(tempDir(), 'huge.pdf')
    writeFileSync(path, pdfBytes())
    truncateSync(path, 62 * 1024 * 1024) // sparse: no 62 MB written
    const e = await rejection(addFromPath(f.coordinator, path, { title: 'Huge', category: 'other', links: [{ targetType: 'family', targetId: f.familyId }] }))
    expect(e.message).toBe('This file is 62 MB; the limit is 50 MB.')
    expect(vaultFiles(f)).toEqual([])
  })

  it('refuses an upload that streams past the limit (Settings documents.maxBytes), leaving no temp file', async () => {
    const f = setUp()
    ops['documents.setLimit'](f.coordinator, { maxBytes: 1024 * 1024 })
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024)])
    // The vault's own check as the bytes stream (no size declared in advance).
    const e = await rejection(
      importDocument(f.coordinator, Readable.from([big]), { title: 'Big', category: 'other', links: [{ targetType: 'family', targetId: f.familyId }] }),
    )
    expect(e.message).toBe('This file is larger than the limit of 1 MB.')
    expect(vaultFiles(f)).toEqual([])
    expect((await rejection(() => ops['documents.setLimit'](f.coordinator, { maxBytes: 10 }))).field).toBe('maxBytes')
    expect((await rejection(() => ops['documents.setLimit'](f.volunteer, { maxBytes: 2 * 1024 * 1024 }))).code).toBe('forbidden')
  })

  it('P13: a DBS certificate is never stored — a title or file name suggesting one is refused with an explanation', async () => {
    const f = setUp()
    const byTitle = await rejection(f.add(pdfBytes(), { title: 'Enhanced DBS certificate – Sam' }))
    expect(byTitle).toMatchObject({ code: 'validation', field: 'title' })
    expect(byTitle.message).toMatch(/never keeps DBS certificates \(promise P13\)/)
    const byName = await rejection(f.add(pdfBytes(), { title: 'Scan 12', originalName: 'volunteer_dbs_2024.pdf' }))
    expect(byName).toMatchObject({ code: 'validation', field: 'originalName' })
    const byCategory = await rejection(f.add(pdfBytes(), { category: 'dbs_certificate' as never }))
    expect(byCategory.field).toBe('category')
    expect(vaultFiles(f)).toEqual([])
    expect(ops['documents.list'](f.coordinator, {})).toEqual([])
  })

  it('checks what a document is attached to', async () => {
    const f = setUp()
    expect((await rejection(f.add(pdfBytes(), { links: [] }))).message).toMatch(/Attach the document/)
    expect((await rejection(f.add(pdfBytes(), { links: [{ targetType: 'family', targetId: 999 }] }))).code).toBe('not_found')
    const later = await rejection(f.add(pdfBytes(), { links: [{ targetType: 'complaint', targetId: 1 }] }))
    expect(later).toMatchObject({ code: 'not_found', message: expect.stringMatching(/^That complaint is not in Cabinet/) })
    // Volunteers have their table (migration 0006): a missing one is simply not found.
    expect((await rejection(f.add(pdfBytes(), { links: [{ targetType: 'volunteer', targetId: 999 }] }))).code).toBe('not_found')
    expect(vaultFiles(f)).toEqual([])
  })

  it('one document can be attached to a family, a referral and a person at once, and listed from each', async () => {
    const f = setUp()
    const doc = await f.add(pdfBytes(), {
      links: [
        { targetType: 'family', targetId: f.familyId },
        { targetType: 'referral', targetId: f.referralId },
        { targetType: 'person', targetId: f.personId },
        { targetType: 'family', targetId: f.familyId }, // duplicates collapse
      ],
    })
    expect(doc.links).toEqual([
      { targetType: 'family', targetId: f.familyId, label: 'Nowak / Smith' },
      { targetType: 'person', targetId: f.personId, label: 'Siân Nowak' },
      { targetType: 'referral', targetId: f.referralId, label: 'R2025-001' },
    ])
    // A link as shown carries its label; an argument names only the record (arguments are strict).
    for (const { targetType, targetId } of doc.links)
      expect(ops['documents.list'](f.coordinator, { target: { targetType, targetId } }).map((d) => d.id)).toEqual([doc.id])
    expect(ops['documents.list'](f.coordinator, { target: { targetType: 'family', targetId: f.otherFamilyId } })).toEqual([])
    const linked = ops['documents.link'](f.coordinator, { id: doc.id, target: { targetType: 'family', targetId: f.otherFamilyId } })
    expect(linked.links).toHaveLength(4)
    expect(lastAudit(f).action).toBe('document.link')
    const unlinked = ops['documents.unlink'](f.coordinator, { id: doc.id, target: { targetType: 'family', targetId: f.familyId } })
    expect(unlinked.links).toHaveLength(3)
  })

  it('the last link cannot be removed, and deleting a family removes its links but not the document', async () => {
    const f = setUp()
    const doc = await f.add(pdfBytes())
    expect((await rejection(() => ops['documents.unlink'](f.coordinator, { id: doc.id, target: { targetType: 'family', targetId: f.familyId } }))).code).toBe(
      'conflict',
    )
    const other = await f.add(pdfBytes(), { links: [{ targetType: 'family', targetId: f.otherFamilyId }] })
    f.cab.db.prepare('DELETE FROM family WHERE id = ?').run(f.otherFamilyId)
    expect(ops['documents.get'](f.coordinator, { id: other.id }).links).toEqual([])
  })
})

describe('viewing and exporting', () => {
  it('P29: viewing streams the decrypted document without writing plaintext anywhere, and is audited', async () => {
    const f = setUp()
    const pdf = pdfBytes()
    const doc = await f.add(pdf)
    const before = vaultFiles(f)
    const opened = await viewAs(f.coordinator, doc.id)
    expect(opened.mime).toBe('application/pdf')
    expect(await buffer(opened.stream)).toEqual(pdf)
    expect(vaultFiles(f)).toEqual(before)
    expect(lastAudit(f)).toMatchObject({ action: 'document.view', record_id: doc.id })
  })

  it('Word documents and emails can only be exported', async () => {
    const f = setUp()
    for (const bytes of [DOCX, EMAIL]) {
      const doc = await f.add(bytes)
      const e = await rejection(viewAs(f.coordinator, doc.id))
      expect(e.code).toBe('conflict')
      expect(e.message).toMatch(/export it/)
      const exported = await exportAs(f.coordinator, doc.id, { reasonCode: 'person_requested', reasonText: 'Mother asked for a copy (letter 3 March).' })
      expect(await buffer(exported.stream)).toEqual(bytes)
    }
  })

  it('P18: export needs a reason; the audit keeps the code, the explanation stays beside the document', async () => {
    const f = setUp()
    const doc = await f.add(pdfBytes(), { title: 'Letter to Siân' })
    const noReason = await rejection(exportAs(f.coordinator, doc.id, { reasonCode: 'law_or_court', reasonText: '   ' }))
    expect(noReason).toMatchObject({ code: 'validation', field: 'reasonText' })
    const badCode = await rejection(exportAs(f.coordinator, doc.id, { reasonCode: 'whim' as never, reasonText: 'x' }))
    expect(badCode.field).toBe('reasonCode')
    const out = join(tempDir(), 'export.pdf')
    await exportToPathAs(f.coordinator, doc.id, out, { reasonCode: 'law_or_court', reasonText: 'Court order C123 for Siân Nowak' })
    expect(readFileSync(out)).toEqual(pdfBytes())
    const audit = lastAudit(f)
    expect(audit.action).toBe('document.export')
    expect(JSON.parse(audit.detail ?? '{}')).toEqual({ reasonCode: 'law_or_court', fileType: 'pdf', category: 'court_order' })
    expect(audit.detail).not.toMatch(/Siân|C123/)
    expect(ops['documents.get'](f.coordinator, { id: doc.id }).exports).toEqual([
      expect.objectContaining({ reasonCode: 'law_or_court', reasonText: 'Court order C123 for Siân Nowak', exportedBy: 'Test coordinator' }),
    ])
  })

  it('an unknown document is not_found', async () => {
    const f = setUp()
    expect((await rejection(viewAs(f.coordinator, 'f'.repeat(32)))).code).toBe('not_found')
  })
})

describe('volunteers see no documents (P27, P29)', () => {
  it('every vault operation refuses a volunteer', async () => {
    const f = setUp()
    const doc = await f.add(pdfBytes())
    const v = f.volunteer
    const link = { targetType: 'family' as const, targetId: f.familyId }
    const attempts: (() => unknown)[] = [
      () => ops['documents.list'](v, {}),
      () => ops['documents.list'](v, { target: link }),
      () => ops['documents.get'](v, { id: doc.id }),
      () => addAs(v, Readable.from([pdfBytes()]), pdfBytes().length, { title: 't', category: 'other', links: [link] }),
      () => viewAs(v, doc.id),
      () => exportAs(v, doc.id, { reasonCode: 'other', reasonText: 'x' }),
      () => ops['documents.link'](v, { id: doc.id, target: { targetType: 'family', targetId: f.otherFamilyId } }),
      () => ops['documents.unlink'](v, { id: doc.id, target: link }),
      () => ops['documents.destroy'](v, { id: doc.id, reason: 'other' }),
      // The byte operations refuse before looking at a ticket.
      () => bytes['documents.bytes.view'](v, { id: doc.id, ticket: null }),
      () => bytes['documents.bytes.export'](v, { id: doc.id, ticket: null }),
      () => bytes['documents.bytes.import'](v, { ticket: null, source: Readable.from([pdfBytes()]), size: null }),
    ]
    for (const attempt of attempts) expect((await rejection(attempt)).code).toBe('forbidden')
  })
})
