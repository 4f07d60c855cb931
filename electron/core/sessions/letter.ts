import type { z } from 'zod'
import { CabinetError } from '../errors'
import { readTemplate } from '../families/checklist'
import { audienceFor, discloseTo } from '../families/disclosure'
import { loadFamilyPeople, loadReferral } from '../families/rows'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import type { letterInput } from './schemas'
import type { OfferLetterView } from './views'

/**
 * The offer letter for one household: its own adults (through discloseTo for that household,
 * so neither household ever gets the other's address or phone), the children's first names,
 * the dates with that household's own arrival and departure times, who brings and collects, and
 * the centre's ground rules. Dietary needs come from medical information, which exists only
 * under a live consent (P03).
 */
export function offerLetter(input: z.output<typeof letterInput>, ctx: OpContext): OfferLetterView {
  const db = ctx.session.db
  const offer = sql(
    db,
    'SELECT id, referral_id AS referralId, who_brings AS whoBrings, who_collects AS whoCollects, who_takes_part AS whoTakesPart FROM contact_offer WHERE id = ?',
  ).get(input.offerId) as { id: number; referralId: number; whoBrings: string | null; whoCollects: string | null; whoTakesPart: string | null } | undefined
  if (!offer) throw new CabinetError('not_found', `There is no offer with id ${input.offerId}.`, { field: 'offerId' })
  const referral = loadReferral(db, offer.referralId)
  const people = loadFamilyPeople(db, referral.familyId)
  const lead = people.find((p) => p.household === input.household && (p.role === 'parent' || p.role === 'carer'))
  if (!lead) throw new CabinetError('validation', 'This household has no parent or carer to write to.', { field: 'household' })
  const audience = audienceFor(lead)
  const adults = people.filter((p) => p.household === input.household && p.role !== 'child').map((p) => discloseTo(audience, p))
  const children = people.filter((p) => p.role === 'child')
  const resident = input.household === 'resident'
  const sessions = sql(
    db,
    `SELECT s.on_date AS onDate, s.room, ${resident ? 'b.resident_arrives' : 'b.non_resident_arrives'} AS arrives,
            ${resident ? 'b.resident_leaves' : 'b.non_resident_leaves'} AS leaves
       FROM booking b JOIN contact_session s ON s.id = b.session_id WHERE b.offer_id = ? ORDER BY s.on_date, s.starts_at`,
  ).all(offer.id) as OfferLetterView['sessions']
  const dietary = children.flatMap((c) =>
    (sql(db, `SELECT details FROM medical_info WHERE person_id = ? AND kind IN ('allergy', 'dietary') ORDER BY id`).pluck().all(c.id) as string[]).map(
      (d) => `${c.givenName}: ${d}`,
    ),
  )
  ctx.auditRecord('referral', referral.id, { offerId: offer.id, household: input.household, personId: lead.id })
  return {
    offerId: offer.id,
    reference: referral.reference,
    household: input.household,
    addressees: adults,
    children: children.map((c) => c.givenName),
    sessions,
    whoBrings: offer.whoBrings,
    whoCollects: offer.whoCollects,
    whoTakesPart: offer.whoTakesPart,
    dietary,
    groundRules: readTemplate(db).items.map((i) => i.heading),
  }
}
