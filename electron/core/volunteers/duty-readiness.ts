import type { ReadableDB } from '../db/types'

export interface DutyReadiness {
  /** Required recruitment steps not yet done: putting the user on duty is refused with these. */
  blockers: string[]
  /** Warnings shown on duty lists (a DBS check lapsed, training expired). */
  flags: string[]
}

/**
 * Whether a Cabinet user may be put on duty for a session on `onDate`.
 *
 * The volunteers area supplies the real rule (its recruitment steps, DBS and training records);
 * this placeholder, written so the sessions area can call it, finds nothing to block or flag.
 * At merge the volunteers area's file replaces this one.
 */
export function dutyReadiness(db: ReadableDB, userId: number, onDate: string): DutyReadiness {
  void db
  void userId
  void onDate
  return { blockers: [], flags: [] }
}
