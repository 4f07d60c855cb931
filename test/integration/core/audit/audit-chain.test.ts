import { createHmac, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { appendAudit, verifyAuditChain } from '../../../../electron/core/audit/audit'
import { deriveSubkey } from '../../../../electron/core/crypto/subkeys'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import type { WritableDB } from '../../../../electron/core/db/types'
import { openTestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

/**
 * P28: the audit log is tamper-evident. The attacker here holds the DATABASE key (they can read
 * and rewrite any row, and drop the append-only triggers) but not the audit HMAC key, which is a
 * separate subkey of the master key: every kind of edit must still be detected.
 */
describe('P28: audit chain tampering', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let hmacKey: Buffer

  beforeEach(() => {
    const dir = tempDir()
    const cab = openTestCabinet(dir)
    const s = cab.as('coordinator')
    for (const [i, action] of ['auth.login', 'family.view', 'family.update', 'document.export', 'auth.lock', 'auth.login'].entries()) {
      s.audit({ action, recordType: 'family', recordId: 100 + i, detail: { n: i } })
    }
    cab.close()
    db = openEncryptedDatabase(join(dir, 'cabinet.db'), deriveSubkey(cab.masterKey, 'database'))
    hmacKey = deriveSubkey(cab.masterKey, 'audit-hmac')
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;')
  })
  afterEach(() => db.close())

  const row = (id: number) => db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as { mac: string; prev_mac: string; action: string }

  it('P28: an untouched chain verifies', () => {
    expect(verifyAuditChain(db, hmacKey)).toEqual({ ok: true, rows: 6, problems: [] })
  })

  it('P28: an edited action is detected', () => {
    db.prepare("UPDATE audit_log SET action = 'family.view' WHERE id = 4").run()
    expect(verifyAuditChain(db, hmacKey)).toEqual({ ok: false, rows: 6, problems: ['audit row 4 has been altered (its HMAC does not match)'] })
  })

  it('P28: an edit whose MAC is recomputed with the database key (not the audit key) is still detected', () => {
    db.prepare('UPDATE audit_log SET detail = \'{"n":99}\' WHERE id = 2').run()
    // The attacker's best guess at a MAC: the only key they hold. It is the wrong one.
    const wrongKey = deriveSubkey(randomBytes(32), 'database')
    const r = db.prepare('SELECT id, at, actor_user_id, actor, action, record_type, record_id, detail, prev_mac FROM audit_log WHERE id = 2').get() as Record<
      string,
      unknown
    >
    const forged = createHmac('sha256', wrongKey)
      .update(JSON.stringify(Object.values(r)))
      .digest('hex')
    db.prepare('UPDATE audit_log SET mac = ? WHERE id = 2').run(forged)
    const result = verifyAuditChain(db, hmacKey)
    expect(result.ok).toBe(false)
    expect(result.problems).toContain('audit row 2 has been altered (its HMAC does not match)')
    expect(result.problems).toContain('audit row 3 does not follow the row before it (deleted, inserted or reordered rows)')
  })

  it('P28: a deleted middle row is detected', () => {
    db.prepare('DELETE FROM audit_log WHERE id = 3').run()
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 5,
      problems: ['audit row 3 is missing (found 4 next)', 'audit row 4 does not follow the row before it (deleted, inserted or reordered rows)'],
    })
  })

  it('P28: a forged row inserted in place of a deleted one is detected', () => {
    const before = row(3)
    db.prepare('DELETE FROM audit_log WHERE id = 3').run()
    db.prepare(
      "INSERT INTO audit_log (id, at, actor_user_id, actor, action, record_type, record_id, detail, prev_mac, mac) VALUES (3, '2025-01-01T00:00:00.000Z', 1, 'coordinator', 'auth.login', 'user', '1', NULL, ?, ?)",
    ).run(before.prev_mac, before.mac)
    expect(verifyAuditChain(db, hmacKey)).toEqual({ ok: false, rows: 6, problems: ['audit row 3 has been altered (its HMAC does not match)'] })
  })

  it('P28: a forged row added at the end is detected', () => {
    db.prepare(
      "INSERT INTO audit_log (id, at, actor_user_id, actor, action, record_type, record_id, detail, prev_mac, mac) VALUES (7, '2030-01-01T00:00:00.000Z', 1, 'coordinator', 'auth.login', 'user', '1', NULL, ?, ?)",
    ).run(row(6).mac, randomBytes(32).toString('hex'))
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 7,
      problems: [
        'audit row 7 has been altered (its HMAC does not match)',
        'the audit log ends at row 7 but the head says 6: rows were cut off or added at the end',
      ],
    })
  })

  it('P28: two rows swapped (reordered) are detected', () => {
    db.exec('UPDATE audit_log SET id = 1000 WHERE id = 2; UPDATE audit_log SET id = 2 WHERE id = 3; UPDATE audit_log SET id = 3 WHERE id = 1000;')
    const result = verifyAuditChain(db, hmacKey)
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual([
      'audit row 2 does not follow the row before it (deleted, inserted or reordered rows)',
      'audit row 2 has been altered (its HMAC does not match)',
      'audit row 3 does not follow the row before it (deleted, inserted or reordered rows)',
      'audit row 3 has been altered (its HMAC does not match)',
      'audit row 4 does not follow the row before it (deleted, inserted or reordered rows)',
    ])
  })

  it('P28: the last row cut off is detected through the head', () => {
    db.prepare('DELETE FROM audit_log WHERE id = 6').run()
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 5,
      problems: ['the audit log ends at row 5 but the head says 6: rows were cut off or added at the end'],
    })
  })

  it('P28: the last row cut off with the head moved back to the row before is detected through head_mac', () => {
    db.prepare('DELETE FROM audit_log WHERE id = 6').run()
    db.prepare('UPDATE audit_head SET last_id = 5, last_mac = ? WHERE one = 1').run(row(5).mac)
    expect(verifyAuditChain(db, hmacKey)).toEqual({ ok: false, rows: 5, problems: ['the audit head record has been altered'] })
  })

  it('P28: a deleted head record is detected', () => {
    db.prepare('DELETE FROM audit_head').run()
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 6,
      problems: ['the audit head record is missing: the audit log has been wiped or damaged'],
    })
  })

  it('P28: every row and the head deleted (a wiped log) is detected', () => {
    db.exec('DELETE FROM audit_log; DELETE FROM audit_head;')
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 0,
      problems: ['the audit head record is missing: the audit log has been wiped or damaged'],
    })
  })

  it('P28: every row deleted is detected', () => {
    db.prepare('DELETE FROM audit_log').run()
    expect(verifyAuditChain(db, hmacKey)).toEqual({
      ok: false,
      rows: 0,
      problems: ['the audit log ends at row 0 but the head says 6: rows were cut off or added at the end'],
    })
  })

  it('keeps chaining correctly after the chain is reopened, and verifies under the right key only', () => {
    appendAudit(db, hmacKey, { userId: 1, name: 'coordinator' }, { action: 'auth.login', recordType: 'user', recordId: 1 })
    expect(verifyAuditChain(db, hmacKey)).toEqual({ ok: true, rows: 7, problems: [] })
    expect(row(7).prev_mac).toBe(row(6).mac)
    expect(verifyAuditChain(db, randomBytes(32)).ok).toBe(false)
  })
})
