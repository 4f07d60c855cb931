import { randomBytes } from 'node:crypto'
import { open, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Readable } from 'node:stream'
import { handleWriter } from './blob-writer'
import { pipeline } from 'node:stream/promises'
import { CabinetError, isCabinetError } from '../errors'
import type { Session } from '../session'
import { exportFileName, FILE_TYPE_INFO, type ExportReason } from './catalogue'
import { getDocumentRecord, toSummary, type DocumentRecord, type DocumentSummary } from './document-queries'
import { heldStream } from './held-stream'
import { checkBlob, decryptBlob, decryptWhole } from './read-blob'

export interface OpenedDocument {
  document: DocumentSummary
  /** The Content-Type to serve it with. */
  mime: string
  /** A file name for a download or a save dialog. */
  fileName: string
  /** The plaintext; fails with CabinetError('integrity') rather than release a tampered byte. */
  stream: Readable
}

/**
 * Documents up to this size are decrypted once, into memory, and served from there, rather than
 * decrypted twice (a pass that proves them intact, then the stream from the file): the viewer
 * needs the whole document before it can draw it anyway, and the second pass cost as much as the
 * first. What is served is then exactly what was proved intact, even if the file changes in
 * between. Larger documents (the limit is above the default largest, 50 MB) are checked and then
 * streamed, so memory stays flat however large a document is.
 */
export const HOLD_WHOLE_UP_TO = 64 * 1024 * 1024

export interface OpenOptions {
  /** Hold documents up to this many bytes whole; larger ones are checked, then streamed. */
  holdWholeUpTo?: number
}

/** Run the pass that proves the blob intact; a failure is audited (ids only) and refused. */
async function provedIntact<T>(session: Session, record: DocumentRecord, pass: () => Promise<T>): Promise<T> {
  try {
    return await pass()
  } catch (e) {
    const error = isCabinetError(e) ? e : new CabinetError('damaged', `The document “${record.title}” could not be read.`, { cause: e })
    session.audit({ action: 'document.integrity_failure', recordType: 'document', recordId: record.id, detail: { code: error.code } })
    throw error
  }
}

/**
 * Nothing is promised until the whole document has been proved intact: decrypted once into
 * memory when it is small enough, otherwise by a checking pass before the stream.
 */
async function openVerified(session: Session, record: DocumentRecord, options: OpenOptions): Promise<OpenedDocument> {
  const { vault: key } = session.keys
  const dir = session.paths.vault
  const described = { document: toSummary(record), mime: FILE_TYPE_INFO[record.fileType].mime, fileName: exportFileName(record.title, record.fileType) }
  if (record.sizeBytes <= (options.holdWholeUpTo ?? HOLD_WHOLE_UP_TO)) {
    const plain = await provedIntact(session, record, () => decryptWhole(key, dir, record))
    return { ...described, stream: heldStream(plain, dir, record) }
  }
  await provedIntact(session, record, () => checkBlob(key, dir, record))
  return { ...described, stream: decryptBlob(key, dir, record) }
}

/**
 * Open a document to show inside Cabinet (P29): decrypted into a stream for the viewer (the
 * document door, door/documents), never to disk. The view is audited by the operation's guard.
 */
export async function openDocumentForView(session: Session, id: string, options: OpenOptions = {}): Promise<OpenedDocument> {
  const record = getDocumentRecord(session.db, id)
  refuseUnlessViewable(record)
  return openVerified(session, record, options)
}

/** Word files, emails and TIFF images: Chromium cannot show them, so they can only be exported. */
export function refuseUnlessViewable(record: Pick<DocumentRecord, 'fileType'>): void {
  if (!FILE_TYPE_INFO[record.fileType].viewable) {
    throw new CabinetError('conflict', `${FILE_TYPE_INFO[record.fileType].label}s cannot be shown inside Cabinet; export it to open it in another program.`)
  }
}

export interface ExportRequest {
  reasonCode: ExportReason
  /** Why, in the coordinator's words: kept with the document (not in the audit log). */
  reasonText: string
}

/**
 * Decrypt a document to leave Cabinet (coordinator only). The export and its basis (P18) are
 * recorded: the explanation in the database beside the document (here), the reason code in the
 * audit log (the export operation's guard).
 */
export async function exportDocument(session: Session, id: string, req: ExportRequest, options: OpenOptions = {}): Promise<OpenedDocument> {
  const record = getDocumentRecord(session.db, id)
  const exported = await openVerified(session, record, options)
  session.db.transaction(() => {
    session.db
      .prepare('INSERT INTO document_exports (document_id, exported_at, exported_by, reason_code, reason_text) VALUES (?, ?, ?, ?, ?)')
      .run(id, session.now().toISOString(), session.user.id, req.reasonCode, req.reasonText)
  })()
  return exported
}

/**
 * Export to a file chosen in a save dialog (Electron main, the CLI). Written to a temp name
 * beside it and renamed only once complete and verified, so a failure leaves no partial file.
 */
export async function exportDocumentToPath(session: Session, id: string, destination: string, request: ExportRequest): Promise<OpenedDocument> {
  const exported = await exportDocument(session, id, request)
  const temp = join(dirname(destination), `.${basename(destination)}.${randomBytes(6).toString('hex')}.part`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    // Each chunk is the writer's alone (the streams keep none): freed as soon as it is written.
    await pipeline(exported.stream, handleWriter(handle, { releaseWritten: true }))
    await handle.sync()
    await handle.close()
    await rename(temp, destination)
  } catch (e) {
    await handle.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw e
  }
  return exported
}
