import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { HEADER_BYTES, sealedSize, TAG_BYTES } from '../../../../electron/core/vault/blob-format'
import { createDecryptStream } from '../../../../electron/core/vault/decrypt-stream'
import { createEncryptStream } from '../../../../electron/core/vault/encrypt-stream'
import { CabinetError } from '../../../../electron/core/errors'

const CHUNK_LOG2 = 10 // 1 KiB chunks: many chunks from small inputs
const CHUNK = 1024
const SEALED = CHUNK + TAG_BYTES
const DAMAGED = 'The document “Test” is damaged or has been tampered with; it cannot be opened.'

/** Feed `bytes` in pieces of `piece` bytes, so chunk boundaries fall anywhere. */
function pieces(bytes: Buffer, piece: number): Readable {
  const parts: Buffer[] = []
  for (let at = 0; at < bytes.length; at += piece) parts.push(bytes.subarray(at, at + piece))
  return Readable.from(parts)
}

async function seal(key: Buffer, id: string, plain: Buffer, piece = 333): Promise<Buffer> {
  return buffer(pieces(plain, piece).pipe(createEncryptStream(key, id, { chunkLog2: CHUNK_LOG2 })))
}

async function open(key: Buffer, id: string, blob: Buffer, piece = 517): Promise<Buffer> {
  const out = pieces(blob, piece).pipe(createDecryptStream(key, id, DAMAGED))
  return buffer(out)
}

/** Decrypt, expecting refusal; returns how many plaintext bytes were released before it. */
async function refused(key: Buffer, id: string, blob: Buffer): Promise<number> {
  let released = 0
  const out = Readable.from([blob]).pipe(createDecryptStream(key, id, DAMAGED))
  out.on('data', (c: Buffer) => (released += c.length))
  const error = await new Promise<unknown>((resolve) => {
    out.on('error', resolve)
    out.on('end', () => resolve(null))
  })
  expect(error).toBeInstanceOf(CabinetError)
  expect((error as CabinetError).code).toBe('integrity')
  expect((error as CabinetError).message).toBe(DAMAGED)
  return released
}

describe('vault stream encryption (AES-256-GCM, chunked)', () => {
  const key = randomBytes(32)
  const id = 'a'.repeat(32)

  it.each([0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 3 * CHUNK + 17])('round-trips %i bytes exactly, in the predicted size', async (size) => {
    const plain = randomBytes(size)
    const blob = await seal(key, id, plain)
    expect(blob.length).toBe(sealedSize(size, CHUNK))
    expect(await open(key, id, blob)).toEqual(plain)
  })

  it.each([1, 333, CHUNK, CHUNK + TAG_BYTES, 100_000])('gives the same result however the input is split (pieces of %i bytes)', async (piece) => {
    const plain = randomBytes(5 * CHUNK + 77)
    const blob = await seal(key, id, plain, piece)
    expect(await open(key, id, blob, piece)).toEqual(plain)
    expect(await open(key, id, blob, 100_000)).toEqual(plain) // whole chunks opened in place
  })

  it('uses a fresh nonce prefix per file, so the same plaintext never gives the same blob', async () => {
    const plain = Buffer.alloc(2000, 7)
    const a = await seal(key, id, plain)
    const b = await seal(key, id, plain)
    expect(a.subarray(8, HEADER_BYTES)).not.toEqual(b.subarray(8, HEADER_BYTES))
    expect(a.subarray(HEADER_BYTES)).not.toEqual(b.subarray(HEADER_BYTES))
  })

  it('the blob does not contain the plaintext', async () => {
    const plain = Buffer.from('Court order for the Nowak family, case 123. '.repeat(100))
    const blob = await seal(key, id, plain)
    expect(blob.includes(Buffer.from('Nowak'))).toBe(false)
  })

  describe('tampering is refused and releases nothing unauthenticated', () => {
    const plain = randomBytes(4 * CHUNK + 100) // chunks 0..3 full, chunk 4 final (100 bytes)

    it('a flipped byte in the middle chunk', async () => {
      const blob = await seal(key, id, plain)
      blob[HEADER_BYTES + 2 * SEALED + 10] ^= 0x01
      expect(await refused(key, id, blob)).toBe(2 * CHUNK) // chunks 0 and 1 were authentic
    })

    it('a flipped byte in a tag', async () => {
      const blob = await seal(key, id, plain)
      blob[HEADER_BYTES + SEALED - 1] ^= 0x80
      expect(await refused(key, id, blob)).toBe(0)
    })

    it('a flipped byte in the header (nonce prefix)', async () => {
      const blob = await seal(key, id, plain)
      blob[12] ^= 0x01
      expect(await refused(key, id, blob)).toBe(0)
    })

    it('a wrong magic or version', async () => {
      const blob = await seal(key, id, plain)
      blob[4] = 2
      await refused(key, id, blob)
    })

    it('truncated mid-chunk', async () => {
      const blob = await seal(key, id, plain)
      await refused(key, id, blob.subarray(0, blob.length - 5))
    })

    it('truncated exactly at a chunk boundary (the final chunk dropped)', async () => {
      const blob = await seal(key, id, plain)
      const cut = blob.subarray(0, HEADER_BYTES + 4 * SEALED)
      expect(await refused(key, id, cut)).toBe(3 * CHUNK) // chunk 3 was not sealed as final
    })

    it('truncated to the header alone, or to nothing', async () => {
      const blob = await seal(key, id, plain)
      await refused(key, id, blob.subarray(0, HEADER_BYTES))
      await refused(key, id, blob.subarray(0, 7))
      await refused(key, id, Buffer.alloc(0))
    })

    it('two chunks swapped', async () => {
      const blob = await seal(key, id, plain)
      const a = HEADER_BYTES + SEALED
      const b = HEADER_BYTES + 2 * SEALED
      const swapped = Buffer.concat([blob.subarray(0, a), blob.subarray(b, b + SEALED), blob.subarray(a, b), blob.subarray(b + SEALED)])
      expect(await refused(key, id, swapped)).toBe(CHUNK)
    })

    it('a chunk appended after the final one', async () => {
      const blob = await seal(key, id, plain)
      const extra = blob.subarray(HEADER_BYTES, HEADER_BYTES + SEALED)
      await refused(key, id, Buffer.concat([blob, extra]))
    })

    it('a chunk moved from another document encrypted with the same key', async () => {
      const other = await seal(key, 'b'.repeat(32), plain)
      const blob = await seal(key, id, plain)
      other.copy(blob, 0, 0, HEADER_BYTES + SEALED) // header and first chunk from the other file
      await refused(key, id, blob)
    })

    it('the wrong key or the wrong document id', async () => {
      const blob = await seal(key, id, plain)
      await refused(randomBytes(32), id, blob)
      await refused(key, 'c'.repeat(32), blob)
    })
  })
})
