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

/** Under this share of the page's median word height, an unsure word is a speck, not text. */
const SPECK_HEIGHT = 0.3;
/** Confidence under which a sliver of a box is taken for a speck. */
const SPECK_CONFIDENCE = 50;

/**
 * Words that are marks on the paper, not text: table rules Tesseract reads as `|`, and unsure
 * slivers far flatter than the page's text (a box one pixel high read as "i"). Both shift line
 * grouping (a row's date parted from its amounts) and land inside descriptions.
 */
export function dropSpecks(words: readonly Word[]): Word[] {
  const heights = words.map((w) => w.bbox[3]).sort((a, b) => a - b);
  const median = heights[heights.length >> 1] ?? 0;
  return words.filter((w) => !/^[|¦]+$/u.test(w.text) && !(w.bbox[3] < SPECK_HEIGHT * median && w.confidence < SPECK_CONFIDENCE));
}

/**
 * A bar inside a word of letters is the letter Tesseract took for a rule: "S|" is SI, "Emp|oyee"
 * Employee. Upper case beside capitals or at a word's edge next to one, else lower case.
 * @example barsToLetters('S|') // 'SI'
 */
export function barsToLetters(text: string): string {
  if (!/\|/u.test(text) || !/[A-Za-z]/u.test(text) || /^[|\s]+$/u.test(text)) return text;
  return text.replace(/\|/gu, (_, at: number) => {
    const before = text[at - 1] ?? '', after = text[at + 1] ?? '';
    const lower = /[a-z]/u.test(before) || /[a-z]/u.test(after);
    return lower && !/[A-Z]/u.test(after) ? 'l' : 'I';
  });
}

/** Lines (top to bottom) and overall confidence from Tesseract's words. */
export function linesOfWords(all: readonly Word[]): { lines: Line[]; confidence: number } {
  const words = dropSpecks(all).map((w) => (w.text.includes('|') ? { ...w, text: barsToLetters(w.text) } : w));
  return { lines: groupLines(words), confidence: meanConfidence(words) };
}

/** Lines (top to bottom) and overall confidence from Tesseract's blocks. */
export function toLines(blocks: readonly TesseractBlock[]): { lines: Line[]; confidence: number } {
  return linesOfWords(toWords(blocks));
}
