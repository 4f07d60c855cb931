import { describe, expect, it } from 'vitest'
import { LockedOutError, activeLock, backoffDelayMs, withFailure, withSuccess } from '../../../../electron/core/keyring/backoff'
import type { PasswordSlot } from '../../../../electron/core/keyring/format'

const slot: PasswordSlot = {
  userId: 1,
  username: 'coordinator',
  kdf: { name: 'scrypt', N: 2 ** 14, r: 8, p: 1 },
  salt: 'AAECAwQFBgcICQoLDA0ODw==',
  wrapped: { nonce: 'EBESExQVFhcYGRob', ciphertext: 'QyeOcdmPiImjsTbKBiG9r4WXP3x6sFL+YHPH6H2UuIE=', tag: 'c35hqIUHJlPuSkB9CedMLA==' },
  disabled: false,
  failedCount: 0,
  lockedUntil: null,
  failedAt: [],
}

describe('login backoff', () => {
  it('P27: is free for three failures, then 1 s doubling to a 5-minute cap', () => {
    const delays = Array.from({ length: 14 }, (_, i) => backoffDelayMs(i))
    expect(delays).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000])
    expect(backoffDelayMs(10_000)).toBe(300_000)
  })

  it('records each failure with its time, keeping the latest 100, and success clears them', () => {
    const now = new Date('2026-03-01T10:00:00.000Z')
    let s = slot
    for (let i = 0; i < 105; i++) s = withFailure(s, new Date(now.getTime() + i * 1000))
    expect(s.failedCount).toBe(105)
    expect(s.failedAt).toHaveLength(100)
    expect(s.failedAt[0]).toBe('2026-03-01T10:00:05.000Z')
    expect(withSuccess(s)).toMatchObject({ failedCount: 0, lockedUntil: null, failedAt: [] })
  })

  it('ignores a lock further ahead than the longest wait (clock put back, or an edited file)', () => {
    const now = new Date('2026-03-01T10:00:00.000Z')
    expect(activeLock({ ...slot, lockedUntil: '2026-03-01T10:04:59.000Z' }, now)).toBe('2026-03-01T10:04:59.000Z')
    expect(activeLock({ ...slot, lockedUntil: '2026-03-02T10:00:00.000Z' }, now)).toBeNull()
    expect(activeLock({ ...slot, lockedUntil: '2026-03-01T09:59:59.000Z' }, now)).toBeNull()
  })

  it('LockedOutError says until when, in words and as an ISO property', () => {
    const now = new Date(2026, 2, 1, 10, 0, 0)
    const until = new Date(2026, 2, 1, 10, 0, 8).toISOString()
    const e = new LockedOutError(until, now)
    expect(e.code).toBe('locked_out')
    expect(e.lockedUntil).toBe(until)
    expect(e.message).toBe('Too many failed attempts. Try again at 10:00:08 (in 8 seconds).')
    expect(new LockedOutError(new Date(2026, 2, 1, 10, 0, 1).toISOString(), now).message).toMatch(/\(in 1 second\)\.$/)
  })
})
