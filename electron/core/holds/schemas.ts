import { z } from 'zod'
import { calendarDate, freeText } from '../rules'
import { holdKinds, holdSubjects } from './vocab'

/*
 * What the holds operations take and give (pure: the renderer's forms use the same schemas).
 * By hand a coordinator sets a safeguarding or a legal hold; the subject-access and complaint
 * kinds are placed by the records that need them, with their source named.
 */

export const holdSubject = z.strictObject({ type: z.enum(holdSubjects.values), id: z.number().int().positive() })
export type HoldSubjectRef = z.infer<typeof holdSubject>

export const holdId = z.number().int().positive()

export const placeHoldArgs = z
  .strictObject({
    subject: holdSubject,
    kind: z.enum(['safeguarding', 'legal']),
    reason: freeText('why the records are held', { max: 1000, multiline: true }),
    reviewOn: calendarDate('the date to review the hold').nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'legal' && !v.reviewOn) {
      ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'Enter the date to review a legal hold (when the court proceedings should be checked on).' })
    }
  })

export const liftHoldArgs = z.strictObject({
  id: holdId,
  reason: freeText('why the hold can be lifted', { max: 1000, multiline: true }),
})

export const holdView = z.object({
  id: holdId,
  subject: holdSubject,
  kind: z.enum(holdKinds.values),
  reason: z.string(),
  reviewOn: z.string().nullable(),
  source: z.object({ type: z.string(), id: z.number() }).nullable(),
  setAt: z.string(),
  setBy: z.string(),
  liftedAt: z.string().nullable(),
  liftedBy: z.string().nullable(),
  liftReason: z.string().nullable(),
})
export type HoldView = z.infer<typeof holdView>
