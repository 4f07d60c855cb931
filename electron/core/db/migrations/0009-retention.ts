import type { Migration } from '../migrate'

/**
 * Retention (issue 14, P07–P17, P20, P31): the centre's schedule as numbered versions (a change
 * is a new version, never an edit, so each disposal names the version it followed); deferrals a
 * coordinator made on a proposal; the destruction register, which records that a disposal
 * happened — classes, counts, opaque references, the rule and the version, who authorised it —
 * and never the personal data it removed (P17); and the privacy policy's reviews (P31).
 */
export const m0009Retention: Migration = {
  version: 9,
  name: 'retention',
  up(db) {
    db.exec(`
      CREATE TABLE retention_schedule (
        version     INTEGER PRIMARY KEY,
        preset      TEXT NOT NULL CHECK (preset IN ('ww', 'mm', 'ce', 'custom')),
        -- The whole schedule as JSON (core/retention/schedule.ts checks it before it is stored).
        schedule    TEXT NOT NULL CHECK (json_valid(schedule)),
        note        TEXT NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
        created_at  TEXT NOT NULL,
        created_by  INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      -- "Not yet": a coordinator looked at a proposal and put it off to a date, with the reason.
      CREATE TABLE retention_deferral (
        id           INTEGER PRIMARY KEY,
        subject_type TEXT NOT NULL CHECK (subject_type IN ('family', 'volunteer', 'centre')),
        subject_id   INTEGER,
        record_class TEXT NOT NULL,
        until_on     TEXT NOT NULL CHECK (until_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        reason       TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        set_at       TEXT NOT NULL,
        set_by       INTEGER NOT NULL REFERENCES users(id),
        CHECK ((subject_type = 'centre') = (subject_id IS NULL))
      ) STRICT;
      CREATE INDEX retention_deferral_by_subject ON retention_deferral(subject_type, subject_id);

      -- One confirmed disposal: when, who authorised it with their password, under which schedule.
      CREATE TABLE retention_disposal (
        id               INTEGER PRIMARY KEY,
        disposed_at      TEXT NOT NULL,
        as_of            TEXT NOT NULL,
        schedule_version INTEGER NOT NULL REFERENCES retention_schedule(version),
        authorised_by    INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      -- What it removed, per record class: counts and opaque references (table#id), the rule in
      -- words. No names, dates of birth, addresses or free text about anyone.
      CREATE TABLE retention_disposal_entry (
        id            INTEGER PRIMARY KEY,
        disposal_id   INTEGER NOT NULL REFERENCES retention_disposal(id),
        record_class  TEXT NOT NULL,
        subject_type  TEXT NOT NULL CHECK (subject_type IN ('family', 'volunteer', 'centre')),
        record_count  INTEGER NOT NULL CHECK (record_count > 0),
        refs          TEXT NOT NULL CHECK (json_valid(refs)),
        rule          TEXT NOT NULL
      ) STRICT;
      CREATE INDEX retention_disposal_entry_by_disposal ON retention_disposal_entry(disposal_id);

      -- The register is the record that disposals happened: it is only ever added to.
      CREATE TRIGGER retention_disposal_kept BEFORE DELETE ON retention_disposal
      BEGIN SELECT RAISE(ABORT, 'the destruction register is only ever added to'); END;
      CREATE TRIGGER retention_disposal_entry_kept BEFORE DELETE ON retention_disposal_entry
      BEGIN SELECT RAISE(ABORT, 'the destruction register is only ever added to'); END;
      CREATE TRIGGER retention_disposal_unchanged BEFORE UPDATE ON retention_disposal
      BEGIN SELECT RAISE(ABORT, 'the destruction register is only ever added to'); END;
      CREATE TRIGGER retention_disposal_entry_unchanged BEFORE UPDATE ON retention_disposal_entry
      BEGIN SELECT RAISE(ABORT, 'the destruction register is only ever added to'); END;

      -- Each review of the privacy policy (P31), and when the next one is due.
      CREATE TABLE policy_review (
        id           INTEGER PRIMARY KEY,
        reviewed_on  TEXT NOT NULL CHECK (reviewed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        reviewed_by  INTEGER NOT NULL REFERENCES users(id),
        summary      TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
        next_due_on  TEXT CHECK (next_due_on IS NULL OR next_due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        recorded_at  TEXT NOT NULL
      ) STRICT;

      -- A deferral goes with the family it is about.
      CREATE TRIGGER family_delete_removes_deferrals AFTER DELETE ON family
      BEGIN DELETE FROM retention_deferral WHERE subject_type = 'family' AND subject_id = OLD.id; END;
    `)
  },
}
