import { familyThroughPerson, linksThrough, personsOwnLinks, type ParentRecords } from '../../data-map/links'
import type { AreaDataMap } from '../../data-map/types'
import { reindexFamily } from '../../families/search-index'
import {
  consentMethods,
  consentTopics,
  contactTypes,
  endedStatuses,
  historyRecordTypes,
  households,
  medicalKinds,
  personRoles,
  preferredContacts,
  referralSources,
  referralStatuses,
} from '../../families/types'

/*
 * The families area's personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). Facts that are code rather than data: people leave Cabinet for a household only
 * through discloseTo(audience, personRow) (core/families/disclosure.ts), and ended referrals are
 * corrected through correctClosure, which keeps history.
 */

const FAMILY_OF_PERSON = '(SELECT family_id FROM person WHERE id = :subjectId)'
// A person's referrals are their family's: a referral is about the whole family.
const REFERRALS: ParentRecords = {
  ofFamily: '(SELECT id FROM referral WHERE family_id = :subjectId)',
  ofPerson: `(SELECT id FROM referral WHERE family_id = ${FAMILY_OF_PERSON})`,
  erasure: { action: 'kept', reason: 'Part of the referral, which retention disposes of.' },
}

/** Court or Cafcass involvement, which decides 3 years rather than 1 (P07–P09); a referral from a court or Cafcass counts even if the box was left unticked. */
const COURT_OR_CAFCASS = "(court_order = 1 OR cafcass_involved = 1 OR source IN ('court', 'cafcass'))"

