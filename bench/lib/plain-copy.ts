import { closeSync, openSync, readSync } from 'node:fs'
import Plain from 'better-sqlite3'
import Ciphers from 'better-sqlite3-multiple-ciphers'
import type { ReadableDB, WritableDB } from '../../electron/core/db/types'
import { applyStorePragmas } from '../../electron/core/db/connection'

/**
 * An unencrypted copy of an open Cabinet database, for the store bench's baselines: the same
 * schema and the same rows in a file plain `better-sqlite3` reads. sqlite3mc has no `sqlcipher_export`,
 * and its `VACUUM INTO` writes the copy encrypted with the source's key, so the copy is made
 * the long way: the schema from sqlite_master, then every table's rows (rowids kept, so the FTS
 * index's rowid = family.id still holds), then indexes and triggers after the data.
 */

interface TableInfo {
  name: string
  type: 'table' | 'virtual' | 'shadow' | 'view'
  wr: 0 | 1
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * An unencrypted database with the same connection settings as electron/core/db/connection.ts,
 * minus the key: by plain better-sqlite3 (the client's baseline), or by the store's own engine,
 * better-sqlite3-multiple-ciphers, given no key (which separates the cipher's cost from the
 * differences between the two libraries' SQLite versions). Typed as the core's handle so the
 * real core functions run on it.
 */
export function openUnencrypted(file: string, engine: 'better-sqlite3' | 'better-sqlite3-multiple-ciphers'): WritableDB {
  const db = engine === 'better-sqlite3' ? new Plain(file) : new Ciphers(file)
  if (!hasPlainHeader(file)) throw new Error(`${file} is not a plain SQLite file`)
  applyStorePragmas(db)
  return db as unknown as WritableDB
}

/**
 * Copy `source` into a new plain file (closed again when this returns). Returns the rows per
 * table (FTS5 tables included, their shadow tables not), checked equal on both sides. `source`
 * is only read, but through pragmas, which a ReadableDB does not offer (a pragma can write).
 */
export function copyToPlain(source: WritableDB, file: string): Record<string, number> {
  const db = new Plain(file)
  // Same page size as the source (SQLCipher 4 uses 4096), set before the first page is written.
  db.pragma(`page_size = ${Number(source.pragma('page_size', { simple: true }))}`)
  db.pragma('journal_mode = WAL')
  // Rows arrive in table order, not dependency order (person.lives_with_person_id points at
  // person); the whole copy is checked with foreign_key_check afterwards instead.
  db.pragma('foreign_keys = OFF')

  const tables = (source.pragma('table_list') as (TableInfo & { schema: string })[]).filter(
    (t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_'),
  )
  const wanted = new Set(tables.map((t) => t.name))
  const objects = source.prepare('SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid').all() as {
    type: string
    name: string
    sql: string
  }[]

  const rowCounts: Record<string, number> = {}
  db.transaction(() => {
    // Creating a virtual table creates its shadow tables, so those are never copied by hand.
    for (const o of objects) if (o.type === 'table' && wanted.has(o.name)) db.exec(o.sql)
    for (const t of tables) rowCounts[t.name] = copyRows(source, db, t)
    if (objects.some((o) => o.name === 'sqlite_sequence')) {
      const insert = db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)')
      for (const r of source.prepare('SELECT name, seq FROM sqlite_sequence').raw().iterate() as Iterable<[string, number]>) insert.run(...r)
    }
    for (const o of objects) if (o.type === 'index' || o.type === 'trigger' || o.type === 'view') db.exec(o.sql)
    db.pragma(`user_version = ${Number(source.pragma('user_version', { simple: true }))}`)
  })()
  // Planner statistics, if the source has any, so both sides choose the same query plans.
  if (objects.some((o) => o.name === 'sqlite_stat1')) db.exec('ANALYZE')

  verifyCopy(source, db, file, tables, rowCounts)
  db.close()
  return rowCounts
}

function copyRows(source: WritableDB, db: Plain.Database, t: TableInfo): number {
  // table_xinfo's hidden = 0: real columns only (not generated columns, not FTS5's hidden ones).
  const columns = (source.pragma(`table_xinfo(${quote(t.name)})`) as { name: string; hidden: number }[]).filter((c) => c.hidden === 0).map((c) => quote(c.name))
  const keep = t.wr === 1 ? [] : ['rowid']
  const list = [...keep, ...columns].join(', ')
  const insert = db.prepare(`INSERT INTO ${quote(t.name)} (${list}) VALUES (${[...keep, ...columns].map(() => '?').join(', ')})`)
  let n = 0
  for (const row of source
    .prepare(`SELECT ${list} FROM ${quote(t.name)}`)
    .raw()
    .iterate() as Iterable<unknown[]>) {
    insert.run(...row)
    n++
  }
  return n
}

function verifyCopy(source: ReadableDB, db: Plain.Database, file: string, tables: TableInfo[], rowCounts: Record<string, number>): void {
  for (const t of tables) {
    const theirs = source
      .prepare(`SELECT count(*) FROM ${quote(t.name)}`)
      .pluck()
      .get() as number
    const ours = db
      .prepare(`SELECT count(*) FROM ${quote(t.name)}`)
      .pluck()
      .get() as number
    if (theirs !== ours || ours !== rowCounts[t.name]) throw new Error(`plain copy of ${t.name}: ${ours} rows, the encrypted database has ${theirs}`)
    // An FTS5 table's own consistency check: the copied index answers as the original does.
    if (t.type === 'virtual') db.prepare(`INSERT INTO ${quote(t.name)} (${quote(t.name)}) VALUES ('integrity-check')`).run()
  }
  const broken = db.pragma('foreign_key_check') as unknown[]
  if (broken.length > 0) throw new Error(`plain copy has ${broken.length} foreign key violations`)
  const check = db.pragma('quick_check', { simple: true })
  if (check !== 'ok') throw new Error(`plain copy failed quick_check: ${String(check)}`)
  db.pragma('wal_checkpoint(TRUNCATE)')
  if (!hasPlainHeader(file)) throw new Error(`${file} does not start with the plain SQLite header: it was written encrypted`)
}

/** A plain SQLite file starts "SQLite format 3\0"; an SQLCipher one starts with its random salt. */
export function hasPlainHeader(file: string): boolean {
  const header = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, header, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  return header.toString('latin1') === 'SQLite format 3\0'
}
