import { createCipheriv, randomBytes } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { buildHeader, chunkAad, chunkNonce, DEFAULT_CHUNK_LOG2, TAG_BYTES, type BlobHeader } from './blob-format'

/**
 * Plaintext in, blob (header + sealed chunks) out, holding at most one chunk in memory whatever
 * the document's size. A full chunk is only sealed as non-final once more data has arrived, so
 * the last chunk (0..chunkSize bytes) is always the one flagged final.
 */
export function createEncryptStream(key: Buffer, fileId: string, opts: { chunkLog2?: number } = {}): Transform {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  const header = buildHeader(randomBytes(8), opts.chunkLog2 ?? DEFAULT_CHUNK_LOG2)
  return new ChunkSealer(Buffer.from(key), fileId, header)
}

class ChunkSealer extends Transform {
  private readonly pending: Buffer
  private filled = 0
  private index = 0
  private headerSent = false

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    private readonly header: BlobHeader,
  ) {
    super()
    this.pending = Buffer.allocUnsafe(header.chunkSize)
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.sendHeader()
      let at = 0
      const size = this.pending.length
      while (at < data.length) {
        // The pending chunk is full and more data exists: it cannot be the last one.
        if (this.filled === size) this.seal(false)
        // Whole chunks with more bytes after them are sealed where they lie, without a copy.
        if (this.filled === 0 && data.length - at > size) {
          this.seal(false, data.subarray(at, at + size))
          at += size
          continue
        }
        const n = data.copy(this.pending, this.filled, at)
        this.filled += n
        at += n
      }
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.sendHeader()
      this.seal(true)
      this.pending.fill(0)
      this.key.fill(0)
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.pending.fill(0)
    this.key.fill(0)
    done(error)
  }

  private sendHeader(): void {
    if (this.headerSent) return
    this.headerSent = true
    this.push(this.header.bytes)
  }

  /** Seal one chunk: `direct` (a whole chunk inside the input) or the pending one. */
  private seal(final: boolean, direct?: Buffer): void {
    const cipher = createCipheriv('aes-256-gcm', this.key, chunkNonce(this.header, this.index), { authTagLength: TAG_BYTES })
    cipher.setAAD(chunkAad(this.header, this.fileId, this.index, final))
    const body = cipher.update(direct ?? this.pending.subarray(0, this.filled))
    cipher.final()
    this.push(body)
    this.push(cipher.getAuthTag())
    this.index++
    if (!direct) this.filled = 0
  }
}
