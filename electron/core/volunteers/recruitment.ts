import { sql } from '../db/statement-cache'
import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { volunteerPage } from './page'
import { loadReference, loadVolunteer } from './rows'
import type { receiveReferenceInput, recordStepInput, requestReferenceInput } from './schemas'
import type { VolunteerView } from './views'

/*
 * Recruitment as centres run it: each step once, with its date and outcome (recording it again
 * corrects it), and character references requested, then received as satisfactory or not.
 */

export function recordStep(input: z.output<typeof recordStepInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const v = loadVolunteer(db, input.volunteerId)
  if ((input.step === 'trial_mid_review' || input.step === 'trial_end_review') && !v.startedOn)
    throw new CabinetError('validation', 'Record the start date first: the trial period runs from it.', { field: 'step' })
  sql(
    db,
    `INSERT INTO volunteer_step (volunteer_id, step, done_on, outcome, notes, dbs_consent_signed_on, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (volunteer_id, step) DO UPDATE SET done_on = excluded.done_on, outcome = excluded.outcome, notes = excluded.notes,
       dbs_consent_signed_on = excluded.dbs_consent_signed_on, recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by`,
  ).run(v.id, input.step, input.doneOn, input.outcome, input.notes, input.dbsConsentSignedOn, session.now().toISOString(), session.user.id)
  touch(session, v.id)
  auditRecord('volunteer', v.id, { step: input.step, outcome: input.outcome })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

export function requestReference(input: z.output<typeof requestReferenceInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const v = loadVolunteer(db, input.volunteerId)
  const { id } = sql(db, 'INSERT INTO volunteer_reference (volunteer_id, referee, relationship, requested_on) VALUES (?, ?, ?, ?) RETURNING id').get(
    v.id,
    input.referee,
    input.relationship,
    input.requestedOn,
  ) as { id: number }
  touch(session, v.id)
  auditRecord('volunteer', v.id, { referenceId: id })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

export function receiveReference(input: z.output<typeof receiveReferenceInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const ref = loadReference(db, input.referenceId)
  if (input.receivedOn < ref.requestedOn)
    throw new CabinetError('validation', 'The reference was received before it was requested: check the date.', { field: 'receivedOn' })
  sql(db, 'UPDATE volunteer_reference SET received_on = ?, satisfactory = ?, notes = ? WHERE id = ?').run(
    input.receivedOn,
    input.satisfactory ? 1 : 0,
    input.notes,
    ref.id,
  )
  touch(session, ref.volunteerId)
  auditRecord('volunteer', ref.volunteerId, { referenceId: ref.id, satisfactory: input.satisfactory })
  return volunteerPage(db, loadVolunteer(db, ref.volunteerId), session.now())
}

/** A record was used: P16's "not used for 3 years" counts from here. */
export function touch(session: OpContext['session'], volunteerId: number): void {
  sql(session.db, 'UPDATE volunteers SET updated_at = ? WHERE id = ?').run(session.now().toISOString(), volunteerId)
}
