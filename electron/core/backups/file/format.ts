import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { CabinetError } from '../../errors'

/*
 * The backup file, version 1 (docs/BACKUP-FORMAT.md says the same for people):
 *
 *   magic (16 bytes)      "CABINET-BACKUP\n" and a zero byte
 *   header length (4)     big-endian, at most 64 KiB
 *   header (JSON, UTF-8)  see headerSchema: versions, creation time, key slots, chunk size, salt
 *   header MAC (32)       HMAC-SHA256 of everything before it, under a key derived from the file key
 *   payload               the STREAM of sealed chunks (stream.ts), holding the archive (archive.ts)
 *
 * Nothing in the header is personal data: it names no centre, person or file.
 */
export const BACKUP_MAGIC = Buffer.from('CABINET-BACKUP\n\0', 'latin1')
export const BACKUP_FORMAT = 'cabinet-backup'
export const BACKUP_VERSION = 1
export const BACKUP_EXTENSION = '.cabinet-backup'
export const CHUNK_SIZE = 64 * 1024
export const MAX_HEADER_BYTES = 64 * 1024
export const HEADER_MAC_BYTES = 32
const HEADER_MAC_INFO = 'cabinet/v1/backup-header'

function base64Bytes(length: number) {
  return z.string().refine((s) => {
    const bytes = Buffer.from(s, 'base64')
    return bytes.toString('base64') === s && bytes.length === length
  }, `must be base64 of ${length} bytes`)
}

const wrappedSchema = z.strictObject({ nonce: base64Bytes(12), ciphertext: base64Bytes(32), tag: base64Bytes(16) })

export const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  /** The Cabinet that wrote it. */
  appVersion: z.string().max(50),
  /** The database schema inside (PRAGMA user_version); a Cabinet refuses to restore a newer one. */
  schemaVersion: z.int().min(1),
  createdAt: z.iso.datetime(),
  chunkSize: z.literal(CHUNK_SIZE),
  /** Salt for the payload key, fresh per backup. */
  payloadSalt: base64Bytes(16),
  /** The file key, sealed to the centre's backup public key (keys.ts). */
  fileKey: z.strictObject({ ephemeralPublic: base64Bytes(32), nonce: base64Bytes(12), ciphertext: base64Bytes(32), tag: base64Bytes(16) }),
  /** A copy of keyring.json's recovery slot: the printed recovery key opens the master key. */
  recovery: z.strictObject({ kdf: z.strictObject({ name: z.literal('hkdf-sha256') }), salt: z.string().max(100), wrapped: wrappedSchema }),
  /** A copy of the backup-passphrase slot, if the coordinator set a passphrase. */
  passphrase: z
    .strictObject({
      kdf: z.strictObject({ name: z.literal('scrypt'), N: z.number(), r: z.number(), p: z.number() }),
      salt: z.string().max(100),
      wrapped: wrappedSchema,
    })
    .optional(),
})

export type BackupHeader = z.infer<typeof headerSchema>

export interface EncodedHeader {
  header: BackupHeader
  /** magic ‖ length ‖ JSON: what the header MAC covers. */
  bytes: Buffer
}

export function encodeHeader(header: BackupHeader): EncodedHeader {
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  if (json.length > MAX_HEADER_BYTES) throw new RangeError('backup header too large')
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return { header, bytes: Buffer.concat([BACKUP_MAGIC, length, json]) }
}

export function headerMac(fileKey: Buffer, headerBytes: Buffer): Buffer {
  const key = Buffer.from(hkdfSync('sha256', fileKey, Buffer.alloc(0), HEADER_MAC_INFO, 32))
  try {
    return createHmac('sha256', key).update(headerBytes).digest()
  } finally {
    key.fill(0)
  }
}

export function headerMacMatches(fileKey: Buffer, headerBytes: Buffer, mac: Buffer): boolean {
  const expected = headerMac(fileKey, headerBytes)
  return mac.length === expected.length && timingSafeEqual(mac, expected)
}

/**
 * Read the header from the first bytes of a file. `prefix` must hold at least the magic and the
 * length; returns how many bytes the header and its MAC take, or the number still needed.
 */
export function headerLength(prefix: Buffer, file: string): number {
  if (prefix.length < BACKUP_MAGIC.length || !prefix.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) {
    throw new CabinetError('not_cabinet', `${file} is not a Cabinet backup file.`, { field: 'file' })
  }
  if (prefix.length < BACKUP_MAGIC.length + 4) throw damaged(file, 'it ends inside its header')
  const length = prefix.readUInt32BE(BACKUP_MAGIC.length)
  if (length < 2 || length > MAX_HEADER_BYTES) throw damaged(file, 'its header length is impossible')
  return BACKUP_MAGIC.length + 4 + length + HEADER_MAC_BYTES
}

/** Parse magic ‖ length ‖ JSON ‖ MAC (exactly `headerLength` bytes). The MAC is checked later, once the file key is known. */
export function parseHeader(bytes: Buffer, file: string): { encoded: EncodedHeader; mac: Buffer } {
  const total = headerLength(bytes, file)
  if (bytes.length < total) throw damaged(file, 'it ends inside its header')
  const jsonEnd = total - HEADER_MAC_BYTES
  let json: unknown
  try {
    json = JSON.parse(bytes.subarray(BACKUP_MAGIC.length + 4, jsonEnd).toString('utf8'))
  } catch {
    throw damaged(file, 'its header is not readable')
  }
  const head = json as { format?: unknown; version?: unknown } | null
  if (head?.format === BACKUP_FORMAT && typeof head.version === 'number' && head.version > BACKUP_VERSION) {
    throw new CabinetError('newer_version', `${file} was made by a newer version of Cabinet (backup format ${head.version}). Update Cabinet to restore it.`, {
      field: 'file',
    })
  }
  const parsed = headerSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw damaged(file, `its header is not valid (${issue.path.join('.') || 'top level'}: ${issue.message})`)
  }
  return { encoded: { header: parsed.data, bytes: Buffer.from(bytes.subarray(0, jsonEnd)) }, mac: Buffer.from(bytes.subarray(jsonEnd, total)) }
}

export function damaged(file: string, why: string): CabinetError {
  return new CabinetError('damaged', `The backup ${file} is damaged or has been tampered with: ${why}. It cannot be restored; use another backup.`, {
    field: 'file',
  })
}
