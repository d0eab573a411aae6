/**
 * PDFs through pdf.js: per-page text with positions and fonts, document
 * metadata, and page rendering for pages that must be OCR'd.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, InvalidPDFException, OPS, VerbosityLevel } from './pdfjs.js';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { DocumentError } from '../model/errors.js';
import type { Word } from '../model/document.js';
import { multiply, readPageMarks, type Matrix, type PageMarks } from './pdf-marks.js';

const require = createRequire(import.meta.url);
const PDFJS_DIR = path.dirname(require.resolve('pdfjs-dist/package.json'));
/** CJK CMaps: bank PDFs with non-embedded Chinese fonts (STSong-Light, UniGB-UCS2-H) give no text without them. */
const CMAP_URL = path.join(PDFJS_DIR, 'cmaps') + path.sep;
const STANDARD_FONTS_URL = path.join(PDFJS_DIR, 'standard_fonts') + path.sep;

export interface PdfTextPage {
  words: Word[];
  width: number;
  height: number;
  /** Page text in content order, for judging the text layer. */
  text: string;
  /** Share of the page area covered by images (0..1, overlaps counted once per image). */
  imageCoverage: number;
  /** Resolution of the largest image on the page, in pixels per inch as placed (0 when none). */
  imageDpi: number;
}

export interface RasterPage {
  /** Raw RGBA pixels. */
  data: Buffer;
  width: number;
  height: number;
  channels: 4;
}

export interface PdfFile {
  pageCount: number;
  metadata: Record<string, string>;
  readTextPage(index: number, dpi: number): Promise<PdfTextPage>;
  renderPage(index: number, dpi: number): Promise<RasterPage>;
  /** Images and paths the page paints, in page coordinates at `dpi`: ink evidence without rendering. */
  readMarks(index: number, dpi: number): Promise<PageMarks>;
  close(): Promise<void>;
}

/**
 * Open a PDF. Throws `DocumentError` ENCRYPTED / CORRUPT_FILE for files pdf.js cannot open.
 * @example const pdf = await openPdf(bytes); const p1 = await pdf.readTextPage(1, 200); await pdf.close();
 */
export async function openPdf(bytes: Buffer): Promise<PdfFile> {
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: CMAP_URL,
    cMapPacked: true,
    standardFontDataUrl: STANDARD_FONTS_URL,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS, // warnings go to stdout, which must stay clean for --json
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw toDocumentError(error);
  }
  const metadata = await readMetadata(doc);
  return {
    pageCount: doc.numPages,
    metadata,
    readTextPage: async (index, dpi) => readTextPage(await doc.getPage(index), dpi),
    renderPage: async (index, dpi) => renderPage(doc, await doc.getPage(index), dpi),
    readMarks: async (index, dpi) => {
      const page = await doc.getPage(index);
      try { return await readPageMarks(page, dpi); } finally { page.cleanup(); }
    },
    close: () => task.destroy(),
  };
}

