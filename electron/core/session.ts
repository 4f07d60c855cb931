import { appendAudit } from './audit/audit'
import { can as roleCan, requirePermission } from './auth/permissions'
import type { AuditEntry } from './audit/audit'
import type { Permission } from './auth/permissions'
import type { Role } from './auth/roles'
import type { Subkeys } from './crypto/subkeys'
import type { WritableDB } from './db/types'
import type { DataPaths } from './paths'

export interface SessionUser {
  id: number
  username: string
  displayName: string
  role: Role
  /** ISO date-time the user acknowledged the confidentiality terms (P27), or null until they do. */
  confidentialityAckAt: string | null
}

/**
 * What every core operation receives once a user is logged in: the open database, the derived
 * subkeys, the user, and the two checks each operation must make. Core functions call
 * `session.require(...)` themselves; the dispatcher checking the same permission first is a
 * second fence, not the only one.
 */
export interface Session {
  readonly user: SessionUser
  readonly db: WritableDB
  readonly keys: Subkeys
  readonly paths: DataPaths
  /** Throws CabinetError('forbidden') unless the user's role has the permission. */
  require(permission: Permission): void
  can(permission: Permission): boolean
  /** Append to the audit log as this user. */
  audit(entry: AuditEntry): void
  /** The clock, injectable for tests. */
  now(): Date
}

/** Build the Session object for a logged-in user over an open, migrated database. */
export function createSession(opts: { user: SessionUser; db: WritableDB; keys: Subkeys; paths: DataPaths; now?: () => Date }): Session {
  const now = opts.now ?? (() => new Date())
  const { user, db, keys } = opts
  return {
    user,
    db,
    keys,
    paths: opts.paths,
    now,
    can: (p) => roleCan(user.role, p),
    require: (p) => requirePermission(user.role, p),
    audit: (entry) => {
      appendAudit(db, keys.auditHmac, { userId: user.id, name: user.username }, entry, now())
    },
  }
}
