import { createHmac, timingSafeEqual } from 'node:crypto'
import type { ReadableDB, WritableDB } from '../db/types'

/**
 * The audit log (P28): every login, lock, user change and every view, create, change, delete,
 * print and export of personal data. It records who did what to which record, never the
 * personal data itself: `detail` holds codes, counts and ids only.
 */
export interface AuditEntry {
  /** `<area>.<verb>`, e.g. `auth.login`, `family.view`, `document.export`. */
  action: string
  recordType?: string
  recordId?: string | number
  detail?: Record<string, string | number | boolean | null>
}

export interface AuditActor {
  userId: number | null
  /** Username, or `system` / `recovery-key` for events without a logged-in user. */
  name: string
}

export interface AuditRow {
  id: number
  at: string
  actorUserId: number | null
  actor: string
  action: string
  recordType: string | null
  recordId: string | null
  detail: string | null
  prevMac: string
  mac: string
}

const GENESIS = '0'.repeat(64)

function rowMac(key: Buffer, r: Omit<AuditRow, 'mac'>): string {
  // Length-prefixed JSON of every field, so no two different rows serialise alike.
  const canonical = JSON.stringify([r.id, r.at, r.actorUserId, r.actor, r.action, r.recordType, r.recordId, r.detail, r.prevMac])
  return createHmac('sha256', key).update(canonical).digest('hex')
}

function headMac(key: Buffer, lastId: number, lastMac: string): string {
  return createHmac('sha256', key).update(`head:${lastId}:${lastMac}`).digest('hex')
}

/** Append one row to the chain; returns its id. Runs in its own (or the caller's) transaction. */
export function appendAudit(db: WritableDB, hmacKey: Buffer, actor: AuditActor, entry: AuditEntry, now: Date = new Date()): number {
  const tx = db.transaction(() => {
    const head = db.prepare('SELECT last_id AS lastId, last_mac AS lastMac FROM audit_head WHERE one = 1').get() as
      { lastId: number; lastMac: string } | undefined
    const id = (head?.lastId ?? 0) + 1
    const row: Omit<AuditRow, 'mac'> = {
      id,
      at: now.toISOString(),
      actorUserId: actor.userId,
      actor: actor.name,
      action: entry.action,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId === undefined ? null : String(entry.recordId),
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      prevMac: head?.lastMac ?? GENESIS,
    }
    const mac = rowMac(hmacKey, row)
    db.prepare(
      `INSERT INTO audit_log (id, at, actor_user_id, actor, action, record_type, record_id, detail, prev_mac, mac)
       VALUES (@id, @at, @actorUserId, @actor, @action, @recordType, @recordId, @detail, @prevMac, @mac)`,
    ).run({ ...row, mac })
    db.prepare(
      `INSERT INTO audit_head (one, last_id, last_mac, head_mac) VALUES (1, ?, ?, ?)
       ON CONFLICT (one) DO UPDATE SET last_id = excluded.last_id, last_mac = excluded.last_mac, head_mac = excluded.head_mac`,
    ).run(id, mac, headMac(hmacKey, id, mac))
    return id
  })
  return tx()
}

export interface AuditVerification {
  ok: boolean
  rows: number
  problems: string[]
}

/** Detects any edited, deleted, inserted or reordered row, and rows cut off the end. */
export function verifyAuditChain(db: ReadableDB, hmacKey: Buffer): AuditVerification {
  const problems: string[] = []
  let prevMac = GENESIS
  let expectedId = 1
  let rows = 0
  const iter = db
    .prepare(
      `SELECT id, at, actor_user_id AS actorUserId, actor, action, record_type AS recordType,
              record_id AS recordId, detail, prev_mac AS prevMac, mac FROM audit_log ORDER BY id`,
    )
    .iterate() as IterableIterator<AuditRow>
  for (const r of iter) {
    rows++
    if (problems.length < 20) {
      if (r.id !== expectedId) problems.push(`audit row ${expectedId} is missing (found ${r.id} next)`)
      if (r.prevMac !== prevMac) problems.push(`audit row ${r.id} does not follow the row before it (deleted, inserted or reordered rows)`)
      const { mac, ...rest } = r
      if (!safeEqualHex(rowMac(hmacKey, rest), mac)) problems.push(`audit row ${r.id} has been altered (its HMAC does not match)`)
    }
    prevMac = r.mac
    expectedId = r.id + 1
  }
  const head = db.prepare('SELECT last_id AS lastId, last_mac AS lastMac, head_mac AS headMac FROM audit_head WHERE one = 1').get() as
    { lastId: number; lastMac: string; headMac: string } | undefined
  if (!head) {
    // Setup writes the first rows and the head in one transaction, so a Cabinet never lacks one.
    problems.push('the audit head record is missing: the audit log has been wiped or damaged')
  } else {
    if (!safeEqualHex(headMac(hmacKey, head.lastId, head.lastMac), head.headMac)) problems.push('the audit head record has been altered')
    if (head.lastId !== expectedId - 1 || head.lastMac !== prevMac) {
      problems.push(`the audit log ends at row ${expectedId - 1} but the head says ${head.lastId}: rows were cut off or added at the end`)
    }
  }
  return { ok: problems.length === 0, rows, problems }
}

function safeEqualHex(a: string, b: string): boolean {
  const ba = Buffer.from(a, 'hex')
  const bb = Buffer.from(b, 'hex')
  return ba.length === bb.length && ba.length > 0 && timingSafeEqual(ba, bb)
}
