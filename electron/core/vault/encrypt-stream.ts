import { randomBytes } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { buildHeader, DEFAULT_CHUNK_LOG2 } from './blob-format'
import { ChunkBuffer } from './chunk-buffer'
import { BlobSealer } from './chunk-crypto'

/**
 * Plaintext in, blob (header + sealed chunks) out, holding at most one chunk in memory whatever
 * the document's size. A full chunk is only sealed as non-final once more data has arrived, so
 * the last chunk (0..chunkSize bytes) is always the one flagged final.
 */
export function createEncryptStream(key: Buffer, fileId: string, opts: { chunkLog2?: number } = {}): Transform {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  return new SealStream(new BlobSealer(key, fileId, buildHeader(randomBytes(8), opts.chunkLog2 ?? DEFAULT_CHUNK_LOG2)))
}

class SealStream extends Transform {
  private readonly pending: ChunkBuffer
  private headerSent = false

  constructor(private readonly sealer: BlobSealer) {
    super()
    this.pending = new ChunkBuffer(sealer.header.chunkSize)
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.sendHeader()
      this.pending.feed(data, 0, (chunk) => this.seal(false, chunk))
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.sendHeader()
      this.seal(true, this.pending.rest())
      this.wipe()
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.wipe()
    done(error)
  }

  private sendHeader(): void {
    if (this.headerSent) return
    this.headerSent = true
    this.push(this.sealer.header.bytes)
  }

  private seal(final: boolean, chunk: Buffer): void {
    const [body, tag] = this.sealer.seal(chunk, final)
    this.push(body)
    this.push(tag)
  }

  private wipe(): void {
    this.pending.wipe()
    this.sealer.wipe()
  }
}

/**
 * The whole blob for bytes already in memory, in the same format as the stream writes (the demo
 * generator's small synthetic documents): header, then each chunk sealed, the last flagged final.
 */
export function sealBlob(key: Buffer, fileId: string, plaintext: Buffer, opts: { chunkLog2?: number } = {}): Buffer {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  const sealer = new BlobSealer(key, fileId, buildHeader(randomBytes(8), opts.chunkLog2 ?? DEFAULT_CHUNK_LOG2))
  const size = sealer.header.chunkSize
  const parts: Buffer[] = [sealer.header.bytes]
  const count = Math.max(1, Math.ceil(plaintext.length / size))
  for (let i = 0; i < count; i++) parts.push(...sealer.seal(plaintext.subarray(i * size, (i + 1) * size), i === count - 1))
  sealer.wipe()
  return Buffer.concat(parts)
}
