import { noArgs } from '../operations/common'
import { defineApi, op } from '../operations/spec'
import { z } from 'zod'
import {
  adoptPresetArgs,
  certificateResult,
  deferArgs,
  disposalView,
  disposeArgs,
  disposeResult,
  noticeResult,
  recordReviewArgs,
  reportArgs,
  reportResult,
  reviewResult,
  reviewsResult,
  reviewView,
  saveScheduleArgs,
  scheduleResult,
} from './views'

/*
 * Retention's operations as data (pure: the renderer reads them too). Coordinator only. The
 * engine proposes; only 'retention.dispose', confirmed with the coordinator's password, removes
 * anything (P17). The report, the register and the notice hold no personal data.
 */

export * from './views'
export { presetNames, scheduleSchema, CHILD_AGE_FLOOR, type Schedule, type ClassRule, type KeepRule } from './schemas'
export { retentionSubjects } from './vocab'

export const retentionApi = defineApi('retention', {
  /** Every record's class, due date, rule and reason, as of today or a given day (the CLI's report). Never disposes. */
  'retention.report': op({ args: reportArgs, result: reportResult, access: 'retention.manage', audit: 'retention.report' }),
  /** The disposal review: what is due now, grouped by family and class, and what falls due within 30 days. */
  'retention.review': op({ args: noArgs, result: reviewResult, access: 'retention.manage', audit: 'retention.review' }),
  'retention.defer': op({ args: deferArgs, result: z.object({ id: z.number() }), access: 'retention.manage', audit: 'retention.defer' }),
  /** Dispose of the chosen groups in one transaction, confirmed with the coordinator's password (P17). */
  'retention.dispose': op({ args: disposeArgs, result: disposeResult, access: 'retention.manage', audit: 'retention.dispose' }),
  'retention.register': op({ args: noArgs, result: z.array(disposalView), access: 'retention.manage', audit: null }),
  'retention.certificate': op({
    args: z.strictObject({ id: z.number().int().positive() }),
    result: certificateResult,
    access: 'retention.manage',
    audit: 'retention.certificate.print',
  }),
  'retention.schedule.get': op({ args: noArgs, result: scheduleResult, access: 'retention.manage', audit: null }),
  'retention.schedule.save': op({ args: saveScheduleArgs, result: scheduleResult, access: 'retention.manage', audit: 'retention.schedule.change' }),
  'retention.schedule.adopt': op({ args: adoptPresetArgs, result: scheduleResult, access: 'retention.manage', audit: 'retention.schedule.change' }),
  /** The privacy notice's contents, from the centre's details and the schedule in force (P20). */
  'retention.notice': op({ args: noArgs, result: noticeResult, access: 'retention.manage', audit: null }),
  'retention.reviews.list': op({ args: noArgs, result: reviewsResult, access: 'retention.manage', audit: null }),
  'retention.reviews.record': op({ args: recordReviewArgs, result: reviewView, access: 'retention.manage', audit: 'retention.policy_review' }),
})
