import { z } from 'zod'
import { recordClasses, type RecordClass } from '../data-map/record-classes'
import { vocab, type VocabValue } from '../vocab'

/*
 * A centre's retention schedule as data (P07–P16): for every record class, how long it is kept
 * from the moment its area's trigger says its period starts, in the words the privacy notice
 * prints. Pure (zod only): the settings screen validates with the same schema the core stores
 * with. A schedule is only ever replaced by a new numbered version (schedule-store.ts).
 */

export const presetNames = vocab({
  ww: 'West Wilts (no finance records; DBS record 6 months)',
  mm: 'Melton Mowbray (DBS record until the next check; yearly policy review)',
  ce: 'Cambridge & Ely (SRS applications, complaints, parental leave; review every three years)',
  custom: 'Edited by the centre',
})
export type PresetName = VocabValue<typeof presetNames>

/** The least a record about a child's safeguarding may be kept: until they are 25 (P11). */
export const CHILD_AGE_FLOOR = 25

const whole = (what: string, max: number) =>
  z
    .number({ error: `Enter ${what} as a whole number.` })
    .int(`Enter ${what} as a whole number.`)
    .min(0, `${what[0].toUpperCase()}${what.slice(1)} cannot be negative.`)
    .max(max, `${what[0].toUpperCase()}${what.slice(1)} can be at most ${max}.`)

/** How long a class is kept, counted from its trigger. */
export const keepRule = z.discriminatedUnion('kind', [
  /** A period after the trigger (referral closed, complaint resolved, volunteering ended…). */
  z.strictObject({ kind: z.literal('period'), years: whole('the years', 100), months: whole('the months', 11) }),
  /** Until the person the record is about reaches an age; the trigger is their date of birth. */
  z.strictObject({ kind: z.literal('until-age'), age: whole('the age', 120) }),
  /** A number of years from the end of the financial year the trigger falls in (HMRC's 6 years). */
  z.strictObject({
    kind: z.literal('financial-year'),
    years: whole('the years', 100),
    yearEnds: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Enter the financial year end as MM-DD, for example 03-31.'),
  }),
  /** Kept while anything else about the same family or volunteer is kept, and disposed of with the last of it. */
  z.strictObject({ kind: z.literal('with-subject') }),
  /** Never proposed for disposal (the audit log). */
  z.strictObject({ kind: z.literal('indefinite') }),
  /** The centre keeps none: anything found is proposed from its trigger (WW keeps no finance records). */
  z.strictObject({ kind: z.literal('not-held') }),
])
export type KeepRule = z.infer<typeof keepRule>

export const classRule = z.strictObject({
  /** The privacy notice's "File type" column, as the centre's policy words it. */
  fileType: z.string().trim().min(1, 'Enter what the records are, as the privacy notice should name them.').max(300),
  /** The notice's "Retention period" column. */
  period: z.string().trim().min(1, 'Enter the retention period in words, as the privacy notice should say it.').max(500),
  keep: keepRule,
  /** A longer period for some records of the class, in words (CE: 18 years if the child receives a disability allowance). */
  longer: z.strictObject({ years: whole('the longer years', 100), when: z.string().trim().min(1).max(200) }).optional(),
})
export type ClassRule = z.infer<typeof classRule>

const rulesShape = Object.fromEntries(recordClasses.values.map((c) => [c, classRule])) as Record<RecordClass, typeof classRule>

export const scheduleSchema = z
  .strictObject({
    preset: z.enum(presetNames.values),
    /** How often the privacy policy is reviewed (P31), in months; null when the policy sets no interval. */
    reviewEveryMonths: z
      .number()
      .int('Enter the review interval as a whole number of months.')
      .min(1, 'Enter a review interval of at least 1 month, or leave it blank.')
      .max(60, 'Review the policy at least every five years (60 months).')
      .nullable(),
    rules: z.strictObject(rulesShape),
  })
  .superRefine((s, ctx) => {
    for (const c of recordClasses.values) {
      const keep = s.rules[c].keep
      if (keep.kind === 'until-age' && keep.age < CHILD_AGE_FLOOR) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', c, 'keep', 'age'],
          message: `A record kept until a child reaches an age cannot be disposed of before they are ${CHILD_AGE_FLOOR}: they may ask for it until then (P11).`,
        })
      }
    }
    const sg = s.rules.safeguarding.keep
    if (sg.kind !== 'until-age' && sg.kind !== 'indefinite') {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', 'safeguarding', 'keep', 'kind'],
        message: `Safeguarding and child-protection records are kept at least until the child is ${CHILD_AGE_FLOOR} (P11): choose "until the child reaches an age" or "indefinitely".`,
      })
    }
    if (s.rules.audit.keep.kind !== 'indefinite') {
      ctx.addIssue({ code: 'custom', path: ['rules', 'audit', 'keep', 'kind'], message: 'The audit log is kept whole (P28): it must be kept indefinitely.' })
    }
  })
export type Schedule = z.infer<typeof scheduleSchema>

/** A stored version: the schedule and who made it when. */
export interface ScheduleVersion {
  readonly version: number
  readonly schedule: Schedule
  readonly note: string
  readonly createdAt: string
  readonly createdBy: string
}

/** The rule in words, for a reason: "3 years after it ends", "until the child is 25". */
export function keepInWords(keep: KeepRule, event: string): string {
  switch (keep.kind) {
    case 'period': {
      const parts = [
        keep.years ? `${keep.years} year${keep.years === 1 ? '' : 's'}` : '',
        keep.months ? `${keep.months} month${keep.months === 1 ? '' : 's'}` : '',
      ]
      const length = parts.filter(Boolean).join(' and ')
      return length ? `${length} after ${event}` : `when ${event}`
    }
    case 'until-age':
      return `until the child is ${keep.age}`
    case 'financial-year':
      return `${keep.years} years from the end of the financial year (${keep.yearEnds.slice(3)}/${keep.yearEnds.slice(0, 2)})`
    case 'with-subject':
      return 'with the rest of the records about the same family or volunteer'
    case 'indefinite':
      return 'kept indefinitely'
    case 'not-held':
      return 'not kept by this centre'
  }
}
