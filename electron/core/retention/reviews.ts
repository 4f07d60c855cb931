import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import { addPeriod } from './dates'
import { currentSchedule } from './schedule-store'

/*
 * The privacy policy's reviews (P31): each with its date, who reviewed it and a summary, and
 * when the next is due by the schedule's interval (MM yearly, CE at least every three years).
 */

export interface PolicyReview {
  id: number
  reviewedOn: string
  reviewedBy: string
  summary: string
  nextDueOn: string | null
  recordedAt: string
}

const SELECT = `SELECT r.id, r.reviewed_on AS reviewedOn, u.display_name AS reviewedBy, r.summary, r.next_due_on AS nextDueOn, r.recorded_at AS recordedAt
  FROM policy_review r JOIN users u ON u.id = r.reviewed_by`

export function listReviews(db: ReadableDB): PolicyReview[] {
  return db.prepare(`${SELECT} ORDER BY r.reviewed_on DESC, r.id DESC`).all() as PolicyReview[]
}

export function latestReview(db: ReadableDB): PolicyReview | null {
  return listReviews(db)[0] ?? null
}

/** Record a review (inside the caller's transaction); the next is due by the schedule's interval. */
export function recordReview(session: Session, input: { reviewedOn: string; summary: string }): PolicyReview {
  const today = session.now().toISOString().slice(0, 10)
  if (input.reviewedOn > today) throw new CabinetError('validation', 'The review date cannot be in the future.', { field: 'reviewedOn' })
  const every = currentSchedule(session.db)?.schedule.reviewEveryMonths ?? null
  const next = every === null ? null : addPeriod(input.reviewedOn, 0, every)
  const { id } = session.db
    .prepare('INSERT INTO policy_review (reviewed_on, reviewed_by, summary, next_due_on, recorded_at) VALUES (?, ?, ?, ?, ?) RETURNING id')
    .get(input.reviewedOn, session.user.id, input.summary, next, session.now().toISOString()) as { id: number }
  return listReviews(session.db).find((r) => r.id === id) as PolicyReview
}
