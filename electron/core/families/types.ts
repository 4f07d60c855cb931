/**
 * The families area's vocabularies: pure constants and types, imported by the core, the contract
 * and the renderer alike (no Node imports). Each is defined once with its en-GB labels
 * (`core/vocab.ts`); the database CHECK constraints in migration 0002 list the same codes, and a
 * test (test/integration/core/data-map) keeps the two in step.
 *
 * The UPPER_CASE names are the code lists under the names the rest of the code already uses.
 */
import { vocab, type VocabValue } from '../vocab'

/** The two households of a family: the one the children live with, and the other parent's. */
export const households = vocab({
  resident: 'Resident household',
  non_resident: 'Non-resident household',
})
export const HOUSEHOLDS = households.values
export type Household = VocabValue<typeof households>

export const personRoles = vocab({
  parent: 'Parent',
  carer: 'Carer',
  approved_adult: 'Other approved adult',
  child: 'Child',
})
export const PERSON_ROLES = personRoles.values
export type PersonRole = VocabValue<typeof personRoles>

export const adultRoles = personRoles.subset('parent', 'carer', 'approved_adult')
export const ADULT_ROLES = adultRoles.values
export type AdultRole = VocabValue<typeof adultRoles>

/**
 * Where a record came from (P02). Every person, referral, consent, medical entry and pre-visit
 * keeps one, and every correction names the source of the new value.
 */
export const recordSources = vocab({
  self_referral_form: 'Self-referral form',
  organisation_referral: 'Referral from an organisation',
  srs_application: 'SRS application',
  previsit_checklist: 'Pre-visit checklist',
  volunteer_application: 'Volunteer application form',
  court_order: 'Court order or court documents',
  complaint: 'Complaint correspondence',
  phone: 'Phone call',
  email: 'Email',
  written: 'Letter or other writing',
  verbal: 'In person (verbal)',
  session_record: 'Session record',
})
export const RECORD_SOURCES = recordSources.values
export type RecordSource = VocabValue<typeof recordSources>

/** Who referred the family (the referral's own source, which retention rules P07–P09 read). */
export const referralSources = vocab({
  self: 'Self-referral',
  cafcass: 'Cafcass',
  solicitor: 'Family solicitor',
  court: 'Court',
  local_authority: 'Local authority',
  srs: 'SRS application (Safe Referral System)',
  other_organisation: 'Another organisation',
})
export const REFERRAL_SOURCES = referralSources.values
export type ReferralSource = VocabValue<typeof referralSources>

/** The P02 record source a referral of each kind arrives as. */
export const RECORD_SOURCE_FOR_REFERRAL: Record<ReferralSource, RecordSource> = {
  self: 'self_referral_form',
  cafcass: 'organisation_referral',
  solicitor: 'organisation_referral',
  court: 'organisation_referral',
  local_authority: 'organisation_referral',
  srs: 'srs_application',
  other_organisation: 'organisation_referral',
}

export const contactTypes = vocab({
  supported: 'Supported contact',
  supervised: 'Supervised contact',
  handover: 'Handover only',
})
export const CONTACT_TYPES = contactTypes.values
export type ContactType = VocabValue<typeof contactTypes>

export const referralStatuses = vocab({
  received: 'Received',
  previsits_booked: 'Pre-visits booked',
  previsits_done: 'Pre-visits done',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  active: 'Active',
  closed: 'Closed',
})
export const REFERRAL_STATUSES = referralStatuses.values
export type ReferralStatus = VocabValue<typeof referralStatuses>

/** Statuses after which the referral has ended; each sets `closed_on`, which retention reads. */
export const endedStatuses = referralStatuses.subset('declined', 'withdrawn', 'closed')
export const ENDED_STATUSES = endedStatuses.values

export const preferredContacts = vocab({
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  post: 'Post',
})
export const PREFERRED_CONTACT = preferredContacts.values
export type PreferredContact = VocabValue<typeof preferredContacts>

/** What a consent covers (P03); only medical information needs one today. */
export const consentTopics = vocab({
  medical: 'Medical information',
})
export type ConsentTopic = VocabValue<typeof consentTopics>

export const consentMethods = vocab({
  written: 'In writing',
  verbal: 'Verbally',
  email: 'By email',
  form: 'On a form',
})
export const CONSENT_METHODS = consentMethods.values
export type ConsentMethod = VocabValue<typeof consentMethods>

export const medicalKinds = vocab({
  medical: 'Medical need',
  allergy: 'Allergy',
  dietary: 'Dietary requirement',
})
export const MEDICAL_KINDS = medicalKinds.values
export type MedicalKind = VocabValue<typeof medicalKinds>

/** Record types that keep a correction history (P22). */
export const historyRecordTypes = vocab({
  person: 'Person',
  referral: 'Referral',
  previsit: 'Pre-visit',
  medical: 'Medical information',
})
export const HISTORY_RECORD_TYPES = historyRecordTypes.values
export type HistoryRecordType = VocabValue<typeof historyRecordTypes>
