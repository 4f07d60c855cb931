import { reminderSources, type Reminder, type ReminderSource } from '../data-map'
import { readRegister } from '../backups/register'
import { backupStatus } from '../backups/status'
import { lastDisposalAt } from '../backups/disposals'
import { isoDate } from '../rules'
import { retentionReminders } from '../retention/reminder-sources'
import type { Session } from '../session'
import type { ReminderView } from './api'

/*
 * Everything due within the horizon (and everything overdue), most urgent first. Every area's
 * reminders come through its data map's ReminderSource; retention's (disposals, holds, the
 * policy review) read every map, so they are listed here; the backup's age is not in the
 * database at all but in the backup register beside it.
 */

export const HORIZON_DAYS = 30

function backupReminder(session: Session, today: string): Reminder[] {
  const status = backupStatus(readRegister(session.paths), session.now(), lastDisposalAt(session.db))
  if (!status.warning) return []
  return [{ key: 'backups.age:last', source: 'backups.age', title: status.warning, dueOn: today, href: '#/settings/backups' }]
}

export function listReminders(session: Session): { today: string; horizonDays: number; items: ReminderView[] } {
  const today = isoDate(session.now())
  const sources: (ReminderSource & { label: string })[] = [...reminderSources(), ...retentionReminders]
  const labels = new Map<string, string>(sources.map((s) => [s.name, s.label]))
  labels.set('backups.age', 'Backups')
  const all = [...sources.flatMap((s) => s.list(session.db, today, HORIZON_DAYS)), ...backupReminder(session, today)]
  const items = all
    .map((r) => ({ ...r, sourceLabel: labels.get(r.source) ?? r.source, overdue: r.dueOn < today }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.sourceLabel.localeCompare(b.sourceLabel) || a.title.localeCompare(b.title))
  return { today, horizonDays: HORIZON_DAYS, items }
}
