import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'

describe('migration 0009 retention', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  beforeEach(() => {
    db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
    migrate(db, MIGRATIONS.slice(0, 8))
    db.exec("INSERT INTO users (id, username, display_name, role, created_at) VALUES (1, 'c', 'C', 'coordinator', 'now')")
    migrate(db, MIGRATIONS.slice(0, 9))
  })
  afterEach(() => db.close())

  it('adds the schedule, deferrals, the destruction register and policy reviews to an existing Cabinet', () => {
    expect(schemaVersion(db)).toBe(9)
    db.exec(`INSERT INTO retention_schedule (preset, schedule, note, created_at, created_by) VALUES ('ww', '{}', 'First', 'now', 1)`)
    expect(() => db.exec(`INSERT INTO retention_schedule (preset, schedule, note, created_at, created_by) VALUES ('xx', '{}', 'x', 'now', 1)`)).toThrow(/CHECK/)
  })

  it('P17: the destruction register is only ever added to', () => {
    db.exec(`INSERT INTO retention_schedule (preset, schedule, note, created_at, created_by) VALUES ('ww', '{}', 'First', 'now', 1);
      INSERT INTO retention_disposal (id, disposed_at, as_of, schedule_version, authorised_by) VALUES (1, 'now', '2026-01-01', 1, 1);
      INSERT INTO retention_disposal_entry (disposal_id, record_class, subject_type, record_count, refs, rule) VALUES (1, 'referral.self', 'family', 2, '["referral#1"]', 'r')`)
    expect(() => db.exec('DELETE FROM retention_disposal_entry')).toThrow(/only ever added to/)
    expect(() => db.exec('UPDATE retention_disposal SET as_of = 1')).toThrow(/only ever added to/)
    expect(() => db.exec('DELETE FROM retention_disposal')).toThrow(/only ever added to/)
  })

  it('a deferral goes with its family', () => {
    db.exec(`INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES (3, 'F', 'f', 'n', 'n');
      INSERT INTO retention_deferral (subject_type, subject_id, record_class, until_on, reason, set_at, set_by) VALUES ('family', 3, 'family', '2027-01-01', 'Court', 'now', 1)`)
    db.exec('DELETE FROM family WHERE id = 3')
    expect(db.prepare('SELECT count(*) FROM retention_deferral').pluck().get()).toBe(0)
  })
})
