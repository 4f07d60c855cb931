/**
 * The families area's vocabulary: pure constants and types, imported by the core, the contract
 * and the renderer alike (no Node imports). The database CHECK constraints in migration 0002
 * list the same values; a test keeps the two in step.
 */

/** The two households of a family: the one the children live with, and the other parent's. */
export const HOUSEHOLDS = ['resident', 'non_resident'] as const
export type Household = (typeof HOUSEHOLDS)[number]

export const ADULT_ROLES = ['parent', 'carer', 'approved_adult'] as const
export type AdultRole = (typeof ADULT_ROLES)[number]
export const PERSON_ROLES = [...ADULT_ROLES, 'child'] as const
export type PersonRole = (typeof PERSON_ROLES)[number]

/**
 * Where a record came from (P02). Every person, referral, consent, medical entry and pre-visit
 * keeps one, and every correction names the source of the new value.
 */
export const RECORD_SOURCES = [
  'self_referral_form',
  'organisation_referral',
  'srs_application',
  'previsit_checklist',
  'volunteer_application',
  'court_order',
  'complaint',
  'phone',
  'email',
  'written',
  'verbal',
  'session_record',
] as const
export type RecordSource = (typeof RECORD_SOURCES)[number]

/** Who referred the family (the referral's own source, which retention rules P07–P09 read). */
export const REFERRAL_SOURCES = ['self', 'cafcass', 'solicitor', 'court', 'local_authority', 'srs', 'other_organisation'] as const
export type ReferralSource = (typeof REFERRAL_SOURCES)[number]

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

export const CONTACT_TYPES = ['supported', 'supervised', 'handover'] as const
export type ContactType = (typeof CONTACT_TYPES)[number]

export const REFERRAL_STATUSES = [
  'received',
  'previsits_booked',
  'previsits_done',
  'accepted',
  'declined',
  'withdrawn',
  'active',
  'closed',
] as const
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]

/** Statuses after which the referral has ended; each sets `closed_on`, which retention reads. */
export const ENDED_STATUSES = ['declined', 'withdrawn', 'closed'] as const satisfies readonly ReferralStatus[]

export const PREFERRED_CONTACT = ['phone', 'text', 'email', 'post'] as const
export type PreferredContact = (typeof PREFERRED_CONTACT)[number]

export const CONSENT_METHODS = ['written', 'verbal', 'email', 'form'] as const
export type ConsentMethod = (typeof CONSENT_METHODS)[number]

export const MEDICAL_KINDS = ['medical', 'allergy', 'dietary'] as const
export type MedicalKind = (typeof MEDICAL_KINDS)[number]

/** Record types that keep a correction history (P22). */
export const HISTORY_RECORD_TYPES = ['person', 'referral', 'previsit', 'medical'] as const
export type HistoryRecordType = (typeof HISTORY_RECORD_TYPES)[number]
