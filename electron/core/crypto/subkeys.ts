import { hkdfSync } from 'node:crypto'

/**
 * Key hierarchy. One random 32-byte master key (wrapped in the keyring by each password and by
 * the recovery key) never touches a file or SQL itself; every purpose gets its own HKDF-SHA256
 * subkey so that, for example, someone holding the database key cannot forge audit HMACs.
 */
export const SUBKEY_PURPOSES = ['database', 'audit-hmac', 'audit-anchor', 'vault', 'backup-manifest', 'backup-x25519'] as const
export type SubkeyPurpose = (typeof SUBKEY_PURPOSES)[number]

export interface Subkeys {
  readonly database: Buffer
  readonly auditHmac: Buffer
  /** MACs the audit head's copy kept in keyring.json (audit/anchor.ts). */
  readonly auditAnchor: Buffer
  readonly vault: Buffer
  readonly backupManifest: Buffer
}

const SALT = Buffer.from('cabinet/v1/key-hierarchy', 'utf8')

export function deriveSubkey(masterKey: Buffer, purpose: SubkeyPurpose): Buffer {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes')
  return Buffer.from(hkdfSync('sha256', masterKey, SALT, `cabinet/${purpose}`, 32))
}

export function deriveSubkeys(masterKey: Buffer): Subkeys {
  return {
    database: deriveSubkey(masterKey, 'database'),
    auditHmac: deriveSubkey(masterKey, 'audit-hmac'),
    auditAnchor: deriveSubkey(masterKey, 'audit-anchor'),
    vault: deriveSubkey(masterKey, 'vault'),
    backupManifest: deriveSubkey(masterKey, 'backup-manifest'),
  }
}

/** Overwrite the buffers we own so a locked Cabinet keeps no key material in its heap. */
export function wipeSubkeys(keys: Subkeys): void {
  for (const k of Object.values(keys) as Buffer[]) k.fill(0)
}
