import type { ReadableDB } from '../db/types'
import { subjectOfRowSql } from './links'
import { recordClasses } from './record-classes'
import type { AreaDataMap, FollowsParent, PersonalTable, TableDeclaration } from './types'

/*
 * Compares the personal-data map with a live schema, so neither can drift: a table the schema has
 * and no area declares, a declared table or column that does not exist, a SQL fragment that does
 * not compile, or a CHECK list that differs from its vocabulary. Read-only; it returns the
 * problems, each naming the area and table, rather than stopping at the first.
 */

/** The tables a database has, leaving out SQLite's own and the shadow tables behind FTS5 indexes. */
export function schemaTables(db: ReadableDB): string[] {
  const rows = db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name").all() as { name: string; type: string }[]
  return rows.filter((r) => r.type !== 'shadow' && !r.name.startsWith('sqlite_')).map((r) => r.name)
}

export function checkDataMapAgainstSchema(db: ReadableDB, areas: readonly AreaDataMap[]): string[] {
  const problems: string[] = []
  const inSchema = new Set(schemaTables(db))
  const declaredBy = new Map<string, string>()
  for (const area of areas) {
    for (const t of area.tables) {
      const where = `${area.area} data map, table ${t.table}`
      const earlier = declaredBy.get(t.table)
      if (earlier) problems.push(`${where}: already declared by the ${earlier} area; declare each table once.`)
      declaredBy.set(t.table, area.area)
      if (!inSchema.has(t.table)) {
        problems.push(`${where}: the schema has no such table; remove it from the map or fix the name.`)
        continue
      }
      const columns = columnsOf(db, t.table)
      if (t.personal) checkPersonal(db, t, columns, areas, (p) => problems.push(`${where}: ${p}`))
      checkVocabularies(db, t, columns, (p) => problems.push(`${where}: ${p}`))
    }
  }
  for (const table of inSchema) {
    if (!declaredBy.has(table)) {
      problems.push(
        `Table ${table} is in the schema but in no area's data map: declare it in electron/core/db/migrations/NNNN-<area>.data.ts beside the migration that creates it (personal: false with a reason if it holds no personal data).`,
      )
    }
  }
  return problems
}

function columnsOf(db: ReadableDB, table: string): Set<string> {
  const names = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]
  return new Set(names)
}

/** Whether SQL compiles and runs against the table (read-only: a SELECT), or SQLite's message. */
function sqlError(db: ReadableDB, sql: string, params: Record<string, number> = {}): string | undefined {
  try {
    db.prepare(sql).all(params)
    return undefined
  } catch (e) {
    return (e as Error).message
  }
}

function checkPersonal(db: ReadableDB, t: PersonalTable, columns: Set<string>, areas: readonly AreaDataMap[], report: (problem: string) => void): void {
  const q = `"${t.table}"`
  const missing = (cols: readonly string[], what: string) => {
    for (const c of cols) if (!columns.has(c)) report(`${what} names column ${c}, which the table does not have.`)
  }
  if (!t.links.some((l) => l.subject === t.about)) report(`it is about a ${t.about} but has no link for one; add a link saying how a row finds its ${t.about}.`)
  for (const link of t.links) {
    const what = `the ${link.subject} link`
    if (!link.where.includes(':subjectId')) report(`${what} never uses :subjectId, so it cannot find one subject's rows.`)
    const err = sqlError(db, `SELECT count(*) FROM ${q} WHERE (${link.where})`, { subjectId: 1 })
    if (err) report(`${what}'s where clause does not run: ${err}`)
    if (link.subject === 'family') continue
    const { erasure, subjectAccess } = link
    if (erasure.action === 'set-columns') {
      missing(Object.keys(erasure.set), `${what}'s erasure`)
      for (const [col, expr] of Object.entries(erasure.set)) {
        const e = sqlError(db, `SELECT (${expr}) FROM ${q} WHERE (${link.where})`, { subjectId: 1 })
        if (e) report(`${what}'s erasure sets ${col} to an expression that does not run: ${e}`)
      }
    }
    if (subjectAccess.take !== 'none' && subjectAccess.take !== 'all') missing(subjectAccess.take, `${what}'s subject access`)
  }
  const r = t.retention
  const ownClass = typeof r === 'string' || 'classes' in r
  if (ownClass && !t.trigger) {
    report(
      'it has a record class of its own but no trigger; declare trigger: { sql, event } giving the date its retention period starts (NULL while it has not).',
    )
  } else if (!ownClass && t.trigger) {
    report(`it follows ${(r as { follows: string }).follows}, whose trigger it shares; remove its own trigger.`)
  }
  if (ownClass) {
    // The retention sweep reads such a table in one pass, finding each row's family or volunteer by the link's subjectOfRow.
    for (const link of t.links.filter((l) => l.subject === 'family' || l.subject === 'volunteer')) {
      const sql = subjectOfRowSql(link)
      if (sql === undefined) {
        report(
          `the ${link.subject} link is not "<column> = :subjectId", so it must declare subjectOfRow: SQL over one row giving the id of the ${link.subject} whose row it is (the lowest, if several).`,
        )
      } else {
        const err = sqlError(db, `SELECT (${sql}) FROM ${q}`)
        if (err) report(`the ${link.subject} link's subjectOfRow does not run: ${err}`)
      }
    }
  }
  if (t.trigger) {
    const err = sqlError(db, `SELECT (${t.trigger.sql}) FROM ${q}`)
    if (err) report(`the retention trigger does not run: ${err}`)
    if (!t.trigger.event.trim()) report('the retention trigger has no event in words (e.g. "closed").')
  }
  for (const quote of t.quotes ?? []) {
    if (!areas.some((a) => a.tables.some((x) => x.table === quote.table))) report(`it quotes table ${quote.table}, which no area declares.`)
    const err = sqlError(db, `SELECT count(*) FROM ${q} WHERE (${quote.where})`, { recordId: 1 })
    if (err) report(`its quotes of ${quote.table} do not run: ${err}`)
  }
  if (typeof r === 'string') {
    if (!recordClasses.has(r)) report(`record class ${r} is not in the RecordClass vocabulary (core/data-map/record-classes.ts).`)
  } else if ('classes' in r) {
    for (const c of r.classes) if (!recordClasses.has(c)) report(`record class ${c} is not in the RecordClass vocabulary (core/data-map/record-classes.ts).`)
    const err = sqlError(db, `SELECT DISTINCT (${r.sql}) FROM ${q}`)
    if (err) report(`the record class rule does not run: ${err}`)
    const produced = [...r.sql.matchAll(/\b(?:THEN|ELSE)\s+'([^']+)'/g)].map((m) => m[1])
    for (const c of produced) if (!(r.classes as readonly string[]).includes(c)) report(`the record class rule can give ${c}, which its classes do not list.`)
    for (const c of r.classes) if (!produced.includes(c)) report(`the record class rule lists ${c} but never gives it.`)
  } else {
    if (!areas.some((a) => a.tables.some((x) => x.table === r.follows))) report(`it follows table ${r.follows}, which no area declares.`)
    if (r.via !== 'rowid') missing([r.via], 'its retention')
    checkCascade(db, t.table, r, areas, report)
  }
}

