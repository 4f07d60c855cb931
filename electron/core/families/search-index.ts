import type { WritableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import { searchEntry, type IndexedPerson } from './search-entry'

/**
 * Finding families as you type: one FTS5 row per family (rowid = family.id) holding everyone's
 * names (folded), the referral references and the postcodes that are not confidential, as
 * searchEntry (search-entry.ts) derives them. `reindexFamily` rewrites that row and the family's
 * label; every write that changes a name, a postcode or a reference calls it inside its own
 * transaction, so the index is never out of step with the tables.
 */
export function reindexFamily(db: WritableDB, familyId: number): void {
  const people = sql(
    db,
    `SELECT given_name AS givenName, family_name AS familyName, household, role, postcode,
              address_confidential AS confidential
       FROM person WHERE family_id = ? ORDER BY id`,
  ).all(familyId) as IndexedPerson[]
  const refs = sql(db, 'SELECT reference FROM referral WHERE family_id = ? ORDER BY id').pluck().all(familyId) as string[]
  const { label, sortKey, ...row } = searchEntry(familyId, people, refs)

  sql(db, 'UPDATE family SET label = ?, sort_key = ? WHERE id = ? AND (label <> ? OR sort_key <> ?)').run(label, sortKey, familyId, label, sortKey)
  const indexed = sql(db, 'SELECT names, refs, postcodes FROM family_fts WHERE rowid = ?').get(familyId) as typeof row | undefined
  if (indexed && indexed.names === row.names && indexed.refs === row.refs && indexed.postcodes === row.postcodes) return
  // With secure-delete on, an FTS5 delete rewrites index pages, so rows are only rewritten
  // when what is searchable actually changed (most corrections change nothing here).
  if (indexed) sql(db, 'DELETE FROM family_fts WHERE rowid = ?').run(familyId)
  sql(db, 'INSERT INTO family_fts (rowid, names, refs, postcodes) VALUES (@id, @names, @refs, @postcodes)').run({ id: familyId, ...row })
}
