import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import type { ContactType, Household, PersonRole, PreferredContact, RecordSource, ReferralSource, ReferralStatus } from './types'
import { sql } from '../db/statement-cache'

/** A person row as stored, before `discloseTo` decides what of it an audience may see. */
export interface PersonRow {
  id: number
  familyId: number
  household: Household
  role: PersonRole
  relationship: string | null
  givenName: string
  familyName: string
  dateOfBirth: string | null
  addressLine1: string | null
  addressLine2: string | null
  town: string | null
  postcode: string | null
  addressConfidential: 0 | 1
  mobilePhone: string | null
  otherPhone: string | null
  email: string | null
  preferredContact: PreferredContact | null
  language: string | null
  interpreterNeeded: 0 | 1
  accessNeeds: string | null
  livesWithPersonId: number | null
  source: RecordSource
}

export const PERSON_COLUMNS = `
  id, family_id AS familyId, household, role, relationship, given_name AS givenName,
  family_name AS familyName, date_of_birth AS dateOfBirth, address_line1 AS addressLine1,
  address_line2 AS addressLine2, town, postcode, address_confidential AS addressConfidential,
  mobile_phone AS mobilePhone, other_phone AS otherPhone, email, preferred_contact AS preferredContact,
  language, interpreter_needed AS interpreterNeeded, access_needs AS accessNeeds,
  lives_with_person_id AS livesWithPersonId, source`

export function loadPerson(db: ReadableDB, personId: number): PersonRow {
  const row = sql(db, `SELECT ${PERSON_COLUMNS} FROM person WHERE id = ?`).get(personId) as PersonRow | undefined
  if (!row) throw new CabinetError('not_found', `There is no person with id ${personId}.`)
  return row
}

export function loadFamilyPeople(db: ReadableDB, familyId: number): PersonRow[] {
  return sql(db, `SELECT ${PERSON_COLUMNS} FROM person WHERE family_id = ? ORDER BY household, role, id`).all(familyId) as PersonRow[]
}

export interface ReferralRow {
  id: number
  familyId: number
  reference: string
  source: ReferralSource
  recordSource: RecordSource
  referrerName: string | null
  referrerOrganisation: string | null
  referrerEmail: string | null
  referrerPhone: string | null
  receivedOn: string
  courtOrder: 0 | 1
  courtName: string | null
  courtOrderDate: string | null
  courtCaseNumber: string | null
  cafcassInvolved: 0 | 1
  contactType: ContactType
  injunctionInPlace: 0 | 1
  injunctionDetails: string | null
  separateArrival: 0 | 1
  collectionArrangements: string | null
  status: ReferralStatus
  statusOn: string
  closedOn: string | null
  closedReason: string | null
}

export const REFERRAL_COLUMNS = `
  id, family_id AS familyId, reference, source, record_source AS recordSource,
  referrer_name AS referrerName, referrer_organisation AS referrerOrganisation,
  referrer_email AS referrerEmail, referrer_phone AS referrerPhone, received_on AS receivedOn,
  court_order AS courtOrder, court_name AS courtName, court_order_date AS courtOrderDate,
  court_case_number AS courtCaseNumber, cafcass_involved AS cafcassInvolved,
  contact_type AS contactType, injunction_in_place AS injunctionInPlace,
  injunction_details AS injunctionDetails, separate_arrival AS separateArrival,
  collection_arrangements AS collectionArrangements, status, status_on AS statusOn,
  closed_on AS closedOn, closed_reason AS closedReason`

export function loadReferral(db: ReadableDB, referralId: number): ReferralRow {
  const row = sql(db, `SELECT ${REFERRAL_COLUMNS} FROM referral WHERE id = ?`).get(referralId) as ReferralRow | undefined
  if (!row) throw new CabinetError('not_found', `There is no referral with id ${referralId}.`)
  return row
}

export function requireFamily(db: ReadableDB, familyId: number): { id: number; label: string; createdAt: string; updatedAt: string } {
  const row = sql(db, 'SELECT id, label, created_at AS createdAt, updated_at AS updatedAt FROM family WHERE id = ?').get(familyId) as
    { id: number; label: string; createdAt: string; updatedAt: string } | undefined
  if (!row) throw new CabinetError('not_found', `There is no family with id ${familyId}.`)
  return row
}

export const bool = (v: 0 | 1 | number): boolean => v === 1
export const bit = (v: boolean): 0 | 1 => (v ? 1 : 0)
