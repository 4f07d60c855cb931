import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'
import { scryptKey, type KdfParams } from '../crypto/kdf'
import { unwrapKey, wipe, wrapKey, type Wrapped } from '../crypto/wrap'
import { KEYRING_VERSION, SALT_BYTES, type PasswordSlot, type RecoverySlot, type WrappedJson } from './format'

/**
 * Sealing and opening slots. Each slot wraps the same 32-byte master key under its own KEK with
 * AES-256-GCM, and authenticates the slot's identity (kind, user id, username, KDF settings,
 * salt) as additional data, so moving a wrapped key to another slot or editing any of those
 * fields makes it fail to open rather than open for the wrong person or at a weaker setting.
 * Changing how the AAD is built would lock everyone out: the known-answer tests pin it.
 */
const AAD_LABEL = `cabinet-keyring/v${KEYRING_VERSION}`
const RECOVERY_INFO = 'cabinet/v1/recovery-slot'
const KEY_CHECK_LABEL = 'cabinet/v1/keyring-check'

export interface PasswordSlotIdentity {
  userId: number
  username: string
  kdf: KdfParams
  salt: string
}

export function passwordSlotAad(slot: PasswordSlotIdentity): Buffer {
  const { N, r, p } = slot.kdf
  return Buffer.from(JSON.stringify([AAD_LABEL, 'password', slot.userId, slot.username, 'scrypt', N, r, p, slot.salt]), 'utf8')
}

export function recoverySlotAad(salt: string): Buffer {
  return Buffer.from(JSON.stringify([AAD_LABEL, 'recovery', 'hkdf-sha256', salt]), 'utf8')
}

/** NFC first, so "Siân" typed with a combining accent is the same password as with a precomposed one. */
export function derivePasswordKek(password: string, salt: Buffer, kdf: KdfParams): Buffer {
  const bytes = Buffer.from(password.normalize('NFC'), 'utf8')
  try {
    return scryptKey(bytes, salt, kdf, 32)
  } finally {
    wipe(bytes)
  }
}

/**
 * The recovery key is 160 random bits, so it needs no slow KDF: nobody can guess it, and HKDF
 * keeps recovery instant however the password slots are tuned.
 */
export function deriveRecoveryKek(recoveryKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', recoveryKey, salt, RECOVERY_INFO, 32))
}

export function sealPasswordSlot(
  masterKey: Buffer,
  user: { userId: number; username: string; password: string },
  kdf: KdfParams,
  keep: Pick<PasswordSlot, 'failedAt'>,
  salt: Buffer = randomBytes(SALT_BYTES),
  nonce?: Buffer,
): PasswordSlot {
  const identity: PasswordSlotIdentity = {
    userId: user.userId,
    username: user.username,
    kdf: { N: kdf.N, r: kdf.r, p: kdf.p },
    salt: salt.toString('base64'),
  }
  const kek = derivePasswordKek(user.password, salt, kdf)
  try {
    const wrapped = wrapKey(kek, masterKey, passwordSlotAad(identity), nonce)
    return {
      userId: identity.userId,
      username: identity.username,
      kdf: { name: 'scrypt', ...identity.kdf },
      salt: identity.salt,
      wrapped: toJson(wrapped),
      disabled: false,
      failedCount: 0,
      lockedUntil: null,
      failedAt: [...keep.failedAt],
    }
  } finally {
    wipe(kek)
  }
}

/** The master key, or null for a wrong password or an edited slot. The slot must not be disabled. */
export function openPasswordSlot(slot: PasswordSlot, password: string): Buffer | null {
  if (slot.wrapped === null) return null
  const kek = derivePasswordKek(password, Buffer.from(slot.salt, 'base64'), slot.kdf)
  try {
    return unwrapKey(kek, fromJson(slot.wrapped), passwordSlotAad(slot))
  } finally {
    wipe(kek)
  }
}

export function sealRecoverySlot(masterKey: Buffer, recoveryKey: Buffer): RecoverySlot {
  const salt = randomBytes(SALT_BYTES)
  const saltB64 = salt.toString('base64')
  const kek = deriveRecoveryKek(recoveryKey, salt)
  try {
    return { kdf: { name: 'hkdf-sha256' }, salt: saltB64, wrapped: toJson(wrapKey(kek, masterKey, recoverySlotAad(saltB64))) }
  } finally {
    wipe(kek)
  }
}

export function openRecoverySlot(slot: RecoverySlot, recoveryKey: Buffer): Buffer | null {
  const kek = deriveRecoveryKek(recoveryKey, Buffer.from(slot.salt, 'base64'))
  try {
    return unwrapKey(kek, fromJson(slot.wrapped), recoverySlotAad(slot.salt))
  } finally {
    wipe(kek)
  }
}

export function keyCheck(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update(KEY_CHECK_LABEL).digest('base64')
}

export function matchesKeyCheck(masterKey: Buffer, check: string): boolean {
  const expected = Buffer.from(check, 'base64')
  const actual = createHmac('sha256', masterKey).update(KEY_CHECK_LABEL).digest()
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}

function toJson(w: Wrapped): WrappedJson {
  return { nonce: w.nonce.toString('base64'), ciphertext: w.ciphertext.toString('base64'), tag: w.tag.toString('base64') }
}

function fromJson(w: WrappedJson): Wrapped {
  return { nonce: Buffer.from(w.nonce, 'base64'), ciphertext: Buffer.from(w.ciphertext, 'base64'), tag: Buffer.from(w.tag, 'base64') }
}
