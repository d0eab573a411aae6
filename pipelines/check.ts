/**
 * The officer's re-check of single documents: each file read, checked and reported on its own.
 * A file that cannot be read gets a report with `error`; the others are still checked.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import type { DocumentReport } from '../src/model/schema.js';
import { DocumentError } from '../src/model/errors.js';
import type { OcrEngine } from '../src/ocr/engine.js';
import type { AmountWordsReader } from '../src/ocr/amount-words-reader.js';
import type { IngestOptions, OpenedDocument } from '../src/ingest/index.js';
import { readDocument, type ReadResult } from '../src/read/read-document.js';
import { runDocumentChecks } from '../src/checks/index.js';
import { buildDocumentReport, buildErrorReport } from '../src/report/document-report.js';

export interface CheckOptions {
  ingest?: Partial<IngestOptions>;
  /** Refuse files larger than this many bytes (TOO_LARGE). */
  maxBytes?: number;
  /** Give up on one file after this long (TIMEOUT). */
  timeoutMs?: number;
  /** OCR workers. */
  concurrency?: number;
  /** Run the checks that OCR parts of text-layer documents (text layer vs page). @default true */
  deep?: boolean;
}

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * A lazily started OCR pool shared by the files of one run. The OCR modules themselves (Tesseract,
 * PaddleOCR, preprocessing) are imported on the first recognition too: a document worker that
 * reads only text-layer files never loads them (≈ 0.3 s of CPU at each worker start under tsx).
 */
export class OcrSession {
  #engine: OcrEngine | undefined;
  #words: AmountWordsReader | undefined;
  #paddle: Promise<OcrEngine> | undefined;
  constructor(private readonly size: number) {}
  /** One PaddleOCR engine (an ONNX thread, ≈ 390 MiB once it has read) for the pages and the 大写 lines. */
  #sharedPaddle = (): Promise<OcrEngine> => (this.#paddle ??= import('../src/ocr/paddle.js').then((m) => m.createPaddleEngine()));
  get = (): OcrEngine => (this.#engine ??= deferred(async () => {
    const { createPageEngine } = await import('../src/ocr/route.js');
    const paddle = await this.#sharedPaddle(); // starts no thread until it reads
    return createPageEngine({ tesseract: { size: this.size }, createPaddle: () => paddle });
  }));
  /** The 大写 line reader, started the first time a words line is unreadable; it shares the page engine's PaddleOCR. */
  amountWords = (): AmountWordsReader => (this.#words ??= deferredReader(async () => {
    const { createAmountWordsReader } = await import('../src/ocr/amount-words-reader.js');
    return createAmountWordsReader({ paddle: await this.#sharedPaddle() });
  }));
  async close(): Promise<void> {
    await Promise.all([this.#engine?.close(), this.#words?.close()]);
    await (await this.#paddle?.catch(() => undefined))?.close(); // closing twice (the page engine did) is harmless
    this.#engine = undefined;
    this.#words = undefined;
    this.#paddle = undefined;
  }
}

/** An engine made by `create` on its first recognition; until then its name is 'pending'. */
function deferred(create: () => Promise<OcrEngine>): OcrEngine {
  let made: OcrEngine | undefined;
  let making: Promise<OcrEngine> | undefined;
  const engine = () => (making ??= create().then((e) => (made = e)));
  return {
    get name() { return made?.name ?? 'pending'; },
    recognize: async (input, options) => (await engine()).recognize(input, options),
    close: async () => { if (making) await (await making.catch(() => undefined))?.close(); },
  };
}

/** `deferred` for the 大写 line reader. */
function deferredReader(create: () => Promise<AmountWordsReader>): AmountWordsReader {
  let made: AmountWordsReader | undefined;
  let making: Promise<AmountWordsReader> | undefined;
  const reader = () => (making ??= create().then((r) => (made = r)));
  return {
    get name() { return made?.name ?? 'pending'; },
    read: async (image, bbox, options) => (await reader()).read(image, bbox, options),
    close: async () => { if (making) await (await making.catch(() => undefined))?.close(); },
  };
}

/** A checked file: its report and, when it could be read, the document and extraction behind it. */
export interface Inspection {
  report: DocumentReport;
  read?: ReadResult;
}

/**
 * Check one file. Never throws for a bad file: the report carries the error.
 * @example const report = await checkFile('samples/dev/contract.pdf', session);
 */
export async function checkFile(filePath: string, session: OcrSession, options: CheckOptions = {}): Promise<DocumentReport> {
  return (await inspectFile(filePath, session, options)).report;
}

/** `checkFile`, also handing back the document model (for case-level checks in the same process). */
export async function inspectFile(filePath: string, session: OcrSession, options: CheckOptions = {}): Promise<Inspection> {
  const t0 = performance.now();
  const fileName = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { report: buildErrorReport({ fileName, id: '', sizeBytes: 0 },
      new DocumentError(code === 'ENOENT' ? 'NOT_FOUND' : 'CORRUPT_FILE', code === 'ENOENT' ? `No such file: ${filePath}` : `Cannot read ${filePath} (${code ?? String(error)}).`, { cause: error }),
      { totalMs: 0 }) };
  }
  const identity = { fileName, id: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return { report: buildErrorReport(identity, new DocumentError('TOO_LARGE', `The file is ${bytes.length} bytes, over the limit of ${maxBytes}.`), { totalMs: 0 }) };
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DocumentError('TIMEOUT', `Reading the file took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`));
    }, timeoutMs);
  });
  // The file stays open from reading through the checks (they reuse pdf.js's parse of it); a read
  // that finishes after the deadline closes it itself.
  const reading = readDocument(filePath, bytes, { ingest: options.ingest, ocr: session.get, amountWords: session.amountWords, ocrConcurrency: options.concurrency ?? os.availableParallelism(), signal: controller.signal, keepOpen: true });
  let opened: OpenedDocument | undefined;
  try {
    const { opened: kept, ...read } = await Promise.race([reading, timeout]);
    opened = kept;
    const t1 = performance.now();
    const { findings, reviewItems, failures, ms, skipped } = await runDocumentChecks({ ...read, ocr: session.get, opened }, undefined, { deep: options.deep });
    for (const page of read.document.pages) delete page.image;
    const slowChecks = Object.fromEntries(Object.entries(ms).filter(([, v]) => v >= 50).map(([k, v]) => [`check:${k}`, v]));
    const timings = { ...read.timings, checksMs: Math.round(performance.now() - t1), ...slowChecks, totalMs: Math.round(performance.now() - t0) };
    const report = buildDocumentReport(read.document, read.extraction.mentions, findings, reviewItems, timings);
    if (failures.length) report.checkFailures = failures;
    if (skipped.length) report.checksSkipped = skipped;
    return { report, read };
  } catch (error) {
    if (!opened) reading.then((r) => r.opened?.close(), () => undefined).catch(() => undefined);
    return { report: buildErrorReport(identity, error, { totalMs: Math.round(performance.now() - t0) }) };
  } finally {
    clearTimeout(timer);
    await opened?.close().catch(() => undefined);
  }
}

/** Check several files one after another with one OCR pool. */
export async function checkFiles(paths: readonly string[], options: CheckOptions = {}): Promise<DocumentReport[]> {
  const session = new OcrSession(options.concurrency ?? os.availableParallelism());
  try {
    const reports: DocumentReport[] = [];
    for (const p of paths) reports.push(await checkFile(p, session, options));
    return reports;
  } finally {
    await session.close();
  }
}
