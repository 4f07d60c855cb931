import type { ReadableDB, WritableDB } from '../db/types'
import { ownClassTables, rowsSql, type OwnClassTable } from './gather'

/*
 * What tells the retention index (archive-index.ts) which tables changed since its last sweep.
 * For every table with a record class of its own, SQLite's plan for the sweep's SQL names the
 * tables and columns it reads; temporary triggers on this connection stamp a new version, as
 * that table sees it, whenever a row is added to one of them or removed, or one of those columns
 * is updated. The stamps live in a temporary table, so a rolled-back transaction takes its stamps
 * back with its writes, and the index, which compares stamps for equality, reads again. Versions
 * come from a counter in this process that never repeats, so a stamp once seen can never mean
 * different data. Temporary objects live in memory (temp_store=MEMORY), belong to this
 * connection and go with it; writes by another connection show in `PRAGMA data_version`, which
 * the index also compares.
 */

const WATCH_TABLE = 'retention_watch'
const NEXT_VERSION = 'retention_watch_next'

/** What a connection's watch knows: the tables each swept table's SQL reads. */
export interface Watch {
  /** Swept table → the tables its class, trigger and subject SQL read (itself included). */
  readonly reads: ReadonlyMap<string, readonly string[]>
  /** The trigger names created, to check they are all still there. */
  readonly triggers: readonly string[]
}

const watches = new WeakMap<object, Watch>()
let lastVersion = 0

/** Each table a query reads, with the columns it reads of it (null: every column, where they cannot be told apart). */
export type ColumnsRead = Map<string, Set<string> | null>

/**
 * The tables and columns a query reads, from the plan SQLite makes for it: the tables and indexes
 * it opens, every column it takes from them, and every column of an index it opens (the index's
 * keys decide which rows it finds). Rowids are left out: a row's rowid changes only with its
 * primary key, which every watch includes.
 */
export function columnsRead(db: ReadableDB, sql: string): ColumnsRead {
  const roots = new Map(
    (
      db
        .prepare("SELECT rootpage, tbl_name, CASE type WHEN 'index' THEN name END, sql FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0")
        .raw()
        .all() as [number, string, string | null, string | null][]
    ).map(([page, table, index, definition]) => [page, { table, index, withoutRowid: index === null && /WITHOUT\s+ROWID/i.test(definition ?? '') }]),
  )
  const tableColumns = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid').pluck()
  const indexColumns = db.prepare('SELECT name FROM pragma_index_xinfo(?) ORDER BY seqno').pluck()
  const plan = db.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p1: number; p2: number; p3: number }[]
  const read: ColumnsRead = new Map()
  const cursors = new Map<number, { table: string; columns: (string | null)[] | null }>()
  const note = (table: string, column: string | null) => {
    const set = read.get(table)
    if (set && column !== null) set.add(column)
  }
  for (const step of plan) {
    if (step.opcode === 'OpenRead' && step.p3 === 0) {
      const root = roots.get(step.p2)
      if (root === undefined) throw new Error(`The retention sweep's SQL opens page ${step.p2}, which is no table or index of the database.`)
      if (!read.has(root.table)) read.set(root.table, new Set())
      if (root.withoutRowid) read.set(root.table, null)
      const columns = root.index ? (indexColumns.all(root.index) as (string | null)[]) : root.withoutRowid ? null : (tableColumns.all(root.table) as string[])
      if (root.index) for (const column of columns ?? []) note(root.table, column)
      cursors.set(step.p1, { table: root.table, columns })
    } else if (step.opcode === 'Column') {
      const cursor = cursors.get(step.p1)
      if (cursor?.columns) note(cursor.table, cursor.columns[step.p2] ?? null)
    }
  }
  return read
}

/** The tables a query reads (see columnsRead). */
export function tablesRead(db: ReadableDB, sql: string): string[] {
  return [...columnsRead(db, sql).keys()].sort()
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

const text = (value: string) => `'${value.replaceAll("'", "''")}'`

/**
 * Watch this connection's writes to every table the sweep reads. A table's version, as one
 * swept table sees it, moves when a row is added to it or removed, or when a column that
 * table's SQL reads (or its primary key) is updated: a family's phone number changes nothing the
 * sweep reads, a referral's closing date changes only the referrals' records. Idempotent; run at
 * login (the connection is the session's for its lifetime). Tables that do not exist (an area's
 * migration not yet run) are left out, as the sweep leaves them out.
 */
export function watchArchive(db: WritableDB): Watch {
  const existing = watches.get(db)
  if (existing && watchIntact(db, existing)) return existing
  db.function(NEXT_VERSION, { deterministic: false, directOnly: false }, () => ++lastVersion)
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck()
  const primaryKey = db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0').pluck()
  const swept = ownClassTables().filter((t: OwnClassTable) => exists.get(t.table) !== undefined)
  const reads = new Map(swept.map((t) => [t.table, columnsRead(db, rowsSql(t))]))
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${WATCH_TABLE} (reader TEXT NOT NULL, tbl TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (reader, tbl)) WITHOUT ROWID`,
  )
  const stamp = db.prepare(`INSERT OR REPLACE INTO temp.${WATCH_TABLE} (reader, tbl, version) VALUES (?, ?, ${NEXT_VERSION}())`)
  const triggers: string[] = []
  const trigger = (event: string, table: string, where: string) => {
    const name = `${WATCH_TABLE}_${triggers.length}`
    triggers.push(name)
    db.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS ${name} AFTER ${event} ON main.${quoted(table)} BEGIN ` +
        `UPDATE ${WATCH_TABLE} SET version = ${NEXT_VERSION}() WHERE ${where}; END`,
    )
  }
  const watched = new Set<string>()
  for (const [reader, columns] of reads) {
    for (const [table, read] of columns) {
      stamp.run(reader, table)
      watched.add(table)
      const cols = read === null ? null : [...new Set([...read, ...(primaryKey.all(table) as string[])])].sort()
      trigger(cols === null ? 'UPDATE' : `UPDATE OF ${cols.map(quoted).join(', ')}`, table, `reader = ${text(reader)} AND tbl = ${text(table)}`)
    }
  }
  for (const table of [...watched].sort()) for (const event of ['INSERT', 'DELETE']) trigger(event, table, `tbl = ${text(table)}`)
  const watch = { reads: new Map([...reads].map(([reader, columns]) => [reader, [...columns.keys()].sort()])), triggers }
  watches.set(db, watch)
  return watch
}

function watchIntact(db: ReadableDB, watch: Watch): boolean {
  const present = db
    .prepare("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'retention\\_watch\\_%' ESCAPE '\\'")
    .pluck()
    .get() as number
  return present === watch.triggers.length
}

/**
 * This connection's watch and the version of every table each swept table reads (keyed
 * `reader|table`), or null where the connection is not watched or its watch is no longer whole
 * (created in a transaction that rolled back): the sweep then reads everything afresh.
 */
export function watchedVersions(db: ReadableDB): { watch: Watch; versions: ReadonlyMap<string, number>; dataVersion: number } | null {
  const watch = watches.get(db)
  if (!watch || !watchIntact(db, watch)) return null
  const versions = new Map(
    (db.prepare(`SELECT reader, tbl, version FROM temp.${WATCH_TABLE}`).raw().all() as [string, string, number][]).map(([reader, table, version]) => [
      `${reader}|${table}`,
      version,
    ]),
  )
  const dataVersion = db.prepare('PRAGMA data_version').pluck().get() as number
  return { watch, versions, dataVersion }
}
