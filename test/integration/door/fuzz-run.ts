import fc from 'fast-check'
import type { Role } from '../../../electron/core/auth/roles'
import type { ReadableDB } from '../../../electron/core/db/types'
import type { OperationSpec } from '../../../electron/core/operations/spec'
import { contract, mayCall, type ChannelName } from '../../../electron/contract'
import type { Dispatch } from '../../../electron/door/dispatch'
import { describePayload, malformedPayloads } from './fuzz-payloads'

/**
 * Fuzz every channel in the contract (read from the contract, so a channel added later is fuzzed
 * without anyone listing it) through the dispatcher, as the user logged in now. Each malformed
 * payload must be answered with a typed error, 'validation' where the role may call the channel
 * and 'forbidden' where it may not, with a short message; nothing may be written (the
 * connection's change counter per call, and every table's row count and the audit head per
 * channel), and Object.prototype must stay clean. Shared by the test (a small sample) and the
 * bench (1,000 a channel).
 */

export interface FuzzOptions {
  dispatch: Dispatch
  /** The logged-in session's connection. */
  db: () => ReadableDB
  role: Role
  runsPerChannel: number
  seed: number
  /** The channels and their specs; the whole contract unless a test shows the fuzzer biting on a broken one. */
  specs?: Readonly<Record<string, OperationSpec>>
  /** May this role call the channel (the contract's mayCall by default). */
  mayCall?: (role: Role, name: string) => boolean
}

export interface FuzzReport {
  role: Role
  channels: number
  calls: number
  byCode: Record<string, number>
  /** What went wrong, first few per channel: empty when every call was refused cleanly. */
  findings: string[]
}

const MAX_MESSAGE = 400

/** Row counts of every table and the audit head: what "no change to the database" means. */
export function databaseSnapshot(db: ReadableDB): Record<string, unknown> {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[]
  const counts = Object.fromEntries(
    tables.map((t) => [
      t,
      db
        .prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)
        .pluck()
        .get(),
    ]),
  )
  return { counts, auditHead: db.prepare('SELECT last_id, last_mac, head_mac FROM audit_head').all() }
}

function changes(db: ReadableDB): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number
}

function polluted(): boolean {
  const probe = {} as Record<string, unknown>
  return probe.polluted !== undefined || probe.role !== undefined || Object.keys(Object.prototype).length > 0
}

export async function fuzzEveryChannel(opts: FuzzOptions): Promise<FuzzReport> {
  const report: FuzzReport = { role: opts.role, channels: 0, calls: 0, byCode: {}, findings: [] }
  const specs = opts.specs ?? (contract as unknown as Record<string, OperationSpec>)
  const allowed = opts.mayCall ?? ((role: Role, name: string) => mayCall(role, name as ChannelName))
  for (const [index, [name, spec]] of Object.entries(specs).entries()) {
    report.channels++
    const expected = allowed(opts.role, name) ? 'validation' : 'forbidden'
    const payloads = fc.sample(malformedPayloads(spec.args), { numRuns: opts.runsPerChannel, seed: opts.seed + index })
    const before = databaseSnapshot(opts.db())
    const problems: string[] = []
    for (const payload of payloads) {
      report.calls++
      const changed = changes(opts.db())
      let problem: string | null = null
      try {
        const r = await opts.dispatch(name, payload)
        if (r.ok) problem = 'was accepted'
        else {
          report.byCode[r.error.code] = (report.byCode[r.error.code] ?? 0) + 1
          if (r.error.code !== expected) problem = `answered ${r.error.code} (${r.error.message.slice(0, 120)}), expected ${expected}`
          else if (typeof r.error.message !== 'string' || r.error.message.length === 0 || r.error.message.length > MAX_MESSAGE)
            problem = `answered a message of ${String(r.error.message?.length)} characters`
        }
      } catch (e) {
        problem = `threw ${e instanceof Error ? e.constructor.name : typeof e}`
      }
      if (!problem && changes(opts.db()) !== changed) problem = 'changed the database'
      if (!problem && polluted()) problem = 'polluted Object.prototype'
      if (problem) problems.push(`${name} as ${opts.role}: ${problem}: ${describePayload(payload)}`)
    }
    if (JSON.stringify(databaseSnapshot(opts.db())) !== JSON.stringify(before))
      problems.unshift(`${name} as ${opts.role}: row counts or the audit head changed`)
    report.findings.push(...problems.slice(0, 3))
    if (problems.length > 3) report.findings.push(`${name} as ${opts.role}: … and ${problems.length - 3} more`)
  }
  return report
}

/** Per channel per role in CI: CABINET_FUZZ_RUNS overrides (the bench runs 1,000). */
export function fuzzRunsFromEnv(fallback: number): number {
  const n = Number(process.env.CABINET_FUZZ_RUNS)
  return Number.isInteger(n) && n > 0 ? n : fallback
}
