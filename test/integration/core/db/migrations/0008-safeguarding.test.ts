import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'
import { seedRecords } from '../../vault/vault-fixture'

const VERSION = MIGRATIONS.findIndex((m) => m.name === 'safeguarding') + 1
const BEFORE = MIGRATIONS.slice(0, VERSION - 1)
const UP_TO = MIGRATIONS.slice(0, VERSION)

describe('migration safeguarding (concerns, accident book, complaints, feedback)', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), BEFORE))
  })
  afterEach(() => db.close())

  const concern = (familyId: number) =>
    db
      .prepare(
        `INSERT INTO safeguarding_concern (family_id, occurred_on, account, raised_at, raised_by, updated_at)
         VALUES (?, '2026-03-14', 'What I saw', '2026-03-14T10:00:00Z', ?, 'now') RETURNING id`,
      )
      .get(familyId, userId) as { id: number }

  it('upgrades a database with its families intact, adding strict tables', () => {
    const { familyId } = seedRecords(db, userId)
    expect(migrate(db, UP_TO)).toEqual({ from: VERSION - 1, to: VERSION })
    expect(schemaVersion(db)).toBe(VERSION)
    expect(db.prepare('SELECT count(*) AS n FROM family WHERE id = ?').get(familyId)).toEqual({ n: 1 })
    for (const t of [
      'safeguarding_concern',
      'safeguarding_addendum',
      'safeguarding_referral',
      'accident',
      'complaint',
      'complaint_note',
      'feedback_response',
    ]) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(t), t).toEqual({ strict: 1 })
    }
  })

  it('keeps the raiser’s account as written, and refuses a closed concern without its date', () => {
    migrate(db, UP_TO)
    const { familyId } = seedRecords(db, userId)
    const { id } = concern(familyId)
    expect(() => db.prepare("UPDATE safeguarding_concern SET account = 'Edited' WHERE id = ?").run(id)).toThrow(/first account is kept as written/)
    expect(() => db.prepare("UPDATE safeguarding_concern SET status = 'closed' WHERE id = ?").run(id)).toThrow(/CHECK/)
    db.prepare("UPDATE safeguarding_concern SET status = 'closed', closed_on = '2026-04-01', updated_at = 'later' WHERE id = ?").run(id)
  })

  it('refuses an accident naming both a family’s person and a name, and a referral saying both who was told and why not', () => {
    migrate(db, UP_TO)
    const { familyId, personId } = seedRecords(db, userId)
    const accident = (kind: string, person: number | null, name: string | null) =>
      db
        .prepare(
          `INSERT INTO accident (occurred_on, location, injured_kind, person_id, injured_name, what_happened, injury, recorded_at, recorded_by, updated_at)
           VALUES ('2026-03-14', 'Garden', ?, ?, ?, 'Fell', 'Graze', 'now', ?, 'now')`,
        )
        .run(kind, person, name, userId)
    expect(() => accident('adult', personId, 'Someone')).toThrow(/CHECK/)
    expect(() => accident('visitor', null, null)).toThrow(/CHECK/)
    accident('visitor', null, 'A visitor')
    const { id } = concern(familyId)
    expect(() =>
      db
        .prepare(
          `INSERT INTO safeguarding_referral (concern_id, agency, referred_on, to_whom, person_told, not_told_reason, recorded_at, recorded_by)
           VALUES (?, 'police', '2026-03-14', 'Duty officer', 'Mother', 'Risk', 'now', ?)`,
        )
        .run(id, userId),
    ).toThrow(/CHECK/)
  })

  it('P05: feedback has no column that could link it to a person, family, session or user', () => {
    migrate(db, UP_TO)
    const columns = db.prepare("SELECT name FROM pragma_table_info('feedback_response')").pluck().all()
    expect(columns).toEqual(['id', 'context', 'given_on', 'via', 'answers', 'comments'])
    expect(db.prepare("SELECT count(*) FROM pragma_foreign_key_list('feedback_response')").pluck().get()).toBe(0)
  })
})
