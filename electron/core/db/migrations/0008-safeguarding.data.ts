import { familyThroughPerson, linksThrough, personsOwnLinks, type ParentRecords } from '../../data-map/links'
import type { AreaDataMap, Erasure } from '../../data-map/types'
import { injuredKinds } from '../../accidents/vocab'
import {
  complaintChannels,
  complaintKinds,
  complaintOutcomes,
  complaintSubjects,
  escalationBodies,
  feedbackContexts,
  feedbackVia,
  followUpMethods,
} from '../../complaints/vocab'
import { complaintReminders } from '../../complaints/reminders'
import { concernHoldSource } from '../../safeguarding/hold-source'
import { unseenConcernReminders } from '../../safeguarding/reminders'
import { concernDecisions, concernStatuses, referralAgencies } from '../../safeguarding/vocab'

/*
 * The personal-data map of safeguarding concerns, the accident book, complaints and feedback
 * (issue 13; see 0001-core.data.ts for why maps live beside their migrations).
 *
 * Retention (P10, P11). The centre's schedule gives each class its period from the trigger date:
 * - 'safeguarding' (P11, at least until the child is 25): the trigger is the date of birth of the
 *   youngest child a record is about, so a period of 25 years ends on their 25th birthday. Years
 *   are added as SQLite's date(x, '+25 years') adds them: a child born on 29 February turns 25 on
 *   1 March when that year has no 29 February (29/02/2016 → 01/03/2041), the later of the two
 *   readings, so nothing is ever disposed of a day early (safeguarding/retention.ts, tested). A
 *   concern's clock starts only once it is closed, and never so early that it would end before
 *   the closure; a record about no child (an adult's accident, a concern about adults only) counts
 *   its 25 years from the accident or the closure.
 * - 'complaint' (P10, one year after resolution): the trigger is the day it was resolved.
 *
 * Erasure (P23): a safeguarding record, an accident-book entry and a complaint are exempt from
 * erasure while they must be kept (the holds and the schedule say until when); retention disposes
 * of them. Subject access (P21): the coordinator reviews safeguarding papers before a pack leaves
 * (they name other people, and information likely to cause serious harm may be withheld).
 */

const PEOPLE_OF_FAMILY = '(SELECT id FROM person WHERE family_id = :subjectId)'

const KEPT_SAFEGUARDING: Erasure = {
  action: 'kept',
  reason:
    'A safeguarding or accident record about a child is exempt from erasure while it must be kept (P11: at least until the child is 25); retention disposes of it.',
}
const KEPT_COMPLAINT: Erasure = {
  action: 'kept',
  reason: 'A complaint is kept until a year after it is resolved (P10), then retention disposes of it.',
}

// A concern is about the people it names; a complaint about the person who made it.
const CONCERNS: ParentRecords = {
  ofFamily: '(SELECT id FROM safeguarding_concern WHERE family_id = :subjectId)',
  ofPerson: '(SELECT concern_id FROM safeguarding_concern_person WHERE person_id = :subjectId)',
  erasure: KEPT_SAFEGUARDING,
}
const COMPLAINTS: ParentRecords = {
  ofFamily: `(SELECT id FROM complaint WHERE from_person_id IN ${PEOPLE_OF_FAMILY})`,
  ofPerson: '(SELECT id FROM complaint WHERE from_person_id = :subjectId)',
  erasure: KEPT_COMPLAINT,
}

/** The youngest child a concern names (their date of birth), NULL when it names none. */
const YOUNGEST_CHILD_OF_CONCERN = `(SELECT max(p.date_of_birth) FROM safeguarding_concern_person cp JOIN person p ON p.id = cp.person_id
   WHERE cp.concern_id = safeguarding_concern.id AND p.role = 'child')`

