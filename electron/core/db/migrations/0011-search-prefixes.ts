import { reindexFamily } from '../../families/search-index'
import type { Migration } from '../migrate'

/**
 * Search as you type, faster where a prefix matches many different words. FTS5 answers a
 * prefix from its prefix index when one of that length is kept, and otherwise merges the lists
 * of every word that begins with it: "R-2024" began 2,900 references' words, each merged in turn.
 * The index now keeps prefixes of up to six characters (it kept three), and a reference is
 * indexed as "2024-0042 R20240042" rather than "R-2024-0042 R20240042": its lone "R", a word in
 * every family's row, made every phrase that starts with R read every family's positions. Typed
 * with or without its R and dashes, a reference is found as before (search.ts's matchExpression
 * tries each term as typed and with its separators removed).
 *
 * FTS5 cannot change a table's options, so the table is made again and every family indexed
 * afresh by the code that keeps it current (reindexFamily), so the rows match what every later
 * write writes. secure-delete, as in 0002: deleted words are removed, not only marked.
 */
export const m0011SearchPrefixes: Migration = {
  version: 11,
  name: 'search-prefixes',
  up(db) {
    db.exec(`
      DROP TABLE family_fts;
      CREATE VIRTUAL TABLE family_fts USING fts5(
        names, refs, postcodes,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4 5 6'
      );
      INSERT INTO family_fts (family_fts, rank) VALUES ('secure-delete', 1);
    `)
    for (const id of db.prepare('SELECT id FROM family ORDER BY id').pluck().all() as number[]) reindexFamily(db, id)
  },
}
