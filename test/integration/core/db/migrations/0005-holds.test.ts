import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'
import { seedRecords } from '../../vault/vault-fixture'

const UP_TO_4 = MIGRATIONS.slice(0, 4)
const UP_TO_5 = MIGRATIONS.slice(0, 5)

describe('migration 0005 holds', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), UP_TO_4))
  })
  afterEach(() => db.close())

  const hold = (subjectType: string, subjectId: number, extra: { kind?: string; reviewOn?: string | null } = {}) =>
    db
      .prepare(
        `INSERT INTO record_hold (subject_type, subject_id, kind, reason, review_on, set_at, set_by)
         VALUES (?, ?, ?, 'Concern raised', ?, '2026-11-29T10:00:00.000Z', ?) RETURNING id`,
      )
      .get(subjectType, subjectId, extra.kind ?? 'safeguarding', extra.reviewOn ?? null, userId) as { id: number }

  it('upgrades a schema 4 database with its families intact, adding the strict record_hold table', () => {
    const { familyId } = seedRecords(db, userId)
    expect(migrate(db, UP_TO_5)).toEqual({ from: 4, to: 5 })
    expect(schemaVersion(db)).toBe(5)
    expect(db.prepare('SELECT count(*) AS n FROM family WHERE id = ?').get(familyId)).toEqual({ n: 1 })
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'record_hold'").get()).toEqual({ strict: 1 })
  })

  it('a hold is only ever lifted, never changed, and a lifted hold stays lifted', () => {
    migrate(db, UP_TO_5)
    const { personId } = seedRecords(db, userId)
    const { id } = hold('person', personId)
    expect(() => db.prepare("UPDATE record_hold SET reason = 'Edited' WHERE id = ?").run(id)).toThrow(/only ever lifted/)
    db.prepare("UPDATE record_hold SET lifted_at = 'later', lifted_by = ?, lift_reason = 'Case closed by children’s services' WHERE id = ?").run(userId, id)
    expect(() => db.prepare('UPDATE record_hold SET lifted_at = NULL, lifted_by = NULL, lift_reason = NULL WHERE id = ?').run(id)).toThrow(/only ever lifted/)
  })

  it('refuses a half-lifted hold, a legal hold without a review date, and a code outside its list', () => {
    migrate(db, UP_TO_5)
    const { id } = hold('family', 1)
    expect(() => db.prepare("UPDATE record_hold SET lifted_at = 'later' WHERE id = ?").run(id)).toThrow(/CHECK/)
    expect(() => hold('family', 1, { kind: 'legal' })).toThrow(/CHECK/)
    expect(hold('family', 1, { kind: 'legal', reviewOn: '2027-06-01' }).id).toBeGreaterThan(0)
    expect(() => hold('household', 1)).toThrow(/CHECK/)
    expect(() => hold('family', 1, { kind: 'whim' })).toThrow(/CHECK/)
  })

  it('deleting a family or a person removes the holds on them, and no others', () => {
    migrate(db, UP_TO_5)
    const { familyId, otherFamilyId, personId } = seedRecords(db, userId)
    hold('family', otherFamilyId)
    hold('person', personId)
    hold('family', familyId)
    db.prepare('DELETE FROM family WHERE id = ?').run(otherFamilyId)
    db.prepare('DELETE FROM person WHERE id = ?').run(personId)
    expect(db.prepare('SELECT subject_type AS type, subject_id AS id FROM record_hold').all()).toEqual([{ type: 'family', id: familyId }])
  })
})
