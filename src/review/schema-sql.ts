/** The review database's tables. The audit table refuses UPDATE and DELETE: it is append-only. */
export const SCHEMA_VERSION = '1';

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS review_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

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
  status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
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
  action      TEXT NOT NULL CHECK (action IN ('queued', 'approve', 'reject')),
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
