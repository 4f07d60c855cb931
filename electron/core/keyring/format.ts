import { readFileSync, statSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from '../crypto/atomic-write'
import { CabinetError } from '../errors'
import { kdfLimitProblem } from './limits'

/**
 * keyring.json, version 1. Binary values are base64. Nothing here is personal data: user ids,
 * usernames, KDF settings, salts, wrapped keys, and the timestamps of failed logins.
 */
export const KEYRING_FORMAT = 'cabinet-keyring'
export const KEYRING_VERSION = 1
export const SALT_BYTES = 16
export const MAX_FAILED_AT = 100
const MAX_FILE_BYTES = 4 * 1024 * 1024

function base64Bytes(min: number, max = min) {
  return z
    .string()
    .max(4 * Math.ceil(max / 3))
    .refine(
      (s) => {
        const bytes = Buffer.from(s, 'base64')
        // Round-tripping rejects characters Node's lenient decoder would silently skip.
        return bytes.toString('base64') === s && bytes.length >= min && bytes.length <= max
      },
      `must be base64 of ${min === max ? min : `${min} to ${max}`} bytes`,
    )
}

// N, r and p are plain numbers here so that out-of-range values reach kdfLimitProblem and get its
// specific message rather than a generic shape error.
const scryptSchema = z.strictObject({ name: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number() })

const wrappedSchema = z.strictObject({
  nonce: base64Bytes(12),
  ciphertext: base64Bytes(32),
  tag: base64Bytes(16),
})

const passwordSlotSchema = z
  .strictObject({
    userId: z.int().positive(),
    username: z.string().min(1).max(200),
    kdf: scryptSchema,
    salt: base64Bytes(SALT_BYTES, 64),
    /** Null once the account is disabled: the slot then opens nothing. */
    wrapped: wrappedSchema.nullable(),
    disabled: z.boolean(),
    /** Failures since the last successful login; drives the backoff. */
    failedCount: z.int().min(0),
    lockedUntil: z.iso.datetime().nullable(),
    /** When each of those failures happened, for the audit log at the next successful login. */
    failedAt: z.array(z.iso.datetime()).max(MAX_FAILED_AT),
  })
  .refine((s) => s.disabled === (s.wrapped === null), {
    message: 'a slot has no wrapped key exactly when it is disabled',
  })

const recoverySlotSchema = z.strictObject({
  kdf: z.strictObject({ name: z.literal('hkdf-sha256') }),
  salt: base64Bytes(SALT_BYTES, 64),
  wrapped: wrappedSchema,
})

/** The audit head last seen, MACed under the audit-anchor subkey (audit/anchor.ts). */
const auditAnchorSchema = z.strictObject({
  lastId: z.int().min(0),
  lastMac: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
  mac: base64Bytes(32),
})

/** The backup passphrase's slot: the master key wrapped under scrypt(passphrase), copied into each backup's header. */
const backupPassphraseSchema = z.strictObject({ kdf: scryptSchema, salt: base64Bytes(SALT_BYTES, 64), wrapped: wrappedSchema })

/** What a scheduled backup needs without any secret (backup/keys.ts). */
const backupSchema = z.strictObject({
  /** The centre's X25519 backup public key; its private half is derived from the master key. */
  publicKey: base64Bytes(32),
  passphrase: backupPassphraseSchema.optional(),
})

const keyringSchema = z
  .strictObject({
    format: z.literal(KEYRING_FORMAT),
    version: z.literal(KEYRING_VERSION),
    /** HMAC of a fixed label under the master key: tells a caller it holds the right master key. */
    keyCheck: base64Bytes(32),
    passwordSlots: z.array(passwordSlotSchema).min(1).max(1000),
    recovery: recoverySlotSchema,
    /** Absent only in a keyring from before anchoring, until its next login. */
    auditAnchor: auditAnchorSchema.optional(),
    /** Absent only in a keyring from before backups, until its next login. */
    backup: backupSchema.optional(),
    /** The database's schema version at the last anchor write, for backup headers made without a key. */
    schemaVersion: z.int().min(1).optional(),
  })
  .superRefine((k, ctx) => {
    const ids = new Set<number>()
    const names = new Set<string>()
    for (const s of k.passwordSlots) {
      const name = foldUsername(s.username)
      if (ids.has(s.userId) || names.has(name)) {
        ctx.addIssue({ code: 'custom', message: 'two slots share a user id or username', path: ['passwordSlots'] })
        return
      }
      ids.add(s.userId)
      names.add(name)
    }
  })

export type KeyringFile = z.infer<typeof keyringSchema>
export type PasswordSlot = KeyringFile['passwordSlots'][number]
export type RecoverySlot = KeyringFile['recovery']
export type WrappedJson = z.infer<typeof wrappedSchema>
export type AuditAnchorJson = z.infer<typeof auditAnchorSchema>
export type BackupKeyringJson = z.infer<typeof backupSchema>
export type BackupPassphraseSlot = z.infer<typeof backupPassphraseSchema>

/** Usernames are unique without regard to case or Unicode composition. */
export function foldUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase()
}

