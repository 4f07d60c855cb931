import type { z } from 'zod'
import type { ReadableDB, WritableDB } from '../db/types'
import { CabinetError } from '../errors'
import { formatUkDate, isoDate } from '../rules'
import type { Session } from '../session'
import { readSetting, writeSetting } from '../settings/settings'
import { ICO_ROUTE } from './vocab'
import type { acknowledgeArgs, ComplaintRow, ComplaintTargets, ComplaintView, escalateArgs, followUpArgs, recordComplaintArgs, resolveArgs } from './schemas'
import { addWorkingDays } from './working-days'

/*
 * The complaints register (P04: received, followed up, resolved; P32: formal complaints followed
 * up with the complainant; P10: kept a year after resolution). Each complaint's acknowledgement
 * and response targets are counted in working days from the day it arrived, with the centre's
 * targets as they stood then.
 */

export const TARGETS_SETTING = 'complaints.targets'
export const DEFAULT_TARGETS: ComplaintTargets = { acknowledgeWorkingDays: 5, respondWorkingDays: 20 }

export function readTargets(db: ReadableDB): ComplaintTargets {
  return { ...DEFAULT_TARGETS, ...readSetting<Partial<ComplaintTargets>>(db, TARGETS_SETTING) }
}

export function saveTargets(db: WritableDB, targets: ComplaintTargets): ComplaintTargets {
  if (targets.respondWorkingDays < targets.acknowledgeWorkingDays) {
    throw new CabinetError('validation', 'The time to respond cannot be shorter than the time to acknowledge.', { field: 'respondWorkingDays' })
  }
  writeSetting(db, TARGETS_SETTING, targets)
  return targets
}

const SELECT = `SELECT c.id, c.kind, c.received_on AS receivedOn, c.channel, c.anonymous, c.from_name AS fromName, c.from_contact AS fromContact,
    c.from_person_id AS fromPersonId, c.about, c.summary, c.acknowledge_due_on AS acknowledgeDueOn, c.response_due_on AS responseDueOn,
    c.acknowledged_on AS acknowledgedOn, c.resolved_on AS resolvedOn, c.outcome, c.resolution, c.followed_up_on AS followedUpOn,
    c.follow_up_method AS followUpMethod, c.followed_up_by AS followedUpBy, c.escalated_to AS escalatedTo, c.escalated_on AS escalatedOn,
    c.recorded_at AS recordedAt, u.display_name AS recordedBy
  FROM complaint c JOIN users u ON u.id = c.recorded_by`

type Db = Omit<ComplaintView, 'anonymous' | 'from' | 'overdue' | 'notes' | 'icoRoute'> & { anonymous: number }

function isOverdue(r: Db, today: string): boolean {
  if (r.resolvedOn) return false
  return (!r.acknowledgedOn && r.acknowledgeDueOn < today) || r.responseDueOn < today
}

function toRow(r: Db, today: string): ComplaintRow & Db {
  return { ...r, from: r.anonymous ? 'Anonymous' : (r.fromName ?? ''), overdue: isOverdue(r, today) }
}

/** Open ones past a target first, then open ones, then the rest; newest first within each. */
export function listComplaints(db: ReadableDB, today: string): ComplaintRow[] {
  const rows = (db.prepare(`${SELECT} ORDER BY c.received_on DESC, c.id DESC`).all() as Db[]).map((r) => toRow(r, today))
  const rank = (r: ComplaintRow) => (r.overdue ? 0 : r.resolvedOn ? 2 : 1)
  return rows.sort((a, b) => rank(a) - rank(b))
}

export function getComplaint(db: ReadableDB, id: number, today: string): ComplaintView {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as Db | undefined
  if (!row) throw new CabinetError('not_found', `There is no complaint with id ${id}.`, { field: 'id' })
  const notes = db
    .prepare(
      'SELECT n.id, n.text, n.written_at AS writtenAt, u.display_name AS writtenBy FROM complaint_note n JOIN users u ON u.id = n.written_by WHERE n.complaint_id = ? ORDER BY n.id',
    )
    .all(id) as ComplaintView['notes']
  return { ...toRow(row, today), anonymous: row.anonymous === 1, notes, icoRoute: row.about === 'data_protection' ? ICO_ROUTE : null }
}

