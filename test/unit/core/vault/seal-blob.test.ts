import { randomBytes } from 'node:crypto'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { sealedSize } from '../../../../electron/core/vault/blob-format'
import { createDecryptStream } from '../../../../electron/core/vault/decrypt-stream'
import { createEncryptStream, sealBlob } from '../../../../electron/core/vault/encrypt-stream'

const CHUNK_LOG2 = 10
const DAMAGED = 'The document “Test” is damaged or has been tampered with; it cannot be opened.'

describe('sealBlob: a whole blob from bytes in memory (the demo generator)', () => {
  it.each([0, 1, 1023, 1024, 1025, 4096, 5000])('%i bytes: the vault stream opens it, and it is as long as the stream writes', async (size) => {
    const key = randomBytes(32)
    const id = randomBytes(16).toString('hex')
    const plain = randomBytes(size)
    const blob = sealBlob(key, id, plain, { chunkLog2: CHUNK_LOG2 })
    expect(await buffer(Readable.from([blob]).pipe(createDecryptStream(key, id, DAMAGED)))).toEqual(plain)
    const streamed = await buffer(Readable.from([plain]).pipe(createEncryptStream(key, id, { chunkLog2: CHUNK_LOG2 })))
    expect(blob.length).toBe(streamed.length)
    expect(blob.length).toBe(sealedSize(size, 1024))
  })

  it('is bound to its document: another id cannot open it', async () => {
    const key = randomBytes(32)
    const blob = sealBlob(key, 'a'.repeat(32), Buffer.from('%PDF-1.7 synthetic'))
    await expect(buffer(Readable.from([blob]).pipe(createDecryptStream(key, 'b'.repeat(32), DAMAGED)))).rejects.toThrow(DAMAGED)
  })
})