const RESTORE = 'Restore keyring.json from a backup of this data folder.'

/**
 * Read and fully validate the keyring. Every problem is reported naming the file, and reading
 * never writes: a damaged keyring stays byte-for-byte as it was, for whoever investigates.
 */
export function readKeyring(file: string): KeyringFile {
  let text: string
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      throw new CabinetError('damaged', `The keyring file ${file} is damaged: it is far too large to be a keyring. ${RESTORE}`)
    }
    text = readFileSync(file, 'utf8')
  } catch (e) {
    if (e instanceof CabinetError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CabinetError('not_cabinet', `There is no keyring file at ${file}, so this is not a Cabinet data folder.`)
    }
    if (code === 'EISDIR') {
      throw new CabinetError('damaged', `The keyring file ${file} is a folder, not a file. ${RESTORE}`)
    }
    throw new CabinetError('internal', `Cabinet could not read the keyring file ${file} (${code ?? String(e)}).`, { cause: e })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new CabinetError('damaged', `The keyring file ${file} is damaged: it is not complete, valid JSON. ${RESTORE}`, { cause: e })
  }
  const head = json as { format?: unknown; version?: unknown } | null
  if (head?.format === KEYRING_FORMAT && typeof head.version === 'number' && head.version > KEYRING_VERSION) {
    throw new CabinetError('newer_version', `The keyring file ${file} was written by a newer version of Cabinet. Update Cabinet to open this data folder.`)
  }
  const parsed = keyringSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue.path.length > 0 ? issue.path.join('.') : 'top level'
    throw new CabinetError('damaged', `The keyring file ${file} is damaged (${where}: ${issue.message}). ${RESTORE}`)
  }
  const passphrase = parsed.data.backup?.passphrase
  const passphraseProblem = passphrase ? kdfLimitProblem(passphrase.kdf) : null
  if (passphraseProblem !== null) {
    throw new CabinetError(
      'damaged',
      `The keyring file ${file} has key-derivation settings beyond Cabinet's limits for the backup passphrase (${passphraseProblem}). ${RESTORE}`,
    )
  }
  for (const slot of parsed.data.passwordSlots) {
    const problem = kdfLimitProblem(slot.kdf)
    if (problem !== null) {
      throw new CabinetError(
        'damaged',
        `The keyring file ${file} has key-derivation settings beyond Cabinet's limits in the slot for ${slot.username} (${problem}). ` +
          `It may have been tampered with. ${RESTORE}`,
      )
    }
  }
  return parsed.data
}

export function writeKeyring(file: string, keyring: KeyringFile): void {
  try {
    writeFileAtomic(file, `${JSON.stringify(keyring, null, 2)}\n`)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    throw new CabinetError('internal', `Cabinet could not write the keyring file ${file} (${code ?? String(e)}).`, { cause: e })
  }
}
