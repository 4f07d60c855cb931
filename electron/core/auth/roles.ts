import { vocab, type VocabValue } from '../vocab'

/** The two kinds of account; what each may do is in permissions.ts. */
export const roles = vocab({
  coordinator: 'Coordinator',
  volunteer: 'Volunteer',
})
export const ROLES = roles.values
export type Role = VocabValue<typeof roles>
export const ROLE_LABELS = roles.labels
