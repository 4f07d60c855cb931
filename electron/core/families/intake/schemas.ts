import { z } from 'zod'
import { calendarDate, optionalFreeText, optionalPastDate } from '../../rules'
import { IDENTITY_DOCUMENTS, PARENTAL_RESPONSIBILITY } from '../../sessions/vocab'
import { CONSENT_METHODS } from '../types'

/*
 * What real referral forms ask beyond the referral itself (issue 12), kept in tables of their own
 * (migration 0006): each adult's parental responsibility, whether they are permitted to attend,
 * may bring or collect, their availability and consent to the referral; the court order's terms
 * about contact and its review date; and what was seen at each pre-visit.
 */

const id = z.number({ error: 'A record id is required.' }).int().positive()

export const partyInput = z
  .strictObject({
    personId: id,
    parentalResponsibility: z.enum(PARENTAL_RESPONSIBILITY, { error: 'Choose yes, no or not known.' }),
    responsibilityOrder: optionalFreeText('the order that gives parental responsibility', { max: 200 }),
    permitted: z.boolean(),
    mayBring: z.boolean(),
    mayCollect: z.boolean(),
    availability: optionalFreeText('their availability', { max: 500 }),
    consentOn: optionalPastDate('the date they consented'),
    consentMethod: z
      .enum(CONSENT_METHODS, { error: 'Choose how they consented.' })
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    if (p.consentOn && !p.consentMethod) ctx.addIssue({ code: 'custom', path: ['consentMethod'], message: 'Choose how they consented.' })
    if (!p.consentOn && p.consentMethod) ctx.addIssue({ code: 'custom', path: ['consentOn'], message: 'Enter the date they consented.' })
    if ((p.mayBring || p.mayCollect) && !p.permitted)
      ctx.addIssue({ code: 'custom', path: ['permitted'], message: 'Someone who brings or collects the children must be permitted to attend.' })
  })
export type PartyArgs = z.input<typeof partyInput>

export const intakeInput = z.strictObject({
  referralId: id,
  orderAboutContact: optionalFreeText('what the order says about contact', { max: 2000, multiline: true }),
  orderReviewOn: z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v))
    .pipe(calendarDate('the expiry or review date').nullable()),
  cafcassOfficer: optionalFreeText('the Cafcass officer', { max: 120 }),
  solicitor: optionalFreeText('the solicitor', { max: 200 }),
  childMayLeaveWithOthers: z.boolean().default(false),
  parties: z.array(partyInput).max(12),
})
export type IntakeArgs = z.input<typeof intakeInput>

export const previsitCheckView = z.object({
  previsitId: z.number(),
  identityDocument: z.enum(IDENTITY_DOCUMENTS).nullable(),
  rulesSignedOn: z.string().nullable(),
  riskAssessed: z.boolean(),
  withChildren: z.boolean(),
})
export type PrevisitCheckView = z.infer<typeof previsitCheckView>

export const intakeView = z.object({
  referralId: z.number(),
  orderAboutContact: z.string().nullable(),
  orderReviewOn: z.string().nullable(),
  cafcassOfficer: z.string().nullable(),
  solicitor: z.string().nullable(),
  childMayLeaveWithOthers: z.boolean(),
  parties: z.array(
    z.object({
      personId: z.number(),
      parentalResponsibility: z.enum(PARENTAL_RESPONSIBILITY),
      responsibilityOrder: z.string().nullable(),
      permitted: z.boolean(),
      mayBring: z.boolean(),
      mayCollect: z.boolean(),
      availability: z.string().nullable(),
      consentOn: z.string().nullable(),
      consentMethod: z.enum(CONSENT_METHODS).nullable(),
    }),
  ),
  /** What was seen at each of the referral's pre-visits. */
  previsitChecks: z.array(previsitCheckView),
})
export type IntakeView = z.infer<typeof intakeView>

export const previsitCheckInput = z.strictObject({
  previsitId: id,
  identityDocument: z
    .enum(IDENTITY_DOCUMENTS, { error: 'Choose the kind of identity document seen.' })
    .nullish()
    .transform((v) => v ?? null),
  rulesSignedOn: optionalPastDate('the date the ground rules were signed'),
  riskAssessed: z.boolean(),
  withChildren: z.boolean(),
})
export type PrevisitCheckArgs = z.input<typeof previsitCheckInput>
