import { declaredTables, type DeclaredTable, type PersonalTable, type RecordClass } from '../data-map'
import type { ReadableDB } from '../db/types'
import { activeHolds } from '../holds/holds'
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
  return declaredTables().find(
    (t) => t.personal && t.about === subject && t.links.some((l) => l.subject === subject && /^\s*id\s*=\s*:subjectId\s*$/.test(l.where)),
  )
}

function tableExists(db: ReadableDB, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')").get(table) !== undefined
}

function subjectIds(db: ReadableDB, subject: 'family' | 'volunteer'): number[] {
  const t = subjectTable(subject)
  if (!t || !tableExists(db, t.table)) return []
  return db.prepare(`SELECT id FROM "${t.table}" ORDER BY id`).pluck().all() as number[]
}

/** rowid → subject id for one table and one kind of subject, by the map's link. */
function rowsOfSubjects(db: ReadableDB, t: OwnClassTable, subject: 'family' | 'volunteer', ids: () => number[]): Map<number, number> {
  const out = new Map<number, number>()
  const link = t.links.find((l) => l.subject === subject)
  if (!link) return out
  const simple = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*:subjectId\s*$/.exec(link.where)
  if (simple) {
    const col = simple[1] === 'id' ? 'rowid' : simple[1]
    for (const r of db.prepare(`SELECT rowid AS row, ${col} AS subject FROM "${t.table}" WHERE ${col} IS NOT NULL`).all() as {
      row: number
      subject: number
    }[]) {
      out.set(r.row, r.subject)
    }
    return out
  }
  const stmt = db.prepare(`SELECT rowid FROM "${t.table}" WHERE (${link.where})`).pluck()
  for (const id of ids()) for (const row of stmt.all({ subjectId: id }) as number[]) if (!out.has(row)) out.set(row, id)
  return out
}

/**
 * Every record with a class of its own, with its trigger and subject. Classes the schedule keeps
 * indefinitely (the audit log) are never proposed, so they are not read.
 */
export function gatherRecords(db: ReadableDB, schedule: Schedule): RetentionRecord[] {
  let families: number[] | undefined
  let volunteers: number[] | undefined
  const familyIds = () => (families ??= subjectIds(db, 'family'))
  const volunteerIds = () => (volunteers ??= subjectIds(db, 'volunteer'))
  const records: RetentionRecord[] = []
  for (const t of ownClassTables()) {
    if (!tableExists(db, t.table)) continue
    const classes: readonly RecordClass[] = typeof t.retention === 'string' ? [t.retention] : (t.retention as { classes: readonly RecordClass[] }).classes
    if (classes.every((c) => schedule.rules[c].keep.kind === 'indefinite')) continue
    const classSql = typeof t.retention === 'string' ? `'${t.retention}'` : `(${(t.retention as { sql: string }).sql})`
    const triggerSql = t.trigger ? `(${t.trigger.sql})` : 'NULL'
    const rows = db.prepare(`SELECT rowid AS id, ${classSql} AS cls, ${triggerSql} AS trig FROM "${t.table}"`).all() as {
      id: number
      cls: RecordClass
      trig: string | null
    }[]
    if (rows.length === 0) continue
    const ofFamily = rowsOfSubjects(db, t, 'family', familyIds)
    const ofVolunteer = rowsOfSubjects(db, t, 'volunteer', volunteerIds)
    for (const r of rows) {
      if (schedule.rules[r.cls].keep.kind === 'indefinite') continue
      const family = ofFamily.get(r.id)
      const volunteer = ofVolunteer.get(r.id)
      const subject: SubjectRef =
        family !== undefined ? { type: 'family', id: family } : volunteer !== undefined ? { type: 'volunteer', id: volunteer } : { type: 'centre', id: null }
      records.push({
        table: t.table,
        id: r.id,
        recordClass: r.cls,
        trigger: r.trig === null ? null : String(r.trig).slice(0, 10),
        event: t.trigger?.event ?? 'started',
        subject,
      })
    }
  }
  return records
}

/** The family a person belongs to, by the family table's person link; null if none. */
export function familyOfPerson(db: ReadableDB, personId: number): number | null {
  const t = subjectTable('family')
  const link = t?.personal ? t.links.find((l) => l.subject === 'person') : undefined
  if (!t || !link) return null
  const row = db.prepare(`SELECT id FROM "${t.table}" WHERE (${link.where})`).pluck().get({ subjectId: personId }) as number | undefined
  return row ?? null
}

/** The active holds, each on the family or volunteer whose records it holds (a hold on a child holds their family's records). */
export function gatherHolds(db: ReadableDB): ActiveHold[] {
  return activeHolds(db).flatMap((h): ActiveHold[] => {
    if (h.subject.type === 'person') {
      const family = familyOfPerson(db, h.subject.id)
      return family === null ? [] : [{ id: h.id, kind: h.kind, setAt: h.setAt, subject: { type: 'family', id: family } }]
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
