import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  TEST_KDF,
  createKeyring,
  disableSlot,
  keyringExists,
  listSlots,
  parseRecoveryKey,
  setPasswordSlot,
  unlockWithPassword,
  unlockWithRecoveryKey,
} from '../../../../electron/core/keyring/keyring'
import { dataPaths } from '../../../../electron/core/paths'
import { GOLDEN_KEYRING, makeTestKeyring } from '../../../helpers/keyring-fixtures'
import { errorOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'

describe('keyring', () => {
  const tempDir = useTempDirs()

  it('P28: opens a keyring built independently with known keys, by password and by recovery key', () => {
    const file = dataPaths(tempDir()).keyring
    writeFileSync(file, JSON.stringify(GOLDEN_KEYRING.json))
    const unlocked = unlockWithPassword(file, GOLDEN_KEYRING.username, GOLDEN_KEYRING.password)
    expect(unlocked.masterKey.toString('hex')).toBe(GOLDEN_KEYRING.masterKeyHex)
    expect(unlocked.userId).toBe(1)
    expect(unlocked.failedAttempts).toEqual([])
    const viaRecovery = unlockWithRecoveryKey(file, parseRecoveryKey(GOLDEN_KEYRING.recoveryText))
    expect(viaRecovery.toString('hex')).toBe(GOLDEN_KEYRING.masterKeyHex)
  })

  it('P28: creates a keyring that opens with the password and with the recovery key', () => {
    const k = makeTestKeyring(tempDir())
    expect(keyringExists(k.file)).toBe(true)
    const { masterKey, userId, failedAttempts } = unlockWithPassword(k.file, k.username, k.password)
    expect(masterKey).toEqual(k.masterKey)
    expect(userId).toBe(k.userId)
    expect(failedAttempts).toEqual([])
    expect(unlockWithRecoveryKey(k.file, parseRecoveryKey(k.recoveryText))).toEqual(k.masterKey)
  })

  it('P28: stores scrypt settings and salt per slot, and no key or password in the clear', () => {
    const k = makeTestKeyring(tempDir(), { username: 'Siân', password: 'Éclair-Ŵ-password' })
    const text = readFileSync(k.file, 'utf8')
    const json = JSON.parse(text)
    expect(json.passwordSlots[0].kdf).toEqual({ name: 'scrypt', ...TEST_KDF })
    expect(Buffer.from(json.passwordSlots[0].salt, 'base64')).toHaveLength(16)
    expect(text).not.toContain(k.password)
    expect(text).not.toContain(k.masterKey.toString('hex'))
    expect(text).not.toContain(k.masterKey.toString('base64'))
    expect(text).not.toContain(k.recoveryKey.toString('base64'))
  })

  it('uses DEFAULT_KDF when no settings are given', () => {
    const file = join(tempDir(), 'keyring.json')
    const masterKey = Buffer.alloc(32, 3)
    createKeyring(file, { masterKey, user: { userId: 1, username: 'coordinator', password: 'pw' }, recoveryKey: Buffer.alloc(20, 1) })
    expect(JSON.parse(readFileSync(file, 'utf8')).passwordSlots[0].kdf).toEqual({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 })
    expect(unlockWithPassword(file, 'coordinator', 'pw').masterKey).toEqual(masterKey)
  })

  it('matches usernames without regard to case or how accents were composed', () => {
    const k = makeTestKeyring(tempDir(), { username: 'Siân' })
    expect(unlockWithPassword(k.file, 'SIÂN', k.password).userId).toBe(k.userId)
    expect(unlockWithPassword(k.file, ' sia\u0302n ', k.password).userId).toBe(k.userId)
  })

  it('treats a password typed with combining accents as the same password', () => {
    const k = makeTestKeyring(tempDir(), { password: 'Siân-café' })
    expect(unlockWithPassword(k.file, k.username, 'Sia\u0302n-cafe\u0301').masterKey).toEqual(k.masterKey)
  })

  it('refuses a wrong password and an unknown username with the same message; the unknown one writes nothing', () => {
    const k = makeTestKeyring(tempDir())
    const wrong = errorOf(() => unlockWithPassword(k.file, k.username, 'not it'))
    expect(wrong.code).toBe('auth')
    expect(wrong.message).toBe('Wrong username or password.')
    const before = readFileSync(k.file)
    const unknown = errorOf(() => unlockWithPassword(k.file, 'nobody', 'not it'))
    expect(unknown.code).toBe('auth')
    expect(unknown.message).toBe(wrong.message)
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('asks for a username and a password rather than trying empty ones', () => {
    const k = makeTestKeyring(tempDir())
    const before = readFileSync(k.file)
    expect(errorOf(() => unlockWithPassword(k.file, k.username, ''))).toMatchObject({ code: 'validation', field: 'password' })
    expect(errorOf(() => unlockWithPassword(k.file, '  ', 'pw'))).toMatchObject({ code: 'validation', field: 'username' })
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('refuses a recovery key that belongs to another Cabinet', () => {
    const k = makeTestKeyring(tempDir())
    const other = makeTestKeyring(tempDir())
    const e = errorOf(() => unlockWithRecoveryKey(k.file, other.recoveryKey))
    expect(e).toMatchObject({ code: 'auth', message: 'That recovery key does not open this Cabinet.' })
    expect(errorOf(() => unlockWithRecoveryKey(k.file, Buffer.alloc(5)))).toMatchObject({ code: 'auth' })
  })

  it('reports a typo in a recovery key before trying it', () => {
    const k = makeTestKeyring(tempDir())
    const last = k.recoveryText.at(-1) === '0' ? '1' : '0'
    const typo = k.recoveryText.slice(0, -1) + last
    expect(errorOf(() => parseRecoveryKey(typo))).toMatchObject({ code: 'validation', message: expect.stringMatching(/typo/) })
  })

  it('will not overwrite an existing keyring', () => {
    const k = makeTestKeyring(tempDir())
    const before = readFileSync(k.file)
    const e = errorOf(() =>
      createKeyring(k.file, {
        masterKey: Buffer.alloc(32),
        user: { userId: 1, username: 'x', password: 'y' },
        recoveryKey: Buffer.alloc(20),
        kdf: TEST_KDF,
      }),
    )
    expect(e.code).toBe('conflict')
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('refuses an empty password, a bad user id and out-of-limit settings when creating', () => {
    const file = join(tempDir(), 'keyring.json')
    const base = { masterKey: Buffer.alloc(32), recoveryKey: Buffer.alloc(20), kdf: TEST_KDF }
    expect(errorOf(() => createKeyring(file, { ...base, user: { userId: 1, username: 'a', password: '' } }))).toMatchObject({
      code: 'validation',
      field: 'password',
    })
    expect(errorOf(() => createKeyring(file, { ...base, user: { userId: 0, username: 'a', password: 'b' } })).code).toBe('usage')
    expect(errorOf(() => createKeyring(file, { ...base, user: { userId: 1, username: 'a', password: 'b' }, kdf: { N: 2 ** 12, r: 8, p: 1 } })).code).toBe(
      'usage',
    )
    expect(errorOf(() => createKeyring(file, { ...base, masterKey: Buffer.alloc(16), user: { userId: 1, username: 'a', password: 'b' } })).code).toBe('usage')
    expect(errorOf(() => createKeyring(file, { ...base, recoveryKey: Buffer.alloc(16), user: { userId: 1, username: 'a', password: 'b' } })).code).toBe('usage')
    expect(keyringExists(file)).toBe(false)
  })

  it('P27: adds a slot per user, each opening the same master key with its own password', () => {
    const k = makeTestKeyring(tempDir())
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'another pass' }, TEST_KDF)
    expect(unlockWithPassword(k.file, 'volunteer', 'another pass')).toMatchObject({ masterKey: k.masterKey, userId: 2 })
    expect(unlockWithPassword(k.file, k.username, k.password).userId).toBe(1)
    expect(errorOf(() => unlockWithPassword(k.file, 'volunteer', k.password)).code).toBe('auth')
    expect(listSlots(k.file)).toEqual([
      { userId: 1, username: 'coordinator', disabled: false },
      { userId: 2, username: 'volunteer', disabled: false },
    ])
  })

  it('a password change rewraps only that user’s slot', () => {
    const k = makeTestKeyring(tempDir())
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'v-pass' }, TEST_KDF)
    const before = JSON.parse(readFileSync(k.file, 'utf8'))
    setPasswordSlot(k.file, k.masterKey, { userId: 1, username: 'coordinator', password: 'new pass' }, TEST_KDF)
    const after = JSON.parse(readFileSync(k.file, 'utf8'))
    expect(after.passwordSlots[1]).toEqual(before.passwordSlots[1])
    expect(after.recovery).toEqual(before.recovery)
    expect(after.passwordSlots[0].salt).not.toBe(before.passwordSlots[0].salt)
    expect(errorOf(() => unlockWithPassword(k.file, k.username, k.password)).code).toBe('auth')
    expect(unlockWithPassword(k.file, k.username, 'new pass').masterKey).toEqual(k.masterKey)
  })

  it('refuses a username another account uses, whatever its case', () => {
    const k = makeTestKeyring(tempDir())
    const before = readFileSync(k.file)
    const e = errorOf(() => setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'COORDINATOR', password: 'x' }, TEST_KDF))
    expect(e).toMatchObject({ code: 'conflict', field: 'username' })
    expect(readFileSync(k.file)).toEqual(before)
  })

  it('refuses to add a slot with a master key that is not this keyring’s', () => {
    const k = makeTestKeyring(tempDir())
    const e = errorOf(() => setPasswordSlot(k.file, Buffer.alloc(32, 1), { userId: 2, username: 'v', password: 'x' }, TEST_KDF))
    expect(e.code).toBe('internal')
    expect(listSlots(k.file)).toHaveLength(1)
  })

  it('refuses an empty password when setting one', () => {
    const k = makeTestKeyring(tempDir())
    expect(errorOf(() => setPasswordSlot(k.file, k.masterKey, { userId: 1, username: 'coordinator', password: '' }, TEST_KDF))).toMatchObject({
      code: 'validation',
      field: 'password',
    })
    expect(unlockWithPassword(k.file, k.username, k.password).userId).toBe(1)
  })

  it('P27: a disabled account cannot log in, and its wrapped key is gone from the file', () => {
    const k = makeTestKeyring(tempDir())
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'v-pass' }, TEST_KDF)
    disableSlot(k.file, 2)
    const slot = JSON.parse(readFileSync(k.file, 'utf8')).passwordSlots[1]
    expect(slot).toMatchObject({ disabled: true, wrapped: null })
    const e = errorOf(() => unlockWithPassword(k.file, 'volunteer', 'v-pass'))
    expect(e).toMatchObject({ code: 'disabled', message: 'The account volunteer is disabled. Ask the coordinator.' })
    expect(listSlots(k.file)[1]).toEqual({ userId: 2, username: 'volunteer', disabled: true })
    // A coordinator's reset gives the account a new password and enables it again.
    setPasswordSlot(k.file, k.masterKey, { userId: 2, username: 'volunteer', password: 'reset pass' }, TEST_KDF)
    expect(unlockWithPassword(k.file, 'volunteer', 'reset pass').userId).toBe(2)
  })

  it('says so when disabling a user who has no slot', () => {
    const k = makeTestKeyring(tempDir())
    expect(errorOf(() => disableSlot(k.file, 99)).code).toBe('not_found')
  })

  it('leaves no temp files beside the keyring after normal use', () => {
    const dir = tempDir()
    const k = makeTestKeyring(dir)
    setPasswordSlot(k.file, k.masterKey, { userId: 1, username: 'coordinator', password: 'p2' }, TEST_KDF)
    errorOf(() => unlockWithPassword(k.file, k.username, 'wrong'))
    expect(readdirSync(dir)).toEqual(['keyring.json'])
  })
})
