import { implement } from '../operations/guard'
import { familiesApi } from './api'
import { getChecklistTemplate, checklistPrint, saveChecklistTemplate } from './checklist'
import { addMedical, recordConsent, removeMedical, updateMedical, withdrawConsent } from './consent'
import { findPossibleDuplicates } from './duplicates'
import { createFamily, getFamily } from './families'
import { listHistory } from './history'
import { getIntake, saveIntake, savePrevisitCheck } from './intake'
import { addAdult, addChild, revealAddress, updateAdult, updateChild } from './people'
import { bookPrevisit, completePrevisit } from './previsits'
import { createReferral, updateReferral } from './referrals'
import { searchFamilies } from './search'
import { correctClosure, transitionReferral } from './status'

/** The families area's functions, each attached once to its spec in api.ts; this guarded table is all the area exports. */
export const familiesOperations = implement(familiesApi, {
  'families.search': searchFamilies,
  'families.get': getFamily,
  'families.history': listHistory,
  'families.revealAddress': revealAddress,
  'families.checkDuplicates': findPossibleDuplicates,

  'families.create': createFamily,
  'families.addAdult': addAdult,
  'families.updateAdult': updateAdult,
  'families.addChild': addChild,
  'families.updateChild': updateChild,

  'families.referrals.create': createReferral,
  'families.referrals.update': updateReferral,
  'families.referrals.transition': transitionReferral,
  'families.referrals.correctClosure': correctClosure,

  'families.consent.record': recordConsent,
  'families.consent.withdraw': withdrawConsent,
  'families.medical.add': addMedical,
  'families.medical.update': updateMedical,
  'families.medical.remove': removeMedical,

  'families.previsits.book': bookPrevisit,
  'families.previsits.complete': completePrevisit,
  'families.checklist.template': getChecklistTemplate,
  'families.checklist.saveTemplate': saveChecklistTemplate,
  'families.intake.get': getIntake,
  'families.intake.save': saveIntake,
  'families.previsits.check': savePrevisitCheck,
  'families.checklist.print': checklistPrint,
})
