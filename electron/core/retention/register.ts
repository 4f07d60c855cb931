import { recordClasses, type RecordClass } from '../data-map/record-classes'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { RetentionSubject } from './vocab'

/** The destruction register (P17): each disposal with its lines, newest first. No personal data is stored in it. */
export interface DisposalRecord {
  id: number
  disposedAt: string
  asOf: string
  scheduleVersion: number
  authorisedBy: string
  entries: { recordClass: RecordClass; classLabel: string; subjectType: RetentionSubject; count: number; refs: string[]; rule: string }[]
}

export function destructionRegister(db: ReadableDB, id?: number): DisposalRecord[] {
  const disposals = db
    .prepare(
      `SELECT d.id, d.disposed_at AS disposedAt, d.as_of AS asOf, d.schedule_version AS scheduleVersion, u.display_name AS authorisedBy
       FROM retention_disposal d JOIN users u ON u.id = d.authorised_by ${id === undefined ? '' : 'WHERE d.id = ?'} ORDER BY d.id DESC`,
    )
    .all(...(id === undefined ? [] : [id])) as Omit<DisposalRecord, 'entries'>[]
  const lines = db.prepare(
    'SELECT record_class AS recordClass, subject_type AS subjectType, record_count AS count, refs, rule FROM retention_disposal_entry WHERE disposal_id = ? ORDER BY id',
  )
  return disposals.map((d) => ({
    ...d,
    entries: (lines.all(d.id) as { recordClass: RecordClass; subjectType: RetentionSubject; count: number; refs: string; rule: string }[]).map((l) => ({
      ...l,
      classLabel: recordClasses.label(l.recordClass),
      refs: JSON.parse(l.refs) as string[],
    })),
  }))
}

export function disposalRecord(db: ReadableDB, id: number): DisposalRecord {
  const [found] = destructionRegister(db, id)
  if (!found) throw new CabinetError('not_found', `There is no disposal with number ${id} in the destruction register.`, { field: 'id' })
  return found
}
