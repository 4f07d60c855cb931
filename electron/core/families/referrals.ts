import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import { ageOn, isoDate } from './fields'
import { recordCorrections, type FieldValue } from './history'
import { referralView } from './referral-view'
import { bit, bool, loadReferral, requireFamily, type ReferralRow } from './rows'
import { newReferralInput, updateReferralInput, type Referral } from './schemas'
import { reindexFamily } from './search-index'
import { STATUS_LABELS } from './transitions'
import { RECORD_SOURCE_FOR_REFERRAL } from './types'
import type { ReferralView } from './views'
import { auditChanges, touchFamily } from './writes'
import { sql } from '../db/statement-cache'

/** The next human reference for a year: R-2026-0042 (four digits, more when a year needs them). */
function nextReference(session: Session, year: number): { reference: string; seq: number } {
  const seq = (sql(session.db, 'SELECT coalesce(max(ref_seq), 0) + 1 FROM referral WHERE ref_year = ?').pluck().get(year) as number) ?? 1
  return { reference: `R-${year}-${String(seq).padStart(4, '0')}`, seq }
}

/** Insert a referral and its first status row; the caller holds the transaction and reindexes. */
export function insertReferral(session: Session, familyId: number, r: Referral): number {
  if (r.receivedOn > isoDate(session.now()))
    throw new CabinetError('validation', 'The date the referral was received cannot be in the future.', { field: 'receivedOn' })
  const year = Number(r.receivedOn.slice(0, 4))
  const { reference, seq } = nextReference(session, year)
  const at = session.now().toISOString()
  const { id } = sql(
    session.db,
    `INSERT INTO referral (family_id, reference, ref_year, ref_seq, source, record_source, referrer_name, referrer_organisation,
         referrer_email, referrer_phone, received_on, court_order, court_name, court_order_date, court_case_number,
         cafcass_involved, contact_type, injunction_in_place, injunction_details, separate_arrival, collection_arrangements,
         status, status_on, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, ?) RETURNING id`,
  ).get(
    familyId,
    reference,
    year,
    seq,
    r.source,
    RECORD_SOURCE_FOR_REFERRAL[r.source],
    r.referrerName,
    r.referrerOrganisation,
    r.referrerEmail,
    r.referrerPhone,
    r.receivedOn,
    bit(r.courtOrder),
    r.courtName,
    r.courtOrderDate,
    r.courtCaseNumber,
    bit(r.cafcassInvolved),
    r.contactType,
    bit(r.injunctionInPlace),
    r.injunctionDetails,
    bit(r.separateArrival),
    r.collectionArrangements,
    r.receivedOn,
    at,
    session.user.id,
    at,
  ) as { id: number }
  sql(
    session.db,
    `INSERT INTO referral_status_history (referral_id, from_status, to_status, effective_on, reason, recorded_at, recorded_by)
       VALUES (?, NULL, 'received', ?, NULL, ?, ?)`,
  ).run(id, r.receivedOn, at, session.user.id)
  return id
}

/** What the 'referral.create' audit row says: the facts retention reads (P07–P09), no personal data. */
export function referralAuditDetail(familyId: number, r: Referral) {
  return { familyId, source: r.source, courtOrder: r.courtOrder, cafcassInvolved: r.cafcassInvolved }
}

/** A referral is for children: at least one of the family's children must be under 18 when it arrives. */
function assertHasMinor(session: Session, familyId: number, receivedOn: string): void {
  const births = sql(session.db, `SELECT date_of_birth FROM person WHERE family_id = ? AND role = 'child'`).pluck().all(familyId) as string[]
  if (!births.some((dob) => dob <= receivedOn && ageOn(dob, receivedOn) < 18)) {
    throw new CabinetError('validation', 'None of this family’s children is under 18 on the date the referral was received.', { field: 'receivedOn' })
  }
}

export function createReferral(input: z.output<typeof newReferralInput>, ctx: OpContext): ReferralView {
  const { session } = ctx
  const db = session.db
  requireFamily(db, input.familyId)
  assertHasMinor(session, input.familyId, input.referral.receivedOn)
  const id = insertReferral(session, input.familyId, input.referral)
  ctx.auditRecord('referral', id, referralAuditDetail(input.familyId, input.referral))
  reindexFamily(db, input.familyId)
  touchFamily(session, input.familyId)
  return referralView(db, loadReferral(db, id))
}

