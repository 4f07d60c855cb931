import { sql } from '../db/statement-cache'
import type { ReadableDB } from '../db/types'
import { CabinetError } from '../errors'
import type {
  DbsDisclosure,
  DbsLevel,
  DbsWorkforce,
  FinanceKind,
  ParentalLeaveKind,
  RecruitmentStep,
  StatusCheckResult,
  StepOutcome,
  TrainingKind,
  VettingDecision,
  VolunteerKind,
  VolunteerRole,
} from './vocab'

/*
 * The area's rows as the core reads them (camelCase), one loader per table. Parameterised SQL
 * only; every loader of one volunteer's rows is keyed by the volunteer's id.
 */

export interface VolunteerRow {
  id: number
  kind: VolunteerKind
  givenName: string
  familyName: string
  dateOfBirth: string | null
  email: string | null
  phone: string | null
  addressLine1: string | null
  town: string | null
  postcode: string | null
  emergencyContactName: string | null
  emergencyContactPhone: string | null
  startedOn: string | null
  endedOn: string | null
  endReason: string | null
  confidentialitySignedOn: string | null
  userId: number | null
}

const VOLUNTEER_COLUMNS = `id, kind, given_name AS givenName, family_name AS familyName, date_of_birth AS dateOfBirth, email, phone,
  address_line1 AS addressLine1, town, postcode, emergency_contact_name AS emergencyContactName,
  emergency_contact_phone AS emergencyContactPhone, started_on AS startedOn, ended_on AS endedOn, end_reason AS endReason,
  confidentiality_signed_on AS confidentialitySignedOn, user_id AS userId`

export function findVolunteer(db: ReadableDB, id: number): VolunteerRow | undefined {
  return sql(db, `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers WHERE id = ?`).get(id) as VolunteerRow | undefined
}

export function loadVolunteer(db: ReadableDB, id: number): VolunteerRow {
  const row = findVolunteer(db, id)
  if (!row) throw new CabinetError('not_found', 'That volunteer is not in Cabinet (they may have been removed).', { field: 'id' })
  return row
}

export function volunteerOfUser(db: ReadableDB, userId: number): VolunteerRow | undefined {
  return sql(db, `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers WHERE user_id = ?`).get(userId) as VolunteerRow | undefined
}

export function allVolunteers(db: ReadableDB): VolunteerRow[] {
  return sql(db, `SELECT ${VOLUNTEER_COLUMNS} FROM volunteers ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id`).all() as VolunteerRow[]
}

export function rolesOf(db: ReadableDB, volunteerId: number): VolunteerRole[] {
  const roles = sql(db, 'SELECT role FROM volunteer_role WHERE volunteer_id = ?').pluck().all(volunteerId) as VolunteerRole[]
  // In the order the vocabulary lists them, so every screen shows them alike.
  const order = ['session_volunteer', 'supervisor', 'coordinator', 'deputy_coordinator', 'trustee', 'administrator']
  return roles.sort((a, b) => order.indexOf(a) - order.indexOf(b))
}

export interface StepRow {
  step: RecruitmentStep
  doneOn: string
  outcome: StepOutcome
  notes: string | null
  dbsConsentSignedOn: string | null
}

export function stepsOf(db: ReadableDB, volunteerId: number): StepRow[] {
  return sql(
    db,
    `SELECT step, done_on AS doneOn, outcome, notes, dbs_consent_signed_on AS dbsConsentSignedOn
       FROM volunteer_step WHERE volunteer_id = ? ORDER BY done_on, id`,
  ).all(volunteerId) as StepRow[]
}

export interface ReferenceRow {
  id: number
  volunteerId: number
  referee: string
  relationship: string
  requestedOn: string
  receivedOn: string | null
  satisfactory: number | null
  notes: string | null
}

const REFERENCE_COLUMNS = `id, volunteer_id AS volunteerId, referee, relationship, requested_on AS requestedOn, received_on AS receivedOn, satisfactory, notes`

export function referencesOf(db: ReadableDB, volunteerId: number): ReferenceRow[] {
  return sql(db, `SELECT ${REFERENCE_COLUMNS} FROM volunteer_reference WHERE volunteer_id = ? ORDER BY requested_on, id`).all(volunteerId) as ReferenceRow[]
}

export function loadReference(db: ReadableDB, id: number): ReferenceRow {
  const row = sql(db, `SELECT ${REFERENCE_COLUMNS} FROM volunteer_reference WHERE id = ?`).get(id) as ReferenceRow | undefined
  if (!row) throw new CabinetError('not_found', 'That reference is not in Cabinet.', { field: 'referenceId' })
  return row
}

