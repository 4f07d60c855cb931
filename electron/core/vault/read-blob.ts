import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { CabinetError } from '../errors'
import { blobPath, fileSize } from './blob-files'
import { BlobFileReader, type OpenedChunks } from './blob-reader'
import { damagedMessage } from './catalogue'
import { wipeAndRelease } from './release-buffers'
import { unwrapDocumentKey } from './document-key'
import type { DocumentRecord } from './document-queries'

/** The blob must exist before anything is promised to a viewer. */
export async function requireBlob(vaultDir: string, record: DocumentRecord): Promise<string> {
  const path = blobPath(vaultDir, record.blobName)
  if ((await fileSize(path)) === null) {
    throw new CabinetError('damaged', `The document “${record.title}” is missing from the vault folder; restore it from a backup.`)
  }
  return path
}

/**
 * The document's plaintext as a stream. Every chunk is authenticated before it is released, and
 * at the end the size and SHA-256 must match the row's, so even a blob that decrypts (which
 * needs the document's key) but is not this document's content fails; the final chunk is held
 * back until they do. Failures are CabinetError('integrity'). Nothing is written to disk.
 */
export function decryptBlob(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Readable {
  return new BlobStream(vaultKey, vaultDir, record)
}

/**
 * The whole document decrypted once and held in memory as its opened chunks, handed back only
 * after every chunk has authenticated (the final one flagged final) and the size and SHA-256
 * match the row's: what was proved intact is exactly what is shown, with no second pass over the
 * file. The chunks are kept as they came from the cipher rather than copied into one buffer of
 * the document's size, which would copy every byte once more into a document's worth of new
 * memory. Memory is bounded by the row's size: a blob that opens to more than the row says is
 * refused as soon as it does. On failure every chunk is wiped and freed.
 */
export async function decryptWhole(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Promise<Buffer[]> {
  const held: Buffer[] = []
  try {
    await readVerified(vaultKey, vaultDir, record, (chunks, size) => {
      held.push(...chunks)
      if (size > record.sizeBytes) throw new CabinetError('integrity', damagedMessage(record.title))
    })
    return held
  } catch (e) {
    wipeAndRelease(held)
    throw e
  }
}

/** Decrypt the whole document into nothing: proves it is intact before a viewer is promised it. */
export async function checkBlob(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Promise<void> {
  await readVerified(vaultKey, vaultDir, record, (chunks) => {
    // Nothing reads this plaintext again: wipe it and free its memory now (see releaseBuffers).
    wipeAndRelease(chunks)
  })
}

/**
 * Decrypt the blob batch by batch, handing each to `take` with the plaintext's size so far, then
 * check the size and SHA-256 against the row's. Every failure comes out as a CabinetError.
 */
async function readVerified(vaultKey: Buffer, vaultDir: string, record: DocumentRecord, take: (chunks: Buffer[], sizeSoFar: number) => void): Promise<void> {
  await requireBlob(vaultDir, record)
  let reader: BlobFileReader | null = null
  try {
    reader = await openReader(vaultKey, vaultDir, record)
    const content = new ContentCheck(record)
    for (;;) {
      const { chunks, done } = await reader.next()
      for (const chunk of chunks) content.update(chunk)
      take(chunks, content.size)
      if (done) break
    }
    content.verify()
  } catch (e) {
    throw asReadError(e, record)
  } finally {
    await reader?.close()
  }
}

async function openReader(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Promise<BlobFileReader> {
  const message = damagedMessage(record.title)
  const key = unwrapDocumentKey(vaultKey, record.id, record.wrappedKey, message)
  try {
    return await BlobFileReader.open(blobPath(vaultDir, record.blobName), key, record.id, () => new CabinetError('integrity', message))
  } finally {
    key.fill(0)
  }
}

/** A failure that is not already a clear CabinetError (the file unreadable, say) is reported as one. */
export function asReadError(e: unknown, record: DocumentRecord): CabinetError {
  if (e instanceof CabinetError) return e
  return new CabinetError('damaged', `The document “${record.title}” could not be read from the vault folder.`, { cause: e })
}

/** The plaintext's size and SHA-256 against the row's. */
class ContentCheck {
  private readonly hash = createHash('sha256')
  private bytes = 0

  constructor(private readonly record: DocumentRecord) {}

  update(chunk: Buffer): void {
    this.bytes += chunk.length
    this.hash.update(chunk)
  }

  /** How many plaintext bytes it has seen so far. */
  get size(): number {
    return this.bytes
  }

  verify(): void {
    const ok = this.bytes === this.record.sizeBytes && this.hash.digest('hex') === this.record.sha256
    if (!ok) throw new CabinetError('integrity', damagedMessage(this.record.title))
  }
}

/**
 * The plaintext, read and opened a batch at a time as the consumer asks for it (so memory stays
 * at a batch or two however slowly it reads), with the final chunk released only once the whole
 * content has matched the row.
 */
class BlobStream extends Readable {
  private reader: BlobFileReader | null = null
  private readonly content: ContentCheck
  private reading = false

  constructor(
    private readonly vaultKey: Buffer,
    private readonly vaultDir: string,
    private readonly record: DocumentRecord,
  ) {
    super()
    this.content = new ContentCheck(record)
  }

  override _read(): void {
    if (this.reading) return
    this.reading = true
    this.openedReader()
      .then((reader) => reader?.next())
      .then(
        (opened) => opened && this.release(opened),
        (e: unknown) => this.destroy(asReadError(e, this.record)),
      )
  }

  /**
   * The blob is opened at the first read, not when the stream is made: a stream nobody reads (a
   * caller that only wanted the summary) never touches the file, and so cannot fail with no one
   * listening if the document is destroyed meanwhile. Null once the stream has been destroyed.
   */
  private async openedReader(): Promise<BlobFileReader | null> {
    if (this.reader) return this.reader
    const reader = await openReader(this.vaultKey, this.vaultDir, this.record)
    if (this.destroyed) {
      await reader.close()
      return null
    }
    this.reader = reader
    return reader
  }

  private release({ chunks, done }: OpenedChunks): void {
    this.reading = false
    try {
      for (const chunk of chunks) this.content.update(chunk)
      if (done) this.content.verify()
    } catch (e) {
      this.destroy(asReadError(e, this.record))
      return
    }
    for (const chunk of chunks) this.push(chunk)
    if (done) this.push(null)
    // A batch that only completed the held-back chunk pushed nothing; nothing else would ask again.
    else if (chunks.length === 0) this._read()
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    const reader = this.reader
    if (!reader) return done(error)
    reader.close().then(
      () => done(error),
      () => done(error),
    )
  }
}
