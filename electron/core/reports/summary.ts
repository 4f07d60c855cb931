import { addMonths } from 'date-fns/addMonths'
import { format } from 'date-fns/format'
import { parseISO } from 'date-fns/parseISO'
import { complaintOutcomes } from '../complaints/vocab'
import { FEEDBACK_QUESTIONS, feedbackAnswers } from '../complaints/feedback/schemas'
import type { ReadableDB } from '../db/types'
import type { ReportSummary } from './api'

/*
 * The Reports page's counts, over a period (by default the twelve months to today). Reads only
 * counts and dates: no name, no free text.
 */

function months(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = parseISO(`${from.slice(0, 7)}-01`); format(d, 'yyyy-MM') <= to.slice(0, 7); d = addMonths(d, 1)) out.push(format(d, 'yyyy-MM'))
  return out
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function reportOn(db: ReadableDB, from: string, to: string): ReportSummary {
  const answers = db.prepare('SELECT answers FROM feedback_response WHERE given_on BETWEEN ? AND ?').pluck().all(from, to) as string[]
  const parsed = answers.map((a) => JSON.parse(a) as Record<string, string>)
  const questions = FEEDBACK_QUESTIONS.map((q) => ({
    id: q.id,
    text: q.text,
    counts: feedbackAnswers.options.map((o) => ({ answer: o.value, label: o.label, count: parsed.filter((p) => p[q.id] === o.value).length })),
  }))

  const received = db.prepare('SELECT count(*) FROM complaint WHERE received_on BETWEEN ? AND ?').pluck().get(from, to) as number
  const open = db.prepare('SELECT count(*) FROM complaint WHERE received_on <= ? AND (resolved_on IS NULL OR resolved_on > ?)').pluck().get(to, to) as number
  const resolvedRows = db
    .prepare(
      `SELECT outcome, CAST(julianday(resolved_on) - julianday(received_on) AS INTEGER) AS days, resolved_on <= response_due_on AS inTime
       FROM complaint WHERE resolved_on BETWEEN ? AND ?`,
    )
    .all(from, to) as { outcome: string; days: number; inTime: number }[]
  const days = resolvedRows.map((r) => r.days).sort((a, b) => a - b)
  const byOutcome = complaintOutcomes.options.map((o) => ({
    outcome: o.value,
    label: o.label,
    count: resolvedRows.filter((r) => r.outcome === o.value).length,
  }))

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
    from,
    to,
    feedback: { responses: parsed.length, questions },
    complaints: {
      received,
      open,
      byOutcome,
      resolved: resolvedRows.length,
      averageDaysToResolve: days.length ? Math.round((days.reduce((a, b) => a + b, 0) / days.length) * 10) / 10 : null,
      medianDaysToResolve: median(days),
      resolvedWithinTarget: resolvedRows.filter((r) => r.inTime === 1).length,
    },
    perMonth: months(from, to).map((month) => ({ month, concerns: concerns.get(month) ?? 0, accidents: accidents.get(month) ?? 0 })),
  }
}
