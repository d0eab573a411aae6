/**
 * Where the time goes per page: every stage of `docreview batch` run one after another in this
 * process (one OCR worker, nothing overlapping), timed in CPU time (all threads of the process, so
 * OCR worker threads and libvips threads count) and wall time.
 *
 *   npx tsx bench/profile.ts                 # every dev sample: scanned and text-layer pages
 *   npx tsx bench/profile.ts file.pdf …      # these files
 *   npx tsx bench/profile.ts --repeat 5 samples/dev/*-text-pdf.pdf   # 5 passes; the first (cold JIT, first
 *                                            # font loads) is run but left out of the table, as in a warm worker
 *
 * CPU time is what a busy machine distorts least; the wall column shows what waits (worker starts).
 * OCR is measured on warm workers, one per language set; starting a worker is reported apart.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openDocument, DEFAULT_INGEST_OPTIONS, type OpenedDocument, type RasterInput } from '../src/ingest/index.js';
import { preprocessImage } from '../src/ocr/preprocess.js';
import { createTesseractEngine } from '../src/ocr/tesseract.js';
import type { OcrEngine, OcrResult } from '../src/ocr/engine.js';
import { createAmountWordsReader } from '../src/ocr/amount-words-reader.js';
import { ocrLanguages, readDocument, type ReadResult } from '../src/read/read-document.js';
import { rereadAmountWords } from '../src/read/reread-words.js';
import { extractFields } from '../src/extract/index.js';
import { DOCUMENT_CHECKS, type CheckSink } from '../src/checks/index.js';
import { buildDocumentReport } from '../src/report/document-report.js';
import { writeJsonAtomic } from '../src/batch/atomic-write.js';
import { decodeGrey } from '../src/forensics/block-map.js';
import { findCopyMoves } from '../src/forensics/copy-move.js';
import { DEV_SAMPLES } from './batch-corpus.js';

/** CPU and wall milliseconds summed per stage, and the pages they were spent on. */
export class StageClock {
  readonly cpu = new Map<string, number>();
  readonly wall = new Map<string, number>();
  async time<T>(stage: string, fn: () => Promise<T> | T): Promise<T> {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const c = process.cpuUsage(c0);
      this.cpu.set(stage, (this.cpu.get(stage) ?? 0) + (c.user + c.system) / 1000);
      this.wall.set(stage, (this.wall.get(stage) ?? 0) + performance.now() - t0);
    }
  }
  total(kind: 'cpu' | 'wall', filter: (stage: string) => boolean = () => true): number {
    let n = 0;
    for (const [k, v] of this[kind]) if (filter(k)) n += v;
    return n;
  }
}

