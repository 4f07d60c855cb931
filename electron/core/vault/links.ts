import { CabinetError } from '../errors'
import type { ReadableDB, WritableDB } from '../db/types'
import type { Session } from '../session'
import { LINK_TARGET_LABELS, LINK_TARGET_TYPES, type LinkTargetType } from './catalogue'
import { getDocumentRecord, toSummary, type DocumentLink, type DocumentSummary } from './document-queries'

/**
 * The table each kind of record lives in. Volunteers, complaints and incidents come with later
 * areas: until their table exists, attaching to one is refused with a plain message.
 */
const TARGET_TABLES: Record<LinkTargetType, string> = {
  family: 'family',
  referral: 'referral',
  person: 'person',
  volunteer: 'volunteers',
  complaint: 'complaints',
  incident: 'incidents',
}

function tableExists(db: ReadableDB, table: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)
}

/** Throws unless the record exists. Table names come from the constant map above, never from input. */
export function checkLinkTarget(db: ReadableDB, link: DocumentLink): void {
  if (!(LINK_TARGET_TYPES as readonly string[]).includes(link.targetType)) {
    throw new CabinetError('validation', 'Choose what the document is about.', { field: 'links' })
  }
  const label = LINK_TARGET_LABELS[link.targetType]
  const table = TARGET_TABLES[link.targetType]
  if (!tableExists(db, table)) {
    throw new CabinetError('validation', `Documents cannot be attached to a ${label} yet: this version of Cabinet does not keep ${label} records.`, {
      field: 'links',
    })
  }
  if (!Number.isSafeInteger(link.targetId) || !db.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(link.targetId)) {
    throw new CabinetError('not_found', `That ${label} is not in Cabinet (it may have been deleted).`, { field: 'links' })
  }
}

/** Distinct links, each checked; an empty list is refused (a document always belongs to a record). */
export function checkLinks(db: ReadableDB, links: readonly DocumentLink[]): DocumentLink[] {
  const seen = new Map<string, DocumentLink>()
  for (const l of links) seen.set(`${l.targetType}:${l.targetId}`, { targetType: l.targetType, targetId: l.targetId })
  if (seen.size === 0) throw new CabinetError('validation', 'Attach the document to a family, referral or person.', { field: 'links' })
  for (const l of seen.values()) checkLinkTarget(db, l)
  return [...seen.values()]
}

export function insertLinks(db: WritableDB, documentId: string, links: readonly DocumentLink[], userId: number, at: string): void {
  const insert = db.prepare(
    `INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  )
  for (const l of links) insert.run(documentId, l.targetType, l.targetId, at, userId)
}

/** Attach an existing document to one more record. */
export function linkDocument(session: Session, documentId: string, link: DocumentLink): DocumentSummary {
  session.require('documents.add')
  const db = session.db
  db.transaction(() => {
    getDocumentRecord(db, documentId)
    checkLinkTarget(db, link)
    insertLinks(db, documentId, [link], session.user.id, session.now().toISOString())
    session.audit({ action: 'document.link', recordType: 'document', recordId: documentId, detail: { targetType: link.targetType, targetId: link.targetId } })
  })()
  return toSummary(getDocumentRecord(db, documentId))
}

/** Detach a document from a record; its last link cannot go (destroy the document instead). */
export function unlinkDocument(session: Session, documentId: string, link: DocumentLink): DocumentSummary {
  session.require('documents.add')
  const db = session.db
  db.transaction(() => {
    const doc = getDocumentRecord(db, documentId)
    const has = doc.links.some((l) => l.targetType === link.targetType && l.targetId === link.targetId)
    if (!has) throw new CabinetError('not_found', 'The document is not attached to that record.', { field: 'links' })
    if (doc.links.length === 1) {
      throw new CabinetError('conflict', 'This is the only record the document is attached to. Attach it elsewhere first, or destroy it.', { field: 'links' })
    }
    db.prepare('DELETE FROM document_links WHERE document_id = ? AND target_type = ? AND target_id = ?').run(documentId, link.targetType, link.targetId)
    session.audit({ action: 'document.unlink', recordType: 'document', recordId: documentId, detail: { targetType: link.targetType, targetId: link.targetId } })
  })()
  return toSummary(getDocumentRecord(db, documentId))
}
