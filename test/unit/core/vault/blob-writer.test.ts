import { randomBytes } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { writeBuffers } from '../../../../electron/core/vault/blob-writer'
import { releaseBuffers } from '../../../../electron/core/vault/release-buffers'

/** A file handle whose writev takes at most `most` bytes a call (as near a full disk), recording what it got. */
function partialHandle(most: number): { handle: FileHandle; written: () => Buffer } {
  const parts: Buffer[] = []
  const handle = {
    writev(buffers: Buffer[]) {
      const all = Buffer.concat(buffers)
      const n = Math.min(most, all.length)
      parts.push(Buffer.from(all.subarray(0, n)))
      return Promise.resolve({ bytesWritten: n, buffers })
    },
  }
  return { handle: handle as unknown as FileHandle, written: () => Buffer.concat(parts) }
}

describe('writing a batch of sealed chunks', () => {
  it('keeps going after partial writes until every byte is written, in order', async () => {
    const buffers = [randomBytes(10), randomBytes(7000), randomBytes(1), randomBytes(300)]
    const expected = Buffer.concat(buffers)
    const { handle, written } = partialHandle(333)
    await writeBuffers(handle, buffers)
    expect(written()).toEqual(expected)
  })

  it('a write that makes no progress fails as a full disk rather than looping', async () => {
    const { handle } = partialHandle(0)
    await expect(writeBuffers(handle, [randomBytes(10)])).rejects.toMatchObject({ code: 'ENOSPC' })
  })

  it('with release, frees the written buffers it owns once they are written', async () => {
    const body = Buffer.alloc(64 * 1024, 1)
    const tag = Buffer.alloc(16, 2)
    const { handle, written } = partialHandle(1 << 20)
    await writeBuffers(handle, [body, tag], true)
    expect(written()).toEqual(Buffer.concat([Buffer.alloc(64 * 1024, 1), Buffer.alloc(16, 2)]))
    expect(body.length).toBe(0)
    expect(tag).toEqual(Buffer.alloc(16, 2)) // too small to be worth it: left to the collector
  })
})

describe('releasing dead buffers', () => {
  it('frees a buffer that owns its whole memory, and touches no buffer sharing memory with another', () => {
    const owned = Buffer.alloc(8192, 7)
    const whole = Buffer.alloc(3 * 8192, 7)
    const part = whole.subarray(8192, 2 * 8192) // a view: the rest of `whole` is still in use
    const pooled = Buffer.from('small and pooled')
    releaseBuffers([owned, part, pooled])
    expect(owned.length).toBe(0)
    expect(part).toEqual(Buffer.alloc(8192, 7))
    expect(whole).toEqual(Buffer.alloc(3 * 8192, 7))
    expect(pooled.toString()).toBe('small and pooled')
  })
})
