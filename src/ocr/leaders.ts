/**
 * Dot leaders (Gross Pay ........ 41,119.74) whitened before Tesseract reads a page. Tesseract reads
 * a leader as letters ("..i...cccsissasscasas", "iicosesrssansusnansons") that sit between a label
 * and its amount, so the amount is no longer read as the label's value. A leader is a row of small
 * blobs of one size on one baseline at an even pitch; a full stop, a decimal point, a colon or a
 * comma has no such row beside it, and paper specks do not line up at an even pitch.
 */
import { inkThreshold, type GreyImage } from './image-stats.js';

/** Fewest dots in a row that make a leader ("..." in running text stays). */
const MIN_DOTS = 6;
/** Largest dot, in text heights. */
const MAX_DOT = 0.3;
/** Widest gap between neighbouring dots, and how far their centres may sit off one line, in text heights. */
const MAX_PITCH = 1;
const MAX_DRIFT = 0.15;
/** A gap this much wider or narrower than the row's median pitch breaks the row (an amount's comma after the leader). */
const PITCH_TOLERANCE = 0.5;

/** Pixels of anti-aliased rim around a dot. */
const HALO = 2;

interface Blob { id: number; x0: number; y0: number; x1: number; y1: number; n: number; cx: number; cy: number }

/**
 * Whiten dot leaders in place; returns how many dots were removed.
 * @example removeLeaders(grey, estimateTextHeight(grey)) // → 41 (dots of two leaders)
 */
export function removeLeaders(img: GreyImage, textHeight: number): number {
  if (!(textHeight > 0)) return 0;
  const { data, width, height } = img;
  const t = inkThreshold(data);
  const maxDot = Math.max(2, Math.round(MAX_DOT * textHeight));
  const labels = new Int32Array(width * height);
  const dots: Blob[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < data.length; start++) {
    if (labels[start] !== 0 || data[start]! > t) continue;
    const id = ++next;
    const blob: Blob = { id, x0: width, y0: height, x1: -1, y1: -1, n: 0, cx: 0, cy: 0 };
    labels[start] = id;
    stack.push(start);
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % width, y = (p - x) / width;
      blob.n++;
      if (x < blob.x0) blob.x0 = x;
      if (x > blob.x1) blob.x1 = x;
      if (y < blob.y0) blob.y0 = y;
      if (y > blob.y1) blob.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const q = yy * width + xx;
          if (labels[q] === 0 && data[q]! <= t) { labels[q] = id; stack.push(q); }
        }
      }
    }
    if (blob.x1 - blob.x0 < maxDot && blob.y1 - blob.y0 < maxDot) {
      blob.cx = (blob.x0 + blob.x1) / 2;
      blob.cy = (blob.y0 + blob.y1) / 2;
      dots.push(blob);
    }
  }
  const removed = new Set<number>();
  for (const row of dotRows(dots, textHeight)) for (const dot of row) removed.add(dot.id);
  for (const dot of dots) {
    if (!removed.has(dot.id)) continue;
    // The dot's grey rim (lighter than the ink threshold, so unlabelled) goes too, or it reads as a ring.
    for (let y = Math.max(0, dot.y0 - HALO); y <= Math.min(height - 1, dot.y1 + HALO); y++) {
      for (let x = Math.max(0, dot.x0 - HALO); x <= Math.min(width - 1, dot.x1 + HALO); x++) {
        const label = labels[y * width + x];
        if (label === dot.id || label === 0) data[y * width + x] = 255;
      }
    }
  }
  return removed.size;
}

/** Rows of evenly spaced dots on one baseline, at least `MIN_DOTS` long. */
export function dotRows(dots: readonly Blob[], textHeight: number): Blob[][] {
  const sorted = [...dots].sort((a, b) => a.cx - b.cx);
  const open: Blob[][] = [];
  const chains: Blob[][] = [];
  for (const dot of sorted) {
    const size = Math.max(dot.x1 - dot.x0, dot.y1 - dot.y0) + 1;
    const chain = open.find((c) => {
      const last = c.at(-1)!;
      const lastSize = Math.max(last.x1 - last.x0, last.y1 - last.y0) + 1;
      return dot.cx - last.cx <= MAX_PITCH * textHeight && dot.cx > last.cx && Math.abs(dot.cy - last.cy) <= MAX_DRIFT * textHeight
        && Math.max(size, lastSize) <= 2 * Math.min(size, lastSize) + 1;
    });
    if (chain) chain.push(dot);
    else { const c = [dot]; open.push(c); chains.push(c); }
    // Chains left behind by more than the widest pitch take no more dots.
    for (let i = open.length - 1; i >= 0; i--) if (dot.cx - open[i]!.at(-1)!.cx > MAX_PITCH * textHeight) open.splice(i, 1);
  }
  return chains.flatMap(evenRuns).filter((r) => r.length >= MIN_DOTS);
}

/** A chain cut where a gap strays from the chain's median pitch. */
function evenRuns(chain: Blob[]): Blob[][] {
  if (chain.length < MIN_DOTS) return [];
  const gaps = chain.slice(1).map((d, i) => d.cx - chain[i]!.cx).sort((a, b) => a - b);
  const pitch = gaps[gaps.length >> 1]!;
  const runs: Blob[][] = [[chain[0]!]];
  for (let i = 1; i < chain.length; i++) {
    const gap = chain[i]!.cx - chain[i - 1]!.cx;
    if (Math.abs(gap - pitch) > PITCH_TOLERANCE * pitch) runs.push([chain[i]!]);
    else runs.at(-1)!.push(chain[i]!);
  }
  return runs;
}
