/**
 * DATE_INCONSISTENT in a loan contract: start + term must give the end date under one of the two
 * conventions genuine contracts use (2025-03-15 + 12 months ends 2026-03-14 or 2026-03-15), and
 * the contract cannot be signed after the loan starts.
 */
import type { Field, Finding } from '../model/schema.js';
import { contractEndDates } from '../extract/parse/date.js';
import type { DocumentCheck } from './check.js';
import { isShaky, sourceOf, unreliableFinding } from './reliability.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const contractDates: DocumentCheck = {
  id: 'contract-dates',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ extraction }, { findings }) => {
    const f = extraction.fields;
    const date = (name: string): Field | undefined => (typeof f[name]?.value === 'string' && ISO.test(f[name]!.value as string) ? f[name] : undefined);
    const start = date('startDate');
    const end = date('endDate');
    const signing = date('signingDate');
    const term = f.termMonths && Number.isInteger(f.termMonths.value) && (f.termMonths.value as number) >= 1 ? f.termMonths : undefined;
    const push = (finding: Finding, fields: Field[]) => {
      findings.push(fields.some(isShaky) ? unreliableFinding('contract-dates', finding.page ?? 1, finding.bbox, finding.evidence) : finding);
    };
    if (start && end && term) {
      const { endExclusive, endInclusive } = contractEndDates(start.value as string, term.value as number);
      if (end.value !== endExclusive && end.value !== endInclusive) {
        push({
          code: 'DATE_INCONSISTENT',
          severity: 'high',
          message: `Start ${start.value} + ${term.value} months ends on ${endInclusive} (or ${endExclusive}), but the contract states ${end.value}.`,
          page: end.page,
          ...(end.bbox ? { bbox: end.bbox } : {}),
          evidence: { rule: 'start + term = end', startDate: sourceOf('startDate', start), termMonths: sourceOf('termMonths', term), endDate: sourceOf('endDate', end), expected: [endInclusive, endExclusive] },
        }, [start, end, term]);
      }
    }
    if (signing && start && (signing.value as string) > (start.value as string)) {
      push({
        code: 'DATE_INCONSISTENT',
        severity: 'high',
        message: `The contract is signed on ${signing.value}, after the loan starts on ${start.value}.`,
        page: signing.page,
        ...(signing.bbox ? { bbox: signing.bbox } : {}),
        evidence: { rule: 'signing not after start', signingDate: sourceOf('signingDate', signing), startDate: sourceOf('startDate', start) },
      }, [signing, start]);
    }
  },
};
