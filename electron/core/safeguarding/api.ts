import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { noArgs } from '../operations/common'
import {
  addendumArgs,
  concernListArgs,
  concernReferralArgs,
  concernRow,
  concernView,
  decisionArgs,
  familyConcernsArgs,
  raiseConcernArgs,
  raisedView,
  recordId,
  statusArgs,
} from './schemas'

/*
 * Safeguarding concerns as data (pure: the renderer reads them too). Everything but raising one is
 * for coordinators (safeguarding.view / safeguarding.manage); a volunteer may raise a concern
 * (safeguarding.raise) and learns back only that it was submitted (P01, P27).
 */

export * from './schemas'
export { concernDecisions, concernStatuses, referralAgencies, CONCERN_HOLD_SOURCE } from './vocab'

export const safeguardingApi = defineApi('safeguarding', {
  'safeguarding.raise': op({ args: raiseConcernArgs, result: raisedView, access: 'safeguarding.raise', audit: 'concern.raise' }),
  'safeguarding.list': op({ args: concernListArgs, result: z.array(concernRow), access: 'safeguarding.view', audit: 'concern.list' }),
  /** How many concerns no coordinator has read (the shell shows them first on unlock). */
  'safeguarding.unseen': op({ args: noArgs, result: z.object({ count: z.number() }), access: 'safeguarding.view', audit: null }),
  'safeguarding.forFamily': op({ args: familyConcernsArgs, result: z.array(concernRow), access: 'safeguarding.view', audit: 'concern.list' }),
  'safeguarding.get': op({ args: z.strictObject({ id: recordId }), result: concernView, access: 'safeguarding.view', audit: 'concern.view' }),
  'safeguarding.addendum': op({ args: addendumArgs, result: concernView, access: 'safeguarding.manage', audit: 'concern.addendum' }),
  'safeguarding.decide': op({ args: decisionArgs, result: concernView, access: 'safeguarding.manage', audit: 'concern.decision' }),
  'safeguarding.refer': op({ args: concernReferralArgs, result: concernView, access: 'safeguarding.manage', audit: 'concern.referral' }),
  'safeguarding.status': op({ args: statusArgs, result: concernView, access: 'safeguarding.manage', audit: 'concern.status' }),
})
