import { describe, expect, it } from 'vitest';
import { DocumentReportSchema, SCHEMA_VERSION } from './schema.js';
import { reportJsonSchemas } from './json-schema.js';

describe('report schema', () => {
  it('accepts an error report and rejects an unknown finding code', () => {
    const report = {
      schemaVersion: SCHEMA_VERSION,
      document: { id: 'x', fileName: 'a.pdf', mediaType: 'application/pdf', pageCount: 0, docType: 'unknown', docTypeConfidence: 0, language: 'en' },
      pages: [], fields: {}, findings: [], reviewItems: [], timings: { totalMs: 1 },
      error: { code: 'ENCRYPTED', message: 'password' },
    };
    expect(DocumentReportSchema.safeParse(report).success).toBe(true);
    const bad = { ...report, findings: [{ code: 'NOT_A_CODE', severity: 'high', message: '', evidence: {} }] };
    expect(DocumentReportSchema.safeParse(bad).success).toBe(false);
  });

  it('still validates after a JSON round trip drops a reading that gave no value', () => {
    const field = {
      value: '2024-08', raw: '2024-08', page: 1, source: 'ocr', confidence: 0.6,
      verification: { status: 'unconfirmed', by: [], reads: [{ value: undefined, raw: '', confidence: 0, method: 'reread-line-x2.5' }] },
    };
    const report = {
      schemaVersion: SCHEMA_VERSION,
      document: { id: 'x', fileName: 'a.pdf', mediaType: 'application/pdf', pageCount: 1, docType: 'pay_slip', docTypeConfidence: 1, language: 'zh' },
      pages: [], fields: { payPeriod: field }, findings: [], reviewItems: [], timings: { totalMs: 1 },
    };
    const parsed = DocumentReportSchema.safeParse(JSON.parse(JSON.stringify(report)));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('derives JSON Schemas naming every finding code', () => {
    const { DocumentReport } = reportJsonSchemas();
    const text = JSON.stringify(DocumentReport);
    expect(text).toContain('AMOUNT_WORDS_MISMATCH');
    expect(text).toContain('LOW_OCR_CONFIDENCE');
  });
});
