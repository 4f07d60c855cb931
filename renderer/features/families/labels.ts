import type {
  ConsentMethod,
  ContactType,
  Household,
  MedicalKind,
  PersonRole,
  PreferredContact,
  RecordSource,
  ReferralSource,
  ReferralStatus,
} from '../../../electron/core/families/types'

/** The words the screens use for the families area's codes (en-GB). */

export const HOUSEHOLD_LABELS: Record<Household, string> = {
  resident: 'Resident household',
  non_resident: 'Non-resident household',
}

export const ROLE_LABELS: Record<PersonRole, string> = {
  parent: 'Parent',
  carer: 'Carer',
  approved_adult: 'Other approved adult',
  child: 'Child',
}

export const RECORD_SOURCE_LABELS: Record<RecordSource, string> = {
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
}

export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  self: 'Self-referral',
  cafcass: 'Cafcass',
  solicitor: 'Family solicitor',
  court: 'Court',
  local_authority: 'Local authority',
  srs: 'SRS application (Safe Referral System)',
  other_organisation: 'Another organisation',
}

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  received: 'Received',
  previsits_booked: 'Pre-visits booked',
  previsits_done: 'Pre-visits done',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  active: 'Active',
  closed: 'Closed',
}

export const CONTACT_TYPE_LABELS: Record<ContactType, string> = {
  supported: 'Supported contact',
  supervised: 'Supervised contact',
  handover: 'Handover only',
}

export const PREFERRED_CONTACT_LABELS: Record<PreferredContact, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  post: 'Post',
}

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  written: 'In writing',
  verbal: 'Verbally',
  email: 'By email',
  form: 'On a form',
}

export const MEDICAL_KIND_LABELS: Record<MedicalKind, string> = {
  medical: 'Medical need',
  allergy: 'Allergy',
  dietary: 'Dietary requirement',
}

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

export function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`
}

/** Field names as the correction history shows them. */
export const FIELD_LABELS: Record<string, string> = {
  role: 'Role',
  relationship: 'Relationship',
  givenName: 'First name',
  familyName: 'Last name',
  dateOfBirth: 'Date of birth',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  town: 'Town',
  postcode: 'Postcode',
  addressConfidential: 'Confidential address',
  mobilePhone: 'Mobile phone',
  otherPhone: 'Other phone',
  email: 'Email',
  preferredContact: 'Preferred contact',
  language: 'Language',
  interpreterNeeded: 'Needs an interpreter',
  accessNeeds: 'Access needs',
  livesWithPersonId: 'Lives with',
  source: 'Referred by',
  referrerName: 'Referrer',
  referrerOrganisation: 'Referrer’s organisation',
  referrerEmail: 'Referrer’s email',
  referrerPhone: 'Referrer’s phone',
  receivedOn: 'Date received',
  courtOrder: 'Court order',
  courtName: 'Court',
  courtOrderDate: 'Date of the court order',
  courtCaseNumber: 'Case number',
  cafcassInvolved: 'Cafcass involved',
  contactType: 'Contact requested',
  injunctionInPlace: 'Injunction or order',
  injunctionDetails: 'Details of the order',
  separateArrival: 'Separate arrival and departure',
  collectionArrangements: 'Who may collect the children',
  closedOn: 'Date ended',
  closedReason: 'Reason ended',
  details: 'Details',
}
