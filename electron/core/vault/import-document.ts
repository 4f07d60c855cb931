import { randomBytes } from 'node:crypto'
import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CabinetError, isCabinetError } from '../errors'
import type { Session } from '../session'
import { DBS_REFUSAL, DOCUMENT_CATEGORIES, MAX_TITLE_LENGTH, suggestsDbsCertificate, tooLargeMessage, type DocumentCategory } from './catalogue'
import { commitTempBlob, createTempBlob, discardTempBlob, newBlobName, shredFile, type TempBlob } from './blob-files'
import { buildHeader, DEFAULT_CHUNK_LOG2 } from './blob-format'
import { handleWriter } from './blob-writer'
import { BlobSealer } from './chunk-crypto'
import { newDocumentKey, wrapDocumentKey } from './document-key'
import { getDocumentRecord, toSummary, type DocumentLink, type DocumentSummary } from './document-queries'
import { createEncryptStream } from './encrypt-stream'
import { clearInFlight, markInFlight } from './in-flight'
import { Inspector, InspectStream } from './inspect-stream'
import { checkLinks, insertLinks } from './links'
import { sealFileToBlob } from './seal-file'
import { maxDocumentBytes } from './vault-settings'

export interface ImportMeta {
  title: string
  category: DocumentCategory
  /** The file's name where it came from (shown, and checked for a DBS certificate). */
  originalName?: string | null
  links: DocumentLink[]
  /** The size if known in advance (a file's stat, an upload's Content-Length): refuses early and precisely. */
  declaredSize?: number | null
}

/** Checks that need no bytes: run before anything is read, so a refusal costs nothing. */
export function checkImportMeta(session: Session, meta: ImportMeta): { title: string; originalName: string | null; links: DocumentLink[] } {
  const title = meta.title.trim()
  const originalName = meta.originalName?.trim() || null
  if (!title) throw new CabinetError('validation', 'Give the document a title.', { field: 'title' })
  if (title.length > MAX_TITLE_LENGTH) throw new CabinetError('validation', `Use at most ${MAX_TITLE_LENGTH} characters for the title.`, { field: 'title' })
  // P13: a DBS certificate is never kept, so one that looks like it is stopped before any byte is read.
  if (suggestsDbsCertificate(title)) throw new CabinetError('validation', DBS_REFUSAL, { field: 'title' })
  if (suggestsDbsCertificate(originalName)) throw new CabinetError('validation', DBS_REFUSAL, { field: 'file' })
  if (suggestsDbsCertificate(String(meta.category).replace(/_/g, ' '))) throw new CabinetError('validation', DBS_REFUSAL, { field: 'category' })
  if (!(DOCUMENT_CATEGORIES as readonly string[]).includes(meta.category)) {
    throw new CabinetError('validation', 'Choose a category.', { field: 'category' })
  }
  const links = checkLinks(session.db, meta.links)
  const max = maxDocumentBytes(session)
  const declared = meta.declaredSize ?? null
  if (declared === 0) throw new CabinetError('validation', 'This file is empty (0 bytes), so there is nothing to keep.', { field: 'file' })
  if (declared !== null && declared > max) throw new CabinetError('validation', tooLargeMessage(declared, max), { field: 'file' })
  return { title, originalName, links }
}

/**
 * Encrypt a document into the vault from any byte stream (a file Electron's main process opened,
 * or an upload arriving at the bridge), holding one chunk in memory at a time. The blob is
 * written to a temp name, fsynced and renamed; only then is the row inserted, and the row is
 * the commit point: a crash at any moment leaves either a complete document or an orphan file
 * that the next login's sweep removes. If the metadata is refused, `source` is left unread for
 * the caller to dispose of (the bridge drains it so it can still answer the request). The
 * permission and the document.add audit row are the documents.bytes.import operation's guard's.
 */
