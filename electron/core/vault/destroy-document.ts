import type { WritableDB } from '../db/types'
import type { Session } from '../session'
import { blobPath, shredFile } from './blob-files'
import type { DocumentCategory, FileType } from './catalogue'
import { WRAPPED_KEY_BYTES } from './document-key'
import { getDocumentRecord, type DocumentRecord } from './document-queries'

export interface DestroyResult {
  id: string
  /** False when the blob was already missing (the key is gone either way). */
  blobRemoved: boolean
  /** False only if another connection was reading the database and kept the WAL from being emptied. */
  walTruncated: boolean
  /** What the audit row may say about it (codes only). */
  category: DocumentCategory
  fileType: FileType
}

/**
 * Destroy a document for good (P17: a person decides, and the audit log records that it
 * happened, by id and category only: `inDeletion` writes that row inside the deleting transaction). The key goes first, because without it the blob is
 * noise: overwrite the wrapped key with zeros, delete the row (secure_delete zeroes the freed
 * cell), then checkpoint the WAL with TRUNCATE so no older copy of the page survives in it.
 * Only then is the blob overwritten and unlinked; if Cabinet stops in between, the blob is an
 * orphan the next login's sweep removes.
 */
export async function destroyDocument(session: Session, id: string, inDeletion: (record: DocumentRecord) => void = () => undefined): Promise<DestroyResult> {
  const db = session.db
  const record = db.transaction(() => {
    const found = getDocumentRecord(db, id)
    inDeletion(found)
    return deleteDocumentKey(db, id, found)
  })()
  return finishDestroying(session, record)
}

/**
 * The first half of destroying, inside the caller's transaction (retention disposes of many
 * records in one): zero the wrapped key and delete the row. Call finishDestroying after commit.
 */
export function deleteDocumentKey(db: WritableDB, id: string, record: DocumentRecord = getDocumentRecord(db, id)): DocumentRecord {
  db.prepare('UPDATE documents SET wrapped_key = zeroblob(?) WHERE id = ?').run(WRAPPED_KEY_BYTES, id)
  db.prepare('DELETE FROM documents WHERE id = ?').run(id) // links and export records go with it (ON DELETE CASCADE)
  record.wrappedKey.fill(0)
  return record
}

/** The second half, once the deletion has committed: empty the WAL, then overwrite and remove the blob. */
export async function finishDestroying(session: Session, record: DocumentRecord): Promise<DestroyResult> {
  const walTruncated = truncateWal(session.db)
  const blobRemoved = await shredFile(blobPath(session.paths.vault, record.blobName))
  return { id: record.id, blobRemoved, walTruncated, category: record.category, fileType: record.fileType }
}

/**
 * Copy every committed page into the database file and empty the WAL, so the page that held the
 * key exists only in its new, zeroed form. Only another connection reading at that moment could
 * stop it (Cabinet holds the only one); the next checkpoint then finishes the job.
 */
export function truncateWal(db: WritableDB): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[]
  return !!result && result.busy === 0
}
