import { z } from 'zod'
import { calendarDate, freeText, optionalFreeText, pastDate } from '../rules'
import { concernDecisions, concernStatuses, referralAgencies } from './vocab'

/*
 * What the safeguarding operations take and give (pure: the renderer's forms use the same
 * schemas). The raise form is the paper form a volunteer fills in today: when, where, who it is
 * about, what was seen or said in their own words, what they did straight away.
 */

export const recordId = z.number({ error: 'A record id is required.' }).int().positive()

/** A time of day as 24-hour HH:MM, or blank. */
export const optionalTimeOfDay = (label: string) =>
  z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .pipe(
      z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `Enter ${label} as a 24-hour time, like 14:30.`)
        .nullable(),
    )

export const raiseConcernArgs = z.strictObject({
  familyId: recordId,
  personIds: z.array(recordId, { error: 'Choose who the concern is about.' }).min(1, 'Choose at least one person the concern is about.').max(20),
  /** The session it arose at, when there is one (sessions area). */
  sessionId: recordId.nullable().optional(),
  occurredOn: pastDate('the date it happened'),
  occurredTime: optionalTimeOfDay('the time it happened'),
  location: optionalFreeText('where it happened', { max: 200 }),
  account: freeText('what you saw or heard, in your own words', { max: 10000, multiline: true }),
  immediateAction: optionalFreeText('what you did straight away', { max: 4000, multiline: true }),
})
export type RaiseConcernArgs = z.input<typeof raiseConcernArgs>

/** All a raiser learns back: that it was submitted, and nothing of its content. */
export const raisedView = z.object({ submitted: z.literal(true) })

export const concernListArgs = z.strictObject({
  status: z.enum(concernStatuses.values).nullable().optional(),
  /** Words to find in the family's label or the names of the people it is about. */
  query: z.string().max(200, 'A search can be at most 200 characters.').default(''),
})

export const concernRow = z.object({
  id: z.number(),
  familyId: z.number(),
  familyLabel: z.string(),
  occurredOn: z.string(),
  about: z.array(z.string()),
  status: z.enum(concernStatuses.values),
  decision: z.enum(concernDecisions.values).nullable(),
  raisedBy: z.string(),
  raisedAt: z.string(),
  /** False until a coordinator has opened it. */
  seen: z.boolean(),
})
export type ConcernRow = z.infer<typeof concernRow>

export const addendumView = z.object({ id: z.number(), text: z.string(), writtenAt: z.string(), writtenBy: z.string() })
export const referralView = z.object({
  id: z.number(),
  agency: z.enum(referralAgencies.values),
  referredOn: z.string(),
  toWhom: z.string(),
  reference: z.string().nullable(),
  personTold: z.string().nullable(),
  notToldReason: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
})
export type ConcernReferralView = z.infer<typeof referralView>

export const concernView = concernRow.extend({
  sessionId: z.number().nullable(),
  occurredTime: z.string().nullable(),
  location: z.string().nullable(),
  people: z.array(z.object({ id: z.number(), name: z.string(), role: z.string(), dateOfBirth: z.string().nullable() })),
  account: z.string(),
  immediateAction: z.string().nullable(),
  decisionOn: z.string().nullable(),
  decisionReason: z.string().nullable(),
  outcome: z.string().nullable(),
  closedOn: z.string().nullable(),
  addenda: z.array(addendumView),
  referrals: z.array(referralView),
  /** The holds it placed that are still in place. */
  activeHolds: z.number(),
})
export type ConcernView = z.infer<typeof concernView>

export const addendumArgs = z.strictObject({ concernId: recordId, text: freeText('the addendum', { max: 10000, multiline: true }) })

export const decisionArgs = z.strictObject({
  concernId: recordId,
  decision: z.enum(concernDecisions.values, { error: 'Choose no further action, monitor or refer.' }),
  decisionOn: pastDate('the date of the decision'),
  reason: optionalFreeText('the reason for the decision', { max: 4000, multiline: true }),
})

export const concernReferralArgs = z
  .strictObject({
    concernId: recordId,
    agency: z.enum(referralAgencies.values, { error: 'Choose whom the referral was made to.' }),
    referredOn: pastDate('the date of the referral'),
    toWhom: freeText('the name or team the referral was made to', { max: 200 }),
    reference: optionalFreeText('the reference', { max: 100 }),
    personTold: optionalFreeText('who in the family was told', { max: 200 }),
    notToldReason: optionalFreeText('why nobody in the family was told', { max: 1000, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (!v.personTold && !v.notToldReason) {
      ctx.addIssue({ code: 'custom', path: ['personTold'], message: 'Enter who in the family was told about the referral, or why nobody was.' })
    }
    if (v.personTold && v.notToldReason) {
      ctx.addIssue({ code: 'custom', path: ['notToldReason'], message: 'Leave the reason blank when someone in the family was told.' })
    }
  })
export type ConcernReferralArgs = z.input<typeof concernReferralArgs>

export const statusArgs = z
  .strictObject({
    concernId: recordId,
    status: z.enum(concernStatuses.values, { error: 'Choose open, monitoring or closed.' }),
    closedOn: calendarDate('the date the concern was closed').nullable().optional(),
    outcome: optionalFreeText('the outcome', { max: 4000, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'closed' && !v.closedOn) ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'Enter the date the concern was closed.' })
    if (v.status === 'closed' && !v.outcome) ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Enter the outcome before closing the concern.' })
  })

export const familyConcernsArgs = z.strictObject({ familyId: recordId })
