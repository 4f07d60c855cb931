import { recordClasses, type RecordClass } from '../data-map/record-classes'
import { holdKinds, type HoldKind } from '../holds/vocab'
import { addPeriod, birthdayAt, financialYearEnd, ukDate } from './dates'
import { keepInWords, type Schedule } from './schemas'

/*
 * The retention engine: a pure function over the records (as the areas' data maps find them),
 * the schedule, the active holds and deferrals, and "today" from the one clock. For every record
 * it gives the class, the due date, the rule and the reason in words, and what holds it. It
 * proposes; it never disposes (P17): only a coordinator's confirmation does (disposal.ts).
 */

/** Whose records these are: a family, a volunteer, or the centre itself (logins, the audit log). */
export type SubjectType = 'family' | 'volunteer' | 'centre'
export interface SubjectRef {
  readonly type: SubjectType
  readonly id: number | null
}

/** One row of a table with a class of its own (rows that `follow` a parent go with it). */
export interface RetentionRecord {
  readonly table: string
  readonly id: number
  readonly recordClass: RecordClass
  /** The ISO date the period starts (the area's trigger), or null while it has not started. */
  readonly trigger: string | null
  /** The trigger in words ("closed", "born", "volunteering ended"). */
  readonly event: string
  readonly subject: SubjectRef
}

export interface ActiveHold {
  readonly id: number
  readonly subject: SubjectRef
  readonly kind: HoldKind
  readonly setAt: string
}

export interface Deferral {
  readonly id: number
  readonly subject: SubjectRef
  readonly recordClass: RecordClass
  readonly untilOn: string
  readonly reason: string
}

export type AssessmentState = 'due' | 'upcoming' | 'deferred' | 'held' | 'running' | 'kept'

export interface Assessment {
  readonly table: string
  readonly id: number
  readonly recordClass: RecordClass
  readonly subject: SubjectRef
  readonly trigger: string | null
  /** When it may be disposed of; null while its period has not started, or when it is kept indefinitely. */
  readonly dueOn: string | null
  readonly state: AssessmentState
  /** The schedule's rule for its class, in words. */
  readonly rule: string
  /** Why, in words: "Self-referral …, closed 03/02/2025: due 03/02/2026". */
  readonly reason: string
  readonly holds: readonly ActiveHold[]
  readonly deferredUntil: string | null
}

export function subjectKey(s: SubjectRef): string {
  return s.type === 'centre' ? 'centre' : `${s.type}:${s.id}`
}

/** The due date a class's own rule gives from a trigger (with-subject records are settled later). */
function ownDue(schedule: Schedule, r: RetentionRecord): string | null {
  const keep = schedule.rules[r.recordClass].keep
  if (r.trigger === null) return null
  switch (keep.kind) {
    case 'period':
      return addPeriod(r.trigger, keep.years, keep.months)
    case 'until-age':
      return birthdayAt(r.trigger, keep.age)
    case 'financial-year':
      return addPeriod(financialYearEnd(r.trigger, keep.yearEnds), keep.years, 0)
    case 'not-held':
      return r.trigger
    case 'indefinite':
      return null
    case 'with-subject':
      return r.trigger
  }
}

const later = (a: string, b: string) => (a > b ? a : b)

/**
 * A record's place in its schedule that does not depend on the day or on holds: what the sweep
 * keeps between runs (archive-index.ts), so a day's states come from a comparison, not a
 * recomputation. 'kept': its class is kept indefinitely; 'running': its period has not started;
 * 'waiting': kept "with its subject" while another of the subject's records is still running;
 * 'dated': it has a due date.
 */
export interface Settled {
  readonly record: RetentionRecord
  /** subjectKey(record.subject), computed once. */
  readonly key: string
  readonly standing: 'kept' | 'running' | 'waiting' | 'dated'
  /** When it may be disposed of, for a 'dated' record (the later of its own and, with-subject, the subject's others'); else null. */
  readonly dueOn: string | null
  /** The latest deferral of its subject's records of its class, or null. */
  readonly deferredUntil: string | null
}

/** `subjectKey|class` → the latest date the subject's records of that class are deferred to. */
export function deferralsByKey(deferrals: readonly Deferral[]): Map<string, string> {
  const until = new Map<string, string>()
  for (const d of deferrals) {
    const k = `${subjectKey(d.subject)}|${d.recordClass}`
    until.set(k, later(until.get(k) ?? d.untilOn, d.untilOn))
  }
  return until
}

/**
 * Settle records: every record of a subject must be given together (a record kept "with its
 * subject" waits for the last of the subject's other records). Any set of whole subjects may be.
 */
