import {
  consentMethods,
  contactTypes,
  households,
  medicalKinds,
  personRoles,
  preferredContacts,
  recordSources,
  referralSources,
  referralStatuses,
} from '../../../electron/core/families/types'

/**
 * The words the screens use for the families area's codes (en-GB). They are defined once, with
 * the codes, in the core's vocabularies (electron/core/families/types.ts); these names are the
 * ones the screens already import. New code can use a vocabulary directly (`households.label(h)`,
 * `recordSources.options`).
 */

export const HOUSEHOLD_LABELS = households.labels
export const ROLE_LABELS = personRoles.labels
export const RECORD_SOURCE_LABELS = recordSources.labels
export const REFERRAL_SOURCE_LABELS = referralSources.labels
export const STATUS_LABELS = referralStatuses.labels
export const CONTACT_TYPE_LABELS = contactTypes.labels
export const PREFERRED_CONTACT_LABELS = preferredContacts.labels
export const CONSENT_METHOD_LABELS = consentMethods.labels
export const MEDICAL_KIND_LABELS = medicalKinds.labels

const REFERRED_BY_HINTS: Partial<Record<keyof typeof REFERRAL_SOURCE_LABELS, string>> = {
  self: 'A parent or carer asked for contact themselves, usually on the centre’s self-referral form',
  local_authority: 'For example children’s services',
  srs: 'Through NACCC’s Safe Referral System',
}

/** Select or radio options from a code → label record, in its order (a vocabulary's `.options` is the same list). */
export function options<K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }))
}

/**
 * The one question "Who referred the family?": the referral's source, which also sets where the
 * family's details came from (the core's RECORD_SOURCE_FOR_REFERRAL), so the forms never ask both.
 */
export const REFERRED_BY_OPTIONS: readonly { value: string; label: string; description?: string }[] = options(REFERRAL_SOURCE_LABELS).map((o) => ({
  ...o,
  description: REFERRED_BY_HINTS[o.value],
}))

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