export const safeguardingDataMap: AreaDataMap = {
  area: 'safeguarding',
  migration: '0008-safeguarding',
  tables: [
    {
      table: 'safeguarding_concern',
      personal: true,
      about: 'family',
      retention: 'safeguarding',
      trigger: {
        sql: `CASE WHEN status <> 'closed' THEN NULL
                   WHEN ${YOUNGEST_CHILD_OF_CONCERN} IS NULL THEN closed_on
                   ELSE max(${YOUNGEST_CHILD_OF_CONCERN}, date(closed_on, '-25 years')) END`,
        event: 'born (the youngest child the concern names; counted only once the concern is closed)',
      },
      links: [
        { subject: 'family', where: 'family_id = :subjectId' },
        {
          subject: 'person',
          where: `id IN ${CONCERNS.ofPerson}`,
          erasure: KEPT_SAFEGUARDING,
          subjectAccess: {
            take: ['occurred_on', 'location', 'account', 'immediate_action', 'decision', 'decision_on', 'outcome', 'status', 'closed_on'],
            discloseTo: true,
            note: 'Reviewed by the coordinator before the pack leaves: it names other people, and what would be likely to cause serious harm may be withheld.',
          },
        },
      ],
      checks: [
        { column: 'decision', vocab: concernDecisions },
        { column: 'status', vocab: concernStatuses },
      ],
    },
    {
      table: 'safeguarding_concern_person',
      personal: true,
      about: 'person',
      // A pair table without rowids: its rows go with their concern (ON DELETE CASCADE since 0010-delete-cascades).
      retention: { follows: 'safeguarding_concern', via: 'concern_id', cascade: true },
      links: [
        familyThroughPerson('person_id'),
        {
          subject: 'person',
          where: 'person_id = :subjectId',
          erasure: KEPT_SAFEGUARDING,
          subjectAccess: { take: 'none', reason: 'Whom a concern is about comes with the concern itself.' },
        },
      ],
    },
    {
      table: 'safeguarding_addendum',
      personal: true,
      about: 'family',
      retention: { follows: 'safeguarding_concern', via: 'concern_id' },
      links: linksThrough('concern_id', CONCERNS, {
        subjectAccess: { take: ['text', 'written_at'], discloseTo: true, note: 'Reviewed with the concern it adds to.' },
      }),
    },
    {
      table: 'safeguarding_referral',
      personal: true,
      about: 'family',
      retention: { follows: 'safeguarding_concern', via: 'concern_id' },
      links: linksThrough('concern_id', CONCERNS, {
        subjectAccess: {
          take: ['agency', 'referred_on', 'to_whom', 'reference', 'person_told', 'not_told_reason'],
          discloseTo: true,
          note: 'A referral is a disclosure (P18); reviewed with the concern.',
        },
      }),
      checks: [{ column: 'agency', vocab: referralAgencies }],
    },
    {
      table: 'accident',
      personal: true,
      about: 'person',
      retention: 'safeguarding',
      trigger: {
        sql: `CASE WHEN injured_kind = 'child' THEN (SELECT p.date_of_birth FROM person p WHERE p.id = accident.person_id) ELSE occurred_on END`,
        event: 'born (the child the entry is about); for anyone else, the day of the accident',
      },
      links: personsOwnLinks('person_id', familyThroughPerson('person_id'), {
        erasure: KEPT_SAFEGUARDING,
        subjectAccess: { take: 'all', discloseTo: true, note: 'Witnesses and the person told may be other people: reviewed before the pack leaves.' },
      }),
      checks: [
        { column: 'injured_kind', vocab: injuredKinds },
        { column: 'injured_kind', vocab: injuredKinds.subset('child', 'adult') },
        { column: 'injured_kind', vocab: injuredKinds.subset('volunteer', 'visitor') },
      ],
    },
    {
      table: 'complaint',
      personal: true,
      about: 'person',
      retention: 'complaint',
      trigger: { sql: 'resolved_on', event: 'resolved' },
      links: personsOwnLinks('from_person_id', familyThroughPerson('from_person_id'), {
        erasure: KEPT_COMPLAINT,
        subjectAccess: {
          take: [
            'kind',
            'received_on',
            'channel',
            'about',
            'summary',
            'acknowledged_on',
            'resolved_on',
            'outcome',
            'resolution',
            'followed_up_on',
            'follow_up_method',
            'escalated_to',
            'escalated_on',
          ],
          discloseTo: true,
          note: 'The summary and resolution may name volunteers or the other household.',
        },
      }),
      checks: [
        { column: 'kind', vocab: complaintKinds },
        { column: 'channel', vocab: complaintChannels },
        { column: 'about', vocab: complaintSubjects },
        { column: 'outcome', vocab: complaintOutcomes },
        { column: 'follow_up_method', vocab: followUpMethods },
        { column: 'escalated_to', vocab: escalationBodies },
      ],
    },
    {
      table: 'complaint_note',
      personal: true,
      about: 'person',
      retention: { follows: 'complaint', via: 'complaint_id' },
      links: linksThrough('complaint_id', COMPLAINTS, {
        subjectAccess: { take: ['text', 'written_at'], discloseTo: true, note: 'Investigation notes may name volunteers or the other household.' },
      }),
    },
    {
      table: 'feedback_response',
      personal: false,
      about: 'none',
      reason:
        'Anonymous by construction (P05): the answers, the day and the kind of questionnaire, with no column linking to a person, family, session or user; the form asks for no names.',
      checks: [
        { column: 'context', vocab: feedbackContexts },
        { column: 'via', vocab: feedbackVia },
      ],
    },
  ],
  reminders: [unseenConcernReminders, complaintReminders],
  holdSources: [concernHoldSource],
}
