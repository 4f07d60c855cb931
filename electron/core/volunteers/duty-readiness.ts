import { sql } from '../db/statement-cache'
import type { ReadableDB } from '../db/types'
import { volunteerOfUser } from './rows'
import { readVolunteerSettings } from './settings'
import { dutyFlags, missingSteps } from './status'

/**
 * May this Cabinet user be put on duty for a session on `onDate` (yyyy-MM-dd)? The sessions
 * area asks before it writes a session_duty row.
 *
 * - `blockers`: the recruitment steps the centre requires before a first session (Settings) that
 *   this person has not done by that day, each a sentence naming them and what is missing.
 *   Putting them on duty is refused with these messages.
 * - `flags`: warnings shown beside their name on duty lists (a lapsed DBS check, expired
 *   training). They do not stop the duty; they tell the coordinator to act.
 *
 * A user with no volunteer record cannot show any step, so that is a blocker in itself.
 */
export function dutyReadiness(db: ReadableDB, userId: number, onDate: string): { blockers: string[]; flags: string[] } {
  const volunteer = volunteerOfUser(db, userId)
  if (!volunteer) {
    const name = (sql(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(userId) as string | undefined) ?? 'This user'
    return {
      blockers: [`${name} has no volunteer record in Cabinet, so their recruitment steps cannot be checked: add them in Volunteers and link their login.`],
      flags: [],
    }
  }
  const settings = readVolunteerSettings(db)
  return { blockers: missingSteps(db, volunteer, settings, onDate), flags: dutyFlags(db, volunteer, settings, onDate) }
}
