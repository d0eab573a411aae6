/**
 * The clause review on generated contracts read through the real pipeline (text PDFs and
 * scans): segmentation matches the printed numbering, every unusual clause is raised under the
 * right rule, standard contracts raise nothing, and the check's findings and review items have
 * the contract's shape with ids that survive a re-run.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectFile, OcrSession } from '../pipelines/check.js';
import { clauseReview } from '../src/clauses/check.js';
import { loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import type { CheckSink } from '../src/checks/check.js';
import { FindingSchema, ReviewItemSchema } from '../src/model/schema.js';
import { openReviewStore } from '../src/review/store.js';
import { evaluateDocument, readManifest, score, type DocumentOutcome } from '../samples/generate/clauses/evaluate.js';

const dir = path.resolve('samples/clauses/dev');
const manifest = readManifest(dir);
let session: OcrSession;
beforeAll(() => { session = new OcrSession(2); });
afterAll(async () => { await session.close(); });

async function runCheck(file: string): Promise<CheckSink> {
  const { read } = await inspectFile(path.join(dir, file), session);
  if (!read) throw new Error(`unreadable ${file}`);
  const sink: CheckSink = { findings: [], reviewItems: [] };
  expect(clauseReview.appliesTo(read.document)).toBe(true);
  await clauseReview.run({ ...read, ocr: session.get }, sink);
  return sink;
}

describe('clause review on the development contracts', () => {
  const outcomes: DocumentOutcome[] = [];
  beforeAll(async () => {
    const library = loadClauseLibrary();
    const policy = loadReviewPolicy();
    for (const doc of manifest.documents) outcomes.push(await evaluateDocument(dir, doc, session, library, policy));
  }, 600_000);

  it('covers both languages, text and scanned', () => {
    const kinds = new Set(manifest.documents.map((d) => `${d.lang}-${d.form}`));
    expect([...kinds].sort()).toEqual(['en-scan', 'en-text', 'zh-scan', 'zh-text']);
    expect(outcomes.every((o) => o.docType === 'loan_contract')).toBe(true);
  });

  it('segments every text contract as numbered', () => {
    expect(outcomes.filter((o) => o.document.form === 'text' && !o.segmentedRight).map((o) => [o.document.file, o.segmentedNumbers])).toEqual([]);
  });

  it('raises every red flag under its rule and nothing on standard clauses of text contracts', () => {
    const s = score(outcomes.filter((o) => o.document.form === 'text'));
    expect(s.unusualClauses).toBeGreaterThanOrEqual(22);
    expect(s.missed.map((m) => [m.expected.expect, m.expected.title])).toEqual([]);
    expect(s.rightRule).toBe(s.unusualClauses);
    expect(s.falseAlarms.map((f) => f.file)).toEqual([]);
  });

  // OCR may garble a heading (a lost 一, 二), merging two clauses; the flag must still be raised
  // in the document, and a standard scan must raise nothing.
  it('raises every expected rule somewhere in each scan, and nothing on a standard scan', () => {
    for (const o of outcomes.filter((x) => x.document.form === 'scan')) {
      const raised = new Set<string>(o.all.flatMap((a) => a.redFlags.map((h) => h.rule)));
      const expected = o.document.clauses.map((c) => c.expect).filter((e) => e !== 'standard');
      expect(expected.filter((e) => !raised.has(e)), o.document.file).toEqual([]);
      if (expected.length === 0) expect(o.all.filter((a) => a.unusual).map((a) => a.clause.number), o.document.file).toEqual([]);
    }
  });
});

describe('clauseReview check', () => {
  it('pushes CLAUSE_UNUSUAL findings and matching review items with stable ids', async () => {
    const sink = await runCheck('flags-en.pdf');
    expect(sink.findings.length).toBe(11);
    expect(sink.reviewItems.length).toBe(sink.findings.length);
    for (const f of sink.findings) FindingSchema.parse(f);
    for (const r of sink.reviewItems) ReviewItemSchema.parse(r);
    const forum = sink.findings.find((f) => (f.evidence.rules as string[]).includes('lender-choice-of-forum'));
    expect(forum).toMatchObject({
      code: 'CLAUSE_UNUSUAL', severity: 'high',
      evidence: { clauseTitle: 'Jurisdiction', rules: ['lender-choice-of-forum'], score: 1, nearestStandard: { topic: 'dispute' } },
    });
    expect(forum?.message).toMatch(/^Clause \d+ \(Jurisdiction\) on page \d: court or arbitration at the lender's sole choice/u);
    expect(forum?.bbox?.every((v) => Number.isInteger(v))).toBe(true);
    expect(sink.reviewItems.every((r) => r.kind === 'clause' && /^rv-[0-9a-f]{20}$/u.test(r.id))).toBe(true);

    const again = await runCheck('flags-en.pdf');
    expect(again.reviewItems.map((r) => r.id)).toEqual(sink.reviewItems.map((r) => r.id));
  });

  it('re-running a contract does not grow the review queue', async () => {
    const { report } = await inspectFile(path.join(dir, 'flags-zh.pdf'), session);
    const { read } = await inspectFile(path.join(dir, 'flags-zh.pdf'), session);
    const store = openReviewStore(':memory:');
    for (let run = 0; run < 2; run++) {
      const sink: CheckSink = { findings: [], reviewItems: [] };
      await clauseReview.run({ ...read!, ocr: session.get }, sink);
      store.upsert(sink.reviewItems.map((r) => ({ id: r.id, documentId: report.document.id, fileName: report.document.fileName, page: r.page, kind: r.kind, text: r.text, reasons: [r.reason], score: r.score })));
    }
    expect(store.list()).toHaveLength(11);
    expect(store.blockingFor([report.document.id])).toHaveLength(11);
    store.close();
  });

  it('applies to loan contracts only', async () => {
    const { read } = await inspectFile(path.join(dir, 'std-en-dot.pdf'), session);
    expect(clauseReview.appliesTo({ ...read!.document, docType: 'pay_slip' })).toBe(false);
    const sink: CheckSink = { findings: [], reviewItems: [] };
    await clauseReview.run({ ...read!, ocr: session.get }, sink);
    expect(sink).toEqual({ findings: [], reviewItems: [] });
  });
});
