import { vocab, type VocabValue } from '../vocab'

/*
 * What can stop a record being disposed of when its retention period ends (issues 13 and 14):
 * the policies' "unless a safeguarding or child protection issue", court proceedings, an open
 * subject-access request about the person, an open complaint. Pure: the renderer shows the words.
 */
export const holdKinds = vocab({
  safeguarding: 'Safeguarding or child protection',
  legal: 'Legal hold (court proceedings)',
  subject_access: 'Open subject access request',
  complaint: 'Open complaint',
})
export type HoldKind = VocabValue<typeof holdKinds>

/** Whom a hold is on. A hold on a family or a child holds every record about them. */
export const holdSubjects = vocab({
  family: 'Family',
  person: 'Person',
  volunteer: 'Volunteer or staff member',
})
export type HoldSubject = VocabValue<typeof holdSubjects>
