/**
 * Building the contract's DocumentReport from a read document, or from a file that could not be read.
 */
import { SCHEMA_VERSION, type DocumentReport, type Field, type Finding, type ReviewItem } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { DocumentError } from '../model/errors.js';
import { findPrintedNumber } from '../extract/page-numbers.js';

export function buildDocumentReport(doc: Document, mentions: Record<string, Field[]>, findings: Finding[], reviewItems: ReviewItem[], timings: Record<string, number>): DocumentReport {
  const fields: DocumentReport['fields'] = { ...doc.fields };
  if (doc.docType === 'bank_statement') fields.transactions = doc.transactions;
  return {
    schemaVersion: SCHEMA_VERSION,
    document: {
      id: doc.file.id,
      fileName: doc.file.fileName,
      mediaType: doc.mediaType,
      pageCount: doc.pages.length,
      docType: doc.docType,
      docTypeConfidence: doc.docTypeConfidence,
      language: doc.language,
      sizeBytes: doc.file.bytes.length,
    },
    pages: doc.pages.map((p) => {
      const printed = findPrintedNumber(p.lines);
      return {
        index: p.index,
        source: p.source,
        ...(p.ocrConfidence !== undefined ? { ocrConfidence: p.ocrConfidence } : {}),
        sourceReason: p.sourceReason,
        ...(printed ? { printedNumber: printed.number, ...(printed.total ? { printedTotal: printed.total } : {}) } : {}),
        width: p.width,
        height: p.height,
        dpi: p.dpi,
      };
    }),
    fields,
    mentions,
    findings,
    reviewItems,
    metadata: doc.metadata,
    timings: { totalMs: 0, ...timings },
  };
}

export interface FileIdentity { fileName: string; id: string; sizeBytes: number; mediaType?: string }

/** The report of a file that could not be read: what it is, and why. */
export function buildErrorReport(file: FileIdentity, error: unknown, timings: Record<string, number>): DocumentReport {
  const known = error instanceof DocumentError;
  return {
    schemaVersion: SCHEMA_VERSION,
    document: { id: file.id, fileName: file.fileName, mediaType: file.mediaType ?? 'application/octet-stream', pageCount: 0, docType: 'unknown', docTypeConfidence: 0, language: 'en', sizeBytes: file.sizeBytes },
    pages: [],
    fields: {},
    findings: [],
    reviewItems: [],
    timings: { totalMs: 0, ...timings },
    error: known
      ? { code: error.code, message: error.message }
      : { code: 'INTERNAL', message: `docreview failed on this file: ${error instanceof Error ? error.message : String(error)}` },
  };
}
