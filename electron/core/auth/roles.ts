import { vocab, type VocabValue } from '../vocab'

/**
 * The kinds of account; what each may do is in permissions.ts. An inspector is a NACCC
 * accreditation inspector (P19): a short-lived account that reads family and HR files and can
 * change, print or export nothing.
 */
export const roles = vocab({
  coordinator: 'Coordinator',
  volunteer: 'Volunteer',
  inspector: 'NACCC inspector',
})
export const ROLES = roles.values
export type Role = VocabValue<typeof roles>
export const ROLE_LABELS = roles.labels
