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
import { addressPlaces } from './address-places.js';

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
  addressPlaces,
];

/** A check that failed on a document: a bug to fix, reported instead of losing the document's report. */
export interface CheckFailure { check: string; message: string }

/** Run the checks that apply. A check that crashes is listed in `failures`; the other checks still run. */
export async function runDocumentChecks(input: CheckInput, checks: readonly DocumentCheck[] = DOCUMENT_CHECKS): Promise<CheckSink & { failures: CheckFailure[] }> {
  const sink: CheckSink = { findings: [], reviewItems: [] };
  const failures: CheckFailure[] = [];
  for (const check of checks) {
    try {
      if (!check.appliesTo(input.document)) continue;
      await check.run(input, sink);
    } catch (error) {
      failures.push({ check: check.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { ...sink, failures };
}
