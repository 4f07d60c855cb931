import { createHmac, timingSafeEqual } from 'node:crypto'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import { readAuditAnchor, writeAuditAnchor, type AuditAnchorJson } from '../keyring/keyring'

/**
 * The audit anchor: a copy of the audit head (last row id and its MAC) kept outside the database,
 * in keyring.json, MACed under the audit-anchor subkey, which the database key cannot derive. The
 * chain inside the database proves no row was changed; the anchor proves the chain was not wiped
 * or rolled back to an earlier copy of cabinet.db. It is written at setup, login, lock and close,
 * and compared with the database at login and by verify. What it does not catch is described in
 * README's key-hierarchy section.
 */
export interface AuditHead {
  lastId: number
  lastMac: string
}

function anchorMac(key: Buffer, head: AuditHead): Buffer {
  return createHmac('sha256', key).update(`cabinet/v1/audit-anchor:${head.lastId}:${head.lastMac}`).digest()
}

export function readAuditHead(db: ReadableDB): AuditHead | null {
  const head = db.prepare('SELECT last_id AS lastId, last_mac AS lastMac FROM audit_head WHERE one = 1').get() as AuditHead | undefined
  return head ?? null
}

/** Record the database's current audit head in the keyring. */
export function anchorAuditHead(db: ReadableDB, keyringFile: string, anchorKey: Buffer): void {
  const head = readAuditHead(db)
  if (head === null) return
  writeAuditAnchor(keyringFile, { ...head, mac: anchorMac(anchorKey, head).toString('base64') }, schemaVersionOf(db))
}

/** What is wrong between the database's audit head and the keyring's anchor, in words; [] when they agree. */
export function anchorProblems(db: ReadableDB, keyringFile: string, anchorKey: Buffer): string[] {
  const anchor = readAuditAnchor(keyringFile)
  // A keyring from before anchoring: the next login writes one.
  if (anchor === null) return []
  if (!macMatches(anchorKey, anchor)) {
    return ['the audit anchor in keyring.json has been altered (its MAC does not match)']
  }
  const head = readAuditHead(db)
  if (head === null) {
    return [`the audit log has been wiped: the database has no audit head, but keyring.json records row ${anchor.lastId}`]
  }
  if (head.lastId < anchor.lastId) {
    return [
      `the audit log ends at row ${head.lastId} but keyring.json records row ${anchor.lastId}: ` +
        'the database has been rolled back to an earlier copy, or rows were removed from the end',
    ]
  }
  const anchored = db.prepare('SELECT mac FROM audit_log WHERE id = ?').get(anchor.lastId) as { mac: string } | undefined
  if (anchored?.mac !== anchor.lastMac) {
    return [`audit row ${anchor.lastId} is not the row keyring.json recorded: the audit log has been replaced`]
  }
  return []
}

function schemaVersionOf(db: ReadableDB): number | undefined {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined
  return row && row.user_version > 0 ? row.user_version : undefined
}

/** Login's check: a database whose audit log was wiped or rolled back is refused, saying why and what to do. */
export function assertAnchored(db: ReadableDB, keyringFile: string, databaseFile: string, anchorKey: Buffer): void {
  const problems = anchorProblems(db, keyringFile, anchorKey)
  if (problems.length === 0) return
  throw new CabinetError(
    'integrity',
    `The database ${databaseFile} does not match its keyring: ${problems.join('; ')}. ` +
      'If you restored cabinet.db from a backup, restore keyring.json from the same backup too; otherwise the data may have been tampered with: ask whoever supports Cabinet for your centre.',
  )
}

function macMatches(key: Buffer, anchor: AuditAnchorJson): boolean {
  const expected = anchorMac(key, anchor)
  const actual = Buffer.from(anchor.mac, 'base64')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
