import type { Finding, ReviewItem } from '../model/schema.js';
import type { Document } from '../model/document.js';
import type { Extraction } from '../extract/index.js';
import type { OcrEngine } from '../ocr/engine.js';
import type { AmountWordsReader } from '../ocr/amount-words-reader.js';
import type { OpenedDocument } from '../ingest/index.js';

/** What a single-document check sees. Page images of OCR'd pages are still attached. */
export interface CheckInput {
  document: Document;
  extraction: Extraction;
  /** The run's OCR engine, started on first use: for checks that must look at a rendered page. */
  ocr: () => OcrEngine;
  /** The run's 大写 line reader, when the pipeline shares one: to read an amount in words again. */
  amountWords?: () => AmountWordsReader;
  /**
   * The file as ingest opened it, still open, when the pipeline kept it (`readDocument`'s
   * `keepOpen`): checks read from it instead of parsing the file again. Absent, they open the bytes.
   */
  opened?: OpenedDocument;
}

/** Where checks put what they found. Checks push; they never throw for a document's problems. */
export interface CheckSink {
  findings: Finding[];
  reviewItems: ReviewItem[];
}

/** One check: a file of its own, registered in `index.ts`. */
export interface DocumentCheck {
  id: string;
  /**
   * `ocr`: the check renders and OCRs parts of a text-layer document (seconds, not milliseconds).
   * The officer's quick re-check leaves these out unless asked (`check --deep`); batch and
   * pre-disbursement always run them.
   */
  cost?: 'ocr';
  appliesTo(doc: Document): boolean;
  run(input: CheckInput, sink: CheckSink): void | Promise<void>;
}
