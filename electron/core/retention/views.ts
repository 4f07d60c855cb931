import { z } from 'zod'
import { recordClasses } from '../data-map/record-classes'
import { calendarDate, freeText } from '../rules'
import { presetNames, scheduleSchema } from './schemas'
import { retentionSubjects } from './vocab'

/*
 * What the retention operations take and give (pure: the screens validate and show the same
 * shapes). Proposals are grouped by the family, volunteer or centre they are about and by class.
 */

export const subjectRef = z.strictObject({ type: z.enum(retentionSubjects.values), id: z.number().int().positive().nullable() })
const recordClass = z.enum(recordClasses.values)
const state = z.enum(['due', 'upcoming', 'deferred', 'held', 'running', 'kept'])

export const assessmentView = z.object({
  table: z.string(),
  id: z.number(),
  recordClass,
  subject: subjectRef,
  trigger: z.string().nullable(),
  dueOn: z.string().nullable(),
  state,
  rule: z.string(),
  reason: z.string(),
  holdIds: z.array(z.number()),
  deferredUntil: z.string().nullable(),
})

/** The states a report lists by default: what is due, and what is held or deferred though its date has come or is coming. */
export const REPORTED_STATES = ['due', 'held', 'deferred'] as const
/** The most records one report lists; a longer list is read page by page (`offset`). */
export const REPORT_PAGE_MAX = 1000

export const reportArgs = z.strictObject({
  asOf: calendarDate('the date to report as of').optional(),
  states: z
    .array(state, { error: 'Choose the states to list: due, upcoming, deferred, held or running.' })
    .min(1, 'Choose at least one state to list.')
    .optional(),
  offset: z
    .number({ error: 'The offset must be a whole number, 0 or more.' })
    .int('The offset must be a whole number, 0 or more.')
    .min(0, 'The offset must be a whole number, 0 or more.')
    .optional(),
  limit: z
    .number({ error: `The limit must be a whole number from 1 to ${REPORT_PAGE_MAX}.` })
    .int(`The limit must be a whole number from 1 to ${REPORT_PAGE_MAX}.`)
    .min(1, `The limit must be a whole number from 1 to ${REPORT_PAGE_MAX}.`)
    .max(REPORT_PAGE_MAX, `The limit must be a whole number from 1 to ${REPORT_PAGE_MAX}.`)
    .optional(),
})
export const reportResult = z.object({
  asOf: z.string(),
  scheduleVersion: z.number().nullable(),
  /** Every record's state counted, whatever is listed. */
  counts: z.object({ due: z.number(), upcoming: z.number(), deferred: z.number(), held: z.number(), running: z.number() }),
  /** The states listed, and how many records are in them; `records` is the page from `offset`. */
  states: z.array(state),
  matched: z.number(),
  offset: z.number(),
  records: z.array(assessmentView),
})

/** One class of records about one subject, as the review screen lists them. */
export const proposalGroup = z.object({
  subject: subjectRef,
  recordClass,
  classLabel: z.string(),
  state,
  count: z.number(),
  dueOn: z.string().nullable(),
  rule: z.string(),
  reasons: z.array(z.string()),
  deferredUntil: z.string().nullable(),
})
export const subjectGroups = z.object({
  subject: subjectRef,
  label: z.string(),
  link: z.string().nullable(),
  groups: z.array(proposalGroup),
})
export const reviewResult = z.object({
  asOf: z.string(),
  scheduleVersion: z.number().nullable(),
  /** Due now: confirm, defer or hold. */
  due: z.array(subjectGroups),
  /** Falling due within 30 days, deferred, or held. */
  later: z.array(subjectGroups),
})

export const groupKey = z.strictObject({ subject: subjectRef, recordClass })

export const deferArgs = z.strictObject({
  subject: subjectRef,
  recordClass,
  untilOn: calendarDate('the date to look at these records again'),
  reason: freeText('why the disposal is put off', { max: 1000, multiline: true }),
})

export const disposeArgs = z.strictObject({
  groups: z.array(groupKey).min(1, 'Choose at least one group of records to dispose of.'),
  password: z.string().min(1, 'Enter your password to confirm the disposal.'),
})
export const disposeResult = z.object({ disposalId: z.number(), records: z.number() })

export const registerEntry = z.object({
  recordClass,
  classLabel: z.string(),
  subjectType: z.enum(retentionSubjects.values),
  count: z.number(),
  refs: z.array(z.string()),
  rule: z.string(),
})
export const disposalView = z.object({
  id: z.number(),
  disposedAt: z.string(),
  asOf: z.string(),
  scheduleVersion: z.number(),
  authorisedBy: z.string(),
  entries: z.array(registerEntry),
})
export const certificateResult = z.object({
  centre: z.object({ name: z.string(), address: z.string(), dataController: z.string() }),
  disposal: disposalView,
})

export const scheduleVersionView = z.object({ version: z.number(), schedule: scheduleSchema, note: z.string(), createdAt: z.string(), createdBy: z.string() })
export const scheduleResult = z.object({
  current: scheduleVersionView.nullable(),
  history: z.array(scheduleVersionView.omit({ schedule: true }).extend({ preset: z.enum(presetNames.values) })),
})
export const saveScheduleArgs = z.strictObject({
  schedule: scheduleSchema,
  note: freeText('what changed and why', { max: 500 }),
})
export const adoptPresetArgs = z.strictObject({ preset: z.enum(['ww', 'mm', 'ce'], { error: 'Choose the schedule to start from.' }) })

export const reviewView = z.object({
  id: z.number(),
  reviewedOn: z.string(),
  reviewedBy: z.string(),
  summary: z.string(),
  nextDueOn: z.string().nullable(),
  recordedAt: z.string(),
})
export const recordReviewArgs = z.strictObject({
  reviewedOn: calendarDate('the date of the review'),
  summary: freeText('a summary of the review', { max: 2000, multiline: true }),
})
export const reviewsResult = z.object({ reviewEveryMonths: z.number().nullable(), nextDueOn: z.string().nullable(), reviews: z.array(reviewView) })

export const noticeResult = z.object({
  centre: z.object({ name: z.string(), address: z.string(), dataController: z.string(), contactEmail: z.string(), contactPhone: z.string() }),
  scheduleVersion: z.number().nullable(),
  retention: z.array(z.object({ fileType: z.string(), period: z.string() })),
  lastReviewedOn: z.string().nullable(),
})
