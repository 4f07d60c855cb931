import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { migrate, schemaVersion, type Migration } from '../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../electron/core/db/types'
import { CabinetError } from '../../../../electron/core/errors'
import { useTempDirs } from '../../../helpers/temp-dir'

const table = (version: number, name: string): Migration => ({
  version,
  name,
  up: (db) => db.exec(`CREATE TABLE ${name} (id INTEGER PRIMARY KEY) STRICT`),
})

const failing = (version: number): Migration => ({
  version,
  name: 'broken',
  up: (db) => {
    db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT')
    throw new Error('step exploded')
  },
})

describe('migrate', () => {
  const tempDir = useTempDirs()
  const open: WritableDB[] = []
  afterEach(() => {
    for (const db of open.splice(0)) db.close()
  })

  function freshDb(): { db: WritableDB; file: string; key: Buffer } {
    const file = join(tempDir(), 'cabinet.db')
    const key = randomBytes(32)
    const db = openEncryptedDatabase(file, key, { create: true })
    open.push(db)
    return { db, file, key }
  }

  const tables = (db: WritableDB) =>
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    )

  it('brings a fresh database to the latest version and sets user_version', () => {
    const { db } = freshDb()
    expect(schemaVersion(db)).toBe(0)
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length })
    expect(schemaVersion(db)).toBe(MIGRATIONS.length)
    expect(tables(db)).toEqual(expect.arrayContaining(['audit_head', 'audit_log', 'settings', 'users']))
    // A second run has nothing to do.
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length })
  })

  it('runs only the pending steps, in version order whatever the list order', () => {
    const { db } = freshDb()
    migrate(db, [table(1, 'one')])
    expect(migrate(db, [table(3, 'three'), table(1, 'one'), table(2, 'two')])).toEqual({ from: 1, to: 3 })
    expect(tables(db)).toEqual(['one', 'three', 'two'])
    expect(schemaVersion(db)).toBe(3)
  })

  it('applies all pending steps in one transaction: a failing step N leaves version and schema as they were', () => {
    const { db } = freshDb()
    migrate(db, [table(1, 'one')])
    let error: unknown
    try {
      migrate(db, [table(1, 'one'), table(2, 'two'), failing(3), table(4, 'four')])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CabinetError)
    expect((error as CabinetError).code).toBe('damaged')
    expect((error as CabinetError).message).toMatch(/from schema 1 to 4 failed, and nothing was changed: step exploded/)
    expect(schemaVersion(db)).toBe(1)
    expect(tables(db)).toEqual(['one'])
  })

  it('refuses a database from a newer Cabinet with newer_version, touching nothing', () => {
    const { db, file, key } = freshDb()
    migrate(db, MIGRATIONS)
    db.pragma('user_version = 999')
    db.close()
    open.splice(0)
    const before = readFileSync(file)

    const again = openEncryptedDatabase(file, key)
    open.push(again)
    let error: unknown
    try {
      migrate(again, MIGRATIONS)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CabinetError)
    expect((error as CabinetError).code).toBe('newer_version')
    expect((error as CabinetError).message).toBe(
      `This data folder was written by a newer version of Cabinet (schema 999; this version understands up to ${MIGRATIONS.length}). Install the newer Cabinet to open it.`,
    )
    expect(schemaVersion(again)).toBe(999)
    again.close()
    open.splice(0)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('throws on gaps or duplicates in the numbering before touching the database', () => {
    const { db } = freshDb()
    expect(() => migrate(db, [table(1, 'one'), table(3, 'three')])).toThrow(/numbered 1..n without gaps; found 3 at position 2/)
    expect(() => migrate(db, [table(2, 'two')])).toThrow(/found 2 at position 1/)
    expect(() => migrate(db, [table(1, 'one'), table(1, 'again')])).toThrow(/found 1 at position 2/)
    expect(schemaVersion(db)).toBe(0)
    expect(tables(db)).toEqual([])
  })

  it('numbers the real migration list 1..n', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })
})
