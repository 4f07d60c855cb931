import { createDecipheriv, createSecretKey } from 'node:crypto'
import { open } from 'node:fs/promises'
import { releaseBuffer } from '../../vault/release-buffers'
import { CHUNK_SIZE } from './format'
import { SEALED_CHUNK, TAG_BYTES, writeNonce } from './stream'

/*
 * The reading side of the STREAM (stream.ts has the construction): the payload is read from the
 * file BATCH_CHUNKS chunks at a time into one buffer, each chunk opened into one plaintext buffer,
 * both made once per backup, and each chunk's own output freed at once. Leaving a fresh buffer
 * per chunk to the garbage collector had cost more than the cryptography.
 *
 * The pieces it yields are views of that one plaintext buffer: the consumer must be done with a
 * piece (written, hashed) before it asks for the next one.
 */
const BATCH_CHUNKS = 16

/**
 * The payload of `file` from byte `start`, opened: only chunks whose tags check are passed on,
 * the last piece of the file is opened as the last chunk, and any failure throws `onDamage(why)`.
 */
export async function* openPayload(file: string, start: number, key: Buffer, onDamage: (why: string) => Error, signal?: AbortSignal): AsyncGenerator<Buffer> {
  const handle = await open(file, 'r')
  const sealed = Buffer.allocUnsafe(BATCH_CHUNKS * SEALED_CHUNK)
  const plain = Buffer.allocUnsafe(BATCH_CHUNKS * CHUNK_SIZE)
  const iv = Buffer.alloc(12)
  const secret = createSecretKey(key)
  try {
    const payload = (await handle.stat()).size - start
    // Every SEALED_CHUNK bytes is a chunk; what is left at the end (at most that much) is the last one.
    const whole = Math.max(0, Math.ceil(payload / SEALED_CHUNK) - 1)
    for (let index = 0; index < whole; index += BATCH_CHUNKS) {
      signal?.throwIfAborted()
      const count = Math.min(BATCH_CHUNKS, whole - index)
      await readExactly(handle, sealed, count * SEALED_CHUNK, start + index * SEALED_CHUNK, onDamage)
      for (let c = 0; c < count; c++) {
        if (!openChunk(secret, writeNonce(iv, index + c, false), sealed.subarray(c * SEALED_CHUNK, (c + 1) * SEALED_CHUNK), plain, c * CHUNK_SIZE)) {
          throw onDamage(`chunk ${index + c + 1} does not open (bytes were changed, or chunks moved)`)
        }
      }
      yield plain.subarray(0, count * CHUNK_SIZE)
    }
    const rest = payload - whole * SEALED_CHUNK
    if (rest < TAG_BYTES) throw onDamage(`it was cut short after ${whole} chunks`)
    if (rest === TAG_BYTES && whole > 0) throw onDamage(`its last chunk (${whole + 1}) is empty`)
    await readExactly(handle, sealed, rest, start + whole * SEALED_CHUNK, onDamage)
    if (!openChunk(secret, writeNonce(iv, whole, true), sealed.subarray(0, rest), plain, 0)) {
      throw onDamage(`chunk ${whole + 1} does not open as the last chunk (the file was cut short, or bytes were added or changed)`)
    }
    if (rest > TAG_BYTES) yield plain.subarray(0, rest - TAG_BYTES)
  } finally {
    plain.fill(0)
    await handle.close()
  }
}

async function readExactly(handle: Awaited<ReturnType<typeof open>>, into: Buffer, length: number, position: number, onDamage: (why: string) => Error) {
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(into, done, length - done, position + done)
    if (bytesRead === 0) throw onDamage('it was cut short while it was being read')
    done += bytesRead
  }
}

/** Open one sealed chunk into `out` at `at`; false (and nothing left in `out`) when its tag does not check. */
function openChunk(key: ReturnType<typeof createSecretKey>, nonce: Buffer, sealed: Buffer, out: Buffer, at: number): boolean {
  const bodyLength = sealed.length - TAG_BYTES
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES })
  decipher.setAuthTag(sealed.subarray(bodyLength))
  const body = decipher.update(sealed.subarray(0, bodyLength))
  try {
    decipher.final()
    body.copy(out, at)
    return true
  } catch {
    return false
  } finally {
    body.fill(0) // GCM hands out plaintext before the tag is checked: never let a failed chunk's escape
    releaseBuffer(body)
  }
}