export interface DbsRow {
  id: number
  volunteerId: number
  checkedOn: string
  certificateNumber: string
  level: DbsLevel
  workforce: DbsWorkforce
  seenBy: string
  seenOn: string
  disclosure: DbsDisclosure
  decision: VettingDecision
  outcome: string | null
  updateServiceId: string | null
  statusCheckedOn: string | null
  statusResult: StatusCheckResult | null
  supersededOn: string | null
}

const DBS_COLUMNS = `id, volunteer_id AS volunteerId, checked_on AS checkedOn, certificate_number AS certificateNumber, level, workforce,
  seen_by AS seenBy, seen_on AS seenOn, disclosure, decision, outcome, update_service_id AS updateServiceId,
  status_checked_on AS statusCheckedOn, status_result AS statusResult, superseded_on AS supersededOn`

/** Newest first: the current record (not superseded) heads the list. */
export function dbsOf(db: ReadableDB, volunteerId: number): DbsRow[] {
  return sql(db, `SELECT ${DBS_COLUMNS} FROM volunteer_dbs WHERE volunteer_id = ? ORDER BY superseded_on IS NOT NULL, checked_on DESC, id DESC`).all(
    volunteerId,
  ) as DbsRow[]
}

export function currentDbs(db: ReadableDB, volunteerId: number): DbsRow | undefined {
  return sql(db, `SELECT ${DBS_COLUMNS} FROM volunteer_dbs WHERE volunteer_id = ? AND superseded_on IS NULL ORDER BY checked_on DESC, id DESC LIMIT 1`).get(
    volunteerId,
  ) as DbsRow | undefined
}

export function loadDbs(db: ReadableDB, id: number): DbsRow {
  const row = sql(db, `SELECT ${DBS_COLUMNS} FROM volunteer_dbs WHERE id = ?`).get(id) as DbsRow | undefined
  if (!row) throw new CabinetError('not_found', 'That DBS record is not in Cabinet.', { field: 'dbsId' })
  return row
}

export interface TrainingRow {
  id: number
  kind: TrainingKind
  title: string | null
  level: string | null
  completedOn: string
  expiresOn: string | null
}

export function trainingOf(db: ReadableDB, volunteerId: number): TrainingRow[] {
  return sql(
    db,
    `SELECT id, kind, title, level, completed_on AS completedOn, expires_on AS expiresOn
       FROM volunteer_training WHERE volunteer_id = ? ORDER BY completed_on DESC, id DESC`,
  ).all(volunteerId) as TrainingRow[]
}

/** The latest record of each training (by kind and title): an earlier one renewed since no longer counts. */
export function latestTraining(rows: readonly TrainingRow[]): TrainingRow[] {
  const seen = new Map<string, TrainingRow>()
  for (const t of rows) {
    const key = `${t.kind}:${(t.title ?? '').toLowerCase()}`
    const had = seen.get(key)
    if (!had || t.completedOn > had.completedOn) seen.set(key, t)
  }
  return [...seen.values()]
}

export interface FinanceRow {
  id: number
  kind: FinanceKind
  description: string
  relatesToOn: string
  amountPence: number | null
  financialYearEndsOn: string
}

export function financeOf(db: ReadableDB, volunteerId: number): FinanceRow[] {
  return sql(
    db,
    `SELECT id, kind, description, relates_to_on AS relatesToOn, amount_pence AS amountPence, financial_year_ends_on AS financialYearEndsOn
       FROM volunteer_finance WHERE volunteer_id = ? ORDER BY relates_to_on DESC, id DESC`,
  ).all(volunteerId) as FinanceRow[]
}

export interface ParentalLeaveRow {
  id: number
  kind: ParentalLeaveKind
  childBornOn: string
  startsOn: string
  endsOn: string | null
  disabilityAllowance: number
  notes: string | null
}

export function parentalLeaveOf(db: ReadableDB, volunteerId: number): ParentalLeaveRow[] {
  return sql(
    db,
    `SELECT id, kind, child_born_on AS childBornOn, starts_on AS startsOn, ends_on AS endsOn, disability_allowance AS disabilityAllowance, notes
       FROM volunteer_parental_leave WHERE volunteer_id = ? ORDER BY starts_on DESC, id DESC`,
  ).all(volunteerId) as ParentalLeaveRow[]
}

export function fullName(v: { givenName: string; familyName: string }): string {
  return `${v.givenName} ${v.familyName}`
}
