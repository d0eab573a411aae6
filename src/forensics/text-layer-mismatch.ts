/**
 * TEXT_LAYER_MISMATCH: a PDF's text layer says something other than what the page shows. Cheap by
 * design: only value-bearing lines (amounts, accounts, dates), at most a dozen per page.
 * 1. Overlay, from the text layer alone: two different texts drawn at the same place on a line
 *    (an old value hidden under a white box, a new one on top).
 * 2. Render the page, OCR only those lines' crops, compare the numbers with the text layer; only
 *    for files the byte-level pre-screen (`text-layer-prescreen.ts`) cannot clear, and pages with
 *    words placed off the page. A cleared file draws exactly its text layer: OCR would only cost.
 */
import sharp from 'sharp';
import type { DocumentCheck } from '../checks/check.js';
import type { Line, Word } from '../model/document.js';
import type { BBox, Finding } from '../model/schema.js';
import type { OcrEngine } from '../ocr/engine.js';
import { openPdf } from '../ingest/pdf.js';
import { groupLines } from '../layout/join.js';
import { coveredWords, pageReasons, prescreenPdf, wordsOffPage, type Prescreen } from './text-layer-prescreen.js';

const DPI = 200;
const MAX_LINES_PER_PAGE = 12;
const MAX_PAGES = 20;
/** OCR confidence (0..100) from which a disagreement is called high. */
export const OCR_TRUST = 80;

/** Numbers of a text as digit strings ("12,345.00" → "1234500"), four digits or more. */
export function numbers(text: string): string[] {
  return (text.match(/\d[\d,.\s]*\d/gu) ?? []).map((n) => n.replace(/\D/gu, '')).filter((n) => n.length >= 4);
}

function overlaps(a: Word, b: Word): number {
  const w = Math.min(a.bbox[0] + a.bbox[2], b.bbox[0] + b.bbox[2]) - Math.max(a.bbox[0], b.bbox[0]);
  const h = Math.min(a.bbox[1] + a.bbox[3], b.bbox[1] + b.bbox[3]) - Math.max(a.bbox[1], b.bbox[1]);
  return w > 0 && h > 0.4 * Math.min(a.bbox[3], b.bbox[3]) ? w / Math.min(a.bbox[2], b.bbox[2]) : 0;
}

/**
 * Different numbers drawn on top of each other. Looks across lines too: a value
 * typed over another at a slightly different baseline lands in a line of its own.
 */
export function findOverlays(words: readonly Word[]): [Word, Word][] {
  const out: [Word, Word][] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) {
      const a = words[i] as Word;
      const b = words[j] as Word;
      // Value over value: both carry digits. A label running into a number is a layout overflow
      // (both visible, garbled), not a hidden amount.
      if (a.text !== b.text && overlaps(a, b) > 0.5 && /\d/u.test(a.text) && /\d/u.test(b.text)) out.push([a, b]);
    }
  }
  return out;
}

/** Overlay findings of one page's words (`evidence.words` holds the pair, for the caller to drop). */
function overlayFindings(words: readonly Word[], index: number): Finding[] {
  return findOverlays(words).map((pair) => ({
    code: 'TEXT_LAYER_MISMATCH' as const, severity: 'high' as const, page: index, bbox: box([pair[0].bbox, pair[1].bbox]),
    message: `Page ${index}: the text layer holds "${pair[0].text}" and "${pair[1].text}" at the same place: one value was drawn over (or hidden under) another.`,
    evidence: { signal: 'overlay', score: 1, threshold: 1, texts: [pair[0].text, pair[1].text], fonts: [pair[0].font, pair[1].font], why: 'a generated document never prints two values in one spot', words: pair },
  }));
}

function differsByFew(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d > 0 && d <= 2;
}

/** What the OCR comparison cost, for measuring. */
export interface InspectStats { pagesRendered: number; crops: number; ocrPixels: number }

export interface InspectOptions {
  /**
   * When the only reason is opaque paint over earlier text (`covered-text`), OCR only the value
   * words under it, cropped with a margin (default). False: every value line of every page, as
   * for the other reasons (kept for measuring the difference).
   */
  geometric?: boolean;
  stats?: InspectStats;
}

/** Which words of a value line to OCR on a page: the whole line, or only the covered words. */
function targets(line: Line, covered: ReadonlySet<Word> | null): Word[] {
  if (!covered) return line.words;
  const words = line.words.filter((w) => covered.has(w));
  return numbers(words.map((w) => w.text).join(' ')).length ? words : [];
}

