import { hkdfSync } from 'node:crypto'
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
