import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import type { DocumentCategory, FileType, LinkTargetType } from './catalogue'

export interface DocumentLink {
  targetType: LinkTargetType
  targetId: number
}

/** A link as shown: the record's own name (a family's label, a referral's reference, a person's name). */
export interface DocumentLinkView extends DocumentLink {
  label: string | null
}

/** What the app shows about a document: never its key or blob name. */
export interface DocumentSummary {
  id: string
  title: string
  originalName: string | null
  fileType: FileType
  category: DocumentCategory
  sizeBytes: number
  sha256: string
  addedAt: string
  addedBy: string
  links: DocumentLinkView[]
}

/** The row as the vault itself needs it (key and blob name included). Stays in main. */
export interface DocumentRecord extends DocumentSummary {
  blobName: string
  wrappedKey: Buffer
}

interface DocumentRow {
  id: string
  blob_name: string
  wrapped_key: Buffer
  title: string
  original_name: string | null
  file_type: FileType
  category: DocumentCategory
  size_bytes: number
  sha256: string
  added_at: string
  added_by: string
}

const SELECT = `SELECT d.id, d.blob_name, d.wrapped_key, d.title, d.original_name, d.file_type, d.category,
                       d.size_bytes, d.sha256, d.added_at, coalesce(u.display_name, '') AS added_by
                FROM documents d LEFT JOIN users u ON u.id = d.added_by`

function linksOf(db: ReadableDB, id: string): DocumentLinkView[] {
  // Each kind of record names itself differently; kinds whose table does not exist yet have no label.
  return (
    db
      .prepare(
        `SELECT l.target_type AS targetType, l.target_id AS targetId,
                CASE l.target_type
                  WHEN 'family' THEN (SELECT f.label FROM family f WHERE f.id = l.target_id)
                  WHEN 'referral' THEN (SELECT r.reference FROM referral r WHERE r.id = l.target_id)
                  WHEN 'person' THEN (SELECT p.given_name || ' ' || p.family_name FROM person p WHERE p.id = l.target_id)
                END AS label
         FROM document_links l WHERE l.document_id = ? ORDER BY l.target_type, l.target_id`,
      )
      .all(id) as DocumentLinkView[]
  ).map((l) => ({ targetType: l.targetType, targetId: l.targetId, label: l.label ?? null }))
}

function toRecord(db: ReadableDB, r: DocumentRow): DocumentRecord {
  return {
    id: r.id,
    blobName: r.blob_name,
    wrappedKey: r.wrapped_key,
    title: r.title,
    originalName: r.original_name,
    fileType: r.file_type,
    category: r.category,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    addedAt: r.added_at,
    addedBy: r.added_by,
    links: linksOf(db, r.id),
  }
}

export function toSummary(r: DocumentRecord): DocumentSummary {
  const { blobName: _blobName, wrappedKey: _wrappedKey, ...summary } = r
  return summary
}

export function findDocument(db: ReadableDB, id: string): DocumentRecord | undefined {
  const r = db.prepare(`${SELECT} WHERE d.id = ?`).get(id) as DocumentRow | undefined
  return r && toRecord(db, r)
}

export function getDocumentRecord(db: ReadableDB, id: string): DocumentRecord {
  const r = findDocument(db, id)
  if (!r) throw new CabinetError('not_found', 'That document is not in Cabinet (it may have been destroyed).')
  return r
}

/** Documents attached to one record, newest first. */
export function documentsLinkedTo(db: ReadableDB, target: DocumentLink): DocumentRecord[] {
  const rows = db
    .prepare(
      `${SELECT} JOIN document_links l ON l.document_id = d.id
       WHERE l.target_type = ? AND l.target_id = ? ORDER BY d.added_at DESC, d.id`,
    )
    .all(target.targetType, target.targetId) as DocumentRow[]
  return rows.map((r) => toRecord(db, r))
}

export function allDocuments(db: ReadableDB): DocumentRecord[] {
  return (db.prepare(`${SELECT} ORDER BY d.added_at DESC, d.id`).all() as DocumentRow[]).map((r) => toRecord(db, r))
}

/** Every row's id, blob name, size and hash, for the vault's own checks. */
export function documentBlobRows(db: ReadableDB): { id: string; blobName: string; sizeBytes: number; sha256: string }[] {
  return db.prepare('SELECT id, blob_name AS blobName, size_bytes AS sizeBytes, sha256 FROM documents ORDER BY id').all() as {
    id: string
    blobName: string
    sizeBytes: number
    sha256: string
  }[]
}
