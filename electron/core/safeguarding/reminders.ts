import type { Reminder, ReminderSource } from '../data-map/types'
import type { ReadableDB } from '../db/types'
import { formatUkDate } from '../rules'

/**
 * Concerns no coordinator has read yet: due the day they were raised, so they sit at the top of
 * the Reminders page as well as being shown first on unlock. Titles name no child and no detail.
 */
export const unseenConcernReminders: ReminderSource = {
  name: 'safeguarding.unseen',
  label: 'Safeguarding concerns not yet read',
  list(db: ReadableDB): readonly Reminder[] {
    const rows = db.prepare('SELECT id, substr(raised_at, 1, 10) AS raisedOn FROM safeguarding_concern WHERE seen_at IS NULL ORDER BY raised_at, id').all() as {
      id: number
      raisedOn: string
    }[]
    return rows.map((r) => ({
      key: `safeguarding.unseen:${r.id}`,
      source: 'safeguarding.unseen',
      title: `Read the safeguarding concern raised on ${formatUkDate(r.raisedOn)}`,
      dueOn: r.raisedOn,
      href: `#/concerns/${r.id}`,
    }))
  },
}
