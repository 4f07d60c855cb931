import type { Migration } from '../migrate'

/**
 * Families and referrals (issue 4): a family of two households (person.household), its
 * referrals with their status history, pre-visits, medical information held only under a
 * consent (P03), the correction history (P22) and the FTS5 search index.
 *
 * Retention (P07–P09) reads referral.source, court_order, cafcass_involved and closed_on:
 * closed_on is the day the referral ended, whether closed, declined or withdrawn.
 * The vault (0003) references family, referral and person by id; never rename them.
 */
export const m0002Families: Migration = {
  version: 2,
  name: 'families',
  up(db) {
    db.exec(`
      CREATE TABLE family (
        id          INTEGER PRIMARY KEY,
        -- "Nowak / Smith": the two households' surnames, kept in step with person rows.
        label       TEXT NOT NULL,
        sort_key    TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        created_by  INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX family_by_sort_key ON family(sort_key, id);

      CREATE TABLE person (
        id                   INTEGER PRIMARY KEY,
        family_id            INTEGER NOT NULL REFERENCES family(id),
        household            TEXT NOT NULL CHECK (household IN ('resident', 'non_resident')),
        role                 TEXT NOT NULL CHECK (role IN ('parent', 'carer', 'approved_adult', 'child')),
        relationship         TEXT,
        given_name           TEXT NOT NULL,
        family_name          TEXT NOT NULL,
        -- lower-case, diacritics and punctuation removed: the duplicate check's key.
        name_key             TEXT NOT NULL,
        date_of_birth        TEXT,
        address_line1        TEXT,
        address_line2        TEXT,
        town                 TEXT,
        postcode             TEXT,
        -- Never shown to the other household; masked on screen until an audited reveal.
        address_confidential INTEGER NOT NULL DEFAULT 0 CHECK (address_confidential IN (0, 1)),
        mobile_phone         TEXT,
        other_phone          TEXT,
        email                TEXT,
        preferred_contact    TEXT CHECK (preferred_contact IN ('phone', 'text', 'email', 'post')),
        language             TEXT,
        interpreter_needed   INTEGER NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
        access_needs         TEXT,
        lives_with_person_id INTEGER REFERENCES person(id),
        source               TEXT NOT NULL,
        created_at           TEXT NOT NULL,
        created_by           INTEGER REFERENCES users(id),
        updated_at           TEXT NOT NULL,
        CHECK (role <> 'child' OR (date_of_birth IS NOT NULL AND lives_with_person_id IS NOT NULL)),
        CHECK (role = 'child' OR lives_with_person_id IS NULL)
      ) STRICT;
      CREATE INDEX person_by_family ON person(family_id, household, role);
      CREATE INDEX person_by_name_dob ON person(name_key, date_of_birth);
      CREATE INDEX person_by_mobile ON person(mobile_phone) WHERE mobile_phone IS NOT NULL;
      CREATE INDEX person_by_other_phone ON person(other_phone) WHERE other_phone IS NOT NULL;
      CREATE INDEX person_by_lives_with ON person(lives_with_person_id) WHERE lives_with_person_id IS NOT NULL;

      CREATE TABLE referral (
        id                      INTEGER PRIMARY KEY,
        family_id               INTEGER NOT NULL REFERENCES family(id),
        reference               TEXT NOT NULL UNIQUE,
        ref_year                INTEGER NOT NULL,
        ref_seq                 INTEGER NOT NULL,
        source                  TEXT NOT NULL CHECK (source IN ('self', 'cafcass', 'solicitor', 'court', 'local_authority', 'srs', 'other_organisation')),
        record_source           TEXT NOT NULL,
        referrer_name           TEXT,
        referrer_organisation   TEXT,
        referrer_email          TEXT,
        referrer_phone          TEXT,
        received_on             TEXT NOT NULL,
        court_order             INTEGER NOT NULL CHECK (court_order IN (0, 1)),
        court_name              TEXT,
        court_order_date        TEXT,
        court_case_number       TEXT,
        cafcass_involved        INTEGER NOT NULL CHECK (cafcass_involved IN (0, 1)),
        contact_type            TEXT NOT NULL CHECK (contact_type IN ('supported', 'supervised', 'handover')),
        injunction_in_place     INTEGER NOT NULL CHECK (injunction_in_place IN (0, 1)),
        injunction_details      TEXT,
        separate_arrival        INTEGER NOT NULL CHECK (separate_arrival IN (0, 1)),
        collection_arrangements TEXT,
        status                  TEXT NOT NULL CHECK (status IN ('received', 'previsits_booked', 'previsits_done', 'accepted', 'declined', 'withdrawn', 'active', 'closed')),
        status_on               TEXT NOT NULL,
        closed_on               TEXT,
        closed_reason           TEXT,
        created_at              TEXT NOT NULL,
        created_by              INTEGER REFERENCES users(id),
        updated_at              TEXT NOT NULL,
        UNIQUE (ref_year, ref_seq),
        CHECK ((status IN ('declined', 'withdrawn', 'closed')) = (closed_on IS NOT NULL))
      ) STRICT;
      CREATE INDEX referral_by_family ON referral(family_id, received_on);
      CREATE INDEX referral_by_status ON referral(status, closed_on);

      CREATE TABLE referral_status_history (
        id           INTEGER PRIMARY KEY,
        referral_id  INTEGER NOT NULL REFERENCES referral(id),
        from_status  TEXT,
        to_status    TEXT NOT NULL,
        effective_on TEXT NOT NULL,
        reason       TEXT,
        recorded_at  TEXT NOT NULL,
        recorded_by  INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX referral_status_history_by_referral ON referral_status_history(referral_id, id);

      CREATE TABLE previsit (
        id           INTEGER PRIMARY KEY,
        referral_id  INTEGER NOT NULL REFERENCES referral(id),
        person_id    INTEGER NOT NULL REFERENCES person(id),
        booked_for   TEXT,
        completed_on TEXT,
        conducted_by TEXT,
        -- The checklist as it stood when completed: [{ id, heading, ticked }].
        items        TEXT CHECK (items IS NULL OR json_valid(items)),
        notes        TEXT,
        source       TEXT NOT NULL,
        recorded_at  TEXT NOT NULL,
        recorded_by  INTEGER REFERENCES users(id),
        updated_at   TEXT NOT NULL,
        CHECK (booked_for IS NOT NULL OR completed_on IS NOT NULL)
      ) STRICT;
      CREATE INDEX previsit_by_referral ON previsit(referral_id, person_id);
      CREATE INDEX previsit_by_person ON previsit(person_id);

      -- Who consented to medical information being held, when and how (P03). The consent row
      -- outlives a withdrawal, as the record that consent was given and then withdrawn; it
      -- holds no medical information itself.
      CREATE TABLE consent (
        id                    INTEGER PRIMARY KEY,
        person_id             INTEGER NOT NULL REFERENCES person(id),
        topic                 TEXT NOT NULL CHECK (topic IN ('medical')),
        given_by              TEXT NOT NULL,
        given_on              TEXT NOT NULL,
        method                TEXT NOT NULL CHECK (method IN ('written', 'verbal', 'email', 'form')),
        source                TEXT NOT NULL,
        recorded_at           TEXT NOT NULL,
        recorded_by           INTEGER REFERENCES users(id),
        withdrawn_on          TEXT,
        withdrawn_method      TEXT CHECK (withdrawn_method IN ('written', 'verbal', 'email', 'form')),
        withdrawn_recorded_at TEXT,
        withdrawn_recorded_by INTEGER REFERENCES users(id),
        CHECK ((withdrawn_on IS NULL) = (withdrawn_method IS NULL))
      ) STRICT;
      CREATE INDEX consent_by_person ON consent(person_id, topic);

      CREATE TABLE medical_info (
        id          INTEGER PRIMARY KEY,
        person_id   INTEGER NOT NULL REFERENCES person(id),
        consent_id  INTEGER NOT NULL REFERENCES consent(id),
        kind        TEXT NOT NULL CHECK (kind IN ('medical', 'allergy', 'dietary')),
        details     TEXT NOT NULL,
        source      TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        recorded_by INTEGER REFERENCES users(id),
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX medical_info_by_person ON medical_info(person_id);
      CREATE INDEX medical_info_by_consent ON medical_info(consent_id);

      -- Medical information cannot exist without a live consent for that person, whatever
      -- code path writes it.
      CREATE TRIGGER medical_info_needs_consent BEFORE INSERT ON medical_info
      WHEN NOT EXISTS (SELECT 1 FROM consent c WHERE c.id = NEW.consent_id AND c.person_id = NEW.person_id AND c.topic = 'medical' AND c.withdrawn_on IS NULL)
      BEGIN SELECT RAISE(ABORT, 'medical information needs a current consent for the same person'); END;
      CREATE TRIGGER medical_info_needs_consent_on_update BEFORE UPDATE ON medical_info
      WHEN NOT EXISTS (SELECT 1 FROM consent c WHERE c.id = NEW.consent_id AND c.person_id = NEW.person_id AND c.topic = 'medical' AND c.withdrawn_on IS NULL)
      BEGIN SELECT RAISE(ABORT, 'medical information needs a current consent for the same person'); END;

      -- Corrections (P22): who changed which field when, from what to what, on what source.
      -- It holds OLD VALUES OF PERSONAL DATA, so it lives only here in the encrypted database,
      -- is shown to coordinators only (families.history), is deleted with the medical entry it
      -- describes when consent is withdrawn, and is part of what erasure (P23) must remove.
      CREATE TABLE change_history (
        id          INTEGER PRIMARY KEY,
        family_id   INTEGER NOT NULL REFERENCES family(id),
        record_type TEXT NOT NULL CHECK (record_type IN ('person', 'referral', 'previsit', 'medical')),
        record_id   INTEGER NOT NULL,
        field       TEXT NOT NULL,
        old_value   TEXT,
        new_value   TEXT,
        source      TEXT NOT NULL,
        changed_at  TEXT NOT NULL,
        changed_by  INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX change_history_by_family ON change_history(family_id, id);
      CREATE INDEX change_history_by_record ON change_history(record_type, record_id);

      -- One row per family (rowid = family.id): names, referral references and non-confidential
      -- postcodes. Rewritten in the same transaction as every write that changes them.
      CREATE VIRTUAL TABLE family_fts USING fts5(
        names, refs, postcodes,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );
      -- Deleted tokens are removed from the index too, not just marked: erased names must go.
      INSERT INTO family_fts (family_fts, rank) VALUES ('secure-delete', 1);
    `)
  },
}
