import { z } from 'zod'
import {
  addAdultInput,
  addChildInput,
  bookPrevisitInput,
  checklistTemplate,
  completePrevisitInput,
  consentInput,
  correctClosureInput,
  duplicateCheckInput,
  id,
  medicalInput,
  newFamilyInput,
  newReferralInput,
  searchInput,
  transitionInput,
  updateAdultInput,
  updateChildInput,
  updateMedicalInput,
  updateReferralInput,
  withdrawConsentInput,
} from '../../core/families/schemas'
import {
  addressView,
  checklistPrintView,
  consentView,
  duplicateMatch,
  familyPage,
  familyView,
  historyView,
  medicalView,
  personView,
  previsitView,
  referralView,
} from '../../core/families/views'
import { channel, defineArea } from '../define'
import { done, noArgs } from '../../core/operations/common'

/*
 * Families and referrals (issue 4). The argument schemas are the core's own (core/families/
 * schemas.ts: pure zod + libphonenumber-js), so main, the core and the renderer's forms apply
 * one set of rules and messages. Every person in a result has been through discloseTo.
 */

export {
  addAdultInput,
  addChildInput,
  bookPrevisitInput,
  checklistTemplate,
  completePrevisitInput,
  consentInput,
  correctClosureInput,
  medicalInput,
  newFamilyInput,
  newReferralInput,
  transitionInput,
  updateAdultInput,
  updateChildInput,
  updateMedicalInput,
  updateReferralInput,
  withdrawConsentInput,
}

export const familiesChannels = defineArea('families', {
  // finding and viewing
  'families.search': channel({ args: searchInput, result: familyPage, access: 'families.view' }),
  'families.get': channel({ args: z.object({ id }), result: familyView, access: 'families.view' }),
  'families.history': channel({ args: z.object({ familyId: id }), result: z.array(historyView), access: 'families.history' }),
  'families.revealAddress': channel({ args: z.object({ personId: id }), result: addressView.nullable(), access: 'families.revealAddress' }),
  'families.checkDuplicates': channel({ args: duplicateCheckInput, result: z.array(duplicateMatch), access: 'families.edit' }),

  // families and people
  'families.create': channel({ args: newFamilyInput, result: z.object({ familyId: z.number(), referralId: z.number().nullable() }), access: 'families.edit' }),
  'families.addAdult': channel({ args: addAdultInput, result: personView, access: 'families.edit' }),
  'families.updateAdult': channel({ args: updateAdultInput, result: personView, access: 'families.edit' }),
  'families.addChild': channel({ args: addChildInput, result: personView, access: 'families.edit' }),
  'families.updateChild': channel({ args: updateChildInput, result: personView, access: 'families.edit' }),

  // referrals
  'families.referrals.create': channel({ args: newReferralInput, result: referralView, access: 'referrals.edit' }),
  'families.referrals.update': channel({ args: updateReferralInput, result: referralView, access: 'referrals.edit' }),
  'families.referrals.transition': channel({ args: transitionInput, result: referralView, access: 'referrals.edit' }),
  'families.referrals.correctClosure': channel({ args: correctClosureInput, result: referralView, access: 'referrals.edit' }),

  // consent and medical information (P03)
  'families.consent.record': channel({ args: consentInput, result: consentView, access: 'families.medical' }),
  'families.consent.withdraw': channel({ args: withdrawConsentInput, result: z.object({ deleted: z.number() }), access: 'families.medical' }),
  'families.medical.add': channel({ args: medicalInput, result: medicalView, access: 'families.medical' }),
  'families.medical.update': channel({ args: updateMedicalInput, result: medicalView, access: 'families.medical' }),
  'families.medical.remove': channel({ args: z.object({ medicalId: id }), result: done, access: 'families.medical' }),

  // pre-visits and the checklist
  'families.previsits.book': channel({ args: bookPrevisitInput, result: previsitView, access: 'previsits.edit' }),
  'families.previsits.complete': channel({ args: completePrevisitInput, result: previsitView, access: 'previsits.edit' }),
  'families.checklist.template': channel({ args: noArgs, result: checklistTemplate, access: 'previsits.edit' }),
  'families.checklist.saveTemplate': channel({ args: checklistTemplate, result: checklistTemplate, access: 'checklist.template' }),
  /** The print route's data, built and audited in main (#/print/checklist/<personId>[?blank=1]). */
  'families.checklist.print': channel({
    args: z.object({ personId: id, blank: z.boolean().default(false) }),
    result: checklistPrintView,
    access: 'checklist.print',
  }),
})
