import { createDecipheriv } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { WritableDB } from '../../../../electron/core/db/types'

/**
 * Every page of a SQLCipher 4 database file, decrypted with its raw 32-byte key, free pages and
 * freed cell space included. A byte search over this finds a value anywhere it physically
 * survives in the file, not just in live rows (which is what `secure_delete` is for).
 *
 * SQLCipher 4 page layout: AES-256-CBC over the page minus a reserved tail of 80 bytes (16-byte
 * IV, then a 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt in the clear.
 */
export function decryptedPages(db: WritableDB, file: string, key: Buffer): Buffer {
  // Move everything from the WAL into the main file first, so the file is the whole story.
  db.pragma('wal_checkpoint(TRUNCATE)')
  const pageSize = db.pragma('page_size', { simple: true }) as number
  const reserve = 80
  const raw = readFileSync(file)
  const pages: Buffer[] = []
  for (let off = 0; off + pageSize <= raw.length; off += pageSize) {
    const page = raw.subarray(off, off + pageSize)
    const iv = page.subarray(pageSize - reserve, pageSize - reserve + 16)
    const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false)
    pages.push(Buffer.concat([decipher.update(page.subarray(off === 0 ? 16 : 0, pageSize - reserve)), decipher.final()]))
  }
  const plain = Buffer.concat(pages)
  // Sanity: the decrypted first page must carry the header's page size (header bytes 16–17).
  if (plain.readUInt16BE(0) !== (pageSize === 65536 ? 1 : pageSize)) throw new Error('decryption failed: not the database key or not SQLCipher 4')
  return plain
}

/** Every text or blob value in every table, for "is it still in any row?" checks. */
export function allStoredValues(db: WritableDB): string[] {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).pluck().all() as string[]
  const values: string[] = []
  for (const t of tables) {
    for (const row of db.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]) {
      for (const v of Object.values(row)) if (typeof v === 'string' || Buffer.isBuffer(v)) values.push(String(v))
    }
  }
  return values
}
