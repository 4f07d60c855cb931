import { sql } from '../db/statement-cache'
import type { z } from 'zod'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { isoDate } from '../rules'
import { disableUser } from '../users/user-admin'
import { findUserById } from '../users/user-queries'
import { volunteerPage } from './page'
import { allVolunteers, currentDbs, loadVolunteer, referencesOf, rolesOf, trainingOf, volunteerOfUser, type VolunteerRow } from './rows'
import type { endVolunteerInput, listInput, newVolunteerInput, updateVolunteerInput } from './schemas'
import { readVolunteerSettings } from './settings'
import { dbsStateOn, expiringTraining, missingSteps, statusOf } from './status'
import type { VolunteerSummary, VolunteerView } from './views'

/*
 * The person: adding, correcting, ending their volunteering, the list with its chips, and the
 * page. The coordinator sees everyone; a volunteer sees only their own record (volunteers.mine),
 * found from their login, never from an id they pass.
 */

type NewVolunteer = z.output<typeof newVolunteerInput>

function checkAccount(db: ReadableDB, userId: number | null, volunteerId: number | null): void {
  if (userId === null) return
  if (!findUserById(db, userId)) throw new CabinetError('validation', 'That Cabinet login does not exist; choose another or none.', { field: 'userId' })
  const other = volunteerOfUser(db, userId)
  if (other && other.id !== volunteerId)
    throw new CabinetError('conflict', `That login already belongs to ${other.givenName} ${other.familyName}’s record; each login is one person’s.`, {
      field: 'userId',
    })
}

function writeRoles(db: OpContext['session']['db'], volunteerId: number, roles: readonly string[]): void {
  sql(db, 'DELETE FROM volunteer_role WHERE volunteer_id = ?').run(volunteerId)
  const insert = sql(db, 'INSERT INTO volunteer_role (volunteer_id, role) VALUES (?, ?)')
  for (const role of roles) insert.run(volunteerId, role)
}

const FIELD_PARAMS = (v: NewVolunteer) => [
  v.kind,
  v.givenName,
  v.familyName,
  v.dateOfBirth,
  v.email,
  v.phone,
  v.addressLine1,
  v.town,
  v.postcode,
  v.emergencyContactName,
  v.emergencyContactPhone,
  v.startedOn,
  v.confidentialitySignedOn,
  v.userId,
]

export function createVolunteer(input: NewVolunteer, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  checkAccount(db, input.userId, null)
  const at = session.now().toISOString()
  const { id } = sql(
    db,
    `INSERT INTO volunteers (kind, given_name, family_name, date_of_birth, email, phone, address_line1, town, postcode,
         emergency_contact_name, emergency_contact_phone, started_on, confidentiality_signed_on, user_id, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(...FIELD_PARAMS(input), at, session.user.id, at) as { id: number }
  writeRoles(db, id, input.roles)
  auditRecord('volunteer', id)
  return volunteerPage(db, loadVolunteer(db, id), session.now())
}

export function updateVolunteer(input: z.output<typeof updateVolunteerInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const before = loadVolunteer(db, input.id)
  checkAccount(db, input.userId, input.id)
  if (before.endedOn && input.startedOn && input.startedOn > before.endedOn)
    throw new CabinetError('validation', 'The start date is after the date they stopped: check both dates.', { field: 'startedOn' })
  sql(
    db,
    `UPDATE volunteers SET kind = ?, given_name = ?, family_name = ?, date_of_birth = ?, email = ?, phone = ?, address_line1 = ?, town = ?,
       postcode = ?, emergency_contact_name = ?, emergency_contact_phone = ?, started_on = ?, confidentiality_signed_on = ?, user_id = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...FIELD_PARAMS(input), session.now().toISOString(), input.id)
  writeRoles(db, input.id, input.roles)
  auditRecord('volunteer', input.id)
  return volunteerPage(db, loadVolunteer(db, input.id), session.now())
}

