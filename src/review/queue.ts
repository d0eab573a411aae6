/**
 * From reports to the queue: a document report's review items (unusual clauses) and its
 * low-confidence pages become queue items; a case is on HOLD while any is pending or rejected.
 */
import type { DocumentReport, Finding } from '../model/schema.js';
import { reviewItemId } from './id.js';
import type { ReviewItemInput, ReviewStore, StoredReviewItem } from './store.js';

/**
 * The queue items of one report: its `reviewItems`, plus one `low-confidence` item per
 * LOW_OCR_CONFIDENCE finding (a page, or an amount-in-words line, no one could read reliably).
 */
export function reviewInputsOf(report: DocumentReport, caseId?: string): ReviewItemInput[] {
  if (report.error) return [];
  const base = { documentId: report.document.id, fileName: report.document.fileName, ...(caseId ? { caseId } : {}) };
  const items: ReviewItemInput[] = report.reviewItems.map((r) => ({
    ...base, id: r.id, page: r.page, kind: r.kind, text: r.text, reasons: [r.reason], score: r.score,
  }));
  for (const f of report.findings) {
    if (f.code !== 'LOW_OCR_CONFIDENCE' || f.page === undefined) continue;
    const text = typeof f.evidence.text === 'string' ? f.evidence.text : `Page ${f.page}`;
    items.push({
      ...base, id: reviewItemId(report.document.id, `low-confidence:page:${f.page}`, text),
      page: f.page, kind: 'low-confidence', text, reasons: [f.message],
      score: typeof f.evidence.ocrConfidence === 'number' ? Math.round((1 - f.evidence.ocrConfidence / 100) * 1000) / 1000 : 1,
    });
  }
  return items;
}

/**
 * The queue items of a case's own findings that a person must settle: each case-level
 * LOW_OCR_CONFIDENCE (a value compared across documents that OCR may have misread, such as a name
 * one look-alike letter off) becomes a `low-confidence` item of the document it was read from.
 */
export function caseReviewInputs(findings: readonly Finding[], documents: readonly DocumentReport[], caseId?: string): ReviewItemInput[] {
  const items: ReviewItemInput[] = [];
  for (const f of findings) {
    const documentId = typeof f.evidence.documentId === 'string' ? f.evidence.documentId : undefined;
    const report = documents.find((d) => d.document.id === documentId && !d.error);
    // A finding that stands for an open review item is not a new item.
    if (f.code !== 'LOW_OCR_CONFIDENCE' || !report || f.evidence.reviewItem !== undefined) continue;
    const page = f.page ?? 1;
    const field = typeof f.evidence.field === 'string' ? f.evidence.field : 'value';
    items.push({
      documentId: report.document.id, fileName: report.document.fileName, ...(caseId ? { caseId } : {}),
      id: reviewItemId(report.document.id, `case:${field}:page:${page}`, f.message),
      page, kind: 'low-confidence', text: f.message, reasons: [f.message], score: 0.5,
    });
  }
  return items;
}

/**
 * Queue what a report needs decided; re-queuing the same report adds nothing. The report is the
 * whole of what this run found in the document, so the document's pending items it no longer
 * raises are withdrawn (kept, with the reason in their audit, but no longer holding a case).
 * A report with an error says nothing about the document's clauses: it changes nothing.
 */
export function queueReport(store: ReviewStore, report: DocumentReport, caseId?: string, extra: readonly ReviewItemInput[] = []): { inserted: number; updated: number; withdrawn: number } {
  if (report.error || !report.document.id) return { inserted: 0, updated: 0, withdrawn: 0 };
  const own = extra.filter((i) => i.documentId === report.document.id);
  return store.sync(report.document.id, [...reviewInputsOf(report, caseId), ...own], 'docreview', `no longer raised when ${report.document.fileName} was checked again`);
}

/** Why a case must wait: its documents' items still pending or rejected (empty = no hold from review). */
export function reviewHold(store: ReviewStore, documentIds: readonly string[]): { hold: boolean; items: StoredReviewItem[] } {
  const items = store.blockingFor(documentIds);
  return { hold: items.length > 0, items };
}
