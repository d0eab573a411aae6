/**
 * The human review queue in SQLite (better-sqlite3, WAL): items a person must decide before
 * disbursement, and an append-only audit of every decision (who, when, what, why).
 *
 * Safe when a batch and an officer use one database at once: WAL lets readers run beside the
 * writer, every write is one `BEGIN IMMEDIATE` transaction (takes the write lock up front, so no
 * deadlocked lock upgrades), and `busy_timeout` makes a second writer wait instead of failing.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { reviewItemId } from './id.js';
import { META_SQL, MIGRATE_1_TO_2_SQL, SCHEMA_SQL, SCHEMA_VERSION } from './schema-sql.js';

/**
 * `withdrawn`: the item was pending, and a later run of the same document (same bytes) no longer
 * raises it, typically after a docreview upgrade. It does not hold a case; it stays listed with its
 * audit, and goes back to `pending` if a later run raises it again. Decided items are never withdrawn.
 */
export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';
export type ReviewDecision = 'approve' | 'reject';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

export interface ReviewItemInput {
  /** Deterministic id (the report's review item id); derived from document, page, kind and text when absent. */
  id?: string;
  documentId: string;
  caseId?: string;
  fileName: string;
  page: number;
  kind: string;
  text: string;
  reasons: string[];
  score: number;
}

export interface StoredReviewItem extends Required<Omit<ReviewItemInput, 'caseId'>> {
  caseId?: string;
  status: ReviewStatus;
  createdAt: string;
  lastSeenAt: string;
  /** How many runs have queued this item. */
  seenCount: number;
  decidedBy?: string;
  decidedAt?: string;
  note?: string;
}

export interface AuditEntry {
  seq: number;
  itemId: string;
  at: string;
  actor: string;
  action: 'queued' | ReviewDecision | 'withdraw' | 'requeue';
  fromStatus?: ReviewStatus;
  toStatus: ReviewStatus;
  note?: string;
}

export interface ResolveInput {
  decision: ReviewDecision;
  reviewer: string;
  note?: string;
  /**
   * Re-deciding an item already approved or rejected is refused unless this is set: a second
   * decision is then recorded beside the first in the audit, never over it.
   */
  override?: boolean;
}

/** A request the queue cannot carry out (unknown item, item already decided, bad decision). */
export class ReviewStoreError extends Error {
  constructor(readonly code: 'NOT_FOUND' | 'ALREADY_DECIDED' | 'INVALID', message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ReviewStoreError';
  }
}

export interface ReviewStoreOptions {
  /** Clock for timestamps (tests). */
  now?: () => Date;
  /** Milliseconds a writer waits for another writer's lock. */
  busyTimeoutMs?: number;
}

/** Where the queue lives unless told: `$DOCREVIEW_DATA_DIR/review.db`, else `./.docreview/review.db`. */
export function defaultReviewDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.DOCREVIEW_DATA_DIR || '.docreview', 'review.db');
}

interface Row {
  id: string; document_id: string; case_id: string | null; file_name: string; page: number; kind: string; text: string;
  reasons: string; score: number; status: ReviewStatus; created_at: string; last_seen_at: string; seen_count: number;
  decided_by: string | null; decided_at: string | null; decision_note: string | null;
}

interface AuditRow { seq: number; item_id: string; at: string; actor: string; action: AuditEntry['action']; from_status: ReviewStatus | null; to_status: ReviewStatus; note: string | null }

export type ReviewStore = ReturnType<typeof openReviewStore>;

/**
 * Open (creating if needed) the review queue.
 * @example
 * const store = openReviewStore();
 * store.upsert(items);                       // idempotent: a re-run adds nothing
 * store.resolve(id, { decision: 'approve', reviewer: 'wang.li', note: 'rate agreed by credit committee' });
 * store.close();
 */
