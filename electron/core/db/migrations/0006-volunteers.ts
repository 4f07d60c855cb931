import type { Migration } from '../migrate'

/**
 * Volunteers and staff (P12–P16, P27): the person and their roles, the recruitment steps,
 * character references, DBS check records, training, and for paid staff finance and
 * parental-leave records.
 *
 * A DBS record holds what P13 allows (the date, the certificate number, the level, the vetting
 * decision and outcome, who saw the certificate) and nothing of the certificate itself: there is
 * no column for its content, and a positive disclosure is recorded as the centre's assessment of
 * it, factor by factor, never as what was disclosed.
 *
 * Finance and parental-leave rows are kept for as long as the law says (P14, P15), however the
 * person's other records end: a volunteer row with any of them left cannot be deleted.
 *
 * Finance rows store the end of the financial year they relate to, worked out when they are
 * written, so changing the year end in Settings later never moves an old record's retention.
 */
export const m0006Volunteers: Migration = {
  version: 6,
  name: 'volunteers',
  up(db) {
    db.exec(`
      CREATE TABLE volunteers (
        id                        INTEGER PRIMARY KEY,
        kind                      TEXT NOT NULL CHECK (kind IN ('volunteer', 'staff')),
        given_name                TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name               TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        date_of_birth             TEXT,
        email                     TEXT,
        phone                     TEXT,
        address_line1             TEXT,
        town                      TEXT,
        postcode                  TEXT,
        emergency_contact_name    TEXT,
        emergency_contact_phone   TEXT,
        started_on                TEXT,
        ended_on                  TEXT,
        end_reason                TEXT,
        confidentiality_signed_on TEXT,
        user_id                   INTEGER UNIQUE REFERENCES users(id),
        created_at                TEXT NOT NULL,
        created_by                INTEGER NOT NULL REFERENCES users(id),
        updated_at                TEXT NOT NULL,
        CHECK ((ended_on IS NULL) = (end_reason IS NULL)),
        CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
      ) STRICT;
      CREATE INDEX volunteers_by_name ON volunteers(family_name COLLATE NOCASE, given_name COLLATE NOCASE);

      CREATE TABLE volunteer_role (
        volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        role         TEXT NOT NULL CHECK (role IN ('session_volunteer', 'supervisor', 'coordinator', 'deputy_coordinator', 'trustee', 'administrator')),
        PRIMARY KEY (volunteer_id, role)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE volunteer_step (
        id                    INTEGER PRIMARY KEY,
        volunteer_id          INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        step                  TEXT NOT NULL CHECK (step IN ('application', 'interview', 'induction', 'trial_mid_review', 'trial_end_review')),
        done_on               TEXT NOT NULL,
        outcome               TEXT NOT NULL CHECK (outcome IN ('satisfactory', 'unsatisfactory')),
        notes                 TEXT,
        dbs_consent_signed_on TEXT,
        recorded_at           TEXT NOT NULL,
        recorded_by           INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (volunteer_id, step),
        -- Consent to a DBS check is given on the application form, and only there.
        CHECK (step = 'application' OR dbs_consent_signed_on IS NULL)
      ) STRICT;

      CREATE TABLE volunteer_reference (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        referee      TEXT NOT NULL CHECK (length(referee) BETWEEN 1 AND 200),
        relationship TEXT NOT NULL CHECK (length(relationship) BETWEEN 1 AND 100),
        requested_on TEXT NOT NULL,
        received_on  TEXT,
        satisfactory INTEGER CHECK (satisfactory IN (0, 1)),
        notes        TEXT,
        CHECK ((received_on IS NULL) = (satisfactory IS NULL)),
        CHECK (received_on IS NULL OR received_on >= requested_on)
      ) STRICT;
      CREATE INDEX volunteer_reference_by_volunteer ON volunteer_reference(volunteer_id);

      CREATE TABLE volunteer_dbs (
        id                   INTEGER PRIMARY KEY,
        volunteer_id         INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        checked_on           TEXT NOT NULL,
        certificate_number   TEXT NOT NULL CHECK (length(certificate_number) = 12 AND certificate_number NOT GLOB '*[^0-9]*'),
        level                TEXT NOT NULL CHECK (level IN ('basic', 'standard', 'enhanced', 'enhanced_barred')),
        workforce            TEXT NOT NULL CHECK (workforce IN ('child', 'adult', 'both')),
        seen_by              TEXT NOT NULL,
        seen_on              TEXT NOT NULL,
        disclosure           TEXT NOT NULL CHECK (disclosure IN ('none', 'positive')),
        decision             TEXT NOT NULL CHECK (decision IN ('cleared', 'cleared_after_assessment', 'not_cleared', 'pending')),
        outcome              TEXT,
        update_service_id    TEXT,
        status_checked_on    TEXT,
        status_result        TEXT CHECK (status_result IN ('no_change', 'new_information')),
        superseded_on        TEXT,
        superseded_by        INTEGER REFERENCES volunteer_dbs(id) ON DELETE SET NULL,
        recorded_at          TEXT NOT NULL,
        recorded_by          INTEGER NOT NULL REFERENCES users(id),
        CHECK ((status_checked_on IS NULL) = (status_result IS NULL)),
        CHECK (status_checked_on IS NULL OR update_service_id IS NOT NULL),
        CHECK (seen_on >= checked_on)
      ) STRICT;
      CREATE INDEX volunteer_dbs_by_volunteer ON volunteer_dbs(volunteer_id, checked_on);

      -- The assessment of a positive disclosure, factor by factor: the centre's reasoning, never the disclosure.
      CREATE TABLE volunteer_dbs_assessment (
        dbs_id          INTEGER PRIMARY KEY REFERENCES volunteer_dbs(id) ON DELETE CASCADE,
        relevance       TEXT NOT NULL,
        seriousness     TEXT NOT NULL,
        time_elapsed    TEXT NOT NULL,
        pattern         TEXT NOT NULL,
        circumstances   TEXT NOT NULL,
        persons_account TEXT NOT NULL,
        decided_on      TEXT NOT NULL,
        decided_by      INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      CREATE TABLE volunteer_training (
        id           INTEGER PRIMARY KEY,
        volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('induction', 'safeguarding', 'first_aid', 'other')),
        title        TEXT,
        level        TEXT,
        completed_on TEXT NOT NULL,
        expires_on   TEXT,
        CHECK (kind <> 'other' OR title IS NOT NULL),
        CHECK (expires_on IS NULL OR expires_on > completed_on)
      ) STRICT;
      CREATE INDEX volunteer_training_by_volunteer ON volunteer_training(volunteer_id);

      CREATE TABLE volunteer_finance (
        id                     INTEGER PRIMARY KEY,
        volunteer_id           INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE RESTRICT,
        kind                   TEXT NOT NULL CHECK (kind IN ('pay', 'tax_ni', 'expenses', 'pension', 'other')),
        description            TEXT NOT NULL,
        relates_to_on          TEXT NOT NULL,
        amount_pence           INTEGER,
        financial_year_ends_on TEXT NOT NULL,
        CHECK (financial_year_ends_on >= relates_to_on)
      ) STRICT;
      CREATE INDEX volunteer_finance_by_volunteer ON volunteer_finance(volunteer_id);

      CREATE TABLE volunteer_parental_leave (
        id                   INTEGER PRIMARY KEY,
        volunteer_id         INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE RESTRICT,
        kind                 TEXT NOT NULL CHECK (kind IN ('maternity', 'paternity', 'adoption', 'shared', 'unpaid')),
        child_born_on        TEXT NOT NULL,
        starts_on            TEXT NOT NULL,
        ends_on              TEXT,
        disability_allowance INTEGER NOT NULL DEFAULT 0 CHECK (disability_allowance IN (0, 1)),
        notes                TEXT,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)
      ) STRICT;
      CREATE INDEX volunteer_parental_leave_by_volunteer ON volunteer_parental_leave(volunteer_id);

      CREATE TRIGGER volunteer_delete_removes_holds AFTER DELETE ON volunteers
      BEGIN DELETE FROM record_hold WHERE subject_type = 'volunteer' AND subject_id = OLD.id; END;
    `)
  },
}
