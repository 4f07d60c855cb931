import type { Role } from '../auth/roles'
import type { ReadableDB } from '../db/types'

export interface UserSummary {
  id: number
  username: string
  displayName: string
  role: Role
  disabled: boolean
  createdAt: string
  confidentialityAckAt: string | null
  /** The last day (a centre date) the account may log in; null: no end. An inspector's always has one (P19). */
  expiresOn: string | null
}

interface UserRow {
  id: number
  username: string
  display_name: string
  role: Role
  disabled_at: string | null
  created_at: string
  confidentiality_ack_at: string | null
  expires_on: string | null
}

const COLUMNS = 'id, username, display_name, role, disabled_at, created_at, confidentiality_ack_at, expires_on'

function toSummary(r: UserRow): UserSummary {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    disabled: r.disabled_at !== null,
    createdAt: r.created_at,
    confidentialityAckAt: r.confidentiality_ack_at,
    expiresOn: r.expires_on,
  }
}

export function findUserById(db: ReadableDB, id: number): UserSummary | undefined {
  const r = db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined
  return r && toSummary(r)
}

export function findUserByName(db: ReadableDB, username: string): UserSummary | undefined {
  const r = db.prepare(`SELECT ${COLUMNS} FROM users WHERE username = ?`).get(username) as UserRow | undefined
  return r && toSummary(r)
}

export function allUsers(db: ReadableDB): UserSummary[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY username`).all() as UserRow[]).map(toSummary)
}

export function activeCoordinators(db: ReadableDB): UserSummary[] {
  return allUsers(db).filter((u) => u.role === 'coordinator' && !u.disabled)
}
