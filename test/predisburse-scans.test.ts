import { afterAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { predisburse } from '../pipelines/predisburse.js';
import { OcrSession } from '../pipelines/check.js';
import { isBlocking } from '../pipelines/policy.js';
import type { CaseReport, FindingCode } from '../src/model/schema.js';

// Scanned case folders from samples/generate/cases (holdout set): a planted defect and its clean twin.
const HOLDOUT = path.resolve(import.meta.dirname, '../samples/cases/holdout');
const CONSISTENCY: FindingCode[] = ['AMOUNT_WORDS_MISMATCH', 'AMOUNT_MISMATCH', 'ADDRESS_MISMATCH', 'ADDRESS_UNKNOWN_PLACE', 'PAGE_MISSING', 'PAGE_DUPLICATE', 'PAGE_OUT_OF_ORDER', 'BALANCE_MISMATCH', 'PAYSLIP_ARITHMETIC', 'DATE_INCONSISTENT', 'ACCOUNT_MISMATCH', 'NAME_MISMATCH', 'SIGNATURE_MISSING', 'DOCUMENT_MISSING'];
const session = new OcrSession(2);
afterAll(() => session.close());

const blockingConsistency = (r: CaseReport) => [...r.documents.flatMap((d) => d.findings), ...r.findings].filter((f) => isBlocking(f) && CONSISTENCY.includes(f.code)).map((f) => f.code);

describe.skipIf(!existsSync(HOLDOUT))('predisburse on scanned cases', () => {
  it.each([
    ['holdout-page-duplicate-zh-scan', 'PAGE_DUPLICATE'],
    ['holdout-document-zh-scan', 'DOCUMENT_MISSING'],
  ] as const)('%s raises %s; its clean twin raises no blocking consistency finding', async (id, code) => {
    expect(blockingConsistency(await predisburse(path.join(HOLDOUT, id), { session }))).toContain(code);
    expect(blockingConsistency(await predisburse(path.join(HOLDOUT, `${id}-clean`), { session }))).toEqual([]);
  }, 600_000);
  it.each(['holdout-balance-zh-scan-clean', 'holdout-page-order-en-scan-clean'])('stays silent on the clean scanned case %s (OCR doubts become LOW_OCR_CONFIDENCE)', async (id) => {
    expect(blockingConsistency(await predisburse(path.join(HOLDOUT, id), { session }))).toEqual([]);
  }, 600_000);
});
