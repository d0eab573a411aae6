/**
 * The review queue: idempotent upserts, decisions and their append-only audit, HOLD for pending
 * or rejected items, and two processes writing at once without losing anything.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultReviewDbPath, openReviewStore, ReviewStoreError, type ReviewItemInput } from '../src/review/store.js';
import { caseReviewInputs, queueReport, reviewHold, reviewInputsOf } from '../src/review/queue.js';
import type { DocumentReport } from '../src/model/schema.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'docreview-review-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

const item = (n: number, extra: Partial<ReviewItemInput> = {}): ReviewItemInput => ({
  id: `rv-test-${n}`, documentId: 'doc-a', caseId: 'C-1', fileName: 'contract.pdf', page: 2, kind: 'clause',
  text: `第${n}条 借款用途不限。`, reasons: ['Funds usable for any purpose'], score: 1, ...extra,
});

describe('review store', () => {
  it('defaults to $DOCREVIEW_DATA_DIR/review.db, else ./.docreview/review.db', () => {
    expect(defaultReviewDbPath({ DOCREVIEW_DATA_DIR: '/srv/docreview' })).toBe('/srv/docreview/review.db');
    expect(defaultReviewDbPath({})).toBe(path.join('.docreview', 'review.db'));
  });

  it('queues items once: running the same document again does not grow the queue', () => {
    const store = openReviewStore(path.join(dir, 'r.db'));
    expect(store.upsert([item(1), item(2)])).toEqual({ inserted: 2, updated: 0 });
    expect(store.upsert([item(1), item(2)])).toEqual({ inserted: 0, updated: 2 });
    expect(store.list()).toHaveLength(2);
    expect(store.get('rv-test-1')).toMatchObject({ status: 'pending', seenCount: 2, caseId: 'C-1', reasons: ['Funds usable for any purpose'] });
    expect(store.audit('rv-test-1').map((a) => a.action)).toEqual(['queued']);
    store.close();
  });

  it('derives a stable id when none is given', () => {
    const store = openReviewStore(path.join(dir, 'r.db'));
    const { id: _id, ...noId } = item(3);
    store.upsert([noId]);
    store.upsert([noId]);
    expect(store.list()).toHaveLength(1);
    expect(store.list()[0]?.id).toMatch(/^rv-[0-9a-f]{20}$/u);
    store.close();
  });

  it('records decisions in an append-only audit and refuses to decide twice unless overridden', () => {
    let clock = Date.UTC(2025, 5, 1, 9);
    const store = openReviewStore(path.join(dir, 'r.db'), { now: () => new Date((clock += 60_000)) });
    store.upsert([item(1)]);
    const decided = store.resolve('rv-test-1', { decision: 'reject', reviewer: 'wang.li', note: 'rate above cap' });
    expect(decided).toMatchObject({ status: 'rejected', decidedBy: 'wang.li', note: 'rate above cap', decidedAt: '2025-06-01T09:02:00.000Z' });
    expect(() => store.resolve('rv-test-1', { decision: 'approve', reviewer: 'zhao' })).toThrow(ReviewStoreError);
    store.resolve('rv-test-1', { decision: 'approve', reviewer: 'chen', note: 'committee waiver', override: true });
    expect(store.audit('rv-test-1').map((a) => [a.actor, a.action, a.fromStatus, a.toStatus, a.note])).toEqual([
      ['docreview', 'queued', undefined, 'pending', 'Funds usable for any purpose'],
      ['wang.li', 'reject', 'pending', 'rejected', 'rate above cap'],
      ['chen', 'approve', 'rejected', 'approved', 'committee waiver'],
    ]);
    expect(() => store.resolve('nope', { decision: 'approve', reviewer: 'x' })).toThrow(/No review item/u);
    expect(() => store.resolve('rv-test-1', { decision: 'maybe' as 'approve', reviewer: 'x' })).toThrow(/approve or reject/u);
    expect(() => store.resolve('rv-test-1', { decision: 'approve', reviewer: ' ', override: true })).toThrow(/reviewer/u);
    store.upsert([item(1)]);
    expect(store.get('rv-test-1')?.status).toBe('approved');
    store.close();
    const raw = new Database(path.join(dir, 'r.db'));
    expect(() => raw.prepare(`UPDATE review_audit SET actor = 'someone else'`).run()).toThrow(/append-only/u);
    expect(() => raw.prepare(`DELETE FROM review_audit`).run()).toThrow(/append-only/u);
    raw.close();
  });

  it('filters by status and case, and holds a case while items are pending or rejected', () => {
    const store = openReviewStore(path.join(dir, 'r.db'));
    store.upsert([item(1), item(2), item(3, { documentId: 'doc-b', caseId: 'C-2' })]);
    store.resolve('rv-test-1', { decision: 'approve', reviewer: 'wang' });
    store.resolve('rv-test-2', { decision: 'reject', reviewer: 'wang' });
    expect(store.list({ status: 'pending' }).map((i) => i.id)).toEqual(['rv-test-3']);
    expect(store.list({ caseId: 'C-1' }).map((i) => i.id)).toEqual(['rv-test-1', 'rv-test-2']);
    expect(store.blockingFor(['doc-a']).map((i) => [i.id, i.status])).toEqual([['rv-test-2', 'rejected']]);
    expect(reviewHold(store, ['doc-a', 'doc-b']).items.map((i) => i.id)).toEqual(['rv-test-2', 'rv-test-3']);
    store.resolve('rv-test-2', { decision: 'approve', reviewer: 'chen', override: true });
    store.resolve('rv-test-3', { decision: 'approve', reviewer: 'chen' });
    expect(reviewHold(store, ['doc-a', 'doc-b'])).toEqual({ hold: false, items: [] });
    expect(store.blockingFor([])).toEqual([]);
    store.close();
  });

  it('queues a report\'s review items and its low-confidence pages', () => {
    const report = {
      schemaVersion: '1',
      document: { id: 'doc-c', fileName: 'scan.pdf', mediaType: 'application/pdf', pageCount: 2, docType: 'loan_contract', docTypeConfidence: 0.9, language: 'zh' },
      pages: [], fields: {}, timings: { totalMs: 1 },
      findings: [{ code: 'LOW_OCR_CONFIDENCE', severity: 'medium', message: 'Page 2 was read with low OCR confidence (41).', page: 2, evidence: { ocrConfidence: 41 } }],
      reviewItems: [{ id: 'rv-clause-1', kind: 'clause', page: 1, text: '借款用途不限。', reason: 'Funds usable for any purpose', score: 1 }],
    } satisfies DocumentReport;
    expect(reviewInputsOf(report).map((i) => [i.kind, i.page, i.score])).toEqual([['clause', 1, 1], ['low-confidence', 2, 0.59]]);
    const store = openReviewStore(path.join(dir, 'r.db'));
    expect(queueReport(store, report, 'C-9')).toEqual({ inserted: 2, updated: 0, withdrawn: 0 });
    expect(queueReport(store, report, 'C-9')).toEqual({ inserted: 0, updated: 2, withdrawn: 0 });
    expect(store.list({ caseId: 'C-9' })).toHaveLength(2);
    store.close();
  });

  it('withdraws pending items a later run of the same document no longer raises, and requeues them if raised again', () => {
    const report = (items: { id: string; text: string }[]): DocumentReport => ({
      schemaVersion: '1',
      document: { id: 'doc-w', fileName: 'contract.pdf', mediaType: 'application/pdf', pageCount: 3, docType: 'loan_contract', docTypeConfidence: 0.9, language: 'zh' },
      pages: [], fields: {}, timings: { totalMs: 1 }, findings: [],
      reviewItems: items.map((i) => ({ ...i, kind: 'clause', page: 2, reason: 'unusual', score: 0.8 })),
    });
    const a = { id: 'rv-a', text: '贷款人有权单方调整利率。' };
    const b = { id: 'rv-b', text: '借款人放弃一切抗辩。' };
    const c = { id: 'rv-c', text: '交叉违约及于关联公司。' };
    const store = openReviewStore(path.join(dir, 'r.db'));
    queueReport(store, report([a, b, c]), 'C-W');
    store.resolve('rv-c', { decision: 'reject', reviewer: 'wang' });
    // The next run (say, after an upgrade) raises only a: b is withdrawn, the rejected c stays rejected.
    expect(queueReport(store, report([a]), 'C-W')).toEqual({ inserted: 0, updated: 1, withdrawn: 1 });
    expect(store.list({ caseId: 'C-W' }).map((i) => [i.id, i.status])).toEqual([['rv-a', 'pending'], ['rv-b', 'withdrawn'], ['rv-c', 'rejected']]);
    expect(store.blockingFor(['doc-w']).map((i) => i.id)).toEqual(['rv-a', 'rv-c']);
    expect(store.audit('rv-b').map((a2) => [a2.action, a2.fromStatus, a2.toStatus])).toEqual([['queued', undefined, 'pending'], ['withdraw', 'pending', 'withdrawn']]);
    expect(store.audit('rv-b')[1]?.note).toMatch(/no longer raised when contract\.pdf was checked again/u);
    // Another document's items are not touched by this document's run.
    store.upsert([item(7, { documentId: 'doc-other' })]);
    queueReport(store, report([]), 'C-W');
    expect(store.get('rv-test-7')?.status).toBe('pending');
    expect(store.get('rv-a')?.status).toBe('withdrawn');
    // Raised again: back to pending, with the audit saying so; a withdrawn item can still be decided.
    expect(queueReport(store, report([a, b]), 'C-W')).toEqual({ inserted: 0, updated: 2, withdrawn: 0 });
    expect(store.audit('rv-b').map((e) => e.action)).toEqual(['queued', 'withdraw', 'requeue']);
    queueReport(store, report([a]), 'C-W');
    expect(store.resolve('rv-b', { decision: 'approve', reviewer: 'li' }).status).toBe('approved');
    expect(store.list({ status: 'withdrawn' })).toEqual([]);
    // An unreadable run says nothing about the clauses: nothing is withdrawn.
    const failed = { ...report([]), error: { code: 'CORRUPT_FILE', message: 'truncated' } } as DocumentReport;
    expect(queueReport(store, failed, 'C-W')).toEqual({ inserted: 0, updated: 0, withdrawn: 0 });
    expect(store.get('rv-a')?.status).toBe('pending');
    store.close();
  });

  it('migrates a schema 1 database in place, keeping every item and audit row', () => {
    const file = path.join(dir, 'v1.db');
    const raw = new Database(file);
    raw.exec(`
      CREATE TABLE review_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      INSERT INTO review_meta VALUES ('schema_version', '1');
      CREATE TABLE review_items (id TEXT PRIMARY KEY, document_id TEXT NOT NULL, case_id TEXT, file_name TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 1), kind TEXT NOT NULL, text TEXT NOT NULL, reasons TEXT NOT NULL, score REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')), created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL, seen_count INTEGER NOT NULL DEFAULT 1, decided_by TEXT, decided_at TEXT, decision_note TEXT);
      CREATE INDEX review_items_status ON review_items (status);
      CREATE TABLE review_audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL REFERENCES review_items (id),
        at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('queued', 'approve', 'reject')),
        from_status TEXT, to_status TEXT NOT NULL, note TEXT);
      CREATE TRIGGER review_audit_no_update BEFORE UPDATE ON review_audit BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
      CREATE TRIGGER review_audit_no_delete BEFORE DELETE ON review_audit BEGIN SELECT RAISE(ABORT, 'review_audit is append-only'); END;
      INSERT INTO review_items VALUES ('rv-old', 'doc-o', 'C-O', 'old.pdf', 3, 'clause', '旧条款', '["r"]', 0.7, 'rejected', 't0', 't0', 2, 'wang', 't1', 'no');
      INSERT INTO review_items VALUES ('rv-old2', 'doc-o', 'C-O', 'old.pdf', 4, 'clause', '旧条款二', '["r"]', 0.6, 'pending', 't0', 't0', 1, NULL, NULL, NULL);
      INSERT INTO review_audit (item_id, at, actor, action, from_status, to_status, note) VALUES ('rv-old', 't0', 'docreview', 'queued', NULL, 'pending', 'r');
      INSERT INTO review_audit (item_id, at, actor, action, from_status, to_status, note) VALUES ('rv-old', 't1', 'wang', 'reject', 'pending', 'rejected', 'no');
    `);
    raw.close();
    const store = openReviewStore(file);
    expect(store.get('rv-old')).toMatchObject({ status: 'rejected', decidedBy: 'wang', seenCount: 2, note: 'no' });
    expect(store.audit('rv-old').map((e) => [e.seq, e.action])).toEqual([[1, 'queued'], [2, 'reject']]);
    expect(store.sync('doc-o', [])).toEqual({ inserted: 0, updated: 0, withdrawn: 1 });
    expect(store.audit('rv-old2').map((e) => [e.seq, e.action])).toEqual([[3, 'withdraw']]);
    store.close();
    const after = new Database(file);
    expect(after.prepare(`SELECT value FROM review_meta WHERE key = 'schema_version'`).get()).toEqual({ value: '2' });
    expect(() => after.prepare(`DELETE FROM review_audit`).run()).toThrow(/append-only/u);
    expect(after.prepare(`SELECT name FROM sqlite_master WHERE name LIKE '%_v1'`).all()).toEqual([]);
    expect(after.pragma('foreign_key_check')).toEqual([]);
    after.close();
    openReviewStore(file).close(); // opening a current database again changes nothing
  });

  it('loses nothing when two processes write at once', async () => {
    const db = path.join(dir, 'shared.db');
    const storeUrl = new URL('../src/review/store.ts', import.meta.url).href;
    const worker = path.join(dir, 'writer.mts');
    // Each writer queues 150 items of its own and 50 shared ones, one transaction per item, and resolves some.
    writeFileSync(worker, `
      import { openReviewStore } from ${JSON.stringify(storeUrl)};
      const [db, name] = process.argv.slice(2);
      const store = openReviewStore(db);
      for (let i = 0; i < 200; i++) {
        const id = i < 150 ? name + '-' + i : 'shared-' + (i - 150);
        store.upsert([{ id, documentId: 'doc-' + name, fileName: name + '.pdf', page: 1, kind: 'clause', text: 'clause ' + i, reasons: ['r'], score: 0.5 }]);
        if (i < 150 && i % 10 === 0) store.resolve(id, { decision: 'approve', reviewer: name, note: 'ok ' + i });
      }
      store.close();
    `);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = (name: string) => new Promise<number>((resolve, reject) => {
      const child = spawn(tsx, [worker, db, name], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? -1));
    });
    openReviewStore(db).close();
    expect(await Promise.all([run('alpha'), run('beta')])).toEqual([0, 0]);
    const store = openReviewStore(db);
    expect(store.list()).toHaveLength(350);
    expect(store.list({ status: 'approved' })).toHaveLength(30);
    const shared = store.list().filter((i) => i.id.startsWith('shared-'));
    expect(shared.every((i) => i.seenCount === 2)).toBe(true);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare(`SELECT action, COUNT(*) AS n FROM review_audit GROUP BY action ORDER BY action`).all()).toEqual([
      { action: 'approve', n: 30 }, { action: 'queued', n: 350 },
    ]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    store.close();
  });
});

describe('case-level findings a person must settle', () => {
  it('queue a likely OCR misreading of a name on the document it was read from, once, and hold until decided', () => {
    const doc = (id: string, fileName: string): DocumentReport => ({
      schemaVersion: '1',
      document: { id, fileName, mediaType: 'application/pdf', pageCount: 1, docType: 'bank_statement', docTypeConfidence: 0.9, language: 'en' },
      pages: [], fields: {}, timings: { totalMs: 1 }, findings: [], reviewItems: [],
    });
    const documents = [doc('doc-s', 'statement.pdf'), doc('doc-c', 'contract.pdf')];
    const findings = [
      { code: 'LOW_OCR_CONFIDENCE' as const, severity: 'medium' as const, page: 1, message: 'The account holder reads "ZhigiangLuo" on the scan statement.pdf and "Zhiqiang Luo" in the approved application: they differ only by q→g.', evidence: { document: 'statement.pdf', documentId: 'doc-s', field: 'accountHolder', likelyOcr: true } },
      { code: 'NAME_MISMATCH' as const, severity: 'high' as const, message: 'other', evidence: { documentId: 'doc-c' } },
      { code: 'LOW_OCR_CONFIDENCE' as const, severity: 'high' as const, message: 'Review item rv-x is not resolved', evidence: { reviewItem: 'rv-x', documentId: 'doc-s' } },
    ];
    const items = caseReviewInputs(findings, documents, 'C-5');
    expect(items.map((i) => [i.documentId, i.kind, i.page])).toEqual([['doc-s', 'low-confidence', 1]]);
    const store = openReviewStore(path.join(dir, 'r.db'));
    for (const d of documents) queueReport(store, d, 'C-5', items);
    for (const d of documents) queueReport(store, d, 'C-5', items); // a rerun: nothing new, nothing withdrawn
    expect(store.list({ caseId: 'C-5' }).map((i) => [i.documentId, i.status, i.seenCount])).toEqual([['doc-s', 'pending', 2]]);
    expect(store.audit(items[0]!.id!).map((e) => e.action)).toEqual(['queued']);
    expect(reviewHold(store, ['doc-s', 'doc-c']).hold).toBe(true);
    store.resolve(items[0]!.id!, { decision: 'approve', reviewer: 'wang', note: 'name checked on the image' });
    expect(reviewHold(store, ['doc-s', 'doc-c']).hold).toBe(false);
    store.close();
  });
});
