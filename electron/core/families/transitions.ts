import { ENDED_STATUSES, referralStatuses, type ReferralStatus } from './types'

/**
 * The referral lifecycle:
 *   received → pre-visits booked → pre-visits done → accepted → active → closed
 * with declined (a reason is required) and withdrawn possible until the family starts, and
 * nothing after an ending (a family that comes back gets a new referral with its own history).
 */
export const TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  received: ['previsits_booked', 'declined', 'withdrawn'],
  previsits_booked: ['previsits_done', 'declined', 'withdrawn'],
  previsits_done: ['accepted', 'declined', 'withdrawn'],
  accepted: ['active', 'withdrawn'],
  active: ['closed'],
  declined: [],
  withdrawn: [],
  closed: [],
}

/** The statuses as words inside a sentence ("… is pre-visits booked"): the vocabulary's labels, lower-cased. */
export const STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = Object.fromEntries(
  referralStatuses.values.map((s) => [s, referralStatuses.label(s).toLowerCase()]),
) as Record<ReferralStatus, string>

export const REASON_REQUIRED: readonly ReferralStatus[] = ['declined', 'closed']

export function isEnded(status: ReferralStatus): boolean {
  return (ENDED_STATUSES as readonly ReferralStatus[]).includes(status)
}

export function listOr(xs: readonly ReferralStatus[]): string {
  const words = xs.map((s) => STATUS_LABELS[s])
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}