export function openReviewStore(file: string = defaultReviewDbPath(), options: ReviewStoreOptions = {}) {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 15_000}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  migrate(db, file); // leaves foreign keys on
  const now = (): string => (options.now?.() ?? new Date()).toISOString();

  const insertItem = db.prepare(`INSERT INTO review_items
    (id, document_id, case_id, file_name, page, kind, text, reasons, score, status, created_at, last_seen_at, seen_count)
    VALUES (@id, @documentId, @caseId, @fileName, @page, @kind, @text, @reasons, @score, 'pending', @at, @at, 1)
    ON CONFLICT (id) DO NOTHING`);
  const refreshItem = db.prepare(`UPDATE review_items
    SET reasons = @reasons, score = @score, last_seen_at = @at, seen_count = seen_count + 1,
        case_id = COALESCE(case_id, @caseId)
    WHERE id = @id`);
  const insertAudit = db.prepare(`INSERT INTO review_audit (item_id, at, actor, action, from_status, to_status, note)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const getRow = db.prepare(`SELECT * FROM review_items WHERE id = ?`);
  const requeueItem = db.prepare(`UPDATE review_items SET status = 'pending' WHERE id = ? AND status = 'withdrawn'`);
  const pendingOf = db.prepare(`SELECT id FROM review_items WHERE document_id = ? AND status = 'pending'`);
  const withdrawItem = db.prepare(`UPDATE review_items SET status = 'withdrawn' WHERE id = ? AND status = 'pending'`);

  const upsertAll = db.transaction((items: readonly ReviewItemInput[], actor: string) => {
    let inserted = 0;
    let updated = 0;
    for (const item of items) {
      validateInput(item);
      const at = now();
      const params = {
        id: itemId(item),
        documentId: item.documentId, caseId: item.caseId ?? null, fileName: item.fileName, page: item.page,
        kind: item.kind, text: item.text, reasons: JSON.stringify(item.reasons), score: item.score, at,
      };
      if (insertItem.run(params).changes === 1) {
        inserted++;
        insertAudit.run(params.id, at, actor, 'queued', null, 'pending', item.reasons.join(' '));
      } else {
        refreshItem.run(params);
        if (requeueItem.run(params.id).changes === 1) insertAudit.run(params.id, at, actor, 'requeue', 'withdrawn', 'pending', item.reasons.join(' '));
        updated++;
      }
    }
    return { inserted, updated };
  });

  const withdrawStale = (documentId: string, keep: ReadonlySet<string>, actor: string, note: string): number => {
    let withdrawn = 0;
    for (const { id } of pendingOf.all(documentId) as { id: string }[]) {
      if (keep.has(id) || withdrawItem.run(id).changes !== 1) continue;
      insertAudit.run(id, now(), actor, 'withdraw', 'pending', 'withdrawn', note);
      withdrawn++;
    }
    return withdrawn;
  };
  const syncAll = db.transaction((documentId: string, items: readonly ReviewItemInput[], actor: string, note: string) => {
    const counts = upsertAll(items, actor);
    return { ...counts, withdrawn: withdrawStale(documentId, new Set(items.map(itemId)), actor, note) };
  });

  const resolveOne = db.transaction((id: string, input: ResolveInput) => {
    const row = getRow.get(id) as Row | undefined;
    if (!row) throw new ReviewStoreError('NOT_FOUND', `No review item \`${id}\`.`);
    if (row.status !== 'pending' && row.status !== 'withdrawn' && !input.override) {
      throw new ReviewStoreError('ALREADY_DECIDED', `Review item \`${id}\` was already ${row.status} by ${row.decided_by} at ${row.decided_at}; pass override to decide it again.`);
    }
    const to: ReviewStatus = input.decision === 'approve' ? 'approved' : 'rejected';
    const at = now();
    db.prepare(`UPDATE review_items SET status = ?, decided_by = ?, decided_at = ?, decision_note = ? WHERE id = ?`)
      .run(to, input.reviewer, at, input.note ?? null, id);
    insertAudit.run(id, at, input.reviewer, input.decision, row.status, to, input.note ?? null);
  });

  return {
    path: file,

    /** Queue items; an item already queued (same id) keeps its status and decision. */
    upsert(items: readonly ReviewItemInput[], actor = 'docreview'): { inserted: number; updated: number } {
      return upsertAll.immediate(items, actor);
    },

    /**
     * One run's full set of items for a document (by content hash): queue them, and withdraw that
     * document's pending items the run no longer raises. Approved and rejected items are untouched.
     */
    sync(documentId: string, items: readonly ReviewItemInput[], actor = 'docreview', note = 'no longer raised when the same document was checked again'): { inserted: number; updated: number; withdrawn: number } {
      if (items.some((i) => i.documentId !== documentId)) throw new ReviewStoreError('INVALID', `Expected every item to belong to document ${documentId}.`);
      return syncAll.immediate(documentId, items, actor, note);
    },

    list(filter: { status?: ReviewStatus; caseId?: string; documentId?: string } = {}): StoredReviewItem[] {
      if (filter.status && !REVIEW_STATUSES.includes(filter.status)) {
        throw new ReviewStoreError('INVALID', `Expected status ${REVIEW_STATUSES.join(', ')}, got \`${filter.status}\`.`);
      }
      const rows = db.prepare(`SELECT * FROM review_items
        WHERE (@status IS NULL OR status = @status) AND (@caseId IS NULL OR case_id = @caseId) AND (@documentId IS NULL OR document_id = @documentId)
        ORDER BY created_at, id`).all({ status: filter.status ?? null, caseId: filter.caseId ?? null, documentId: filter.documentId ?? null }) as Row[];
      return rows.map(fromRow);
    },

    get(id: string): StoredReviewItem | undefined {
      const row = getRow.get(id) as Row | undefined;
      return row ? fromRow(row) : undefined;
    },

    /** Record a decision. Throws `ReviewStoreError` for an unknown id or an item already decided. */
    resolve(id: string, input: ResolveInput): StoredReviewItem {
      if (input.decision !== 'approve' && input.decision !== 'reject') {
        throw new ReviewStoreError('INVALID', `Expected decision approve or reject, got \`${String(input.decision)}\`.`);
      }
      if (!input.reviewer?.trim()) throw new ReviewStoreError('INVALID', 'Expected a reviewer name, got an empty one.');
      resolveOne.immediate(id, { ...input, reviewer: input.reviewer.trim() });
      return fromRow(getRow.get(id) as Row);
    },

    /** Every event of an item, oldest first. */
    audit(id: string): AuditEntry[] {
      const rows = db.prepare(`SELECT * FROM review_audit WHERE item_id = ? ORDER BY seq`).all(id) as AuditRow[];
      return rows.map((r) => ({
        seq: r.seq, itemId: r.item_id, at: r.at, actor: r.actor, action: r.action, toStatus: r.to_status,
        ...(r.from_status ? { fromStatus: r.from_status } : {}), ...(r.note !== null ? { note: r.note } : {}),
      }));
    },

    /** Items of these documents still pending or rejected: any one of them puts a case on HOLD. */
    blockingFor(documentIds: readonly string[]): StoredReviewItem[] {
      if (documentIds.length === 0) return [];
      const rows = db.prepare(`SELECT * FROM review_items WHERE status IN ('pending', 'rejected')
        AND document_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`).all(JSON.stringify(documentIds)) as Row[];
      return rows.map(fromRow);
    },

    close(): void {
      db.close();
    },
  };
}

