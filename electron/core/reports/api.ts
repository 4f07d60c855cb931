import { z } from 'zod'
import { complaintOutcomes } from '../complaints/vocab'
import { defineApi, op } from '../operations/spec'
import { calendarDate } from '../rules'
import { SMALLEST_SHOWN_COUNT, WITHHELD_WORDS, reportCount } from './suppress'

/*
 * The Reports page as data (pure): counts only, never a name (P05 feedback counted, P04 complaints
 * by outcome and time to resolve, concerns and accidents per month). Coordinator only. P06: every
 * count is a ReportCount (suppress.ts), so a count from 1 to 4 never leaves the core.
 */

export const reportArgs = z
  .strictObject({
    from: calendarDate('the first date of the report').nullable().optional(),
    to: calendarDate('the last date of the report').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The last date must be on or after the first date.' })
  })

/** Why the days to resolve are not shown: none resolved, or their number is withheld (fewer than 5, or withheld to protect one that is). */
export const daysWithheldReasons = ['none_resolved', 'count_not_shown'] as const
export type DaysWithheldReason = (typeof daysWithheldReasons)[number]

/** The days to resolve in words when they are not shown: the screen, the print and the CSV say the same. */
export const DAYS_WITHHELD_WORDS: Readonly<Record<DaysWithheldReason, string>> = {
  none_resolved: 'none resolved in the period',
  count_not_shown: `${WITHHELD_WORDS}: an average needs ${SMALLEST_SHOWN_COUNT} or more resolved complaints, and the number resolved is ${WITHHELD_WORDS}`,
}

/** The explanation above every report (screen, print and CSV). */
export const SUPPRESSION_EXPLANATION = `To keep families anonymous, a count from 1 to ${SMALLEST_SHOWN_COUNT - 1} (fewer than ${SMALLEST_SHOWN_COUNT}, but not none) reads “${WITHHELD_WORDS}”. So that no such count can be worked out by taking the others from a total, some other counts and totals read “${WITHHELD_WORDS}” too. Averages are shown only for ${SMALLEST_SHOWN_COUNT} or more complaints.`

export const reportSummary = z.object({
  from: z.string(),
  to: z.string(),
  feedback: z.object({
    responses: reportCount,
    questions: z.array(
      z.object({ id: z.string(), text: z.string(), counts: z.array(z.object({ answer: z.string(), label: z.string(), count: reportCount })) }),
    ),
  }),
  complaints: z.object({
    received: reportCount,
    /** Open at the period's end, whenever received. */
    open: reportCount,
    resolved: reportCount,
    byOutcome: z.array(z.object({ outcome: z.enum(complaintOutcomes.values), label: z.string(), count: reportCount })),
    /**
     * Calendar days from received to resolved, over those resolved in the period: shown only when
     * the number resolved is shown and at least 5 (P06: an average of fewer tells of each one).
     */
    daysToResolve: z.union([z.strictObject({ average: z.number(), median: z.number() }), z.strictObject({ withheld: z.enum(daysWithheldReasons) })]),
    resolvedWithinTarget: reportCount,
    /** Shown as well: it is resolved less within target, so it is suppressed like any other count. */
    resolvedAfterTarget: reportCount,
  }),
  /** No yearly total is shown, so each month's counts stand alone (primary suppression only). */
  perMonth: z.array(z.object({ month: z.string(), concerns: reportCount, accidents: reportCount })),
})
export type ReportSummary = z.infer<typeof reportSummary>

/** The same report as a CSV file for a spreadsheet, with the same counts withheld. */
export const reportCsv = z.object({ fileName: z.string(), csv: z.string() })

export const reportsApi = defineApi('reports', {
  'reports.summary': op({ args: reportArgs, result: reportSummary, access: 'reports.view', audit: 'report.view' }),
  'reports.csv': op({ args: reportArgs, result: reportCsv, access: 'reports.view', audit: 'report.export' }),
})
