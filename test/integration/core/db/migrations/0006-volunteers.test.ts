import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'

const UP_TO_5 = MIGRATIONS.slice(0, 5)
const UP_TO_6 = MIGRATIONS.slice(0, 6)

describe('migration 0006 volunteers', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), UP_TO_5))
  })
  afterEach(() => db.close())

  const volunteer = () =>
    (
      db
        .prepare(
          `INSERT INTO volunteers (kind, given_name, family_name, started_on, created_at, created_by, updated_at)
           VALUES ('volunteer', 'Ann', 'Smith', '2024-01-10', 'now', ?, 'now') RETURNING id`,
        )
        .get(userId) as { id: number }
    ).id
  const dbs = (volunteerId: number, certificate: string) =>
    db
      .prepare(
        `INSERT INTO volunteer_dbs (volunteer_id, checked_on, certificate_number, level, workforce, seen_by, seen_on, disclosure, decision, recorded_at, recorded_by)
         VALUES (?, '2024-01-01', ?, 'enhanced_barred', 'child', 'C', '2024-01-02', 'none', 'cleared', 'now', ?) RETURNING id`,
      )
      .get(volunteerId, certificate, userId) as { id: number }

  it('upgrades a schema 5 database to 6, adding strict tables for the person and each kind of record', () => {
    expect(migrate(db, UP_TO_6)).toEqual({ from: 5, to: 6 })
    expect(schemaVersion(db)).toBe(6)
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND strict = 1 AND name LIKE 'volunteer%' ORDER BY name").pluck().all()
    expect(strict).toEqual([
      'volunteer_dbs',
      'volunteer_dbs_assessment',
      'volunteer_finance',
      'volunteer_parental_leave',
      'volunteer_reference',
      'volunteer_role',
      'volunteer_step',
      'volunteer_training',
      'volunteers',
    ])
  })

  it('P13: a DBS record has no column for the certificate’s content, and the number must be 12 digits', () => {
    migrate(db, UP_TO_6)
    const columns = db.prepare("SELECT name FROM pragma_table_info('volunteer_dbs')").pluck().all() as string[]
    expect(columns.filter((c) => /content|certificate_(text|file|image|blob)|disclosed/.test(c))).toEqual([])
    const id = volunteer()
    expect(dbs(id, '001234567890').id).toBeGreaterThan(0)
    expect(() => dbs(id, '12345678901')).toThrow(/CHECK/)
    expect(() => dbs(id, '12345678901a')).toThrow(/CHECK/)
  })

  it('refuses an end date without a reason, and consent to a DBS check recorded on any step but the application', () => {
    migrate(db, UP_TO_6)
    const id = volunteer()
    expect(() => db.prepare("UPDATE volunteers SET ended_on = '2025-01-01' WHERE id = ?").run(id)).toThrow(/CHECK/)
    expect(() =>
      db
        .prepare(
          `INSERT INTO volunteer_step (volunteer_id, step, done_on, outcome, dbs_consent_signed_on, recorded_at, recorded_by)
           VALUES (?, 'interview', '2024-01-01', 'satisfactory', '2024-01-01', 'now', ?)`,
        )
        .run(id, userId),
    ).toThrow(/CHECK/)
  })

  it('deleting a volunteer removes their holds and HR rows, but not while finance records remain (P14)', () => {
    migrate(db, UP_TO_6)
    const id = volunteer()
    dbs(id, '001234567890')
    db.prepare(
      `INSERT INTO record_hold (subject_type, subject_id, kind, reason, review_on, set_at, set_by) VALUES ('volunteer', ?, 'legal', 'Tribunal', '2027-01-01', 'now', ?)`,
    ).run(id, userId)
    db.prepare(
      `INSERT INTO volunteer_finance (volunteer_id, kind, description, relates_to_on, financial_year_ends_on) VALUES (?, 'pay', 'March pay', '2025-03-01', '2025-03-31')`,
    ).run(id)
    expect(() => db.prepare('DELETE FROM volunteers WHERE id = ?').run(id)).toThrow(/FOREIGN KEY/)
    db.prepare('DELETE FROM volunteer_finance WHERE volunteer_id = ?').run(id)
    db.prepare('DELETE FROM volunteers WHERE id = ?').run(id)
    expect(db.prepare('SELECT count(*) FROM volunteer_dbs').pluck().get()).toBe(0)
    expect(db.prepare("SELECT count(*) FROM record_hold WHERE subject_type = 'volunteer'").pluck().get()).toBe(0)
  })
})
