/** Every single-document check, in the order they run. A new check is one file and one line here. */
import type { DocumentCheck, CheckInput, CheckSink } from './check.js';
import { lowOcrConfidence } from './low-ocr-confidence.js';
import { amountWords } from './amount-words.js';
import { amountMentions } from './amount-mentions.js';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { statementBalance } from './statement-balance.js';
import { contractDates } from './contract-dates.js';
import { statementDates } from './statement-dates.js';
import { pageNumbering } from './page-numbering.js';
import { signatures } from './signatures.js';
import { signatoryName } from './signatory-name.js';
import { addressPlaces } from './address-places.js';
import { restatedValues } from './restated-values.js';
import { clauseReview } from '../clauses/check.js';
import { FORENSIC_CHECKS } from '../forensics/index.js';
import { verifyOcrValues } from './verify-values.js';

export type { DocumentCheck, CheckInput, CheckSink } from './check.js';

export const DOCUMENT_CHECKS: readonly DocumentCheck[] = [
  lowOcrConfidence,
  amountWords,
  amountMentions,
  payslipArithmetic,
  statementBalance,
  contractDates,
  statementDates,
  pageNumbering,
  signatures,
  signatoryName,
  addressPlaces,
  restatedValues,
  clauseReview,
  ...FORENSIC_CHECKS,
];

/** A check that failed on a document: a bug to fix, reported instead of losing the document's report. */
export interface CheckFailure { check: string; message: string }

/** Run the checks that apply. A check that crashes is listed in `failures`; the other checks still run. */
export interface RunChecksOptions {
  /** Run the checks that OCR text-layer documents (`cost: 'ocr'`). @default true */
  deep?: boolean;
  /**
   * Back doubtful OCR'd values with independent evidence (re-reading their boxes, words, sums,
   * check digits) before the checks decide on them: verify-values.ts. @default true
   */
  verify?: boolean;
}

export async function runDocumentChecks(input: CheckInput, checks: readonly DocumentCheck[] = DOCUMENT_CHECKS, options: RunChecksOptions = {}): Promise<CheckSink & { failures: CheckFailure[]; ms: Record<string, number>; skipped: string[] }> {
  const skipped: string[] = [];
  const sink: CheckSink = { findings: [], reviewItems: [] };
  const failures: CheckFailure[] = [];
  const ms: Record<string, number> = {};
  if (options.verify !== false) {
    const t = performance.now();
    try {
      await verifyOcrValues(input);
    } catch (error) {
      failures.push({ check: 'verify-ocr-values', message: error instanceof Error ? error.message : String(error) });
    } finally {
      ms['verify-ocr-values'] = Math.round(performance.now() - t);
    }
  }
  for (const check of checks) {
    const t = performance.now();
    try {
      if (!check.appliesTo(input.document)) continue;
      if (check.cost === 'ocr' && options.deep === false) { skipped.push(check.id); continue; }
      await check.run(input, sink);
    } catch (error) {
      failures.push({ check: check.id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      ms[check.id] = Math.round(performance.now() - t);
    }
  }
  return { ...sink, failures, ms, skipped };
}
