import { z } from 'zod'
import { freeText, optionalFreeText, pastDate } from '../rules'
import { centreHeader } from '../families/views'
import { recordId } from '../safeguarding/schemas'
import { complaintChannels, complaintKinds, complaintOutcomes, complaintSubjects, escalationBodies, followUpMethods } from './vocab'

/* What the complaints operations take and give (pure: the renderer's forms use the same schemas). */

export const recordComplaintArgs = z
  .strictObject({
    kind: z.enum(complaintKinds.values, { error: 'Choose a complaint or an intent to complain.' }),
    receivedOn: pastDate('the date it was received'),
    channel: z.enum(complaintChannels.values, { error: 'Choose how it was received.' }),
    anonymous: z.boolean().default(false),
    fromName: optionalFreeText('the name of the person complaining', { max: 120 }),
    fromContact: optionalFreeText('how to contact them', { max: 300, multiline: true }),
    fromPersonId: recordId.nullable().optional(),
    about: z.enum(complaintSubjects.values, { error: 'Choose what the complaint is about.' }),
    summary: freeText('what the complaint is about, in brief', { max: 4000, multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (!v.anonymous && !v.fromName)
      ctx.addIssue({ code: 'custom', path: ['fromName'], message: 'Enter the name of the person complaining, or tick that it is anonymous.' })
    if (v.anonymous && (v.fromName || v.fromContact || v.fromPersonId)) {
      ctx.addIssue({ code: 'custom', path: ['fromName'], message: 'An anonymous complaint has no name or contact details: clear them, or untick anonymous.' })
    }
  })
export type RecordComplaintArgs = z.input<typeof recordComplaintArgs>

export const acknowledgeArgs = z.strictObject({ id: recordId, acknowledgedOn: pastDate('the date the acknowledgement was sent') })
export const complaintNoteArgs = z.strictObject({ id: recordId, text: freeText('the investigation note', { max: 10000, multiline: true }) })
export const resolveArgs = z.strictObject({
  id: recordId,
  resolvedOn: pastDate('the date it was resolved'),
  outcome: z.enum(complaintOutcomes.values, { error: 'Choose the outcome.' }),
  resolution: freeText('how it was resolved', { max: 4000, multiline: true }),
})
export const followUpArgs = z.strictObject({
  id: recordId,
  followedUpOn: pastDate('the date of the follow-up'),
  method: z.enum(followUpMethods.values, { error: 'Choose how the complainant was followed up.' }),
  by: freeText('who followed it up', { max: 120 }),
})
export const escalateArgs = z.strictObject({
  id: recordId,
  to: z.enum(escalationBodies.values, { error: 'Choose NACCC or the ICO.' }),
  on: pastDate('the date it was escalated'),
})

export const complaintTargets = z.strictObject({
  acknowledgeWorkingDays: z
    .number({ error: 'Enter the working days to acknowledge a complaint.' })
    .int('Enter a whole number of working days to acknowledge a complaint.')
    .min(1, 'Allow at least 1 working day to acknowledge a complaint.')
    .max(60, 'Allow at most 60 working days to acknowledge a complaint.'),
  respondWorkingDays: z
    .number({ error: 'Enter the working days to respond to a complaint.' })
    .int('Enter a whole number of working days to respond to a complaint.')
    .min(1, 'Allow at least 1 working day to respond to a complaint.')
    .max(120, 'Allow at most 120 working days to respond to a complaint.'),
})
export type ComplaintTargets = z.infer<typeof complaintTargets>

export const complaintRow = z.object({
  id: z.number(),
  kind: z.enum(complaintKinds.values),
  receivedOn: z.string(),
  channel: z.enum(complaintChannels.values),
  from: z.string(),
  about: z.enum(complaintSubjects.values),
  acknowledgeDueOn: z.string(),
  responseDueOn: z.string(),
  acknowledgedOn: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  outcome: z.enum(complaintOutcomes.values).nullable(),
  /** Open and past its acknowledgement or response target today. */
  overdue: z.boolean(),
})
export type ComplaintRow = z.infer<typeof complaintRow>

export const complaintView = complaintRow.extend({
  anonymous: z.boolean(),
  fromName: z.string().nullable(),
  fromContact: z.string().nullable(),
  fromPersonId: z.number().nullable(),
  summary: z.string(),
  resolution: z.string().nullable(),
  followedUpOn: z.string().nullable(),
  followUpMethod: z.enum(followUpMethods.values).nullable(),
  followedUpBy: z.string().nullable(),
  escalatedTo: z.enum(escalationBodies.values).nullable(),
  escalatedOn: z.string().nullable(),
  notes: z.array(z.object({ id: z.number(), text: z.string(), writtenAt: z.string(), writtenBy: z.string() })),
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** For a data-protection complaint: how to complain to the ICO, to tell the complainant (P26). */
  icoRoute: z.string().nullable(),
})
export type ComplaintView = z.infer<typeof complaintView>

export const complaintPrintView = z.object({ printedOn: z.string(), centre: centreHeader, complaint: complaintView })
export type ComplaintPrintView = z.infer<typeof complaintPrintView>
