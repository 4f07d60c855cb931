import type { OpContext } from '../operations/guard'
import type { ReadableDB } from '../db/types'
import type { Session } from '../session'
import type { HistoryRecordType, RecordSource } from './types'
import type { HistoryView } from './views'
import { sql } from '../db/statement-cache'

export type FieldValue = string | number | boolean | null

/** How a value is kept in change_history: text, booleans as yes/no, absent as NULL. */
function asText(v: FieldValue): string | null {
  if (v === null) return null
  if (typeof v === 'boolean') return v ? 'yes' : 'no'
  return String(v)
}

/**
 * Compare `before` and `after` on `fields` and write one change_history row per field that
 * changed (P22). Returns the fields that changed, so the caller can skip an empty update and
 * audit the field NAMES (never the values: those stay in this encrypted, coordinator-only table).
 */
export function recordCorrections<T extends Record<string, FieldValue>>(
  session: Session,
  opts: { familyId: number; recordType: HistoryRecordType; recordId: number; source: RecordSource; before: T; after: T; fields: readonly (keyof T & string)[] },
): string[] {
  const insert = sql(
    session.db,
    `INSERT INTO change_history (family_id, record_type, record_id, field, old_value, new_value, source, changed_at, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const at = session.now().toISOString()
  const changed: string[] = []
  for (const field of opts.fields) {
    const oldValue = asText(opts.before[field])
    const newValue = asText(opts.after[field])
    if (oldValue === newValue) continue
    insert.run(opts.familyId, opts.recordType, opts.recordId, field, oldValue, newValue, opts.source, at, session.user.id)
    changed.push(field)
  }
  return changed
}

/** The family's corrections, newest first (coordinator only: it holds old personal data). */
export function listHistory({ familyId }: { familyId: number }, { session, auditRecord }: OpContext): HistoryView[] {
  const rows = queryHistory(session.db, familyId)
  auditRecord('family', familyId, { rows: rows.length })
  return rows
}

function queryHistory(db: ReadableDB, familyId: number): HistoryView[] {
  return sql(
    db,
    `SELECT h.id, h.record_type AS recordType, h.record_id AS recordId, h.field, h.old_value AS oldValue,
              h.new_value AS newValue, h.source, h.changed_at AS changedAt,
              (SELECT display_name FROM users u WHERE u.id = h.changed_by) AS changedBy
       FROM change_history h
       WHERE h.family_id = ? ORDER BY h.id DESC`,
  ).all(familyId) as HistoryView[]
}