export function recordComplaint(session: Session, input: z.output<typeof recordComplaintArgs>): number {
  const db = session.db
  if (input.fromPersonId && !db.prepare('SELECT 1 FROM person WHERE id = ?').get(input.fromPersonId)) {
    throw new CabinetError('not_found', `There is no person with id ${input.fromPersonId}.`, { field: 'fromPersonId' })
  }
  const targets = readTargets(db)
  const now = session.now().toISOString()
  const row = db
    .prepare(
      `INSERT INTO complaint (kind, received_on, channel, anonymous, from_name, from_contact, from_person_id, about, summary,
         acknowledge_due_on, response_due_on, recorded_at, recorded_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    )
    .get(
      input.kind,
      input.receivedOn,
      input.channel,
      input.anonymous ? 1 : 0,
      input.anonymous ? null : input.fromName,
      input.anonymous ? null : input.fromContact,
      input.anonymous ? null : (input.fromPersonId ?? null),
      input.about,
      input.summary,
      addWorkingDays(input.receivedOn, targets.acknowledgeWorkingDays),
      addWorkingDays(input.receivedOn, targets.respondWorkingDays),
      now,
      session.user.id,
      now,
    ) as { id: number }
  return row.id
}

function requireReceived(db: ReadableDB, id: number, on: string, field: string, what: string): void {
  const row = db.prepare('SELECT received_on AS receivedOn FROM complaint WHERE id = ?').get(id) as { receivedOn: string } | undefined
  if (!row) throw new CabinetError('not_found', `There is no complaint with id ${id}.`, { field: 'id' })
  if (on < row.receivedOn)
    throw new CabinetError('validation', `${what} cannot be before the complaint was received (${formatUkDate(row.receivedOn)}).`, { field })
}

function update(session: Session, id: number, set: string, values: unknown[]): void {
  session.db.prepare(`UPDATE complaint SET ${set}, updated_at = ? WHERE id = ?`).run(...values, session.now().toISOString(), id)
}

export function acknowledge(session: Session, input: z.output<typeof acknowledgeArgs>): void {
  requireReceived(session.db, input.id, input.acknowledgedOn, 'acknowledgedOn', 'The acknowledgement')
  update(session, input.id, 'acknowledged_on = ?', [input.acknowledgedOn])
}

export function addNote(session: Session, id: number, text: string): void {
  requireReceived(session.db, id, '9999-12-31', 'id', 'A note')
  session.db
    .prepare('INSERT INTO complaint_note (complaint_id, text, written_at, written_by) VALUES (?, ?, ?, ?)')
    .run(id, text, session.now().toISOString(), session.user.id)
}

export function resolve(session: Session, input: z.output<typeof resolveArgs>): void {
  requireReceived(session.db, input.id, input.resolvedOn, 'resolvedOn', 'The resolution')
  update(session, input.id, 'resolved_on = ?, outcome = ?, resolution = ?', [input.resolvedOn, input.outcome, input.resolution])
}

export function followUp(session: Session, input: z.output<typeof followUpArgs>): void {
  requireReceived(session.db, input.id, input.followedUpOn, 'followedUpOn', 'The follow-up')
  update(session, input.id, 'followed_up_on = ?, follow_up_method = ?, followed_up_by = ?', [input.followedUpOn, input.method, input.by])
}

export function escalate(session: Session, input: z.output<typeof escalateArgs>): void {
  requireReceived(session.db, input.id, input.on, 'on', 'The escalation')
  update(session, input.id, 'escalated_to = ?, escalated_on = ?', [input.to, input.on])
}

export function today(session: Session): string {
  return isoDate(session.now())
}
