import { declaredTables, disposalHooks, recordClasses, type PersonalTable, type RecordClass } from '../data-map'
import type { WritableDB } from '../db/types'
import { CabinetError } from '../errors'
import { isoDate } from '../rules'
import type { Session } from '../session'
import { deleteDocumentKey, finishDestroying } from '../vault/destroy-document'
import type { DocumentRecord } from '../vault/document-queries'
import { subjectKey, type Assessment, type SubjectRef } from './engine'
import { sweepArchive } from './report'
import { requireSchedule } from './schedule-store'

/*
 * Disposal (P17): what a coordinator confirmed, with their password, removed in one transaction.
 * Every row found through the data maps: the records of each chosen group, the rows that follow
 * them (pre-visits, status history, the search row; those the database cascades go with their
 * parents), the rows that quote them (corrections);
 * documents crypto-shredded (key zeroed in the transaction, blob overwritten after it); rows an
 * area keeps for others' sake (a login the audit log names) overwritten as its map says. Then
 * each area's after-disposal work (the search index), and a destruction register entry with
 * classes, counts and opaque references only. secure_delete is on for every connection, so
 * freed cells are zeroed; the WAL is emptied afterwards so no older page survives in it.
 */

export interface GroupChoice {
  readonly subject: SubjectRef
  readonly recordClass: RecordClass
}

type Rows = Map<string, Set<number>>

function add(rows: Rows, table: string, ids: Iterable<number>): number {
  const set = rows.get(table) ?? new Set<number>()
  const before = set.size
  for (const id of ids) set.add(id)
  rows.set(table, set)
  return set.size - before
}

/**
 * The rows that follow `table`'s rows (recursively), by the maps' `follows`. A table whose map
 * declares `cascade` is skipped: the database removes its rows with their parent (ON DELETE
 * CASCADE, which the data-map test holds the schema to), so they are neither named nor counted.
 * That is how a pair table without rowids (volunteer_role, safeguarding_concern_person) goes,
 * since every row named here is named by its rowid.
 */
function followers(db: WritableDB, table: string, ids: readonly number[], into: Rows): void {
  if (ids.length === 0) return
  for (const t of declaredTables()) {
    if (!t.personal || typeof t.retention === 'string' || !('follows' in t.retention) || t.retention.follows !== table) continue
    if (t.retention.cascade) continue
    const via = t.retention.via
    const found: number[] = []
    const stmt = db.prepare(`SELECT rowid FROM "${t.table}" WHERE ${via} = ?`).pluck()
    for (const id of ids) found.push(...(stmt.all(id) as number[]))
    const fresh = found.filter((id) => !into.get(t.table)?.has(id))
    add(into, t.table, fresh)
    followers(db, t.table, fresh, into)
  }
}

/** Rows elsewhere that quote the rows gathered so far (a correction's old values), by the maps' `quotes`. */
function quoting(db: WritableDB, rows: Rows): void {
  for (const t of declaredTables()) {
    if (!t.personal) continue
    for (const q of t.quotes ?? []) {
      const ids = rows.get(q.table)
      if (!ids) continue
      const stmt = db.prepare(`SELECT rowid FROM "${t.table}" WHERE (${q.where})`).pluck()
      for (const id of ids) add(rows, t.table, stmt.all({ recordId: id }) as number[])
    }
  }
}

type Action = { kind: 'delete' } | { kind: 'shred' } | { kind: 'overwrite'; set: Readonly<Record<string, string>> }

/** What disposal does to a table's rows, read from its erasure declarations. */
function actionFor(table: string): Action {
  const t = declaredTables().find((d) => d.table === table) as (PersonalTable & { table: string }) | undefined
  if (!t) return { kind: 'delete' }
  if (t.links.some((l) => l.subject !== 'family' && l.erasure.action === 'crypto-shred')) return { kind: 'shred' }
  const own = t.links.find((l) => l.subject === t.about)
  if (own && own.subject !== 'family' && own.erasure.action === 'set-columns') return { kind: 'overwrite', set: own.erasure.set }
  return { kind: 'delete' }
}

export interface DisposalOutcome {
  disposalId: number
  records: number
  shredded: DocumentRecord[]
}

/**
 * Dispose of the chosen groups, inside the caller's transaction. Refuses (naming what to do) a
 * group that is no longer due, and a family's or volunteer's own records chosen without the
 * rest of what is due about them, since those go last.
 */
