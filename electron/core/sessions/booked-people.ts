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

/** The first parent or carer (by id) of each household leads it: SQL over `person p`. */
const LEAD = `p.role IN ('parent', 'carer') AND p.id = (SELECT min(l.id) FROM person l WHERE l.family_id = p.family_id AND l.household = p.household AND l.role IN ('parent', 'carer'))`

/** Booked: every child, each household's lead, and any other adult the referral names as permitted (SQL over `person p`, `referral_party rp`). */
const BOOKED = `(p.role = 'child' OR rp.permitted = 1 OR (${LEAD}))`

/**
 * SQL for the ids of the people booked under a referral, by the same rule as `bookedPeople`;
 * `referralId` is an SQL expression naming it (a column of the outer query, such as `b.referral_id`).
 */
export function bookedPersonIds(referralId: string): string {
  return `SELECT p.id FROM referral r JOIN person p ON p.family_id = r.family_id
      LEFT JOIN referral_party rp ON rp.referral_id = r.id AND rp.person_id = p.id
     WHERE r.id = ${referralId} AND ${BOOKED}`
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
            rp.permitted, rp.may_collect AS mayCollect, (${LEAD}) AS lead
       FROM referral r JOIN person p ON p.family_id = r.family_id
       LEFT JOIN referral_party rp ON rp.referral_id = r.id AND rp.person_id = p.id
      WHERE r.id = ? AND ${BOOKED} ORDER BY p.household, p.role = 'child', p.id`,
  ).all(referralId) as (Omit<BookedPerson, 'lead'> & { lead: 0 | 1 })[]
  return rows.map((p) => ({ ...p, lead: p.lead === 1 }))
}
