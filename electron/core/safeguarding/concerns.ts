import type { z } from 'zod'
import type { ReadableDB, WritableDB } from '../db/types'
import { CabinetError } from '../errors'
import { holdsPlacedBy, placeHold } from '../holds/holds'
import { foldAccents } from '../families/text-keys'
import { formatUkDate } from '../rules'
import type { Session } from '../session'
import type { addendumArgs, concernListArgs, concernReferralArgs, ConcernRow, ConcernView, decisionArgs, raiseConcernArgs, statusArgs } from './schemas'
import { CONCERN_HOLD_SOURCE, type ConcernDecision, type ConcernStatus } from './vocab'

/*
 * Safeguarding concerns (issue 13, P01, P11, P18): raised by anyone on duty, read only by
 * coordinators. Raising one places a safeguarding hold on each child it names, so nothing about
 * them (their family's referral, attendance, pre-visits, documents) is disposed of while it is
 * needed; the holds can be lifted only once the concern is closed (hold-source.ts).
 */

type RaiseInput = z.output<typeof raiseConcernArgs>

interface PersonRow {
  id: number
  familyId: number
  role: string
  name: string
  dateOfBirth: string | null
}

function peopleOf(db: ReadableDB, ids: readonly number[]): PersonRow[] {
  return ids.map((id) => {
    const row = db
      .prepare("SELECT id, family_id AS familyId, role, given_name || ' ' || family_name AS name, date_of_birth AS dateOfBirth FROM person WHERE id = ?")
      .get(id) as PersonRow | undefined
    if (!row) throw new CabinetError('not_found', `There is no person with id ${id}. Choose the people the concern is about again.`, { field: 'personIds' })
    return row
  })
}

/**
 * The session a concern (or an accident) arose at must exist. Sessions come with their own area:
 * until its table exists, naming one is refused in words rather than by a foreign key.
 */
export function requireSession(db: ReadableDB, sessionId: number): void {
  const sessions = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'contact_session'").get() !== undefined
  if (!sessions || !db.prepare('SELECT 1 FROM contact_session WHERE id = ?').get(sessionId)) {
    throw new CabinetError('not_found', `There is no session with id ${sessionId}. Raise the concern from the session's day, or without a session.`, {
      field: 'sessionId',
    })
  }
}

