import type { Reminder, ReminderSource } from '../data-map/types'
import type { ReadableDB } from '../db/types'
import { formatUkDate } from '../rules'

/**
 * Complaints to acknowledge or answer (P04, P32): an open complaint not yet acknowledged is due
 * on its acknowledgement target, one not yet resolved on its response target (both computed in
 * working days when it was received). Past the date, the Reminders page shows it overdue.
 */
export const complaintReminders: ReminderSource = {
  name: 'complaints.targets',
  label: 'Complaints to acknowledge or answer',
  list(db: ReadableDB, today: string, horizonDays: number): readonly Reminder[] {
    const until = db.prepare("SELECT date(?, '+' || ? || ' days')").pluck().get(today, horizonDays) as string
    const rows = db
      .prepare(
        `SELECT id, kind, anonymous, from_name AS fromName, received_on AS receivedOn, acknowledged_on AS acknowledgedOn,
                acknowledge_due_on AS acknowledgeDueOn, response_due_on AS responseDueOn
         FROM complaint WHERE resolved_on IS NULL ORDER BY received_on, id`,
      )
      .all() as ComplaintDue[]
    return rows.flatMap((c) => dueItems(c)).filter((r) => r.dueOn <= until)
  },
}

interface ComplaintDue {
  id: number
  kind: 'complaint' | 'intent'
  anonymous: number
  fromName: string | null
  receivedOn: string
  acknowledgedOn: string | null
  acknowledgeDueOn: string
  responseDueOn: string
}

function dueItems(c: ComplaintDue): Reminder[] {
  const what = `${c.kind === 'intent' ? 'intent to complain' : 'complaint'} ${c.anonymous ? '(anonymous)' : `from ${c.fromName}`} received ${formatUkDate(c.receivedOn)}`
  const href = `#/complaints/${c.id}`
  if (!c.acknowledgedOn)
    return [{ key: `complaints.acknowledge:${c.id}`, source: 'complaints.targets', title: `Acknowledge the ${what}`, dueOn: c.acknowledgeDueOn, href }]
  return [{ key: `complaints.respond:${c.id}`, source: 'complaints.targets', title: `Respond to the ${what}`, dueOn: c.responseDueOn, href }]
}
