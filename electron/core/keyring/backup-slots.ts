import { randomBytes } from 'node:crypto'
import { backupKeyPair } from '../backups/file/keys'
import { DEFAULT_KDF, type KdfParams } from '../crypto/kdf'
import { unwrapKey, wipe, wrapKey } from '../crypto/wrap'
import { CabinetError } from '../errors'
import { KEYRING_VERSION, readKeyring, SALT_BYTES, writeKeyring, type BackupPassphraseSlot, type KeyringFile } from './format'
import { kdfLimitProblem } from './limits'
import { derivePasswordKek } from './slots'

/*
 * The keyring's backup part: the centre's backup public key (so a scheduled backup needs no
 * secret) and, if the coordinator set one, a backup passphrase slot that opens the master key
 * on a PC without the recovery key to hand. Both are copied into every backup's header; the
 * users' own password slots never are, so a lost stick cannot be attacked through a weak password.
 */

export const MIN_PASSPHRASE_LENGTH = 16

function passphraseAad(slot: Pick<BackupPassphraseSlot, 'kdf' | 'salt'>): Buffer {
  const { N, r, p } = slot.kdf
  return Buffer.from(JSON.stringify([`cabinet-keyring/v${KEYRING_VERSION}`, 'backup-passphrase', 'scrypt', N, r, p, slot.salt]), 'utf8')
}

/** Record the backup public key if the keyring lacks it (keyrings from before backups); a no-op otherwise. */
export function ensureBackupPublicKey(file: string, masterKey: Buffer): void {
  const keyring = readKeyring(file)
  const publicKey = backupKeyPair(masterKey).publicKey.toString('base64')
  if (keyring.backup?.publicKey === publicKey) return
  writeKeyring(file, { ...keyring, backup: { ...keyring.backup, publicKey } })
}

export function sealPassphraseSlot(masterKey: Buffer, passphrase: string, kdf: KdfParams = DEFAULT_KDF): BackupPassphraseSlot {
  const problem = kdfLimitProblem(kdf)
  if (problem !== null) throw new CabinetError('usage', `Those key-derivation settings are outside Cabinet's limits: ${problem}.`)
  const salt = randomBytes(SALT_BYTES)
  const identity = { kdf: { name: 'scrypt' as const, N: kdf.N, r: kdf.r, p: kdf.p }, salt: salt.toString('base64') }
  const kek = derivePasswordKek(passphrase, salt, kdf)
  try {
    const w = wrapKey(kek, masterKey, passphraseAad(identity))
    return { ...identity, wrapped: { nonce: w.nonce.toString('base64'), ciphertext: w.ciphertext.toString('base64'), tag: w.tag.toString('base64') } }
  } finally {
    wipe(kek)
  }
}

/** The master key, or null for a wrong passphrase. The slot's work factor is checked against the caps first: it may come from a stranger's file. */
export function openPassphraseSlot(slot: BackupPassphraseSlot, passphrase: string): Buffer | null {
  if (kdfLimitProblem(slot.kdf) !== null) return null
  const kek = derivePasswordKek(passphrase, Buffer.from(slot.salt, 'base64'), slot.kdf)
  try {
    const w = slot.wrapped
    return unwrapKey(
      kek,
      { nonce: Buffer.from(w.nonce, 'base64'), ciphertext: Buffer.from(w.ciphertext, 'base64'), tag: Buffer.from(w.tag, 'base64') },
      passphraseAad(slot),
    )
  } finally {
    wipe(kek)
  }
}

/** Set (or with null, remove) the backup passphrase. Backups made before keep the slot they were made with. */
export function setBackupPassphrase(file: string, masterKey: Buffer, passphrase: string | null, kdf?: KdfParams): void {
  const keyring = readKeyring(file)
  const publicKey = backupKeyPair(masterKey).publicKey.toString('base64')
  const backup: NonNullable<KeyringFile['backup']> = { publicKey }
  if (passphrase !== null) backup.passphrase = sealPassphraseSlot(masterKey, passphrase, kdf)
  writeKeyring(file, { ...keyring, backup })
}