/**
 * Disposal reads `cascade` from the map instead of the schema, so the two must agree: a declared
 * cascade is the via column's ON DELETE CASCADE to the parent; a table without rowids (which
 * disposal cannot name rows of) declares one; and nothing follows a cascaded table, whose rows
 * disposal never gathers, so it could not find theirs either.
 */
function checkCascade(db: ReadableDB, table: string, r: FollowsParent, areas: readonly AreaDataMap[], report: (problem: string) => void): void {
  const cascades =
    (db
      .prepare(`SELECT count(*) FROM pragma_foreign_key_list(?) WHERE "from" = ? AND "table" = ? AND on_delete = 'CASCADE'`)
      .pluck()
      .get(table, r.via, r.follows) as number) > 0
  const withoutRowid = db.prepare("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?").pluck().get(table) === 1
  if (r.cascade && !cascades) {
    report(
      `it declares cascade, but its ${r.via} column has no foreign key to ${r.follows} with ON DELETE CASCADE; add one (a new migration, rebuildTable) or remove cascade.`,
    )
  } else if (!r.cascade && withoutRowid) {
    report(`it has no rowids, so disposal cannot name its rows; give ${r.via} a foreign key to ${r.follows} with ON DELETE CASCADE and declare cascade: true.`)
  }
  const parent = areas.flatMap((a) => a.tables).find((x) => x.table === r.follows)
  if (parent?.personal && typeof parent.retention === 'object' && 'follows' in parent.retention && parent.retention.cascade) {
    report(`it follows ${r.follows}, whose rows the database removes (cascade), so disposal would never find its rows; follow ${r.follows}’s parent instead.`)
  }
}

/** `column IN ('a', 'b')` lists of string literals, whitespace folded as the migrations may wrap them. */
function inLists(sql: string): { column: string; values: string[] }[] {
  const folded = sql.replace(/\s+/g, ' ')
  const lists = folded.matchAll(/([A-Za-z_][A-Za-z0-9_]*) IN \( ?('[^']*'(?: ?, ?'[^']*')*) ?\)/g)
  return [...lists].map((m) => ({ column: m[1], values: [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]) }))
}

function checkVocabularies(db: ReadableDB, t: TableDeclaration, columns: Set<string>, report: (problem: string) => void): void {
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(t.table) as string | null) ?? ''
  const inSchema = inLists(sql)
  const declared = (t.checks ?? []).map((c) => ({ column: c.column, values: [...c.vocab.values] as string[], text: c.vocab.sqlCheck(c.column) }))
  const same = (a: { column: string; values: string[] }, b: { column: string; values: string[] }) =>
    a.column === b.column && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i])
  for (const d of declared) {
    if (!columns.has(d.column)) report(`a vocabulary check names column ${d.column}, which the table does not have.`)
    else if (!inSchema.some((s) => same(s, d))) {
      const actual = inSchema.filter((s) => s.column === d.column).map((s) => `(${s.values.join(', ')})`)
      report(
        `the vocabulary for ${d.column} gives ${d.text}, but the schema's CHECK ${actual.length ? `lists ${actual.join(' and ')}` : 'has no such list'}; change the vocabulary, or the schema with a new migration (rebuildTable).`,
      )
    }
  }
  for (const s of inSchema) {
    if (!declared.some((d) => same(s, d))) {
      report(
        `the schema's CHECK ${s.column} IN (${s.values.map((v) => `'${v}'`).join(', ')}) matches no vocabulary in the map's checks; define it with vocab() and list it there.`,
      )
    }
  }
}
