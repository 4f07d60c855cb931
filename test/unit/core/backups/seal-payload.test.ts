import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CHUNK_SIZE } from '../../../../electron/core/backups/file/format'
import { PayloadSealer } from '../../../../electron/core/backups/file/seal-payload'
import { openPayload } from '../../../../electron/core/backups/file/open-payload'
import { SEALED_CHUNK } from '../../../../electron/core/backups/file/stream'

const dir = mkdtempSync(join(tmpdir(), 'cabinet-seal-payload-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Seal `plain` through the batching writer, in pieces of `piece` bytes, and return the sealed payload. */
async function sealed(key: Buffer, plain: Buffer, piece: number): Promise<Buffer> {
  const out: Buffer[] = []
  const sealer = new PayloadSealer(key, (bytes) => {
    out.push(Buffer.from(bytes)) // the sealer reuses its buffers once the write is done
    return Promise.resolve()
  })
  for (let at = 0; at < plain.length; at += piece) {
    const part = plain.subarray(at, at + piece)
    if (at % (2 * piece) === 0) {
      await sealer.append(part)
    } else {
      // The read path: fill the room it gives, then commit.
      for (let done = 0; done < part.length;) {
        const room = await sealer.room()
        const n = part.copy(room, 0, done)
        sealer.commit(n)
        done += n
      }
    }
  }
  await sealer.end()
  return Buffer.concat(out)
}

/** Open it as a restore does (open-payload.ts), from a file with a few bytes before the payload as the header would be. */
async function opened(key: Buffer, payload: Buffer): Promise<Buffer> {
  const file = join(dir, `${randomBytes(4).toString('hex')}.payload`)
  writeFileSync(file, Buffer.concat([Buffer.from('header'), payload]))
  const parts: Buffer[] = []
  for await (const p of openPayload(file, 6, key, (why) => new Error(why))) parts.push(Buffer.from(p)) // its buffer is reused
  return Buffer.concat(parts)
}

describe('the batching sealer writes the STREAM of docs/BACKUP-FORMAT.md, and the batching opener reads it', () => {
  const batch = 16 * CHUNK_SIZE
  it.each([0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, batch - 1, batch, batch + 1, 2 * batch, 2 * batch + 5 * CHUNK_SIZE + 3])(
    'a payload of %i bytes opens to the same bytes, with a full last chunk never followed by an empty one',
    async (length) => {
      const key = randomBytes(32)
      const plain = randomBytes(length)
      for (const piece of [7, 300_000]) {
        const payload = await sealed(key, plain, piece)
        const chunks = Math.max(1, Math.ceil(length / CHUNK_SIZE))
        expect(payload.length).toBe(length + chunks * (SEALED_CHUNK - CHUNK_SIZE))
        expect((await opened(key, payload)).equals(plain)).toBe(true)
      }
    },
  )

  it('a failed write is the failure reported, and no write is given bytes after it', async () => {
    let writes = 0
    const sealer = new PayloadSealer(randomBytes(32), () => (++writes === 1 ? Promise.reject(new Error('ENOSPC: simulated')) : Promise.resolve()))
    const attempt = async () => {
      await sealer.append(randomBytes(3 * batch + 1))
      await sealer.end()
    }
    await expect(attempt()).rejects.toThrow('ENOSPC: simulated')
    expect(writes).toBeLessThanOrEqual(2)
  })
})
