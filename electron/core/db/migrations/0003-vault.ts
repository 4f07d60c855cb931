import type { Migration } from '../migrate'

/**
 * The document vault (P29). The blobs live under vault/ with opaque random names; everything
 * that says what a document is (title, type, category, size, SHA-256 of the plaintext, what it is
 * attached to) and its wrapped key live here, in the encrypted database, and nowhere else.
 */
export const m0003Vault: Migration = {
  version: 3,
  name: 'vault',
  up(db) {
    db.exec(`
      CREATE TABLE documents (
        id            TEXT PRIMARY KEY CHECK (length(id) = 32),
        blob_name     TEXT NOT NULL UNIQUE CHECK (length(blob_name) = 32),
        -- AES-256-GCM(vault subkey, document key): nonce | ciphertext | tag. Zeroed before the row is deleted.
        wrapped_key   BLOB NOT NULL CHECK (length(wrapped_key) = 60),
        title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        original_name TEXT,
        file_type     TEXT NOT NULL CHECK (file_type IN ('pdf', 'jpeg', 'png', 'tiff', 'docx', 'txt', 'eml')),
        -- What retention reads. No DBS category: certificates are never kept (P13).
        category      TEXT NOT NULL CHECK (category IN ('court_order', 'referral_form', 'previsit_checklist',
                        'correspondence', 'complaint_correspondence', 'safeguarding_record', 'hr_document', 'other')),
        size_bytes    INTEGER NOT NULL CHECK (size_bytes > 0),
        sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
        added_at      TEXT NOT NULL,
        added_by      INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE INDEX documents_by_category ON documents(category, added_at);

      -- One document can be attached to several records. Targets live in different tables (and
      -- volunteers, complaints and incidents arrive later), so no foreign key can name them: the
      -- core checks that the target exists, and triggers on each target table drop its links
      -- when a record is deleted (the document stays: retention decides its fate, by category).
      CREATE TABLE document_links (
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        target_type TEXT NOT NULL CHECK (target_type IN ('family', 'referral', 'person', 'volunteer', 'complaint', 'incident')),
        target_id   INTEGER NOT NULL,
        linked_at   TEXT NOT NULL,
        linked_by   INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (document_id, target_type, target_id)
      ) STRICT;
      CREATE INDEX document_links_by_target ON document_links(target_type, target_id);
      CREATE TRIGGER family_delete_unlinks_documents AFTER DELETE ON family
      BEGIN DELETE FROM document_links WHERE target_type = 'family' AND target_id = OLD.id; END;
      CREATE TRIGGER referral_delete_unlinks_documents AFTER DELETE ON referral
      BEGIN DELETE FROM document_links WHERE target_type = 'referral' AND target_id = OLD.id; END;
      CREATE TRIGGER person_delete_unlinks_documents AFTER DELETE ON person
      BEGIN DELETE FROM document_links WHERE target_type = 'person' AND target_id = OLD.id; END;

      -- Every export with its basis (P18). The audit log keeps the reason code; the explanation,
      -- which may name people, stays here and goes with the document when it is destroyed.
      CREATE TABLE document_exports (
        id          INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        exported_at TEXT NOT NULL,
        exported_by INTEGER NOT NULL REFERENCES users(id),
        reason_code TEXT NOT NULL CHECK (reason_code IN ('person_requested', 'law_or_court', 'safeguarding', 'emergency', 'service_provider', 'other')),
        reason_text TEXT NOT NULL CHECK (length(reason_text) BETWEEN 1 AND 1000)
      ) STRICT;
      CREATE INDEX document_exports_by_document ON document_exports(document_id, id);
    `)
  },
}