export const familiesDataMap: AreaDataMap = {
  area: 'families',
  migration: '0002-families',
  afterDisposal: [
    {
      // A referral disposed of leaves its reference in the family's search row until this runs.
      name: 'families.reindex',
      run(db, families) {
        for (const id of families) if (db.prepare('SELECT 1 FROM family WHERE id = ?').get(id)) reindexFamily(db, id)
      },
    },
  ],
  tables: [
    {
      table: 'family',
      personal: true,
      about: 'family',
      retention: 'family',
      // Kept with the family's other records (every preset: 'with-subject'); added is the earliest it could go.
      trigger: { sql: 'substr(created_at, 1, 10)', event: 'added' },
      links: [
        { subject: 'family', where: 'id = :subjectId' },
        {
          subject: 'person',
          where: `id = ${FAMILY_OF_PERSON}`,
          erasure: { action: 'rebuild', how: 'The label (the two households’ surnames) is rewritten from the people who remain, as every person write does.' },
          subjectAccess: { take: 'none', reason: 'The label repeats surnames held in person.' },
        },
      ],
    },
    {
      table: 'person',
      personal: true,
      about: 'person',
      retention: { follows: 'family', via: 'family_id' },
      links: [
        { subject: 'family', where: 'family_id = :subjectId' },
        {
          subject: 'person',
          where: 'id = :subjectId',
          erasure: {
            action: 'delete-rows',
            note: 'After the person’s previsit, medical_info, consent and change_history rows; a child living with them is re-pointed first (lives_with_person_id), and the family’s label and search index are rebuilt in the same transaction.',
          },
          subjectAccess: {
            take: [
              'household',
              'role',
              'relationship',
              'given_name',
              'family_name',
              'date_of_birth',
              'address_line1',
              'address_line2',
              'town',
              'postcode',
              'address_confidential',
              'mobile_phone',
              'other_phone',
              'email',
              'preferred_contact',
              'language',
              'interpreter_needed',
              'access_needs',
              'source',
              'created_at',
              'updated_at',
            ],
            discloseTo: true,
            note: 'The rest of the family comes through discloseTo(audienceFor(requester), row): the other household’s adults name-only, a confidential address never.',
          },
        },
      ],
      checks: [
        { column: 'household', vocab: households },
        { column: 'role', vocab: personRoles },
        { column: 'preferred_contact', vocab: preferredContacts },
      ],
    },
    {
      table: 'referral',
      personal: true,
      about: 'family',
      retention: {
        sql: `CASE WHEN source = 'srs' THEN (CASE WHEN ${COURT_OR_CAFCASS} THEN 'referral.srs.court' ELSE 'referral.srs.self' END)
                   WHEN ${COURT_OR_CAFCASS} THEN 'referral.court' ELSE 'referral.self' END`,
        classes: ['referral.court', 'referral.self', 'referral.srs.court', 'referral.srs.self'],
      },
      // closed_on: the day it ended, whether closed, declined or withdrawn (a CHECK keeps it set); NULL while open.
      trigger: { sql: 'closed_on', event: 'closed' },
      links: [
        { subject: 'family', where: 'family_id = :subjectId' },
        {
          subject: 'person',
          where: `family_id = ${FAMILY_OF_PERSON}`,
          erasure: {
            action: 'kept',
            reason: 'A referral is about the whole family and retention disposes of it (P07–P09); erasing one person leaves it for the rest of the family.',
          },
          subjectAccess: {
            take: [
              'reference',
              'source',
              'referrer_organisation',
              'received_on',
              'court_order',
              'court_name',
              'court_order_date',
              'court_case_number',
              'cafcass_involved',
              'contact_type',
              'injunction_in_place',
              'injunction_details',
              'separate_arrival',
              'collection_arrangements',
              'status',
              'status_on',
              'closed_on',
              'closed_reason',
            ],
            discloseTo: true,
            note: 'Injunction details and collection arrangements may name the other household. The referrer’s own name, email and phone are the referrer’s, not the person’s.',
          },
        },
      ],
      checks: [
        { column: 'source', vocab: referralSources },
        { column: 'contact_type', vocab: contactTypes },
        { column: 'status', vocab: referralStatuses },
        { column: 'status', vocab: endedStatuses },
      ],
    },
    {
      table: 'referral_status_history',
      personal: true,
      about: 'family',
      retention: { follows: 'referral', via: 'referral_id' },
      links: linksThrough('referral_id', REFERRALS, {
        subjectAccess: { take: ['from_status', 'to_status', 'effective_on', 'reason'], discloseTo: true },
      }),
    },
    {
      table: 'previsit',
      personal: true,
      about: 'person',
      retention: { follows: 'referral', via: 'referral_id' },
      links: personsOwnLinks('person_id', `referral_id IN ${REFERRALS.ofFamily}`, {
        erasure: { action: 'delete-rows' },
        subjectAccess: {
          take: ['booked_for', 'completed_on', 'conducted_by', 'items', 'notes', 'source'],
          discloseTo: true,
          note: 'Notes may name other people.',
        },
      }),
    },
    {
      table: 'consent',
      personal: true,
      about: 'person',
      retention: 'consent',
      // Kept with the family's records; withdrawing it removes the medical information at once (P03).
      trigger: { sql: 'given_on', event: 'given' },
      links: personsOwnLinks('person_id', familyThroughPerson('person_id'), {
        erasure: { action: 'delete-rows', note: 'After the medical_info rows given under it.' },
        subjectAccess: { take: ['topic', 'given_by', 'given_on', 'method', 'source', 'withdrawn_on', 'withdrawn_method'], discloseTo: false },
      }),
      checks: [
        { column: 'topic', vocab: consentTopics },
        { column: 'method', vocab: consentMethods },
        { column: 'withdrawn_method', vocab: consentMethods },
      ],
    },
    {
      table: 'medical_info',
      personal: true,
      about: 'person',
      retention: 'medical',
      trigger: { sql: 'substr(recorded_at, 1, 10)', event: 'recorded' },
      links: personsOwnLinks('person_id', familyThroughPerson('person_id'), {
        erasure: { action: 'delete-rows' },
        subjectAccess: { take: ['kind', 'details', 'source', 'recorded_at'], discloseTo: false },
      }),
      checks: [{ column: 'kind', vocab: medicalKinds }],
    },
    {
      table: 'change_history',
      personal: true,
      about: 'person',
      retention: 'correction',
      trigger: { sql: 'substr(changed_at, 1, 10)', event: 'changed' },
      // Old values of a referral, pre-visit, person or medical entry go when that record is disposed of.
      quotes: [
        { table: 'referral', where: "record_type = 'referral' AND record_id = :recordId" },
        { table: 'previsit', where: "record_type = 'previsit' AND record_id = :recordId" },
        { table: 'person', where: "record_type = 'person' AND record_id = :recordId" },
        { table: 'medical_info', where: "record_type = 'medical' AND record_id = :recordId" },
      ],
      links: [
        { subject: 'family', where: 'family_id = :subjectId' },
        {
          subject: 'person',
          // Old values of the person's own details, and of their medical entries and pre-visits.
          where: `(record_type = 'person' AND record_id = :subjectId)
               OR (record_type = 'medical' AND record_id IN (SELECT id FROM medical_info WHERE person_id = :subjectId))
               OR (record_type = 'previsit' AND record_id IN (SELECT id FROM previsit WHERE person_id = :subjectId))`,
          erasure: { action: 'delete-rows', note: 'It holds old values of personal data (P22), so they go with the person.' },
          subjectAccess: { take: ['record_type', 'field', 'old_value', 'new_value', 'source', 'changed_at'], discloseTo: false },
        },
      ],
      checks: [{ column: 'record_type', vocab: historyRecordTypes }],
    },
    {
      table: 'family_fts',
      personal: true,
      about: 'family',
      retention: { follows: 'family', via: 'rowid' },
      links: [
        { subject: 'family', where: 'rowid = :subjectId' },
        {
          subject: 'person',
          where: `rowid = ${FAMILY_OF_PERSON}`,
          erasure: {
            action: 'rebuild',
            how: 'reindexFamily(db, familyId) (core/families/search.ts) in the same transaction, or DELETE FROM family_fts WHERE rowid = ? for a deleted family; secure-delete is on, so erased names leave the index.',
          },
          subjectAccess: { take: 'none', reason: 'A search index repeating names, references and postcodes held elsewhere.' },
        },
      ],
    },
  ],
}
