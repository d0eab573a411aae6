/**
 * The contract against the approved application and against other contracts of the case:
 * principal and currency (AMOUNT_MISMATCH), annual rate (RATE_MISMATCH), term in months
 * (TERM_MISMATCH). `evidence.field` names the field, as it did when rate and term borrowed
 * AMOUNT_MISMATCH and DATE_INCONSISTENT.
 */
import { compareMoney } from '../extract/parse/cents.js';
import type { FindingCode } from '../model/schema.js';
import { caseFinding, chosenOf, fromApplication, reliable, where, type CaseCheck, type Located } from './case-check.js';

interface Term { name: string; code: FindingCode; what: string; application?: (a: NonNullable<import('./case-check.js').CaseContext['application']>) => unknown; same: (a: unknown, b: unknown) => boolean }

const sameNumber = (a: unknown, b: unknown) => Number(a) === Number(b);
const TERMS: Term[] = [
  { name: 'principal', code: 'AMOUNT_MISMATCH', what: 'principal', application: (a) => a.loan.principal, same: (a, b) => compareMoney(String(a), String(b)) === 0 },
  { name: 'currency', code: 'AMOUNT_MISMATCH', what: 'currency', application: (a) => a.loan.currency, same: (a, b) => String(a).toUpperCase() === String(b).toUpperCase() },
  { name: 'annualRatePercent', code: 'RATE_MISMATCH', what: 'annual interest rate', application: (a) => a.loan.annualRatePercent, same: sameNumber },
  { name: 'termMonths', code: 'TERM_MISMATCH', what: 'loan term (months)', application: (a) => a.loan.termMonths, same: sameNumber },
];

export const loanTerms: CaseCheck = {
  id: 'loan-terms',
  run: (ctx, { findings, notCompared }) => {
    const contracts = ctx.documents.filter((d) => d.document.docType === 'loan_contract');
    if (contracts.length === 0) { notCompared.push('Loan terms: no readable loan contract in the case.'); return; }
    for (const term of TERMS) {
      const values = chosenOf(ctx, term.name, 'loan_contract');
      const approved = ctx.application && term.application ? term.application(ctx.application) : undefined;
      if (values.length === 0) {
        if (approved !== undefined) notCompared.push(`${term.what}: not found in the contract, so not compared with the application (${approved}).`);
        continue;
      }
      const trusted = values.filter(reliable);
      for (const shaky of values.filter((v) => !reliable(v))) notCompared.push(`${term.what} in ${shaky.document?.fileName}: read by OCR with confidence ${shaky.field.confidence}, not compared.`);
      const first = trusted[0];
      for (const other of trusted.slice(1)) {
        if (term.same(first!.field.value, other.field.value)) continue;
        findings.push(differ(term, other, first!));
      }
      if (approved === undefined) {
        if (ctx.application && term.name !== 'currency') notCompared.push(`${term.what}: the application does not state it.`);
        continue;
      }
      for (const v of trusted) if (!term.same(v.field.value, approved)) findings.push(differ(term, v, fromApplication(`loan.${term.name}`, approved)));
    }
  },
};

function differ(term: Term, doc: Located, other: Located) {
  return caseFinding(term.code, `The ${term.what} is ${doc.field.value} in ${doc.document?.fileName} (page ${doc.field.page}) but ${other.field.value} in ${other.document?.fileName ?? 'the approved application'}.`, doc,
    { field: term.name, compared: [where(doc), where(other)] });
}
