import { createDecipheriv } from 'node:crypto'

/*
 * An independent reader for SQLCipher 4 pages, so a test can look at the database the way an
 * attacker holding the key would: every page of the file and of its WAL, decrypted, including
 * free pages and stale copies that SQL can no longer reach.
 *
 * SQLCipher 4 defaults (as Cabinet opens it): 4096-byte pages, each ending in a reserve of a
 * 16-byte IV and a 64-byte HMAC-SHA512; the rest is AES-256-CBC without padding under the raw
 * key. Page 1 starts with the 16-byte salt in clear. A WAL is a 32-byte header, then frames of a
 * 24-byte header and one page.
 */

export const PAGE_SIZE = 4096
const RESERVE = 16 + 64
const WAL_HEADER = 32
const FRAME_HEADER = 24

export function decryptPage(key: Buffer, page: Buffer, isFirst: boolean): Buffer {
  const start = isFirst ? 16 : 0
  const ivAt = PAGE_SIZE - RESERVE
  const decipher = createDecipheriv('aes-256-cbc', key, page.subarray(ivAt, ivAt + 16))
  decipher.setAutoPadding(false)
  const plain = Buffer.concat([decipher.update(page.subarray(start, ivAt)), decipher.final()])
  return isFirst ? Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), plain]) : plain
}

/** Every page of a database file, decrypted. */
export function databasePages(key: Buffer, file: Buffer): Buffer[] {
  const pages: Buffer[] = []
  for (let at = 0; at + PAGE_SIZE <= file.length; at += PAGE_SIZE) pages.push(decryptPage(key, file.subarray(at, at + PAGE_SIZE), at === 0))
  return pages
}

/** Every frame's page of a WAL file, decrypted (stale frames included). */
export function walPages(key: Buffer, wal: Buffer): Buffer[] {
  const pages: Buffer[] = []
  for (let at = WAL_HEADER; at + FRAME_HEADER + PAGE_SIZE <= wal.length; at += FRAME_HEADER + PAGE_SIZE) {
    const pageNumber = wal.readUInt32BE(at)
    pages.push(decryptPage(key, wal.subarray(at + FRAME_HEADER, at + FRAME_HEADER + PAGE_SIZE), pageNumber === 1))
  }
  return pages
}
