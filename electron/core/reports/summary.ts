import { addMonths } from 'date-fns/addMonths'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import { complaintOutcomes } from '../complaints/vocab'
import { FEEDBACK_QUESTIONS, feedbackAnswers } from '../complaints/feedback/schemas'
import type { ReadableDB } from '../db/types'
import type { ReportSummary } from './api'
import { withholdCounts, type NamedGroup, type ReportCount } from './suppress'

/*
 * The Reports page's counts, over a period (by default the twelve months to today). Reads only
 * counts and dates: no name, no free text. P06: the counts leave only through withholdCounts
 * (suppress.ts), so a count from 1 to 4, or one that would give such a count back, never does.
 */

function months(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = parseISO(`${from.slice(0, 7)}-01`); format(d, 'yyyy-MM') <= to.slice(0, 7); d = addMonths(d, 1)) out.push(format(d, 'yyyy-MM'))
  return out
}

/** The report's counts before P06's suppression: these numbers never leave the core. */
interface RawCounts {
  feedback: { responses: number; questions: { id: string; counts: Record<string, number> }[] }
  complaints: { received: number; open: number; resolved: number; byOutcome: Record<string, number>; withinTarget: number; days: number[] }
  perMonth: { month: string; concerns: number; accidents: number }[]
}

function countAll(db: ReadableDB, from: string, to: string): RawCounts {
  const answers = db.prepare('SELECT answers FROM feedback_response WHERE given_on BETWEEN ? AND ?').pluck().all(from, to) as string[]
  const parsed = answers.map((a) => JSON.parse(a) as Record<string, string>)
  const questions = FEEDBACK_QUESTIONS.map((q) => ({
    id: q.id,
    counts: Object.fromEntries(feedbackAnswers.values.map((a) => [a, parsed.filter((p) => p[q.id] === a).length])),
  }))

  const received = db.prepare('SELECT count(*) FROM complaint WHERE received_on BETWEEN ? AND ?').pluck().get(from, to) as number
  const open = db.prepare('SELECT count(*) FROM complaint WHERE received_on <= ? AND (resolved_on IS NULL OR resolved_on > ?)').pluck().get(to, to) as number
  const resolvedRows = db
    .prepare(
      `SELECT outcome, CAST(julianday(resolved_on) - julianday(received_on) AS INTEGER) AS days, resolved_on <= response_due_on AS inTime
       FROM complaint WHERE resolved_on BETWEEN ? AND ?`,
    )
    .all(from, to) as { outcome: string; days: number; inTime: number }[]

  const perMonthOf = (table: string) =>
    new Map(
      (
        db.prepare(`SELECT substr(occurred_on, 1, 7) AS month, count(*) AS n FROM ${table} WHERE occurred_on BETWEEN ? AND ? GROUP BY month`).all(from, to) as {
          month: string
          n: number
        }[]
      ).map((r) => [r.month, r.n]),
    )
  const concerns = perMonthOf('safeguarding_concern')
  const accidents = perMonthOf('accident')

  return {
    feedback: { responses: parsed.length, questions },
    complaints: {
      received,
      open,
      resolved: resolvedRows.length,
      byOutcome: Object.fromEntries(complaintOutcomes.values.map((o) => [o, resolvedRows.filter((r) => r.outcome === o).length])),
      withinTarget: resolvedRows.filter((r) => r.inTime === 1).length,
      days: resolvedRows.map((r) => r.days).sort((a, b) => a - b),
    },
    perMonth: months(from, to).map((month) => ({ month, concerns: concerns.get(month) ?? 0, accidents: accidents.get(month) ?? 0 })),
  }
}

/**
 * P06: every count by name, and the groups whose cells add up to a total shown beside them, so
 * withholdCounts can withhold the small ones and whatever would give one back by subtraction:
 * - each question's answers add up to the number of questionnaires (every answer is required;
 *   "No answer" is one of them);
 * - complaints resolved add up by outcome, and as within or after the response target;
 * - complaints received are those resolved plus those still open, exactly so when no complaint is
 *   older than the period (a centre new to Cabinet), so they are treated as a group too; it
 *   withholds the number received first, which keeps the number resolved, and so the days to
 *   resolve, on show.
 * Months stand alone: no yearly total is shown.
 */
function namedCounts(raw: RawCounts): { values: Record<string, number>; groups: NamedGroup<string>[] } {
  const values: Record<string, number> = {
    'feedback.responses': raw.feedback.responses,
    'complaints.received': raw.complaints.received,
    'complaints.open': raw.complaints.open,
    'complaints.resolved': raw.complaints.resolved,
    'complaints.withinTarget': raw.complaints.withinTarget,
    'complaints.afterTarget': raw.complaints.resolved - raw.complaints.withinTarget,
  }
  const groups: NamedGroup<string>[] = []
  for (const q of raw.feedback.questions) {
    for (const [a, n] of Object.entries(q.counts)) values[`feedback.${q.id}.${a}`] = n
    groups.push({ cells: Object.keys(q.counts).map((a) => `feedback.${q.id}.${a}`), total: 'feedback.responses' })
  }
  for (const [o, n] of Object.entries(raw.complaints.byOutcome)) values[`complaints.outcome.${o}`] = n
  groups.push({ cells: Object.keys(raw.complaints.byOutcome).map((o) => `complaints.outcome.${o}`), total: 'complaints.resolved' })
  groups.push({ cells: ['complaints.withinTarget', 'complaints.afterTarget'], total: 'complaints.resolved' })
  groups.push({ cells: ['complaints.resolved', 'complaints.open'], total: 'complaints.received', preferTotal: true })
  for (const m of raw.perMonth) {
    values[`concerns.${m.month}`] = m.concerns
    values[`accidents.${m.month}`] = m.accidents
  }
  return { values, groups }
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** The days to resolve, only when the number resolved is shown (so 0, or 5 and over: never an average of 1 to 4 cases). */
function daysToResolve(days: number[], resolved: ReportCount): ReportSummary['complaints']['daysToResolve'] {
  if (!('shown' in resolved)) return { withheld: 'count_not_shown' }
  if (days.length === 0) return { withheld: 'none_resolved' }
  return { average: Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10, median: median(days) }
}

export function reportOn(db: ReadableDB, from: string, to: string): ReportSummary {
  const raw = countAll(db, from, to)
  const { values, groups } = namedCounts(raw)
  const count = withholdCounts(values, groups)
  return {
    from,
    to,
    feedback: {
      responses: count['feedback.responses'],
      questions: FEEDBACK_QUESTIONS.map((q) => ({
        id: q.id,
        text: q.text,
        counts: feedbackAnswers.options.map((o) => ({ answer: o.value, label: o.label, count: count[`feedback.${q.id}.${o.value}`] })),
      })),
    },
    complaints: {
      received: count['complaints.received'],
      open: count['complaints.open'],
      resolved: count['complaints.resolved'],
      byOutcome: complaintOutcomes.options.map((o) => ({ outcome: o.value, label: o.label, count: count[`complaints.outcome.${o.value}`] })),
      daysToResolve: daysToResolve(raw.complaints.days, count['complaints.resolved']),
      resolvedWithinTarget: count['complaints.withinTarget'],
      resolvedAfterTarget: count['complaints.afterTarget'],
    },
    perMonth: raw.perMonth.map((m) => ({ month: m.month, concerns: count[`concerns.${m.month}`], accidents: count[`accidents.${m.month}`] })),
  }
}
