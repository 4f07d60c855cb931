import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto'
import { deriveSubkey } from '../../crypto/subkeys'
import { unwrapKey, wipe, wrapKey } from '../../crypto/wrap'

/*
 * The centre's backup key pair (X25519, as age's recipients). The private half is derived from
 * the master key, so only someone who can open the Cabinet (a password, the recovery key or the
 * backup passphrase) can open a backup; the public half sits in keyring.json, so a scheduled
 * `backup create` seals each backup's file key to it without any secret at all.
 */

// DER prefixes that turn a raw 32-byte X25519 key into the PKCS#8 / SPKI forms node:crypto reads (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex')
const WRAP_INFO = 'cabinet/v1/backup-x25519'
const WRAP_AAD = Buffer.from('cabinet-backup/v1/file-key', 'utf8')
export const X25519_KEY_BYTES = 32

function privateKeyFromRaw(raw: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' })
}

function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== X25519_KEY_BYTES) throw new RangeError('an X25519 public key is 32 bytes')
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' })
}

function rawPublicKey(key: KeyObject): Buffer {
  const spki = key.export({ format: 'der', type: 'spki' })
  return Buffer.from(spki.subarray(spki.length - X25519_KEY_BYTES))
}

/** The centre's backup private key (derived, never stored) and its raw public key. */
export function backupKeyPair(masterKey: Buffer): { privateKey: KeyObject; publicKey: Buffer } {
  const raw = deriveSubkey(masterKey, 'backup-x25519')
  try {
    const privateKey = privateKeyFromRaw(raw)
    return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) }
  } finally {
    wipe(raw)
  }
}

export interface SealedFileKey {
  /** The one-off sender key of this backup (its private half is thrown away at once). */
  ephemeralPublic: Buffer
  nonce: Buffer
  ciphertext: Buffer
  tag: Buffer
}

function wrappingKey(shared: Buffer, ephemeralPublic: Buffer, recipientPublic: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.concat([ephemeralPublic, recipientPublic]), WRAP_INFO, 32))
}

/** Seal a backup's random file key to the centre's backup public key. */
export function sealFileKey(fileKey: Buffer, recipientPublic: Buffer): SealedFileKey {
  const ephemeral = generateKeyPairSync('x25519')
  const ephemeralPublic = rawPublicKey(ephemeral.publicKey)
  const shared = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: publicKeyFromRaw(recipientPublic) })
  const kek = wrappingKey(shared, ephemeralPublic, recipientPublic)
  try {
    return { ephemeralPublic, ...wrapKey(kek, fileKey, WRAP_AAD) }
  } finally {
    wipe(shared, kek)
  }
}

/** The file key, or null when this master key's backup key pair is not the one it was sealed to. */
export function openFileKey(sealed: SealedFileKey, masterKey: Buffer): Buffer | null {
  const { privateKey, publicKey } = backupKeyPair(masterKey)
  let shared: Buffer
  try {
    shared = diffieHellman({ privateKey, publicKey: publicKeyFromRaw(sealed.ephemeralPublic) })
  } catch {
    return null // an ephemeral key that is not a valid point: a damaged header
  }
  const kek = wrappingKey(shared, sealed.ephemeralPublic, publicKey)
  try {
    return unwrapKey(kek, sealed, WRAP_AAD)
  } finally {
    wipe(shared, kek)
  }
}
