import { createCipheriv, createSecretKey, type KeyObject } from 'node:crypto'
import { releaseBuffer } from '../../vault/release-buffers'
import { CHUNK_SIZE } from './format'
import { SEALED_CHUNK, TAG_BYTES, writeNonce } from './stream'

/*
 * The writing side of the STREAM (stream.ts has the construction): plaintext is gathered in one
 * buffer of BATCH_CHUNKS chunks, sealed chunk by chunk into one of two output buffers, and each
 * output buffer is written whole while the next batch is read and sealed. Every buffer is
 * allocated once per backup, so a 1 GiB backup runs in flat memory without feeding the garbage
 * collector a fresh buffer per chunk: that churn (and the page faults of ever-new memory) had
 * cost three times the sealing itself.
 */
const BATCH_CHUNKS = 16

export class PayloadSealer {
  private readonly key: KeyObject
  private readonly plain = Buffer.allocUnsafe(BATCH_CHUNKS * CHUNK_SIZE)
  private readonly sealed = [Buffer.allocUnsafe(BATCH_CHUNKS * SEALED_CHUNK), Buffer.allocUnsafe(BATCH_CHUNKS * SEALED_CHUNK)]
  /** The write in flight from each output buffer: it must be done before the buffer is filled again. */
  private readonly writing: (Promise<void> | null)[] = [null, null]
  private readonly iv = Buffer.alloc(12)
  private turn = 0
  private filled = 0
  private index = 0
  private ended = false

  /** `write` must be done with the bytes it is given when its promise settles (they are reused). */
  constructor(
    key: Buffer,
    private readonly write: (bytes: Buffer) => Promise<void>,
  ) {
    this.key = createSecretKey(key)
  }

  /**
   * Room for the next plaintext: at least one byte, sealing the gathered chunks first when the
   * batch is full (more bytes are coming, so none of them is the last). Fill it from its start,
   * then say how much with `commit`.
   */
  async room(): Promise<Buffer> {
    if (this.filled === this.plain.length) await this.sealBatch(false)
    return this.plain.subarray(this.filled)
  }

  commit(bytes: number): void {
    if (bytes < 0 || this.filled + bytes > this.plain.length) throw new RangeError('more bytes committed than there was room for')
    this.filled += bytes
  }

  async append(bytes: Buffer): Promise<void> {
    for (let at = 0; at < bytes.length;) {
      const n = bytes.copy(await this.room(), 0, at)
      this.commit(n)
      at += n
    }
  }

  /** Seal what is left, its last chunk flagged as the last, and wait for every write. */
  async end(): Promise<void> {
    if (this.ended) throw new Error('the payload has already ended')
    this.ended = true
    try {
      await this.sealBatch(true)
      await Promise.all(this.writing)
    } finally {
      this.wipe()
    }
  }

  /** Zero the plaintext buffer (after a failure too: it has held the archive). */
  wipe(): void {
    this.plain.fill(0)
  }

  private async sealBatch(last: boolean): Promise<void> {
    const slot = this.turn
    this.turn = 1 - slot
    await this.writing[slot]
    const out = this.sealed[slot]
    // The last batch may be empty only when the whole payload is: its one chunk is then empty.
    const chunks = Math.max(1, Math.ceil(this.filled / CHUNK_SIZE))
    let at = 0
    for (let c = 0; c < chunks; c++) {
      const piece = this.plain.subarray(c * CHUNK_SIZE, Math.min(this.filled, (c + 1) * CHUNK_SIZE))
      at += this.sealChunk(piece, last && c === chunks - 1, out, at)
    }
    this.filled = 0
    const written = this.write(out.subarray(0, at))
    written.catch(() => undefined) // a failure is rethrown where the write is awaited
    this.writing[slot] = written
  }

  private sealChunk(piece: Buffer, final: boolean, out: Buffer, at: number): number {
    writeNonce(this.iv, this.index++, final)
    const cipher = createCipheriv('aes-256-gcm', this.key, this.iv, { authTagLength: TAG_BYTES })
    const body = cipher.update(piece)
    if (body.length !== piece.length) throw new Error('AES-GCM gave a body of an unexpected length')
    body.copy(out, at)
    releaseBuffer(body)
    cipher.final()
    cipher.getAuthTag().copy(out, at + piece.length)
    return piece.length + TAG_BYTES
  }
}
