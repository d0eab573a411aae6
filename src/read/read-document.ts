/**
 * bytes → Document: ingest, OCR where a page needs it, classification, field extraction.
 * OCR pages run concurrently through the engine (a pool), rendering stays one page ahead of it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import type { Document, Page } from '../model/document.js';
import type { OcrEngine, OcrResult } from '../ocr/engine.js';
import { openDocument, DEFAULT_INGEST_OPTIONS, type IngestOptions, type OpenedDocument, type RasterInput } from '../ingest/index.js';
import { classifyDocType, detectLanguage } from '../classify/index.js';
import { extractFields, type Extraction } from '../extract/index.js';
import { rereadAmountWords } from './reread-words.js';
import { scriptBand } from './script-band.js';
import type { AmountWordsReader } from '../ocr/amount-words-reader.js';

export interface ReadOptions {
  ingest?: Partial<IngestOptions>;
  /** The OCR engine, created on first need (text-layer documents never start one). */
  ocr: () => OcrEngine;
  /** The second reader for amount-in-words lines, created on first need. */
  amountWords?: () => AmountWordsReader;
  /** Pages OCR'd at once for this document. */
  ocrConcurrency?: number;
  signal?: AbortSignal;
  /**
   * Hand the opened file back as `opened` instead of closing it, so the checks reuse pdf.js's parse
   * (fonts, operator lists) rather than parsing the file again; only for files with text-layer
   * pages (nothing reads a scan's file again). The caller must close it; on a throw it is closed here.
   */
  keepOpen?: boolean;
}

export interface ReadResult {
  document: Document;
  extraction: Extraction;
  timings: Record<string, number>;
  /** The opened file, still open: only with `keepOpen` and a text-layer page. */
  opened?: OpenedDocument;
}

/**
 * Which Tesseract models to read a document with, judged from a first reading with `chi_sim`:
 * `chi_sim` alone for Chinese (with `eng` loaded too, short Chinese cells such as names come out as
 * Latin letters: 谢勇 → "WH"), `eng` alone for English (`chi_sim` reads "ID" as "1D"), both for
 * documents that mix the two. Measured on the dev scans, 2026-11-22.
 */
export function ocrLanguages(text: string): string[] {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]{2,}/g) ?? []).join('').length;
  if (han * 2.5 >= latin * 2) return ['chi_sim'];
  if (han * 2.5 <= latin * 0.15) return ['eng'];
  return ['chi_sim', 'eng'];
}

/** Characters a band's reading needs to judge the script by; fewer and the whole page decides. */
const MIN_BAND_CHARACTERS = 40;
/**
 * Mean confidence under which an `eng` reading is taken to be of another script: Chinese read with
 * `eng` comes out as scattered letters at low confidence, English pages read at 80–95.
 */
const MIN_ENG_CONFIDENCE = 60;

const textOf = (r: OcrResult) => r.lines.map((l) => l.text).join('\n');

/**
 * OCR a document's first page and decide its languages. The script is judged from a `chi_sim`
 * reading of the page's first lines (script-band.ts), then the page is read once with the chosen
 * models; before, the whole page was read with `chi_sim` and an English page a second time with
 * `eng`. The full reading is checked against the band's verdict, and a page the band misjudged is
 * read again as before, so the band can cost time but never the languages.
 */
export async function readFirstPage(ocr: OcrEngine, png: Buffer, signal?: AbortSignal): Promise<{ result: OcrResult; languages: string[] }> {
  const band = await scriptBand(png);
  let guess: string[] | undefined;
  if (band) {
    // A crop, not `rectangle`: through the pool a rectangle read came back as noise ("四 四 四").
    const crop = await sharp(png).extract(band).png({ compressionLevel: 1 }).toBuffer();
    const probe = textOf(await ocr.recognize({ image: crop }, { signal, languages: ['chi_sim'] }));
    if (probe.replace(/\s+/gu, '').length >= MIN_BAND_CHARACTERS) guess = ocrLanguages(probe);
  }
  const read = (languages: string[]) => ocr.recognize({ image: png }, { signal, languages });
  if (guess?.[0] === 'chi_sim') {
    const result = await read(guess);
    const judged = ocrLanguages(textOf(result));
    // As the whole-page judgement always did: a chi_sim reading stands for a page judged Chinese or mixed.
    return { result: judged[0] === 'chi_sim' ? result : await read(judged), languages: judged };
  }
  if (guess) {
    const result = await read(guess);
    if (result.confidence >= MIN_ENG_CONFIDENCE) return { result, languages: guess };
  }
  const chinese = await read(['chi_sim']);
  const languages = ocrLanguages(textOf(chinese));
  return { result: languages[0] === 'chi_sim' ? chinese : await read(languages), languages };
}

