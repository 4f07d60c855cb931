import type { ReadableDB } from '../db/types'
import { deferralsByKey, engineOrder, settle, subjectKey, type Deferral, type RetentionRecord, type Settled } from './engine'
import { gatherDeferrals, gatherTable, sweptTables, type OwnClassTable } from './gather'
import type { ScheduleVersion } from './schemas'
import { watchedVersions } from './watch'

/*
 * The retention index: every record the sweep reads, settled by the engine (its due date, or why
 * it has none), kept in memory for the connection and brought up to date at each sweep from what
 * changed since the last (watch.ts). A table is read again only when a table its SQL reads was
 * written; a subject is settled again only when one of its records, or its deferrals, changed.
 * So a sweep after no change (or after a Saturday's attendance) reads only the watch's versions,
 * and a day's states come from comparing the settled dates with the day (engine.stateOf).
 */

interface TableState {
  /** The versions of the tables its SQL reads, when it was last read. */
  readonly stamp: string
  readonly rows: Map<number, RetentionRecord>
}

interface IndexState {
  /** The schedule settled against, whole: a version number alone could come again with other rules after a rollback. */
  readonly schedule: string
  readonly dataVersion: number
  readonly tables: Map<string, TableState>
  /** Subject key → its records, in every table. */
  readonly bySubject: Map<string, Set<RetentionRecord>>
  /** Subject key → its records settled, in the engine's order within the subject (class, table, id). */
  readonly settled: Map<string, Settled[]>
  deferrals: string
  deferredUntil: Map<string, string>
  /** The subject keys in order; null after a subject came or went, until next asked for. */
  keys: string[] | null
  /** Every settled record in the engine's order; null after a change, until next asked for. */
  ordered: Settled[] | null
}

const indexes = new WeakMap<object, IndexState>()

/** What the last sweep on a connection had to do to bring its index up to date (for the tests and the bench). */
export interface IndexActivity {
  /** Every table read afresh (a first sweep, another connection's write, a new schedule). */
  readonly built: boolean
  /** The tables read again because a table their SQL reads was written. */
  readonly reread: readonly string[]
  /** How many subjects were settled again. */
  readonly resettled: number
}
const activity = new WeakMap<object, IndexActivity>()

export function lastIndexActivity(db: ReadableDB): IndexActivity | undefined {
  return activity.get(db)
}

function scheduleKey(schedule: ScheduleVersion): string {
  return `${schedule.version}|${JSON.stringify(schedule.schedule)}`
}

function sameRecord(a: RetentionRecord, b: RetentionRecord): boolean {
  return a.recordClass === b.recordClass && a.trigger === b.trigger && a.subject.type === b.subject.type && a.subject.id === b.subject.id
}

function stampOf(reader: string, reads: readonly string[] | undefined, versions: ReadonlyMap<string, number>): string {
  return (reads ?? []).map((t) => versions.get(`${reader}|${t}`) ?? 'missing').join(',')
}

function deferralSubjects(deferrals: readonly Deferral[]): string[] {
  return deferrals.map((d) => subjectKey(d.subject))
}

/** Adds or removes a record from its subject's set, noting the subject to settle again. */
function place(state: IndexState, r: RetentionRecord, add: boolean, dirty: Set<string>): void {
  const key = subjectKey(r.subject)
  dirty.add(key)
  let set = state.bySubject.get(key)
  if (add) {
    if (!set) state.bySubject.set(key, (set = new Set()))
    set.add(r)
  } else {
    set?.delete(r)
    if (set?.size === 0) state.bySubject.delete(key)
  }
}

/** Settles the subjects again from their records; a subject with none left leaves the index. */
function resettle(state: IndexState, keys: Iterable<string>, schedule: ScheduleVersion): void {
  const records: RetentionRecord[] = []
  for (const key of keys) {
    const set = state.bySubject.get(key)
    if (set) for (const r of set) records.push(r)
    else if (state.settled.delete(key)) state.keys = null
  }
  const grouped = new Map<string, Settled[]>()
  for (const s of settle(records, schedule.schedule, state.deferredUntil)) {
    const list = grouped.get(s.key)
    if (list) list.push(s)
    else grouped.set(s.key, [s])
  }
  for (const [key, list] of grouped) {
    if (!state.settled.has(key)) state.keys = null
    state.settled.set(key, list.sort(engineOrder))
  }
  state.ordered = null
}

