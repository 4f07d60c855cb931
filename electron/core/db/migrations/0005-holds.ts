import type { Migration } from '../migrate'

/**
 * Holds: what stops a record being disposed of when its period ends ("unless a safeguarding or
 * child protection issue", court proceedings, an open subject-access request or complaint). A
 * hold is on a subject (a family, a person, a volunteer) and holds every record about it. It
 * names who set it, when and why, and the record that placed it where one did (a safeguarding
 * concern, a complaint); lifting it is recorded on the row, never by deleting it.
 *
 * The subject lives in one of several tables, so no foreign key can name it: the core checks it
 * exists, and a trigger on each subject table removes its holds when the subject itself goes.
 */
export const m0005Holds: Migration = {
  version: 5,
  name: 'holds',
  up(db) {
    db.exec(`
      CREATE TABLE record_hold (
        id           INTEGER PRIMARY KEY,
        subject_type TEXT NOT NULL CHECK (subject_type IN ('family', 'person', 'volunteer')),
        subject_id   INTEGER NOT NULL,
        kind         TEXT NOT NULL CHECK (kind IN ('safeguarding', 'legal', 'subject_access', 'complaint')),
        reason       TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        review_on    TEXT CHECK (review_on IS NULL OR review_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        source_type  TEXT,
        source_id    INTEGER,
        set_at       TEXT NOT NULL,
        set_by       INTEGER NOT NULL REFERENCES users(id),
        lifted_at    TEXT,
        lifted_by    INTEGER REFERENCES users(id),
        lift_reason  TEXT CHECK (lift_reason IS NULL OR length(lift_reason) BETWEEN 1 AND 1000),
        CHECK ((source_type IS NULL) = (source_id IS NULL)),
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL)),
        -- Court proceedings end: a legal hold is looked at again by a date.
        CHECK (kind <> 'legal' OR review_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX record_hold_active ON record_hold(subject_type, subject_id) WHERE lifted_at IS NULL;
      CREATE INDEX record_hold_by_source ON record_hold(source_type, source_id);

      -- A hold is set, and later lifted; nothing else about it changes.
      CREATE TRIGGER record_hold_set_once BEFORE UPDATE ON record_hold
      WHEN OLD.lifted_at IS NOT NULL
        OR NEW.subject_type IS NOT OLD.subject_type OR NEW.subject_id IS NOT OLD.subject_id
        OR NEW.kind IS NOT OLD.kind OR NEW.reason IS NOT OLD.reason
        OR NEW.source_type IS NOT OLD.source_type OR NEW.source_id IS NOT OLD.source_id
        OR NEW.set_at IS NOT OLD.set_at OR NEW.set_by IS NOT OLD.set_by
      BEGIN SELECT RAISE(ABORT, 'a hold is only ever lifted, never changed'); END;

      CREATE TRIGGER family_delete_removes_holds AFTER DELETE ON family
      BEGIN DELETE FROM record_hold WHERE subject_type = 'family' AND subject_id = OLD.id; END;
      CREATE TRIGGER person_delete_removes_holds AFTER DELETE ON person
      BEGIN DELETE FROM record_hold WHERE subject_type = 'person' AND subject_id = OLD.id; END;
    `)
  },
}
