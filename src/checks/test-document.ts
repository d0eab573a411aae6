/**
 * Test helper: a text-layer Document from page texts (one string per line), extracted and checked
 * like a real one. Words are the line's runs of non-space text; boxes advance 20 px a character.
 */
import type { DocType, Language } from '../model/schema.js';
import type { Document, Line, Page, Word } from '../model/document.js';
import { extractFields } from '../extract/index.js';
import type { CheckInput, CheckSink, DocumentCheck } from './check.js';

export function lineOf(text: string, y: number, confidence = 100): Line {
  const words: Word[] = [];
  for (const m of text.matchAll(/\S+/gu)) words.push({ text: m[0], bbox: [100 + (m.index ?? 0) * 20, y, m[0].length * 20, 30], confidence });
  return { text, bbox: [100, y, Math.max(20, text.length * 20), 30], confidence, words };
}

export function makeDocument(pages: string[][], options: { docType: DocType; language?: Language; source?: Page['source']; confidence?: number }): Document {
  return {
    file: { path: 'test.pdf', fileName: 'test.pdf', bytes: Buffer.alloc(0), id: 'test' },
    mediaType: 'application/pdf',
    pages: pages.map((lines, i) => ({
      index: i + 1, width: 1654, height: 2339, dpi: 200, source: options.source ?? 'text-layer', sourceReason: 'test',
      lines: lines.map((t, row) => lineOf(t, 100 + row * 60, options.confidence ?? 100)),
      ...(options.source === 'ocr' ? { ocrConfidence: options.confidence ?? 100 } : {}),
    })),
    metadata: {},
    docType: options.docType,
    docTypeConfidence: 1,
    language: options.language ?? 'zh',
    fields: {},
    transactions: [],
  };
}

/** Extract the document's fields and run one check on it. */
export async function runCheck(check: DocumentCheck, document: Document): Promise<CheckSink> {
  const extraction = extractFields(document);
  document.fields = extraction.fields;
  document.transactions = extraction.transactions;
  const input: CheckInput = { document, extraction, ocr: () => { throw new Error('no OCR in unit tests'); } };
  const sink: CheckSink = { findings: [], reviewItems: [] };
  if (check.appliesTo(document)) await check.run(input, sink);
  return sink;
}

export const codes = (sink: CheckSink) => sink.findings.map((f) => f.code);
