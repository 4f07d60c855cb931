import { z } from 'zod'
import {
  ADULT_ROLES,
  CONSENT_METHODS,
  CONTACT_TYPES,
  HISTORY_RECORD_TYPES,
  HOUSEHOLDS,
  MEDICAL_KINDS,
  PERSON_ROLES,
  PREFERRED_CONTACT,
  RECORD_SOURCES,
  REFERRAL_SOURCES,
  REFERRAL_STATUSES,
} from './types'

/**
 * What the families area hands out: the contract's result schemas and the core's return
 * types, in one place. Every person in these went through `discloseTo` (disclosure.ts).
 */

const text = z.string().nullable()

export const addressView = z.object({ line1: text, line2: text, town: text, postcode: text })
export type AddressView = z.infer<typeof addressView>

export const personView = z.object({
  id: z.number(),
  familyId: z.number(),
  household: z.enum(HOUSEHOLDS),
  role: z.enum(PERSON_ROLES),
  relationship: text,
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: text,
  /** null when there is none, when it is withheld from this audience, or while masked. */
  address: addressView.nullable(),
  addressConfidential: z.boolean(),
  /** True when a confidential address exists but is not shown (screen: until revealed). */
  addressWithheld: z.boolean(),
  mobilePhone: text,
  otherPhone: text,
  email: text,
  preferredContact: z.enum(PREFERRED_CONTACT).nullable(),
  language: text,
  interpreterNeeded: z.boolean(),
  accessNeeds: text,
  livesWithPersonId: z.number().nullable(),
  source: z.enum(RECORD_SOURCES),
})
export type PersonView = z.infer<typeof personView>

export const statusChangeView = z.object({
  id: z.number(),
  fromStatus: z.enum(REFERRAL_STATUSES).nullable(),
  toStatus: z.enum(REFERRAL_STATUSES),
  effectiveOn: z.string(),
  reason: text,
  recordedAt: z.string(),
  recordedBy: text,
})
export type StatusChangeView = z.infer<typeof statusChangeView>

export const referralView = z.object({
  id: z.number(),
  familyId: z.number(),
  reference: z.string(),
  source: z.enum(REFERRAL_SOURCES),
  recordSource: z.enum(RECORD_SOURCES),
  referrerName: text,
  referrerOrganisation: text,
  referrerEmail: text,
  referrerPhone: text,
  receivedOn: z.string(),
  courtOrder: z.boolean(),
  courtName: text,
  courtOrderDate: text,
  courtCaseNumber: text,
  cafcassInvolved: z.boolean(),
  contactType: z.enum(CONTACT_TYPES),
  injunctionInPlace: z.boolean(),
  injunctionDetails: text,
  separateArrival: z.boolean(),
  collectionArrangements: text,
  status: z.enum(REFERRAL_STATUSES),
  statusOn: z.string(),
  closedOn: text,
  closedReason: text,
  /** The statuses this referral may move to next, for the UI's buttons. */
  allowedNext: z.array(z.enum(REFERRAL_STATUSES)),
  history: z.array(statusChangeView),
})
export type ReferralView = z.infer<typeof referralView>

export const previsitItemView = z.object({ id: z.string(), heading: z.string(), ticked: z.boolean() })
export const previsitView = z.object({
  id: z.number(),
  referralId: z.number(),
  personId: z.number(),
  bookedFor: text,
  completedOn: text,
  conductedBy: text,
  items: z.array(previsitItemView).nullable(),
  notes: text,
  source: z.enum(RECORD_SOURCES),
  recordedAt: z.string(),
})
export type PrevisitView = z.infer<typeof previsitView>

export const consentView = z.object({
  id: z.number(),
  personId: z.number(),
  givenBy: z.string(),
  givenOn: z.string(),
  method: z.enum(CONSENT_METHODS),
  source: z.enum(RECORD_SOURCES),
  recordedAt: z.string(),
  withdrawnOn: text,
  withdrawnMethod: z.enum(CONSENT_METHODS).nullable(),
})
export type ConsentView = z.infer<typeof consentView>

export const medicalView = z.object({
  id: z.number(),
  personId: z.number(),
  consentId: z.number(),
  kind: z.enum(MEDICAL_KINDS),
  details: z.string(),
  source: z.enum(RECORD_SOURCES),
  recordedAt: z.string(),
  updatedAt: z.string(),
})
export type MedicalView = z.infer<typeof medicalView>

/** What volunteers need on a session day, from the family's current referral. */
export const sessionDayView = z.object({
  contactType: z.enum(CONTACT_TYPES),
  separateArrival: z.boolean(),
  collectionArrangements: text,
})

export const familyView = z.object({
  id: z.number(),
  label: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  adults: z.array(personView),
  children: z.array(personView),
  sessionDay: sessionDayView.nullable(),
  /** null when the viewer's role may not see them (volunteers). */
  referrals: z.array(referralView).nullable(),
  previsits: z.array(previsitView).nullable(),
  medical: z.object({ consents: z.array(consentView), entries: z.array(medicalView) }).nullable(),
})
export type FamilyView = z.infer<typeof familyView>

export const historyView = z.object({
  id: z.number(),
  recordType: z.enum(HISTORY_RECORD_TYPES),
  recordId: z.number(),
  field: z.string(),
  oldValue: text,
  newValue: text,
  source: z.enum(RECORD_SOURCES),
  changedAt: z.string(),
  changedBy: text,
})
export type HistoryView = z.infer<typeof historyView>

export const familyListRow = z.object({
  id: z.number(),
  label: z.string(),
  children: z.array(z.string()),
  reference: text,
  status: z.enum(REFERRAL_STATUSES).nullable(),
  postcode: text,
})
export type FamilyListRow = z.infer<typeof familyListRow>
export const familyPage = z.object({ total: z.number(), rows: z.array(familyListRow) })
/**
 * How many rows the family list asks for at a time: a screenful (about 13 rows of 64 px, plus
 * the virtualiser's overscan of 12) and a little more, so the first answer to each keypress
 * describes only what is about to be painted; further pages arrive as the list scrolls.
 */
export const FAMILY_LIST_PAGE = 40
export type FamilyPage = z.infer<typeof familyPage>

export const duplicateMatch = z.object({
  personId: z.number(),
  familyId: z.number(),
  familyLabel: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  dateOfBirth: text,
  reason: z.enum(['name_and_date_of_birth', 'phone']),
})
export type DuplicateMatch = z.infer<typeof duplicateMatch>

export const centreHeader = z.object({ name: z.string(), address: z.string(), contactPhone: z.string(), contactEmail: z.string() })
export type CentreHeader = z.infer<typeof centreHeader>

export const checklistPrintView = z.object({
  blank: z.boolean(),
  printedOn: z.string(),
  centre: centreHeader,
  title: z.string(),
  items: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string() })),
  /** The parent it is for, with their own contact details to check at the pre-visit (P22). */
  parent: z
    .object({
      givenName: z.string(),
      familyName: z.string(),
      role: z.enum(ADULT_ROLES),
      address: addressView.nullable(),
      mobilePhone: text,
      otherPhone: text,
      email: text,
    })
    .nullable(),
  children: z.array(z.object({ givenName: z.string(), familyName: z.string(), dateOfBirth: text })),
  reference: text,
})
export type ChecklistPrintView = z.infer<typeof checklistPrintView>
