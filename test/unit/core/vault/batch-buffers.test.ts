import { describe, expect, it } from 'vitest'
import { giveBackBatchBuffer, takeBatchBuffer } from '../../../../electron/core/vault/batch-buffers'

describe('read buffers kept between blobs', () => {
  it('a buffer given back is zeroed (no document bytes kept) and handed out again for the same size', () => {
    const size = 12_345
    const first = takeBatchBuffer(size)
    first.fill(0x41)
    giveBackBatchBuffer(first)
    expect(first).toEqual(Buffer.alloc(size))
    expect(takeBatchBuffer(size)).toBe(first)
    expect(takeBatchBuffer(size)).not.toBe(first) // in use: a second caller gets its own
  })

  it('keeps only a few of each size', () => {
    const size = 23_456
    const taken = Array.from({ length: 6 }, () => takeBatchBuffer(size))
    for (const b of taken) giveBackBatchBuffer(b)
    const again = new Set(Array.from({ length: 6 }, () => takeBatchBuffer(size)))
    expect(taken.filter((b) => again.has(b))).toHaveLength(3)
  })
})
