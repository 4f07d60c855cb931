import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { m0001Core } from '../../../../../electron/core/db/migrations/0001-core'
import { m0002Families } from '../../../../../electron/core/db/migrations/0002-families'
import { m0003Vault } from '../../../../../electron/core/db/migrations/0003-vault'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { DOCUMENT_CATEGORIES, EXPORT_REASONS, FILE_TYPES, LINK_TARGET_TYPES } from '../../../../../electron/core/vault/catalogue'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'
import { seedRecords } from '../../vault/vault-fixture'

/** The CHECK (column IN (...)) list for a column, read back from the schema SQL. */
function checkList(db: WritableDB, table: string, column: string): string[] {
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql
  const match = new RegExp(`CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql)
  if (!match) throw new Error(`no CHECK list for ${table}.${column}`)
  return [...match[1].matchAll(/'([^']+)'/g)].map((m) => m[1])
}

describe('migration 0003 vault', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), [m0001Core, m0002Families]))
  })
  afterEach(() => db.close())

  const insertDocument = (id: string, category = 'court_order') =>
    db
      .prepare(
        `INSERT INTO documents (id, blob_name, wrapped_key, title, file_type, category, size_bytes, sha256, added_at, added_by)
         VALUES (?, ?, zeroblob(60), 'T', 'pdf', ?, 10, ?, 'now', ?)`,
      )
      .run(id, id.replace(/./, 'b'), category, 'e'.repeat(64), userId)

  it('upgrades a families database (schema 2) to schema 3 with the vault tables, keeping its rows', () => {
    const { familyId } = seedRecords(db, userId)
    expect(migrate(db, [m0001Core, m0002Families, m0003Vault])).toEqual({ from: 2, to: 3 })
    expect(schemaVersion(db)).toBe(3)
    expect(db.prepare('SELECT count(*) AS n FROM family WHERE id = ?').get(familyId)).toEqual({ n: 1 })
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name LIKE 'document%' ORDER BY name").all()
    expect(tables).toEqual([
      { name: 'document_exports', strict: 1 },
      { name: 'document_links', strict: 1 },
      { name: 'documents', strict: 1 },
    ])
  })

  it('its CHECK lists match the catalogue the code uses (P13: no DBS category)', () => {
    migrate(db, [m0001Core, m0002Families, m0003Vault])
    expect(checkList(db, 'documents', 'category')).toEqual([...DOCUMENT_CATEGORIES])
    expect(checkList(db, 'documents', 'file_type')).toEqual([...FILE_TYPES])
    expect(checkList(db, 'document_links', 'target_type')).toEqual([...LINK_TARGET_TYPES])
    expect(checkList(db, 'document_exports', 'reason_code')).toEqual([...EXPORT_REASONS])
    expect(() => insertDocument('a'.repeat(32), 'dbs_certificate')).toThrow(/CHECK constraint failed/)
  })

  it('links cascade with their document, and deleting a family, referral or person drops their links', () => {
    migrate(db, [m0001Core, m0002Families, m0003Vault])
    const { familyId, otherFamilyId, referralId, personId } = seedRecords(db, userId)
    const id = 'a'.repeat(32)
    insertDocument(id)
    const link = db.prepare("INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, ?, ?, 'now', ?)")
    link.run(id, 'family', otherFamilyId, userId)
    link.run(id, 'referral', referralId, userId)
    link.run(id, 'person', personId, userId)
    expect(() => link.run(id, 'dbs', 1, userId)).toThrow(/CHECK constraint failed/)
    db.prepare('DELETE FROM family WHERE id = ?').run(otherFamilyId)
    expect(db.prepare('SELECT target_type AS t FROM document_links ORDER BY t').all()).toEqual([{ t: 'person' }, { t: 'referral' }])
    db.prepare('DELETE FROM referral WHERE id = ?').run(referralId)
    db.prepare('DELETE FROM person WHERE id = ?').run(personId)
    expect(db.prepare('SELECT count(*) AS n FROM document_links').get()).toEqual({ n: 0 })
    link.run(id, 'family', familyId, userId)
    db.prepare("INSERT INTO document_exports (document_id, exported_at, exported_by, reason_code, reason_text) VALUES (?, 'now', ?, 'other', 'x')").run(
      id,
      userId,
    )
    db.prepare('DELETE FROM documents WHERE id = ?').run(id)
    expect(db.prepare('SELECT (SELECT count(*) FROM document_links) + (SELECT count(*) FROM document_exports) AS n').get()).toEqual({ n: 0 })
  })

  it('refuses malformed rows: wrong key length, empty title, zero size', () => {
    migrate(db, [m0001Core, m0002Families, m0003Vault])
    const base = `INSERT INTO documents (id, blob_name, wrapped_key, title, file_type, category, size_bytes, sha256, added_at, added_by) VALUES `
    expect(() =>
      db.prepare(`${base}(?, ?, zeroblob(59), 'T', 'pdf', 'other', 1, ?, 'now', ?)`).run('a'.repeat(32), 'b'.repeat(32), 'e'.repeat(64), userId),
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare(`${base}(?, ?, zeroblob(60), '', 'pdf', 'other', 1, ?, 'now', ?)`).run('a'.repeat(32), 'b'.repeat(32), 'e'.repeat(64), userId),
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare(`${base}(?, ?, zeroblob(60), 'T', 'pdf', 'other', 0, ?, 'now', ?)`).run('a'.repeat(32), 'b'.repeat(32), 'e'.repeat(64), userId),
    ).toThrow(/CHECK/)
    expect(() =>
      db.prepare(`${base}(?, ?, zeroblob(60), 'T', 'exe', 'other', 1, ?, 'now', ?)`).run('a'.repeat(32), 'b'.repeat(32), 'e'.repeat(64), userId),
    ).toThrow(/CHECK/)
  })
})
