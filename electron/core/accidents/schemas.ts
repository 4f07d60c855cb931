import { z } from 'zod'
import { calendarDate, freeText, optionalFreeText, pastDate } from '../rules'
import { centreHeader } from '../families/views'
import { optionalTimeOfDay, recordId } from '../safeguarding/schemas'
import { injuredKinds } from './vocab'

/*
 * An accident-book entry (issue 13): the page a centre keeps in its accident book, as fields.
 * Pure: the renderer's form uses the same schema.
 */

const entryFields = {
  occurredOn: pastDate('the date of the accident'),
  occurredTime: optionalTimeOfDay('the time of the accident'),
  location: freeText('where it happened', { max: 200 }),
  sessionId: recordId.nullable().optional(),
  injuredKind: z.enum(injuredKinds.values, { error: 'Choose who was hurt: a child, an adult of a family, a volunteer or a visitor.' }),
  /** For a child or an adult of a family. */
  personId: recordId.nullable().optional(),
  /** For a volunteer or a visitor. */
  injuredName: optionalFreeText('the name of the person hurt', { max: 120 }),
  whatHappened: freeText('what happened', { max: 4000, multiline: true }),
  injury: freeText('the injury', { max: 2000, multiline: true }),
  firstAid: optionalFreeText('the first aid given', { max: 2000, multiline: true }),
  firstAidBy: optionalFreeText('who gave first aid', { max: 120 }),
  witnesses: optionalFreeText('the witnesses', { max: 1000, multiline: true }),
  informedWho: optionalFreeText('the parent or carer told', { max: 200 }),
  informedAt: optionalFreeText('when they were told', { max: 60 }),
  riddorReportable: z.boolean().default(false),
  riddorReportedOn: calendarDate('the date it was reported under RIDDOR').nullable().optional(),
  followUp: optionalFreeText('the follow-up', { max: 4000, multiline: true }),
}

function whoChecks(v: { injuredKind: string; personId?: number | null; injuredName?: string | null }, ctx: z.RefinementCtx) {
  const family = v.injuredKind === 'child' || v.injuredKind === 'adult'
  if (family && !v.personId) ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choose the person from the family who was hurt.' })
  if (!family && !v.injuredName) ctx.addIssue({ code: 'custom', path: ['injuredName'], message: 'Enter the name of the volunteer or visitor who was hurt.' })
}

export const recordAccidentArgs = z.strictObject(entryFields).superRefine(whoChecks)
export type RecordAccidentArgs = z.input<typeof recordAccidentArgs>
export const updateAccidentArgs = z.strictObject({ id: recordId, ...entryFields }).superRefine(whoChecks)

export const accidentRow = z.object({
  id: z.number(),
  occurredOn: z.string(),
  occurredTime: z.string().nullable(),
  location: z.string(),
  injuredKind: z.enum(injuredKinds.values),
  who: z.string(),
  injury: z.string(),
  riddorReportable: z.boolean(),
})
export type AccidentRow = z.infer<typeof accidentRow>

export const accidentView = accidentRow.extend({
  sessionId: z.number().nullable(),
  personId: z.number().nullable(),
  familyId: z.number().nullable(),
  injuredName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  whatHappened: z.string(),
  firstAid: z.string().nullable(),
  firstAidBy: z.string().nullable(),
  witnesses: z.string().nullable(),
  informedWho: z.string().nullable(),
  informedAt: z.string().nullable(),
  riddorReportedOn: z.string().nullable(),
  followUp: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** For an entry about a child: the earliest day it may be disposed of (their 25th birthday, P11). */
  keptAtLeastUntil: z.string().nullable(),
})
export type AccidentView = z.infer<typeof accidentView>

export const accidentPrintView = z.object({ printedOn: z.string(), centre: centreHeader, entry: accidentView })
export type AccidentPrintView = z.infer<typeof accidentPrintView>
