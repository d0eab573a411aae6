/**
 * DATE_INCONSISTENT in a bank statement: a transaction dated outside the statement period, or a
 * period that ends before it starts. Points at the first such row.
 */
import type { Field } from '../model/schema.js';
import type { DocumentCheck } from './check.js';
import { isConfirmed, isShaky, MIN_OCR_VALUE_CONFIDENCE, sourceOf, unreliableFinding } from './reliability.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const statementDates: DocumentCheck = {
  id: 'statement-dates',
  appliesTo: (doc) => doc.docType === 'bank_statement',
  run: ({ document, extraction }, { findings }) => {
    const date = (name: string): Field | undefined => {
      const field = extraction.fields[name];
      return typeof field?.value === 'string' && ISO.test(field.value) ? field : undefined;
    };
    const start = date('periodStart');
    const end = date('periodEnd');
    if (!start || !end) return;
    const [from, to] = [start.value as string, end.value as string];
    if (from > to) {
      findings.push({
        code: 'DATE_INCONSISTENT', severity: 'high', message: `The statement period ends (${to}) before it starts (${from}).`,
        page: end.page, ...(end.bbox ? { bbox: end.bbox } : {}),
        evidence: { rule: 'period start ≤ end', periodStart: sourceOf('periodStart', start), periodEnd: sourceOf('periodEnd', end) },
      });
      return;
    }
    const outside = extraction.transactions.filter((t) => t.date < from || t.date > to);
    const first = outside[0];
    if (!first) return;
    const evidence = {
      rule: 'transactions inside the statement period',
      periodStart: sourceOf('periodStart', start), periodEnd: sourceOf('periodEnd', end),
      row: { date: first.date, raw: first.raw, page: first.page, bbox: first.bbox, confidence: first.confidence },
      rowsOutside: outside.length,
    };
    const shaky = isShaky(start) || isShaky(end) || (document.pages[first.page - 1]?.source === 'ocr' && first.confidence < MIN_OCR_VALUE_CONFIDENCE && !isConfirmed(first));
    findings.push(shaky ? unreliableFinding('statement-dates', first.page, first.bbox, evidence) : {
      code: 'DATE_INCONSISTENT', severity: 'high',
      message: `A transaction dated ${first.date} lies outside the statement period ${from} – ${to}${outside.length > 1 ? ` (${outside.length} rows in all)` : ''}.`,
      page: first.page, ...(first.bbox ? { bbox: first.bbox } : {}), evidence,
    });
  },
};
