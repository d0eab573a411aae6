/**
 * Tesseract's JSON result (`output: { blocks: true }`) → model Words → Lines. Lines are rebuilt with
 * `groupLines`, so OCR text is joined exactly like the PDF text layer (CJK runs unspaced, Latin words
 * single-spaced, column gaps double-spaced), whatever line segmentation Tesseract chose.
 */
import type { Line, Word } from '../model/document.js';
import { groupLines } from '../layout/join.js';

interface TesseractBox { x0: number; y0: number; x1: number; y1: number }
interface TesseractWord { text: string; confidence: number; bbox: TesseractBox }
/** The part of tesseract.js's block tree we read (its `.d.ts` does not match the JSON exactly). */
export interface TesseractBlock {
  paragraphs?: { lines?: { words?: TesseractWord[] }[] }[];
}

/** Flatten the block tree into model Words, dropping empty ones. Boxes are [x, y, w, h]. */
export function toWords(blocks: readonly TesseractBlock[]): Word[] {
  const words: Word[] = [];
  for (const block of blocks) {
    for (const para of block.paragraphs ?? []) {
      for (const line of para.lines ?? []) {
        for (const w of line.words ?? []) {
          const text = w.text.trim();
          if (!text) continue;
          const { x0, y0, x1, y1 } = w.bbox;
          words.push({ text, bbox: [x0, y0, x1 - x0, y1 - y0], confidence: Math.max(0, Math.min(100, w.confidence)) });
        }
      }
    }
  }
  return words;
}

/** Mean confidence weighted by characters, so one long number outweighs a stray mark; 0 if empty. */
export function meanConfidence(words: readonly Word[]): number {
  let sum = 0;
  let chars = 0;
  for (const w of words) {
    const n = [...w.text].length;
    sum += w.confidence * n;
    chars += n;
  }
  return chars ? sum / chars : 0;
}

/** Lines (top to bottom) and overall confidence from Tesseract's blocks. */
export function toLines(blocks: readonly TesseractBlock[]): { lines: Line[]; confidence: number } {
  const words = toWords(blocks);
  return { lines: groupLines(words), confidence: meanConfidence(words) };
}
