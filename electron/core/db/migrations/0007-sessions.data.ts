import { linksThrough, personsOwnLinks, recordsUnder, type ParentRecords } from '../../data-map/links'
import type { AreaDataMap, Erasure } from '../../data-map/types'
import { consentMethods } from '../../families/types'
import { sessionReminders } from '../../sessions/reviews'
import { absenceReasons, identityDocuments, parentalResponsibility, sessionKinds } from '../../sessions/vocab'

/*
 * The sessions area's personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). Attendance, bookings, offers, reviews and supervised notes follow their referral,
 * so they take its retention class (P07, P08: 3 years with a court order or Cafcass, 1 year
 * without) and go when it goes. Sessions themselves (a date, a room) are about nobody; who was
 * on duty is about a user. Reminders: a progress review every 6 months (Settings), and a review
 * flag after two unexplained missed sessions.
 */

// A person's referrals are their family's: a referral is about the whole family.
const REFERRALS: ParentRecords = {
  ofFamily: '(SELECT id FROM referral WHERE family_id = :subjectId)',
  ofPerson: '(SELECT id FROM referral WHERE family_id = (SELECT family_id FROM person WHERE id = :subjectId))',
  erasure: { action: 'kept', reason: 'A record of the family’s contact, disposed of with its referral (P07, P08).' },
}
const BOOKINGS = recordsUnder('booking', 'referral_id', REFERRALS)
const PREVISITS: ParentRecords = {
  ofFamily: `(SELECT id FROM previsit WHERE referral_id IN ${REFERRALS.ofFamily})`,
  ofPerson: '(SELECT id FROM previsit WHERE person_id = :subjectId)',
  erasure: { action: 'delete-rows', note: 'Before the person’s previsit rows.' },
}
const SUPERVISED_NOTES = recordsUnder('supervised_note', 'booking_id', BOOKINGS)

const DELETED_BEFORE_PERSON: Erasure = { action: 'delete-rows', note: 'Before the person row itself (it references person).' }

export const sessionsDataMap: AreaDataMap = {
  area: 'sessions',
  migration: '0007-sessions',
  reminders: sessionReminders,
  tables: [
    {
      table: 'referral_intake',
      personal: true,
      about: 'family',
      retention: { follows: 'referral', via: 'referral_id' },
      links: linksThrough('referral_id', REFERRALS, {
        erasure: { action: 'kept', reason: 'Part of the referral, about the whole family; retention disposes of it.' },
        subjectAccess: {
          take: ['order_about_contact', 'order_review_on', 'child_may_leave_with_others'],
          discloseTo: true,
          note: 'What the order says about contact may name the other household. The Cafcass officer and solicitor are the referrer’s contacts, not the person’s data.',
        },
      }),
    },
    {
      table: 'referral_party',
      personal: true,
      about: 'person',
      retention: { follows: 'referral', via: 'referral_id' },
      links: personsOwnLinks('person_id', `referral_id IN ${REFERRALS.ofFamily}`, {
        erasure: DELETED_BEFORE_PERSON,
        subjectAccess: {
          take: ['parental_responsibility', 'responsibility_order', 'permitted', 'may_bring', 'may_collect', 'availability', 'consent_on', 'consent_method'],
          discloseTo: false,
        },
      }),
      checks: [
        { column: 'parental_responsibility', vocab: parentalResponsibility },
        { column: 'consent_method', vocab: consentMethods },
      ],
    },
    {
      table: 'previsit_check',
      personal: true,
      about: 'person',
      retention: { follows: 'previsit', via: 'previsit_id' },
      links: linksThrough('previsit_id', PREVISITS, {
        subjectAccess: { take: ['identity_document', 'rules_signed_on', 'risk_assessed', 'with_children'], discloseTo: false },
      }),
      checks: [{ column: 'identity_document', vocab: identityDocuments }],
    },
    {
      table: 'contact_session',
      personal: false,
      about: 'none',
      reason: 'A session is a date, times, a room, a kind and a capacity: who was booked and who was on duty are in booking and session_duty.',
      checks: [{ column: 'kind', vocab: sessionKinds }],
    },
    {
      table: 'session_duty',
      personal: true,
      about: 'user',
      retention: 'staff.other',
      trigger: { sql: '(SELECT on_date FROM contact_session s WHERE s.id = session_id)', event: 'session held' },
      links: [
        {
          subject: 'user',
          where: 'user_id = :subjectId',
          erasure: {
            action: 'kept',
            reason: 'Who was on duty at a session is part of the record of the families’ contact, as the audit log is; it holds a user id only.',
          },
          subjectAccess: { take: ['session_id', 'added_at'], discloseTo: false },
        },
      ],
    },
    {
      table: 'contact_offer',
      personal: true,
      about: 'family',
      retention: { follows: 'referral', via: 'referral_id' },
      links: linksThrough('referral_id', REFERRALS, {
        subjectAccess: {
          take: ['offered_on', 'who_brings', 'who_collects', 'who_takes_part'],
          discloseTo: true,
          note: 'Who brings and collects may name the other household.',
        },
      }),
    },
    {
      table: 'booking',
      personal: true,
      about: 'family',
      retention: { follows: 'referral', via: 'referral_id' },
      links: linksThrough('referral_id', REFERRALS, {
        subjectAccess: {
          take: ['session_id', 'resident_arrives', 'resident_leaves', 'non_resident_arrives', 'non_resident_leaves', 'same_day_reason'],
          discloseTo: true,
          note: 'The other household’s times are theirs: a pack for one household takes its own times only.',
        },
      }),
    },
    {
      table: 'attendance',
      personal: true,
      about: 'person',
      // P01: sessions attended, times, absences and reasons; kept with the referral (P07, P08).
      retention: { follows: 'booking', via: 'booking_id' },
      links: personsOwnLinks('person_id', `booking_id IN ${BOOKINGS.ofFamily}`, {
        erasure: DELETED_BEFORE_PERSON,
        subjectAccess: { take: ['arrived_at', 'left_at', 'late', 'absence', 'absence_note', 'recorded_at'], discloseTo: false },
      }),
      checks: [{ column: 'absence', vocab: absenceReasons }],
    },
    {
      table: 'progress_review',
      personal: true,
      about: 'family',
      retention: { follows: 'referral', via: 'referral_id' },
      links: linksThrough('referral_id', REFERRALS, {
        subjectAccess: { take: ['held_on', 'outcome'], discloseTo: true, note: 'The outcome may name the other household.' },
      }),
    },
    {
      table: 'supervised_note',
      personal: true,
      about: 'family',
      retention: { follows: 'booking', via: 'booking_id' },
      links: linksThrough('booking_id', BOOKINGS, {
        erasure: {
          action: 'kept',
          reason:
            'A signed observation of the contact, locked by design and disposed of with its referral; a safeguarding concern in it places a hold instead.',
        },
        subjectAccess: {
          take: ['aim', 'present', 'arrival', 'observed', 'safeguarding', 'written_at', 'signed_at'],
          discloseTo: true,
          note: 'An observation of both households: a coordinator redacts what is about the other household before it leaves.',
        },
      }),
    },
    {
      table: 'supervised_note_addendum',
      personal: true,
      about: 'family',
      retention: { follows: 'supervised_note', via: 'note_id' },
      links: linksThrough('note_id', SUPERVISED_NOTES, {
        erasure: { action: 'kept', reason: 'Part of the supervised note it corrects.' },
        subjectAccess: { take: ['text', 'written_at'], discloseTo: true },
      }),
    },
  ],
}
