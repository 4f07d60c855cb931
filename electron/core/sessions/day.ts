import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { ageOn } from '../families/fields'
import { sql } from '../db/statement-cache'
import { households } from '../families/types'
import type { OpContext } from '../operations/guard'
import type { Session } from '../session'
import { bookedPeople } from './booked-people'
import { centreDate } from './clock'
import { SESSION_COLUMNS, sessionViewOf, type SessionRow } from './rows'
import type { dayInput } from './schemas'
import type { AttendanceView, DayView, RegisterFamily } from './views'

/**
 * A volunteer works the day's sessions they are on duty for, on that day, and nothing else
 * (P27); the core refuses them anything more, whatever the screen shows.
 */
export function requireSessionDay(session: Session, onDate: string): void {
  if (session.can('sessions.view')) return
  const today = centreDate(session.now())
  if (onDate !== today) throw new CabinetError('forbidden', `Volunteers see the sessions of the day itself (${today}) only.`)
}

/** The sessions of a day this user may work: all of them for a coordinator, their duty sessions for a volunteer. */
function sessionsOfDay(session: Session, onDate: string): SessionRow[] {
  const db = session.db
  if (session.can('sessions.view'))
    return sql(db, `SELECT ${SESSION_COLUMNS} FROM contact_session WHERE on_date = ? ORDER BY starts_at, id`).all(onDate) as SessionRow[]
  return sql(
    db,
    `SELECT ${SESSION_COLUMNS} FROM contact_session WHERE on_date = ? AND id IN (SELECT session_id FROM session_duty WHERE user_id = ?) ORDER BY starts_at, id`,
  ).all(onDate, session.user.id) as SessionRow[]
}

interface AttendanceRow extends Omit<AttendanceView, 'late'> {
  personId: number
  late: 0 | 1
}

function attendanceOf(db: ReadableDB, bookingId: number): Map<number, AttendanceView> {
  const rows = sql(
    db,
    `SELECT a.person_id AS personId, a.arrived_at AS arrivedAt, a.left_at AS leftAt, a.late, a.absence, a.absence_note AS absenceNote,
            a.recorded_at AS recordedAt, coalesce(u.display_name, 'someone') AS recordedBy
       FROM attendance a LEFT JOIN users u ON u.id = a.recorded_by WHERE a.booking_id = ?`,
  ).all(bookingId) as AttendanceRow[]
  return new Map(rows.map(({ personId, late, ...a }) => [personId, { ...a, late: late === 1 }]))
}

/** Allergies and dietary needs: medical_info exists only under a live consent (P03, a trigger). */
function allergiesOf(db: ReadableDB, personId: number): string[] {
  return sql(db, `SELECT details FROM medical_info WHERE person_id = ? AND kind IN ('allergy', 'dietary') ORDER BY id`).pluck().all(personId) as string[]
}

/**
 * One family's line on the register: reference, first names (never a surname), children's
 * ages, each household's times, who may collect, allergies where consent exists. No address,
 * phone, note or referral detail.
 */
export function registerFamily(db: ReadableDB, bookingId: number, onDate: string): RegisterFamily {
  const b = sql(
    db,
    `SELECT b.referral_id AS referralId, r.reference, b.resident_arrives AS ra, b.resident_leaves AS rl,
            b.non_resident_arrives AS na, b.non_resident_leaves AS nl
       FROM booking b JOIN referral r ON r.id = b.referral_id WHERE b.id = ?`,
  ).get(bookingId) as { referralId: number; reference: string; ra: string; rl: string; na: string; nl: string }
  const attendance = attendanceOf(db, bookingId)
  const people = bookedPeople(db, b.referralId)
  return {
    bookingId,
    reference: b.reference,
    households: [
      { household: 'non_resident', arrives: b.na, leaves: b.nl },
      { household: 'resident', arrives: b.ra, leaves: b.rl },
    ],
    people: people.map((p) => ({
      personId: p.id,
      givenName: p.givenName,
      household: p.household,
      child: p.role === 'child',
      age: p.role === 'child' && p.dateOfBirth ? ageOn(p.dateOfBirth, onDate) : null,
      allergies: allergiesOf(db, p.id),
      attendance: attendance.get(p.id) ?? null,
    })),
    whoMayCollect: people.filter((p) => p.mayCollect === 1).map((p) => `${p.givenName} (${households.label(p.household).toLowerCase()})`),
  }
}

export function dayView(input: z.output<typeof dayInput>, { session }: OpContext): DayView {
  requireSessionDay(session, input.onDate)
  const db = session.db
  const sessions = sessionsOfDay(session, input.onDate).map((s) => {
    const bookingIds = sql(
      db,
      `SELECT b.id FROM booking b JOIN referral r ON r.id = b.referral_id WHERE b.session_id = ? ORDER BY b.non_resident_arrives, r.reference`,
    )
      .pluck()
      .all(s.id) as number[]
    return { ...sessionViewOf(db, s), bookings: bookingIds.map((id) => registerFamily(db, id, s.onDate)) }
  })
  return { onDate: input.onDate, today: centreDate(session.now()), sessions }
}

/** The day register's data for the print route; audited as a print. */
export function registerPrint(input: z.output<typeof dayInput>, ctx: OpContext): DayView {
  const view = dayView(input, ctx)
  ctx.auditRecord('day', input.onDate, { sessions: view.sessions.length, families: view.sessions.reduce((n, s) => n + s.bookings.length, 0) })
  return view
}
