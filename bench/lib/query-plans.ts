/**
 * Which SQL the real core functions run, and how SQLite plans it. The recorder wraps a
 * connection's `prepare` before the core's statement cache (electron/core/db/statement-cache.ts)
 * first sees that connection, so every statement text an operation uses is noted once, under
 * the operation that first prepared it; the plans are then read with EXPLAIN QUERY PLAN on both
 * databases. No SQL is copied out of the core, so the plans cannot drift from what runs.
 */
interface Preparer {
  prepare(text: string): { all(...params: unknown[]): unknown[] }
}

export interface PlanRecorder {
  /** Label the statements prepared from now on (e.g. 'search', 'familyPage'). */
  during(operation: string): void
  readonly seen: Map<string, string[]>
}

export function recordStatements(db: Preparer): PlanRecorder {
  const seen = new Map<string, string[]>()
  let current = 'setup'
  const prepare = db.prepare.bind(db)
  db.prepare = (text: string) => {
    const list = seen.get(current) ?? []
    if (![...seen.values()].some((texts) => texts.includes(text))) seen.set(current, [...list, text])
    return prepare(text)
  }
  return { during: (operation) => (current = operation), seen }
}

export interface StatementPlan {
  sql: string
  plan: string[]
  /** Full table scans (SCAN without an index, outside FTS5's own virtual-table scan). */
  tableScans: string[]
  /** Whether the plain database planned it the same way. */
  samePlanOnBoth: boolean
}

/** Whitespace collapsed and long placeholder lists shortened, so the report stays readable. */
function display(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\?(,\s*\?){3,}/g, '?, ?, …')
    .trim()
}

/** EXPLAIN QUERY PLAN still wants every parameter bound; NULLs do (the plan does not depend on values). */
function planOf(db: Preparer, text: string): string[] {
  const anonymous = Array<null>((text.match(/\?/g) ?? []).length).fill(null)
  const named = Object.fromEntries([...text.matchAll(/[@:$]([A-Za-z_]\w*)/g)].map((m) => [m[1], null]))
  const params = Object.keys(named).length > 0 ? [named, ...anonymous] : anonymous
  return (db.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail)
}

/**
 * Plans for the recorded SELECTs (writes are planned trivially and left out). A statement built
 * with an IN list of n placeholders is one text per n; those are reported once per distinct plan.
 */
export function explainRecorded(recorder: PlanRecorder, encrypted: Preparer, plain: Preparer, operations: readonly string[]): Record<string, StatementPlan[]> {
  const out: Record<string, StatementPlan[]> = {}
  for (const op of operations) {
    const shown = new Set<string>()
    out[op] = (recorder.seen.get(op) ?? [])
      .filter((text) => /^\s*SELECT/i.test(text))
      .map((text) => {
        const plan = planOf(encrypted, text)
        return {
          sql: display(text),
          plan,
          tableScans: plan.filter((line) => /^SCAN /.test(line) && !/USING (COVERING )?INDEX|VIRTUAL TABLE|CONSTANT ROW/.test(line)),
          samePlanOnBoth: JSON.stringify(plan) === JSON.stringify(planOf(plain, text)),
        }
      })
      .filter((p) => {
        const key = JSON.stringify([p.sql, p.plan])
        if (shown.has(key)) return false
        shown.add(key)
        return true
      })
  }
  return out
}
