import { describeAuditRows } from '../audit/record-labels'
import type { Reminder, ReminderSource } from '../data-map/types'
import type { ReadableDB } from '../db/types'
import { activeHolds } from '../holds/holds'
import { holdKinds } from '../holds/vocab'
import { addDays, addPeriod, ukDate } from './dates'
import { subjectKey, type Assessment } from './engine'
import { familyOfPersonLookup } from './gather'
import { sweepArchive } from './report'
import { currentSchedule } from './schedule-store'
import { latestReview } from './reviews'

/*
 * Retention's reminders for the Reminders page (declared in its data map like any area's):
 * records due for disposal now and within the horizon, one per family or volunteer; holds past
 * their review date; the privacy policy's review (P31); and a schedule still to choose.
 */

/**
 * What each subject is called on screen and where its page is (the audit log's own labels), all
 * looked up at once: a review on a large centre names thousands of families.
 */
export function subjectLabels(db: ReadableDB, subjects: readonly Assessment['subject'][]): { label: string; link: string | null }[] {
  const named = subjects.filter((s) => s.type !== 'centre' && s.id !== null)
  const described = describeAuditRows(
    db,
    named.map((s) => ({ actorUserId: null, actor: '', recordType: s.type, recordId: String(s.id) })),
  )
  const byKey = new Map(named.map((s, i) => [subjectKey(s), described[i].record ?? { label: `${s.type} ${s.id}`, link: null }]))
  return subjects.map((s) => byKey.get(subjectKey(s)) ?? { label: 'the centre', link: null })
}

const disposals: ReminderSource = {
  name: 'retention.disposals',
  label: 'Records due for disposal',
  list(db, today, horizonDays) {
    const horizon = addDays(today, horizonDays)
    const { schedule, assessments } = sweepArchive(db, today, {
      wanted: (state, dueOn) => (state === 'due' || state === 'upcoming') && dueOn !== null && dueOn <= horizon,
    })
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
    const bySubject = new Map<string, Assessment[]>()
    for (const a of assessments) {
      if ((a.state === 'due' || a.state === 'upcoming') && a.dueOn !== null && a.dueOn <= horizon) {
        bySubject.set(subjectKey(a.subject), [...(bySubject.get(subjectKey(a.subject)) ?? []), a])
      }
    }
    const entries = [...bySubject.entries()]
    const labels = subjectLabels(
      db,
      entries.map(([, list]) => list[0].subject),
    )
    return entries.map(([key, list], i): Reminder => {
      const dueOn = list.map((a) => a.dueOn as string).sort()[0]
      const { label } = labels[i]
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
