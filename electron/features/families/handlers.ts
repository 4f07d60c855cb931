import type { familiesChannels } from '../../contract/areas/families'
import { getChecklistTemplate, checklistPrint, saveChecklistTemplate } from '../../core/families/checklist'
import { addMedical, recordConsent, removeMedical, updateMedical, withdrawConsent } from '../../core/families/consent'
import { findPossibleDuplicates } from '../../core/families/duplicates'
import { createFamily, getFamily } from '../../core/families/families'
import { listHistory } from '../../core/families/history'
import { addAdult, addChild, revealAddress, updateAdult, updateChild } from '../../core/families/people'
import { bookPrevisit, completePrevisit } from '../../core/families/previsits'
import { createReferral, updateReferral } from '../../core/families/referrals'
import { searchFamilies } from '../../core/families/search'
import { correctClosure, transitionReferral } from '../../core/families/status'
import type { HandlerMap } from '../types'

type FamiliesChannel = keyof typeof familiesChannels

/** The families area: each handler hands its validated arguments to the core, which checks the role again and audits. */
export const familiesHandlers: HandlerMap<FamiliesChannel> = {
  'families.search': (args, { session }) => searchFamilies(session, args),
  'families.get': ({ id }, { session }) => getFamily(session, id),
  'families.history': ({ familyId }, { session }) => listHistory(session, familyId),
  'families.revealAddress': ({ personId }, { session }) => revealAddress(session, personId),
  'families.checkDuplicates': (args, { session }) => findPossibleDuplicates(session, args),

  'families.create': (args, { session }) => createFamily(session, args),
  'families.addAdult': (args, { session }) => addAdult(session, args),
  'families.updateAdult': (args, { session }) => updateAdult(session, args),
  'families.addChild': (args, { session }) => addChild(session, args),
  'families.updateChild': (args, { session }) => updateChild(session, args),

  'families.referrals.create': (args, { session }) => createReferral(session, args),
  'families.referrals.update': (args, { session }) => updateReferral(session, args),
  'families.referrals.transition': (args, { session }) => transitionReferral(session, args),
  'families.referrals.correctClosure': (args, { session }) => correctClosure(session, args),

  'families.consent.record': (args, { session }) => recordConsent(session, args),
  'families.consent.withdraw': (args, { session }) => withdrawConsent(session, args),
  'families.medical.add': (args, { session }) => addMedical(session, args),
  'families.medical.update': (args, { session }) => updateMedical(session, args),
  'families.medical.remove': ({ medicalId }, { session }) => {
    removeMedical(session, medicalId)
    return null
  },

  'families.previsits.book': (args, { session }) => bookPrevisit(session, args),
  'families.previsits.complete': (args, { session }) => completePrevisit(session, args),
  'families.checklist.template': (_args, { session }) => getChecklistTemplate(session),
  'families.checklist.saveTemplate': (args, { session }) => saveChecklistTemplate(session, args),
  'families.checklist.print': ({ personId, blank }, { session, host }) => {
    const centre = host.getCentre()
    return checklistPrint(session, { personId, blank }, { name: centre.name, address: centre.address, contactPhone: centre.contactPhone, contactEmail: centre.contactEmail })
  },
}
