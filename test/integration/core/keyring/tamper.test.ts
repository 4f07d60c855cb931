import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { TEST_KDF, setPasswordSlot, unlockWithPassword, unlockWithRecoveryKey } from '../../../../electron/core/keyring/keyring'
import { makeTestKeyring, type TestKeyring } from '../../../helpers/keyring-fixtures'
import { useTempDirs } from '../../../helpers/temp-dir'

type Json = {
  passwordSlots: { userId: number; username: string; kdf: { N: number; r: number; p: number }; salt: string; wrapped: unknown }[]
  recovery: { salt: string; wrapped: { nonce: string; ciphertext: string; tag: string } }
}

function edit(file: string, change: (json: Json) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Json
  change(json)
  writeFileSync(file, JSON.stringify(json))
}

function errorCode(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    return (e as CabinetError).code
  }
  return 'opened'
}

describe('slot identity is authenticated (GCM additional data)', () => {
  const tempDir = useTempDirs()

  /** Two users; volunteer (id 2) knows their own password only. */
  function twoUsers(): TestKeyring {
    const k = makeTestKeyring(tempDir())
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'volunteer pass' }, TEST_KDF)
    return k
  }

  it('P28: a wrapped key moved into another user’s slot does not open for them', () => {
    const k = twoUsers()
    // The volunteer copies their own wrapped key and salt into the coordinator's slot, hoping to
    // log in as the coordinator with their own password.
    edit(k.file, (j) => {
      j.passwordSlots[0].wrapped = j.passwordSlots[1].wrapped
      j.passwordSlots[0].salt = j.passwordSlots[1].salt
    })
    expect(errorCode(() => unlockWithPassword(k.file, 'coordinator', 'volunteer pass'))).toBe('auth')
  })

  it('P28: renaming a slot’s username (or swapping usernames) makes it fail to open', () => {
    const k = twoUsers()
    edit(k.file, (j) => {
      j.passwordSlots[0].username = 'volunteer'
      j.passwordSlots[1].username = 'coordinator'
    })
    expect(errorCode(() => unlockWithPassword(k.file, 'coordinator', 'volunteer pass'))).toBe('auth')
    expect(errorCode(() => unlockWithPassword(k.file, 'volunteer', k.password))).toBe('auth')
  })

  it('P28: changing a slot’s user id makes it fail to open', () => {
    const k = twoUsers()
    edit(k.file, (j) => {
      j.passwordSlots[1].userId = 7
    })
    expect(errorCode(() => unlockWithPassword(k.file, 'volunteer', 'volunteer pass'))).toBe('auth')
  })

  it('P28: editing a slot’s KDF settings fails authentication rather than opening at other settings', () => {
    const k = twoUsers()
    for (const kdf of [
      { N: 2 ** 15, r: 8, p: 1 },
      { N: 2 ** 14, r: 9, p: 1 },
      { N: 2 ** 14, r: 8, p: 2 },
    ]) {
      edit(k.file, (j) => {
        j.passwordSlots[1].kdf = { ...j.passwordSlots[1].kdf, ...kdf }
      })
      expect(errorCode(() => unlockWithPassword(k.file, 'volunteer', 'volunteer pass'))).toBe('auth')
    }
  })

  it('P28: a changed salt or ciphertext byte fails authentication', () => {
    const k = twoUsers()
    const original = readFileSync(k.file)
    edit(k.file, (j) => {
      const salt = Buffer.from(j.passwordSlots[0].salt, 'base64')
      salt[0] ^= 1
      j.passwordSlots[0].salt = salt.toString('base64')
    })
    expect(errorCode(() => unlockWithPassword(k.file, k.username, k.password))).toBe('auth')
    writeFileSync(k.file, original)
    edit(k.file, (j) => {
      const ct = Buffer.from(j.recovery.wrapped.ciphertext, 'base64')
      ct[31] ^= 0x80
      j.recovery.wrapped.ciphertext = ct.toString('base64')
    })
    expect(errorCode(() => unlockWithRecoveryKey(k.file, k.recoveryKey))).toBe('auth')
  })

  it('P28: a recovery slot moved from another Cabinet does not open with this Cabinet’s recovery key', () => {
    const k = makeTestKeyring(tempDir())
    const other = makeTestKeyring(tempDir())
    const otherRecovery = (JSON.parse(readFileSync(other.file, 'utf8')) as Json).recovery
    edit(k.file, (j) => {
      j.recovery = otherRecovery
    })
    expect(errorCode(() => unlockWithRecoveryKey(k.file, k.recoveryKey))).toBe('auth')
    // The other Cabinet's recovery key opens it, but to a key that is not this Cabinet's master key.
    expect(errorCode(() => unlockWithRecoveryKey(k.file, other.recoveryKey))).toBe('integrity')
  })
})
