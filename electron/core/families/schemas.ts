import { z } from 'zod'
import {
  ageOn,
  calendarDate,
  freeText,
  optionalEmail,
  optionalPastDate,
  optionalPhone,
  optionalPostcode,
  optionalFreeText,
  pastDate,
  personName,
} from '../rules'
import {
  ADULT_ROLES,
  CONSENT_METHODS,
  CONTACT_TYPES,
  HOUSEHOLDS,
  MEDICAL_KINDS,
  PREFERRED_CONTACT,
  RECORD_SOURCE_FOR_REFERRAL,
  RECORD_SOURCES,
  REFERRAL_SOURCES,
} from './types'

/**
 * Input schemas for the families area: the contract validates IPC payloads with them, the
 * renderer's forms use them through zodResolver, and the core parses its inputs with them
 * again (the CLI and the demo generator call the core directly). Cross-field rules put their
 * message on the field the user must change.
 */

export const id = z.number({ error: 'A record id is required.' }).int().positive()
export const recordSource = z.enum(RECORD_SOURCES, { error: 'Choose where this information came from.' })

const adultFields = z.strictObject({
  role: z.enum(ADULT_ROLES, { error: 'Choose parent, carer or other approved adult.' }),
  relationship: optionalFreeText('the relationship', { max: 60 }),
  givenName: personName('a first name'),
  familyName: personName('a last name'),
  dateOfBirth: optionalPastDate('the date of birth'),
  addressLine1: optionalFreeText('an address line', { max: 120 }),
  addressLine2: optionalFreeText('an address line', { max: 120 }),
  town: optionalFreeText('the town', { max: 80 }),
  postcode: optionalPostcode(),
  addressConfidential: z.boolean().default(false),
  mobilePhone: optionalPhone('uk-or-abroad'),
  otherPhone: optionalPhone('uk-or-abroad'),
  email: optionalEmail(),
  preferredContact: z
    .enum(PREFERRED_CONTACT)
    .nullish()
    .transform((v) => v ?? null),
  language: optionalFreeText('the language', { max: 60 }),
  interpreterNeeded: z.boolean().default(false),
  accessNeeds: optionalFreeText('the access needs', { max: 1000, multiline: true }),
})

/** An adult of either household: a parent or carer, or another approved adult (a grandparent). */
export const adultInput = adultFields.superRefine((p, ctx) => {
  const anyAddress = p.addressLine1 || p.addressLine2 || p.town || p.postcode
  if (anyAddress && !p.addressLine1)
    ctx.addIssue({ code: 'custom', path: ['addressLine1'], message: 'Enter the first line of the address, or clear the address.' })
  if (anyAddress && !p.postcode) ctx.addIssue({ code: 'custom', path: ['postcode'], message: 'Enter the postcode, or clear the address.' })
  if (p.addressConfidential && !anyAddress)
    ctx.addIssue({ code: 'custom', path: ['addressConfidential'], message: 'Only an address can be confidential: enter the address or untick this.' })
  if (p.preferredContact === 'email' && !p.email)
    ctx.addIssue({ code: 'custom', path: ['email'], message: 'Enter an email address, or choose another way to contact them.' })
  if ((p.preferredContact === 'phone' || p.preferredContact === 'text') && !p.mobilePhone && !p.otherPhone)
    ctx.addIssue({ code: 'custom', path: ['mobilePhone'], message: 'Enter a phone number, or choose another way to contact them.' })
  if (p.preferredContact === 'post' && !p.addressLine1)
    ctx.addIssue({ code: 'custom', path: ['addressLine1'], message: 'Enter the address, or choose another way to contact them.' })
})
export type AdultInput = z.input<typeof adultInput>
export type Adult = z.output<typeof adultInput>

export const childFields = z.strictObject({
  givenName: personName('a first name'),
  familyName: personName('a last name'),
  dateOfBirth: pastDate('the date of birth'),
})

/** A child as entered with a new family: which household (whose parent) they live with. */
export const newChildInput = childFields.extend({
  livesWith: z.enum(HOUSEHOLDS, { error: 'Choose which parent the child lives with.' }),
})

/** A child added to or corrected in an existing family: the adult they live with, by id. */
export const childInput = childFields.extend({ livesWithPersonId: id })
export type ChildInput = z.input<typeof childInput>
export type Child = z.output<typeof childInput>

