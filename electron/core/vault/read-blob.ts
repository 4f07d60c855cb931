import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { PassThrough, Transform, Writable, type Readable, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { CabinetError } from '../errors'
import { blobPath, fileSize } from './blob-files'
import { damagedMessage } from './catalogue'
import { createDecryptStream } from './decrypt-stream'
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
 * needs the document's key) but is not this document's content fails. Failures are
 * CabinetError('integrity'). Nothing is written to disk.
 */
export function decryptBlob(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Readable {
  const message = damagedMessage(record.title)
  const out = new PassThrough()
  let key: Buffer
  try {
    key = unwrapDocumentKey(vaultKey, record.id, record.wrappedKey, message)
  } catch (e) {
    process.nextTick(() => out.destroy(e as Error))
    return out
  }
  // Reads of a few sealed chunks at a time: fewer system calls, memory still bounded.
  const source = createReadStream(blobPath(vaultDir, record.blobName), { highWaterMark: 256 * 1024 })
  const decrypt = createDecryptStream(key, record.id, message)
  key.fill(0)
  pipeline(source, decrypt, new HashCheck(record, message), out).catch((e: unknown) => {
    out.destroy(
      e instanceof CabinetError ? e : new CabinetError('damaged', `The document “${record.title}” could not be read from the vault folder.`, { cause: e }),
    )
  })
  return out
}

/** Decrypt the whole document into nothing: proves it is intact before a viewer is promised it. */
export async function checkBlob(vaultKey: Buffer, vaultDir: string, record: DocumentRecord): Promise<void> {
  await requireBlob(vaultDir, record)
  await pipeline(
    decryptBlob(vaultKey, vaultDir, record),
    new Writable({
      write(_chunk, _encoding, done) {
        done()
      },
    }),
  )
}

class HashCheck extends Transform {
  private readonly hash = createHash('sha256')
  private size = 0

  constructor(
    private readonly record: DocumentRecord,
    private readonly message: string,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length
    this.hash.update(chunk)
    done(null, chunk)
  }

  override _flush(done: TransformCallback): void {
    const ok = this.size === this.record.sizeBytes && this.hash.digest('hex') === this.record.sha256
    done(ok ? null : new CabinetError('integrity', this.message))
  }
}
