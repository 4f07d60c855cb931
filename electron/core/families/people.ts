import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { CabinetError } from '../errors'
import type { WritableDB } from '../db/types'
import type { Session } from '../session'
import { discloseTo } from './disclosure'
import { isoDate } from './fields'
import { recordCorrections, type FieldValue } from './history'
import { bit, loadPerson, requireFamily, type PersonRow } from './rows'
import { addAdultInput, addChildInput, updateAdultInput, updateChildInput, type Adult } from './schemas'
import { reindexFamily } from './search-index'
import { nameKey } from './text-keys'
import type { Household, RecordSource } from './types'
import type { AddressView, PersonView } from './views'
import { auditChanges, touchFamily } from './writes'
import { sql } from '../db/statement-cache'

/** Insert an adult; the caller holds the transaction and reindexes the family. */
export function insertAdult(session: Session, familyId: number, household: Household, a: Adult, source: RecordSource): number {
  const at = session.now().toISOString()
  const row = sql(
    session.db,
    `INSERT INTO person (family_id, household, role, relationship, given_name, family_name, name_key, date_of_birth,
         address_line1, address_line2, town, postcode, address_confidential, mobile_phone, other_phone, email,
         preferred_contact, language, interpreter_needed, access_needs, source, created_at, created_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    familyId,
    household,
    a.role,
    a.relationship,
    a.givenName,
    a.familyName,
    nameKey(a.givenName, a.familyName),
    a.dateOfBirth,
    a.addressLine1,
    a.addressLine2,
    a.town,
    a.postcode,
    bit(a.addressConfidential),
    a.mobilePhone,
    a.otherPhone,
    a.email,
    a.preferredContact,
    a.language,
    bit(a.interpreterNeeded),
    a.accessNeeds,
    source,
    at,
    session.user.id,
    at,
  ) as { id: number }
  return row.id
}

/** Insert a child living with `livesWith` (an adult of the same family); household follows theirs. */
export function insertChild(
  session: Session,
  familyId: number,
  c: { givenName: string; familyName: string; dateOfBirth: string },
  livesWith: PersonRow,
  source: RecordSource,
): number {
  checkLivesWith(familyId, livesWith)
  checkBornBy(c.dateOfBirth, session)
  const at = session.now().toISOString()
  const row = sql(
    session.db,
    `INSERT INTO person (family_id, household, role, given_name, family_name, name_key, date_of_birth,
         lives_with_person_id, source, created_at, created_by, updated_at)
       VALUES (?, ?, 'child', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(
    familyId,
    livesWith.household,
    c.givenName,
    c.familyName,
    nameKey(c.givenName, c.familyName),
    c.dateOfBirth,
    livesWith.id,
    source,
    at,
    session.user.id,
    at,
  ) as {
    id: number
  }
  return row.id
}

function checkLivesWith(familyId: number, adult: PersonRow): void {
  if (adult.familyId !== familyId || adult.role === 'child' || adult.role === 'approved_adult') {
    throw new CabinetError('validation', 'A child lives with a parent or carer of the same family.', { field: 'livesWithPersonId' })
  }
}

function checkBornBy(dateOfBirth: string, session: Session): void {
  if (dateOfBirth > isoDate(session.now())) throw new CabinetError('validation', 'The date of birth cannot be in the future.', { field: 'dateOfBirth' })
}

export function addAdult(input: z.output<typeof addAdultInput>, ctx: OpContext): PersonView {
  const { session } = ctx
  const db = session.db
  requireFamily(db, input.familyId)
  const id = insertAdult(session, input.familyId, input.household, input.person, input.source)
  afterPersonWrite(session, input.familyId)
  ctx.auditRecord('person', id, { familyId: input.familyId, role: input.person.role })
  return discloseTo({ kind: 'staff' }, loadPerson(db, id))
}

export function addChild(input: z.output<typeof addChildInput>, ctx: OpContext): PersonView {
  const { session } = ctx
  const db = session.db
  requireFamily(db, input.familyId)
  const id = insertChild(session, input.familyId, input.child, loadPerson(db, input.child.livesWithPersonId), input.source)
  afterPersonWrite(session, input.familyId)
  ctx.auditRecord('person', id, { familyId: input.familyId, role: 'child' })
  return discloseTo({ kind: 'staff' }, loadPerson(db, id))
}

const ADULT_FIELDS = [
  'role',
  'relationship',
  'givenName',
  'familyName',
  'dateOfBirth',
  'addressLine1',
  'addressLine2',
  'town',
  'postcode',
  'addressConfidential',
  'mobilePhone',
  'otherPhone',
  'email',
  'preferredContact',
  'language',
  'interpreterNeeded',
  'accessNeeds',
] as const

function adultValues(p: PersonRow | Adult): Record<(typeof ADULT_FIELDS)[number], FieldValue> {
  return {
    role: p.role,
    relationship: p.relationship,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    addressLine1: p.addressLine1,
    addressLine2: p.addressLine2,
    town: p.town,
    postcode: p.postcode,
    addressConfidential: typeof p.addressConfidential === 'boolean' ? p.addressConfidential : p.addressConfidential === 1,
    mobilePhone: p.mobilePhone,
    otherPhone: p.otherPhone,
    email: p.email,
    preferredContact: p.preferredContact,
    language: p.language,
    interpreterNeeded: typeof p.interpreterNeeded === 'boolean' ? p.interpreterNeeded : p.interpreterNeeded === 1,
    accessNeeds: p.accessNeeds,
  }
}

/** Correct an adult's details; each changed field goes to the history with its old value (P22). */
export function updateAdult(input: z.output<typeof updateAdultInput>, ctx: OpContext): PersonView {
  const { session } = ctx
  const db = session.db
  const before = loadPerson(db, input.personId)
  if (before.role === 'child') throw new CabinetError('conflict', 'This person is a child: correct them with the child form.')
  const a = input.person
  if (a.role === 'approved_adult' && before.role !== 'approved_adult') assertAnotherLead(db, before)
  const changed = recordCorrections(session, {
    familyId: before.familyId,
    recordType: 'person',
    recordId: before.id,
    source: input.source,
    before: adultValues(before),
    after: adultValues(a),
    fields: ADULT_FIELDS,
  })
  if (changed.length > 0) {
    sql(
      db,
      `UPDATE person SET role = ?, relationship = ?, given_name = ?, family_name = ?, name_key = ?, date_of_birth = ?,
         address_line1 = ?, address_line2 = ?, town = ?, postcode = ?, address_confidential = ?, mobile_phone = ?,
         other_phone = ?, email = ?, preferred_contact = ?, language = ?, interpreter_needed = ?, access_needs = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      a.role,
      a.relationship,
      a.givenName,
      a.familyName,
      nameKey(a.givenName, a.familyName),
      a.dateOfBirth,
      a.addressLine1,
      a.addressLine2,
      a.town,
      a.postcode,
      bit(a.addressConfidential),
      a.mobilePhone,
      a.otherPhone,
      a.email,
      a.preferredContact,
      a.language,
      bit(a.interpreterNeeded),
      a.accessNeeds,
      session.now().toISOString(),
      before.id,
    )
    afterPersonWrite(session, before.familyId)
  }
  auditChanges(ctx, 'person', before.id, changed)
  return discloseTo({ kind: 'staff' }, loadPerson(db, before.id))
}

/** A household keeps at least one parent or carer: children must live with someone. */
function assertAnotherLead(db: WritableDB, p: PersonRow): void {
  const others = sql(db, `SELECT count(*) FROM person WHERE family_id = ? AND household = ? AND role IN ('parent', 'carer') AND id <> ?`)
    .pluck()
    .get(p.familyId, p.household, p.id) as number
  const children = sql(db, 'SELECT count(*) FROM person WHERE lives_with_person_id = ?').pluck().get(p.id) as number
  if (others === 0 || children > 0) {
    throw new CabinetError(
      'conflict',
      'This parent or carer has children living with them, or is the only one in the household: they cannot become another approved adult.',
      { field: 'role' },
    )
  }
}

export function updateChild(input: z.output<typeof updateChildInput>, ctx: OpContext): PersonView {
  const { session } = ctx
  const db = session.db
  const before = loadPerson(db, input.personId)
  if (before.role !== 'child') throw new CabinetError('conflict', 'This person is an adult: correct them with the adult form.')
  const c = input.child
  const livesWith = loadPerson(db, c.livesWithPersonId)
  checkLivesWith(before.familyId, livesWith)
  checkBornBy(c.dateOfBirth, session)
  const pick = (p: { givenName: string; familyName: string; dateOfBirth: string | null; livesWithPersonId: number | null }) => ({
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    livesWithPersonId: p.livesWithPersonId,
  })
  const changed = recordCorrections(session, {
    familyId: before.familyId,
    recordType: 'person',
    recordId: before.id,
    source: input.source,
    before: pick(before),
    after: pick(c),
    fields: ['givenName', 'familyName', 'dateOfBirth', 'livesWithPersonId'],
  })
  if (changed.length > 0) {
    sql(
      db,
      `UPDATE person SET given_name = ?, family_name = ?, name_key = ?, date_of_birth = ?, lives_with_person_id = ?, household = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      c.givenName,
      c.familyName,
      nameKey(c.givenName, c.familyName),
      c.dateOfBirth,
      livesWith.id,
      livesWith.household,
      session.now().toISOString(),
      before.id,
    )
    afterPersonWrite(session, before.familyId)
  }
  auditChanges(ctx, 'person', before.id, changed)
  return discloseTo({ kind: 'staff' }, loadPerson(db, before.id))
}

function afterPersonWrite(session: Session, familyId: number): void {
  reindexFamily(session.db, familyId)
  touchFamily(session, familyId)
}

/** Show a confidential address on screen: coordinator only, and every reveal is audited. */
export function revealAddress({ personId }: { personId: number }, ctx: OpContext): AddressView | null {
  const person = loadPerson(ctx.session.db, personId)
  ctx.auditRecord('person', person.id, { familyId: person.familyId, confidential: person.addressConfidential === 1 })
  return discloseTo({ kind: 'staff-revealed' }, person).address
}
