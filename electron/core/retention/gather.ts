import { declaredTables, type DeclaredTable, type PersonalTable, type RecordClass } from '../data-map'
import { linkColumn, subjectOfRowSql } from '../data-map/links'
import type { ReadableDB } from '../db/types'
import { activeHoldSubjects } from '../holds/holds'
import type { ActiveHold, Deferral, RetentionRecord, SubjectRef } from './engine'
import type { Schedule } from './schemas'

/*
 * What the engine reads, found through the areas' personal-data maps only: every table with a
 * record class of its own, its rows' classes and triggers, and whose they are (a family, a
 * volunteer, or the centre) by the map's links. No area's table is named here, so an area that
 * declares its classes, triggers and links in its map is scheduled without a change to this file.
 */

export type OwnClassTable = DeclaredTable & PersonalTable

/** Tables whose rows have a class of their own (rows that follow a parent go with it). */
export function ownClassTables(): OwnClassTable[] {
  return declaredTables().filter((t): t is OwnClassTable => t.personal && (typeof t.retention === 'string' || 'classes' in t.retention))
}

/** The table that lists a kind of subject: the one about it whose link is its own id. */
export function subjectTable(subject: 'family' | 'volunteer' | 'person'): OwnClassTable | DeclaredTable | undefined {
  return declaredTables().find((t) => t.personal && t.about === subject && t.links.some((l) => l.subject === subject && linkColumn(l.where) === 'rowid'))
}

function tableExists(db: ReadableDB, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')").get(table) !== undefined
}

/** The SQL giving each row's family or volunteer id by the map's link (NULL where the table has no such link). */
function subjectOfRow(t: OwnClassTable, subject: 'family' | 'volunteer'): string {
  const link = t.links.find((l) => l.subject === subject)
  if (!link) return 'NULL'
  const sql = subjectOfRowSql(link)
  // Never for a declared map: the data-map check requires it of every table with a class of its own.
  if (sql === undefined) throw new Error(`The ${t.table} table's ${subject} link declares no subjectOfRow, so the retention sweep cannot read it in one pass.`)
  return `(${sql})`
}

/** One table's rows as the sweep reads them: rowid, class, trigger, family and volunteer, all in SQL. */
export function rowsSql(t: OwnClassTable): string {
  const classSql = typeof t.retention === 'string' ? `'${t.retention}'` : `(${(t.retention as { sql: string }).sql})`
  const triggerSql = t.trigger ? `substr(${t.trigger.sql}, 1, 10)` : 'NULL'
  return `SELECT rowid AS id, ${classSql} AS cls, ${triggerSql} AS trig, ${subjectOfRow(t, 'family')} AS fam, ${subjectOfRow(t, 'volunteer')} AS vol FROM "${t.table}"`
}

function classesOf(t: OwnClassTable): readonly RecordClass[] {
  return typeof t.retention === 'string' ? [t.retention] : (t.retention as { classes: readonly RecordClass[] }).classes
}

type Row = [id: number, recordClass: RecordClass, trigger: string | null, family: number | null, volunteer: number | null]

function toRecords(t: OwnClassTable, rows: readonly Row[], schedule: Schedule, into: RetentionRecord[]): void {
  const event = t.trigger?.event ?? 'started'
  for (const [id, recordClass, trigger, family, volunteer] of rows) {
    if (schedule.rules[recordClass].keep.kind === 'indefinite') continue
    const subject: SubjectRef =
      family !== null ? { type: 'family', id: family } : volunteer !== null ? { type: 'volunteer', id: volunteer } : { type: 'centre', id: null }
    into.push({ table: t.table, id, recordClass, trigger, event, subject })
  }
}

/** The tables the sweep reads: those with a class of its own that the schedule does not keep indefinitely. */
export function sweptTables(db: ReadableDB, schedule: Schedule): OwnClassTable[] {
  return ownClassTables().filter((t) => tableExists(db, t.table) && !classesOf(t).every((c) => schedule.rules[c].keep.kind === 'indefinite'))
}

/**
 * Every record with a class of its own, with its trigger and subject, each table read in one
 * pass. Classes the schedule keeps indefinitely (the audit log) are never proposed, so they are
 * not read.
 */
export function gatherRecords(db: ReadableDB, schedule: Schedule): RetentionRecord[] {
  const records: RetentionRecord[] = []
  for (const t of sweptTables(db, schedule)) gatherTable(db, t, schedule, records)
  return records
}

/** One table's records (see gatherRecords), appended to `into`. */
export function gatherTable(db: ReadableDB, t: OwnClassTable, schedule: Schedule, into: RetentionRecord[] = []): RetentionRecord[] {
  toRecords(t, db.prepare(rowsSql(t)).raw().all() as Row[], schedule, into)
  return into
}

/** Finds the family a person belongs to, by the family table's person link (null if none); its statement is prepared once. */
export function familyOfPersonLookup(db: ReadableDB): (personId: number) => number | null {
  const t = subjectTable('family')
  const link = t?.personal ? t.links.find((l) => l.subject === 'person') : undefined
  if (!t || !link) return () => null
  const stmt = db.prepare(`SELECT id FROM "${t.table}" WHERE (${link.where})`).pluck()
  return (personId) => (stmt.get({ subjectId: personId }) as number | undefined) ?? null
}

/** The active holds, each on the family or volunteer whose records it holds (a hold on a child holds their family's records). */
export function gatherHolds(db: ReadableDB): ActiveHold[] {
  return activeHoldSubjects(db).flatMap((h): ActiveHold[] => {
    if (h.subject.type === 'person') {
      return h.familyOfPerson === null ? [] : [{ id: h.id, kind: h.kind, setAt: h.setAt, subject: { type: 'family', id: h.familyOfPerson } }]
    }
    return [{ id: h.id, kind: h.kind, setAt: h.setAt, subject: { type: h.subject.type, id: h.subject.id } }]
  })
}

export function gatherDeferrals(db: ReadableDB): Deferral[] {
  const rows = db
    .prepare(
      'SELECT id, subject_type AS type, subject_id AS subjectId, record_class AS recordClass, until_on AS untilOn, reason FROM retention_deferral ORDER BY id',
    )
    .all() as { id: number; type: SubjectRef['type']; subjectId: number | null; recordClass: RecordClass; untilOn: string; reason: string }[]
  return rows.map((r) => ({ id: r.id, subject: { type: r.type, id: r.subjectId }, recordClass: r.recordClass, untilOn: r.untilOn, reason: r.reason }))
}
