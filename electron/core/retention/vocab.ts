import { vocab, type VocabValue } from '../vocab'

/** Whose records a proposal, a deferral or a register line is about (pure: the screens show the words). */
export const retentionSubjects = vocab({ family: 'Family', volunteer: 'Volunteer or staff member', centre: 'The centre' })
export type RetentionSubject = VocabValue<typeof retentionSubjects>

export { presetNames, type PresetName } from './schemas'
