import type { AreaDataMap } from '../../data-map/types'
import { holdKinds, holdSubjects } from '../../holds/vocab'

/*
 * The holds' personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). A hold's reason can name the person it is about, so it is personal data; it is
 * kept while its subject is, and goes with it (the subject tables' triggers remove it).
 */

const PEOPLE_OF_FAMILY = '(SELECT id FROM person WHERE family_id = :subjectId)'

export const holdsDataMap: AreaDataMap = {
  area: 'holds',
  migration: '0005-holds',
  tables: [
    {
      table: 'record_hold',
      personal: true,
      about: 'family',
      // A lifted hold is a record about its subject, kept and disposed of with the subject's class.
      retention: { sql: "CASE subject_type WHEN 'volunteer' THEN 'staff.other' ELSE 'family' END", classes: ['family', 'staff.other'] },
      trigger: { sql: 'substr(lifted_at, 1, 10)', event: 'hold lifted' },
      links: [
        {
          subject: 'family',
          where: `(subject_type = 'family' AND subject_id = :subjectId) OR (subject_type = 'person' AND subject_id IN ${PEOPLE_OF_FAMILY})`,
          subjectOfRow: "CASE subject_type WHEN 'family' THEN subject_id WHEN 'person' THEN (SELECT family_id FROM person WHERE id = subject_id) END",
        },
        {
          subject: 'person',
          where: "subject_type = 'person' AND subject_id = :subjectId",
          erasure: {
            action: 'delete-rows',
            note: 'The person_delete_removes_holds trigger does it when the person row is deleted; an active hold is what stops erasure in the first place.',
          },
          subjectAccess: { take: ['kind', 'set_at', 'review_on', 'lifted_at'], discloseTo: false, note: 'The reason is left out: it may name other people.' },
        },
        {
          subject: 'volunteer',
          where: "subject_type = 'volunteer' AND subject_id = :subjectId",
          subjectOfRow: "CASE subject_type WHEN 'volunteer' THEN subject_id END",
          erasure: { action: 'delete-rows', note: 'The volunteer_delete_removes_holds trigger (migration 0006) does it when the volunteer row is deleted.' },
          subjectAccess: { take: ['kind', 'set_at', 'review_on', 'lifted_at'], discloseTo: false, note: 'The reason is left out: it may name other people.' },
        },
      ],
      checks: [
        { column: 'subject_type', vocab: holdSubjects },
        { column: 'kind', vocab: holdKinds },
      ],
    },
  ],
}
