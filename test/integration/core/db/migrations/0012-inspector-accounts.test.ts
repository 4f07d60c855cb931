import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import { coreDataMap } from '../../../../../electron/core/db/migrations/0001-core.data'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'

const VERSION = MIGRATIONS.findIndex((m) => m.name === 'inspector-accounts') + 1
const BEFORE = MIGRATIONS.filter((m) => m.version < 12)
const UP_TO = MIGRATIONS.filter((m) => m.version <= 12)

describe('migration 0012 inspector-accounts (P19: NACCC inspectors get their own short-lived login)', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), BEFORE))
  })
  afterEach(() => db.close())

  const all = (sql: string) => db.prepare(sql).all()
  const addUser = (username: string, role: string, expiresOn?: string | null) =>
    expiresOn === undefined
      ? db.prepare("INSERT INTO users (username, display_name, role, created_at, created_by) VALUES (?, 'N', ?, 'now', ?)").run(username, role, userId)
      : db
          .prepare("INSERT INTO users (username, display_name, role, created_at, created_by, expires_on) VALUES (?, 'N', ?, 'now', ?, ?)")
          .run(username, role, userId, expiresOn)

  it('P19: upgrades a schema 11 database keeping every user and every reference to one, and admits an inspector with an end date', () => {
    addUser('sam', 'volunteer')
    db.prepare("UPDATE users SET disabled_at = 'then', confidentiality_ack_at = 'ack' WHERE username = 'sam'").run()
    db.prepare(
      `INSERT INTO volunteers (kind, given_name, family_name, started_on, created_at, created_by, updated_at)
       VALUES ('volunteer', 'Gwen', 'Pryce', '2024-01-10', 'now', ?, 'now')`,
    ).run(userId)
    const before = all('SELECT * FROM users ORDER BY id')
    expect(() => addUser('ines', 'inspector')).toThrow(/CHECK/)

    expect(VERSION).toBe(12)
    expect(migrate(db, UP_TO)).toEqual({ from: 11, to: 12 })
    expect(schemaVersion(db)).toBe(12)
    expect(all('SELECT * FROM users ORDER BY id')).toEqual(before.map((u) => ({ ...(u as object), expires_on: null })))
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'users'").pluck().get()).toBe(1)
    expect(db.prepare('SELECT count(*) FROM pragma_index_list(\'users\') WHERE "unique" = 1').pluck().get()).toBe(1)

    addUser('ines', 'inspector', '2026-06-02')
    expect(db.prepare("SELECT role, expires_on FROM users WHERE username = 'ines'").get()).toEqual({ role: 'inspector', expires_on: '2026-06-02' })
    expect(() => addUser('INES', 'volunteer')).toThrow(/UNIQUE/)
    expect(db.prepare('SELECT created_by FROM volunteers').pluck().get()).toBe(userId)
    expect(() => db.prepare('UPDATE volunteers SET created_by = 999').run()).toThrow(/FOREIGN KEY/)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('P19: an inspector account must end (it has an end date), the date is a date, and no other role is admitted', () => {
    migrate(db, UP_TO)
    expect(() => addUser('ines', 'inspector', null)).toThrow(/CHECK/)
    expect(() => addUser('ines', 'inspector', 'next week')).toThrow(/CHECK/)
    expect(() => addUser('ines', 'auditor', '2026-06-02')).toThrow(/CHECK/)
    addUser('sam', 'volunteer', '2026-09-30')
    addUser('sian', 'coordinator')
    expect(all("SELECT username, expires_on FROM users WHERE username IN ('sam', 'sian') ORDER BY username")).toEqual([
      { username: 'sam', expires_on: '2026-09-30' },
      { username: 'sian', expires_on: null },
    ])
  })

  it('P16, P19: a login’s retention clock (the data map’s trigger) starts when it is disabled, or on its last day', () => {
    migrate(db, UP_TO)
    addUser('ines', 'inspector', '2026-06-02')
    addUser('sam', 'volunteer')
    addUser('gone', 'inspector', '2026-06-30')
    db.prepare("UPDATE users SET disabled_at = '2026-06-01T09:00:00.000Z' WHERE username = 'gone'").run()
    const users = coreDataMap.tables.find((t) => t.table === 'users')!
    const trigger = 'trigger' in users && users.trigger ? users.trigger.sql : ''
    expect(all(`SELECT username, ${trigger} AS starts FROM users WHERE username IN ('ines', 'sam', 'gone') ORDER BY username`)).toEqual([
      { username: 'gone', starts: '2026-06-01' },
      { username: 'ines', starts: '2026-06-02' },
      { username: 'sam', starts: null },
    ])
  })
})
