import type { z } from 'zod'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import { requireSession } from '../safeguarding/concerns'
import { keptAtLeastUntil } from '../safeguarding/retention'
import type { Session } from '../session'
import type { AccidentRow, AccidentView, recordAccidentArgs, updateAccidentArgs } from './schemas'

/*
 * The accident book (issue 13): one entry per accident, about a child or adult of a family (their
 * record) or a volunteer or visitor (named in words). Entries about a child are kept at least until
 * the child is 25 (P11; the data map's trigger is their date of birth).
 */

type EntryInput = z.output<typeof recordAccidentArgs>

const SELECT = `SELECT a.id, a.occurred_on AS occurredOn, a.occurred_time AS occurredTime, a.location, a.injured_kind AS injuredKind,
    coalesce(p.given_name || ' ' || p.family_name, a.injured_name) AS who, a.injury, a.riddor_reportable AS riddorReportable,
    a.session_id AS sessionId, a.person_id AS personId, p.family_id AS familyId, a.injured_name AS injuredName, p.date_of_birth AS dateOfBirth,
    a.what_happened AS whatHappened, a.first_aid AS firstAid, a.first_aid_by AS firstAidBy, a.witnesses, a.informed_who AS informedWho,
    a.informed_at AS informedAt, a.riddor_reported_on AS riddorReportedOn, a.follow_up AS followUp, a.recorded_at AS recordedAt, u.display_name AS recordedBy
  FROM accident a LEFT JOIN person p ON p.id = a.person_id JOIN users u ON u.id = a.recorded_by`

type Db = Omit<AccidentView, 'riddorReportable' | 'keptAtLeastUntil'> & { riddorReportable: number }

function toView(r: Db): AccidentView {
  const child = r.injuredKind === 'child' && r.dateOfBirth
  return { ...r, riddorReportable: r.riddorReportable === 1, keptAtLeastUntil: child ? keptAtLeastUntil(r.dateOfBirth as string) : null }
}

export function listAccidents(db: ReadableDB): AccidentRow[] {
  return (db.prepare(`${SELECT} ORDER BY a.occurred_on DESC, a.id DESC`).all() as Db[]).map(toView)
}

export function getAccident(db: ReadableDB, id: number): AccidentView {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Db | undefined
  if (!row) throw new CabinetError('not_found', `There is no accident-book entry with id ${id}.`, { field: 'id' })
  return toView(row)
}

/** The person must exist and be a child for 'child', an adult for 'adult'. */
function checkWho(db: ReadableDB, input: EntryInput): { personId: number | null; injuredName: string | null } {
  if (input.injuredKind === 'volunteer' || input.injuredKind === 'visitor') return { personId: null, injuredName: input.injuredName }
  const p = db.prepare('SELECT role FROM person WHERE id = ?').get(input.personId) as { role: string } | undefined
  if (!p) throw new CabinetError('not_found', `There is no person with id ${input.personId}.`, { field: 'personId' })
  if ((p.role === 'child') !== (input.injuredKind === 'child')) {
    throw new CabinetError('validation', input.injuredKind === 'child' ? 'Choose a child of the family.' : 'Choose an adult of the family.', {
      field: 'personId',
    })
  }
  return { personId: input.personId ?? null, injuredName: null }
}

function values(input: EntryInput, who: { personId: number | null; injuredName: string | null }) {
  return [
    input.occurredOn,
    input.occurredTime,
    input.location,
    input.sessionId ?? null,
    input.injuredKind,
    who.personId,
    who.injuredName,
    input.whatHappened,
    input.injury,
    input.firstAid,
    input.firstAidBy,
    input.witnesses,
    input.informedWho,
    input.informedAt,
    input.riddorReportable ? 1 : 0,
    input.riddorReportable ? (input.riddorReportedOn ?? null) : null,
    input.followUp,
  ]
}

export function recordAccident(session: Session, input: EntryInput): number {
  if (input.sessionId) requireSession(session.db, input.sessionId)
  const who = checkWho(session.db, input)
  const now = session.now().toISOString()
  const row = session.db
    .prepare(
      `INSERT INTO accident (occurred_on, occurred_time, location, session_id, injured_kind, person_id, injured_name, what_happened, injury, first_aid,
         first_aid_by, witnesses, informed_who, informed_at, riddor_reportable, riddor_reported_on, follow_up, recorded_at, recorded_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(...values(input, who), now, session.user.id, now) as { id: number }
  return row.id
}

export function updateAccident(session: Session, input: z.output<typeof updateAccidentArgs>): void {
  getAccident(session.db, input.id)
  if (input.sessionId) requireSession(session.db, input.sessionId)
  const who = checkWho(session.db, input)
  session.db
    .prepare(
      `UPDATE accident SET occurred_on = ?, occurred_time = ?, location = ?, session_id = ?, injured_kind = ?, person_id = ?, injured_name = ?,
         what_happened = ?, injury = ?, first_aid = ?, first_aid_by = ?, witnesses = ?, informed_who = ?, informed_at = ?, riddor_reportable = ?,
         riddor_reported_on = ?, follow_up = ?, updated_at = ? WHERE id = ?`,
    )
    .run(...values(input, who), session.now().toISOString(), input.id)
}
