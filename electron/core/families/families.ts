import type { OpContext } from '../operations/guard'
import { familyMedical } from './consent'
import { discloseTo, type Audience } from './disclosure'
import { insertAdult, insertChild } from './people'
import { familyPrevisits } from './previsits'
import { referralView } from './referral-view'
import { insertReferral, referralAuditDetail } from './referrals'
import { bool, loadFamilyPeople, loadPerson, REFERRAL_COLUMNS, requireFamily, type ReferralRow } from './rows'
import type { NewFamily } from './schemas'
import { reindexFamily } from './search-index'
import { isEnded } from './transitions'
import type { FamilyView } from './views'
import { sql } from '../db/statement-cache'
import { CabinetError } from '../errors'
import { centreDate } from '../sessions/clock'
import { volunteerMaySee } from './session-scope'

/**
 * Enter a new family in one transaction: the resident parent or carer, the non-resident
 * parent, the children (each living with one of them) and, usually, the referral that brought
 * them. Either all of it is saved or none of it.
 */
export function createFamily(input: NewFamily, { session, auditRecord }: OpContext): { familyId: number; referralId: number | null } {
  // Entering the referral with the family needs the referral permission as well.
  if (input.referral) session.require('referrals.edit')
  const db = session.db
  const at = session.now().toISOString()
  const { id: familyId } = sql(db, `INSERT INTO family (label, sort_key, created_at, created_by, updated_at) VALUES ('', '', ?, ?, ?) RETURNING id`).get(
    at,
    session.user.id,
    at,
  ) as { id: number }
  const leads = {
    resident: insertAdult(session, familyId, 'resident', input.resident, input.source),
    non_resident: insertAdult(session, familyId, 'non_resident', input.nonResident, input.source),
  }
  for (const child of input.children) {
    insertChild(session, familyId, child, loadPerson(db, leads[child.livesWith]), input.source)
  }
  const referralId = input.referral ? insertReferral(session, familyId, input.referral) : null
  // The family's own row is the guard's; the referral entered with it gets its row too.
  if (input.referral && referralId !== null) {
    session.audit({ action: 'referral.create', recordType: 'referral', recordId: referralId, detail: referralAuditDetail(familyId, input.referral) })
  }
  reindexFamily(db, familyId)
  auditRecord('family', familyId, { children: input.children.length, referral: referralId !== null })
  return { familyId, referralId }
}

/**
 * The family page. Coordinators (and inspectors, P19) see everything with confidential addresses masked until
 * revealed; volunteers see who is who and what a session day needs, no contact details,
 * referrals, pre-visits or medical information.
 */
export function getFamily({ id: familyId }: { id: number }, { session, auditRecord }: OpContext): FamilyView {
  const db = session.db
  const family = requireFamily(db, familyId)
  // Whoever may read every family's whole file (the coordinator, an inspector: referrals.view) sees
  // this one; anyone else only the families booked into today's sessions they are on duty for.
  const wholeFile = session.can('referrals.view')
  if (!wholeFile && !volunteerMaySee(db, session.user.id, centreDate(session.now()), familyId))
    throw new CabinetError('forbidden', 'Volunteers see only the families booked into the sessions they are on duty for today.')
  const audience: Audience = wholeFile ? { kind: 'staff' } : { kind: 'volunteer' }
  const people = loadFamilyPeople(db, familyId).map((p) => discloseTo(audience, p))
  const referralRows = sql(db, `SELECT ${REFERRAL_COLUMNS} FROM referral WHERE family_id = ? ORDER BY received_on DESC, id DESC`).all(familyId) as ReferralRow[]
  const current = referralRows.find((r) => !isEnded(r.status))
  auditRecord('family', familyId)
  return {
    ...family,
    adults: people.filter((p) => p.role !== 'child').sort((a, b) => rank(a) - rank(b) || a.id - b.id),
    children: people.filter((p) => p.role === 'child').sort((a, b) => (a.dateOfBirth ?? '').localeCompare(b.dateOfBirth ?? '') || a.id - b.id),
    sessionDay: current
      ? { contactType: current.contactType, separateArrival: bool(current.separateArrival), collectionArrangements: current.collectionArrangements }
      : null,
    referrals: session.can('referrals.view') ? referralRows.map((r) => referralView(db, r)) : null,
    previsits: session.can('referrals.view') ? familyPrevisits(db, familyId) : null,
    medical: session.can('families.medical.view') ? familyMedical(db, familyId) : null,
  }
}

function rank(p: { household: string; role: string }): number {
  return (p.household === 'resident' ? 0 : 10) + (p.role === 'approved_adult' ? 1 : 0)
}
