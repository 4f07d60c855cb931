import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import { dutyReadiness } from '../volunteers/duty-readiness'
import { holdsPlaces } from './places'
import type { SessionKind } from './vocab'
import type { SessionView } from './views'

export interface SessionRow {
  id: number
  onDate: string
  startsAt: string
  endsAt: string
  room: string | null
  kind: SessionKind
  capacityFamilies: number | null
  capacityChildren: number | null
  seriesId: number | null
  cancelledReason: string | null
}

export const SESSION_COLUMNS = `id, on_date AS onDate, starts_at AS startsAt, ends_at AS endsAt, room, kind,
  capacity_families AS capacityFamilies, capacity_children AS capacityChildren, series_id AS seriesId,
  cancelled_reason AS cancelledReason`

export function loadSession(db: ReadableDB, sessionId: number): SessionRow {
  const row = sql(db, `SELECT ${SESSION_COLUMNS} FROM contact_session WHERE id = ?`).get(sessionId) as SessionRow | undefined
  if (!row) throw new CabinetError('not_found', `There is no session with id ${sessionId}.`, { field: 'sessionId' })
  return row
}

/** Families and children booked into a session and still coming (children: every child of each such family); a booking cancelled in advance frees its places. */
export function sessionCounts(db: ReadableDB, sessionId: number): { families: number; children: number } {
  return sql(
    db,
    `SELECT count(*) AS families,
            coalesce(sum((SELECT count(*) FROM person p JOIN referral r ON r.family_id = p.family_id WHERE r.id = b.referral_id AND p.role = 'child')), 0) AS children
       FROM booking b WHERE b.session_id = ? AND ${holdsPlaces('b')}`,
  ).get(sessionId) as { families: number; children: number }
}

/** Who is on duty, each with the volunteers area's flags (DBS lapsed, training expired). */
export function dutyOf(db: ReadableDB, session: SessionRow): SessionView['duty'] {
  const rows = sql(
    db,
    `SELECT d.user_id AS userId, u.display_name AS name FROM session_duty d JOIN users u ON u.id = d.user_id
      WHERE d.session_id = ? ORDER BY u.display_name, u.id`,
  ).all(session.id) as { userId: number; name: string }[]
  return rows.map((r) => ({ ...r, flags: dutyReadiness(db, r.userId, session.onDate).flags }))
}

export function sessionViewOf(db: ReadableDB, row: SessionRow): SessionView {
  return { ...row, ...sessionCounts(db, row.id), duty: dutyOf(db, row) }
}
