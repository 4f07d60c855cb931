import type { Session } from '../session'
import type { ExportReason } from './catalogue'
import { allDocuments, documentsLinkedTo, getDocumentRecord, toSummary, type DocumentLink, type DocumentSummary } from './document-queries'

/*
 * Reading the vault's metadata (coordinator only: volunteers see no documents). Listing is not
 * audited (it shows titles a coordinator already sees on the record); opening one is.
 */

export function listDocuments(session: Session, target?: DocumentLink): DocumentSummary[] {
  session.require('documents.view')
  const records = target ? documentsLinkedTo(session.db, target) : allDocuments(session.db)
  return records.map(toSummary)
}

export function getDocument(session: Session, id: string): DocumentSummary {
  session.require('documents.view')
  return toSummary(getDocumentRecord(session.db, id))
}

export interface ExportRecord {
  exportedAt: string
  exportedBy: string
  reasonCode: ExportReason
  reasonText: string
}

/** Every export of the document with its basis (P18), newest first. */
export function documentExports(session: Session, id: string): ExportRecord[] {
  session.require('documents.view')
  getDocumentRecord(session.db, id)
  return session.db
    .prepare(
      `SELECT e.exported_at AS exportedAt, coalesce(u.display_name, '') AS exportedBy, e.reason_code AS reasonCode, e.reason_text AS reasonText
       FROM document_exports e LEFT JOIN users u ON u.id = e.exported_by WHERE e.document_id = ? ORDER BY e.id DESC`,
    )
    .all(id) as ExportRecord[]
}

/** The viewer printed the document (P28: every print is audited). Chromium does the printing; this records it. */
export function recordDocumentPrinted(session: Session, id: string): null {
  session.require('documents.view')
  const doc = getDocumentRecord(session.db, id)
  session.audit({ action: 'document.print', recordType: 'document', recordId: id, detail: { fileType: doc.fileType } })
  return null
}
