import { roles } from '../../auth/roles'
import type { AreaDataMap } from '../../data-map/types'

/**
 * The core area's personal-data map (users, settings, the audit log).
 *
 * Why here, beside the migration: whoever adds or changes a table sees, in the same folder and the
 * same review, the promise it must keep; the registry (core/data-map) reads every area's map from
 * here, and a test fails when a table in the schema is missing from it. The map describes the
 * tables as they stand now: a later migration that changes one updates this file (maps are not
 * pinned; shipped migrations are).
 */
export const coreDataMap: AreaDataMap = {
  area: 'core',
  migration: '0001-core',
  tables: [
    {
      table: 'settings',
      personal: false,
      about: 'none',
      reason: 'Centre-wide settings: the centre’s own published contact details, preferences and templates; nothing about a family, volunteer or user.',
    },
    {
      table: 'users',
      personal: true,
      about: 'user',
      retention: 'user',
      // The login's period starts when it is disabled (P16: not used since), or on the last day it
      // could log in (an inspector's, P19, since 0012); the row stays, its name goes.
      trigger: {
        sql: 'CASE WHEN disabled_at IS NOT NULL THEN substr(disabled_at, 1, 10) WHEN expires_on IS NOT NULL THEN expires_on END',
        event: 'login ended',
      },
      links: [
        {
          subject: 'user',
          where: 'id = :subjectId',
          erasure: {
            action: 'set-columns',
            set: { username: "'former_' || id", display_name: "'Former user ' || id" },
            note: 'The row stays (disabled first): the audit log and every created_by / recorded_by column refer to its id.',
          },
          subjectAccess: { take: ['username', 'display_name', 'role', 'created_at', 'disabled_at', 'confidentiality_ack_at', 'expires_on'], discloseTo: false },
        },
      ],
      checks: [{ column: 'role', vocab: roles }],
    },
    {
      table: 'audit_log',
      personal: true,
      about: 'user',
      retention: 'audit',
      // Every schedule keeps the audit log indefinitely (schedule.ts refuses anything else); the date is for the record.
      trigger: { sql: 'substr(at, 1, 10)', event: 'written' },
      links: [
        {
          subject: 'user',
          where: 'actor_user_id = :subjectId',
          erasure: {
            action: 'kept',
            reason:
              'Append-only and HMAC-chained (P28): it records who did what, holding the actor’s id and username, codes and record ids, never family data.',
          },
          subjectAccess: { take: ['at', 'action', 'record_type'], discloseTo: false },
        },
      ],
    },
    {
      table: 'audit_head',
      personal: false,
      about: 'none',
      reason: 'The audit chain’s head: the last row id and MACs.',
    },
  ],
}
