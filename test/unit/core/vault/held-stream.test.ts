import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { finished } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { newBlobName } from '../../../../electron/core/vault/blob-files'
import type { DocumentRecord } from '../../../../electron/core/vault/document-queries'
import { heldStream } from '../../../../electron/core/vault/held-stream'

/** A vault folder holding one blob file (its contents do not matter: the stream serves memory). */
function vaultWithBlob(): { dir: string; record: DocumentRecord } {
  const dir = mkdtempSync(join(tmpdir(), 'cabinet-held-'))
  const blobName = newBlobName()
  writeFileSync(join(dir, blobName), 'sealed')
  return { dir, record: { blobName, title: 'Supervised contact notes' } as DocumentRecord }
}

function chunks(): Buffer[] {
  return [1, 2, 3].map((n) => Buffer.alloc(64 * 1024, n))
}

describe('a document held whole, as a stream', () => {
  it('serves its chunks in order, as they are (never copied)', async () => {
    const { dir, record } = vaultWithBlob()
    const held = chunks()
    const served: Buffer[] = []
    const stream = heldStream([...held], dir, record)
    stream.on('data', (chunk: Buffer) => served.push(chunk))
    await finished(stream)
    expect(served.length).toBe(3)
    expect(served.every((chunk, i) => chunk === held[i])).toBe(true)
  })

  it('wipes and frees what it never served when its reader gives up', async () => {
    const { dir, record } = vaultWithBlob()
    const held = chunks()
    const stream = heldStream([...held], dir, record)
    const first = await new Promise<Buffer>((resolve) => stream.once('data', resolve))
    stream.destroy()
    await new Promise((resolve) => stream.once('close', resolve))
    expect(first.equals(Buffer.alloc(64 * 1024, 1))).toBe(true)
    // The served chunk is the reader's; the two never served hold nothing any more.
    expect(held.slice(1).every((chunk) => chunk.length === 0 || chunk.every((b) => b === 0))).toBe(true)
  })

  it('serves nothing once its blob is gone, and says so as a stream error', async () => {
    const { dir } = vaultWithBlob()
    const record = { blobName: newBlobName(), title: 'Supervised contact notes' } as DocumentRecord
    const unnamed = { blobName: '../elsewhere', title: 'Supervised contact notes' } as DocumentRecord
    for (const r of [record, unnamed]) {
      const held = chunks()
      await expect(finished(heldStream([...held], dir, r).resume())).rejects.toMatchObject({ code: 'damaged' })
      expect(held.every((chunk) => chunk.length === 0 || chunk.every((b) => b === 0))).toBe(true)
    }
  })
})
