import { CabinetError } from '../errors'
import { brokenReferences } from './migrate'
import type { WritableDB } from './types'

/*
 * SQLite cannot change a table's CHECK (or most other constraints) in place: the table is rebuilt
 * by the 12-step procedure of https://sqlite.org/lang_altertable.html#otheralter. A migration
 * that widens a vocabulary calls rebuildTable with the new CREATE TABLE; this file does the rest:
 *
 *  1. foreign keys off (outside any transaction: SQLite ignores the pragma inside one);
 *  2. a transaction (a savepoint, when a migration's transaction is already open);
 *  3. remember the table's indexes and triggers, and the views that name it;
 *  4. create the new table under a temporary name;  5. copy the rows;  6. drop the old table;
 *  7. rename the new one (with legacy_alter_table on, so triggers of OTHER tables that mention the
 *     dropped table, such as medical_info's checks on consent, do not make the rename fail);
 *  8–9. recreate the indexes, triggers and views;
 *  10. foreign_key_check on the table and every table that refers to it;
 *  11. commit;  12. foreign keys back on.
 */

export interface RebuildTableSpec {
  /** The table to rebuild. */
  readonly table: string
  /** The new CREATE TABLE statement, creating the table under the name given (a temporary one). */
  readonly create: (name: string) => string
  /**
   * What each column of the new table is filled with, as a SQL expression over the old table's
   * columns. By default every column the two tables share is copied as it is; a new column not
   * listed here takes its default.
   */
  readonly copy?: Readonly<Record<string, string>>
  /**
   * The old table's indexes and triggers are recreated as they were. Name one here to recreate it
   * with new SQL instead, or give null to drop it; a name the old table did not have adds a new one.
   */
  readonly replaceObjects?: Readonly<Record<string, string | null>>
}

interface SchemaObject {
  type: string
  name: string
  sql: string
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Rebuild `spec.table` with a new definition, keeping its rows, indexes, triggers and references. Returns how many rows were copied. */
export function rebuildTable(db: WritableDB, spec: RebuildTableSpec): { rows: number } {
  const { table } = spec
  const fail = (code: 'internal' | 'conflict', message: string, cause?: unknown) =>
    new CabinetError(code, `Rebuilding table ${table}: ${message}`, cause === undefined ? undefined : { cause })
  if (!IDENTIFIER.test(table)) throw fail('internal', 'the name is not a plain SQL identifier.')
  const found = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string | undefined
  if (found === undefined) throw fail('internal', 'there is no such table.')
  if (/^CREATE VIRTUAL TABLE/i.test(found)) throw fail('internal', 'it is a virtual table (an index such as FTS5); drop and recreate it instead.')

  const foreignKeysOn = db.pragma('foreign_keys', { simple: true }) === 1
  if (db.inTransaction && foreignKeysOn) {
    throw fail(
      'internal',
      'called inside a transaction with foreign keys on. SQLite ignores PRAGMA foreign_keys inside a transaction, and dropping the old table would fire the ON DELETE actions of the tables that refer to it. Call it outside a transaction, or from a migration (migrate() turns foreign keys off around its transaction).',
    )
  }
  const steps = db.transaction(() => rebuildSteps(db, spec, fail))
  if (!foreignKeysOn) return steps()
  db.pragma('foreign_keys = OFF')
  try {
    return steps()
  } finally {
    db.pragma('foreign_keys = ON')
  }
}

function rebuildSteps(
  db: WritableDB,
  spec: RebuildTableSpec,
  fail: (code: 'internal' | 'conflict', message: string, cause?: unknown) => CabinetError,
): { rows: number } {
  const { table } = spec
  const temp = `${table}__rebuild`
  const objects = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid")
    .all(table) as SchemaObject[]
  const mentions = new RegExp(`\\b${table}\\b`)
  const views = (db.prepare("SELECT type, name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid").all() as SchemaObject[]).filter((v) =>
    mentions.test(v.sql),
  )

  try {
    db.exec(spec.create(temp))
  } catch (e) {
    throw fail('internal', `the new definition does not run: ${(e as Error).message}`, e)
  }
  if (db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(temp) !== 1) {
    throw fail('internal', `the new definition must create the table under the name it is given (${temp}).`)
  }

  const oldColumns = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[])
  const newColumns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(temp) as string[]
  for (const c of Object.keys(spec.copy ?? {}))
    if (!newColumns.includes(c)) throw fail('internal', `copy names column ${c}, which the new definition does not have.`)
  const filled = newColumns.filter((c) => spec.copy?.[c] !== undefined || oldColumns.has(c))
  const sources = filled.map((c) => spec.copy?.[c] ?? `"${c}"`)
  const before = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  try {
    db.exec(`INSERT INTO "${temp}" (${filled.map((c) => `"${c}"`).join(', ')}) SELECT ${sources.join(', ')} FROM "${table}"`)
  } catch (e) {
    throw fail(
      'conflict',
      `a row does not fit the new definition (${(e as Error).message}). Nothing was changed; correct or remove the row first, or loosen the new definition.`,
      e,
    )
  }

  for (const v of views) db.exec(`DROP VIEW "${v.name}"`)
  db.exec(`DROP TABLE "${table}"`)
  const legacy = db.pragma('legacy_alter_table', { simple: true }) as number
  db.pragma('legacy_alter_table = ON')
  try {
    db.exec(`ALTER TABLE "${temp}" RENAME TO "${table}"`)
  } finally {
    db.pragma(`legacy_alter_table = ${legacy ? 'ON' : 'OFF'}`)
  }

  const replace = spec.replaceObjects ?? {}
  const recreate = [
    ...objects.map((o) => (o.name in replace ? replace[o.name] : o.sql)),
    ...Object.entries(replace)
      .filter(([name]) => !objects.some((o) => o.name === name))
      .map(([, sql]) => sql),
    ...views.map((v) => v.sql),
  ]
  for (const sql of recreate) {
    if (sql === null) continue
    try {
      db.exec(sql)
    } catch (e) {
      throw fail('internal', `recreating "${sql.split('\n')[0]}" failed: ${(e as Error).message}. Give new SQL for it in replaceObjects.`, e)
    }
  }

  const referring = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).filter(
    (t) => (db.prepare('SELECT count(*) FROM pragma_foreign_key_list(?) WHERE "table" = ?').pluck().get(t, table) as number) > 0,
  )
  const broken = brokenReferences(db, [table, ...referring.filter((t) => t !== table)])
  if (broken) throw fail('conflict', `${broken}. Nothing was changed.`)
  const after = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  if (after !== before) throw fail('internal', `${before} rows went in but ${after} came out. Nothing was changed.`)
  return { rows: after }
}
