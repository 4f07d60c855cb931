import { describeAuditRows } from '../audit/record-labels'
import type { Reminder, ReminderSource } from '../data-map/types'
import type { ReadableDB } from '../db/types'
import { activeHolds } from '../holds/holds'
import { holdKinds } from '../holds/vocab'
import { addDays, addPeriod, ukDate } from './dates'
import { subjectKey, type Assessment } from './engine'
import { familyOfPersonLookup } from './gather'
import { assessArchive } from './report'
import { currentSchedule } from './schedule-store'
import { latestReview } from './reviews'

/*
 * Retention's reminders for the Reminders page (declared in its data map like any area's):
 * records due for disposal now and within the horizon, one per family or volunteer; holds past
 * their review date; the privacy policy's review (P31); and a schedule still to choose.
 */

/** What a subject is called on screen and where its page is (the audit log's own labels). */
export function subjectLabel(db: ReadableDB, subject: Assessment['subject']): { label: string; link: string | null } {
  if (subject.type === 'centre' || subject.id === null) return { label: 'the centre', link: null }
  const [row] = describeAuditRows(db, [{ actorUserId: null, actor: '', recordType: subject.type, recordId: String(subject.id) }])
  return row.record ?? { label: `${subject.type} ${subject.id}`, link: null }
}

const disposals: ReminderSource = {
  name: 'retention.disposals',
  label: 'Records due for disposal',
  list(db, today, horizonDays) {
    const { schedule, assessments } = assessArchive(db, today)
    if (!schedule) {
      return [
        {
          key: 'retention.schedule:none',
          source: 'retention.disposals',
          title: 'Choose the centre’s retention schedule',
          dueOn: today,
          href: '#/retention/schemas',
        },
      ]
    }
    const horizon = addDays(today, horizonDays)
    const bySubject = new Map<string, Assessment[]>()
    for (const a of assessments) {
      if ((a.state === 'due' || a.state === 'upcoming') && a.dueOn !== null && a.dueOn <= horizon) {
        bySubject.set(subjectKey(a.subject), [...(bySubject.get(subjectKey(a.subject)) ?? []), a])
      }
    }
    return [...bySubject.entries()].map(([key, list]): Reminder => {
      const dueOn = list.map((a) => a.dueOn as string).sort()[0]
      const { label } = subjectLabel(db, list[0].subject)
      const n = list.length
      return {
        key: `retention.disposals:${key}`,
        source: 'retention.disposals',
        title: `${n} record${n === 1 ? '' : 's'} about ${label} ${dueOn <= today ? 'due' : 'falling due'} for disposal: review them`,
        dueOn,
        href: '#/retention',
      }
    })
  },
}

const holdReviews: ReminderSource = {
  name: 'holds.review',
  label: 'Holds to review',
  list(db, today, horizonDays) {
    const horizon = addDays(today, horizonDays)
    const familyOfPerson = familyOfPersonLookup(db)
    return activeHolds(db)
      .filter((h) => h.reviewOn !== null && h.reviewOn <= horizon)
      .map((h) => {
        const family = h.subject.type === 'family' ? h.subject.id : h.subject.type === 'person' ? familyOfPerson(h.subject.id) : null
        return {
          key: `holds.review:${h.id}`,
          source: 'holds.review',
          title: `Review the ${holdKinds.label(h.kind).toLowerCase()} hold set on ${ukDate(h.setAt.slice(0, 10))} (review date ${ukDate(h.reviewOn as string)})`,
          dueOn: h.reviewOn as string,
          href: family !== null ? `#/families/${family}` : '#/retention',
        }
      })
  },
}

const policyReview: ReminderSource = {
  name: 'retention.policy-review',
  label: 'Privacy policy review',
  list(db, today, horizonDays) {
    const schedule = currentSchedule(db)
    const every = schedule?.schedule.reviewEveryMonths ?? null
    if (!schedule || every === null) return []
    const last = latestReview(db)
    const dueOn = last?.nextDueOn ?? (last ? addPeriod(last.reviewedOn, 0, every) : today)
    if (dueOn > addDays(today, horizonDays)) return []
    return [
      {
        key: 'retention.policy-review:next',
        source: 'retention.policy-review',
        title: last ? `Review the privacy policy (last reviewed ${ukDate(last.reviewedOn)})` : 'Review the privacy policy and record the review',
        dueOn,
        href: '#/retention/notice',
      },
    ]
  },
}

export const retentionReminders: readonly ReminderSource[] = [disposals, holdReviews, policyReview]
