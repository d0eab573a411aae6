/** Every cross-document check, in the order they run. A new check is one file and one line here. */
import type { CaseCheck, CaseContext, CaseSink } from './case-check.js';
import { loanTerms } from './loan-terms.js';
import { accounts } from './accounts.js';
import { names } from './names.js';
import { addresses } from './addresses.js';
import { salaryCredits } from './salary-credits.js';
import { documentsMissing } from './documents-missing.js';

export type { CaseCheck, CaseContext, CaseSink } from './case-check.js';
export { ApplicationSchema, parseApplication, type Application } from './application.js';

export const CASE_CHECKS: readonly CaseCheck[] = [loanTerms, accounts, names, addresses, salaryCredits, documentsMissing];

/** Run every case check; a check that throws is a bug, reported as such, not a lost case. */
export function runCaseChecks(ctx: CaseContext, checks: readonly CaseCheck[] = CASE_CHECKS): CaseSink {
  const sink: CaseSink = { findings: [], notCompared: [] };
  for (const check of checks) {
    try {
      check.run(ctx, sink);
    } catch (error) {
      sink.notCompared.push(`The ${check.id} check failed (${error instanceof Error ? error.message : String(error)}); its comparisons were not made.`);
    }
  }
  return sink;
}