export function settle(records: readonly RetentionRecord[], schedule: Schedule, deferredUntil: ReadonlyMap<string, string>): Settled[] {
  const keyed = records.map((r) => ({ r, key: subjectKey(r.subject) }))
  // A record kept "with its subject" waits for the last of the subject's other records: until
  // then (or while any of them has not started its period) it is not due.
  const lastOther = new Map<string, string | null>()
  for (const { r, key } of keyed) {
    if (schedule.rules[r.recordClass].keep.kind === 'with-subject' || r.subject.type === 'centre') continue
    if (lastOther.get(key) === null) continue
    const due = ownDue(schedule, r)
    const until = deferredUntil.get(`${key}|${r.recordClass}`) ?? null
    const effective = due === null ? null : until ? later(due, until) : due
    lastOther.set(key, effective === null ? null : later(lastOther.get(key) ?? effective, effective))
  }
  return keyed.map(({ r, key }) => {
    const keep = schedule.rules[r.recordClass].keep
    const until = deferredUntil.get(`${key}|${r.recordClass}`) ?? null
    if (keep.kind === 'indefinite') return { record: r, key, standing: 'kept', dueOn: null, deferredUntil: until }
    let dueOn = ownDue(schedule, r)
    if (keep.kind === 'with-subject' && r.subject.type !== 'centre') {
      const other = lastOther.get(key)
      // Nothing else about the subject (yet), or something not yet started: kept meanwhile.
      if (other === null || other === undefined) return { record: r, key, standing: 'waiting', dueOn: null, deferredUntil: until }
      if (dueOn !== null) dueOn = later(dueOn, other)
    }
    return dueOn === null
      ? { record: r, key, standing: 'running', dueOn: null, deferredUntil: until }
      : { record: r, key, standing: 'dated', dueOn, deferredUntil: until }
  })
}

/** A settled record's state on `today`, given whether its subject is held. */
export function stateOf(s: Settled, held: boolean, today: string): AssessmentState {
  if (s.standing === 'kept') return 'kept'
  if (s.standing !== 'dated') return 'running'
  if (held) return 'held'
  if ((s.dueOn as string) > today) return 'upcoming'
  if (s.deferredUntil !== null && s.deferredUntil > today) return 'deferred'
  return 'due'
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The engine's order: by subject, class, table and id, with plain comparisons (localeCompare is far slower and the order needs no language rules). */
export function engineOrder(a: Settled, b: Settled): number {
  return cmp(a.key, b.key) || cmp(a.record.recordClass, b.record.recordClass) || cmp(a.record.table, b.record.table) || a.record.id - b.record.id
}

/** The active holds by subject key. */
export function holdsByKey(holds: readonly ActiveHold[]): Map<string, ActiveHold[]> {
  const bySubject = new Map<string, ActiveHold[]>()
  for (const h of holds) bySubject.set(subjectKey(h.subject), [...(bySubject.get(subjectKey(h.subject)) ?? []), h])
  return bySubject
}

/** Puts a settled record's state, rule and reason into words; `ruleWords` caches the rule's words across calls. */
export function describe(
  s: Settled,
  schedule: Schedule,
  subjectHolds: readonly ActiveHold[],
  today: string,
  ruleWords: Map<string, string> = new Map(),
): Assessment {
  const r = s.record
  const keep = schedule.rules[r.recordClass].keep
  const label = recordClasses.label(r.recordClass)
  const wordsKey = `${r.recordClass}|${r.event}`
  let rule = ruleWords.get(wordsKey)
  if (rule === undefined) ruleWords.set(wordsKey, (rule = `${label}: ${keepInWords(keep, r.event)}`))
  const state = stateOf(s, subjectHolds.length > 0, today)
  const started = r.trigger === null ? `${r.event}: not yet` : `${r.event} ${ukDate(r.trigger)}`
  let why: string
  if (s.standing === 'kept') why = `${label}: kept indefinitely`
  else if (s.standing === 'waiting') why = `${label}, ${started}: kept while other records about the same ${r.subject.type} are kept`
  else if (s.standing === 'running') why = `${label}, ${started}: its period has not started`
  else why = `${label}, ${started}: due ${ukDate(s.dueOn as string)}${keep.kind === 'until-age' ? ` (the child’s ${keep.age}th birthday)` : ''}`
  if (subjectHolds.length > 0)
    why += `; held: ${subjectHolds.map((h) => `${holdKinds.label(h.kind).toLowerCase()} (set ${ukDate(h.setAt.slice(0, 10))})`).join(', ')}`
  if (state === 'deferred' && s.deferredUntil) why += `; deferred until ${ukDate(s.deferredUntil)}`
  return {
    table: r.table,
    id: r.id,
    recordClass: r.recordClass,
    subject: r.subject,
    trigger: r.trigger,
    dueOn: s.dueOn,
    state,
    rule,
    reason: why,
    holds: subjectHolds,
    deferredUntil: s.deferredUntil,
  }
}

/**
 * Assess every record. Deterministic: the same records, schedule, holds, deferrals and day give
 * the same answer in the same order (records sorted by subject, class, table and id).
 */
export function assess(
  records: readonly RetentionRecord[],
  schedule: Schedule,
  holds: readonly ActiveHold[],
  deferrals: readonly Deferral[],
  today: string,
): Assessment[] {
  const holdsBySubject = holdsByKey(holds)
  const ruleWords = new Map<string, string>()
  return settle(records, schedule, deferralsByKey(deferrals))
    .sort(engineOrder)
    .map((s) => describe(s, schedule, holdsBySubject.get(s.key) ?? [], today, ruleWords))
}

/** What the engine proposes for disposal today: due, not held, not deferred. */
export function proposals(assessments: readonly Assessment[]): Assessment[] {
  return assessments.filter((a) => a.state === 'due')
}
