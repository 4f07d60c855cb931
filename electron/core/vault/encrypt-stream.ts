import { createCipheriv, randomBytes } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { buildHeader, chunkAad, chunkNonce, DEFAULT_CHUNK_LOG2, TAG_BYTES, type BlobHeader } from './blob-format'
import { ChunkBuffer } from './chunk-buffer'

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
  private readonly pending: ChunkBuffer
  private index = 0
  private headerSent = false

  constructor(
    private readonly key: Buffer,
    private readonly fileId: string,
    private readonly header: BlobHeader,
  ) {
    super()
    this.pending = new ChunkBuffer(header.chunkSize)
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
      this.pending.wipe()
      this.key.fill(0)
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.pending.wipe()
    this.key.fill(0)
    done(error)
  }

  private sendHeader(): void {
    if (this.headerSent) return
    this.headerSent = true
    this.push(this.header.bytes)
  }

  private seal(final: boolean, chunk: Buffer): void {
    const [body, tag] = sealChunk(this.key, this.header, this.fileId, this.index, final, chunk)
    this.push(body)
    this.push(tag)
    this.index++
  }
}

/** Seal one chunk as body + tag; the AAD binds its index and whether it is the last. */
function sealChunk(key: Buffer, header: BlobHeader, fileId: string, index: number, final: boolean, chunk: Buffer): [Buffer, Buffer] {
  const cipher = createCipheriv('aes-256-gcm', key, chunkNonce(header, index), { authTagLength: TAG_BYTES })
  cipher.setAAD(chunkAad(header, fileId, index, final))
  const body = cipher.update(chunk)
  cipher.final()
  return [body, cipher.getAuthTag()]
}

/**
 * The whole blob for bytes already in memory, in the same format as the stream writes (the demo
 * generator's small synthetic documents): header, then each chunk sealed, the last flagged final.
 */
export function sealBlob(key: Buffer, fileId: string, plaintext: Buffer, opts: { chunkLog2?: number } = {}): Buffer {
  if (key.length !== 32) throw new RangeError('document key must be 32 bytes')
  const header = buildHeader(randomBytes(8), opts.chunkLog2 ?? DEFAULT_CHUNK_LOG2)
  const parts: Buffer[] = [header.bytes]
  const count = Math.max(1, Math.ceil(plaintext.length / header.chunkSize))
  for (let i = 0; i < count; i++) {
    parts.push(...sealChunk(key, header, fileId, i, i === count - 1, plaintext.subarray(i * header.chunkSize, (i + 1) * header.chunkSize)))
  }
  return Buffer.concat(parts)
}