/** Volunteering ends (P12's clock starts); their login can be disabled in the same step, as a second audited action. */
export function endVolunteer(input: z.output<typeof endVolunteerInput>, ctx: OpContext): VolunteerView {
  const { session } = ctx
  const db = session.db
  const v = loadVolunteer(db, input.id)
  if (v.endedOn) throw new CabinetError('conflict', `${v.givenName} ${v.familyName} already stopped on ${v.endedOn}.`)
  if (v.startedOn && input.endedOn < v.startedOn)
    throw new CabinetError('validation', 'They cannot stop before they started: check the date.', { field: 'endedOn' })
  sql(db, 'UPDATE volunteers SET ended_on = ?, end_reason = ?, updated_at = ? WHERE id = ?').run(input.endedOn, input.reason, session.now().toISOString(), v.id)
  if (input.disableAccount) {
    if (v.userId === null) throw new CabinetError('validation', 'They have no Cabinet login to disable; untick this.', { field: 'disableAccount' })
    const account = findUserById(db, v.userId)
    if (account && !account.disabled) {
      disableUser(
        { userId: v.userId },
        { ...ctx, auditRecord: (recordType, recordId) => session.audit({ action: 'user.disable', recordType, recordId }), skipAudit: () => undefined },
      )
    }
  }
  ctx.auditRecord('volunteer', v.id, { accountDisabled: input.disableAccount })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

export function getVolunteer({ id }: { id: number }, { session, auditRecord }: OpContext): VolunteerView {
  const v = loadVolunteer(session.db, id)
  auditRecord('volunteer', id)
  const page = volunteerPage(session.db, v, session.now())
  // An inspection (P19) sees each DBS check, its date, level and decision, but not the certificate number.
  if (session.can('volunteers.dbsNumbers')) return page
  return { ...page, dbs: page.dbs.map((d) => ({ ...d, certificateNumber: null })) }
}

/** The logged-in person's own record, found from their login: there is no id to change. */
export function myRecord(_input: Record<string, never>, { session, auditRecord, skipAudit }: OpContext): VolunteerView | null {
  const v = volunteerOfUser(session.db, session.user.id)
  if (!v) {
    skipAudit()
    return null
  }
  auditRecord('volunteer', v.id, { own: true })
  return ownView(volunteerPage(session.db, v, session.now()))
}

/** What a volunteer sees of their own file: everything except what referees said in confidence. */
function ownView(view: VolunteerView): VolunteerView {
  return { ...view, references: view.references.map((r) => ({ ...r, notes: null })) }
}

/** P27: the volunteer signs the confidentiality agreement on their own record, dated today. */
export function acknowledgeOwnAgreement(_input: Record<string, never>, { session, auditRecord }: OpContext): VolunteerView {
  const v = volunteerOfUser(session.db, session.user.id)
  if (!v) throw new CabinetError('not_found', 'Your login has no volunteer record yet; ask the coordinator to link it.')
  const today = isoDate(session.now())
  if (!v.confidentialitySignedOn) {
    sql(session.db, 'UPDATE volunteers SET confidentiality_signed_on = ?, updated_at = ? WHERE id = ?').run(today, session.now().toISOString(), v.id)
  }
  auditRecord('volunteer', v.id)
  return ownView(volunteerPage(session.db, loadVolunteer(session.db, v.id), session.now()))
}

export function summarise(db: ReadableDB, v: VolunteerRow, today: string, settings = readVolunteerSettings(db)): VolunteerSummary {
  return {
    id: v.id,
    givenName: v.givenName,
    familyName: v.familyName,
    kind: v.kind,
    roles: rolesOf(db, v.id),
    status: statusOf(v, today),
    startedOn: v.startedOn,
    endedOn: v.endedOn,
    dbs: dbsStateOn(currentDbs(db, v.id), settings, today),
    referencesOutstanding: referencesOf(db, v.id).filter((r) => r.receivedOn === null).length,
    trainingExpiring: expiringTraining(trainingOf(db, v.id), today).length,
    missingSteps: missingSteps(db, v, settings, today).length,
  }
}

export function listVolunteers({ show }: z.output<typeof listInput>, { session }: OpContext): VolunteerSummary[] {
  const db = session.db
  const today = isoDate(session.now())
  const settings = readVolunteerSettings(db)
  return allVolunteers(db)
    .map((v) => summarise(db, v, today, settings))
    .filter((s) => show === 'all' || (show === 'left') === (s.status === 'left'))
}
