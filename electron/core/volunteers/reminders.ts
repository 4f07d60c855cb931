import type { ReadableDB } from '../db/types'
import type { OpContext } from '../operations/guard'
import { isoDate } from '../rules'
import type { Reminder, ReminderSource } from '../data-map/types'
import { allVolunteers } from './rows'
import { readVolunteerSettings } from './settings'
import { dueFor } from './status'

/*
 * The area's reminders for the Reminders page (declared in its data map): DBS re-checks and
 * update-service status checks from 60 days ahead, references outstanding 14 days after they
 * were requested, and training from 30 days before it expires. Only people still volunteering;
 * each reminder opens the volunteer's page. The volunteer's own page shows the same items
 * (status.ts dueFor), so the two never disagree.
 */

function remindersFrom(source: string, db: ReadableDB, today: string, horizonDays: number): Reminder[] {
  const settings = readVolunteerSettings(db)
  return allVolunteers(db)
    .filter((v) => !v.endedOn || v.endedOn > today)
    .flatMap((v) =>
      dueFor(db, v, settings, today, horizonDays)
        .filter((item) => item.key.startsWith(`${source}:`))
        .map((item) => ({ ...item, source, href: `#/volunteers/${v.id}` })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key))
}

function source(name: string, label: string): ReminderSource {
  return { name, label, list: (db, today, horizonDays) => remindersFrom(name, db, today, horizonDays) }
}

/** Everything the area's sources have due, most urgent first (the volunteers.due operation). */
export function dueAcrossArea({ horizonDays }: { horizonDays: number }, { session }: OpContext): Reminder[] {
  const today = isoDate(session.now())
  return volunteerReminderSources
    .flatMap((s) => s.list(session.db, today, horizonDays))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.key.localeCompare(b.key))
}

export const volunteerReminderSources: readonly ReminderSource[] = [
  source('volunteers.dbs', 'DBS re-checks and status checks'),
  source('volunteers.references', 'References outstanding'),
  source('volunteers.training', 'Training expiring'),
]
