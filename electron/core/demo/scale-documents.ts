import { createHash, randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, writeFileSync } from 'node:fs'
import { blobPath, ensureVaultDir, newBlobName } from '../vault/blob-files'
import type { DocumentCategory } from '../vault/catalogue'
import { newDocumentKey, wrapDocumentKey } from '../vault/document-key'
import { sealBlob } from '../vault/encrypt-stream'
import { addDays } from './synthetic'
import type { ScaleContext, ScaleGenerator } from './scale-types'

/** What a centre files over twenty years, roughly in proportion (no DBS certificates: P13). */
const KINDS: { weight: number; value: { category: DocumentCategory; title: string } }[] = [
  { weight: 30, value: { category: 'referral_form', title: 'Referral form' } },
  { weight: 20, value: { category: 'court_order', title: 'Child arrangements order' } },
  { weight: 20, value: { category: 'previsit_checklist', title: 'Pre-visit checklist' } },
  { weight: 20, value: { category: 'correspondence', title: 'Letter from solicitor' } },
  { weight: 10, value: { category: 'other', title: 'Cafcass report' } },
]

/** A small valid one-page PDF saying which synthetic document it is (the viewer opens it). */
export function demoPdf(text: string): Buffer {
  const safe = text.replace(/[^A-Za-z0-9 .,:()-]/g, ' ')
  const content = `BT /F1 16 Tf 72 760 Td (${safe}) Tj ET\n`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}endstream`,
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}

/**
 * Documents filed against the demo's families: real rows and real encrypted blobs (the viewer
 * opens them and `cli verify` checks them), each a small synthetic PDF. Rows go in through
 * prepared statements inside the caller's transaction. Blobs are written without a flush each
 * (twenty thousand fsyncs would take minutes) and the folder is flushed once at the end; the row
 * is still the commit point, so a crash part-way leaves orphans that the next login sweeps.
 */
export const documentsAtScale: ScaleGenerator = {
  name: 'documents',
  count: 20_000,
  generate(ctx: ScaleContext, count: number): number {
    const { session, faker, referenceDate } = ctx
    const db = session.db
    const families = db.prepare('SELECT id FROM family ORDER BY id').pluck().all() as number[]
    if (families.length === 0) return 0
    ensureVaultDir(session.paths.vault)
    const insert = db.prepare(
      `INSERT INTO documents (id, blob_name, wrapped_key, title, original_name, file_type, category, size_bytes, sha256, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, 'pdf', ?, ?, ?, ?, ?)`,
    )
    const link = db.prepare(`INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, 'family', ?, ?, ?)`)
    for (let i = 0; i < count; i++) {
      const kind = faker.helpers.weightedArrayElement(KINDS)
      const familyId = families[i % families.length]
      const on = addDays(referenceDate, -faker.number.int({ min: 1, max: 20 * 365 }))
      const title = `${kind.title} ${on}`
      const plain = demoPdf(`Synthetic demo document ${i + 1}: ${title}`)
      const id = randomBytes(16).toString('hex')
      const key = newDocumentKey()
      const blobName = newBlobName()
      writeFileSync(blobPath(session.paths.vault, blobName), sealBlob(key, id, plain), { mode: 0o600, flag: 'wx' })
      const at = `${on}T10:00:00.000Z`
      insert.run(
        id,
        blobName,
        wrapDocumentKey(session.keys.vault, id, key),
        title,
        `${kind.category}-${i + 1}.pdf`,
        kind.category,
        plain.length,
        createHash('sha256').update(plain).digest('hex'),
        at,
        session.user.id,
      )
      link.run(id, familyId, at, session.user.id)
      key.fill(0)
    }
    const dir = openSync(session.paths.vault, 'r')
    try {
      fsyncSync(dir)
    } finally {
      closeSync(dir)
    }
    return count
  },
}
