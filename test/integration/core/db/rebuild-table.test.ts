import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { migrate, schemaVersion, type Migration } from '../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../electron/core/db/migrations'
import { rebuildTable } from '../../../../electron/core/db/rebuild-table'
import type { WritableDB } from '../../../../electron/core/db/types'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let db: WritableDB

/** A family with a referral (with a pre-visit, a status row and a linked document) and a consent with medical information. */
function seed(): void {
  db.exec(`
    INSERT INTO users (id, username, display_name, role, created_at) VALUES (1, 'coord', 'Coordinator', 'coordinator', 'n');
    INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES (1, 'Price / Shah', 'price', 'n', 'n');
    INSERT INTO person (id, family_id, household, role, given_name, family_name, name_key, source, created_at, updated_at)
      VALUES (1, 1, 'resident', 'parent', 'Ella', 'Price', 'ella price', 'phone', 'n', 'n');
    INSERT INTO referral (id, family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved,
        contact_type, injunction_in_place, separate_arrival, status, status_on, closed_on, created_at, updated_at)
      VALUES (1, 1, 'R-2026-001', 2026, 1, 'court', 'court_order', '2026-01-05', 1, 0, 'supervised', 0, 1, 'active', '2026-02-01', NULL, 'n', 'n'),
             (2, 1, 'R-2026-002', 2026, 2, 'self', 'self_referral_form', '2026-03-01', 0, 0, 'supported', 0, 0, 'closed', '2026-03-09', '2026-03-09', 'n', 'n');
    INSERT INTO referral_status_history (referral_id, from_status, to_status, effective_on, recorded_at) VALUES (1, NULL, 'received', '2026-01-05', 'n');
    INSERT INTO previsit (referral_id, person_id, booked_for, source, recorded_at, updated_at) VALUES (1, 1, '2026-01-20', 'phone', 'n', 'n');
    INSERT INTO documents (id, blob_name, wrapped_key, title, file_type, category, size_bytes, sha256, added_at, added_by)
      VALUES ('${'a'.repeat(32)}', '${'b'.repeat(32)}', zeroblob(60), 'Order', 'pdf', 'court_order', 10, '${'e'.repeat(64)}', 'n', 1);
    INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES ('${'a'.repeat(32)}', 'referral', 2, 'n', 1);
    INSERT INTO consent (id, person_id, topic, given_by, given_on, method, source, recorded_at) VALUES (1, 1, 'medical', 'Ella Price', '2026-01-20', 'written', 'phone', 'n');
    INSERT INTO medical_info (person_id, consent_id, kind, details, source, recorded_at, updated_at) VALUES (1, 1, 'allergy', 'Peanuts', 'phone', 'n', 'n');
  `)
}

const sqlOf = (name: string) => db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(name) as string | undefined
const objectsOn = (table: string) => db.prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type <> 'table' ORDER BY name").all(table)
const rows = (table: string) => db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()
const foreignKeysOn = () => db.pragma('foreign_keys', { simple: true })

/** The referral table as migration 0002 made it, with its status list changed. */
function referralWithStatuses(from: string, to: string) {
  return (name: string) => {
    const sql = sqlOf('referral')!
    if (!sql.includes(from)) throw new Error(`the referral schema has no ${from}`)
    return sql.replace(/^CREATE TABLE "?referral"?/, `CREATE TABLE ${name}`).replace(from, to)
  }
}
const WIDER = referralWithStatuses("'withdrawn', 'active', 'closed')", "'withdrawn', 'active', 'closed', 'on_hold')")

beforeEach(() => {
  db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
  migrate(db, MIGRATIONS)
  seed()
})
afterEach(() => db.close())

