import { sql } from '../db/statement-cache'
import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { isoDate } from '../rules'
import { volunteerPage } from './page'
import { touch } from './recruitment'
import { currentDbs, loadDbs, loadVolunteer } from './rows'
import type { assessDisclosureInput, recordDbsInput, statusCheckInput } from './schemas'
import { readVolunteerSettings } from './settings'
import type { VolunteerView } from './views'

/*
 * DBS records (P13): the date, the certificate number, the level, who saw the certificate, the
 * decision and outcome, and the update-service subscription. Never the certificate: the input
 * schemas are strict, so there is no field to put it in, and documents refuse anything that
 * looks like one (vault/catalogue.ts suggestsDbsCertificate).
 *
 * A new check supersedes the current record; the centre's preset decides whether the old record
 * is kept (WW, CE: with the HR file) or removed there and then (MM: "until the next DBS").
 */

export function recordDbs(input: z.output<typeof recordDbsInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const v = loadVolunteer(db, input.volunteerId)
  const today = isoDate(session.now())
  if (input.checkedOn > today) throw new CabinetError('validation', 'The date on the certificate cannot be in the future.', { field: 'checkedOn' })
  const previous = currentDbs(db, v.id)
  if (previous && input.checkedOn < previous.checkedOn)
    throw new CabinetError('validation', `This check is older than the current one (${previous.checkedOn}): record the newest check only.`, {
      field: 'checkedOn',
    })
  if (previous && previous.certificateNumber === input.certificateNumber)
    throw new CabinetError('conflict', 'That certificate is already recorded as the current check.', { field: 'certificateNumber' })
  const { id } = sql(
    db,
    `INSERT INTO volunteer_dbs (volunteer_id, checked_on, certificate_number, level, workforce, seen_by, seen_on, disclosure, decision, outcome,
         update_service_id, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    v.id,
    input.checkedOn,
    input.certificateNumber,
    input.level,
    input.workforce,
    input.seenBy,
    input.seenOn,
    input.disclosure,
    input.decision,
    input.outcome,
    input.updateServiceId,
    session.now().toISOString(),
    session.user.id,
  ) as { id: number }
  let removed = false
  if (previous) {
    if (readVolunteerSettings(db).supersededDbs === 'remove') {
      sql(db, 'DELETE FROM volunteer_dbs WHERE id = ?').run(previous.id)
      removed = true
    } else {
      sql(db, 'UPDATE volunteer_dbs SET superseded_on = ?, superseded_by = ? WHERE id = ?').run(input.checkedOn, id, previous.id)
    }
  }
  touch(session, v.id)
  auditRecord('volunteer', v.id, { dbsId: id, level: input.level, decision: input.decision, supersededId: previous?.id ?? null, removed })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

export function recordStatusCheck(input: z.output<typeof statusCheckInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const dbs = loadDbs(db, input.dbsId)
  if (dbs.supersededOn) throw new CabinetError('conflict', 'That DBS record has been replaced by a newer check; check the current one.', { field: 'dbsId' })
  if (!dbs.updateServiceId)
    throw new CabinetError('validation', 'This check is not on the update service: record its update service ID first, or renew the check.', { field: 'dbsId' })
  if (input.checkedOn < dbs.checkedOn) throw new CabinetError('validation', 'A status check cannot be before the check itself.', { field: 'checkedOn' })
  sql(db, 'UPDATE volunteer_dbs SET status_checked_on = ?, status_result = ? WHERE id = ?').run(input.checkedOn, input.result, dbs.id)
  touch(session, dbs.volunteerId)
  auditRecord('volunteer', dbs.volunteerId, { dbsId: dbs.id, result: input.result })
  return volunteerPage(db, loadVolunteer(db, dbs.volunteerId), session.now())
}

/** A positive disclosure, assessed against the factors centres use; the decision goes on the DBS record. */
export function assessDisclosure(input: z.output<typeof assessDisclosureInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const dbs = loadDbs(db, input.dbsId)
  if (dbs.disclosure !== 'positive') throw new CabinetError('validation', 'This check disclosed nothing, so there is nothing to assess.', { field: 'dbsId' })
  if (input.decidedOn < dbs.checkedOn) throw new CabinetError('validation', 'The decision cannot be before the check.', { field: 'decidedOn' })
  sql(
    db,
    `INSERT INTO volunteer_dbs_assessment (dbs_id, relevance, seriousness, time_elapsed, pattern, circumstances, persons_account, decided_on, decided_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dbs_id) DO UPDATE SET relevance = excluded.relevance, seriousness = excluded.seriousness, time_elapsed = excluded.time_elapsed,
       pattern = excluded.pattern, circumstances = excluded.circumstances, persons_account = excluded.persons_account,
       decided_on = excluded.decided_on, decided_by = excluded.decided_by`,
  ).run(
    dbs.id,
    input.relevance,
    input.seriousness,
    input.timeElapsed,
    input.pattern,
    input.circumstances,
    input.personsAccount,
    input.decidedOn,
    session.user.id,
  )
  sql(db, 'UPDATE volunteer_dbs SET decision = ?, outcome = COALESCE(?, outcome) WHERE id = ?').run(input.decision, input.outcome, dbs.id)
  touch(session, dbs.volunteerId)
  auditRecord('volunteer', dbs.volunteerId, { dbsId: dbs.id, decision: input.decision })
  return volunteerPage(db, loadVolunteer(db, dbs.volunteerId), session.now())
}
