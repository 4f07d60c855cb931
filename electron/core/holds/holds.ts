import { holdSourceOf } from '../data-map'
import type { ReadableDB, WritableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import type { HoldKind, HoldSubject } from './vocab'
import type { HoldSubjectRef, HoldView } from './schemas'

/*
 * Holds (migration 0005): what stops a record's disposal when its period ends. Other areas call
 * placeHold when one of their records needs the subject kept (a safeguarding concern holds each
 * child it names), and declare a HoldSource in their data map so a hold they placed cannot be
 * lifted while they still need it. The retention engine reads activeHolds.
 */

/** The table each kind of subject lives in . */
const SUBJECT_TABLES: Readonly<Record<HoldSubject, string>> = { family: 'family', person: 'person', volunteer: 'volunteers' }

const SUBJECT_WORDS: Readonly<Record<HoldSubject, string>> = { family: 'family', person: 'person', volunteer: 'volunteer or staff member' }

function tableExists(db: ReadableDB, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined
}

export function requireSubject(db: ReadableDB, subject: HoldSubjectRef): void {
  const table = SUBJECT_TABLES[subject.type]
  const found = tableExists(db, table) && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(subject.id) !== undefined
  if (!found) throw new CabinetError('not_found', `There is no ${SUBJECT_WORDS[subject.type]} with id ${subject.id} to hold.`, { field: 'subject' })
}

export interface NewHold {
  readonly subject: HoldSubjectRef
  readonly kind: HoldKind
  readonly reason: string
  readonly reviewOn?: string | null
  /** The record that places the hold (e.g. { type: 'safeguarding_concern', id: 12 }); absent when set by hand. */
  readonly source?: { readonly type: string; readonly id: number }
}

/** Place a hold (inside the caller's transaction). Returns its id. */
export function placeHold(session: Session, hold: NewHold): number {
  requireSubject(session.db, hold.subject)
  if (hold.kind === 'legal' && !hold.reviewOn) throw new CabinetError('validation', 'Enter the date to review a legal hold.', { field: 'reviewOn' })
  const row = session.db
    .prepare(
      `INSERT INTO record_hold (subject_type, subject_id, kind, reason, review_on, source_type, source_id, set_at, set_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      hold.subject.type,
      hold.subject.id,
      hold.kind,
      hold.reason,
      hold.reviewOn ?? null,
      hold.source?.type ?? null,
      hold.source?.id ?? null,
      session.now().toISOString(),
      session.user.id,
    ) as { id: number }
  return row.id
}

interface HoldRow {
  id: number
  subjectType: HoldSubject
  subjectId: number
  kind: HoldKind
  reason: string
  reviewOn: string | null
  sourceType: string | null
  sourceId: number | null
  setAt: string
  setBy: string
  liftedAt: string | null
  liftedBy: string | null
  liftReason: string | null
}

const HOLD_SELECT = `SELECT h.id, h.subject_type AS subjectType, h.subject_id AS subjectId, h.kind, h.reason, h.review_on AS reviewOn,
    h.source_type AS sourceType, h.source_id AS sourceId, h.set_at AS setAt, su.display_name AS setBy,
    h.lifted_at AS liftedAt, lu.display_name AS liftedBy, h.lift_reason AS liftReason
  FROM record_hold h JOIN users su ON su.id = h.set_by LEFT JOIN users lu ON lu.id = h.lifted_by`

function toView(r: HoldRow): HoldView {
  return {
    id: r.id,
    subject: { type: r.subjectType, id: r.subjectId },
    kind: r.kind,
    reason: r.reason,
    reviewOn: r.reviewOn,
    source: r.sourceType === null || r.sourceId === null ? null : { type: r.sourceType, id: r.sourceId },
    setAt: r.setAt,
    setBy: r.setBy,
    liftedAt: r.liftedAt,
    liftedBy: r.liftedBy,
    liftReason: r.liftReason,
  }
}

/**
 * The holds on a subject, newest first, lifted ones included. For a family: the holds on the
 * family and on each of its people (a hold on a child holds the family's records about them).
 */
export function holdsOn(db: ReadableDB, subject: HoldSubjectRef): HoldView[] {
  const where =
    subject.type === 'family'
      ? "(h.subject_type = 'family' AND h.subject_id = @id) OR (h.subject_type = 'person' AND h.subject_id IN (SELECT id FROM person WHERE family_id = @id))"
      : 'h.subject_type = @type AND h.subject_id = @id'
  return (db.prepare(`${HOLD_SELECT} WHERE ${where} ORDER BY h.set_at DESC, h.id DESC`).all({ id: subject.id, type: subject.type }) as HoldRow[]).map(toView)
}

/** Every hold not yet lifted, oldest first (what the retention engine and the reminders read). */
export function activeHolds(db: ReadableDB): HoldView[] {
  return (db.prepare(`${HOLD_SELECT} WHERE h.lifted_at IS NULL ORDER BY h.set_at, h.id`).all() as HoldRow[]).map(toView)
}

/** An active hold as the retention sweep reads it at every sweep: what it is on, and for a hold on a person, their family. */
export interface ActiveHoldSubject {
  readonly id: number
  readonly kind: HoldView['kind']
  readonly setAt: string
  readonly subject: HoldView['subject']
  /** The family of the person held (a hold on a child holds their family's records); null for other subjects. */
  readonly familyOfPerson: number | null
}

/** The active holds with their people's families, in one statement (the sweep's part of activeHolds). */
export function activeHoldSubjects(db: ReadableDB): ActiveHoldSubject[] {
  const rows = db
    .prepare(
      `SELECT h.id, h.kind, h.set_at, h.subject_type, h.subject_id, p.family_id
         FROM record_hold h LEFT JOIN person p ON h.subject_type = 'person' AND p.id = h.subject_id
        WHERE h.lifted_at IS NULL ORDER BY h.set_at, h.id`,
    )
    .raw()
    .all() as [number, HoldView['kind'], string, HoldView['subject']['type'], number, number | null][]
  return rows.map(([id, kind, setAt, type, subjectId, family]) => ({ id, kind, setAt, subject: { type, id: subjectId }, familyOfPerson: family }))
}

/** The active holds a record placed (e.g. the holds of one safeguarding concern). */
export function holdsPlacedBy(db: ReadableDB, source: { type: string; id: number }): HoldView[] {
  return (
    db.prepare(`${HOLD_SELECT} WHERE h.source_type = ? AND h.source_id = ? AND h.lifted_at IS NULL ORDER BY h.id`).all(source.type, source.id) as HoldRow[]
  ).map(toView)
}

export function getHold(db: ReadableDB, id: number): HoldView {
  const row = db.prepare(`${HOLD_SELECT} WHERE h.id = ?`).get(id) as HoldRow | undefined
  if (!row) throw new CabinetError('not_found', `There is no hold with id ${id}.`, { field: 'id' })
  return toView(row)
}

/**
 * Lift a hold, with the reason. Refused when it is already lifted, or when the record that placed
 * it still needs it (an open safeguarding concern, an open complaint), in that record's words.
 */
export function liftHold(session: Session, id: number, reason: string): HoldView {
  const db: WritableDB = session.db
  const hold = getHold(db, id)
  if (hold.liftedAt) throw new CabinetError('conflict', `This hold was already lifted on ${hold.liftedAt.slice(0, 10)}.`)
  if (hold.source) {
    const needs = holdSourceOf(hold.source.type)?.stillNeeds(db, hold.source.id)
    if (needs) throw new CabinetError('conflict', `This hold cannot be lifted yet: ${needs}`)
  }
  db.prepare('UPDATE record_hold SET lifted_at = ?, lifted_by = ?, lift_reason = ? WHERE id = ?').run(session.now().toISOString(), session.user.id, reason, id)
  return getHold(db, id)
}
