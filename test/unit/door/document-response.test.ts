import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { CabinetError } from '../../../electron/core/errors'
import type { OpenedDocument } from '../../../electron/core/vault'
import { documentResponse } from '../../../electron/door/documents/responses'

function opened(stream: Readable, sizeBytes: number): OpenedDocument {
  return { document: { sizeBytes } as OpenedDocument['document'], mime: 'application/pdf', fileName: 'Referral.pdf', stream }
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = []
  for await (const piece of body) pieces.push(piece)
  return pieces
}

describe('the document door’s response body', () => {
  it('hands on the vault’s plaintext chunks as they are, without copying them into fresh memory', async () => {
    const chunks = [Buffer.alloc(64 * 1024, 1), Buffer.alloc(1000, 2)]
    const response = documentResponse(opened(Readable.from(chunks, { objectMode: false }), 65_536 + 1000), 'inline')
    const pieces = await readAll(response.body as ReadableStream<Uint8Array>)
    expect(pieces.every((p, i) => p.buffer === chunks[i].buffer)).toBe(true)
  })

  it('copies a chunk that shares its memory with others, so the body never reaches beyond its own bytes', async () => {
    const pooled = Buffer.from('%PDF-1.7 a small piece') // small Buffers share Node's pool
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length)
    const response = documentResponse(opened(Readable.from([pooled], { objectMode: false }), pooled.length), 'inline')
    const [piece] = await readAll(response.body as ReadableStream<Uint8Array>)
    expect(piece.buffer.byteLength).toBe(pooled.length)
    expect(Buffer.from(piece).equals(pooled)).toBe(true)
  })

  it('never completes a response whose stream fails part-way: the body errors instead', async () => {
    let sent = 0
    const failing = new Readable({
      read() {
        if (sent++ === 0) this.push(Buffer.alloc(1024, 3))
        else this.destroy(new CabinetError('integrity', 'The document is damaged or has been tampered with; it cannot be opened.'))
      },
    })
    const response = documentResponse(opened(failing, 4096), 'inline')
    await expect(response.arrayBuffer()).rejects.toBeDefined()
  })

  it('reads the stream only as the transport asks: a document is not pulled into memory ahead of it', async () => {
    let pulled = 0
    const source = new Readable({
      highWaterMark: 1,
      read() {
        pulled++
        this.push(pulled > 100 ? null : Buffer.alloc(64 * 1024, 4))
      },
    })
    const response = documentResponse(opened(source, 100 * 64 * 1024), 'inline')
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    await reader.read()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(pulled).toBeLessThan(5)
    await reader.cancel()
    expect(source.destroyed).toBe(true)
  })
})