export function disposeInTransaction(
  session: Session,
  choices: readonly GroupChoice[],
  audit: (disposalId: number, detail: Record<string, number>) => void,
): DisposalOutcome {
  const db = session.db
  const today = isoDate(session.now())
  const schedule = requireSchedule(db)
  const due = sweepArchive(db, today, { wanted: (state) => state === 'due' }).assessments
  const chosen = new Set(choices.map((c) => `${subjectKey(c.subject)}|${c.recordClass}`))
  const inGroup = (a: Assessment) => chosen.has(`${subjectKey(a.subject)}|${a.recordClass}`)

  for (const c of choices) {
    if (!due.some((a) => subjectKey(a.subject) === subjectKey(c.subject) && a.recordClass === c.recordClass)) {
      throw new CabinetError(
        'conflict',
        `The ${recordClasses.label(c.recordClass).toLowerCase()} records chosen are no longer due for disposal (held, deferred or already disposed of). Review the list again.`,
        { field: 'groups' },
      )
    }
    if (schedule.schedule.rules[c.recordClass].keep.kind === 'with-subject' && c.subject.type !== 'centre') {
      const left = due.filter((a) => subjectKey(a.subject) === subjectKey(c.subject) && !inGroup(a))
      if (left.length > 0) {
        throw new CabinetError(
          'conflict',
          `The ${c.subject.type}’s own records go last: choose its other due records too (${[...new Set(left.map((a) => recordClasses.label(a.recordClass)))].join(', ')}).`,
          { field: 'groups' },
        )
      }
    }
  }

  // The rows of each group: its records, what follows them, what quotes them.
  const byGroup = new Map<string, { choice: GroupChoice; rows: Rows; own: number }>()
  const all: Rows = new Map()
  for (const a of due.filter(inGroup)) {
    const key = `${subjectKey(a.subject)}|${a.recordClass}`
    const g = byGroup.get(key) ?? { choice: { subject: a.subject, recordClass: a.recordClass }, rows: new Map(), own: 0 }
    add(g.rows, a.table, [a.id])
    g.own++
    byGroup.set(key, g)
  }
  for (const g of byGroup.values()) {
    for (const [table, ids] of [...g.rows]) followers(db, table, [...ids], g.rows)
    quoting(db, g.rows)
    for (const [table, ids] of g.rows) add(all, table, ids)
  }

  // Foreign keys are checked at commit, so the order rows go in does not matter within it.
  db.pragma('defer_foreign_keys = ON')
  const shredded: DocumentRecord[] = []
  let removed = 0
  for (const [table, ids] of all) {
    const action = actionFor(table)
    for (const id of ids) {
      if (action.kind === 'shred') {
        const docId = db.prepare(`SELECT id FROM "${table}" WHERE rowid = ?`).pluck().get(id) as string | undefined
        if (docId !== undefined) shredded.push(deleteDocumentKey(db, docId))
      } else if (action.kind === 'overwrite') {
        const sets = Object.entries(action.set).map(([col, expr]) => `${col} = (${expr})`)
        db.prepare(`UPDATE "${table}" SET ${sets.join(', ')} WHERE rowid = ?`).run(id)
      } else {
        db.prepare(`DELETE FROM "${table}" WHERE rowid = ?`).run(id)
      }
      removed++
    }
  }
  const families = [...new Set([...byGroup.values()].filter((g) => g.choice.subject.type === 'family').map((g) => g.choice.subject.id as number))]
  for (const hook of disposalHooks()) hook.run(db, families)

  const { id: disposalId } = db
    .prepare('INSERT INTO retention_disposal (disposed_at, as_of, schedule_version, authorised_by) VALUES (?, ?, ?, ?) RETURNING id')
    .get(session.now().toISOString(), today, schedule.version, session.user.id) as { id: number }
  const entry = db.prepare('INSERT INTO retention_disposal_entry (disposal_id, record_class, subject_type, record_count, refs, rule) VALUES (?, ?, ?, ?, ?, ?)')
  for (const g of byGroup.values()) {
    const refs = [...g.rows].flatMap(([table, ids]) => [...ids].map((id) => `${table}#${id}`))
    const rule = due.find((a) => subjectKey(a.subject) === subjectKey(g.choice.subject) && a.recordClass === g.choice.recordClass)?.rule ?? ''
    entry.run(disposalId, g.choice.recordClass, g.choice.subject.type, refs.length, JSON.stringify(refs), rule)
  }
  audit(disposalId, { groups: byGroup.size, rows: removed, scheduleVersion: schedule.version })
  return { disposalId, records: removed, shredded }
}

/** After the transaction: empty the WAL and overwrite the destroyed documents' blobs. */
export async function finishDisposal(session: Session, outcome: DisposalOutcome): Promise<void> {
  for (const record of outcome.shredded) await finishDestroying(session, record)
  if (outcome.shredded.length === 0) session.db.pragma('wal_checkpoint(TRUNCATE)')
}
