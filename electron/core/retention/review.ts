import { recordClasses } from '../data-map/record-classes'
import type { ReadableDB } from '../db/types'
import { addDays } from './dates'
import { subjectKey, type Assessment } from './engine'
import { subjectLabels } from './reminder-sources'
import { sweepArchive } from './report'

/*
 * The disposal review: the engine's answer grouped by the family, volunteer or centre the
 * records are about, then by class; what is due now apart from what falls due within the
 * horizon, is deferred or is held.
 */

export const REVIEW_HORIZON_DAYS = 30

interface Group {
  subject: Assessment['subject']
  recordClass: Assessment['recordClass']
  classLabel: string
  state: Assessment['state']
  count: number
  dueOn: string | null
  rule: string
  reasons: string[]
  deferredUntil: string | null
}

function group(db: ReadableDB, list: readonly Assessment[]) {
  const subjects = new Map<string, Map<string, Group>>()
  for (const a of list) {
    const s = subjects.get(subjectKey(a.subject)) ?? new Map<string, Group>()
    const key = `${a.recordClass}|${a.state}`
    const g = s.get(key) ?? {
      subject: a.subject,
      recordClass: a.recordClass,
      classLabel: recordClasses.label(a.recordClass),
      state: a.state,
      count: 0,
      dueOn: a.dueOn,
      rule: a.rule,
      reasons: [],
      deferredUntil: a.deferredUntil,
    }
    g.count++
    if (a.dueOn !== null && (g.dueOn === null || a.dueOn < g.dueOn)) g.dueOn = a.dueOn
    if (!g.reasons.includes(a.reason)) g.reasons.push(a.reason)
    s.set(key, g)
    subjects.set(subjectKey(a.subject), s)
  }
  const lists = [...subjects.values()].map((groups) => [...groups.values()])
  const labels = subjectLabels(
    db,
    lists.map((list) => list[0].subject),
  )
  return lists.map((list, i) => ({ subject: list[0].subject, label: labels[i].label, link: labels[i].link, groups: list }))
}

export function reviewProposals(db: ReadableDB, today: string) {
  const horizon = addDays(today, REVIEW_HORIZON_DAYS)
  const soon = (state: Assessment['state'], dueOn: string | null) =>
    (state === 'upcoming' && dueOn !== null && dueOn <= horizon) || state === 'deferred' || (state === 'held' && dueOn !== null && dueOn <= horizon)
  const { schedule, assessments } = sweepArchive(db, today, { wanted: (state, dueOn) => state === 'due' || soon(state, dueOn) })
  return {
    asOf: today,
    scheduleVersion: schedule?.version ?? null,
    due: group(
      db,
      assessments.filter((a) => a.state === 'due'),
    ),
    later: group(
      db,
      assessments.filter((a) => soon(a.state, a.dueOn)),
    ),
  }
}
