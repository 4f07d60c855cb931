import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { Household } from '../families/types'

export interface BookedPerson {
  id: number
  givenName: string
  familyName: string
  household: Household
  role: string
  dateOfBirth: string | null
  /** null: the referral does not say; 0 or 1 as recorded in referral_party. */
  permitted: 0 | 1 | null
  mayCollect: 0 | 1 | null
  lead: boolean
}

/**
 * Who a booking is for: the family's children, each household's lead parent or carer, and any
 * other adult the referral names as permitted. Only named adults are admitted, so an approved
 * adult the referral does not list is not booked at all.
 */
export function bookedPeople(db: ReadableDB, referralId: number): BookedPerson[] {
  const rows = sql(
    db,
    `SELECT p.id, p.given_name AS givenName, p.family_name AS familyName, p.household, p.role, p.date_of_birth AS dateOfBirth,
            rp.permitted, rp.may_collect AS mayCollect
       FROM referral r JOIN person p ON p.family_id = r.family_id
       LEFT JOIN referral_party rp ON rp.referral_id = r.id AND rp.person_id = p.id
      WHERE r.id = ? ORDER BY p.household, p.role = 'child', p.id`,
  ).all(referralId) as Omit<BookedPerson, 'lead'>[]
  const leads = new Set<number>()
  for (const h of ['resident', 'non_resident']) {
    const lead = rows.find((p) => p.household === h && (p.role === 'parent' || p.role === 'carer'))
    if (lead) leads.add(lead.id)
  }
  return rows.map((p) => ({ ...p, lead: leads.has(p.id) })).filter((p) => p.role === 'child' || p.lead || p.permitted === 1)
}
