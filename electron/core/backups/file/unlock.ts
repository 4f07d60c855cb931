import { wipe } from '../../crypto/wrap'
import { CabinetError } from '../../errors'
import { openPassphraseSlot } from '../../keyring/backup-slots'
import { parseRecoveryKey } from '../../crypto/recovery-key'
import { openRecoverySlot } from '../../keyring/slots'
import type { BackupHeader } from './format'
import { openFileKey } from './keys'
import { readBackupHeader, type OpenedBackup } from './verify'

/** What opens a backup: the printed recovery key, the backup passphrase, or (on the PC that made it) the master key of a logged-in Cabinet. */
export type BackupCredential = { recoveryKey: string } | { passphrase: string } | { masterKey: Buffer }

export interface UnlockedBackup extends OpenedBackup {
  /** The master key the backup's own keyring opens with: restore needs it to check the database inside. */
  masterKey: Buffer
}

function masterKeyFrom(header: BackupHeader, credential: BackupCredential): Buffer {
  if ('masterKey' in credential) return Buffer.from(credential.masterKey)
  if ('recoveryKey' in credential) {
    const recoveryKey = parseRecoveryKey(credential.recoveryKey)
    try {
      const master = openRecoverySlot(header.recovery, recoveryKey)
      if (!master) {
        throw new CabinetError('auth', 'That recovery key does not open this backup. Check it against the recovery key printed for this centre.', {
          field: 'recoveryKey',
        })
      }
      return master
    } finally {
      wipe(recoveryKey)
    }
  }
  if (!header.passphrase) {
    throw new CabinetError('auth', 'This backup was made before a backup passphrase was set, so it opens only with the recovery key.', { field: 'passphrase' })
  }
  const master = openPassphraseSlot(header.passphrase, credential.passphrase)
  if (!master) throw new CabinetError('auth', 'That backup passphrase is wrong. Check it and try again, or use the recovery key.', { field: 'passphrase' })
  return master
}

/** Read the header and open the file key. The header's MAC and the payload are checked by the read that follows. */
export async function unlockBackup(file: string, credential: BackupCredential): Promise<UnlockedBackup> {
  const { header, headerBytes } = await readBackupHeader(file)
  const masterKey = masterKeyFrom(header, credential)
  const sealed = header.fileKey
  const fileKey = openFileKey(
    {
      ephemeralPublic: Buffer.from(sealed.ephemeralPublic, 'base64'),
      nonce: Buffer.from(sealed.nonce, 'base64'),
      ciphertext: Buffer.from(sealed.ciphertext, 'base64'),
      tag: Buffer.from(sealed.tag, 'base64'),
    },
    masterKey,
  )
  if (!fileKey) {
    masterKey.fill(0)
    throw new CabinetError(
      'auth',
      'masterKey' in credential
        ? 'This backup was made by a different Cabinet, so this Cabinet’s key does not open it. Use the recovery key printed for the centre that made it.'
        : `The backup ${file} is damaged or has been tampered with: its file key does not open. Use another backup.`,
      { field: 'file' },
    )
  }
  return { header, headerBytes, fileKey, masterKey }
}
