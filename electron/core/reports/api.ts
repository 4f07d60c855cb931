import { z } from 'zod'
import { complaintOutcomes } from '../complaints/vocab'
import { defineApi, op } from '../operations/spec'
import { calendarDate } from '../rules'

/*
 * The Reports page as data (pure): counts only, never a name (P05 feedback counted, P04 complaints
 * by outcome and time to resolve, concerns and accidents per month). Coordinator only.
 */

export const reportArgs = z
  .strictObject({
    from: calendarDate('the first date of the report').nullable().optional(),
    to: calendarDate('the last date of the report').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last date must be on or after the first date.' })
  })

export const reportSummary = z.object({
  from: z.string(),
  to: z.string(),
  feedback: z.object({
    responses: z.number(),
    questions: z.array(z.object({ id: z.string(), text: z.string(), counts: z.array(z.object({ answer: z.string(), label: z.string(), count: z.number() })) })),
  }),
  complaints: z.object({
    received: z.number(),
    open: z.number(),
    byOutcome: z.array(z.object({ outcome: z.enum(complaintOutcomes.values), label: z.string(), count: z.number() })),
    /** Calendar days from received to resolved, over those resolved in the period. */
    resolved: z.number(),
    averageDaysToResolve: z.number().nullable(),
    medianDaysToResolve: z.number().nullable(),
    resolvedWithinTarget: z.number(),
  }),
  perMonth: z.array(z.object({ month: z.string(), concerns: z.number(), accidents: z.number() })),
})
export type ReportSummary = z.infer<typeof reportSummary>

export const reportsApi = defineApi('reports', {
  'reports.summary': op({ args: reportArgs, result: reportSummary, access: 'reports.view', audit: 'report.view' }),
})
