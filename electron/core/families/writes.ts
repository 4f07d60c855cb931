import type { z } from 'zod'
import type { Permission } from '../auth/permissions'
import type { WritableDB } from '../db/types'
import type { Session } from '../session'
import { parseInput } from './parse'
import { sql } from './sql'

/**
 * The frame of a families write: the permission first (a caller without it learns nothing, not
 * even which field is wrong), then the arguments parsed with their contract schema, then `body`
 * in one transaction, so a failure anywhere leaves nothing half written.
 */
export function guardedWrite<S extends z.ZodType, T>(
  session: Session,
  permission: Permission,
  schema: S,
  args: z.input<S>,
  body: (input: z.output<S>, db: WritableDB) => T,
): T {
  session.require(permission)
  const input = parseInput(schema, args)
  const db = session.db
  return db.transaction(() => body(input, db))()
}

/** Bump the family's updated_at after any change to it or its records. */
export function touchFamily(session: Session, familyId: number): void {
  sql(session.db, 'UPDATE family SET updated_at = ? WHERE id = ?').run(session.now().toISOString(), familyId)
}

/**
 * Audit a correction by the NAMES of the fields that changed (P28); the old and new values are
 * in change_history, never in the audit log.
 */
export function fieldsChangedAudit(session: Session, action: string, recordType: string, recordId: number, changed: string[]): void {
  if (changed.length === 0) return
  session.audit({ action, recordType, recordId, detail: { fields: changed.join(','), count: changed.length } })
}
