import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { m0001Core } from '../../../../../electron/core/db/migrations/0001-core'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'

/** Migration 0001 alone, on a fresh encrypted database: users, settings and the audit log. */
describe('migration 0001 core', () => {
  const tempDir = useTempDirs()
  let db: WritableDB

  beforeEach(() => {
    db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
    migrate(db, [m0001Core])
  })
  afterEach(() => db.close())

  const insertUser = (username: string, role = 'coordinator') =>
    db
      .prepare("INSERT INTO users (username, display_name, role, created_at) VALUES (?, 'Name', ?, '2025-01-01T00:00:00.000Z') RETURNING id")
      .get(username, role) as { id: number }

  const insertAudit = (id: number) =>
    db
      .prepare(
        "INSERT INTO audit_log (id, at, actor_user_id, actor, action, prev_mac, mac) VALUES (?, '2025-01-01T00:00:00.000Z', 1, 'coord', 'auth.login', 'p', 'm')",
      )
      .run(id)

  it('creates the core tables, their indexes and the append-only triggers, at schema version 1', () => {
    expect(schemaVersion(db)).toBe(1)
    const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all()
    expect(objects).toEqual([
      { type: 'index', name: 'audit_log_by_action' },
      { type: 'index', name: 'audit_log_by_actor' },
      { type: 'index', name: 'audit_log_by_at' },
      { type: 'table', name: 'audit_head' },
      { type: 'table', name: 'audit_log' },
      { type: 'table', name: 'settings' },
      { type: 'table', name: 'users' },
      { type: 'trigger', name: 'audit_log_no_delete' },
      { type: 'trigger', name: 'audit_log_no_update' },
    ])
  })

  it('makes every table STRICT, so a value of the wrong type is refused rather than stored', () => {
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all()
    expect(tables).toEqual([
      { name: 'audit_head', strict: 1 },
      { name: 'audit_log', strict: 1 },
      { name: 'settings', strict: 1 },
      { name: 'users', strict: 1 },
    ])
    expect(() =>
      db.prepare("INSERT INTO users (username, display_name, role, created_at, created_by) VALUES ('x1x', 'N', 'volunteer', 'now', 'not a number')").run(),
    ).toThrow(/cannot store TEXT value in INTEGER column users.created_by/)
  })

  it('refuses UPDATE and DELETE on audit_log (append-only)', () => {
    insertUser('coord')
    insertAudit(1)
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE id = 1").run()).toThrow(/audit_log is append-only/)
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/audit_log is append-only/)
    expect(db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'auth.login' }])
  })

  it('keeps usernames unique without regard to case, and roles to the two known ones', () => {
    insertUser('Coord')
    expect(() => insertUser('coord')).toThrow(/UNIQUE constraint failed: users.username/)
    expect(() => insertUser('someone', 'admin')).toThrow(/CHECK constraint failed/)
  })

  it('allows exactly one audit head row', () => {
    db.prepare("INSERT INTO audit_head (one, last_id, last_mac, head_mac) VALUES (1, 0, 'a', 'b')").run()
    expect(() => db.prepare("INSERT INTO audit_head (one, last_id, last_mac, head_mac) VALUES (2, 0, 'a', 'b')").run()).toThrow(/CHECK constraint failed/)
  })

  it('enforces users.created_by as a foreign key', () => {
    expect(() =>
      db.prepare("INSERT INTO users (username, display_name, role, created_at, created_by) VALUES ('vol', 'N', 'volunteer', 'now', 999)").run(),
    ).toThrow(/FOREIGN KEY constraint failed/)
  })
})
