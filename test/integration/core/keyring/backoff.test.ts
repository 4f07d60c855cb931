import { readFileSync, writeFileSync } from 'node:fs'
import crypto from 'node:crypto'
import { syncBuiltinESMExports } from 'node:module'
import { describe, expect, it } from 'vitest'
import { LockedOutError, TEST_KDF, disableSlot, loginLockedUntil, setPasswordSlot, unlockWithPassword } from '../../../../electron/core/keyring/keyring'
import { makeTestKeyring } from '../../../helpers/keyring-fixtures'
import { errorOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'

const T0 = new Date('2026-03-02T09:00:00.000Z')
const at = (ms: number) => new Date(T0.getTime() + ms)

describe('login backoff', () => {
  const tempDir = useTempDirs()

  it('P27: three wrong passwords cost nothing; the fourth attempt is locked out for 1 s', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 3; i++) {
      expect(errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', at(i))).code).toBe('auth')
    }
    expect(loginLockedUntil(k.file, k.username, at(2))).toBe(at(1002).toISOString())
    const e = errorOf(() => unlockWithPassword(k.file, k.username, k.password, at(500)))
    expect(e).toBeInstanceOf(LockedOutError)
    expect(e.code).toBe('locked_out')
    expect((e as LockedOutError).lockedUntil).toBe(at(1002).toISOString())
    expect(e.message).toMatch(/^Too many failed attempts\. Try again at \d\d:\d\d:\d\d \(in 1 second\)\.$/)
    // Once the second has passed, the right password works.
    expect(unlockWithPassword(k.file, k.username, k.password, at(1002)).masterKey).toEqual(k.masterKey)
  })

  it('P27: while locked, even the right password is refused and nothing is written (no scrypt run)', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 3; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', T0))
    const before = readFileSync(k.file)
    for (const pw of ['wrong', k.password]) {
      expect(errorOf(() => unlockWithPassword(k.file, k.username, pw, at(10))).code).toBe('locked_out')
    }
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('P27: each further failure doubles the wait, up to five minutes', () => {
    const k = makeTestKeyring(tempDir())
    let now = T0
    const waits: number[] = []
    for (let failure = 1; failure <= 13; failure++) {
      expect(errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', now)).code).toBe('auth')
      const until = loginLockedUntil(k.file, k.username, now)
      const wait = until === null ? 0 : Date.parse(until) - now.getTime()
      waits.push(wait)
      now = new Date(now.getTime() + wait)
    }
    expect(waits).toEqual([0, 0, 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000])
  })

  it('P27: the error says how long is left', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 5; i++) {
      const lock = loginLockedUntil(k.file, k.username, at(i * 10_000))
      expect(lock).toBeNull()
      errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', at(i * 10_000)))
    }
    // Fifth failure at T0+40 s locks for 4 s.
    const e = errorOf(() => unlockWithPassword(k.file, k.username, k.password, at(41_000))) as LockedOutError
    expect(e.lockedUntil).toBe(at(44_000).toISOString())
    expect(e.message).toMatch(/\(in 3 seconds\)\.$/)
  })

  it('P27: success resets the count and hands back the failures for the audit log, once', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 4; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', at(i * 60_000)))
    const ok = unlockWithPassword(k.file, k.username, k.password, at(10 * 60_000))
    expect(ok.failedAttempts).toEqual([0, 1, 2, 3].map((i) => at(i * 60_000).toISOString()))
    expect(unlockWithPassword(k.file, k.username, k.password, at(11 * 60_000)).failedAttempts).toEqual([])
    // The count started again: three more failures are free.
    for (let i = 0; i < 2; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', at(12 * 60_000)))
    expect(loginLockedUntil(k.file, k.username, at(12 * 60_000))).toBeNull()
  })

  it('P27: backoff is per account: one user’s failures do not lock another', () => {
    const k = makeTestKeyring(tempDir())
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'v-pass' }, TEST_KDF)
    for (let i = 0; i < 6; i++) errorOf(() => unlockWithPassword(k.file, 'volunteer', 'wrong', T0))
    expect(loginLockedUntil(k.file, 'volunteer', T0)).not.toBeNull()
    expect(loginLockedUntil(k.file, k.username, T0)).toBeNull()
    expect(unlockWithPassword(k.file, k.username, k.password, T0).userId).toBe(1)
  })

  it('P27: a password reset clears the lock but keeps unreported failures for the next login', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 3; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', T0))
    expect(loginLockedUntil(k.file, k.username, T0)).not.toBeNull()
    setPasswordSlot(k.file, k.masterKey, { userId: 1, username: k.username, password: 'reset' }, TEST_KDF)
    expect(loginLockedUntil(k.file, k.username, T0)).toBeNull()
    expect(unlockWithPassword(k.file, k.username, 'reset', T0).failedAttempts).toHaveLength(3)
  })

  it('keeps only the latest 100 failure times', () => {
    const k = makeTestKeyring(tempDir())
    // Start from 99 recorded failures (backoff fields are not authenticated, so this is a fair
    // stand-in for 99 real ones), then fail four more times, each after the previous lock ends.
    const earlier = Array.from({ length: 99 }, (_, i) => at(-1e9 + i * 1000).toISOString())
    const json = JSON.parse(readFileSync(k.file, 'utf8'))
    Object.assign(json.passwordSlots[0], { failedCount: 99, failedAt: earlier })
    writeFileSync(k.file, JSON.stringify(json))
    for (let i = 0; i < 4; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', at(i * 600_000)))
    const slot = JSON.parse(readFileSync(k.file, 'utf8')).passwordSlots[0]
    expect(slot.failedCount).toBe(103)
    expect(slot.failedAt).toHaveLength(100)
    const reported = unlockWithPassword(k.file, k.username, k.password, at(4 * 600_000)).failedAttempts
    expect(reported[0]).toBe(earlier[3])
    expect(reported.at(-1)).toBe(at(3 * 600_000).toISOString())
  })

  it('P27: an unknown username is never locked and leaves the file alone', () => {
    const k = makeTestKeyring(tempDir())
    const before = readFileSync(k.file)
    for (let i = 0; i < 6; i++) expect(errorOf(() => unlockWithPassword(k.file, 'ghost', 'x', T0)).code).toBe('auth')
    expect(loginLockedUntil(k.file, 'ghost', T0)).toBeNull()
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('P27: a disabled account is refused even with the right password, before any lock check', () => {
    const k = makeTestKeyring(tempDir())
    for (let i = 0; i < 4; i++) errorOf(() => unlockWithPassword(k.file, k.username, 'wrong', T0))
    disableSlot(k.file, k.userId)
    const e = errorOf(() => unlockWithPassword(k.file, k.username, k.password, T0))
    expect(e).toMatchObject({ code: 'disabled', message: 'The account coordinator is disabled. Ask the coordinator.' })
    expect(loginLockedUntil(k.file, k.username, T0)).toBeNull()
  })

  it('P27: the lockout message is the same whatever the username, so it does not confirm the account exists', () => {
    const k = makeTestKeyring(tempDir(), { username: 'joanne' })
    for (let i = 0; i < 3; i++) errorOf(() => unlockWithPassword(k.file, 'joanne', 'wrong', T0))
    const e = errorOf(() => unlockWithPassword(k.file, 'JOANNE', k.password, at(10)))
    expect(e.code).toBe('locked_out')
    expect(e.message).not.toMatch(/joanne/i)
  })

  it('P27: an unknown username costs a key derivation like a wrong password, so timing does not tell them apart', () => {
    const k = makeTestKeyring(tempDir())
    // Count the scrypt runs rather than time them: one each, whether the name exists or not.
    const original = crypto.scryptSync
    let runs = 0
    crypto.scryptSync = ((...args: Parameters<typeof original>) => {
      runs++
      return original(...args)
    }) as typeof original
    syncBuiltinESMExports()
    try {
      const count = (attempt: () => void): number => {
        runs = 0
        errorOf(attempt)
        return runs
      }
      // Wrong passwords at T0 are all free of the lock, each running scrypt once.
      expect(count(() => unlockWithPassword(k.file, k.username, 'wrong', T0))).toBe(1)
      expect(count(() => unlockWithPassword(k.file, 'nobody-by-this-name', 'wrong', T0))).toBe(1)
    } finally {
      crypto.scryptSync = original
      syncBuiltinESMExports()
    }
  })
})
