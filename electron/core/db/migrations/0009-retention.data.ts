import type { AreaDataMap } from '../../data-map/types'
import { presetNames, retentionSubjects } from '../../retention/vocab'

/*
 * Retention's own personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). The schedule, the destruction register and the policy reviews hold no personal
 * data by design (P17); a deferral's reason may name someone, so it is kept and disposed of
 * with the family or volunteer it is about. Its reminders (disposals due, holds to review, the
 * policy review) are read by the Reminders page directly (core/reminders), as they read every
 * area's map and so cannot be declared in one.
 */
export const retentionDataMap: AreaDataMap = {
  area: 'retention',
  migration: '0009-retention',
  tables: [
    {
      table: 'retention_schedule',
      personal: false,
      about: 'none',
      reason: 'The centre’s retention schedule, versioned: periods and the policy’s words, with the id of the coordinator who changed it.',
      checks: [{ column: 'preset', vocab: presetNames }],
    },
    {
      table: 'retention_deferral',
      personal: true,
      about: 'family',
      retention: { sql: "CASE subject_type WHEN 'family' THEN 'family' ELSE 'staff.other' END", classes: ['family', 'staff.other'] },
      trigger: { sql: 'until_on', event: 'deferred until' },
      links: [
        {
          subject: 'family',
          where: "subject_type = 'family' AND subject_id = :subjectId",
          subjectOfRow: "CASE subject_type WHEN 'family' THEN subject_id END",
        },
        {
          subject: 'volunteer',
          where: "subject_type = 'volunteer' AND subject_id = :subjectId",
          subjectOfRow: "CASE subject_type WHEN 'volunteer' THEN subject_id END",
          erasure: { action: 'delete-rows', note: 'A note on when to look at the records again goes with them.' },
          subjectAccess: { take: ['record_class', 'until_on', 'set_at'], discloseTo: false, note: 'The reason is left out: it may name other people.' },
        },
      ],
      checks: [{ column: 'subject_type', vocab: retentionSubjects }],
    },
    {
      table: 'retention_disposal',
      personal: false,
      about: 'none',
      reason: 'The destruction register (P17): when a disposal happened, under which schedule version and who authorised it, never what it removed.',
    },
    {
      table: 'retention_disposal_entry',
      personal: false,
      about: 'none',
      reason: 'The destruction register’s lines: a record class, a count, opaque table#id references and the rule in words; no personal data.',
      checks: [{ column: 'subject_type', vocab: retentionSubjects }],
    },
    {
      table: 'policy_review',
      personal: false,
      about: 'none',
      reason: 'Reviews of the centre’s privacy policy (P31): dates, the reviewing coordinator’s id and a summary of the policy changes.',
    },
  ],
}
