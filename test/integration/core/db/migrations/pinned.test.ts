import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../../electron/core/db/connection'
import type { Migration } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'

/**
 * SHA-256 of the SQL each shipped migration runs. A database in the field has already run these
 * statements, so changing one would leave old and new databases with different schemas under the
 * same version number. Hashing the SQL (not the module source) lets the code around it be
 * reformatted; changing a statement, even a comment inside it, fails.
 */
const SHIPPED: Record<string, string> = {
  '0001-core': 'a64c3fa91657411f887352535793e073f9c6791ac14303489cd880a774a5d1d9',
  '0002-families': 'f36d521c5dc808babc50f20961ade731a6d34f52fa19a1f5ff21a19034905b37',
  '0003-vault': '33f505d7472f92632aa07d20e6af3a5cc28d9b11a9514ee4a7e6cf30d4ce2d3c',
  '0004-folded-keys': '028ffd45c3e2c5f3a3966290d183f9e391bd7ffabe13da2ed05c921f5e712002',
  '0005-holds': '7009fe23bb20469184d0ce7c4f2153b73bffd9978840fcaff9a1795716abd83c',
  '0006-volunteers': 'ae28e680fc779c6014c6d88478fcb91f467d9c3f67f8c76d819b41135767be87',
  '0007-sessions': 'a09feddf3652986fe6da6357dba4ebadafebf29a0e4f80734f91e3852bed0cf1',
  '0008-safeguarding': '8eb7ffbebd5a873933717c30eeff1280f4efae87a314839ab10cce6869476dae',
  '0009-retention': '335beeff4143da5eda32a23d0619d0c0b674fe9140df37f51ccfbd4e64c9e67e',
  '0010-delete-cascades': '28857141a2917492f1c208994f59272418f5a593bdec3edc102d3880927e30c0',
  '0011-search-prefixes': 'ba9e7c9dff52a76e83db7e7b595f36496bc60dd7915d0e692a37ce8346c859a6',
  '0012-inspector-accounts': '4256a04a88d117137dc8da047bd3c8f0764e5e4ad35778b567c53e4bda587608',
}

const tempDir = useTempDirs()
const label = (m: Migration) => `${String(m.version).padStart(4, '0')}-${m.name}`

/** Everything a migration sends to SQLite (statements, their parameters, pragmas), in order. */
function recordedSql(db: WritableDB, m: Migration): string {
  const calls: unknown[] = []
  const statementProxy = (sql: string, statement: object) =>
    new Proxy(statement, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target)
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (['run', 'get', 'all', 'iterate'].includes(String(prop))) calls.push([String(prop), sql, args])
          const result = value.apply(target, args)
          return result === target ? statementProxy(sql, target) : result
        }
      },
    })
  const recording = new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        if (prop === 'exec' || prop === 'pragma') calls.push([prop, ...args])
        const result = value.apply(target, args)
        return prop === 'prepare' ? statementProxy(String(args[0]), result) : result
      }
    },
  }) as WritableDB
  // As migrate() runs it: foreign keys off around the transaction, which a table rebuild needs.
  db.pragma('foreign_keys = OFF')
  try {
    db.transaction(() => m.up(recording))()
  } finally {
    db.pragma('foreign_keys = ON')
  }
  db.pragma(`user_version = ${m.version}`)
  return createHash('sha256').update(JSON.stringify(calls)).digest('hex')
}

/** What is wrong with a list of migrations against SHIPPED, one sentence each. */
function pinProblems(migrations: readonly Migration[]): string[] {
  const db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
  try {
    const next = String(migrations.length + 1).padStart(4, '0')
    const problems: string[] = []
    for (const m of migrations) {
      const name = label(m)
      const hash = recordedSql(db, m)
      const pinned = SHIPPED[name]
      if (pinned === undefined) {
        problems.push(
          `Migration ${name} is not pinned. Once it is final, add '${name}': '${hash}' to SHIPPED in test/integration/core/db/migrations/pinned.test.ts.`,
        )
      } else if (pinned !== hash) {
        problems.push(
          `Migration ${name} has changed since it shipped (its SQL now hashes to ${hash}, not ${pinned}): never edit a shipped migration; add NNNN+1 (${next}-<name>.ts) with the change instead, and put ${name} back as it was.`,
        )
      }
    }
    for (const name of Object.keys(SHIPPED)) {
      if (!migrations.some((m) => label(m) === name))
        problems.push(`Migration ${name} shipped but is no longer in MIGRATIONS: never remove a shipped migration.`)
    }
    return problems
  } finally {
    db.close()
  }
}

describe('shipped migrations are pinned', () => {
  it('each migration runs exactly the SQL it shipped with', () => {
    expect(pinProblems(MIGRATIONS)).toEqual([])
  })

  it('editing a shipped migration, or adding one without pinning it, fails with what to do instead', () => {
    const [core, families, vault, ...later] = MIGRATIONS
    const edited: Migration = {
      ...vault,
      up: (db) => vault.up(Object.assign(Object.create(db), { exec: (sql: string) => db.exec(sql.replace("'other')", "'other', 'dbs_certificate')")) })),
    }
    const next = MIGRATIONS.length + 1
    const nextLabel = `${String(next).padStart(4, '0')}-example`
    const added: Migration = { version: next, name: 'example', up: (db) => db.exec('CREATE TABLE example_day (id INTEGER PRIMARY KEY) STRICT') }
    const problems = pinProblems([core, families, edited, ...later, added])
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Migration 0003-vault has changed since it shipped \\(its SQL now hashes to [0-9a-f]{64}, not 33f505d7.*\\): never edit a shipped migration; add NNNN\\+1 \\(${String(next + 1).padStart(4, '0')}-<name>\\.ts\\)`,
        ),
      ),
      expect.stringMatching(new RegExp(`^Migration ${nextLabel} is not pinned\\. Once it is final, add '${nextLabel}': '[0-9a-f]{64}' to SHIPPED`)),
    ])
  })
})