/** OCR engines kept warm per language set, as a document worker keeps one. */
class WarmEngines {
  #engines = new Map<string, OcrEngine>();
  async get(languages: string[], clock: StageClock): Promise<OcrEngine> {
    const key = languages.join('+');
    let engine = this.#engines.get(key);
    if (!engine) {
      engine = createTesseractEngine({ jobTimeoutMs: 300_000 });
      this.#engines.set(key, engine);
      await clock.time(`(worker start ${key})`, () => engine!.recognize({ image: TINY_PNG }, { languages }));
    }
    return engine;
  }
  async close(): Promise<void> { await Promise.all([...this.#engines.values()].map((e) => e.close())); }
}

/** A small white PNG: starts a worker without reading anything. */
const TINY_PNG = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#fff' } }).png().toBuffer();

/**
 * Replays stored OCR results, so `readDocument` assembles the document without OCR-ing again. The
 * script-band probe (a crop of the page's first lines, read-document.ts) gets an empty reading, so the
 * languages are judged from the stored whole-page reading.
 */
function replayEngine(results: Map<string, OcrResult>): OcrEngine {
  return {
    name: 'replay',
    recognize: async ({ image }) => results.get(digest(image)) ?? { lines: [], confidence: 0, width: 0, height: 0, ms: 0 },
    close: async () => undefined,
  };
}

const digest = (b: Buffer) => createHash('sha1').update(b).digest('hex');

interface Profiled { file: string; pages: number; ocrPages: number }

/** Run every stage of one document, adding into `clock`. */
async function profileDocument(file: string, clock: StageClock, engines: WarmEngines, words: ReturnType<typeof createAmountWordsReader>, outDir: string): Promise<Profiled> {
  const bytes = readFileSync(file);
  const rasters: RasterInput[] = [];
  const opened = await clock.time('ingest', () => openDocument(bytes, DEFAULT_INGEST_OPTIONS));
  let pages = 0;
  try {
    for (let i = 1; i <= opened.pageCount; i++) {
      const input = await clock.time('ingest', () => opened.readPage(i));
      pages++;
      if (input.kind === 'raster') rasters.push(input);
    }
  } finally {
    await clock.time('ingest', () => opened.close());
  }

  // OCR as read-document does it: the first page with chi_sim decides the languages.
  const results = new Map<string, OcrResult>();
  let languages: string[] | undefined;
  for (const input of rasters) {
    const pre = await clock.time('preprocess', () => preprocessImage(input.png));
    const first = languages ?? ['chi_sim'];
    const engine = await engines.get(first, clock);
    let result = await clock.time('ocr', () => engine.recognize({ image: pre.image }, { languages: first }));
    if (!languages) {
      languages = ocrLanguages(result.lines.map((l) => l.text).join('\n'));
      if (languages[0] !== 'chi_sim') {
        const again = await engines.get(languages, clock);
        result = await clock.time('ocr (language retry)', () => again.recognize({ image: pre.image }, { languages }));
      }
    }
    const lines = result.lines.map((line) => ({ ...line, bbox: pre.toOriginal(line.bbox), words: line.words.map((w) => ({ ...w, bbox: pre.toOriginal(w.bbox) })) }));
    results.set(digest(input.png), { ...result, lines, width: pre.originalWidth, height: pre.originalHeight });
  }

  // Assemble the document from the stored OCR (ingest runs again here, untimed), then time each stage.
  // Kept open through the checks, as the batch does (pipelines/check.ts): they reuse ingest's parse.
  const { opened: kept, ...read } = await readDocument(file, bytes, { ocr: () => replayEngine(results), ocrConcurrency: 1, keepOpen: true });
  const sink: CheckSink = { findings: [], reviewItems: [] };
  try {
    await profileChecks(read, kept, sink, clock, engines, words);
  } finally {
    await kept?.close();
  }
  await clock.time('report', async () => {
    const report = buildDocumentReport(read.document, read.extraction.mentions, sink.findings, sink.reviewItems, read.timings);
    await writeJsonAtomic(path.join(outDir, `${path.basename(file)}.json`), report);
  });
  return { file: path.basename(file), pages, ocrPages: rasters.length };
}

/** Extraction and every check of a read document, timed into `clock` (the file kept open as the batch keeps it). */
async function profileChecks(read: ReadResult, opened: OpenedDocument | undefined, sink: CheckSink, clock: StageClock, engines: WarmEngines, words: ReturnType<typeof createAmountWordsReader>): Promise<void> {
  const extraction = await clock.time('extract', () => extractFields(read.document));
  if (extraction.unreadWordsLines.some((l) => read.document.pages[l.page - 1]?.source === 'ocr')) {
    await clock.time('大写 reread', () => rereadAmountWords(read.document, extraction.unreadWordsLines, words));
  }
  const ocr = async () => engines.get(['chi_sim', 'eng'], clock);
  const ocrNow = await ocr(); // started before the checks so its start-up is not charged to them
  for (const check of DOCUMENT_CHECKS) {
    if (!check.appliesTo(read.document)) continue;
    await clock.time(`check:${check.id}`, () => check.run({ ...read, opened, ocr: () => ocrNow }, sink));
  }
  // For reference, the pixel-forensics building blocks on each OCR raster, timed apart (what
  // forensics-image-edited actually runs on a page is its own choice; src/forensics decides).
  if (DOCUMENT_CHECKS.some((c) => c.id === 'forensics-image-edited' && c.appliesTo(read.document))) {
    for (const page of read.document.pages) {
      if (!page.image || page.source !== 'ocr') continue;
      const grey = await clock.time('(forensics: decode grey, apart)', () => decodeGrey(page.image!.data));
      await clock.time('(forensics: copy-move search, apart)', () => findCopyMoves(grey));
    }
  }
}

/** Print a stage table: CPU ms per page, wall ms per page, share of CPU. Parenthesised stages are not in the total. */
function printTable(title: string, clock: StageClock, pages: number): void {
  const counted = (k: string) => !k.startsWith('(');
  const cpuTotal = clock.total('cpu', counted);
  console.log(`\n${title}: ${pages} pages; per page: CPU ${(cpuTotal / pages).toFixed(0)} ms, wall ${(clock.total('wall', counted) / pages).toFixed(0)} ms`);
  console.log(`  ${'stage'.padEnd(36)}${'CPU ms/page'.padStart(12)}${'wall ms/page'.padStart(14)}${'CPU share'.padStart(11)}`);
  for (const [k, v] of [...clock.cpu].sort((a, b) => b[1] - a[1])) {
    const share = counted(k) ? `${((v / cpuTotal) * 100).toFixed(1)} %` : '';
    console.log(`  ${k.padEnd(36)}${(v / pages).toFixed(0).padStart(12)}${(clock.wall.get(k)! / pages).toFixed(0).padStart(14)}${share.padStart(11)}`);
  }
  const ocr = clock.total('cpu', (k) => k === 'ocr');
  if (ocr > 0) console.log(`  outside the OCR that must run (everything but 'ocr'): ${(((cpuTotal - ocr) / ocr) * 100).toFixed(1)} % of OCR CPU`);
  else console.log(`  at this CPU per page one core reads ${(1000 / (cpuTotal / pages)).toFixed(1)} pages/s`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let repeat = 1;
  const at = args.indexOf('--repeat');
  if (at >= 0) {
    repeat = Number(args[at + 1]);
    if (!Number.isInteger(repeat) || repeat < 1) throw new TypeError(`Expected a whole number after --repeat, got \`${args[at + 1]}\``);
    args.splice(at, 2);
  }
  const all = readdirSync(DEV_SAMPLES).filter((n) => !n.endsWith('.json')).sort().map((n) => path.join(DEV_SAMPLES, n));
  const files = args.length ? args.map((f) => path.resolve(f)) : all;
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'docreview-profile-'));
  const engines = new WarmEngines();
  const words = createAmountWordsReader({ engine: 'tesseract' });
  const scan = new StageClock();
  const text = new StageClock();
  const counts = { scan: 0, text: 0 };
  console.log(`docreview stage profile: ${os.availableParallelism()} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`);
  try {
    for (let pass = 0; pass < repeat; pass++) {
      // With --repeat, the first pass warms up and is left out of the tables.
      const warmUp = repeat > 1 && pass === 0;
      for (const file of files) {
        // Classify the file first (untimed): all-OCR documents go to the scan table, all-text ones to the text table.
        const probe = await openDocument(readFileSync(file), DEFAULT_INGEST_OPTIONS);
        const kinds = new Set<string>();
        for (let i = 1; i <= probe.pageCount; i++) kinds.add((await probe.readPage(i)).kind);
        await probe.close();
        if (kinds.size !== 1) { console.log(`skipped (mixed pages): ${path.basename(file)}`); continue; }
        const isScan = kinds.has('raster');
        const r = await profileDocument(file, warmUp ? new StageClock() : isScan ? scan : text, engines, words, outDir);
        if (warmUp) continue;
        counts[isScan ? 'scan' : 'text'] += r.pages;
        if (pass === repeat - 1) console.log(`${isScan ? 'scan' : 'text'}: ${r.file} (${r.pages} p)`);
      }
    }
    if (counts.scan) printTable('SCANNED PAGES', scan, counts.scan);
    if (counts.text) printTable('TEXT-LAYER PAGES', text, counts.text);
    console.log(`\nload at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    await Promise.all([engines.close(), words.close()]);
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await main();
  process.exit(0);
}
