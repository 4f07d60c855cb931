import type { ReadableDB } from '../db/types'
import { assess, type Assessment } from './engine'
import { gatherDeferrals, gatherHolds, gatherRecords } from './gather'
import { currentSchedule } from './schedule-store'
import type { ScheduleVersion } from './schemas'

/** Every record assessed against the schedule in force on `today` (the engine's inputs read from the database). */
export interface RetentionAssessment {
  readonly schedule: ScheduleVersion | null
  readonly today: string
  readonly assessments: readonly Assessment[]
}

export function assessArchive(db: ReadableDB, today: string): RetentionAssessment {
  const schedule = currentSchedule(db)
  if (!schedule) return { schedule: null, today, assessments: [] }
  const assessments = assess(gatherRecords(db, schedule.schedule), schedule.schedule, gatherHolds(db), gatherDeferrals(db), today)
  return { schedule, today, assessments }
}
