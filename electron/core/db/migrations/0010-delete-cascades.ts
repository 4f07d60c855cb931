import type { Migration } from '../migrate'
import { rebuildTable } from '../rebuild-table'

/**
 * What goes when a record is deleted, declared in the schema where it was missing:
 *
 * - Deleting a volunteer, a complaint or a safeguarding concern (a document's 'incident') now
 *   removes the document links to it, as family, referral and person rows have done since 0003
 *   (the documents stay: retention decides their fate by category). Links those deletions left
 *   behind before this version are removed here; a link's target is checked when it is made, so
 *   one that points at no row can only be such a leftover.
 * - safeguarding_concern_person's rows go with their concern (ON DELETE CASCADE). The table has no
 *   rowids (a pair table), so disposal, which names the rows it removes by rowid, leaves such
 *   rows to the database; its data map says so (`cascade: true`). It is rebuilt by SQLite's
 *   12-step procedure (rebuildTable): same columns, key, checks and index, rows copied as they
 *   are. volunteer_role, the other pair table, has cascaded to its volunteer since 0006.
 */
export const m0010DeleteCascades: Migration = {
  version: 10,
  name: 'delete-cascades',
  up(db) {
    db.exec(`
      CREATE TRIGGER volunteer_delete_unlinks_documents AFTER DELETE ON volunteers
      BEGIN DELETE FROM document_links WHERE target_type = 'volunteer' AND target_id = OLD.id; END;
      CREATE TRIGGER complaint_delete_unlinks_documents AFTER DELETE ON complaint
      BEGIN DELETE FROM document_links WHERE target_type = 'complaint' AND target_id = OLD.id; END;
      CREATE TRIGGER safeguarding_concern_delete_unlinks_documents AFTER DELETE ON safeguarding_concern
      BEGIN DELETE FROM document_links WHERE target_type = 'incident' AND target_id = OLD.id; END;

      DELETE FROM document_links WHERE target_type = 'volunteer' AND target_id NOT IN (SELECT id FROM volunteers);
      DELETE FROM document_links WHERE target_type = 'complaint' AND target_id NOT IN (SELECT id FROM complaint);
      DELETE FROM document_links WHERE target_type = 'incident' AND target_id NOT IN (SELECT id FROM safeguarding_concern);
    `)

    rebuildTable(db, {
      table: 'safeguarding_concern_person',
      create: (name) => `
        CREATE TABLE ${name} (
          concern_id INTEGER NOT NULL REFERENCES safeguarding_concern(id) ON DELETE CASCADE,
          person_id  INTEGER NOT NULL REFERENCES person(id),
          PRIMARY KEY (concern_id, person_id)
        ) STRICT, WITHOUT ROWID`,
    })
  },
}
