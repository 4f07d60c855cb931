import type { Migration } from '../migrate'

/**
 * Sessions, offers, bookings and attendance (issue 12): the centre's Saturdays.
 *
 * - Intake extensions to the families area's referral and pre-visit, in tables of their own
 *   (referral_intake, referral_party, previsit_check) so the shipped families tables stay as
 *   they are: parental responsibility, who is permitted, who brings and collects, availability
 *   and consent of each party; court order details; identity seen at the pre-visit.
 * - contact_session (other areas reference its id), session_duty (Cabinet user accounts on duty),
 *   contact_offer (a block of sessions offered), booking (a family in a session, each household
 *   with its own times), attendance (per booked person, P01), progress_review, and supervised
 *   contact notes, locked once signed (a trigger, whatever code path writes) with addenda.
 *
 * Attendance, bookings, offers, reviews and notes follow their referral's retention class
 * (P07, P08): 3 years with a court order or Cafcass, 1 year without.
 */
export const m0007Sessions: Migration = {
  version: 7,
  name: 'sessions',
  up(db) {
    db.exec(`
      CREATE TABLE referral_intake (
        referral_id         INTEGER PRIMARY KEY REFERENCES referral(id),
        -- What the court order says about contact, and when it expires or is reviewed.
        order_about_contact TEXT,
        order_review_on     TEXT,
        cafcass_officer     TEXT,
        solicitor           TEXT,
        -- Whether a child may leave the centre with anyone other than those who may collect.
        child_may_leave_with_others INTEGER NOT NULL DEFAULT 0 CHECK (child_may_leave_with_others IN (0, 1)),
        updated_at          TEXT NOT NULL,
        updated_by          INTEGER REFERENCES users(id)
      ) STRICT;

      -- Each adult's part in a referral: only permitted adults are admitted.
      CREATE TABLE referral_party (
        referral_id             INTEGER NOT NULL REFERENCES referral(id),
        person_id               INTEGER NOT NULL REFERENCES person(id),
        parental_responsibility TEXT NOT NULL DEFAULT 'unknown' CHECK (parental_responsibility IN ('yes', 'no', 'unknown')),
        responsibility_order    TEXT,
        permitted               INTEGER NOT NULL DEFAULT 1 CHECK (permitted IN (0, 1)),
        may_bring               INTEGER NOT NULL DEFAULT 0 CHECK (may_bring IN (0, 1)),
        may_collect             INTEGER NOT NULL DEFAULT 0 CHECK (may_collect IN (0, 1)),
        availability            TEXT,
        consent_on              TEXT,
        consent_method          TEXT CHECK (consent_method IN ('written', 'verbal', 'email', 'form')),
        updated_at              TEXT NOT NULL,
        updated_by              INTEGER REFERENCES users(id),
        PRIMARY KEY (referral_id, person_id),
        CHECK ((consent_on IS NULL) = (consent_method IS NULL))
      ) STRICT;
      CREATE INDEX referral_party_by_person ON referral_party(person_id);

      -- What was seen at a pre-visit: the kind of identity document, never its number.
      CREATE TABLE previsit_check (
        previsit_id       INTEGER PRIMARY KEY REFERENCES previsit(id),
        identity_document TEXT CHECK (identity_document IN ('passport', 'driving_licence', 'national_identity_card', 'residence_permit', 'other')),
        rules_signed_on   TEXT,
        risk_assessed     INTEGER NOT NULL DEFAULT 0 CHECK (risk_assessed IN (0, 1)),
        with_children     INTEGER NOT NULL DEFAULT 0 CHECK (with_children IN (0, 1)),
        updated_at        TEXT NOT NULL,
        updated_by        INTEGER REFERENCES users(id)
      ) STRICT;

      -- Dates and times are the centre's local (UK) calendar date and wall-clock time, so a
      -- 10:00 Saturday stays 10:00 across the BST/GMT changes.
      CREATE TABLE contact_session (
        id                INTEGER PRIMARY KEY,
        on_date           TEXT NOT NULL CHECK (on_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
        starts_at         TEXT NOT NULL CHECK (starts_at GLOB '[0-2][0-9]:[0-5][0-9]'),
        ends_at           TEXT NOT NULL CHECK (ends_at GLOB '[0-2][0-9]:[0-5][0-9]'),
        room              TEXT,
        kind              TEXT NOT NULL CHECK (kind IN ('supported', 'supervised', 'handover', 'indirect')),
        capacity_families INTEGER CHECK (capacity_families IS NULL OR capacity_families > 0),
        capacity_children INTEGER CHECK (capacity_children IS NULL OR capacity_children > 0),
        -- Sessions made by one recurring pattern share the id of its first session.
        series_id         INTEGER,
        cancelled_reason  TEXT,
        created_at        TEXT NOT NULL,
        created_by        INTEGER REFERENCES users(id),
        updated_at        TEXT NOT NULL,
        CHECK (starts_at < ends_at)
      ) STRICT;
      CREATE INDEX contact_session_by_date ON contact_session(on_date, starts_at);

      CREATE TABLE session_duty (
        session_id INTEGER NOT NULL REFERENCES contact_session(id) ON DELETE CASCADE,
        user_id    INTEGER NOT NULL REFERENCES users(id),
        added_at   TEXT NOT NULL,
        added_by   INTEGER REFERENCES users(id),
        PRIMARY KEY (session_id, user_id)
      ) STRICT;
      CREATE INDEX session_duty_by_user ON session_duty(user_id, session_id);

      CREATE TABLE contact_offer (
        id              INTEGER PRIMARY KEY,
        referral_id     INTEGER NOT NULL REFERENCES referral(id),
        offered_on      TEXT NOT NULL,
        who_brings      TEXT,
        who_collects    TEXT,
        who_takes_part  TEXT,
        created_at      TEXT NOT NULL,
        created_by      INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX contact_offer_by_referral ON contact_offer(referral_id);

      CREATE TABLE booking (
        id                   INTEGER PRIMARY KEY,
        session_id           INTEGER NOT NULL REFERENCES contact_session(id),
        referral_id          INTEGER NOT NULL REFERENCES referral(id),
        offer_id             INTEGER REFERENCES contact_offer(id),
        resident_arrives     TEXT NOT NULL,
        resident_leaves      TEXT NOT NULL,
        non_resident_arrives TEXT NOT NULL,
        non_resident_leaves  TEXT NOT NULL,
        -- The warnings the coordinator was shown and went ahead past: [{ code, message }].
        warnings             TEXT CHECK (warnings IS NULL OR json_valid(warnings)),
        same_day_reason      TEXT,
        created_at           TEXT NOT NULL,
        created_by           INTEGER REFERENCES users(id),
        UNIQUE (session_id, referral_id),
        CHECK (resident_arrives < resident_leaves AND non_resident_arrives < non_resident_leaves)
      ) STRICT;
      CREATE INDEX booking_by_referral ON booking(referral_id, session_id);

      -- One row per booked person once anything is recorded about them (P01).
      CREATE TABLE attendance (
        id           INTEGER PRIMARY KEY,
        booking_id   INTEGER NOT NULL REFERENCES booking(id),
        person_id    INTEGER NOT NULL REFERENCES person(id),
        arrived_at   TEXT,
        left_at      TEXT,
        late         INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1)),
        absence      TEXT CHECK (absence IN ('ill', 'parent_cancelled', 'no_show', 'centre_cancelled', 'other')),
        absence_note TEXT,
        recorded_at  TEXT NOT NULL,
        recorded_by  INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (booking_id, person_id),
        CHECK (absence IS NULL OR (arrived_at IS NULL AND left_at IS NULL)),
        CHECK (absence IS NOT 'other' OR absence_note IS NOT NULL),
        CHECK (left_at IS NULL OR arrived_at IS NOT NULL)
      ) STRICT;
      CREATE INDEX attendance_by_person ON attendance(person_id);

      CREATE TABLE progress_review (
        id          INTEGER PRIMARY KEY,
        referral_id INTEGER NOT NULL REFERENCES referral(id),
        held_on     TEXT NOT NULL,
        outcome     TEXT,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX progress_review_by_referral ON progress_review(referral_id, held_on);

      -- A supervisor's factual note of a supervised session, signed off by a second person.
      CREATE TABLE supervised_note (
        id           INTEGER PRIMARY KEY,
        booking_id   INTEGER NOT NULL UNIQUE REFERENCES booking(id),
        aim          TEXT NOT NULL,
        present      TEXT NOT NULL,
        arrival      TEXT NOT NULL,
        observed     TEXT NOT NULL,
        safeguarding TEXT,
        written_by   INTEGER NOT NULL REFERENCES users(id),
        written_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        signed_by    INTEGER REFERENCES users(id),
        signed_at    TEXT,
        CHECK ((signed_by IS NULL) = (signed_at IS NULL)),
        CHECK (signed_by IS NULL OR signed_by <> written_by)
      ) STRICT;

      -- Locked once signed, whatever code path writes: corrections are addenda.
      CREATE TRIGGER supervised_note_locked BEFORE UPDATE ON supervised_note
      WHEN OLD.signed_at IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'a signed supervised contact note cannot be changed: add an addendum'); END;

      CREATE TABLE supervised_note_addendum (
        id         INTEGER PRIMARY KEY,
        note_id    INTEGER NOT NULL REFERENCES supervised_note(id),
        text       TEXT NOT NULL,
        written_by INTEGER NOT NULL REFERENCES users(id),
        written_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX supervised_note_addendum_by_note ON supervised_note_addendum(note_id, id);
      CREATE TRIGGER supervised_note_addendum_fixed BEFORE UPDATE ON supervised_note_addendum
      BEGIN SELECT RAISE(ABORT, 'an addendum cannot be changed: add another'); END;
      CREATE TRIGGER supervised_note_addendum_needs_signed BEFORE INSERT ON supervised_note_addendum
      WHEN NOT EXISTS (SELECT 1 FROM supervised_note n WHERE n.id = NEW.note_id AND n.signed_at IS NOT NULL)
      BEGIN SELECT RAISE(ABORT, 'an addendum is for a signed note: change the note itself until it is signed'); END;
    `)
  },
}
