import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { isoDate } from './fields'
import { recordCorrections } from './history'
import { loadPerson } from './rows'
import { consentInput, medicalInput, updateMedicalInput, withdrawConsentInput } from './schemas'
import type { ConsentView, MedicalView } from './views'
import { touchFamily } from './writes'
import { sql } from '../db/statement-cache'

/**
 * Medical needs, allergies and dietary requirements (P03): held only under a recorded consent
 * (who gave it, when, how), and removed — deleted, with secure_delete zeroing the freed pages —
 * when that consent is withdrawn. A trigger in migration 0002 refuses medical rows without a
 * live consent whatever writes them. Coordinator only (families.medical): volunteers are briefed
 * by the coordinator on session days rather than reading the records themselves.
 */

const CONSENT_COLUMNS = `id, person_id AS personId, given_by AS givenBy, given_on AS givenOn, method, source,
  recorded_at AS recordedAt, withdrawn_on AS withdrawnOn, withdrawn_method AS withdrawnMethod`
const MEDICAL_COLUMNS = `id, person_id AS personId, consent_id AS consentId, kind, details, source,
  recorded_at AS recordedAt, updated_at AS updatedAt`

export function recordConsent(input: z.output<typeof consentInput>, ctx: OpContext): ConsentView {
  const { session } = ctx
  const db = session.db
  const person = loadPerson(db, input.personId)
  if (input.givenOn > isoDate(session.now())) throw new CabinetError('validation', 'The date consent was given cannot be in the future.', { field: 'givenOn' })
  if (currentConsent(db, person.id)) {
    throw new CabinetError('conflict', 'This person already has a current consent for medical information. Withdraw it before recording a new one.')
  }
  const { id } = sql(
    db,
    `INSERT INTO consent (person_id, topic, given_by, given_on, method, source, recorded_at, recorded_by)
       VALUES (?, 'medical', ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(person.id, input.givenBy, input.givenOn, input.method, input.source, session.now().toISOString(), session.user.id) as { id: number }
  touchFamily(session, person.familyId)
  ctx.auditRecord('person', person.id, { consentId: id, method: input.method })
  return sql(db, `SELECT ${CONSENT_COLUMNS} FROM consent WHERE id = ?`).get(id) as ConsentView
}

function currentConsent(db: ReadableDB, personId: number): { id: number } | undefined {
  return sql(db, `SELECT id FROM consent WHERE person_id = ? AND topic = 'medical' AND withdrawn_on IS NULL`).get(personId) as { id: number } | undefined
}

/**
 * Withdraw consent: the consent row records the withdrawal (who recorded it, when, how); every
 * medical entry held under it, and the correction history of those entries (which holds old
 * values), is deleted in the same transaction.
 */
export function withdrawConsent(input: z.output<typeof withdrawConsentInput>, ctx: OpContext): { deleted: number } {
  const { session } = ctx
  const db = session.db
  {
    const consent = sql(db, 'SELECT id, person_id AS personId, given_on AS givenOn, withdrawn_on AS withdrawnOn FROM consent WHERE id = ?').get(
      input.consentId,
    ) as { id: number; personId: number; givenOn: string; withdrawnOn: string | null } | undefined
    if (!consent) throw new CabinetError('not_found', `There is no consent with id ${input.consentId}.`)
    if (consent.withdrawnOn) throw new CabinetError('conflict', `This consent was already withdrawn on ${consent.withdrawnOn}.`)
    if (input.withdrawnOn < consent.givenOn)
      throw new CabinetError('validation', `Consent cannot be withdrawn before it was given (${consent.givenOn}).`, { field: 'withdrawnOn' })
    if (input.withdrawnOn > isoDate(session.now()))
      throw new CabinetError('validation', 'The date consent was withdrawn cannot be in the future.', { field: 'withdrawnOn' })
    const person = loadPerson(db, consent.personId)
    sql(db, `DELETE FROM change_history WHERE record_type = 'medical' AND record_id IN (SELECT id FROM medical_info WHERE consent_id = ?)`).run(consent.id)
    const deleted = sql(db, 'DELETE FROM medical_info WHERE consent_id = ?').run(consent.id).changes
    sql(db, 'UPDATE consent SET withdrawn_on = ?, withdrawn_method = ?, withdrawn_recorded_at = ?, withdrawn_recorded_by = ? WHERE id = ?').run(
      input.withdrawnOn,
      input.method,
      session.now().toISOString(),
      session.user.id,
      consent.id,
    )
    touchFamily(session, person.familyId)
    ctx.auditRecord('person', person.id, { consentId: consent.id, deleted })
    return { deleted }
  }
}

export function addMedical(input: z.output<typeof medicalInput>, ctx: OpContext): MedicalView {
  const { session } = ctx
  const db = session.db
  const person = loadPerson(db, input.personId)
  const consent = currentConsent(db, person.id)
  if (!consent) {
    throw new CabinetError('conflict', 'Record who consented to holding medical information, when and how, before saving it.', { field: 'consent' })
  }
  const at = session.now().toISOString()
  const { id } = sql(
    db,
    `INSERT INTO medical_info (person_id, consent_id, kind, details, source, recorded_at, recorded_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(person.id, consent.id, input.kind, input.details, input.source, at, session.user.id, at) as { id: number }
  touchFamily(session, person.familyId)
  ctx.auditRecord('person', person.id, { medicalId: id, kind: input.kind })
  return sql(db, `SELECT ${MEDICAL_COLUMNS} FROM medical_info WHERE id = ?`).get(id) as MedicalView
}

export function updateMedical(input: z.output<typeof updateMedicalInput>, ctx: OpContext): MedicalView {
  const { session } = ctx
  const db = session.db
  const before = loadMedical(db, input.medicalId)
  const person = loadPerson(db, before.personId)
  const changed = recordCorrections(session, {
    familyId: person.familyId,
    recordType: 'medical',
    recordId: before.id,
    source: input.source,
    before: { details: before.details },
    after: { details: input.details },
    fields: ['details'],
  })
  if (changed.length > 0) {
    sql(db, 'UPDATE medical_info SET details = ?, updated_at = ? WHERE id = ?').run(input.details, session.now().toISOString(), before.id)
    touchFamily(session, person.familyId)
    ctx.auditRecord('person', person.id, { medicalId: before.id })
  } else {
    ctx.skipAudit()
  }
  return loadMedical(db, before.id)
}

/** Remove one entry (an allergy outgrown): gone with its history, as on withdrawal. */
export function removeMedical({ medicalId }: { medicalId: number }, ctx: OpContext): null {
  const { session } = ctx
  const db = session.db
  const before = loadMedical(db, medicalId)
  const person = loadPerson(db, before.personId)
  sql(db, `DELETE FROM change_history WHERE record_type = 'medical' AND record_id = ?`).run(before.id)
  sql(db, 'DELETE FROM medical_info WHERE id = ?').run(before.id)
  touchFamily(session, person.familyId)
  ctx.auditRecord('person', person.id, { medicalId: before.id })
  return null
}

function loadMedical(db: ReadableDB, medicalId: number): MedicalView {
  const row = sql(db, `SELECT ${MEDICAL_COLUMNS} FROM medical_info WHERE id = ?`).get(medicalId) as MedicalView | undefined
  if (!row) throw new CabinetError('not_found', `There is no medical entry with id ${medicalId}.`)
  return row
}

/** The family's consents and medical entries (for the family page; coordinator only). */
export function familyMedical(db: ReadableDB, familyId: number): { consents: ConsentView[]; entries: MedicalView[] } {
  const consents = sql(db, `SELECT ${CONSENT_COLUMNS} FROM consent WHERE person_id IN (SELECT id FROM person WHERE family_id = ?) ORDER BY id`).all(
    familyId,
  ) as ConsentView[]
  const entries = sql(db, `SELECT ${MEDICAL_COLUMNS} FROM medical_info WHERE person_id IN (SELECT id FROM person WHERE family_id = ?) ORDER BY id`).all(
    familyId,
  ) as MedicalView[]
  return { consents, entries }
}