const referralFields = z.strictObject({
  source: z.enum(REFERRAL_SOURCES, { error: 'Choose who referred the family.' }),
  referrerName: optionalFreeText("the referrer's name", { max: 120 }),
  referrerOrganisation: optionalFreeText('the organisation', { max: 120 }),
  referrerEmail: optionalEmail(),
  referrerPhone: optionalPhone('uk-or-abroad'),
  receivedOn: pastDate('the date the referral was received'),
  courtOrder: z.boolean().default(false),
  courtName: optionalFreeText('the court', { max: 120 }),
  courtOrderDate: optionalPastDate('the date of the court order'),
  courtCaseNumber: optionalFreeText('the case number', { max: 40 }),
  cafcassInvolved: z.boolean().default(false),
  contactType: z.enum(CONTACT_TYPES, { error: 'Choose supported, supervised or handover.' }),
  injunctionInPlace: z.boolean().default(false),
  injunctionDetails: optionalFreeText('the injunction details', { max: 2000, multiline: true }),
  separateArrival: z.boolean().default(false),
  collectionArrangements: optionalFreeText('who may collect the children', { max: 2000, multiline: true }),
})

function referralRules(r: z.output<typeof referralFields>, ctx: z.RefinementCtx): void {
  if (r.source !== 'self' && !r.referrerName && !r.referrerOrganisation)
    ctx.addIssue({ code: 'custom', path: ['referrerName'], message: "Enter the referrer's name or organisation." })
  if (r.source === 'cafcass' && !r.cafcassInvolved)
    ctx.addIssue({ code: 'custom', path: ['cafcassInvolved'], message: 'A referral from Cafcass means Cafcass is involved: tick this box.' })
  if (r.courtOrder && !r.courtName) ctx.addIssue({ code: 'custom', path: ['courtName'], message: 'Enter the court that made the order.' })
  if (r.courtOrder && !r.courtOrderDate) ctx.addIssue({ code: 'custom', path: ['courtOrderDate'], message: 'Enter the date of the court order.' })
  if (!r.courtOrder && (r.courtName || r.courtOrderDate || r.courtCaseNumber))
    ctx.addIssue({ code: 'custom', path: ['courtOrder'], message: 'Tick "Court order" or clear the court details.' })
  if (r.courtOrderDate && r.courtOrderDate > r.receivedOn)
    ctx.addIssue({ code: 'custom', path: ['courtOrderDate'], message: 'The court order date is after the referral was received: check both dates.' })
  if (r.injunctionInPlace && !r.injunctionDetails)
    ctx.addIssue({ code: 'custom', path: ['injunctionDetails'], message: 'Describe the injunction or non-molestation order.' })
}

export const referralInput = referralFields.superRefine(referralRules)
export type ReferralInput = z.input<typeof referralInput>
export type Referral = z.output<typeof referralInput>

/**
 * A new family: both households' parents, the children, and usually the referral that brought
 * them. Who referred the family also says where its details came from (P02): without a `source`
 * of their own, the people take the referral's (RECORD_SOURCE_FOR_REFERRAL, the one mapping the
 * referral's record source uses too), so the form asks one question, not two.
 */
export const newFamilyInput = z
  .strictObject({
    source: recordSource.optional(),
    resident: adultInput,
    nonResident: adultInput,
    children: z.array(newChildInput).min(1, 'Add at least one child.').max(12, 'A family can have at most 12 children here.'),
    referral: referralInput.nullish().transform((v) => v ?? null),
  })
  .superRefine((f, ctx) => {
    if (!f.source && !f.referral) ctx.addIssue({ code: 'custom', path: ['source'], message: 'Choose where this information came from.' })
    if (f.resident.role === 'approved_adult')
      ctx.addIssue({ code: 'custom', path: ['resident', 'role'], message: 'The resident household needs a parent or carer.' })
    if (f.nonResident.role === 'approved_adult')
      ctx.addIssue({ code: 'custom', path: ['nonResident', 'role'], message: 'The non-resident household needs a parent or carer.' })
    if (!f.referral) return
    f.children.forEach((c, i) => {
      if (c.dateOfBirth > f.referral!.receivedOn)
        ctx.addIssue({ code: 'custom', path: ['children', i, 'dateOfBirth'], message: 'This child was born after the referral was received: check the dates.' })
      else if (ageOn(c.dateOfBirth, f.referral!.receivedOn) >= 18)
        ctx.addIssue({ code: 'custom', path: ['children', i, 'dateOfBirth'], message: 'A child must be under 18 on the date the referral was received.' })
    })
  })
  .transform(({ source, ...family }) => ({ ...family, source: source ?? RECORD_SOURCE_FOR_REFERRAL[family.referral!.source] }))
export type NewFamilyInput = z.input<typeof newFamilyInput>
export type NewFamily = z.output<typeof newFamilyInput>

