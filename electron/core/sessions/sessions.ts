import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { WritableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import { dutyReadiness } from '../volunteers/duty-readiness'
import { addDays, mondayOf } from './clock'
import { recurringDates } from './recurrence'
import { loadSession, SESSION_COLUMNS, sessionViewOf, type SessionRow } from './rows'
import type { cancelSessionInput, dutyInput, newSessionInput, seriesInput, weekInput } from './schemas'
import type { SessionView } from './views'

type SessionFields = Omit<z.output<typeof newSessionInput>, 'onDate'>

function insertSession(db: WritableDB, onDate: string, s: SessionFields, seriesId: number | null, at: string, userId: number): number {
  return (
    sql(
      db,
      `INSERT INTO contact_session (on_date, starts_at, ends_at, room, kind, capacity_families, capacity_children, series_id,
         created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(onDate, s.startsAt, s.endsAt, s.room, s.kind, s.capacityFamilies, s.capacityChildren, seriesId, at, userId, at) as { id: number }
  ).id
}

/** Other sessions in the same room whose times overlap, in words (a warning, not a refusal). */
function roomClashes(db: WritableDB, onDate: string, s: SessionFields, except: number): string[] {
  if (!s.room) return []
  const rows = sql(
    db,
    `SELECT starts_at AS startsAt, ends_at AS endsAt FROM contact_session
      WHERE on_date = ? AND lower(room) = lower(?) AND id <> ? AND cancelled_reason IS NULL AND starts_at < ? AND ends_at > ?`,
  ).all(onDate, s.room, except, s.endsAt, s.startsAt) as { startsAt: string; endsAt: string }[]
  return rows.map((r) => `${s.room} is already in use from ${r.startsAt} to ${r.endsAt} that day.`)
}

export function createSession(input: z.output<typeof newSessionInput>, ctx: OpContext): { session: SessionView; warnings: string[] } {
  const { session } = ctx
  const db = session.db
  const id = insertSession(db, input.onDate, input, null, session.now().toISOString(), session.user.id)
  ctx.auditRecord('session', id, { onDate: input.onDate, kind: input.kind })
  return { session: sessionViewOf(db, loadSession(db, id)), warnings: roomClashes(db, input.onDate, input, id) }
}

/**
 * A recurring pattern: one session on each date (every `everyWeeks` weeks from `firstOn` to
 * `until`), skipping bank holidays and the listed closures, each skipped date with its reason.
 */
export function createSeries(input: z.output<typeof seriesInput>, ctx: OpContext): { created: SessionView[]; skipped: { onDate: string; reason: string }[] } {
  const { session } = ctx
  const db = session.db
  const { dates, skipped } = recurringDates(input)
  if (dates.length === 0)
    throw new CabinetError('validation', 'Every date in that pattern is a bank holiday or a closure: no session was made.', { field: 'until' })
  const at = session.now().toISOString()
  const ids: number[] = []
  for (const onDate of dates) {
    const id = insertSession(db, onDate, input, ids[0] ?? null, at, session.user.id)
    if (ids.length === 0) sql(db, 'UPDATE contact_session SET series_id = id WHERE id = ?').run(id)
    ids.push(id)
  }
  ctx.auditRecord('session', ids[0], { sessions: ids.length, skipped: skipped.length, everyWeeks: input.everyWeeks })
  return { created: ids.map((id) => sessionViewOf(db, loadSession(db, id))), skipped }
}

/** A centre closure on the day: the session stays, marked cancelled with the reason. */
export function cancelSession(input: z.output<typeof cancelSessionInput>, ctx: OpContext): SessionView {
  const db = ctx.session.db
  loadSession(db, input.sessionId)
  sql(db, 'UPDATE contact_session SET cancelled_reason = ?, updated_at = ? WHERE id = ?').run(input.reason, ctx.session.now().toISOString(), input.sessionId)
  ctx.auditRecord('session', input.sessionId)
  return sessionViewOf(db, loadSession(db, input.sessionId))
}

/** The sessions of the week (Monday to Sunday) holding `weekOf`. */
export function weekSessions(input: z.output<typeof weekInput>, { session }: OpContext): { from: string; to: string; sessions: SessionView[] } {
  const from = mondayOf(input.weekOf)
  const to = addDays(from, 6)
  const rows = sql(session.db, `SELECT ${SESSION_COLUMNS} FROM contact_session WHERE on_date BETWEEN ? AND ? ORDER BY on_date, starts_at, id`).all(
    from,
    to,
  ) as SessionRow[]
  return { from, to, sessions: rows.map((r) => sessionViewOf(session.db, r)) }
}

/**
 * Who is on duty for a session: Cabinet user accounts. Each is checked with the volunteers
 * area's dutyReadiness, and putting someone on duty is refused with its blockers.
 */
export function setDuty(input: z.output<typeof dutyInput>, ctx: OpContext): SessionView {
  const { session } = ctx
  const db = session.db
  const row = loadSession(db, input.sessionId)
  const wanted = [...new Set(input.userIds)]
  const current = new Set(sql(db, 'SELECT user_id FROM session_duty WHERE session_id = ?').pluck().all(row.id) as number[])
  for (const userId of wanted.filter((u) => !current.has(u))) {
    const user = sql(db, 'SELECT display_name AS name, disabled_at AS disabledAt FROM users WHERE id = ?').get(userId) as
      { name: string; disabledAt: string | null } | undefined
    if (!user) throw new CabinetError('validation', `There is no user with id ${userId}.`, { field: 'userIds' })
    if (user.disabledAt) throw new CabinetError('validation', `${user.name}’s account is disabled: they cannot be put on duty.`, { field: 'userIds' })
    const { blockers } = dutyReadiness(db, userId, row.onDate)
    if (blockers.length > 0) throw new CabinetError('validation', `${user.name} cannot be put on duty yet: ${blockers.join('; ')}.`, { field: 'userIds' })
  }
  const at = session.now().toISOString()
  for (const userId of current) if (!wanted.includes(userId)) sql(db, 'DELETE FROM session_duty WHERE session_id = ? AND user_id = ?').run(row.id, userId)
  for (const userId of wanted) {
    if (!current.has(userId))
      sql(db, 'INSERT INTO session_duty (session_id, user_id, added_at, added_by) VALUES (?, ?, ?, ?)').run(row.id, userId, at, session.user.id)
  }
  ctx.auditRecord('session', row.id, { duty: wanted.length })
  return sessionViewOf(db, row)
}
