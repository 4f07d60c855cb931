import { DAYS_WITHHELD_WORDS, type ReportSummary } from '../../../electron/core/reports/api'
import { shownNumber, type ReportCount } from '../../../electron/core/reports/suppress'

/*
 * P06 on the screen and the print: the core has already withheld the counts, so the renderer only
 * puts them into words (countInWords) and, for the charts, draws no bar for a withheld count.
 */

/** A count for a chart: its number, or null (recharts draws no bar) when it is withheld, never a made-up number. */
export const chartValue = (count: ReportCount): number | null => shownNumber(count)

/** The days to resolve, in words. */
export function daysInWords(days: ReportSummary['complaints']['daysToResolve'], which: 'average' | 'median'): string {
  if ('withheld' in days) return DAYS_WITHHELD_WORDS[days.withheld]
  const n = which === 'average' ? days.average : days.median
  return n === 1 ? '1 day' : `${n} days`
}

/** Words under a chart that has a withheld count: it has no bar, and the table says so. */
export const NO_BAR_NOTE = 'A count that is not shown has no bar in the chart; the table below says “not shown”.'