export const addAdultInput = z.strictObject({ familyId: id, household: z.enum(HOUSEHOLDS), source: recordSource, person: adultInput })
export const updateAdultInput = z.strictObject({ personId: id, source: recordSource, person: adultInput })
export const addChildInput = z.strictObject({ familyId: id, source: recordSource, child: childInput })
export const updateChildInput = z.strictObject({ personId: id, source: recordSource, child: childInput })

export const newReferralInput = z.strictObject({ familyId: id, referral: referralInput })
export const updateReferralInput = z.strictObject({ referralId: id, source: recordSource, referral: referralInput })

export const transitionInput = z.strictObject({
  referralId: id,
  to: z.enum(['previsits_booked', 'previsits_done', 'accepted', 'declined', 'withdrawn', 'active', 'closed'], { error: 'Choose the new status.' }),
  on: pastDate('the date of the change'),
  reason: optionalFreeText('the reason', { max: 1000, multiline: true }),
})
export type TransitionInput = z.input<typeof transitionInput>

/** Correct the date or reason a referral ended (retention counts from this date). */
export const correctClosureInput = z.strictObject({
  referralId: id,
  source: recordSource,
  closedOn: pastDate('the date the referral ended'),
  reason: optionalFreeText('the reason', { max: 1000, multiline: true }),
})

export const consentInput = z.strictObject({
  personId: id,
  givenBy: freeText('who gave consent', { max: 120 }),
  givenOn: pastDate('the date consent was given'),
  method: z.enum(CONSENT_METHODS, { error: 'Choose how consent was given: written, verbal, email or form.' }),
  source: recordSource,
})
export const withdrawConsentInput = z.strictObject({
  consentId: id,
  withdrawnOn: pastDate('the date consent was withdrawn'),
  method: z.enum(CONSENT_METHODS, { error: 'Choose how consent was withdrawn.' }),
})
export const medicalInput = z.strictObject({
  personId: id,
  kind: z.enum(MEDICAL_KINDS, { error: 'Choose medical need, allergy or dietary requirement.' }),
  details: freeText('the details', { max: 2000, multiline: true }),
  source: recordSource,
})
export const updateMedicalInput = z.strictObject({ medicalId: id, details: freeText('the details', { max: 2000, multiline: true }), source: recordSource })

export const checklistItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'An item id is lower-case letters, digits and hyphens.'),
  heading: freeText('a heading', { max: 120 }),
  text: freeText('the text', { max: 2000, multiline: true }),
})
export const checklistTemplate = z.strictObject({
  title: freeText('a title', { max: 120 }),
  items: z.array(checklistItem).min(1, 'The checklist needs at least one item.').max(40, 'The checklist can have at most 40 items.'),
})
export type ChecklistTemplate = z.output<typeof checklistTemplate>

export const bookPrevisitInput = z.strictObject({ referralId: id, personId: id, bookedFor: calendarDate('the pre-visit date') })
export const completePrevisitInput = z.strictObject({
  referralId: id,
  personId: id,
  completedOn: pastDate('the date of the pre-visit'),
  conductedBy: freeText('who held the pre-visit', { max: 120 }),
  ticked: z.array(z.string().max(40)).max(40),
  notes: optionalFreeText('the notes', { max: 4000, multiline: true }),
})

export const duplicateCheckInput = z.strictObject({
  excludePersonId: id.nullish(),
  givenName: z.string().max(80),
  familyName: z.string().max(80),
  dateOfBirth: z.string().max(10).nullish(),
  phones: z.array(z.string().max(40)).max(4).default([]),
})

export const searchInput = z.strictObject({
  query: z.string().max(200, 'A search can be at most 200 characters.').default(''),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
})

/** What callers pass (before defaults and normalisation). */
export type AddAdultArgs = z.input<typeof addAdultInput>
export type UpdateAdultArgs = z.input<typeof updateAdultInput>
export type AddChildArgs = z.input<typeof addChildInput>
export type UpdateChildArgs = z.input<typeof updateChildInput>
export type NewReferralArgs = z.input<typeof newReferralInput>
export type UpdateReferralArgs = z.input<typeof updateReferralInput>
export type CorrectClosureArgs = z.input<typeof correctClosureInput>
export type ConsentArgs = z.input<typeof consentInput>
export type WithdrawConsentArgs = z.input<typeof withdrawConsentInput>
export type MedicalArgs = z.input<typeof medicalInput>
export type UpdateMedicalArgs = z.input<typeof updateMedicalInput>
export type BookPrevisitArgs = z.input<typeof bookPrevisitInput>
export type CompletePrevisitArgs = z.input<typeof completePrevisitInput>
export type DuplicateCheckArgs = z.input<typeof duplicateCheckInput>
export type SearchArgs = z.input<typeof searchInput>
export type ChecklistTemplateInput = z.input<typeof checklistTemplate>
