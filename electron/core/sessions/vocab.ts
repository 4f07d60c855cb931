import { vocab, type VocabValue } from '../vocab'

/*
 * The sessions area's closed lists (pure: the renderer, the contract and the migration's CHECK
 * lists read the same ones; the data map's test keeps them in step with the schema).
 */

export const sessionKinds = vocab({
  supported: 'Supported',
  supervised: 'Supervised',
  handover: 'Handover',
  indirect: 'Indirect',
})
export const SESSION_KINDS = sessionKinds.values
export type SessionKind = VocabValue<typeof sessionKinds>

/** Why someone booked did not come (P01: absences and their reasons). */
export const absenceReasons = vocab({
  ill: 'Ill',
  parent_cancelled: 'Cancelled in advance by the parent',
  no_show: 'Did not come (no-show)',
  centre_cancelled: 'Centre cancelled',
  other: 'Other',
})
export const ABSENCE_REASONS = absenceReasons.values
export type AbsenceReason = VocabValue<typeof absenceReasons>

/** Absences that count towards the review flag: no reason given and none valid. */
export const UNEXPLAINED_ABSENCES: readonly AbsenceReason[] = ['no_show']

export const parentalResponsibility = vocab({
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
})
export const PARENTAL_RESPONSIBILITY = parentalResponsibility.values
export type ParentalResponsibility = VocabValue<typeof parentalResponsibility>

/** The kind of identity document seen at a pre-visit: never its number. */
export const identityDocuments = vocab({
  passport: 'Passport',
  driving_licence: 'Driving licence',
  national_identity_card: 'National identity card',
  residence_permit: 'Residence permit',
  other: 'Other photo identity',
})
export const IDENTITY_DOCUMENTS = identityDocuments.values
export type IdentityDocument = VocabValue<typeof identityDocuments>
