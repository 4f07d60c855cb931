import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { noArgs } from '../operations/common'
import { recordId } from '../safeguarding/schemas'
import {
  acknowledgeArgs,
  complaintNoteArgs,
  complaintPrintView,
  complaintRow,
  complaintTargets,
  complaintView,
  escalateArgs,
  followUpArgs,
  recordComplaintArgs,
  resolveArgs,
} from './schemas'
import { feedbackQuestionnaire, feedbackPrintView, recordFeedbackArgs } from './feedback/schemas'

/*
 * The complaints register (P04, P10, P26, P32) and the feedback questionnaire (P05) as data
 * (pure: the renderer reads them too). Coordinator only.
 */

export * from './schemas'
export * from './feedback/schemas'
export { ICO_ROUTE } from './vocab'
export {
  complaintChannels,
  complaintKinds,
  complaintOutcomes,
  complaintSubjects,
  escalationBodies,
  feedbackContexts,
  feedbackVia,
  followUpMethods,
} from './vocab'

const byId = z.strictObject({ id: recordId })

export const complaintsApi = defineApi('complaints', {
  'complaints.list': op({ args: noArgs, result: z.array(complaintRow), access: 'complaints.manage', audit: 'complaint.list' }),
  'complaints.get': op({ args: byId, result: complaintView, access: 'complaints.manage', audit: 'complaint.view' }),
  'complaints.record': op({ args: recordComplaintArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.record' }),
  'complaints.acknowledge': op({ args: acknowledgeArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.update' }),
  'complaints.note': op({ args: complaintNoteArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.update' }),
  'complaints.resolve': op({ args: resolveArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.update' }),
  'complaints.followUp': op({ args: followUpArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.update' }),
  'complaints.escalate': op({ args: escalateArgs, result: complaintView, access: 'complaints.manage', audit: 'complaint.update' }),
  /** The complaint record (#/print/complaint/<id>), built and audited in the core. */
  'complaints.print': op({ args: byId, result: complaintPrintView, access: 'complaints.manage', audit: 'complaint.print' }),
  'complaints.targets': op({ args: noArgs, result: complaintTargets, access: 'settings.view', audit: null }),
  'complaints.saveTargets': op({ args: complaintTargets, result: complaintTargets, access: 'settings.manage', audit: 'settings.complaints_update' }),
  // Feedback (P05): anonymous answers, counted on the Reports page.
  'complaints.feedback.questionnaire': op({ args: noArgs, result: feedbackQuestionnaire, access: 'feedback.record', audit: null }),
  'complaints.feedback.record': op({ args: recordFeedbackArgs, result: z.object({ id: z.number() }), access: 'feedback.record', audit: 'feedback.record' }),
  /** The blank paper questionnaire (#/print/feedback): no personal data, so no audit row. */
  'complaints.feedback.print': op({ args: noArgs, result: feedbackPrintView, access: 'feedback.record', audit: null }),
})
