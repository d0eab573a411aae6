/**
 * Joining words into line text the same way for every source (text layer, OCR engines), so the
 * extractors see one convention: no space between CJK characters that touch, one space between
 * Latin words, and a double space where a gap is wide enough to be a column break.
 */
import type { BBox } from '../model/schema.js';
import type { Line, Word } from '../model/document.js';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A gap wider than this many line heights separates columns (key | value, table cells). */
const COLUMN_GAP = 1.6;
/** Below this many line heights, CJK neighbours are one run of text. */
const CJK_GAP = 0.45;

/**
 * Join words (already in reading order on one line) into text.
 * @example joinWords([{text:'借款金额', …}, {text:'：', …}]) // '借款金额：'
 */
export function joinWords(words: readonly Word[]): string {
  const spaced = letterSpacedGaps(words);
  if (spaced) return spaced;
  let out = '';
  let prev: Word | undefined;
  for (const w of words) {
    const text = w.text.trim();
    if (!text) continue;
    if (prev) {
      const height = Math.max(1, Math.min(prev.bbox[3], w.bbox[3]));
      const gap = w.bbox[0] - (prev.bbox[0] + prev.bbox[2]);
      const last = out.at(-1) ?? '';
      const first = text[0] ?? '';
      if (gap > COLUMN_GAP * height) out += '  ';
      else if (CJK.test(last) || CJK.test(first)) out += gap > CJK_GAP * height ? ' ' : '';
      else out += ' ';
    }
    out += text;
    prev = w;
  }
  return out;
}

/**
 * Letter-spaced titles (合 肥 瑞 丰 食 品, B a n k  o f …) come as one word per character: join
 * the characters, keeping a space only where a gap is clearly wider than the letter spacing.
 */
function letterSpacedGaps(words: readonly Word[]): string | undefined {
  const visible = words.filter((w) => w.text.trim());
  if (visible.length < 4 || visible.filter((w) => [...w.text.trim()].length === 1).length < visible.length * 0.8) return undefined;
  const gaps = visible.slice(1).map((w, i) => w.bbox[0] - (visible[i]!.bbox[0] + visible[i]!.bbox[2]));
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const height = Math.max(1, ...visible.map((w) => w.bbox[3]));
  if (median < 0.15 * height) return undefined;
  let out = visible[0]!.text.trim();
  visible.slice(1).forEach((w, i) => {
    const gap = gaps[i] ?? 0;
    if (gap > COLUMN_GAP * height + median) out += '  ';
    else if (gap > Math.max(1.8 * median, median + 0.25 * height) && !CJK.test(w.text)) out += ' ';
    out += w.text.trim();
  });
  return out;
}

/** Smallest box holding all boxes. */
export function unionBox(boxes: readonly BBox[]): BBox {
  if (boxes.length === 0) return [0, 0, 0, 0];
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y, w, h] of boxes) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w); y1 = Math.max(y1, y + h);
  }
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * Group loose words into lines: words whose vertical centres lie within half a line height of
 * each other share a line; lines come top to bottom, words left to right. The row's height is at
 * least its words' (upper) median, so one sliver of a box (an OCR speck one pixel high) opening a
 * row does not shut out the rest of it.
 */
export function groupLines(words: readonly Word[]): Line[] {
  const sorted = [...words].filter((w) => w.text.trim()).sort((a, b) => a.bbox[1] + a.bbox[3] / 2 - (b.bbox[1] + b.bbox[3] / 2));
  const rows: Word[][] = [];
  for (const w of sorted) {
    const cy = w.bbox[1] + w.bbox[3] / 2;
    const row = rows.at(-1);
    if (row?.length) {
      const refCy = row.reduce((s, r) => s + r.bbox[1] + r.bbox[3] / 2, 0) / row.length;
      const heights = row.map((r) => r.bbox[3]).sort((a, b) => a - b);
      const h = Math.max(row[0]!.bbox[3], heights[heights.length >> 1]!, w.bbox[3]);
      if (Math.abs(cy - refCy) <= h * 0.5) { row.push(w); continue; }
    }
    rows.push([w]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.bbox[0] - b.bbox[0]);
    const conf = row.reduce((s, w) => s + w.confidence, 0) / row.length;
    return { text: joinWords(row), bbox: unionBox(row.map((w) => w.bbox)), confidence: conf, words: row };
  });
}
