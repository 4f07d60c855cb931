import { vocab, type VocabValue } from '../vocab'

/*
 * The safeguarding area's vocabularies (issue 13): pure, so the core, the contract and the
 * renderer read the same codes and words. Migration 0006 lists the same codes in its CHECKs and
 * the data map pairs them, so a test fails if they drift apart.
 */

/** Where a concern stands. Open and monitoring keep its holds in place; closed lets them be lifted. */
export const concernStatuses = vocab({
  open: 'Open',
  monitoring: 'Monitoring',
  closed: 'Closed',
})
export type ConcernStatus = VocabValue<typeof concernStatuses>

/** What the coordinator decided to do about it. */
export const concernDecisions = vocab({
  no_further_action: 'No further action',
  monitor: 'Monitor',
  refer: 'Refer',
})
export type ConcernDecision = VocabValue<typeof concernDecisions>

/** Whom a referral went to. Each is a disclosure made to keep a child or adult safe (P18). */
export const referralAgencies = vocab({
  childrens_services: 'Children’s services',
  police: 'Police',
  lado: 'LADO (Local Authority Designated Officer)',
  other: 'Other',
})
export type ReferralAgency = VocabValue<typeof referralAgencies>

/** The hold source a concern places its holds under (record_hold.source_type). */
export const CONCERN_HOLD_SOURCE = 'safeguarding_concern'

/** A child's papers are kept at least until they are 25 (P11). */
export const SAFEGUARDING_KEEP_UNTIL_AGE = 25
