import type { Faker } from '@faker-js/faker'
import type { ContactType, ReferralSource, ReferralStatus } from '../families/types'
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from '../families/types'

/**
 * What the demo centre looks like: the mix of referral sources and statuses, and the path each
 * status takes from "received" (every step through the real transition rules).
 */

export const PATH_TO: Record<ReferralStatus, ReferralStatus[]> = {
  received: [],
  previsits_booked: ['previsits_booked'],
  previsits_done: ['previsits_booked', 'previsits_done'],
  accepted: ['previsits_booked', 'previsits_done', 'accepted'],
  declined: ['previsits_booked', 'previsits_done', 'declined'],
  withdrawn: ['withdrawn'],
  active: ['previsits_booked', 'previsits_done', 'accepted', 'active'],
  closed: ['previsits_booked', 'previsits_done', 'accepted', 'active', 'closed'],
}

const STATUS_WEIGHTS: { weight: number; value: ReferralStatus }[] = [
  { weight: 8, value: 'received' },
  { weight: 7, value: 'previsits_booked' },
  { weight: 6, value: 'previsits_done' },
  { weight: 6, value: 'accepted' },
  { weight: 8, value: 'declined' },
  { weight: 8, value: 'withdrawn' },
  { weight: 27, value: 'active' },
  { weight: 30, value: 'closed' },
]

const SOURCE_WEIGHTS: { weight: number; value: ReferralSource }[] = [
  { weight: 30, value: 'self' },
  { weight: 15, value: 'cafcass' },
  { weight: 15, value: 'solicitor' },
  { weight: 10, value: 'court' },
  { weight: 10, value: 'local_authority' },
  { weight: 15, value: 'srs' },
  { weight: 5, value: 'other_organisation' },
]

/** The first families take every status and every source in turn, so even a tiny demo has them all. */
export function statusFor(f: Faker, i: number): ReferralStatus {
  return i < REFERRAL_STATUSES.length ? REFERRAL_STATUSES[i] : f.helpers.weightedArrayElement(STATUS_WEIGHTS)
}

export function sourceFor(f: Faker, i: number): ReferralSource {
  return i < REFERRAL_SOURCES.length ? REFERRAL_SOURCES[(i * 3) % REFERRAL_SOURCES.length] : f.helpers.weightedArrayElement(SOURCE_WEIGHTS)
}

export function contactTypeFor(f: Faker): ContactType {
  return f.helpers.weightedArrayElement([
    { weight: 6, value: 'supported' as const },
    { weight: 2, value: 'supervised' as const },
    { weight: 2, value: 'handover' as const },
  ])
}

export const DECLINE_REASONS = [
  'Outside the centre’s area',
  'Supervised contact needed, which the centre does not offer',
  'Risk assessment: not suitable for a supported centre',
]
export const CLOSE_REASONS = ['Contact moved to the community', 'Court order ended', 'Family stopped attending', 'Arrangements agreed between the parents']
export const WITHDRAW_REASONS = ['Parents reached their own agreement', 'Family moved away', 'Non-resident parent no longer seeking contact']

export const MEDICAL_EXAMPLES = {
  allergy: ['Peanuts: EpiPen in the bag', 'Tree nuts', 'Eggs', 'Dairy', 'Bee stings'],
  dietary: ['Vegetarian', 'Halal', 'No pork', 'Gluten free (coeliac)'],
  medical: ['Asthma: blue inhaler in the bag', 'Eczema: cream before play', 'Type 1 diabetes: snack at 3pm', 'Epilepsy: care plan with the coordinator'],
} as const

export const LANGUAGES = ['Polish', 'Romanian', 'Urdu', 'Arabic', 'Welsh', 'Portuguese', 'Lithuanian', 'Punjabi']
