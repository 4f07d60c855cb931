import { implement } from '../operations/guard'
import { volunteersApi } from './api'
import { assessDisclosure, recordDbs, recordStatusCheck } from './dbs'
import { acknowledgeOwnAgreement, createVolunteer, endVolunteer, getVolunteer, listVolunteers, myRecord, updateVolunteer } from './people'
import { addFinance, addParentalLeave, addTraining } from './records'
import { receiveReference, recordStep, requestReference } from './recruitment'
import { registerPrint } from './register'
import { dueAcrossArea } from './reminders'
import { getVolunteerSettings, saveVolunteerSettings } from './settings'

/** The volunteers area's functions, each attached once to its spec in api.ts; this guarded table is all the area exports. */
export const volunteersOperations = implement(volunteersApi, {
  'volunteers.list': listVolunteers,
  'volunteers.get': getVolunteer,
  'volunteers.create': createVolunteer,
  'volunteers.update': updateVolunteer,
  'volunteers.end': endVolunteer,
  'volunteers.steps.record': recordStep,
  'volunteers.references.request': requestReference,
  'volunteers.references.receive': receiveReference,
  'volunteers.dbs.record': recordDbs,
  'volunteers.dbs.statusCheck': recordStatusCheck,
  'volunteers.dbs.assess': assessDisclosure,
  'volunteers.training.add': addTraining,
  'volunteers.finance.add': addFinance,
  'volunteers.parentalLeave.add': addParentalLeave,
  'volunteers.register.print': registerPrint,
  'volunteers.due': dueAcrossArea,
  'volunteers.settings.get': getVolunteerSettings,
  'volunteers.settings.update': saveVolunteerSettings,
  'volunteers.mine': myRecord,
  'volunteers.mine.acknowledge': acknowledgeOwnAgreement,
})
