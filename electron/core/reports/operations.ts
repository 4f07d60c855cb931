import { addDays } from 'date-fns/addDays'
import { addYears } from 'date-fns/addYears'
import { implement } from '../operations/guard'
import { isoDate } from '../rules'
import { reportsApi } from './api'
import { reportOn } from './summary'

/** The Reports page's function, attached once to its spec in api.ts. */
export const reportsOperations = implement(reportsApi, {
  'reports.summary': (input, ctx) => {
    const now = ctx.session.now()
    const to = input.to ?? isoDate(now)
    const from = input.from ?? isoDate(addDays(addYears(now, -1), 1))
    ctx.auditRecord('report', 'summary', { from, to })
    return reportOn(ctx.session.db, from, to)
  },
})
