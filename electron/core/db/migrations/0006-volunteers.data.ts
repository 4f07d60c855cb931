import type { AreaDataMap, RightsLink } from '../../data-map/types'
import {
  dbsDisclosures,
  dbsLevels,
  dbsWorkforces,
  financeKinds,
  parentalLeaveKinds,
  recruitmentSteps,
  statusCheckResults,
  stepOutcomes,
  trainingKinds,
  vettingDecisions,
  volunteerKinds,
  volunteerRoles,
} from '../../volunteers/vocab'
import { volunteerReminderSources } from '../../volunteers/reminders'

/*
 * The volunteers area's personal-data map (see 0001-core.data.ts for why maps live beside their
 * migrations). Record classes P12–P16:
 * - the person's HR file (P12) is kept 6 years after volunteering ends; an applicant who never
 *   started is "other information" (P16), disposed of 3 years after it was last used;
 * - roles, recruitment steps, references, training and the DBS assessment follow the person or
 *   the DBS record they belong to;
 * - a DBS record (P13) starts its period when a new check replaces it or the person leaves; the
 *   centre's preset gives the period (WW, CE: kept with the HR file; MM: 0, "until the next DBS
 *   or the volunteer leaves");
 * - finance records (P14) start at the end of the financial year they relate to (stored when
 *   written); parental leave (P15) at the birth or adoption, moved on 13 years where a disability
 *   allowance is paid, so one 5-year period gives 18 years (SQLite carries 29 February to
 *   1 March, keeping the record a day longer, never shorter).
 */

const OWN_ROWS = 'volunteer_id = :subjectId'
const HR_NOTE = 'Deleted with the volunteer row (ON DELETE CASCADE).'

function volunteerLink(where: string, erasure: RightsLink['erasure'], subjectAccess: RightsLink['subjectAccess']): RightsLink {
  return { subject: 'volunteer', where, erasure, subjectAccess }
}

export const volunteersDataMap: AreaDataMap = {
  area: 'volunteers',
  migration: '0006-volunteers',
  tables: [
    {
      table: 'volunteers',
      personal: true,
      about: 'volunteer',
      retention: { sql: "CASE WHEN started_on IS NULL THEN 'staff.other' ELSE 'volunteer.hr' END", classes: ['volunteer.hr', 'staff.other'] },
      trigger: {
        sql: 'CASE WHEN started_on IS NULL THEN substr(updated_at, 1, 10) ELSE ended_on END',
        event: 'volunteering ended (or, for an applicant who never started, last used)',
      },
      links: [
        volunteerLink(
          'id = :subjectId',
          {
            action: 'delete-rows',
            note: 'Its roles, steps, references, DBS records, training, holds and document links go with it (cascades and triggers); finance and parental-leave records are kept while the law requires, so erasure waits for them.',
          },
          { take: 'all', discloseTo: false },
        ),
      ],
      checks: [{ column: 'kind', vocab: volunteerKinds }],
    },
    {
      table: 'volunteer_role',
      personal: true,
      about: 'volunteer',
      // A pair table without rowids: its rows go with their volunteer (ON DELETE CASCADE).
      retention: { follows: 'volunteers', via: 'volunteer_id', cascade: true },
      links: [volunteerLink(OWN_ROWS, { action: 'delete-rows', note: HR_NOTE }, { take: ['role'], discloseTo: false })],
      checks: [{ column: 'role', vocab: volunteerRoles }],
    },
    {
      table: 'volunteer_step',
      personal: true,
      about: 'volunteer',
      retention: { follows: 'volunteers', via: 'volunteer_id' },
      links: [
        volunteerLink(
          OWN_ROWS,
          { action: 'delete-rows', note: HR_NOTE },
          { take: ['step', 'done_on', 'outcome', 'notes', 'dbs_consent_signed_on'], discloseTo: false },
        ),
      ],
      checks: [
        { column: 'step', vocab: recruitmentSteps },
        { column: 'outcome', vocab: stepOutcomes },
      ],
    },
    {
      table: 'volunteer_reference',
      personal: true,
      about: 'volunteer',
      retention: { follows: 'volunteers', via: 'volunteer_id' },
      links: [
        volunteerLink(
          OWN_ROWS,
          { action: 'delete-rows', note: HR_NOTE },
          {
            take: ['referee', 'relationship', 'requested_on', 'received_on', 'satisfactory'],
            discloseTo: false,
            note: 'The notes on what the referee said are left out: a reference given in confidence is exempt from subject access (DPA 2018 Sch. 2 para. 24).',
          },
        ),
      ],
    },
    {
      table: 'volunteer_dbs',
      personal: true,
      about: 'volunteer',
      retention: 'volunteer.dbs',
      trigger: {
        sql: 'COALESCE(superseded_on, (SELECT v.ended_on FROM volunteers v WHERE v.id = volunteer_id))',
        event: 'replaced by a new check, or volunteering ended',
      },
      links: [volunteerLink(OWN_ROWS, { action: 'delete-rows', note: HR_NOTE }, { take: 'all', discloseTo: false })],
      checks: [
        { column: 'level', vocab: dbsLevels },
        { column: 'workforce', vocab: dbsWorkforces },
        { column: 'disclosure', vocab: dbsDisclosures },
        { column: 'decision', vocab: vettingDecisions },
        { column: 'status_result', vocab: statusCheckResults },
      ],
    },
    {
      table: 'volunteer_dbs_assessment',
      personal: true,
      about: 'volunteer',
      retention: { follows: 'volunteer_dbs', via: 'dbs_id' },
      links: [
        volunteerLink(
          'dbs_id IN (SELECT id FROM volunteer_dbs WHERE volunteer_id = :subjectId)',
          { action: 'delete-rows', note: 'Deleted with its DBS record (ON DELETE CASCADE).' },
          { take: 'all', discloseTo: false },
        ),
      ],
    },
    {
      table: 'volunteer_training',
      personal: true,
      about: 'volunteer',
      retention: { follows: 'volunteers', via: 'volunteer_id' },
      links: [volunteerLink(OWN_ROWS, { action: 'delete-rows', note: HR_NOTE }, { take: 'all', discloseTo: false })],
      checks: [{ column: 'kind', vocab: trainingKinds }],
    },
    {
      table: 'volunteer_finance',
      personal: true,
      about: 'volunteer',
      retention: 'finance',
      trigger: { sql: 'financial_year_ends_on', event: 'end of the financial year it relates to' },
      links: [
        volunteerLink(
          OWN_ROWS,
          { action: 'kept', reason: 'HMRC requires finance records for 6 years from the end of the financial year (P14); retention disposes of them then.' },
          { take: 'all', discloseTo: false },
        ),
      ],
      checks: [{ column: 'kind', vocab: financeKinds }],
    },
    {
      table: 'volunteer_parental_leave',
      personal: true,
      about: 'volunteer',
      retention: 'parental_leave',
      trigger: {
        sql: "CASE WHEN disability_allowance = 1 THEN date(child_born_on, '+13 years') ELSE child_born_on END",
        event: 'birth or adoption (13 years later where a disability allowance is paid)',
      },
      links: [
        volunteerLink(
          OWN_ROWS,
          { action: 'kept', reason: 'Parental-leave records are kept for the period the law sets (P15); retention disposes of them then.' },
          { take: 'all', discloseTo: false },
        ),
      ],
      checks: [{ column: 'kind', vocab: parentalLeaveKinds }],
    },
  ],
  reminders: volunteerReminderSources,
}
