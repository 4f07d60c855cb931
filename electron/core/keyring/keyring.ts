import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf'
import { RECOVERY_KEY_BYTES } from '../crypto/recovery-key'
import { wipe } from '../crypto/wrap'
import { CabinetError } from '../errors'
import { LockedOutError, activeLock, withFailure, withSuccess } from './backoff'
import {
  KEYRING_FORMAT,
  KEYRING_VERSION,
  SALT_BYTES,
  foldUsername,
  readKeyring,
  writeKeyring,
  type AuditAnchorJson,
  type KeyringFile,
  type PasswordSlot,
} from './format'
import { kdfLimitProblem } from './limits'
import { derivePasswordKek, keyCheck, matchesKeyCheck, openPasswordSlot, openRecoverySlot, sealPasswordSlot, sealRecoverySlot } from './slots'

/**
 * The keyring (keyring.json beside the database): the random master key, wrapped once per user
 * under a key derived from their password, and once under the recovery key. Every change
 * rewrites the file atomically and touches one slot only, so a crash mid-change leaves the old
 * or the new password working, never neither.
 */
export { DEFAULT_KDF, TEST_KDF, type KdfParams } from '../crypto/kdf'
export { formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../crypto/recovery-key'
export { wipe } from '../crypto/wrap'
export { BACKOFF, LockedOutError } from './backoff'
export { KEYRING_LIMITS } from './limits'
export type { AuditAnchorJson } from './format'

export interface PasswordSlotInput {
  userId: number
  username: string
  password: string
}

const WRONG_LOGIN = 'Wrong username or password.'

export function keyringExists(file: string): boolean {
  return existsSync(file)
}

export function createKeyring(file: string, opts: { masterKey: Buffer; user: PasswordSlotInput; recoveryKey: Buffer; kdf?: KdfParams }): void {
  const kdf = opts.kdf ?? DEFAULT_KDF
  checkMasterKey(opts.masterKey)
  checkSlotInput(opts.user, kdf)
  if (opts.recoveryKey.length !== RECOVERY_KEY_BYTES) {
    throw new CabinetError('usage', `The recovery key must be ${RECOVERY_KEY_BYTES} bytes.`)
  }
  if (existsSync(file)) {
    throw new CabinetError('conflict', `There is already a keyring at ${file}; Cabinet will not overwrite it.`)
  }
  const keyring: KeyringFile = {
    format: KEYRING_FORMAT,
    version: KEYRING_VERSION,
    keyCheck: keyCheck(opts.masterKey),
    passwordSlots: [sealPasswordSlot(opts.masterKey, opts.user, kdf, { failedAt: [] })],
    recovery: sealRecoverySlot(opts.masterKey, opts.recoveryKey),
  }
  writeKeyring(file, keyring)
}

/**
 * Log in. Refuses a disabled or locked-out account before running scrypt (so a lock costs an
 * attacker nothing to hit and us nothing to enforce). A wrong password is recorded in the slot;
 * an unknown username gets the same message and writes nothing. On success the failures since
 * the last success are returned for the audit log and cleared.
 */
export function unlockWithPassword(
  file: string,
  username: string,
  password: string,
  now: Date = new Date(),
): { masterKey: Buffer; userId: number; failedAttempts: string[] } {
  if (username.trim() === '') throw new CabinetError('validation', 'Enter your username.', { field: 'username' })
  if (password === '') throw new CabinetError('validation', 'Enter your password.', { field: 'password' })
  const keyring = readKeyring(file)
  const index = findByUsername(keyring, username)
  if (index < 0) {
    // As slow as a wrong password, so the time taken does not tell a guesser the name is unknown.
    wipe(derivePasswordKek(password, randomBytes(SALT_BYTES), keyring.passwordSlots[0].kdf))
    throw new CabinetError('auth', WRONG_LOGIN)
  }
  const slot = keyring.passwordSlots[index]
  if (slot.disabled) throw disabledError(slot.username)
  const lock = activeLock(slot, now)
  if (lock !== null) throw new LockedOutError(lock, now)

  const masterKey = openPasswordSlot(slot, password)
  if (masterKey === null) {
    writeKeyring(file, replaceSlot(keyring, index, withFailure(slot, now)))
    throw new CabinetError('auth', WRONG_LOGIN)
  }
  if (!matchesKeyCheck(masterKey, keyring.keyCheck)) {
    wipe(masterKey)
    throw inconsistent(file)
  }
  const failedAttempts = [...slot.failedAt]
  if (slot.failedCount > 0 || slot.lockedUntil !== null || slot.failedAt.length > 0) {
    writeKeyring(file, replaceSlot(keyring, index, withSuccess(slot)))
  }
  return { masterKey, userId: slot.userId, failedAttempts }
}

export function unlockWithRecoveryKey(file: string, recoveryKey: Buffer): Buffer {
  const keyring = readKeyring(file)
  const masterKey = recoveryKey.length === RECOVERY_KEY_BYTES ? openRecoverySlot(keyring.recovery, recoveryKey) : null
  if (masterKey === null) {
    throw new CabinetError('auth', 'That recovery key does not open this Cabinet.', { field: 'recoveryKey' })
  }
  if (!matchesKeyCheck(masterKey, keyring.keyCheck)) {
    wipe(masterKey)
    throw inconsistent(file)
  }
  return masterKey
}

/**
 * Add a user's slot, or rewrap it with a new password (a password change, or the coordinator's
 * reset, which also re-enables a disabled account). The user id is the identity; the username is
 * updated to the one given. Failure timestamps not yet reported are kept for the next login.
 */
export function setPasswordSlot(file: string, masterKey: Buffer, user: PasswordSlotInput, kdf: KdfParams = DEFAULT_KDF): void {
  checkMasterKey(masterKey)
  checkSlotInput(user, kdf)
  const keyring = readKeyring(file)
  if (!matchesKeyCheck(masterKey, keyring.keyCheck)) {
    throw new CabinetError('internal', `That master key does not belong to the keyring ${file}.`)
  }
  const clash = keyring.passwordSlots.find((s) => s.userId !== user.userId && foldUsername(s.username) === foldUsername(user.username))
  if (clash !== undefined) {
    throw new CabinetError('conflict', `Another account already uses the username ${clash.username}.`, { field: 'username' })
  }
  const index = keyring.passwordSlots.findIndex((s) => s.userId === user.userId)
  const previous = index >= 0 ? keyring.passwordSlots[index].failedAt : []
  const slot = sealPasswordSlot(masterKey, user, kdf, { failedAt: previous })
  const next = index >= 0 ? replaceSlot(keyring, index, slot) : { ...keyring, passwordSlots: [...keyring.passwordSlots, slot] }
  writeKeyring(file, next)
}

/** Remove the wrapped key from a user's slot: no password can open it until a reset. */
export function disableSlot(file: string, userId: number): void {
  const keyring = readKeyring(file)
  const index = keyring.passwordSlots.findIndex((s) => s.userId === userId)
  if (index < 0) throw new CabinetError('not_found', `The keyring has no slot for user ${userId}.`)
  const slot = keyring.passwordSlots[index]
  writeKeyring(file, replaceSlot(keyring, index, { ...slot, wrapped: null, disabled: true, failedCount: 0, lockedUntil: null }))
}

/** When the account's login lock ends (ISO), or null if it is not locked; for the UI's countdown. */
export function loginLockedUntil(file: string, username: string, now: Date = new Date()): string | null {
  const keyring = readKeyring(file)
  const index = findByUsername(keyring, username)
  return index < 0 ? null : activeLock(keyring.passwordSlots[index], now)
}

export function listSlots(file: string): { userId: number; username: string; disabled: boolean }[] {
  return readKeyring(file).passwordSlots.map((s) => ({ userId: s.userId, username: s.username, disabled: s.disabled }))
}

function findByUsername(keyring: KeyringFile, username: string): number {
  const folded = foldUsername(username)
  return keyring.passwordSlots.findIndex((s) => foldUsername(s.username) === folded)
}

function replaceSlot(keyring: KeyringFile, index: number, slot: PasswordSlot): KeyringFile {
  return { ...keyring, passwordSlots: keyring.passwordSlots.map((s, i) => (i === index ? slot : s)) }
}

function disabledError(username: string): CabinetError {
  return new CabinetError('disabled', `The account ${username} is disabled. Ask the coordinator.`)
}

function inconsistent(file: string): CabinetError {
  return new CabinetError(
    'integrity',
    `The keyring file ${file} is inconsistent: a slot opened to a key that is not this Cabinet's master key. It may have been tampered with.`,
  )
}

function checkMasterKey(masterKey: Buffer): void {
  if (masterKey.length !== 32) throw new CabinetError('usage', 'The master key must be 32 bytes.')
}

function checkSlotInput(user: PasswordSlotInput, kdf: KdfParams): void {
  if (!Number.isSafeInteger(user.userId) || user.userId < 1) {
    throw new CabinetError('usage', `A keyring slot needs a positive whole-number user id, not ${user.userId}.`)
  }
  if (user.username.trim() === '' || user.username.length > 200) {
    throw new CabinetError('validation', 'A username must have 1 to 200 characters.', { field: 'username' })
  }
  if (user.password === '') throw new CabinetError('validation', 'Enter a password.', { field: 'password' })
  const problem = kdfLimitProblem(kdf)
  if (problem !== null) throw new CabinetError('usage', `Those key-derivation settings are outside Cabinet's limits: ${problem}.`)
}

/** The audit anchor kept in the keyring, or null for a keyring that has none yet. */
export function readAuditAnchor(file: string): AuditAnchorJson | null {
  return readKeyring(file).auditAnchor ?? null
}

/**
 * Replace the audit anchor (one atomic rewrite, like every keyring change), with the database's
 * schema version beside it for backups made without a key; the slots are untouched.
 */
export function writeAuditAnchor(file: string, anchor: AuditAnchorJson, schemaVersion?: number): void {
  const keyring = readKeyring(file)
  writeKeyring(file, { ...keyring, auditAnchor: anchor, schemaVersion: schemaVersion ?? keyring.schemaVersion })
}