/** Every settled record in the engine's order: the subjects in order, each subject's records in theirs. */
function ordered(state: IndexState): Settled[] {
  if (state.ordered) return state.ordered
  const keys = (state.keys ??= [...state.settled.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  const all: Settled[] = []
  for (const key of keys) for (const s of state.settled.get(key) as Settled[]) all.push(s)
  return (state.ordered = all)
}

function build(db: ReadableDB, schedule: ScheduleVersion, tables: readonly OwnClassTable[], stamps: Map<string, string>, dataVersion: number): IndexState {
  const deferrals = gatherDeferrals(db)
  const state: IndexState = {
    schedule: scheduleKey(schedule),
    dataVersion,
    tables: new Map(),
    bySubject: new Map(),
    settled: new Map(),
    deferrals: JSON.stringify(deferrals),
    deferredUntil: deferralsByKey(deferrals),
    keys: null,
    ordered: null,
  }
  const dirty = new Set<string>()
  for (const t of tables) {
    const rows = new Map<number, RetentionRecord>()
    for (const r of gatherTable(db, t, schedule.schedule)) {
      rows.set(r.id, r)
      place(state, r, true, dirty)
    }
    state.tables.set(t.table, { stamp: stamps.get(t.table) as string, rows })
  }
  resettle(state, dirty, schedule)
  return state
}

/** Reads a changed table again and notes the subjects whose records in it were added, changed or removed. */
function rereadTable(db: ReadableDB, state: IndexState, t: OwnClassTable, schedule: ScheduleVersion, stamp: string, dirty: Set<string>): void {
  const before = state.tables.get(t.table)?.rows ?? new Map<number, RetentionRecord>()
  const rows = new Map<number, RetentionRecord>()
  for (const r of gatherTable(db, t, schedule.schedule)) {
    const old = before.get(r.id)
    if (old && sameRecord(old, r)) {
      rows.set(r.id, old)
      continue
    }
    if (old) place(state, old, false, dirty)
    place(state, r, true, dirty)
    rows.set(r.id, r)
  }
  for (const [id, old] of before) if (!rows.has(id)) place(state, old, false, dirty)
  state.tables.set(t.table, { stamp, rows })
}

/**
 * Every record the sweep reads, settled, in the engine's order, up to date with the database;
 * null where this connection is not watched (then the caller reads everything afresh, as the
 * engine does without an index).
 */
export function settledArchive(db: ReadableDB, schedule: ScheduleVersion): readonly Settled[] | null {
  const watched = watchedVersions(db)
  if (!watched) return null
  const tables = sweptTables(db, schedule.schedule)
  const stamps = new Map(tables.map((t) => [t.table, stampOf(t.table, watched.watch.reads.get(t.table), watched.versions)]))
  let state = indexes.get(db)
  const whole =
    state &&
    state.schedule === scheduleKey(schedule) &&
    state.dataVersion === watched.dataVersion &&
    state.tables.size === tables.length &&
    tables.every((t) => state!.tables.has(t.table))
  if (!state || !whole) {
    state = build(db, schedule, tables, stamps, watched.dataVersion)
    indexes.set(db, state)
    activity.set(db, { built: true, reread: [], resettled: state.settled.size })
  } else {
    const dirty = new Set<string>()
    const reread: string[] = []
    for (const t of tables) {
      const stamp = stamps.get(t.table) as string
      if (state.tables.get(t.table)?.stamp === stamp) continue
      rereadTable(db, state, t, schedule, stamp, dirty)
      reread.push(t.table)
    }
    const deferrals = gatherDeferrals(db)
    const deferralsNow = JSON.stringify(deferrals)
    if (deferralsNow !== state.deferrals) {
      for (const key of deferralSubjects(JSON.parse(state.deferrals) as Deferral[])) dirty.add(key)
      for (const key of deferralSubjects(deferrals)) dirty.add(key)
      state.deferrals = deferralsNow
      state.deferredUntil = deferralsByKey(deferrals)
    }
    if (dirty.size > 0) resettle(state, dirty, schedule)
    activity.set(db, { built: false, reread, resettled: dirty.size })
  }
  return ordered(state)
}
