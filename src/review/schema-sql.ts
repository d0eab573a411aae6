/**
 * The review database's tables. The audit table refuses UPDATE and DELETE: it is append-only.
 * Version 2 adds the `withdrawn` status (a pending item a later run of the same document no longer
 * raises) and the audit actions `withdraw` and `requeue`; `MIGRATE_1_TO_2_SQL` rebuilds a version 1
 * database in place, keeping every item and audit row.
 */
export const SCHEMA_VERSION = '2';

/** The table holding the schema version: created first, so the version can be read before anything else. */
export const META_SQL = `CREATE TABLE IF NOT EXISTS review_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`;

export const SCHEMA_SQL = `
${META_SQL}

CREATE TABLE IF NOT EXISTS review_items (
  id            TEXT PRIMARY KEY,
  document_id   TEXT NOT NULL,
  case_id       TEXT,
  file_name     TEXT NOT NULL,
  page          INTEGER NOT NULL CHECK (page >= 1),
  kind          TEXT NOT NULL,
  text          TEXT NOT NULL,
  reasons       TEXT NOT NULL,
  score         REAL NOT NULL,
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
  created_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL,
  seen_count    INTEGER NOT NULL DEFAULT 1,
  decided_by    TEXT,
  decided_at    TEXT,
  decision_note TEXT
);
CREATE INDEX IF NOT EXISTS review_items_status ON review_items (status);
CREATE INDEX IF NOT EXISTS review_items_case ON review_items (case_id);
CREATE INDEX IF NOT EXISTS review_items_document ON review_items (document_id);

CREATE TABLE IF NOT EXISTS review_audit (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  item_id     TEXT NOT NULL REFERENCES review_items (id),
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('queued', 'approve', 'reject', 'withdraw', 'requeue')),
  from_status TEXT,
  to_status   TEXT NOT NULL,
  note        TEXT
);
CREATE INDEX IF NOT EXISTS review_audit_item ON review_audit (item_id);
CREATE TRIGGER IF NOT EXISTS review_audit_no_update BEFORE UPDATE ON review_audit
  BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_audit_no_delete BEFORE DELETE ON review_audit
  BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
`;

/**
 * Version 1 → 2: SQLite cannot change a CHECK constraint, so both tables are rebuilt (create the new
 * table, copy, drop, rename) inside the caller's transaction, with foreign keys off around it.
 */
export const MIGRATE_1_TO_2_SQL = `
DROP TRIGGER IF EXISTS review_audit_no_update;
DROP TRIGGER IF EXISTS review_audit_no_delete;
ALTER TABLE review_items RENAME TO review_items_v1;
ALTER TABLE review_audit RENAME TO review_audit_v1;
DROP INDEX IF EXISTS review_items_status;
DROP INDEX IF EXISTS review_items_case;
DROP INDEX IF EXISTS review_items_document;
DROP INDEX IF EXISTS review_audit_item;
${SCHEMA_SQL}
INSERT INTO review_items SELECT * FROM review_items_v1;
INSERT INTO review_audit SELECT * FROM review_audit_v1;
DROP TABLE review_audit_v1;
DROP TABLE review_items_v1;
`;