/**
 * Read one file's bytes into a classified document with extracted fields.
 * Throws `DocumentError` for files that cannot be read.
 */
export async function readDocument(filePath: string, bytes: Buffer, options: ReadOptions): Promise<ReadResult> {
  const timings: Record<string, number> = {};
  const t0 = performance.now();
  const ingest = { ...DEFAULT_INGEST_OPTIONS, ...options.ingest };
  const opened = await openDocument(bytes, ingest);
  const pages: Page[] = [];
  const rasters = new Map<number, RasterInput>();
  let ocrMs = 0;
  // The script is decided on the first OCR'd page and kept for the rest of the document (see readFirstPage).
  let languages: string[] | undefined;
  const recognize = async (input: RasterInput): Promise<void> => {
    const t = performance.now();
    const ocr = options.ocr();
    let result: OcrResult;
    if (languages) result = await ocr.recognize({ image: input.png }, { signal: options.signal, languages });
    else ({ result, languages } = await readFirstPage(ocr, input.png, options.signal));
    ocrMs += performance.now() - t;
    pages[input.index - 1] = {
      index: input.index, width: input.width, height: input.height, dpi: input.dpi,
      source: 'ocr', sourceReason: input.reason, lines: result.lines, ocrConfidence: Math.round(result.confidence * 10) / 10,
      image: { data: input.png },
    };
  };
  // Every page in flight gets a handler at once: when one fails or the deadline aborts the read, the
  // others still reject later, and an unhandled rejection would take the whole process down.
  const inFlight: Promise<void>[] = [];
  let keep = false;
  try {
    const limit = Math.max(1, options.ocrConcurrency ?? 2) + 1;
    for (let index = 1; index <= opened.pageCount; index++) {
      options.signal?.throwIfAborted();
      const input = await opened.readPage(index);
      if (input.kind === 'text') { pages[index - 1] = input.page; continue; }
      rasters.set(index, input);
      // The first OCR'd page runs alone: it decides the languages for the others.
      if (!languages) { await recognize(input); continue; }
      const job = recognize(input);
      job.catch(() => undefined);
      inFlight.push(job);
      if (inFlight.length >= limit) await Promise.all(inFlight.splice(0, 1));
    }
    await Promise.all(inFlight);
    // Only text-layer pages are read from the file again (signature marks); a scan is closed at
    // once, as before, rather than held through seconds of checks.
    keep = options.keepOpen === true && pages.some((p) => p.source === 'text-layer');
  } finally {
    await Promise.allSettled(inFlight);
    if (!keep) await opened.close();
  }
  timings.readMs = Math.round(performance.now() - t0 - ocrMs);
  timings.ocrMs = Math.round(ocrMs);

  try {
    const read = await classifyAndExtract(filePath, bytes, opened, pages, rasters, timings, options);
    return keep ? { ...read, opened } : read;
  } catch (error) {
    if (keep) await opened.close();
    throw error;
  }
}

/** The read pages → a classified document with its fields. */
async function classifyAndExtract(filePath: string, bytes: Buffer, opened: OpenedDocument, pages: Page[], rasters: ReadonlyMap<number, RasterInput>,
  timings: Record<string, number>, options: ReadOptions): Promise<ReadResult> {
  const t1 = performance.now();
  const text = pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');
  const head = pages[0]?.lines.slice(0, 8).map((l) => l.text).join('\n') ?? '';
  const type = classifyDocType(text, head);
  const language = detectLanguage(text);
  const document: Document = {
    file: { path: filePath, fileName: path.basename(filePath), bytes, id: createHash('sha256').update(bytes).digest('hex') },
    mediaType: opened.mediaType,
    pages,
    metadata: opened.metadata,
    docType: type.docType,
    docTypeConfidence: type.confidence,
    language,
    fields: {},
    transactions: [],
  };
  let extraction = extractFields(document);
  if (options.amountWords && extraction.unreadWordsLines.some((l) => rasters.has(l.page))) {
    const t = performance.now();
    const changed = await rereadAmountWords(document, extraction.unreadWordsLines, options.amountWords());
    timings.rereadMs = Math.round(performance.now() - t);
    if (changed) extraction = extractFields(document);
  }
  document.fields = extraction.fields;
  document.transactions = extraction.transactions;
  timings.extractMs = Math.round(performance.now() - t1);
  return { document, extraction, timings };
}
