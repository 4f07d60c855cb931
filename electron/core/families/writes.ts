import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { sql } from '../db/statement-cache'

/** Bump the family's updated_at after any change to it or its records. */
export function touchFamily(session: Session, familyId: number): void {
  sql(session.db, 'UPDATE family SET updated_at = ? WHERE id = ?').run(session.now().toISOString(), familyId)
}

/**
 * Audit a correction by the NAMES of the fields that changed (P28); the old and new values are
 * in change_history, never in the audit log. A correction that changed nothing leaves no row.
 */
export function auditChanges(ctx: OpContext, recordType: string, recordId: number, changed: string[]): void {
  if (changed.length === 0) ctx.skipAudit()
  else ctx.auditRecord(recordType, recordId, { fields: changed.join(','), count: changed.length })
}
