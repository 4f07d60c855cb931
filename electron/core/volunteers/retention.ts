import { declarationOf } from '../data-map'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import { volunteerRetentionPeriods, type VolunteerRecordClass } from './presets'
import { plusYears } from './schedule'
import { readVolunteerSettings } from './settings'

export interface RetentionOfRow {
  recordClass: VolunteerRecordClass
  /** When the period starts (the data map's trigger), or null while it has not started. */
  startsOn: string | null
  /** When the record falls due for a person to review and dispose of (P17), or null while it has not started. */
  dueOn: string | null
}

/**
 * Where one of the area's rows stands for retention (P12–P16), read from the data map itself:
 * its record class and trigger (following `follows` to the parent row) and the period the
 * centre's settings give that class. The retention engine reads the same declarations; this
 * lets the area, its tests and its screens say when a record falls due.
 */
export function retentionOf(db: ReadableDB, table: string, rowId: number): RetentionOfRow {
  let decl = declarationOf(table)
  let id = rowId
  for (let hops = 0; decl?.personal && hops < 5; hops++) {
    const r = decl.retention
    const from = `"${decl.table}"`
    if (typeof r === 'object' && 'follows' in r) {
      const parent = db.prepare(`SELECT ${r.via} FROM ${from} WHERE rowid = ?`).pluck().get(id) as number | undefined
      if (parent === undefined) break
      id = parent
      decl = declarationOf(r.follows)
      continue
    }
    const classSql = typeof r === 'string' ? `'${r}'` : r.sql
    const row = db.prepare(`SELECT (${classSql}) AS recordClass, (${decl.trigger?.sql ?? 'NULL'}) AS startsOn FROM ${from} WHERE rowid = ?`).get(id) as
      { recordClass: VolunteerRecordClass; startsOn: string | null } | undefined
    if (!row) break
    const period = volunteerRetentionPeriods(readVolunteerSettings(db))[row.recordClass]
    return { ...row, dueOn: row.startsOn === null ? null : plusYears(row.startsOn, period.years) }
  }
  throw new CabinetError('not_found', `There is no ${table} row ${rowId} with a volunteers record class.`)
}
