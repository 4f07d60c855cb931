import type { Migration } from '../migrate'
import { rebuildTable } from '../rebuild-table'

/**
 * Inspector accounts (P19): a NACCC accreditation inspector reads family and HR files for a day or
 * two under their own login, and nothing is recorded or taken off site.
 *
 * - users.role may now be 'inspector' (the CHECK widens; SQLite cannot change a CHECK in place,
 *   so the table is rebuilt by the 12-step procedure, rebuildTable, rows copied as they are).
 * - users.expires_on: the last day (a centre date, YYYY-MM-DD) the account may log in; after it,
 *   login is refused. An inspector's account must have one (an inspection ends); other accounts
 *   may leave it empty, as every account before this version does.
 */
export const m0012InspectorAccounts: Migration = {
  version: 12,
  name: 'inspector-accounts',
  up(db) {
    rebuildTable(db, {
      table: 'users',
      create: (name) => `
        CREATE TABLE ${name} (
          id                     INTEGER PRIMARY KEY,
          username               TEXT NOT NULL UNIQUE COLLATE NOCASE,
          display_name           TEXT NOT NULL,
          role                   TEXT NOT NULL CHECK (role IN ('coordinator', 'volunteer', 'inspector')),
          created_at             TEXT NOT NULL,
          created_by             INTEGER REFERENCES users(id),
          disabled_at            TEXT,
          confidentiality_ack_at TEXT,
          expires_on             TEXT CHECK (expires_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
          CHECK (role <> 'inspector' OR expires_on IS NOT NULL)
        ) STRICT`,
    })
  },
}
