import { createCipheriv } from 'node:crypto'
import { openGcmChunk } from '../crypto/gcm-chunk'
import { ChunkLabels, TAG_BYTES, type BlobHeader } from './blob-format'

/*
 * One blob's chunks, sealed or opened in order with AES-256-GCM (format in blob-format.ts). Each
 * holds its own copy of the document key, which wipe() zeroes. The streams (encrypt-stream,
 * decrypt-stream) and the file readers and writers (seal-file, read-blob) all go through these,
 * so the nonce and AAD rules live in one place.
 */

export class BlobSealer {
  private readonly key: Buffer
  private readonly labels: ChunkLabels
  private index = 0

  constructor(
    key: Buffer,
    fileId: string,
    readonly header: BlobHeader,
  ) {
    if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
    this.key = Buffer.from(key)
    this.labels = new ChunkLabels(header, fileId)
  }

  /** The next chunk sealed, as body and tag; the AAD binds its index and whether it is the last. */
  seal(chunk: Buffer, final: boolean): [Buffer, Buffer] {
    const labels = this.labels.set(this.index, final)
    const cipher = createCipheriv('aes-256-gcm', this.key, labels.nonce, { authTagLength: TAG_BYTES })
    cipher.setAAD(labels.aad)
    const body = cipher.update(chunk)
    cipher.final()
    this.index++
    return [body, cipher.getAuthTag()]
  }

  wipe(): void {
    this.key.fill(0)
  }
}

export class BlobOpener {
  private readonly key: Buffer
  private readonly labels: ChunkLabels
  private index = 0

  constructor(key: Buffer, fileId: string, header: BlobHeader) {
    if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
    this.key = Buffer.from(key)
    this.labels = new ChunkLabels(header, fileId)
  }

  /** The next sealed chunk (body and tag) opened, or null when it does not authenticate: nothing of it escapes then. */
  open(sealed: Buffer, final: boolean): Buffer | null {
    const labels = this.labels.set(this.index, final)
    const plain = openGcmChunk(this.key, labels.nonce, sealed, labels.aad)
    this.index++
    return plain
  }

  wipe(): void {
    this.key.fill(0)
  }
}
