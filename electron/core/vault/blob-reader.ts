import { open, type FileHandle } from 'node:fs/promises'
import type { CabinetError } from '../errors'
import { giveBackBatchBuffer, takeBatchBuffer } from './batch-buffers'
import { HEADER_BYTES, parseHeader, TAG_BYTES } from './blob-format'
import { ChunkBuffer } from './chunk-buffer'
import { BlobOpener } from './chunk-crypto'

/** About this much of the blob is read per system call, in whole sealed chunks. */
const READ_BATCH_BYTES = 1024 * 1024

export interface OpenedChunks {
  /** Plaintext, every chunk authenticated before it is here. */
  chunks: Buffer[]
  /** True once the final chunk (the one the AAD flags final) is among them: the blob is whole. */
  done: boolean
}

/**
 * A blob file opened chunk by chunk: read a batch at a time into one buffer used again for every
 * batch and kept for the next blob (no stream buffers to allocate and collect), each chunk
 * authenticated before its plaintext is handed out. What is left when the file ends is the final chunk, opened as final,
 * so a blob cut short (even at a chunk boundary) or with a chunk appended fails like a flipped
 * byte does: with `damaged()`. Memory held: the read buffer and one sealed chunk.
 */
export class BlobFileReader {
  private position = HEADER_BYTES
  private finished = false
  private closed = false
  /** A read under way into the buffer: close() waits for it before the buffer is given back. */
  private reading: Promise<unknown> | null = null

  private constructor(
    private readonly handle: FileHandle,
    private readonly opener: BlobOpener,
    private readonly sealed: ChunkBuffer,
    private readonly buffer: Buffer,
    private readonly damaged: () => CabinetError,
  ) {}

  static async open(path: string, key: Buffer, fileId: string, damaged: () => CabinetError): Promise<BlobFileReader> {
    const handle = await open(path, 'r')
    try {
      const header = Buffer.alloc(HEADER_BYTES)
      const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0)
      const parsed = parseHeader(header.subarray(0, bytesRead), damaged)
      const sealedChunk = parsed.chunkSize + TAG_BYTES
      const batch = takeBatchBuffer(Math.max(1, Math.floor(READ_BATCH_BYTES / sealedChunk)) * sealedChunk)
      return new BlobFileReader(handle, new BlobOpener(key, fileId, parsed), new ChunkBuffer(sealedChunk), batch, damaged)
    } catch (e) {
      await handle.close()
      throw e
    }
  }

  /** The next batch of chunks; throws `damaged()` at the first chunk that does not authenticate. */
  async next(): Promise<OpenedChunks> {
    if (this.closed) throw new Error('blob reader used after it was closed')
    if (this.finished) return { chunks: [], done: true }
    const read = this.handle.read(this.buffer, 0, this.buffer.length, this.position)
    this.reading = read
    const { bytesRead } = await read.finally(() => (this.reading = null))
    this.position += bytesRead
    const chunks: Buffer[] = []
    if (bytesRead > 0) {
      this.sealed.feed(this.buffer.subarray(0, bytesRead), 0, (sealed) => chunks.push(this.open(sealed, false)))
      return { chunks, done: false }
    }
    // The end of the file: a final chunk too short to hold its tag means the file was cut short.
    if (this.sealed.length < TAG_BYTES) throw this.damaged()
    chunks.push(this.open(this.sealed.rest(), true))
    this.finished = true
    return { chunks, done: true }
  }

  /** Close the file and wipe the key and the buffers. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.reading?.catch(() => undefined)
    this.opener.wipe()
    this.sealed.wipe()
    giveBackBatchBuffer(this.buffer)
    await this.handle.close()
  }

  private open(sealed: Buffer, final: boolean): Buffer {
    const plain = this.opener.open(sealed, final)
    if (!plain) throw this.damaged()
    return plain
  }
}
