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
import { queueReport, reviewHold, reviewInputsOf } from '../src/review/queue.js';
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
    expect(queueReport(store, report, 'C-9')).toEqual({ inserted: 2, updated: 0 });
    expect(queueReport(store, report, 'C-9')).toEqual({ inserted: 0, updated: 2 });
    expect(store.list({ caseId: 'C-9' })).toHaveLength(2);
    store.close();
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
