import { Readable } from 'node:stream'
import { documentBytesOperations } from '../../../electron/core/documents/operations'
import { textPdf } from '../../helpers/synthetic-pdf'
import { call, type CrashWriter } from './types'

interface DocumentAck {
  documentId: string
  familyId: number
  sizeBytes: number
}

/**
 * A document imported as the bridge and Electron do it: documents.beginImport for a ticket, then
 * the bytes through the guarded byte operation (blob written, fsynced and renamed, then the row
 * commits). Linked to the newest family, so it needs the families writer to have run once.
 */
export const documentsWriter: CrashWriter<DocumentAck> = {
  name: 'documents',
  async write({ dispatch, session, faker, n }) {
    const familyId = session.db.prepare('SELECT max(id) FROM family').pluck().get() as number | null
    if (familyId === null) throw new Error('the documents writer needs a family: run the families writer first')
    // A little over one encryption chunk now and then, so a kill can land between chunks.
    const lines = Array.from({ length: faker.number.int({ min: 1, max: 6 }) }, () => faker.lorem.sentence())
    const pages = Array.from({ length: n % 5 === 0 ? 40 : 1 }, () => lines)
    const bytes = Buffer.from(textPdf(pages))
    const { ticket } = await call<{ ticket: string }>(dispatch, 'documents.beginImport', {
      title: `Letter ${n}`,
      category: 'other',
      links: [{ targetType: 'family', targetId: familyId }],
      originalName: `letter-${n}.pdf`,
      size: bytes.length,
    })
    const summary = (await documentBytesOperations['documents.bytes.import'](session, { ticket, source: Readable.from([bytes]), size: bytes.length })) as {
      id: string
      sizeBytes: number
    }
    return { documentId: summary.id, familyId, sizeBytes: summary.sizeBytes }
  },
  check(db, ack) {
    const row = db.prepare('SELECT size_bytes AS size FROM documents WHERE id = ?').get(ack.documentId) as { size: number } | undefined
    if (!row) return `document ${ack.documentId} is missing`
    if (row.size !== ack.sizeBytes) return `document ${ack.documentId} has ${row.size} bytes, ${ack.sizeBytes} were acknowledged`
    const linked = db
      .prepare(`SELECT count(*) FROM document_links WHERE document_id = ? AND target_type = 'family' AND target_id = ?`)
      .pluck()
      .get(ack.documentId, ack.familyId) as number
    return linked === 1 ? null : `document ${ack.documentId} lost its link to family ${ack.familyId}`
  },
}