function toDocumentError(error: unknown): DocumentError {
  if ((error as Error)?.name === 'PasswordException') {
    return new DocumentError('ENCRYPTED', 'The PDF is password-protected; ask the submitter for an unprotected copy.', { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidPDFException || /^(InvalidPDFException|FormatError)$/.test((error as Error)?.name ?? '') || /Invalid PDF|XRef|startxref|Unexpected/i.test(detail)) {
    return new DocumentError('CORRUPT_FILE', `The PDF is damaged and cannot be read (${detail}).`, { cause: error });
  }
  return new DocumentError('CORRUPT_FILE', `The PDF could not be opened (${detail}).`, { cause: error });
}

/** Info dictionary and XMP (not the outline, permissions or page labels: nothing here uses them). */
async function readMetadata(doc: PDFDocumentProxy): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  try {
    const info = await doc.getMetadata();
    for (const [key, value] of Object.entries((info.info ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = String(value);
    }
    const xmp = info.metadata as { getAll?: () => Record<string, unknown> } | null | undefined;
    for (const [key, value] of Object.entries(xmp?.getAll?.() ?? {})) {
      if (typeof value === 'string') out[`xmp:${key}`] = value;
    }
  } catch {
    // Metadata is evidence, not a requirement: a PDF with a broken Info dictionary is still read.
  }
  return out;
}

interface TextItem { str: string; transform: number[]; width: number; height: number; fontName: string }

async function readTextPage(page: PDFPageProxy, dpi: number): Promise<PdfTextPage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const vt = viewport.transform as unknown as Matrix;
  const content = await page.getTextContent();
  const words: Word[] = [];
  let text = '';
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    text += item.str + ' ';
    if (!item.str.trim()) continue;
    const m = multiply(vt, item.transform);
    const fontSize = Math.hypot(m[2], m[3]);
    const advance = (item.width * dpi) / 72;
    const baselineX = m[4];
    const baselineY = m[5];
    // Glyph box: from the baseline up by the ascent (≈ 0.88 em) and down by the descent (≈ 0.12 em).
    const top = baselineY - fontSize * 0.88;
    words.push(...splitItem(item.str, [baselineX, top, advance, fontSize], documentFontId(item.fontName), fontSize));
  }
  const images = text.replace(/\s+/gu, '').length < 200 ? await imagesOf(page) : { coverage: 0, dpi: 0 };
  page.cleanup();
  return { words, width: viewport.width, height: viewport.height, text, imageCoverage: images.coverage, imageDpi: images.dpi };
}

/**
 * pdf.js names a font `g_d<N>_f<M>`, where N counts the documents the thread has opened: the same
 * file gets other names in another run. `f<M>` alone is the font's own resource within the file, so
 * reports (and the font evidence officers read) are the same run after run.
 */
export function documentFontId(pdfjsName: string): string {
  return pdfjsName.replace(/^g_d\d+_/u, '');
}

/** Split one text run into words at white space, boxes apportioned by character count. */
function splitItem(str: string, box: [number, number, number, number], font: string, fontSize: number): Word[] {
  const chars = [...str];
  const unit = box[2] / Math.max(1, chars.length);
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= chars.length; i++) {
    const blank = i === chars.length || /\s/u.test(chars[i] ?? ' ');
    if (!blank && start < 0) start = i;
    if (blank && start >= 0) {
      words.push({
        text: chars.slice(start, i).join(''),
        bbox: [box[0] + start * unit, box[1], (i - start) * unit, box[3]],
        confidence: 100,
        font,
        fontSize,
      });
      start = -1;
    }
  }
  return words;
}

/**
 * How much of the page images cover: follows the graphics state (save/restore/transform) through
 * the operator list; an image paints the unit square under the current matrix.
 */
async function imagesOf(page: PDFPageProxy): Promise<{ coverage: number; dpi: number }> {
  const ops = await page.getOperatorList();
  const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1! - x0!) * (y1! - y0!)) || 1;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let covered = 0;
  let largest = 0;
  let dpi = 0;
  ops.fnArray.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, ops.argsArray[i] as number[]);
    else if (imageOps.has(fn)) {
      const area = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      covered += area;
      const [, pixelsWide] = ops.argsArray[i] as [unknown, number?];
      const placedInches = Math.hypot(ctm[0], ctm[1]) / 72;
      if (area > largest && pixelsWide && placedInches > 0) { largest = area; dpi = pixelsWide / placedInches; }
    }
  });
  return { coverage: Math.min(1, covered / pageArea), dpi: Math.round(dpi) };
}

interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

async function renderPage(doc: PDFDocumentProxy, page: PDFPageProxy, dpi: number): Promise<RasterPage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void } }).canvasFactory;
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const target = factory.create(width, height);
  try {
    await page.render({ canvasContext: target.context, viewport, canvas: target.canvas } as unknown as Parameters<PDFPageProxy['render']>[0]).promise;
    const pixels = target.context.getImageData(0, 0, width, height).data;
    return { data: Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), width, height, channels: 4 };
  } finally {
    factory.destroy(target);
    page.cleanup();
  }
}
