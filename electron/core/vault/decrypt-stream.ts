import { Transform, type TransformCallback } from 'node:stream'
import { CabinetError } from '../errors'
import { HEADER_BYTES, parseHeader, TAG_BYTES } from './blob-format'
import { ChunkBuffer } from './chunk-buffer'
import { BlobOpener } from './chunk-crypto'

/**
 * Blob in, plaintext out, one chunk at a time. A chunk's plaintext is pushed only after its tag
 * has been checked, so a damaged or tampered blob never releases a single unauthenticated byte:
 * the stream fails with CabinetError('integrity', damagedMessage) instead.
 */
export function createDecryptStream(key: Buffer, fileId: string, damagedMessage: string): Transform {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  return new OpenStream(Buffer.from(key), fileId, damagedMessage)
}

class OpenStream extends Transform {
  private headerBytes = Buffer.alloc(0)
  private opener: BlobOpener | null = null
  private sealed: ChunkBuffer | null = null

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
      if (!this.opener) {
        const need = HEADER_BYTES - this.headerBytes.length
        this.headerBytes = Buffer.concat([this.headerBytes, data.subarray(0, need)])
        at = Math.min(need, data.length)
        if (this.headerBytes.length < HEADER_BYTES) return done()
        const header = parseHeader(this.headerBytes, () => this.damaged())
        this.opener = new BlobOpener(this.key, this.fileId, header)
        this.key.fill(0) // the opener holds its own copy
        this.sealed = new ChunkBuffer(header.chunkSize + TAG_BYTES)
      }
      const sealed = this.sealed as ChunkBuffer
      sealed.feed(data, at, (chunk) => this.open(false, chunk))
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      // No header, or a final chunk too short to hold its tag: the file was cut short.
      if (!this.opener || !this.sealed || this.sealed.length < TAG_BYTES) throw this.damaged()
      this.open(true, this.sealed.rest())
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

  /** Open one sealed chunk (body + tag); the AAD binds its index and whether it is the last. */
  private open(final: boolean, sealed: Buffer): void {
    const plain = (this.opener as BlobOpener).open(sealed, final)
    if (!plain) throw this.damaged()
    this.push(plain)
  }

  private damaged(): CabinetError {
    return new CabinetError('integrity', this.damagedMessage)
  }

  private wipe(): void {
    this.key.fill(0)
    this.opener?.wipe()
    this.sealed?.wipe()
  }
}
