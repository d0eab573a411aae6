/**
 * The in-memory document every stage reads and extends: bytes → pages → words/lines → type → fields.
 * Coordinates are page pixels (origin top-left) at the page's `dpi`.
 */
import type { BBox, DocType, Field, Language, PageSource, Transaction } from './schema.js';

/** One recognised or extracted word (for Chinese, often a run of characters). */
export interface Word {
  text: string;
  bbox: BBox;
  /** 0..100, as OCR engines report it; 100 for text-layer words. */
  confidence: number;
  /** Text-layer only: the PDF font resource name and the glyph height in page pixels. */
  font?: string;
  fontSize?: number;
}

/** A visual line: words left to right. `text` joins them, keeping meaningful spaces. */
export interface Line {
  text: string;
  bbox: BBox;
  confidence: number;
  words: Word[];
}

export interface Page {
  /** 1-based physical order. */
  index: number;
  width: number;
  height: number;
  dpi: number;
  source: PageSource;
  sourceReason: string;
  lines: Line[];
  /** Mean OCR confidence (0..100) when OCR'd. */
  ocrConfidence?: number;
  /** Greyscale or colour raster of the page when one was made (scans, images, rendered PDF pages). */
  image?: PageImage;
}

export interface PageImage {
  /** Encoded PNG/JPEG or raw pixels described by `raw`. */
  data: Buffer;
  raw?: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

export interface SourceFile {
  path: string;
  fileName: string;
  bytes: Buffer;
  /** sha256 of the bytes, hex. */
  id: string;
}

export interface Document {
  file: SourceFile;
  mediaType: string;
  pages: Page[];
  /** PDF Info/XMP or image EXIF, flattened to strings. */
  metadata: Record<string, string>;
  docType: DocType;
  docTypeConfidence: number;
  language: Language;
  fields: Record<string, Field>;
  transactions: Transaction[];
}