export async function importDocument(session: Session, source: Readable, meta: ImportMeta): Promise<DocumentSummary> {
  return importWith(session, meta, (temp, key, id, inspector) =>
    pipeline(source, new InspectStream(inspector), createEncryptStream(key, id), handleWriter(temp.handle, { releaseWritten: true })),
  )
}

/** Writes the sealed blob into the temp file, showing every plaintext byte to the inspector first. */
type SealInto = (temp: TempBlob, key: Buffer, id: string, inspector: Inspector) => Promise<void>

async function importWith(session: Session, meta: ImportMeta, sealInto: SealInto): Promise<DocumentSummary> {
  const checked = checkImportMeta(session, meta)
  const id = randomBytes(16).toString('hex')
  const blobName = newBlobName()
  const key = newDocumentKey()
  const inspector = new Inspector(maxDocumentBytes(session), meta.declaredSize ?? null)
  let temp: TempBlob | null = null
  let finalPath: string | null = null
  try {
    temp = await createTempBlob(session.paths.vault)
    markInFlight(temp.path)
    await sealInto(temp, key, id, inspector)
    finalPath = await commitTempBlob(temp, session.paths.vault, blobName)
    markInFlight(finalPath)
    const found = inspector.result()
    const at = session.now().toISOString()
    const db = session.db
    db.transaction(() => {
      // The records may have been deleted while the bytes were arriving: check them again.
      const links = checkLinks(db, checked.links)
      db.prepare(
        `INSERT INTO documents (id, blob_name, wrapped_key, title, original_name, file_type, category, size_bytes, sha256, added_at, added_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        blobName,
        wrapDocumentKey(session.keys.vault, id, key),
        checked.title,
        checked.originalName,
        found.fileType,
        meta.category,
        found.sizeBytes,
        found.sha256,
        at,
        session.user.id,
      )
      insertLinks(db, id, links, session.user.id, at)
    })()
    return toSummary(getDocumentRecord(db, id))
  } catch (e) {
    if (temp) await discardTempBlob(temp)
    if (finalPath) await shredFile(finalPath).catch(() => false)
    throw asImportError(e)
  } finally {
    key.fill(0)
    if (temp) clearInFlight(temp.path)
    if (finalPath) clearInFlight(finalPath)
  }
}

/** Import a file from disk (the bench, a future CLI command): the engine only, like importDocument. The original is left where it is. */
export async function importDocumentFromPath(
  session: Session,
  path: string,
  meta: Omit<ImportMeta, 'declaredSize' | 'originalName'>,
): Promise<DocumentSummary> {
  const originalName = basename(path)
  let size: number
  try {
    const s = await stat(path)
    if (!s.isFile()) throw new CabinetError('validation', `${originalName} is not a file.`, { field: 'file' })
    size = s.size
  } catch (e) {
    if (isCabinetError(e)) throw e
    throw new CabinetError('not_found', `The file ${originalName} could not be opened (${(e as NodeJS.ErrnoException).code ?? 'error'}).`, { field: 'file' })
  }
  const sized = { ...meta, originalName, declaredSize: size }
  checkImportMeta(session, sized) // an empty or oversized file is refused before it is opened
  // Read straight from the file into a reused buffer: no stream buffers to allocate and collect.
  return importWith(session, sized, (temp, key, id, inspector) =>
    sealFileToBlob(path, temp.handle, new BlobSealer(key, id, buildHeader(randomBytes(8), DEFAULT_CHUNK_LOG2)), inspector),
  )
}

function asImportError(e: unknown): CabinetError {
  if (isCabinetError(e)) return e
  const code = (e as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOSPC') return new CabinetError('internal', 'There is not enough disk space to store this document. Nothing was kept.', { cause: e })
  if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET') {
    return new CabinetError('validation', 'The file stopped arriving before it was complete. Nothing was kept; try again.', { field: 'file', cause: e })
  }
  return new CabinetError('internal', `The document could not be stored (${code ?? 'unexpected error'}). Nothing was kept; try again.`, { cause: e })
}
