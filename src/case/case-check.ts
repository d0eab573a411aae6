/**
 * Cross-document checks: one shape, run over the per-document reports of a case and its approved
 * application. They read report fields and mentions only (the batch assembles cases from reports
 * made in worker threads), and push findings; they never throw for a case's problems.
 */
import type { DocumentReport, Field, Finding } from '../model/schema.js';
import type { Application } from './application.js';
import { isConfirmed } from '../checks/reliability.js';

export interface CaseContext {
  caseId: string;
  /** Readable documents only: reports with `error` are left out. */
  documents: DocumentReport[];
  application?: Application;
}

export interface CaseSink {
  findings: Finding[];
  /** What could not be compared, and why: the officer must know what was not checked. */
  notCompared: string[];
}

export interface CaseCheck {
  id: string;
  run(ctx: CaseContext, sink: CaseSink): void;
}

/** A field of a document with the document it came from: evidence for cross-document findings. */
export interface Located {
  document?: { id: string; fileName: string; docType: string };
  field: Field;
  name: string;
}

export function fieldOf(report: DocumentReport, name: string): Field | undefined {
  const f = report.fields[name];
  return f && !Array.isArray(f) ? f : undefined;
}

/** Every mention of a field across the case, falling back to the chosen field when a report has no mentions. */
export function mentionsOf(ctx: CaseContext, name: string, docType?: string): Located[] {
  const out: Located[] = [];
  for (const report of ctx.documents) {
    if (docType && report.document.docType !== docType) continue;
    const document = { id: report.document.id, fileName: report.document.fileName, docType: report.document.docType };
    const list = report.mentions?.[name] ?? (fieldOf(report, name) ? [fieldOf(report, name)!] : []);
    for (const field of list) out.push({ document, field, name });
  }
  return out;
}

export function chosenOf(ctx: CaseContext, name: string, docType?: string): Located[] {
  return ctx.documents.filter((r) => !docType || r.document.docType === docType).flatMap((report) => {
    const field = fieldOf(report, name);
    return field ? [{ document: { id: report.document.id, fileName: report.document.fileName, docType: report.document.docType }, field, name }] : [];
  });
}

/** Evidence for one side of a comparison. */
export function where(x: Located): Record<string, unknown> {
  return {
    from: x.document ? x.document.fileName : 'application.json',
    ...(x.document ? { documentId: x.document.id, docType: x.document.docType, page: x.field.page, bbox: x.field.bbox, source: x.field.source, confidence: x.field.confidence, raw: x.field.raw } : {}),
    field: x.name,
    value: x.field.value,
  };
}

/** The application's value as a pseudo-field, so both sides of a comparison have one shape. */
export function fromApplication(name: string, value: unknown): Located {
  return { name, field: { value, raw: String(value), page: 1, confidence: 1 } };
}

/** Finding placed on the document side of a comparison (page and box), evidence listing both. */
export function caseFinding(code: Finding['code'], message: string, at: Located, evidence: Record<string, unknown>): Finding {
  return {
    code,
    severity: 'high',
    message,
    ...(at.document ? { page: at.field.page, ...(at.field.bbox ? { bbox: at.field.bbox } : {}) } : {}),
    evidence: { ...(at.document ? { document: at.document.fileName, documentId: at.document.id } : {}), ...evidence },
  };
}

/**
 * OCR'd values under this confidence are not used to accuse a case: a digit or character misread
 * at 0.95 looks exactly like a wrong value (see checks/reliability.ts). They go to `notCompared`,
 * unless independent evidence on the document confirmed them (`verification`, checks/verify-values.ts).
 */
export const MIN_CASE_CONFIDENCE = 0.97;
export const reliable = (x: Located) => x.field.source !== 'ocr' || x.field.confidence >= MIN_CASE_CONFIDENCE || isConfirmed(x.field);