describe('rebuildTable: the 12-step procedure for changing a CHECK', () => {
  it('widens a CHECK on an encrypted database, keeping rows, indexes and triggers, with foreign keys still enforced', () => {
    const before = { rows: rows('referral'), objects: objectsOn('referral') }
    expect(rebuildTable(db, { table: 'referral', create: WIDER })).toEqual({ rows: 2 })

    expect(sqlOf('referral')).toContain("'closed', 'on_hold')")
    expect(rows('referral')).toEqual(before.rows)
    expect(objectsOn('referral')).toEqual(before.objects)
    expect(sqlOf('referral__rebuild')).toBeUndefined()
    db.prepare("UPDATE referral SET status = 'on_hold' WHERE id = 1").run()

    expect(foreignKeysOn()).toBe(1)
    // Its own references and the references to it are enforced.
    expect(() => db.prepare('UPDATE referral SET family_id = 99 WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/)
    expect(() => db.prepare('DELETE FROM referral WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/)
    expect(() =>
      db.prepare("INSERT INTO previsit (referral_id, person_id, booked_for, source, recorded_at, updated_at) VALUES (99, 1, 'd', 'phone', 'n', 'n')").run(),
    ).toThrow(/FOREIGN KEY constraint failed/)
    // Its trigger (from migration 0003) still unlinks documents, and its other CHECKs still hold.
    db.prepare('DELETE FROM referral WHERE id = 2').run()
    expect(db.prepare('SELECT count(*) FROM document_links').pluck().get()).toBe(0)
    expect(() => db.prepare("UPDATE referral SET status = 'closed', closed_on = NULL WHERE id = 1").run()).toThrow(/CHECK constraint failed/)
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('rebuilds a table that other tables’ triggers name (consent, checked by medical_info’s triggers)', () => {
    const sql = sqlOf('consent')!
    const create = (name: string) =>
      sql.replace(/^CREATE TABLE "?consent"?/, `CREATE TABLE ${name}`).replace("topic IN ('medical')", "topic IN ('medical', 'photographs')")
    expect(rebuildTable(db, { table: 'consent', create })).toEqual({ rows: 1 })
    db.prepare("UPDATE consent SET withdrawn_on = '2026-02-01', withdrawn_method = 'verbal' WHERE id = 1").run()
    expect(() =>
      db
        .prepare(
          "INSERT INTO medical_info (person_id, consent_id, kind, details, source, recorded_at, updated_at) VALUES (1, 1, 'dietary', 'Vegan', 'phone', 'n', 'n')",
        )
        .run(),
    ).toThrow(/medical information needs a current consent/)
    expect(() => db.prepare('DELETE FROM consent WHERE id = 1').run()).toThrow(/FOREIGN KEY constraint failed/)
  })

  it('a row that does not fit the new definition rolls everything back, with a clear error', () => {
    const narrower = referralWithStatuses("'withdrawn', 'active', 'closed')", "'withdrawn', 'active')")
    const before = { sql: sqlOf('referral'), rows: rows('referral'), objects: objectsOn('referral') }
    expect(() => rebuildTable(db, { table: 'referral', create: narrower })).toThrow(
      expect.objectContaining({
        code: 'conflict',
        message: expect.stringMatching(
          /^Rebuilding table referral: a row does not fit the new definition \(CHECK constraint failed: .*\)\. Nothing was changed; correct or remove the row first/,
        ),
      }),
    )
    expect(sqlOf('referral')).toBe(before.sql)
    expect(rows('referral')).toEqual(before.rows)
    expect(objectsOn('referral')).toEqual(before.objects)
    expect(sqlOf('referral__rebuild')).toBeUndefined()
    expect(db.inTransaction).toBe(false)
    expect(foreignKeysOn()).toBe(1)
  })

  it('a rebuild that would leave references pointing nowhere is refused and rolled back', () => {
    // Renumbering the referrals would orphan the pre-visit and the status row that refer to referral 1.
    const before = rows('referral')
    expect(() => rebuildTable(db, { table: 'referral', create: WIDER, copy: { id: 'id + 100' } })).toThrow(
      /^Rebuilding table referral: 2 row\(s\) refer to rows that do not exist, first \w+ row \d+ to a missing referral row\. Nothing was changed\.$/,
    )
    expect(rows('referral')).toEqual(before)
    expect(foreignKeysOn()).toBe(1)
  })

  it('refuses to run inside a transaction with foreign keys on, where dropping the table would cascade', () => {
    db.exec('BEGIN')
    expect(() =>
      rebuildTable(db, { table: 'documents', create: (n) => sqlOf('documents')!.replace(/^CREATE TABLE "?documents"?/, `CREATE TABLE ${n}`) }),
    ).toThrow(/^Rebuilding table documents: called inside a transaction with foreign keys on\. SQLite ignores PRAGMA foreign_keys inside a transaction/)
    db.exec('ROLLBACK')
    expect(db.prepare('SELECT count(*) FROM document_links').pluck().get()).toBe(1)
  })

  it('refuses a virtual table, an unknown table, and a definition that ignores the name it is given', () => {
    expect(() => rebuildTable(db, { table: 'family_fts', create: (n) => n })).toThrow(/it is a virtual table/)
    expect(() => rebuildTable(db, { table: 'volunteer', create: (n) => n })).toThrow(/^Rebuilding table volunteer: there is no such table\.$/)
    expect(() => rebuildTable(db, { table: 'settings', create: () => 'CREATE TABLE elsewhere (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT' })).toThrow(
      /must create the table under the name it is given \(settings__rebuild\)/,
    )
    expect(sqlOf('elsewhere')).toBeUndefined()
  })

  it('works inside a migration: migrate turns foreign keys off around its transaction and checks them before committing', () => {
    const widen: Migration = { version: MIGRATIONS.length + 1, name: 'widen', up: (d) => void rebuildTable(d, { table: 'referral', create: WIDER }) }
    expect(migrate(db, [...MIGRATIONS, widen])).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length + 1 })
    expect(sqlOf('referral')).toContain("'on_hold'")
    expect(rows('document_links')).toHaveLength(1)
    expect(foreignKeysOn()).toBe(1)

    const orphaning: Migration = { version: MIGRATIONS.length + 2, name: 'orphan', up: (d) => d.exec('DELETE FROM family') }
    expect(() => migrate(db, [...MIGRATIONS, widen, orphaning])).toThrow(/failed, and nothing was changed: \d+ row\(s\) refer to rows that do not exist/)
    expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1)
    expect(rows('family')).toHaveLength(1)
    expect(foreignKeysOn()).toBe(1)
  })
})
