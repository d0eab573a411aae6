/**
 * Words → Lines for a page that may be scanned crooked. PaddleOCR reads each text box along its own
 * slope, but grouping boxes into lines by their upright centres (layout/join `groupLines`) puts the
 * left cells of one table row with the right cells of the row above once the page is turned ~1–2°.
 * Here rows are formed in the deskewed frame (y − x·tan skew), then joined like every other line.
 */
import type { Line, Word } from '../model/document.js';
import { groupLines, joinWords, unionBox } from '../layout/join.js';

/** Below this skew (radians) upright grouping is used as is. */
const NEGLIGIBLE_SKEW = 0.002;

/**
 * The page's skew: the median slope of the long boxes (width ≥ 4 × height), 0 when there are none.
 * @example pageSkew([{ width: 600, height: 40, angle: 0.02 }, …]) // → 0.02
 */
export function pageSkew(boxes: readonly { width: number; height: number; angle: number }[]): number {
  const angles = boxes.filter((b) => b.width >= 4 * b.height).map((b) => b.angle).sort((a, b) => a - b);
  if (!angles.length) return 0;
  const mid = angles.length >> 1;
  return angles.length % 2 ? angles[mid]! : (angles[mid - 1]! + angles[mid]!) / 2;
}

/** Group words into lines top to bottom, rows following `skew` (radians, y down, as box angles). */
export function groupSkewedLines(words: readonly Word[], skew: number): Line[] {
  if (Math.abs(skew) < NEGLIGIBLE_SKEW) return groupLines(words);
  const tan = Math.tan(skew);
  const level = (w: Word) => w.bbox[1] + w.bbox[3] / 2 - (w.bbox[0] + w.bbox[2] / 2) * tan;
  const sorted = words.filter((w) => w.text.trim()).map((w) => ({ w, y: level(w) })).sort((a, b) => a.y - b.y);
  const rows: { w: Word; y: number }[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row) {
      const mean = row.reduce((s, r) => s + r.y, 0) / row.length;
      // Upright boxes of turned words are taller than the text; the text height is what separates rows.
      const h = Math.max(row[0]!.w.bbox[3], item.w.bbox[3]) - Math.abs(item.w.bbox[2] * Math.sin(skew));
      if (Math.abs(item.y - mean) <= h * 0.5) { row.push(item); continue; }
    }
    rows.push([item]);
  }
  return rows.map((row) => {
    const ws = row.map((r) => r.w).sort((a, b) => a.bbox[0] - b.bbox[0]);
    return { text: joinWords(ws), bbox: unionBox(ws.map((w) => w.bbox)), confidence: ws.reduce((s, w) => s + w.confidence, 0) / ws.length, words: ws };
  });
}
