import { stringify } from 'csv-stringify/sync'
import { DAYS_WITHHELD_WORDS, SUPPRESSION_EXPLANATION, type ReportSummary } from './api'
import { countInWords } from './suppress'

/*
 * The Reports page as a CSV file, for a funder's or NACCC's spreadsheet: built from the summary the
 * core has already suppressed (P06), so it carries exactly the counts the screen shows, withheld
 * ones in the same words. One row per figure: section, what it counts, the count.
 */

type Row = [section: string, measure: string, value: string]

function complaintRows(c: ReportSummary['complaints']): Row[] {
  const days = c.daysToResolve
  return [
    ['Complaints', 'Received in the period', countInWords(c.received)],
    ['Complaints', 'Open at the end of the period', countInWords(c.open)],
    ['Complaints', 'Resolved in the period', countInWords(c.resolved)],
    ...c.byOutcome.map((o): Row => ['Complaints', `Resolved: ${o.label}`, countInWords(o.count)]),
    ['Complaints', 'Resolved within the response target', countInWords(c.resolvedWithinTarget)],
    ['Complaints', 'Resolved after the response target', countInWords(c.resolvedAfterTarget)],
    ['Complaints', 'Average days to resolve', 'average' in days ? String(days.average) : DAYS_WITHHELD_WORDS[days.withheld]],
    ['Complaints', 'Median days to resolve', 'median' in days ? String(days.median) : DAYS_WITHHELD_WORDS[days.withheld]],
  ]
}

/** The report as CSV text. Formula-like values (=, +, -, @, tab, carriage return) are escaped, so a spreadsheet never runs one. */
export function reportAsCsv(r: ReportSummary): string {
  const rows: Row[] = [
    ['Report', 'From', r.from],
    ['Report', 'To', r.to],
    ['Report', 'Anonymity', SUPPRESSION_EXPLANATION],
    ['Feedback', 'Questionnaires', countInWords(r.feedback.responses)],
    ...r.feedback.questions.flatMap((q, i) => q.counts.map((c): Row => ['Feedback', `Q${i + 1}. ${q.text} ${c.label}`, countInWords(c.count)])),
    ...complaintRows(r.complaints),
    ...r.perMonth.map((m): Row => ['Safeguarding concerns per month', m.month, countInWords(m.concerns)]),
    ...r.perMonth.map((m): Row => ['Accidents per month', m.month, countInWords(m.accidents)]),
  ]
  return stringify(rows, { header: true, columns: ['Section', 'Measure', 'Count'], escape_formulas: true, record_delimiter: 'windows' })
}

/** The file's suggested name. */
export const reportCsvName = (r: ReportSummary): string => `Cabinet reports ${r.from} to ${r.to}.csv`
