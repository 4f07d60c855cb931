import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { noArgs } from '../operations/common'
import { volunteerSettingsSchema } from './presets'
import {
  addFinanceInput,
  addParentalLeaveInput,
  addTrainingInput,
  assessDisclosureInput,
  dueInput,
  endVolunteerInput,
  id,
  listInput,
  newVolunteerInput,
  receiveReferenceInput,
  recordDbsInput,
  recordStepInput,
  registerPrintInput,
  requestReferenceInput,
  statusCheckInput,
  updateVolunteerInput,
} from './schemas'
import { registerPrintView, reminderView, volunteerSummary, volunteerView } from './views'

/*
 * The volunteers area's operations as data (pure: the renderer reads them too). The
 * coordinator keeps everyone's file; a volunteer reaches only their own, through
 * volunteers.mine, which takes no id (P27).
 */

export {
  addFinanceInput,
  addParentalLeaveInput,
  addTrainingInput,
  assessDisclosureInput,
  endVolunteerInput,
  newVolunteerInput,
  receiveReferenceInput,
  recordDbsInput,
  recordStepInput,
  requestReferenceInput,
  statusCheckInput,
  updateVolunteerInput,
  volunteerSettingsSchema,
}

export const volunteersApi = defineApi('volunteers', {
  'volunteers.list': op({ args: listInput, result: z.array(volunteerSummary), access: 'volunteers.view', audit: null }),
  'volunteers.get': op({ args: z.strictObject({ id }), result: volunteerView, access: 'volunteers.view', audit: 'volunteer.view' }),
  'volunteers.create': op({ args: newVolunteerInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.create' }),
  'volunteers.update': op({ args: updateVolunteerInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.update' }),
  'volunteers.end': op({ args: endVolunteerInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.end' }),

  // recruitment
  'volunteers.steps.record': op({ args: recordStepInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.step' }),
  'volunteers.references.request': op({ args: requestReferenceInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.reference.request' }),
  'volunteers.references.receive': op({ args: receiveReferenceInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.reference.receive' }),

  // DBS (P13)
  'volunteers.dbs.record': op({ args: recordDbsInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.dbs.record' }),
  'volunteers.dbs.statusCheck': op({ args: statusCheckInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.dbs.status_check' }),
  'volunteers.dbs.assess': op({ args: assessDisclosureInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.dbs.assess' }),

  // training, finance (P14), parental leave (P15)
  'volunteers.training.add': op({ args: addTrainingInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.training.add' }),
  'volunteers.finance.add': op({ args: addFinanceInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.finance.add' }),
  'volunteers.parentalLeave.add': op({ args: addParentalLeaveInput, result: volunteerView, access: 'volunteers.edit', audit: 'volunteer.parental_leave.add' }),

  // the inspection register, printed (the print route's data, audited)
  'volunteers.register.print': op({ args: registerPrintInput, result: registerPrintView, access: 'volunteers.print', audit: 'volunteer.register.print' }),

  /** What is due across the area (the reminder sources' items), most urgent first: for the CLI and scripts. */
  'volunteers.due': op({ args: dueInput, result: z.array(reminderView), access: 'volunteers.view', audit: null }),

  // settings
  'volunteers.settings.get': op({ args: noArgs, result: volunteerSettingsSchema, access: 'volunteers.view', audit: null }),
  'volunteers.settings.update': op({
    args: volunteerSettingsSchema,
    result: volunteerSettingsSchema,
    access: 'settings.manage',
    audit: 'settings.volunteers_update',
  }),

  // a volunteer's own record (P27)
  'volunteers.mine': op({ args: noArgs, result: volunteerView.nullable(), access: 'account.self', audit: 'volunteer.view_own' }),
  'volunteers.mine.acknowledge': op({ args: noArgs, result: volunteerView, access: 'account.self', audit: 'volunteer.confidentiality_sign' }),
})
