import { hkdfSync } from 'node:crypto'
import { openGcmChunk } from '../../crypto/gcm-chunk'
import { Transform, type TransformCallback } from 'node:stream'
import { ChunkBuffer } from '../../vault/chunk-buffer'
import { CHUNK_SIZE } from './format'

/*
 * The payload, sealed as in age's STREAM construction: 64 KiB chunks of plaintext, each sealed
 * with AES-256-GCM under a payload key derived from the file key and the header's salt. A chunk's
 * nonce is its 88-bit counter followed by a byte that is 1 on the last chunk only, so reordered
 * or duplicated chunks (wrong counter), a file cut at a chunk boundary (no chunk flagged last)
 * and bytes appended after the end (the last chunk would not be last) all fail to open. The last
 * chunk holds 1..64 KiB, or nothing when the whole payload is empty.
 */
export const TAG_BYTES = 16
export const SEALED_CHUNK = CHUNK_SIZE + TAG_BYTES
const PAYLOAD_INFO = 'cabinet/v1/backup-payload'

export function payloadKey(fileKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, salt, PAYLOAD_INFO, 32))
}

/** Chunk `index`'s nonce: its counter, then 1 on the last chunk only. */
export function nonce(index: number, final: boolean): Buffer {
  return writeNonce(Buffer.alloc(12), index, final)
}

/** Write chunk `index`'s nonce into a 12-byte buffer (the sealing loop reuses one) and return it. */
export function writeNonce(into: Buffer, index: number, final: boolean): Buffer {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError('chunk counter out of range')
  into.fill(0, 0, 5)
  into.writeUIntBE(index, 5, 6) // the low 48 bits of the 88-bit counter: 16 EiB of payload is enough
  into[11] = final ? 1 : 0
  return into
}

/**
 * Sealed chunks in, plaintext out. A chunk's plaintext is passed on only once its tag has been
 * checked; any failure ends the stream with `onDamage(why)`.
 */
export function createOpenStream(key: Buffer, onDamage: (why: string) => Error): Transform {
  return new Opener(Buffer.from(key), onDamage)
}

class Opener extends Transform {
  private readonly sealed = new ChunkBuffer(SEALED_CHUNK)
  private index = 0

  constructor(
    private readonly key: Buffer,
    private readonly onDamage: (why: string) => Error,
  ) {
    super()
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.sealed.feed(data, 0, (chunk) => this.open(chunk, false))
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const rest = this.sealed.rest()
      if (rest.length < TAG_BYTES) throw this.onDamage(`it was cut short after ${this.index} chunks`)
      if (rest.length === TAG_BYTES && this.index > 0) throw this.onDamage(`its last chunk (${this.index + 1}) is empty`)
      this.open(rest, true)
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

  private open(sealed: Buffer, final: boolean): void {
    const plain = openGcmChunk(this.key, nonce(this.index, final), sealed)
    if (!plain) {
      throw this.onDamage(
        final
          ? `chunk ${this.index + 1} does not open as the last chunk (the file was cut short, or bytes were added or changed)`
          : `chunk ${this.index + 1} does not open (bytes were changed, or chunks moved)`,
      )
    }
    this.push(plain)
    this.index++
  }

  private wipe(): void {
    this.key.fill(0)
    this.sealed.wipe()
  }
}