/** An item's id: its own, else derived from its document, page, kind and text. */
function itemId(item: ReviewItemInput): string {
  return item.id ?? reviewItemId(item.documentId, `${item.kind}:page:${item.page}`, item.text);
}

/** Create the schema, or bring an older database up to this version, in one immediate transaction. */
function migrate(db: Database.Database, file: string): void {
  db.pragma('foreign_keys = OFF'); // the table rebuild of a migration; no effect inside a transaction, so set here
  try {
    db.transaction(() => {
      db.exec(META_SQL);
      // Read under the write lock: a second process migrating at once waits, then sees this version.
      const version = (db.prepare(`SELECT value FROM review_meta WHERE key = 'schema_version'`).get() as { value: string } | undefined)?.value;
      if (version === undefined) {
        db.exec(SCHEMA_SQL);
        db.prepare(`INSERT INTO review_meta (key, value) VALUES ('schema_version', ?)`).run(SCHEMA_VERSION);
      } else if (version === '1') {
        db.exec(MIGRATE_1_TO_2_SQL);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migrating review database ${file} to schema 2 broke ${broken.length} foreign keys.`);
        db.prepare(`UPDATE review_meta SET value = ? WHERE key = 'schema_version'`).run(SCHEMA_VERSION);
      } else if (version !== SCHEMA_VERSION) {
        throw new Error(`Expected review database schema ${SCHEMA_VERSION} in ${file}, got ${version}.`);
      }
    }).immediate();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function validateInput(item: ReviewItemInput): void {
  if (!item.documentId) throw new ReviewStoreError('INVALID', 'Expected a documentId (sha256 of the file), got an empty one.');
  if (!Number.isInteger(item.page) || item.page < 1) throw new ReviewStoreError('INVALID', `Expected a page number from 1 up, got \`${item.page}\`.`);
  if (!Array.isArray(item.reasons)) throw new ReviewStoreError('INVALID', `Expected reasons as an array of strings, got \`${typeof item.reasons}\`.`);
}

function fromRow(r: Row): StoredReviewItem {
  return {
    id: r.id, documentId: r.document_id, ...(r.case_id ? { caseId: r.case_id } : {}), fileName: r.file_name,
    page: r.page, kind: r.kind, text: r.text, reasons: JSON.parse(r.reasons) as string[], score: r.score, status: r.status,
    createdAt: r.created_at, lastSeenAt: r.last_seen_at, seenCount: r.seen_count,
    ...(r.decided_by ? { decidedBy: r.decided_by } : {}), ...(r.decided_at ? { decidedAt: r.decided_at } : {}),
    ...(r.decision_note !== null ? { note: r.decision_note } : {}),
  };
}
