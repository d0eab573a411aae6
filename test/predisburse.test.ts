import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { assessCase, predisburse } from '../pipelines/predisburse.js';
import { OcrSession } from '../pipelines/check.js';
import { CaseReportSchema, type DocumentReport } from '../src/model/schema.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEV = path.join(ROOT, 'samples/cases/dev');
const session = new OcrSession(2);
afterAll(() => session.close());

const doc = (id: string, docType: DocumentReport['document']['docType'], extra: Partial<DocumentReport> = {}): DocumentReport => ({
  schemaVersion: '1', document: { id, fileName: `${id}.pdf`, mediaType: 'application/pdf', pageCount: 1, docType, docTypeConfidence: 1, language: 'zh' },
  pages: [], fields: {}, findings: [], reviewItems: [], timings: { totalMs: 1 }, ...extra,
});

describe('assessCase (pure)', () => {
  it('passes a case with nothing blocking and says what could not be compared without an application', () => {
    const report = assessCase({ caseId: 'C-1', documents: [doc('a', 'loan_contract')] });
    expect(CaseReportSchema.parse(report).verdict).toBe('PASS');
    expect(report.notCompared?.[0]).toMatch(/No application\.json/u);
  });
  it('holds on a blocking document finding, on an unreadable file and on an open review item; not on LOW_OCR_CONFIDENCE', () => {
    const low = doc('a', 'loan_contract', { findings: [{ code: 'LOW_OCR_CONFIDENCE', severity: 'medium', message: 'x', evidence: {} }] });
    expect(assessCase({ caseId: 'C', documents: [low] }).verdict).toBe('PASS');
    const bad = doc('b', 'pay_slip', { findings: [{ code: 'PAYSLIP_ARITHMETIC', severity: 'high', message: 'x', page: 1, evidence: {} }] });
    expect(assessCase({ caseId: 'C', documents: [low, bad] }).blocking).toEqual([{ document: 'b', index: 0, code: 'PAYSLIP_ARITHMETIC' }]);
    const broken = doc('c', 'unknown', { error: { code: 'CORRUPT_FILE', message: 'truncated' } });
    expect(assessCase({ caseId: 'C', documents: [low, broken] })).toMatchObject({ verdict: 'HOLD', blocking: [{ index: 0, code: 'DOCUMENT_MISSING' }] });
    const reviewed = assessCase({ caseId: 'C', documents: [low], reviewBlocking: [{ documentId: 'a', id: 'r1', reason: 'penalty clause above 50 %' }] });
    expect(reviewed.verdict).toBe('HOLD');
    expect(reviewed.findings[0]!.evidence).toMatchObject({ reviewItem: 'r1' });
  });
});

describe.skipIf(!existsSync(DEV))('predisburse on generated case folders', () => {
  it.each(['zh', 'en'])('passes the clean %s twin and holds the defective case with evidence', async (lang) => {
    const clean = await predisburse(path.join(DEV, `dev-account-${lang}-text-clean`), { session });
    expect(clean.verdict).toBe('PASS');
    const held = await predisburse(path.join(DEV, `dev-account-${lang}-text`), { session });
    expect(held.verdict).toBe('HOLD');
    const finding = held.findings[held.blocking[0]!.index]!;
    expect(finding).toMatchObject({ code: 'ACCOUNT_MISMATCH', page: expect.any(Number), bbox: expect.any(Array) });
    expect(finding.evidence.compared).toEqual([expect.objectContaining({ from: 'contract.pdf' }), expect.objectContaining({ from: 'application.json' })]);
  });
  it('treats an unreadable file in the folder as blocking, and still checks the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'predisburse-'));
    for (const f of ['contract.pdf', 'payslip.pdf', 'statement.pdf', 'application.json']) copyFileSync(path.join(DEV, 'dev-account-zh-text-clean', f), path.join(dir, f));
    writeFileSync(path.join(dir, 'scan.pdf'), Buffer.from('%PDF-1.4 truncated'));
    const report = await predisburse(dir, { session });
    expect(report.verdict).toBe('HOLD');
    expect(report.findings.map((f) => f.code)).toEqual(['DOCUMENT_MISSING']);
    expect(report.documents.filter((d) => !d.error)).toHaveLength(3);
  });
  it('CLI: exit 0 on PASS, 1 on HOLD, 2 on error; --json prints the CaseReport only', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'predisburse-cli-'));
    const driver = path.join(dir, 'driver.mts');
    writeFileSync(driver, `import { Command } from ${JSON.stringify(path.join(ROOT, 'node_modules/commander/esm.mjs'))};
import { registerPredisburseCommand } from ${JSON.stringify(path.join(ROOT, 'src/cli/predisburse.ts'))};
const program = new Command().name('docreview').exitOverride();
registerPredisburseCommand(program);
try { await program.parseAsync(process.argv); process.exit(0); } catch { process.exit(2); }
`);
    const run = async (...args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [driver, 'predisburse', ...args], { env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
        return { code: 0, stdout };
      } catch (error) {
        const e = error as { code: number; stdout: string };
        return { code: e.code, stdout: e.stdout };
      }
    };
    const pass = await run(path.join(DEV, 'dev-payslip-zh-text-clean'), '--json');
    expect(pass.code).toBe(0);
    expect(CaseReportSchema.parse(JSON.parse(pass.stdout)).verdict).toBe('PASS');
    const hold = await run(path.join(DEV, 'dev-payslip-zh-text'), '--json');
    expect(hold.code).toBe(1);
    expect(JSON.parse(hold.stdout).verdict).toBe('HOLD');
    mkdirSync(path.join(dir, 'empty'));
    expect((await run(path.join(dir, 'empty'), '--application', path.join(dir, 'nope.json'))).code).toBe(2);
  });
});
