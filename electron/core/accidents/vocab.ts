import { vocab, type VocabValue } from '../vocab'

/*
 * The accident book's vocabularies (issue 13): pure, shared by the core, the contract and the
 * renderer; migration 0006 lists the same codes in its CHECK.
 */

/** Who was hurt: a child or adult of a family (named from the family's record), a volunteer or a visitor (named in words). */
export const injuredKinds = vocab({
  child: 'Child',
  adult: 'Adult of a family',
  volunteer: 'Volunteer',
  visitor: 'Visitor',
})
export type InjuredKind = VocabValue<typeof injuredKinds>
