import { CabinetError } from '../errors'

/*
 * The encrypted blob format (version 1), one file per document under vault/:
 *
 *   header (16 bytes): "CBVT" | version 1 | log2(chunk size) | 2 zero bytes | 8-byte random nonce prefix
 *   then chunks:       AES-256-GCM(chunk plaintext) | 16-byte tag, every chunk `chunkSize` bytes of
 *                      plaintext except the last, which holds 0..chunkSize bytes and is flagged final.
 *
 * Each chunk's nonce is the file's random prefix followed by the chunk counter, so no nonce
 * repeats within a file (and every file has its own random key anyway). Each chunk's AAD binds
 * the header, the document id, the chunk index and the final flag, so a flipped byte, chunks
 * swapped or moved between files, a file cut short at a chunk boundary and a chunk appended after
 * the final one all fail authentication. Nothing decrypted is released before its tag checks.
 */

export const BLOB_MAGIC = Buffer.from('CBVT', 'latin1')
export const BLOB_VERSION = 1
export const HEADER_BYTES = 16
export const NONCE_PREFIX_BYTES = 8
export const TAG_BYTES = 16
export const DEFAULT_CHUNK_LOG2 = 16 // 64 KiB
const MIN_CHUNK_LOG2 = 10
const MAX_CHUNK_LOG2 = 24
const MAX_CHUNKS = 2 ** 32 // the counter is 32 bits

export interface BlobHeader {
  bytes: Buffer
  chunkSize: number
  noncePrefix: Buffer
}

export function buildHeader(noncePrefix: Buffer, chunkLog2 = DEFAULT_CHUNK_LOG2): BlobHeader {
  if (noncePrefix.length !== NONCE_PREFIX_BYTES) throw new RangeError('nonce prefix must be 8 bytes')
  if (chunkLog2 < MIN_CHUNK_LOG2 || chunkLog2 > MAX_CHUNK_LOG2) throw new RangeError('chunk size out of range')
  const bytes = Buffer.alloc(HEADER_BYTES)
  BLOB_MAGIC.copy(bytes, 0)
  bytes[4] = BLOB_VERSION
  bytes[5] = chunkLog2
  noncePrefix.copy(bytes, 8)
  return { bytes, chunkSize: 2 ** chunkLog2, noncePrefix: Buffer.from(noncePrefix) }
}

/** Parse a header read from disk; anything unexpected means the blob is not ours or is damaged. */
export function parseHeader(bytes: Buffer, damaged: () => CabinetError): BlobHeader {
  if (bytes.length !== HEADER_BYTES || !bytes.subarray(0, 4).equals(BLOB_MAGIC)) throw damaged()
  if (bytes[4] !== BLOB_VERSION || bytes[6] !== 0 || bytes[7] !== 0) throw damaged()
  const log2 = bytes[5]
  if (log2 < MIN_CHUNK_LOG2 || log2 > MAX_CHUNK_LOG2) throw damaged()
  return { bytes: Buffer.from(bytes), chunkSize: 2 ** log2, noncePrefix: Buffer.from(bytes.subarray(8, 16)) }
}

/**
 * Each chunk's nonce and AAD. They differ from chunk to chunk only in the index and the final
 * flag, so both are built once per blob and patched in place for each chunk: sealing or opening
 * a chunk allocates no labels of its own (a 20 MB document has 320 chunks).
 */
export class ChunkLabels {
  readonly nonce = Buffer.alloc(12)
  readonly aad: Buffer
  private readonly indexAt: number

  constructor(header: BlobHeader, fileId: string) {
    header.noncePrefix.copy(this.nonce, 0)
    const id = Buffer.from(fileId, 'utf8')
    this.aad = Buffer.alloc(HEADER_BYTES + 4 + id.length + 8 + 1)
    let at = header.bytes.copy(this.aad, 0)
    at = this.aad.writeUInt32BE(id.length, at)
    this.indexAt = at + id.copy(this.aad, at)
  }

  /** Point the nonce and AAD at chunk `index`; they hold its labels until the next call. */
  set(index: number, final: boolean): this {
    if (!Number.isInteger(index) || index < 0 || index >= MAX_CHUNKS) throw new RangeError('too many chunks for one document')
    this.nonce.writeUInt32BE(index, 8)
    const at = this.aad.writeBigUInt64BE(BigInt(index), this.indexAt)
    this.aad[at] = final ? 1 : 0
    return this
  }
}

/** The ciphertext size of a plaintext of `size` bytes, for checks and progress. */
export function sealedSize(size: number, chunkSize = 2 ** DEFAULT_CHUNK_LOG2): number {
  const chunks = Math.max(1, Math.ceil(size / chunkSize))
  return HEADER_BYTES + size + chunks * TAG_BYTES
}
