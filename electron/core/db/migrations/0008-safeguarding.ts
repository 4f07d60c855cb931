import type { Migration } from '../migrate'

/**
 * Safeguarding concerns, the accident book, complaints and feedback (issue 13).
 *
 * - A concern is about one or more people of one family (safeguarding_concern_person); the
 *   raiser's account is kept as first written (a trigger refuses any change to it: later words are
 *   dated addenda, which are never changed either). Referrals to children's services, the police,
 *   the LADO or others are disclosures (P18) and each names the person told, or why not.
 * - An accident-book entry names a child or adult of a family (person_id) or, for a volunteer or
 *   visitor, a name in words.
 * - A complaint (or an intent to complain) keeps its acknowledgement and response targets as
 *   computed when it was received, so a later change to the centre's targets does not move them.
 * - Feedback is anonymous (P05): no column links it to a person, a family, a session or a user.
 *
 * A concern or an accident may name the session it happened in (contact_session, migration 0007).
 */
export const m0008Safeguarding: Migration = {
  version: 8,
  name: 'safeguarding',
  up(db) {
    const SESSION = 'INTEGER REFERENCES contact_session(id) ON DELETE SET NULL'
    db.exec(`
      CREATE TABLE safeguarding_concern (
        id               INTEGER PRIMARY KEY,
        family_id        INTEGER NOT NULL REFERENCES family(id),
        session_id       ${SESSION},
        occurred_on      TEXT NOT NULL,
        occurred_time    TEXT CHECK (occurred_time IS NULL OR occurred_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        location         TEXT,
        -- The raiser's own words, kept as first written (see the trigger below).
        account          TEXT NOT NULL CHECK (length(account) BETWEEN 1 AND 10000),
        immediate_action TEXT,
        raised_at        TEXT NOT NULL,
        raised_by        INTEGER NOT NULL REFERENCES users(id),
        decision         TEXT CHECK (decision IN ('no_further_action', 'monitor', 'refer')),
        decision_on      TEXT,
        decision_reason  TEXT,
        outcome          TEXT,
        status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'monitoring', 'closed')),
        closed_on        TEXT,
        -- When a coordinator first read it: the shell shows unread concerns first on unlock.
        seen_at          TEXT,
        seen_by          INTEGER REFERENCES users(id),
        updated_at       TEXT NOT NULL,
        CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
        CHECK ((decision IS NULL) = (decision_on IS NULL))
      ) STRICT;
      CREATE INDEX safeguarding_concern_by_family ON safeguarding_concern(family_id, occurred_on);
      CREATE INDEX safeguarding_concern_by_status ON safeguarding_concern(status, occurred_on);
      CREATE INDEX safeguarding_concern_unseen ON safeguarding_concern(raised_at) WHERE seen_at IS NULL;
      CREATE INDEX safeguarding_concern_by_session ON safeguarding_concern(session_id) WHERE session_id IS NOT NULL;

      CREATE TRIGGER safeguarding_concern_account_kept BEFORE UPDATE ON safeguarding_concern
      WHEN NEW.account IS NOT OLD.account OR NEW.immediate_action IS NOT OLD.immediate_action
        OR NEW.raised_at IS NOT OLD.raised_at OR NEW.raised_by IS NOT OLD.raised_by
        OR NEW.family_id IS NOT OLD.family_id
      BEGIN SELECT RAISE(ABORT, 'the raiser''s first account is kept as written: add a dated addendum instead'); END;

      CREATE TABLE safeguarding_concern_person (
        concern_id INTEGER NOT NULL REFERENCES safeguarding_concern(id),
        person_id  INTEGER NOT NULL REFERENCES person(id),
        PRIMARY KEY (concern_id, person_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX safeguarding_concern_person_by_person ON safeguarding_concern_person(person_id);

      CREATE TABLE safeguarding_addendum (
        id         INTEGER PRIMARY KEY,
        concern_id INTEGER NOT NULL REFERENCES safeguarding_concern(id),
        text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        written_at TEXT NOT NULL,
        written_by INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX safeguarding_addendum_by_concern ON safeguarding_addendum(concern_id, id);
      CREATE TRIGGER safeguarding_addendum_kept BEFORE UPDATE ON safeguarding_addendum
      BEGIN SELECT RAISE(ABORT, 'an addendum is kept as written: add another instead'); END;

      CREATE TABLE safeguarding_referral (
        id              INTEGER PRIMARY KEY,
        concern_id      INTEGER NOT NULL REFERENCES safeguarding_concern(id),
        agency          TEXT NOT NULL CHECK (agency IN ('childrens_services', 'police', 'lado', 'other')),
        referred_on     TEXT NOT NULL,
        to_whom         TEXT NOT NULL,
        reference       TEXT,
        -- Who in the family was told about the referral, or why nobody was.
        person_told     TEXT,
        not_told_reason TEXT,
        recorded_at     TEXT NOT NULL,
        recorded_by     INTEGER NOT NULL REFERENCES users(id),
        CHECK ((person_told IS NULL) <> (not_told_reason IS NULL))
      ) STRICT;
      CREATE INDEX safeguarding_referral_by_concern ON safeguarding_referral(concern_id, referred_on);

      CREATE TABLE accident (
        id                  INTEGER PRIMARY KEY,
        occurred_on         TEXT NOT NULL,
        occurred_time       TEXT CHECK (occurred_time IS NULL OR occurred_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        location            TEXT NOT NULL,
        session_id          ${SESSION},
        injured_kind        TEXT NOT NULL CHECK (injured_kind IN ('child', 'adult', 'volunteer', 'visitor')),
        person_id           INTEGER REFERENCES person(id),
        injured_name        TEXT,
        what_happened       TEXT NOT NULL,
        injury              TEXT NOT NULL,
        first_aid           TEXT,
        first_aid_by        TEXT,
        witnesses           TEXT,
        informed_who        TEXT,
        informed_at         TEXT,
        riddor_reportable   INTEGER NOT NULL DEFAULT 0 CHECK (riddor_reportable IN (0, 1)),
        riddor_reported_on  TEXT,
        follow_up           TEXT,
        recorded_at         TEXT NOT NULL,
        recorded_by         INTEGER NOT NULL REFERENCES users(id),
        updated_at          TEXT NOT NULL,
        -- A child or adult of a family is named by their record; a volunteer or visitor in words.
        CHECK ((injured_kind IN ('child', 'adult')) = (person_id IS NOT NULL)),
        CHECK ((injured_kind IN ('volunteer', 'visitor')) = (injured_name IS NOT NULL))
      ) STRICT;
      CREATE INDEX accident_by_date ON accident(occurred_on, id);
      CREATE INDEX accident_by_person ON accident(person_id) WHERE person_id IS NOT NULL;

      CREATE TABLE complaint (
        id                 INTEGER PRIMARY KEY,
        kind               TEXT NOT NULL CHECK (kind IN ('complaint', 'intent')),
        received_on        TEXT NOT NULL,
        channel            TEXT NOT NULL CHECK (channel IN ('letter', 'email', 'phone', 'in_person', 'naccc')),
        anonymous          INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        from_name          TEXT,
        from_contact       TEXT,
        -- The family's person who complained, where they are one (for subject access and erasure).
        from_person_id     INTEGER REFERENCES person(id),
        about              TEXT NOT NULL CHECK (about IN ('service', 'volunteer', 'decision', 'data_protection', 'other')),
        summary            TEXT NOT NULL,
        acknowledge_due_on TEXT NOT NULL,
        response_due_on    TEXT NOT NULL,
        acknowledged_on    TEXT,
        resolved_on        TEXT,
        outcome            TEXT CHECK (outcome IN ('upheld', 'partly_upheld', 'not_upheld', 'withdrawn')),
        resolution         TEXT,
        followed_up_on     TEXT,
        follow_up_method   TEXT CHECK (follow_up_method IN ('letter', 'email', 'phone', 'in_person')),
        followed_up_by     TEXT,
        escalated_to       TEXT CHECK (escalated_to IN ('naccc', 'ico')),
        escalated_on       TEXT,
        recorded_at        TEXT NOT NULL,
        recorded_by        INTEGER NOT NULL REFERENCES users(id),
        updated_at         TEXT NOT NULL,
        CHECK (anonymous = 0 OR (from_name IS NULL AND from_contact IS NULL AND from_person_id IS NULL)),
        CHECK (anonymous = 1 OR from_name IS NOT NULL),
        CHECK ((resolved_on IS NULL) = (outcome IS NULL)),
        CHECK ((followed_up_on IS NULL) = (follow_up_method IS NULL)),
        CHECK ((escalated_to IS NULL) = (escalated_on IS NULL))
      ) STRICT;
      CREATE INDEX complaint_by_received ON complaint(received_on, id);
      CREATE INDEX complaint_open ON complaint(response_due_on) WHERE resolved_on IS NULL;

      CREATE TABLE complaint_note (
        id           INTEGER PRIMARY KEY,
        complaint_id INTEGER NOT NULL REFERENCES complaint(id),
        text         TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
        written_at   TEXT NOT NULL,
        written_by   INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX complaint_note_by_complaint ON complaint_note(complaint_id, id);

      -- Anonymous by construction (P05): the answers, the day and the kind of form, nothing else.
      CREATE TABLE feedback_response (
        id          INTEGER PRIMARY KEY,
        context     TEXT NOT NULL CHECK (context IN ('session', 'end_of_service')),
        given_on    TEXT NOT NULL,
        via         TEXT NOT NULL CHECK (via IN ('paper', 'screen')),
        answers     TEXT NOT NULL CHECK (json_valid(answers)),
        comments    TEXT
      ) STRICT;
      CREATE INDEX feedback_response_by_date ON feedback_response(given_on);
    `)
  },
}
