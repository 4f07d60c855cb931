import { chmodSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'
import { CabinetError } from '../errors'
import type { WritableDB } from './types'

/** Build the `PRAGMA key` value for a raw 32-byte key, hex-checked so nothing else is ever spliced in. */
export function rawKeyLiteral(key: Buffer): string {
  if (!Buffer.isBuffer(key) || key.length !== 32) throw new Error('database key must be 32 bytes')
  const hex = key.toString('hex')
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error('database key is not hex')
  return `"x'${hex}'"`
}

/**
 * Open (or create) the SQLCipher 4 database with a raw key. Fails with `auth` when the key is
 * wrong and `damaged` when the file cannot be read as a database at all; never writes to a file
 * it could not read.
 */
export function openEncryptedDatabase(file: string, key: Buffer, opts: { create?: boolean } = {}): WritableDB {
  let db: Database.Database
  try {
    db = new Database(file, { fileMustExist: !opts.create })
  } catch (e) {
    throw new CabinetError('damaged', `The database file ${file} could not be opened: ${(e as Error).message}`, { cause: e })
  }
  try {
    db.pragma(`cipher='sqlcipher'`)
    db.pragma('legacy=4')
    db.pragma(`key=${rawKeyLiteral(key)}`)
    // Reading the schema is the first thing that touches an encrypted page.
    db.prepare('SELECT count(*) FROM sqlite_master').get()
  } catch (e) {
    db.close()
    const msg = (e as Error).message
    if (/not a database|file is encrypted/i.test(msg)) {
      throw new CabinetError('auth', `The database ${file} could not be decrypted: the key is wrong or the file is damaged.`, { cause: e })
    }
    throw new CabinetError('damaged', `The database file ${file} is damaged: ${msg}`, { cause: e })
  }
  applyStorePragmas(db)
  // Encrypted anyway, but nobody else on the PC needs to read it.
  if (opts.create) chmodSync(file, 0o600)
  return db as WritableDB
}

/**
 * How every Cabinet connection runs (the bench's unencrypted baseline uses it too, so the two
 * differ only by the cipher): WAL for crash safety; FULL sync so a committed write survives power
 * loss; secure_delete so freed pages are zeroed; temp_store=MEMORY so no temp file ever holds
 * decrypted pages.
 */
export function applyStorePragmas(db: { pragma(source: string): unknown }): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('secure_delete = ON')
  db.pragma('temp_store = MEMORY')
  db.pragma('busy_timeout = 5000')
}
