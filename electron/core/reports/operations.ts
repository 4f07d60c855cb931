import { addDays } from 'date-fns/addDays'
import { addYears } from 'date-fns/addYears'
import { implement, type OpContext } from '../operations/guard'
import { isoDate } from '../rules'
import { reportsApi } from './api'
import { reportAsCsv, reportCsvName } from './csv'
import { reportOn } from './summary'

/** The period asked for, by default the twelve months to today. */
function period(input: { from?: string | null; to?: string | null }, ctx: OpContext): { from: string; to: string } {
  const now = ctx.session.now()
  return { to: input.to ?? isoDate(now), from: input.from ?? isoDate(addDays(addYears(now, -1), 1)) }
}

/** The Reports page's functions, attached once to their specs in api.ts. */
export const reportsOperations = implement(reportsApi, {
  'reports.summary': (input, ctx) => {
    const { from, to } = period(input, ctx)
    ctx.auditRecord('report', 'summary', { from, to })
    return reportOn(ctx.session.db, from, to)
  },
  'reports.csv': (input, ctx) => {
    const { from, to } = period(input, ctx)
    ctx.auditRecord('report', 'csv', { from, to })
    const summary = reportOn(ctx.session.db, from, to)
    return { fileName: reportCsvName(summary), csv: reportAsCsv(summary) }
  },
})
