import { describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { m0001Core } from '../../../../../electron/core/db/migrations/0001-core'
import { m0002Families } from '../../../../../electron/core/db/migrations/0002-families'
import {
  CONSENT_METHODS,
  CONTACT_TYPES,
  HOUSEHOLDS,
  MEDICAL_KINDS,
  PERSON_ROLES,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
} from '../../../../../electron/core/families/types'
import { useTempDirs } from '../../../../helpers/temp-dir'

const tempDir = useTempDirs()

function openAt(version: 1 | 2) {
  const db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
  migrate(db, version === 1 ? [m0001Core] : [m0001Core, m0002Families])
  return db
}

describe('migration 0002 families', () => {
  it('upgrades a version 1 database to 2 and creates the families tables and the FTS5 index', () => {
    const db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
    migrate(db, [m0001Core])
    db.prepare(`INSERT INTO settings (key, value) VALUES ('centre', '{}')`).run()
    expect(migrate(db, [m0001Core, m0002Families])).toEqual({ from: 1, to: 2 })
    expect(schemaVersion(db)).toBe(2)
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[]
    for (const t of ['family', 'person', 'referral', 'referral_status_history', 'previsit', 'consent', 'medical_info', 'change_history', 'family_fts']) {
      expect(tables).toContain(t)
    }
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'centre'`).pluck().get()).toBe('{}')
    db.close()
  })

  it('uses STRICT tables and the same value lists as the code', () => {
    const db = openAt(2)
    const sqlOf = (t: string) => db.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(t) as string
    for (const t of ['family', 'person', 'referral', 'referral_status_history', 'previsit', 'consent', 'medical_info', 'change_history']) {
      expect(sqlOf(t)).toMatch(/\) STRICT$/)
    }
    const inList = (xs: readonly string[]) => `IN (${xs.map((x) => `'${x}'`).join(', ')})`
    expect(sqlOf('person')).toContain(`household ${inList(HOUSEHOLDS)}`)
    expect(sqlOf('person')).toContain(`role ${inList(PERSON_ROLES)}`)
    expect(sqlOf('referral')).toContain(`source ${inList(REFERRAL_SOURCES)}`)
    expect(sqlOf('referral')).toContain(`status ${inList(REFERRAL_STATUSES)}`)
    expect(sqlOf('referral')).toContain(`contact_type ${inList(CONTACT_TYPES)}`)
    expect(sqlOf('consent')).toContain(`method ${inList(CONSENT_METHODS)}`)
    expect(sqlOf('medical_info')).toContain(`kind ${inList(MEDICAL_KINDS)}`)
    db.close()
  })

  it('enforces its constraints: ended referrals have a closing date, children live with someone, FKs hold', () => {
    const db = openAt(2)
    db.prepare(`INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES (1, 'F', 'f', 'now', 'now')`).run()
    const referral = (status: string, closedOn: string | null) =>
      db
        .prepare(
          `INSERT INTO referral (family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved,
             contact_type, injunction_in_place, separate_arrival, status, status_on, closed_on, created_at, updated_at)
           VALUES (1, ?, 2026, ?, 'self', 'self_referral_form', '2026-01-01', 0, 0, 'supported', 0, 0, ?, '2026-01-01', ?, 'now', 'now')`,
        )
        .run(`R-${status}`, Math.floor(Math.random() * 1e9), status, closedOn)
    expect(() => referral('closed', null)).toThrow(/CHECK constraint failed/)
    expect(() => referral('active', '2026-02-01')).toThrow(/CHECK constraint failed/)
    expect(() => referral('closed', '2026-02-01')).not.toThrow()
    expect(() =>
      db
        .prepare(
          `INSERT INTO person (family_id, household, role, given_name, family_name, name_key, source, created_at, updated_at) VALUES (1, 'resident', 'child', 'A', 'B', 'ab', 'phone', 'n', 'n')`,
        )
        .run(),
    ).toThrow(/CHECK constraint failed/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO person (family_id, household, role, given_name, family_name, name_key, source, created_at, updated_at) VALUES (99, 'resident', 'parent', 'A', 'B', 'ab', 'phone', 'n', 'n')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY constraint failed/)
    db.close()
  })

  it('the FTS5 index folds diacritics and has secure-delete on', () => {
    const db = openAt(2)
    db.prepare(`INSERT INTO family_fts (rowid, names, refs, postcodes) VALUES (1, 'Siân Wiśniewska', '', '')`).run()
    expect(db.prepare(`SELECT rowid FROM family_fts WHERE family_fts MATCH '"sian"* AND "wisn"*'`).pluck().all()).toEqual([1])
    expect(db.prepare(`SELECT v FROM family_fts_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1)
    db.close()
  })

  it('a failure part-way leaves the database at version 1', () => {
    const db = openAt(1)
    db.exec('CREATE TABLE family (x INTEGER) STRICT')
    expect(() => migrate(db, [m0001Core, m0002Families])).toThrow(expect.objectContaining({ code: 'damaged' }))
    expect(schemaVersion(db)).toBe(1)
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'person'`).pluck().get()).toBe(0)
    db.close()
  })
})
