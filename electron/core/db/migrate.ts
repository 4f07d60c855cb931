import { CabinetError } from '../errors'
import type { WritableDB } from './types'

/** One migration per schema version (Signal Desktop's pattern); each has its own test. */
export interface Migration {
  readonly version: number
  readonly name: string
  up(db: WritableDB): void
}

export function schemaVersion(db: WritableDB): number {
  return db.pragma('user_version', { simple: true }) as number
}

/**
 * Apply every pending migration in ONE transaction, bumping `user_version` as it goes. A
 * failure rolls the whole lot back, so the database stays at its old version. A database from
 * a newer Cabinet is refused before anything is touched.
 *
 * Foreign keys are turned off around the transaction (SQLite ignores the pragma inside one), as
 * the table-rebuild procedure needs (rebuild-table.ts: dropping the old table must not fire ON
 * DELETE actions); instead every reference is checked with foreign_key_check before the commit,
 * and the setting is put back whatever happens.
 */
export function migrate(db: WritableDB, migrations: readonly Migration[]): { from: number; to: number } {
  const sorted = [...migrations].sort((a, b) => a.version - b.version)
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1..n without gaps; found ${m.version} at position ${i + 1}`)
  })
  const latest = sorted.length
  const from = schemaVersion(db)
  if (from > latest) {
    throw new CabinetError(
      'newer_version',
      `This data folder was written by a newer version of Cabinet (schema ${from}; this version understands up to ${latest}). Install the newer Cabinet to open it.`,
    )
  }
  if (from === latest) return { from, to: from }
  const run = db.transaction(() => {
    for (const m of sorted.slice(from)) {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    }
    const broken = brokenReferences(db)
    if (broken) throw new Error(broken)
  })
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1
  if (foreignKeysWereOn) db.pragma('foreign_keys = OFF')
  try {
    run()
  } catch (e) {
    throw new CabinetError('damaged', `Updating the database from schema ${from} to ${latest} failed, and nothing was changed: ${(e as Error).message}`, {
      cause: e,
    })
  } finally {
    if (foreignKeysWereOn) db.pragma('foreign_keys = ON')
  }
  return { from, to: latest }
}

interface ForeignKeyViolation {
  table: string
  rowid: number | null
  parent: string
}

/**
 * A sentence describing the rows whose foreign keys point nowhere (in `tables` only, when given),
 * or undefined when every reference holds.
 */
export function brokenReferences(db: WritableDB, tables?: readonly string[]): string | undefined {
  const rows = (tables ?? [undefined]).flatMap(
    (t) => (t === undefined ? db.pragma('foreign_key_check') : db.prepare('SELECT * FROM pragma_foreign_key_check(?)').all(t)) as ForeignKeyViolation[],
  )
  if (rows.length === 0) return undefined
  const first = rows[0]
  return `${rows.length} row(s) refer to rows that do not exist, first ${first.table} row ${first.rowid ?? '(no rowid)'} to a missing ${first.parent} row`
}
