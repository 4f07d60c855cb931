import type { ReadableDB } from '../db/types'
import { settledArchive } from './archive-index'
import { assess, deferralsByKey, describe, engineOrder, holdsByKey, settle, stateOf, type Assessment, type AssessmentState, type Settled } from './engine'
import { gatherDeferrals, gatherHolds, gatherRecords } from './gather'
import { currentSchedule } from './schedule-store'
import type { ScheduleVersion } from './schemas'

/** Every record assessed against the schedule in force on `today` (the engine's inputs read from the database). */
export interface RetentionAssessment {
  readonly schedule: ScheduleVersion | null
  readonly today: string
  readonly assessments: readonly Assessment[]
}

/**
 * Every record read afresh from the database and assessed, without the retention index: what
 * the index must always agree with (its tests compare the two), and what the bench sets beside it.
 */
export function assessArchive(db: ReadableDB, today: string): RetentionAssessment {
  const schedule = currentSchedule(db)
  if (!schedule) return { schedule: null, today, assessments: [] }
  const assessments = assess(gatherRecords(db, schedule.schedule), schedule.schedule, gatherHolds(db), gatherDeferrals(db), today)
  return { schedule, today, assessments }
}

export type StateCounts = Record<Exclude<AssessmentState, 'kept'>, number>

export interface Sweep extends RetentionAssessment {
  /** How many records are in each state on `today` (every record, whatever was asked for). */
  readonly counts: StateCounts
  /** How many records `wanted` chose; `assessments` holds those of them in the page asked for. */
  readonly matched: number
}

export interface SweepQuery {
  /** Which records to describe (all by default). */
  readonly wanted?: (state: AssessmentState, dueOn: string | null) => boolean
  readonly offset?: number
  readonly limit?: number
}

/**
 * The sweep: every record's state on `today`, from the retention index where this connection
 * keeps one (archive-index.ts), else read afresh. Only the records asked for are put into words,
 * so a sweep costs a comparison per record once the index is up to date.
 */
export function sweepArchive(db: ReadableDB, today: string, query: SweepQuery = {}): Sweep {
  const counts: StateCounts = { due: 0, upcoming: 0, deferred: 0, held: 0, running: 0 }
  const schedule = currentSchedule(db)
  if (!schedule) return { schedule: null, today, assessments: [], counts, matched: 0 }
  const settled: readonly Settled[] =
    settledArchive(db, schedule) ?? settle(gatherRecords(db, schedule.schedule), schedule.schedule, deferralsByKey(gatherDeferrals(db))).sort(engineOrder)
  const holds = holdsByKey(gatherHolds(db))
  const { wanted, offset = 0, limit = Infinity } = query
  const ruleWords = new Map<string, string>()
  const assessments: Assessment[] = []
  let matched = 0
  for (const s of settled) {
    const subjectHolds = holds.get(s.key)
    const state = stateOf(s, subjectHolds !== undefined, today)
    if (state !== 'kept') counts[state]++
    if (wanted && !wanted(state, s.dueOn)) continue
    if (matched >= offset && matched - offset < limit) assessments.push(describe(s, schedule.schedule, subjectHolds ?? [], today, ruleWords))
    matched++
  }
  return { schedule, today, assessments, counts, matched }
}
