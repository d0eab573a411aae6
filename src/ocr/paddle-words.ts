/**
 * One recognised PaddleOCR text box → model Words. PaddleOCR reads a whole box ("姓名: 宋静") as one
 * string; extractors need the label and the value as separate tokens with their own x-ranges. Words
 * are split at whitespace, after a label colon, and at a wide gap between characters; each piece's
 * x-range comes from where the recogniser put its characters (CTC time steps), or, when those are not
 * known, from proportional widths with CJK characters twice as wide as ASCII.
 */
import type { Word } from '../model/document.js';
import type { BBox } from '../model/schema.js';

/** A recognised character and where its centre lies, in input-image pixels. */
export interface PlacedChar {
  text: string;
  /** x of the character's centre. */
  x: number;
  /** 0..1: the recogniser's probability for this character at its surest time step. */
  confidence: number;
  /** 0..1: that probability less the runner-up's at the same step (blank included); absent when not known. */
  margin?: number;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const COLON = /^[:：]$/;
const DIGIT = /^[0-9０-９]$/;

/** Relative advance width: 2 for CJK and full-width forms, 1 for everything else. */
export function charWidth(ch: string): number {
  return WIDE.test(ch) ? 2 : 1;
}

/**
 * Place a line's characters by proportional widths across `box`, for when the recogniser's own
 * positions are not available.
 */
export function placeProportionally(text: string, box: BBox, confidence: number): PlacedChar[] {
  const chars = [...text];
  const total = chars.reduce((s, ch) => s + charWidth(ch), 0) || 1;
  const unit = box[2] / total;
  let at = box[0];
  return chars.map((ch) => {
    const w = charWidth(ch) * unit;
    const placed = { text: ch, x: at + w / 2, confidence };
    at += w;
    return placed;
  });
}

/**
 * Where a word boundary falls: after this character index (whitespace is dropped separately).
 * Besides colons, a blank wider than 0.4 × box height beyond the usual advance (CJK ≈ 0.85 × box
 * height, ASCII ≈ half that, measured on PP-OCR boxes) splits: "身份证号   4401…" with no space
 * recognised, or a value and the next column's label that the detector put in one box.
 */
function breaksAfter(chars: readonly PlacedChar[], i: number, height: number, unit: number): boolean {
  const ch = chars[i]!.text, next = chars[i + 1];
  // A label colon ends a token, but a time such as 10:30 stays whole.
  if (COLON.test(ch) && !(DIGIT.test(chars[i - 1]?.text ?? '') && DIGIT.test(next?.text ?? ''))) return true;
  if (!next) return false;
  const advance = ((charWidth(ch) + charWidth(next.text)) / 2) * unit;
  return next.x - chars[i]!.x - advance > 0.4 * height;
}

/** Advance per width unit: the box's median, but at least the usual 0.425 × height (letter-spaced text is wider). */
function advanceUnit(chars: readonly PlacedChar[], height: number): number {
  const units: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const a = chars[i - 1]!, b = chars[i]!;
    if (/\s/u.test(a.text) || /\s/u.test(b.text)) continue;
    units.push((b.x - a.x) / ((charWidth(a.text) + charWidth(b.text)) / 2));
  }
  units.sort((p, q) => p - q);
  return Math.max(0.425 * height, units[units.length >> 1] ?? 0);
}

/**
 * Split one recognised box into Words. `box` is the detected text box; the first word starts at its
 * left edge and the last ends at its right edge; inner edges lie between neighbouring characters,
 * no further than half a character from the character's centre.
 * @example
 * splitWords(placeProportionally('姓名: 宋静', box, 0.9), box) // → words '姓名:' and '宋静'
 */
export function splitWords(chars: readonly PlacedChar[], box: BBox, onWord?: (word: Word, chars: readonly PlacedChar[]) => void): Word[] {
  const [left, top, width, height] = box;
  const right = left + width;
  // Half an advance: a CJK character is roughly as wide as the box is high, ASCII about half that.
  const half = (ch: string) => (height * 0.5 * charWidth(ch)) / 2;
  const unit = advanceUnit(chars, height);
  const words: Word[] = [];
  let run: PlacedChar[] = [];
  const runs: PlacedChar[][] = [];
  chars.forEach((c, i) => {
    if (/^\s$/u.test(c.text)) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    run.push(c);
    if (breaksAfter(chars, i, height, unit)) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  runs.forEach((r, k) => {
    const first = r[0]!, last = r.at(-1)!;
    const prev = runs[k - 1]?.at(-1), next = runs[k + 1]?.[0];
    let x0 = prev ? Math.max((prev.x + first.x) / 2, first.x - half(first.text)) : left;
    let x1 = next ? Math.min((last.x + next.x) / 2, last.x + half(last.text)) : right;
    x0 = Math.max(left, Math.min(x0, right - 1));
    x1 = Math.min(right, Math.max(x1, x0 + 1));
    const word: Word = { text: r.map((c) => c.text).join(''), bbox: [x0, top, x1 - x0, height], confidence: Math.floor(wordConfidence(r) * 1000) / 10 }; // down: a word under the gate stays under it
    onWord?.(word, r);
    words.push(word);
  });
  return words;
}

/**
 * Least character probability at which PP-OCRv4's reading of a figure was never wrong when measured:
 * on the dev and holdout Chinese scans, 0 of the 99 numeric words whose every character reached it
 * were misread. Its mean character probability is no such guide: 255 of 256 numeric words scored
 * ≥ 0.97, misreadings included, where Tesseract gave none of its 237 that much.
 */
export const SURE_CHARACTER = 0.999;
/** The confidence (0..1) under which the checks read an OCR'd value again (checks/verify-values.ts). */
const VERIFY_GATE = 0.97;

/**
 * A word's confidence (0..1) on the scale the checks gate on: its least sure character decides (one
 * wrong digit makes a wrong amount, however sure the others are), mapped so that the verify gate
 * falls at `SURE_CHARACTER`: surer words land above 0.97, every other word below it, in order.
 * @example wordConfidence([{ text: '8', x: 0, confidence: 0.9999 }, { text: '3', x: 9, confidence: 0.95 }]) // ≈ 0.922
 */
export function wordConfidence(chars: readonly PlacedChar[]): number {
  if (chars.length === 0) return 0;
  const least = Math.min(...chars.map((c) => c.confidence));
  return least >= SURE_CHARACTER
    ? VERIFY_GATE + ((least - SURE_CHARACTER) / (1 - SURE_CHARACTER)) * (1 - VERIFY_GATE)
    : (least / SURE_CHARACTER) * VERIFY_GATE;
}
