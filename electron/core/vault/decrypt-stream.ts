import { createDecipheriv } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { CabinetError } from '../errors'
import { chunkAad, chunkNonce, HEADER_BYTES, parseHeader, TAG_BYTES, type BlobHeader } from './blob-format'

/**
 * Blob in, plaintext out, one chunk at a time. A chunk's plaintext is pushed only after its tag
 * has been checked, so a damaged or tampered blob never releases a single unauthenticated byte:
 * the stream fails with CabinetError('integrity', damagedMessage) instead.
 */
export function createDecryptStream(key: Buffer, fileId: string, damagedMessage: string): Transform {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  return new ChunkOpener(Buffer.from(key), fileId, damagedMessage)
}

class ChunkOpener extends Transform {
  private headerBytes = Buffer.alloc(0)
  private header: BlobHeader | null = null
  private sealed: Buffer | null = null
  private filled = 0
  private index = 0

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    private readonly damagedMessage: string,
  ) {
    super()
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      let at = 0
      if (!this.header) {
        const need = HEADER_BYTES - this.headerBytes.length
        this.headerBytes = Buffer.concat([this.headerBytes, data.subarray(0, need)])
        at = Math.min(need, data.length)
        if (this.headerBytes.length < HEADER_BYTES) return done()
        this.header = parseHeader(this.headerBytes, () => this.damaged())
        this.sealed = Buffer.allocUnsafe(this.header.chunkSize + TAG_BYTES)
      }
      const sealed = this.sealed as Buffer
      while (at < data.length) {
        // A full sealed chunk followed by more bytes cannot be the final one.
        if (this.filled === sealed.length) this.open(false)
        // Whole chunks with more bytes after them are opened where they lie, without a copy.
        if (this.filled === 0 && data.length - at > sealed.length) {
          this.open(false, data.subarray(at, at + sealed.length))
          at += sealed.length
          continue
        }
        const n = data.copy(sealed, this.filled, at)
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
      // No header, or a final chunk too short to hold its tag: the file was cut short.
      if (!this.header || this.filled < TAG_BYTES) throw this.damaged()
      this.open(true)
      this.wipe()
      done()
    } catch (e) {
      this.wipe()
      done(e as Error)
    }
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.wipe()
    done(error)
  }

  /** Open one sealed chunk: `direct` (a whole chunk inside the input) or the buffered one. */
  private open(final: boolean, direct?: Buffer): void {
    const header = this.header as BlobHeader
    const sealed = direct ?? (this.sealed as Buffer).subarray(0, this.filled)
    const bodyLength = sealed.length - TAG_BYTES
    const decipher = createDecipheriv('aes-256-gcm', this.key, chunkNonce(header, this.index), { authTagLength: TAG_BYTES })
    decipher.setAAD(chunkAad(header, this.fileId, this.index, final))
    decipher.setAuthTag(sealed.subarray(bodyLength))
    const plain = decipher.update(sealed.subarray(0, bodyLength))
    try {
      decipher.final()
    } catch {
      // GCM hands out plaintext before the tag is checked; this chunk's must never escape.
      plain.fill(0)
      throw this.damaged()
    }
    this.push(plain)
    this.index++
    if (!direct) this.filled = 0
  }

  private damaged(): CabinetError {
    return new CabinetError('integrity', this.damagedMessage)
  }

  private wipe(): void {
    this.key.fill(0)
    this.sealed?.fill(0)
  }
}
