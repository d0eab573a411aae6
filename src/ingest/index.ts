/**
 * bytes → pages. Text-layer PDF pages come out as finished pages with words; scanned pages,
 * images and PDF pages whose text layer is unusable come out as rasters for OCR.
 */
import sharp from 'sharp';
import { DocumentError } from '../model/errors.js';
import type { Page } from '../model/document.js';
import { groupLines } from '../layout/join.js';
import { sniffMediaType, type SupportedMediaType } from './sniff.js';
import { openPdf, type RasterPage } from './pdf.js';
import type { PageMarks } from './pdf-marks.js';
import { openImage } from './image.js';
import { judgeTextLayer } from './text-quality.js';

export { sniffMediaType } from './sniff.js';

export interface IngestOptions {
  /** Refuse documents with more pages than this (TOO_LARGE). */
  maxPages: number;
  /** Refuse image pages with more pixels than this (TOO_LARGE). */
  maxPixels: number;
  /** Resolution of text-layer page coordinates. */
  textDpi: number;
  /** Resolution PDF pages are rendered at for OCR. */
  ocrDpi: number;
  /** Treat every page as needing OCR (to compare a text layer with what the page shows). */
  forceOcr?: boolean;
}

/** An image over half the page makes it a scan, whatever little text sits on it. */
const LARGE_IMAGE_COVERAGE = 0.5;

export const DEFAULT_INGEST_OPTIONS: IngestOptions = {
  maxPages: 1000,
  maxPixels: 120_000_000,
  textDpi: 200,
  ocrDpi: 300,
};

/** A page to be OCR'd: an upright greyscale-or-colour PNG. */
export interface RasterInput {
  kind: 'raster';
  index: number;
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
  reason: string;
}

export type PageInput = { kind: 'text'; page: Page } | RasterInput;

export interface OpenedDocument {
  mediaType: SupportedMediaType;
  pageCount: number;
  metadata: Record<string, string>;
  readPage(index: number): Promise<PageInput>;
  /**
   * PDFs only: the images and paths a page paints (`pdf-marks.ts`), from the parse already made,
   * so a check that looks for ink does not open the file a second time.
   */
  readMarks?(index: number, dpi: number): Promise<PageMarks>;
  close(): Promise<void>;
}

/**
 * Open a document from its bytes. Throws `DocumentError` for files that cannot be read.
 * @example const doc = await openDocument(bytes, DEFAULT_INGEST_OPTIONS); const p = await doc.readPage(1);
 */
export async function openDocument(bytes: Buffer, options: IngestOptions = DEFAULT_INGEST_OPTIONS): Promise<OpenedDocument> {
  const mediaType = await sniffMediaType(bytes);
  if (mediaType === 'application/pdf') return openPdfDocument(bytes, options);
  const image = await openImage(bytes, { maxPixels: options.maxPixels });
  checkPageCount(image.pageCount, options);
  return {
    mediaType,
    pageCount: image.pageCount,
    metadata: image.metadata,
    readPage: async (index) => {
      const page = await image.readPage(index);
      return { kind: 'raster', index, ...page, reason: 'image document' };
    },
    close: async () => undefined,
  };
}

/**
 * PNG of a raster page on white. Pages whose pixels are all grey (R = G = B, so nothing is lost) are
 * stored with one channel: a third of the bytes for every later decode (OCR, forensics, signatures).
 */
async function encodePage(raster: RasterPage): Promise<Buffer> {
  let img = sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: raster.channels } }).flatten({ background: '#ffffff' });
  // Without 'b-w' libvips would save the one band as three again.
  if (isGrey(raster)) img = img.extractChannel(0).toColourspace('b-w');
  return img.png({ compressionLevel: 1 }).toBuffer();
}

/** Every pixel has R = G = B and is opaque (so flattening onto white changes nothing). */
function isGrey({ data }: RasterPage): boolean {
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] !== data[i + 1] || data[i] !== data[i + 2] || data[i + 3] !== 255) return false;
  }
  return true;
}

function checkPageCount(pageCount: number, options: IngestOptions): void {
  if (pageCount === 0) throw new DocumentError('CORRUPT_FILE', 'The document has no pages.');
  if (pageCount > options.maxPages) {
    throw new DocumentError('TOO_LARGE', `The document has ${pageCount} pages, over the limit of ${options.maxPages}.`);
  }
}

async function openPdfDocument(bytes: Buffer, options: IngestOptions): Promise<OpenedDocument> {
  const pdf = await openPdf(bytes);
  try {
    checkPageCount(pdf.pageCount, options);
  } catch (error) {
    await pdf.close();
    throw error;
  }
  return {
    mediaType: 'application/pdf',
    pageCount: pdf.pageCount,
    metadata: pdf.metadata,
    readPage: async (index) => {
      const text = await pdf.readTextPage(index, options.textDpi);
      const verdict = judgeTextLayer(text.text, text.imageCoverage >= LARGE_IMAGE_COVERAGE);
      if (verdict.usable && !options.forceOcr) {
        const page: Page = {
          index,
          width: Math.round(text.width),
          height: Math.round(text.height),
          dpi: options.textDpi,
          source: 'text-layer',
          sourceReason: verdict.reason,
          lines: groupLines(text.words),
        };
        return { kind: 'text', page };
      }
      // A scan is rendered at its own resolution (within 150–ocrDpi): more pixels than the scanner
      // took only slow OCR down.
      const dpi = text.imageDpi > 0 ? Math.min(options.ocrDpi, Math.max(150, text.imageDpi)) : options.ocrDpi;
      const raster = await pdf.renderPage(index, dpi);
      const png = await encodePage(raster);
      return { kind: 'raster', index, png, width: raster.width, height: raster.height, dpi, reason: verdict.reason };
    },
    readMarks: (index, dpi) => pdf.readMarks(index, dpi),
    close: () => pdf.close(),
  };
}
