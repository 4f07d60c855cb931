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
} from './schemas'
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
} from './views'
import { intakeInput, intakeView, previsitCheckInput, previsitCheckView } from './intake/schemas'
import { defineApi, op } from '../operations/spec'
import { done, noArgs } from '../operations/common'

/*
 * The families area's operations as data (pure: the renderer reads them too): name, who may call
 * it, argument and result schemas, audit action. The functions are attached in operations.ts.
 * Every person in a result has been through discloseTo.
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

export const familiesApi = defineApi('families', {
  // finding and viewing
  'families.search': op({ args: searchInput, result: familyPage, access: 'families.view', audit: null }),
  'families.get': op({ args: z.strictObject({ id }), result: familyView, access: 'families.view', audit: 'family.view' }),
  'families.history': op({ args: z.strictObject({ familyId: id }), result: z.array(historyView), access: 'families.history', audit: 'family.history.view' }),
  'families.revealAddress': op({
    args: z.strictObject({ personId: id }),
    result: addressView.nullable(),
    access: 'families.revealAddress',
    audit: 'person.address.reveal',
  }),
  'families.checkDuplicates': op({ args: duplicateCheckInput, result: z.array(duplicateMatch), access: 'families.edit', audit: 'person.duplicates.shown' }),

  // families and people
  'families.create': op({
    args: newFamilyInput,
    result: z.object({ familyId: z.number(), referralId: z.number().nullable() }),
    access: 'families.edit',
    audit: 'family.create',
  }),
  'families.addAdult': op({ args: addAdultInput, result: personView, access: 'families.edit', audit: 'person.create' }),
  'families.updateAdult': op({ args: updateAdultInput, result: personView, access: 'families.edit', audit: 'person.update' }),
  'families.addChild': op({ args: addChildInput, result: personView, access: 'families.edit', audit: 'person.create' }),
  'families.updateChild': op({ args: updateChildInput, result: personView, access: 'families.edit', audit: 'person.update' }),

  // referrals
  'families.referrals.create': op({ args: newReferralInput, result: referralView, access: 'referrals.edit', audit: 'referral.create' }),
  'families.referrals.update': op({ args: updateReferralInput, result: referralView, access: 'referrals.edit', audit: 'referral.update' }),
  'families.referrals.transition': op({ args: transitionInput, result: referralView, access: 'referrals.edit', audit: 'referral.status' }),
  'families.referrals.correctClosure': op({ args: correctClosureInput, result: referralView, access: 'referrals.edit', audit: 'referral.closure.correct' }),

  // consent and medical information (P03)
  'families.consent.record': op({ args: consentInput, result: consentView, access: 'families.medical', audit: 'consent.record' }),
  'families.consent.withdraw': op({
    args: withdrawConsentInput,
    result: z.object({ deleted: z.number() }),
    access: 'families.medical',
    audit: 'consent.withdraw',
  }),
  'families.medical.add': op({ args: medicalInput, result: medicalView, access: 'families.medical', audit: 'medical.create' }),
  'families.medical.update': op({ args: updateMedicalInput, result: medicalView, access: 'families.medical', audit: 'medical.update' }),
  'families.medical.remove': op({ args: z.strictObject({ medicalId: id }), result: done, access: 'families.medical', audit: 'medical.delete' }),

  // pre-visits and the checklist
  'families.previsits.book': op({ args: bookPrevisitInput, result: previsitView, access: 'previsits.edit', audit: 'previsit.book' }),
  'families.previsits.complete': op({ args: completePrevisitInput, result: previsitView, access: 'previsits.edit', audit: 'previsit.complete' }),
  'families.checklist.template': op({ args: noArgs, result: checklistTemplate, access: 'previsits.edit', audit: null }),
  'families.checklist.saveTemplate': op({
    args: checklistTemplate,
    result: checklistTemplate,
    access: 'checklist.template',
    audit: 'checklist.template.update',
  }),
  // intake details real referral forms ask for, and what was seen at a pre-visit (issue 12)
  'families.intake.get': op({ args: z.strictObject({ referralId: id }), result: intakeView, access: 'referrals.view', audit: 'referral.intake.view' }),
  'families.intake.save': op({ args: intakeInput, result: intakeView, access: 'referrals.edit', audit: 'referral.intake.update' }),
  'families.previsits.check': op({ args: previsitCheckInput, result: previsitCheckView, access: 'previsits.edit', audit: 'previsit.check' }),
  /** The print route's data, built and audited in main (#/print/checklist/<personId>[?blank=1]). */
  'families.checklist.print': op({
    args: z.strictObject({ personId: id, blank: z.boolean().default(false) }),
    result: checklistPrintView,
    access: 'checklist.print',
    audit: 'checklist.print',
  }),
})
