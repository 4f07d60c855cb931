import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { m0001Core } from '../../../../../electron/core/db/migrations/0001-core'
import { m0002Families } from '../../../../../electron/core/db/migrations/0002-families'
import { m0003Vault } from '../../../../../electron/core/db/migrations/0003-vault'
import { m0004FoldedKeys } from '../../../../../electron/core/db/migrations/0004-folded-keys'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { matchExpression } from '../../../../../electron/core/families/search'
import { useTempDirs } from '../../../../helpers/temp-dir'

const tempDir = useTempDirs()

/**
 * A version 3 database holding two families as the version 3 code wrote them: keys folded by
 * accents only (ł, ø, æ and ß left as they are) and the search index holding names as written.
 */
function version3Database(): WritableDB {
  const db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
  migrate(db, [m0001Core, m0002Families, m0003Vault])
  db.exec(`
    INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES
      (1, 'Bartłomiej Strauß / Søren Æbelø', 'strauß bartłomiej / æbelø søren', 'n', 'n'),
      (2, 'Siân Nowak / Ian Łoś', 'nowak sian / łoś ian', 'n', 'n');
    INSERT INTO person (id, family_id, household, role, given_name, family_name, name_key, postcode, address_confidential, source, created_at, updated_at) VALUES
      (1, 1, 'resident', 'parent', 'Bartłomiej', 'Strauß', 'bartłomiejstrauß', 'BA2 3AB', 0, 's', 'n', 'n'),
      (2, 1, 'non_resident', 'parent', 'Søren', 'Æbelø', 'sørenæbelø', 'SN12 6AB', 1, 's', 'n', 'n'),
      (3, 2, 'resident', 'parent', 'Siân', 'Nowak', 'siannowak', NULL, 0, 's', 'n', 'n'),
      (4, 2, 'non_resident', 'parent', 'Ian', 'Łoś', 'iałos', NULL, 0, 's', 'n', 'n');
    INSERT INTO person (id, family_id, household, role, given_name, family_name, name_key, date_of_birth, lives_with_person_id, source, created_at, updated_at) VALUES
      (5, 1, 'resident', 'child', 'Đurđa', 'Strauß', 'đurđastrauß', '2019-05-05', 1, 's', 'n', 'n');
    INSERT INTO referral (id, family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved, contact_type,
                          injunction_in_place, separate_arrival, status, status_on, created_at, updated_at) VALUES
      (1, 1, 'R-2026-0001', 2026, 1, 'self', 's', '2026-01-10', 0, 0, 'supported', 0, 0, 'received', '2026-01-10', 'n', 'n');
    INSERT INTO family_fts (rowid, names, refs, postcodes) VALUES
      (1, 'Bartłomiej Strauß Søren Æbelø Đurđa', 'R-2026-0001 R20260001', 'BA2 3AB BA23AB'),
      (2, 'Siân Nowak Ian Łoś', '', '');
  `)
  return db
}

const found = (db: WritableDB, query: string, columns?: string[]) =>
  db.prepare('SELECT rowid FROM family_fts WHERE family_fts MATCH ? ORDER BY rowid').pluck().all(matchExpression(query, columns)) as number[]

describe('migration 0004 folded keys', () => {
  it('recomputes the duplicate keys, the sort keys and the search index of rows written before, so Bartlomiej finds Bartłomiej', () => {
    const db = version3Database()
    expect(found(db, 'bartlomiej')).toEqual([])

    expect(migrate(db, [m0001Core, m0002Families, m0003Vault, m0004FoldedKeys])).toEqual({ from: 3, to: 4 })
    expect(schemaVersion(db)).toBe(4)
    expect(db.prepare('SELECT id, name_key FROM person ORDER BY id').raw().all()).toEqual([
      [1, 'bartlomiejstrauss'],
      [2, 'sorenaebelo'],
      [3, 'siannowak'],
      [4, 'ianlos'],
      [5, 'durdastrauss'],
    ])
    expect(db.prepare('SELECT id, label, sort_key FROM family ORDER BY sort_key').raw().all()).toEqual([
      [2, 'Siân Nowak / Ian Łoś', 'nowak sian / los ian'],
      [1, 'Bartłomiej Strauß / Søren Æbelø', 'strauss bartlomiej / aebelo soren'],
    ])
    for (const query of ['bartlomiej', 'Bartłomiej', 'strauss', 'soren aebelo', 'durda', 'R-2026-0001', 'BA2 3AB']) expect(found(db, query), query).toEqual([1])
    expect(found(db, 'sian'), 'sian').toEqual([2])
    expect(found(db, 'los', ['names']), 'los').toEqual([2])
    db.close()
  })

  it('keeps a confidential address out of the rebuilt index, and leaves nothing else changed', () => {
    const db = version3Database()
    const otherTables = () => db.prepare('SELECT * FROM referral').all()
    const before = otherTables()
    migrate(db, [m0001Core, m0002Families, m0003Vault, m0004FoldedKeys])
    expect(found(db, 'SN12 6AB')).toEqual([])
    expect(db.prepare('SELECT count(*) FROM family_fts').pluck().get()).toBe(2)
    expect(otherTables()).toEqual(before)
    db.close()
  })

  it('runs on an empty database', () => {
    const db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
    expect(migrate(db, [m0001Core, m0002Families, m0003Vault, m0004FoldedKeys])).toEqual({ from: 0, to: 4 })
    db.close()
  })
})
