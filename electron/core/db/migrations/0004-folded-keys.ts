import { searchEntry, type IndexedPerson } from '../../families/search-entry'
import { nameKey } from '../../families/text-keys'
import type { Migration } from '../migrate'

/**
 * Names fold letters that do not decompose (ł → l, ø → o, æ → ae, ß → ss …) as well as accents
 * (core/families/text-keys.ts). The keys derived from names are stored, so rows written before
 * are recomputed here: person.name_key (the duplicate check), family.sort_key (the list order)
 * and each family's family_fts row (search, which now holds names folded). No schema changes.
 *
 * It reads the version 3 tables with its own SQL (so a later schema change cannot break an
 * upgrade that passes through here) and derives the keys with today's pure functions: derived
 * keys must match what the running code writes and looks up. A later change to the fold adds its
 * own migration that recomputes again.
 */
export const m0004FoldedKeys: Migration = {
  version: 4,
  name: 'folded-keys',
  up(db) {
    const setNameKey = db.prepare('UPDATE person SET name_key = ? WHERE id = ? AND name_key <> ?')
    for (const p of db.prepare('SELECT id, given_name AS givenName, family_name AS familyName FROM person ORDER BY id').all() as {
      id: number
      givenName: string
      familyName: string
    }[]) {
      const key = nameKey(p.givenName, p.familyName)
      setNameKey.run(key, p.id, key)
    }

    const peopleOf = db.prepare(
      `SELECT given_name AS givenName, family_name AS familyName, household, role, postcode, address_confidential AS confidential
         FROM person WHERE family_id = ? ORDER BY id`,
    )
    const referencesOf = db.prepare('SELECT reference FROM referral WHERE family_id = ? ORDER BY id').pluck()
    const setFamily = db.prepare('UPDATE family SET label = ?, sort_key = ? WHERE id = ? AND (label <> ? OR sort_key <> ?)')
    const unindex = db.prepare('DELETE FROM family_fts WHERE rowid = ?')
    const index = db.prepare('INSERT INTO family_fts (rowid, names, refs, postcodes) VALUES (@id, @names, @refs, @postcodes)')
    for (const id of db.prepare('SELECT id FROM family ORDER BY id').pluck().all() as number[]) {
      const { label, sortKey, ...row } = searchEntry(id, peopleOf.all(id) as IndexedPerson[], referencesOf.all(id) as string[])
      setFamily.run(label, sortKey, id, label, sortKey)
      unindex.run(id)
      index.run({ id, ...row })
    }
  },
}
