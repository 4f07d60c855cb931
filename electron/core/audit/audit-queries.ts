import type { Session } from '../session'
import type { AuditRow } from './audit'

export interface AuditFilter {
  userId?: number
  action?: string
  /** Match `action` exactly; otherwise it is a prefix ("family" finds family.view, family.create …). */
  exactAction?: boolean
  /** ISO date or date-time; inclusive. */
  from?: string
  /** ISO date or date-time; a bare date includes the whole day. */
  to?: string
  limit?: number
  /** Paging: rows with an id below this. */
  beforeId?: number
}

/** Newest first; the audit log holds no personal data, only who did what to which record. */
export function listAudit(session: Pick<Session, 'db'>, filter: AuditFilter): AuditRow[] {
  const where: string[] = []
  const params: Record<string, string | number> = {}
  if (filter.userId !== undefined) {
    where.push('actor_user_id = @userId')
    params.userId = filter.userId
  }
  if (filter.action && filter.exactAction) {
    where.push('action = @action')
    params.action = filter.action
  } else if (filter.action) {
    // Prefix match so "family" finds family.view, family.update …
    where.push("action LIKE @action ESCAPE '\\'")
    params.action = `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
  }
  if (filter.from) {
    where.push('at >= @from')
    params.from = filter.from
  }
  if (filter.to) {
    where.push('at <= @to')
    params.to = /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z` : filter.to
  }
  if (filter.beforeId !== undefined) {
    where.push('id < @beforeId')
    params.beforeId = filter.beforeId
  }
  const limit = Math.min(Math.max(filter.limit ?? 100, 1), 500)
  const sql = `SELECT id, at, actor_user_id AS actorUserId, actor, action, record_type AS recordType,
                      record_id AS recordId, detail, prev_mac AS prevMac, mac
               FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
               ORDER BY id DESC LIMIT ${limit}`
  return session.db.prepare(sql).all(params) as AuditRow[]
}
