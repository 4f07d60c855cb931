import { describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { matchExpression } from '../../../../../electron/core/families/search'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'

const tempDir = useTempDirs()
const BEFORE = MIGRATIONS.filter((m) => m.version < 11)

/** A version 10 database with two families, indexed as the version 10 code indexed them. */
function version10Database(): WritableDB {
  const { db } = databaseAt(tempDir(), BEFORE)
  db.exec(`
    INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES
      (1, 'Bartłomiej Strauß / Søren Æbelø', 'strauss bartlomiej / aebelo soren', 'n', 'n'),
      (2, 'Siân Nowak / Ian Łoś', 'nowak sian / los ian', 'n', 'n');
    INSERT INTO person (id, family_id, household, role, given_name, family_name, name_key, postcode, address_confidential, source, created_at, updated_at) VALUES
      (1, 1, 'resident', 'parent', 'Bartłomiej', 'Strauß', 'bartlomiejstrauss', 'BA2 3AB', 0, 's', 'n', 'n'),
      (2, 1, 'non_resident', 'parent', 'Søren', 'Æbelø', 'sorenaebelo', 'SN12 6AB', 1, 's', 'n', 'n'),
      (3, 2, 'resident', 'parent', 'Siân', 'Nowak', 'siannowak', NULL, 0, 's', 'n', 'n'),
      (4, 2, 'non_resident', 'parent', 'Ian', 'Łoś', 'ianlos', NULL, 0, 's', 'n', 'n');
    INSERT INTO referral (id, family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved, contact_type,
                          injunction_in_place, separate_arrival, status, status_on, created_at, updated_at) VALUES
      (1, 1, 'R-2026-0001', 2026, 1, 'self', 's', '2026-01-10', 0, 0, 'supported', 0, 0, 'received', '2026-01-10', 'n', 'n'),
      (2, 2, 'R-2026-0002', 2026, 2, 'self', 's', '2026-01-11', 0, 0, 'supported', 0, 0, 'received', '2026-01-11', 'n', 'n');
    INSERT INTO family_fts (rowid, names, refs, postcodes) VALUES
      (1, 'bartlomiej strauss soren aebelo', 'R-2026-0001 R20260001', 'BA2 3AB BA23AB'),
      (2, 'sian nowak ian los', 'R-2026-0002 R20260002', '');
  `)
  return db
}

const found = (db: WritableDB, query: string) =>
  db.prepare('SELECT rowid FROM family_fts WHERE family_fts MATCH ? ORDER BY rowid').pluck().all(matchExpression(query)) as number[]

describe('migration 0011 search prefixes', () => {
  it('keeps prefixes of up to six characters and indexes references without their lone R; every family is found as before', () => {
    const db = version10Database()
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 11),
      ),
    ).toEqual({ from: 10, to: 11 })
    expect(schemaVersion(db)).toBe(11)
    const definition = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'family_fts'").pluck().get() as string
    expect(definition).toContain("prefix = '1 2 3 4 5 6'")
    expect(db.prepare("SELECT v FROM family_fts_config WHERE k = 'secure-delete'").pluck().get()).toBe(1)
    expect(db.prepare('SELECT rowid, names, refs, postcodes FROM family_fts ORDER BY rowid').raw().all()).toEqual([
      [1, 'bartlomiej strauss soren aebelo', '2026-0001 R20260001', 'BA2 3AB BA23AB'],
      [2, 'sian nowak ian los', '2026-0002 R20260002', ''],
    ])
    for (const query of ['R-2026-0001', 'r-2026-0001', 'R20260001', '2026-0001', 'bartlo', 'BA2 3AB', 'BA23']) expect(found(db, query), query).toEqual([1])
    for (const query of ['R-2026', 'r2026', 'R-2026-000', '2026']) expect(found(db, query), query).toEqual([1, 2])
    expect(found(db, 'SN12'), 'a confidential postcode').toEqual([])
    db.close()
  })

  it('runs on an empty database', () => {
    const { db } = databaseAt(tempDir(), BEFORE)
    expect(
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version <= 11),
      ),
    ).toEqual({ from: 10, to: 11 })
    expect(db.prepare('SELECT count(*) FROM family_fts').pluck().get()).toBe(0)
    db.close()
  })
})
