import { CabinetError } from '../errors'
import type { ReadableDB, WritableDB } from '../db/types'
import { LINK_TARGET_LABELS, LINK_TARGET_TYPES, type LinkTargetType } from './catalogue'
import type { DocumentLink } from './document-queries'

/**
 * The table each kind of record lives in. Volunteers, complaints and incidents come with later
 * areas: until their table exists, attaching to one is refused with a plain message.
 */
const TARGET_TABLES: Record<LinkTargetType, string> = {
  family: 'family',
  referral: 'referral',
  person: 'person',
  volunteer: 'volunteers',
  complaint: 'complaint',
  incident: 'safeguarding_concern',
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
