import type { Migration } from '../migrate'

/** Users, centre settings and the append-only, HMAC-chained audit log. */
export const m0001Core: Migration = {
  version: 1,
  name: 'core',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE users (
        id                     INTEGER PRIMARY KEY,
        username               TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name           TEXT NOT NULL,
        role                   TEXT NOT NULL CHECK (role IN ('coordinator', 'volunteer')),
        created_at             TEXT NOT NULL,
        created_by             INTEGER REFERENCES users(id),
        disabled_at            TEXT,
        confidentiality_ack_at TEXT
      ) STRICT;

      -- Never holds personal data: the actor, what was done and a record reference.
      CREATE TABLE audit_log (
        id            INTEGER PRIMARY KEY,
        at            TEXT NOT NULL,
        actor_user_id INTEGER,
        actor         TEXT NOT NULL,
        action        TEXT NOT NULL,
        record_type   TEXT,
        record_id     TEXT,
        detail        TEXT,
        prev_mac      TEXT NOT NULL,
        mac           TEXT NOT NULL
      ) STRICT;
      CREATE INDEX audit_log_by_actor ON audit_log(actor_user_id, id);
      CREATE INDEX audit_log_by_action ON audit_log(action, id);
      CREATE INDEX audit_log_by_at ON audit_log(at);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- The chain's head, MACed on its own so that cutting rows off the end is detected too.
      CREATE TABLE audit_head (
        one      INTEGER PRIMARY KEY CHECK (one = 1),
        last_id  INTEGER NOT NULL,
        last_mac TEXT NOT NULL,
        head_mac TEXT NOT NULL
      ) STRICT;
    `)
  },
}