/** Record a concern as the raiser wrote it and hold each child it names. Returns its id. */
export function raiseConcern(session: Session, input: RaiseInput): number {
  const db = session.db
  if (!db.prepare('SELECT 1 FROM family WHERE id = ?').get(input.familyId)) {
    throw new CabinetError('not_found', `There is no family with id ${input.familyId}.`, { field: 'familyId' })
  }
  if (input.sessionId) requireSession(db, input.sessionId)
  const ids = [...new Set(input.personIds)]
  const people = peopleOf(db, ids)
  if (people.some((p) => p.familyId !== input.familyId)) {
    throw new CabinetError('validation', 'Everyone the concern is about must be from the same family. Choose them again.', { field: 'personIds' })
  }
  const now = session.now().toISOString()
  const { id } = db
    .prepare(
      `INSERT INTO safeguarding_concern (family_id, session_id, occurred_on, occurred_time, location, account, immediate_action, raised_at, raised_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      input.familyId,
      input.sessionId ?? null,
      input.occurredOn,
      input.occurredTime,
      input.location,
      input.account,
      input.immediateAction,
      now,
      session.user.id,
      now,
    ) as { id: number }
  const link = db.prepare('INSERT INTO safeguarding_concern_person (concern_id, person_id) VALUES (?, ?)')
  for (const p of people) link.run(id, p.id)
  const reason = `Safeguarding concern of ${formatUkDate(input.occurredOn)}`
  const source = { type: CONCERN_HOLD_SOURCE, id }
  const children = people.filter((p) => p.role === 'child')
  // A hold on a child holds every record about them; a concern about adults only holds the family.
  if (children.length > 0) for (const child of children) placeHold(session, { subject: { type: 'person', id: child.id }, kind: 'safeguarding', reason, source })
  else placeHold(session, { subject: { type: 'family', id: input.familyId }, kind: 'safeguarding', reason, source })
  return id
}

interface ConcernRowDb {
  id: number
  familyId: number
  familyLabel: string
  occurredOn: string
  about: string
  status: ConcernStatus
  decision: ConcernDecision | null
  raisedBy: string
  raisedAt: string
  seenAt: string | null
}

const ROW_SELECT = `SELECT c.id, c.family_id AS familyId, f.label AS familyLabel, c.occurred_on AS occurredOn, c.status, c.decision,
    u.display_name AS raisedBy, c.raised_at AS raisedAt, c.seen_at AS seenAt,
    (SELECT json_group_array(p.given_name || ' ' || p.family_name) FROM safeguarding_concern_person cp JOIN person p ON p.id = cp.person_id WHERE cp.concern_id = c.id) AS about
  FROM safeguarding_concern c JOIN family f ON f.id = c.family_id JOIN users u ON u.id = c.raised_by`

function toRow(r: ConcernRowDb): ConcernRow {
  return { ...r, about: JSON.parse(r.about) as string[], seen: r.seenAt !== null }
}

/**
 * Unread concerns first, then the newest; optionally one status, and words found (accents and
 * case aside) in the family's label or the names of the people it is about. A centre has tens of
 * concerns, not thousands, so the words are matched here rather than in an index.
 */
export function listConcerns(db: ReadableDB, args: z.output<typeof concernListArgs>): ConcernRow[] {
  const rows = (
    db
      .prepare(`${ROW_SELECT} WHERE (@status IS NULL OR c.status = @status) ORDER BY (c.seen_at IS NULL) DESC, c.occurred_on DESC, c.id DESC`)
      .all({ status: args.status ?? null }) as ConcernRowDb[]
  ).map(toRow)
  const words = foldAccents(args.query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return rows
  return rows.filter((r) => {
    const text = foldAccents([r.familyLabel, ...r.about].join(' '))
    return words.every((w) => text.includes(w))
  })
}

export function concernsOfFamily(db: ReadableDB, familyId: number): ConcernRow[] {
  return (db.prepare(`${ROW_SELECT} WHERE c.family_id = ? ORDER BY c.occurred_on DESC, c.id DESC`).all(familyId) as ConcernRowDb[]).map(toRow)
}

export function unseenCount(db: ReadableDB): number {
  return db.prepare('SELECT count(*) FROM safeguarding_concern WHERE seen_at IS NULL').pluck().get() as number
}

function requireConcern(db: ReadableDB, id: number): ConcernRowDb {
  const row = db.prepare(`${ROW_SELECT} WHERE c.id = ?`).get(id) as ConcernRowDb | undefined
  if (!row) throw new CabinetError('not_found', `There is no safeguarding concern with id ${id}.`, { field: 'concernId' })
  return row
}

/** The whole concern, as a coordinator reads it. */
export function getConcern(db: ReadableDB, id: number): ConcernView {
  const base = requireConcern(db, id)
  const detail = db
    .prepare(
      `SELECT session_id AS sessionId, occurred_time AS occurredTime, location, account, immediate_action AS immediateAction,
              decision_on AS decisionOn, decision_reason AS decisionReason, outcome, closed_on AS closedOn
       FROM safeguarding_concern WHERE id = ?`,
    )
    .get(id) as Pick<
    ConcernView,
    'sessionId' | 'occurredTime' | 'location' | 'account' | 'immediateAction' | 'decisionOn' | 'decisionReason' | 'outcome' | 'closedOn'
  >
  const people = db
    .prepare(
      `SELECT p.id, p.given_name || ' ' || p.family_name AS name, p.role, p.date_of_birth AS dateOfBirth
       FROM safeguarding_concern_person cp JOIN person p ON p.id = cp.person_id WHERE cp.concern_id = ? ORDER BY p.role = 'child' DESC, p.id`,
    )
    .all(id) as ConcernView['people']
  const addenda = db
    .prepare(
      `SELECT a.id, a.text, a.written_at AS writtenAt, u.display_name AS writtenBy FROM safeguarding_addendum a JOIN users u ON u.id = a.written_by
       WHERE a.concern_id = ? ORDER BY a.id`,
    )
    .all(id) as ConcernView['addenda']
  const referrals = db
    .prepare(
      `SELECT r.id, r.agency, r.referred_on AS referredOn, r.to_whom AS toWhom, r.reference, r.person_told AS personTold,
              r.not_told_reason AS notToldReason, r.recorded_at AS recordedAt, u.display_name AS recordedBy
       FROM safeguarding_referral r JOIN users u ON u.id = r.recorded_by WHERE r.concern_id = ? ORDER BY r.referred_on, r.id`,
    )
    .all(id) as ConcernView['referrals']
  const activeHolds = holdsPlacedBy(db, { type: CONCERN_HOLD_SOURCE, id }).length
  return { ...toRow(base), ...detail, people, addenda, referrals, activeHolds }
}

/** A coordinator has opened it: it is no longer new. */
export function markSeen(session: Session, id: number): void {
  session.db
    .prepare('UPDATE safeguarding_concern SET seen_at = ?, seen_by = ? WHERE id = ? AND seen_at IS NULL')
    .run(session.now().toISOString(), session.user.id, id)
}

function touch(db: WritableDB, id: number, at: string): void {
  db.prepare('UPDATE safeguarding_concern SET updated_at = ? WHERE id = ?').run(at, id)
}

export function addAddendum(session: Session, input: z.output<typeof addendumArgs>): void {
  requireConcern(session.db, input.concernId)
  const at = session.now().toISOString()
  session.db
    .prepare('INSERT INTO safeguarding_addendum (concern_id, text, written_at, written_by) VALUES (?, ?, ?, ?)')
    .run(input.concernId, input.text, at, session.user.id)
  touch(session.db, input.concernId, at)
}

export function recordDecision(session: Session, input: z.output<typeof decisionArgs>): void {
  requireConcern(session.db, input.concernId)
  session.db
    .prepare('UPDATE safeguarding_concern SET decision = ?, decision_on = ?, decision_reason = ?, updated_at = ? WHERE id = ?')
    .run(input.decision, input.decisionOn, input.reason, session.now().toISOString(), input.concernId)
}

/** A referral made to keep a child or adult safe: a disclosure (P18), audited with that basis. */
export function recordReferral(session: Session, input: z.output<typeof concernReferralArgs>): number {
  requireConcern(session.db, input.concernId)
  const at = session.now().toISOString()
  const { id } = session.db
    .prepare(
      `INSERT INTO safeguarding_referral (concern_id, agency, referred_on, to_whom, reference, person_told, not_told_reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(input.concernId, input.agency, input.referredOn, input.toWhom, input.reference, input.personTold, input.notToldReason, at, session.user.id) as {
    id: number
  }
  touch(session.db, input.concernId, at)
  return id
}

export function changeStatus(session: Session, input: z.output<typeof statusArgs>): void {
  const concern = requireConcern(session.db, input.concernId)
  if (input.closedOn && input.status === 'closed' && input.closedOn < concern.occurredOn) {
    throw new CabinetError('validation', `The date the concern was closed cannot be before it happened (${formatUkDate(concern.occurredOn)}).`, {
      field: 'closedOn',
    })
  }
  const closedOn = input.status === 'closed' ? (input.closedOn ?? null) : null
  session.db
    .prepare('UPDATE safeguarding_concern SET status = ?, closed_on = ?, outcome = coalesce(?, outcome), updated_at = ? WHERE id = ?')
    .run(input.status, closedOn, input.outcome, session.now().toISOString(), input.concernId)
}
