import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { writeSetting } from '../settings/settings'
import { formatBytes } from '../vault/catalogue'
import { allDocuments, documentsLinkedTo, getDocumentRecord, toSummary, type DocumentLink, type DocumentSummary } from '../vault/document-queries'
import { checkLinkTarget, insertLinks } from '../vault/links'
import { maxDocumentBytes, MAX_BYTES_KEY, MAX_DOCUMENT_BYTES_CEILING } from '../vault/vault-settings'
import type { ExportReason } from '../vault/catalogue'

/*
 * The documents area's metadata operations (coordinator only: volunteers see no documents). Each
 * runs inside its guard's transaction; the guard checks the role and writes the audit row about
 * the record named with auditRecord.
 */

export function listDocuments({ target }: { target?: DocumentLink }, { session }: OpContext): DocumentSummary[] {
  const records = target ? documentsLinkedTo(session.db, target) : allDocuments(session.db)
  return records.map(toSummary)
}

export interface ExportRecord {
  exportedAt: string
  exportedBy: string
  reasonCode: ExportReason
  reasonText: string
}

/** A document's metadata and every export of it with its basis (P18), newest first. */
export function getDocument({ id }: { id: string }, { session }: OpContext): DocumentSummary & { exports: ExportRecord[] } {
  const summary = toSummary(getDocumentRecord(session.db, id))
  const exports = session.db
    .prepare(
      `SELECT e.exported_at AS exportedAt, coalesce(u.display_name, '') AS exportedBy, e.reason_code AS reasonCode, e.reason_text AS reasonText
       FROM document_exports e LEFT JOIN users u ON u.id = e.exported_by WHERE e.document_id = ? ORDER BY e.id DESC`,
    )
    .all(id) as ExportRecord[]
  return { ...summary, exports }
}

export function documentLimits(_args: unknown, { session }: OpContext): { maxBytes: number } {
  return { maxBytes: maxDocumentBytes(session) }
}

/** The largest document Cabinet accepts (Settings): from 1 MB to 1 GB. */
export function setDocumentLimit({ maxBytes }: { maxBytes: number }, { session, auditRecord }: OpContext): { maxBytes: number } {
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1024 * 1024 || maxBytes > MAX_DOCUMENT_BYTES_CEILING) {
    throw new CabinetError('validation', `Choose a limit from 1 MB to ${formatBytes(MAX_DOCUMENT_BYTES_CEILING)}.`, { field: 'maxBytes' })
  }
  writeSetting(session.db, MAX_BYTES_KEY, maxBytes)
  auditRecord('settings', MAX_BYTES_KEY, { maxBytes })
  return { maxBytes }
}

/** Attach an existing document to one more record. */
export function linkDocument({ id, target }: { id: string; target: DocumentLink }, { session, auditRecord }: OpContext): DocumentSummary {
  const db = session.db
  getDocumentRecord(db, id)
  checkLinkTarget(db, target)
  insertLinks(db, id, [target], session.user.id, session.now().toISOString())
  auditRecord('document', id, { targetType: target.targetType, targetId: target.targetId })
  return toSummary(getDocumentRecord(db, id))
}

/** Detach a document from a record; its last link cannot go (destroy the document instead). */
export function unlinkDocument({ id, target }: { id: string; target: DocumentLink }, { session, auditRecord }: OpContext): DocumentSummary {
  const db = session.db
  const doc = getDocumentRecord(db, id)
  const has = doc.links.some((l) => l.targetType === target.targetType && l.targetId === target.targetId)
  if (!has) throw new CabinetError('not_found', 'The document is not attached to that record.', { field: 'links' })
  if (doc.links.length === 1) {
    throw new CabinetError('conflict', 'This is the only record the document is attached to. Attach it elsewhere first, or destroy it.', { field: 'links' })
  }
  db.prepare('DELETE FROM document_links WHERE document_id = ? AND target_type = ? AND target_id = ?').run(id, target.targetType, target.targetId)
  auditRecord('document', id, { targetType: target.targetType, targetId: target.targetId })
  return toSummary(getDocumentRecord(db, id))
}

/** The viewer printed the document (P28: every print is audited). Chromium does the printing; this records it. */
export function recordDocumentPrinted({ id }: { id: string }, { session, auditRecord }: OpContext): null {
  const doc = getDocumentRecord(session.db, id)
  auditRecord('document', id, { fileType: doc.fileType })
  return null
}
