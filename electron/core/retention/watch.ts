import type { ReadableDB, WritableDB } from '../db/types'
import { ownClassTables, rowsSql, type OwnClassTable } from './gather'

/*
 * What tells the retention index (archive-index.ts) which tables changed since its last sweep.
 * Every table the sweep's SQL reads (found by SQLite itself: the tables and indexes the query
 * plan opens) gets temporary triggers on this connection that stamp the table with a new version
 * on every insert, update and delete. The stamps live in a temporary table, so a rolled-back
 * transaction takes its stamps back with its writes, and the index, which compares stamps for
 * equality, reads that table again. Versions come from a counter in this process that never
 * repeats, so a stamp once seen can never mean different data. Temporary objects live in memory
 * (temp_store=MEMORY), belong to this connection and go with it; writes by another connection
 * show in `PRAGMA data_version`, which the index also compares.
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

/** The tables a query reads, from the tables and indexes its plan opens. */
export function tablesRead(db: ReadableDB, sql: string): string[] {
  const roots = new Map(
    (db.prepare("SELECT rootpage, tbl_name FROM sqlite_master WHERE type IN ('table', 'index') AND rootpage > 0").raw().all() as [number, string][]).map(
      ([page, table]) => [page, table],
    ),
  )
  const plan = db.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p2: number; p3: number }[]
  const tables = new Set<string>()
  for (const step of plan) {
    if (step.opcode !== 'OpenRead' || step.p3 !== 0) continue
    const table = roots.get(step.p2)
    if (table === undefined) throw new Error(`The retention sweep's SQL opens page ${step.p2}, which is no table or index of the database.`)
    tables.add(table)
  }
  return [...tables].sort()
}

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/**
 * Watch this connection's writes to every table the sweep reads. Idempotent; run at login (the
 * connection is the session's for its lifetime). Tables that do not exist (an area's migration
 * not yet run) are left out, as the sweep leaves them out.
 */
export function watchArchive(db: WritableDB): Watch {
  const existing = watches.get(db)
  if (existing && watchIntact(db, existing)) return existing
  db.function(NEXT_VERSION, { deterministic: false, directOnly: false }, () => ++lastVersion)
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").pluck()
  const swept = ownClassTables().filter((t: OwnClassTable) => exists.get(t.table) !== undefined)
  const reads = new Map(swept.map((t) => [t.table, tablesRead(db, rowsSql(t))]))
  const watched = [...new Set([...reads.values()].flat())].sort()
  const triggers: string[] = []
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${WATCH_TABLE} (tbl TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID`)
  const stamp = db.prepare(`INSERT OR REPLACE INTO temp.${WATCH_TABLE} (tbl, version) VALUES (?, ${NEXT_VERSION}())`)
  for (const table of watched) {
    stamp.run(table)
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = `${WATCH_TABLE}_${table}_${event.toLowerCase()}`
      triggers.push(name)
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS ${quoted(name)} AFTER ${event} ON main.${quoted(table)} BEGIN ` +
          `UPDATE temp.${WATCH_TABLE} SET version = ${NEXT_VERSION}() WHERE tbl = '${table.replaceAll("'", "''")}'; END`,
      )
    }
  }
  const watch = { reads, triggers }
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
 * This connection's watch and every watched table's current version, or null where the
 * connection is not watched or its watch is no longer whole (created in a transaction that
 * rolled back): the sweep then reads everything afresh.
 */
export function watchedVersions(db: ReadableDB): { watch: Watch; versions: ReadonlyMap<string, number>; dataVersion: number } | null {
  const watch = watches.get(db)
  if (!watch || !watchIntact(db, watch)) return null
  const versions = new Map(db.prepare(`SELECT tbl, version FROM temp.${WATCH_TABLE}`).raw().all() as [string, number][])
  const dataVersion = db.prepare('PRAGMA data_version').pluck().get() as number
  return { watch, versions, dataVersion }
}
