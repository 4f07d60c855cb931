import { verifyAuditChain } from '../audit/audit'
import { schemaVersion } from '../db/migrate'
import { MIGRATIONS } from '../db/migrations'
import type { ReadableDB } from '../db/types'
import type { Session } from '../session'
import { allUsers } from '../users/user-queries'

export interface StatusReport {
  schemaVersion: number
  latestSchemaVersion: number
  tables: Record<string, number>
  users: { username: string; role: string; disabled: boolean }[]
  integrity: { quickCheck: string; auditChain: { ok: boolean; rows: number; problems: string[] } }
}

/** User tables, without SQLite's own and FTS5's shadow tables. */
export function userTables(db: ReadableDB): string[] {
  const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string
    sql: string | null
  }[]
  const virtual = rows.filter((r) => /CREATE VIRTUAL TABLE/i.test(r.sql ?? '')).map((r) => r.name)
  return rows.map((r) => r.name).filter((n) => !virtual.some((v) => n.startsWith(`${v}_`)))
}

/** Called as the operation app.maintenance.status (the guard checks the role). */
export function status(session: Session): StatusReport {
  const db = session.db
  const tables: Record<string, number> = {}
  for (const t of userTables(db)) {
    tables[t] = (db.prepare(`SELECT count(*) AS n FROM "${t.replace(/"/g, '""')}"`).get() as { n: number }).n
  }
  const quick = db.pragma('quick_check', { simple: true }) as string
  return {
    schemaVersion: schemaVersion(session.db),
    latestSchemaVersion: MIGRATIONS.length,
    tables,
    users: allUsers(db).map((u) => ({ username: u.username, role: u.role, disabled: u.disabled })),
    integrity: { quickCheck: quick, auditChain: verifyAuditChain(db, session.keys.auditHmac) },
  }
}