/** Compare value lines of a PDF's text layer with OCR of the rendered page (exported for measuring). */
export async function inspectTextLayer(bytes: Buffer, ocr: () => OcrEngine, screen: Prescreen = prescreenPdf(bytes), options: InspectOptions = {}): Promise<Finding[]> {
  const geometric = (options.geometric ?? true) && pageReasons(screen).length === 0;
  const findings: Finding[] = [];
  const pdf = await openPdf(bytes);
  try {
    for (let index = 1; index <= Math.min(pdf.pageCount, MAX_PAGES); index++) {
      const text = await pdf.readTextPage(index, DPI);
      const lines = groupLines(text.words).filter((l) => numbers(l.text).length > 0).slice(0, MAX_LINES_PER_PAGE);
      if (lines.length === 0) continue;
      const checked = new Set<Line>();
      for (const f of overlayFindings(text.words, index)) {
        const pair = f.evidence.words as [Word, Word];
        const touched = lines.filter((l) => l.words.includes(pair[0]) || l.words.includes(pair[1]));
        if (touched.some((l) => checked.has(l))) continue;
        for (const l of touched) checked.add(l);
        delete f.evidence.words;
        findings.push(f);
      }
      const offPage = wordsOffPage(text.words, text.width, text.height).length > 0;
      if (!screen.suspect && !offPage) continue;
      // Covers alone: only the value words under one, each crop just those words.
      const covered = geometric && !offPage ? new Set(coveredWords(screen, index, text.words, DPI / 72)) : null;
      const rest = lines.filter((l) => !checked.has(l)).map((line) => ({ line, words: targets(line, covered) })).filter((t) => t.words.length > 0);
      if (rest.length === 0) continue;
      const reasons = [...screen.reasons, ...(offPage ? ['text-off-page'] : [])];
      const raster = await pdf.renderPage(index, DPI);
      if (options.stats) options.stats.pagesRendered++;
      const page = sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: raster.channels } }).flatten({ background: '#ffffff' });
      const rendered = await page.greyscale().png({ compressionLevel: 1 }).toBuffer();
      for (const { line, words } of rest) {
        const [x, y, w, h] = words === line.words ? line.bbox : box(words.map((v) => v.bbox));
        const pad = Math.round(h * 0.4);
        const left = Math.max(0, Math.floor(x - pad));
        const top = Math.max(0, Math.floor(y - pad));
        const crop = { left, top, width: Math.min(raster.width - left, Math.ceil(w + 2 * pad)), height: Math.min(raster.height - top, Math.ceil(h + 2 * pad)) };
        if (crop.width < 4 || crop.height < 4) continue;
        const image = await sharp(rendered).extract(crop).png().toBuffer();
        if (options.stats) { options.stats.crops++; options.stats.ocrPixels += crop.width * crop.height; }
        const read = await ocr().recognize({ image }, { psm: 'line' });
        const seen = read.lines.map((l) => l.text).join(' ');
        const layer = numbers(words.map((v) => v.text).join(' '));
        const shown = numbers(seen);
        const missing = layer.filter((n) => !shown.includes(n));
        if (missing.length === 0) continue;
        const rival = shown.find((s) => !layer.includes(s) && missing.some((m) => differsByFew(m, s)));
        if (!rival) continue;
        // A second, digits-only read of just the number at twice the size: OCR confuses 6/0 or 8/3
        // far less often twice.
        const numberWords = words.filter((w) => missing.some((m) => { const d = w.text.replace(/\D/gu, ''); return d.length > 0 && m.includes(d); }));
        const again = numberWords.length ? await readDigits(rendered, box(numberWords.map((w) => w.bbox)), raster, ocr) : [];
        if (missing.every((m) => again.includes(m))) continue;
        const strong = read.confidence >= OCR_TRUST && again.includes(rival);
        const said = words === line.words ? line.text.trim() : words.map((v) => v.text).join(' ');
        findings.push({
          code: 'TEXT_LAYER_MISMATCH', severity: strong ? 'high' : 'medium', page: index, bbox: words === line.words ? line.bbox.map(Math.round) as BBox : box(words.map((v) => v.bbox)),
          message: `Page ${index}: the text layer says "${said}" but the page shows "${seen.trim()}".`,
          evidence: { signal: 'ocr-vs-layer', score: Math.round(read.confidence), threshold: OCR_TRUST, layer: said, shown: seen.trim(), prescreen: reasons,
            why: strong ? 'OCR read the line confidently and one number differs by one or two digits' : 'OCR confidence is modest; compare by eye' },
        });
      }
    }
  } finally {
    await pdf.close();
  }
  return findings;
}

async function readDigits(rendered: Buffer, b: BBox, size: { width: number; height: number }, ocr: () => OcrEngine): Promise<string[]> {
  const pad = Math.round(b[3] * 0.5);
  const left = Math.max(0, b[0] - pad);
  const top = Math.max(0, b[1] - pad);
  const width = Math.min(size.width - left, b[2] + 2 * pad);
  const height = Math.min(size.height - top, b[3] + 2 * pad);
  if (width < 4 || height < 4) return [];
  const image = await sharp(rendered).extract({ left, top, width, height }).resize({ width: width * 2, kernel: 'lanczos3' }).png().toBuffer();
  const read = await ocr().recognize({ image }, { psm: 'line', languages: ['eng'], whitelist: '0123456789,.-+' });
  return numbers(read.lines.map((l) => l.text).join(' '));
}

function box(boxes: BBox[]): BBox {
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...boxes.map((b) => b[1] + b[3]));
  return [Math.round(x0), Math.round(y0), Math.round(x1 - x0), Math.round(y1 - y0)];
}

export const textLayerMismatch: DocumentCheck = {
  id: 'forensics-text-layer-mismatch',
  cost: 'ocr',
  appliesTo: (doc) => doc.mediaType === 'application/pdf',
  run: async ({ document, ocr }, { findings }) => {
    const screen = prescreenPdf(document.file.bytes);
    const layerPages = document.pages.filter((p) => p.source === 'text-layer');
    const offPage = layerPages.some((p) => wordsOffPage(p.lines.flatMap((l) => l.words), p.width, p.height).length > 0);
    // Covers alone: clear the file when no text-layer word lies under one.
    const covered = pageReasons(screen).length > 0 || layerPages.length < document.pages.length
      || layerPages.some((p) => coveredWords(screen, p.index, p.lines.flatMap((l) => l.words), p.dpi / 72).length > 0);
    if ((screen.suspect && covered) || offPage) {
      findings.push(...await inspectTextLayer(document.file.bytes, ocr, screen));
      return;
    }
    // Cleared: every glyph is drawn visibly and nothing is painted over it, so the page shows what
    // the layer reads (two values drawn in one spot without a cover would be visibly garbled). No
    // second parse, no render, no OCR.
  },
};