const REFERRAL_FIELDS = [
  'source',
  'referrerName',
  'referrerOrganisation',
  'referrerEmail',
  'referrerPhone',
  'receivedOn',
  'courtOrder',
  'courtName',
  'courtOrderDate',
  'courtCaseNumber',
  'cafcassInvolved',
  'contactType',
  'injunctionInPlace',
  'injunctionDetails',
  'separateArrival',
  'collectionArrangements',
] as const

function referralValues(r: ReferralRow | Referral): Record<(typeof REFERRAL_FIELDS)[number], FieldValue> {
  const flag = (v: boolean | 0 | 1) => (typeof v === 'boolean' ? v : bool(v))
  return {
    source: r.source,
    referrerName: r.referrerName,
    referrerOrganisation: r.referrerOrganisation,
    referrerEmail: r.referrerEmail,
    referrerPhone: r.referrerPhone,
    receivedOn: r.receivedOn,
    courtOrder: flag(r.courtOrder),
    courtName: r.courtName,
    courtOrderDate: r.courtOrderDate,
    courtCaseNumber: r.courtCaseNumber,
    cafcassInvolved: flag(r.cafcassInvolved),
    contactType: r.contactType,
    injunctionInPlace: flag(r.injunctionInPlace),
    injunctionDetails: r.injunctionDetails,
    separateArrival: flag(r.separateArrival),
    collectionArrangements: r.collectionArrangements,
  }
}

/**
 * Correct a referral's details (not its status: see status.ts). The court order and Cafcass
 * flags decide how long it is kept (P07–P09), so their new values are in the audit detail too.
 */
export function updateReferral(input: z.output<typeof updateReferralInput>, ctx: OpContext): ReferralView {
  const { session } = ctx
  const db = session.db
  const before = loadReferral(db, input.referralId)
  const r = input.referral
  if (r.receivedOn > before.statusOn && before.status !== 'received') {
    throw new CabinetError('validation', `The referral was received before it became ${STATUS_LABELS[before.status]} on ${before.statusOn}.`, {
      field: 'receivedOn',
    })
  }
  if (r.receivedOn !== before.receivedOn) assertHasMinor(session, before.familyId, r.receivedOn)
  const changed = recordCorrections(session, {
    familyId: before.familyId,
    recordType: 'referral',
    recordId: before.id,
    source: input.source,
    before: referralValues(before),
    after: referralValues(r),
    fields: REFERRAL_FIELDS,
  })
  if (changed.length > 0) {
    sql(
      db,
      `UPDATE referral SET source = ?, record_source = ?, referrer_name = ?, referrer_organisation = ?, referrer_email = ?,
         referrer_phone = ?, received_on = ?, court_order = ?, court_name = ?, court_order_date = ?, court_case_number = ?,
         cafcass_involved = ?, contact_type = ?, injunction_in_place = ?, injunction_details = ?, separate_arrival = ?,
         collection_arrangements = ?, status_on = CASE WHEN status = 'received' THEN ? ELSE status_on END, updated_at = ?
       WHERE id = ?`,
    ).run(
      r.source,
      RECORD_SOURCE_FOR_REFERRAL[r.source],
      r.referrerName,
      r.referrerOrganisation,
      r.referrerEmail,
      r.referrerPhone,
      r.receivedOn,
      bit(r.courtOrder),
      r.courtName,
      r.courtOrderDate,
      r.courtCaseNumber,
      bit(r.cafcassInvolved),
      r.contactType,
      bit(r.injunctionInPlace),
      r.injunctionDetails,
      bit(r.separateArrival),
      r.collectionArrangements,
      r.receivedOn,
      session.now().toISOString(),
      before.id,
    )
    touchFamily(session, before.familyId)
    if (changed.includes('courtOrder') || changed.includes('cafcassInvolved') || changed.includes('source')) {
      session.audit({
        action: 'referral.retention-flags',
        recordType: 'referral',
        recordId: before.id,
        detail: { source: r.source, courtOrder: r.courtOrder, cafcassInvolved: r.cafcassInvolved },
      })
    }
  }
  auditChanges(ctx, 'referral', before.id, changed)
  return referralView(db, loadReferral(db, before.id))
}
