/**
 * Seams: the edge of a pasted rectangle, seen in the paper. A patch cut from elsewhere in a phone
 * photo brings the brightness of the paper where it came from: light falls off across a
 * photographed page, so a patch moved 100–300 px sits a few grey levels brighter or darker than the
 * paper around its new place. Its edges are straight, axis-aligned steps between two flat stretches
 * of paper (the selection tool's rectangle); text edges are ink against paper, and the paper of a
 * clean photo changes smoothly.
 *
 * Per row boundary (and per column boundary), 24-px windows whose cross-sections (4 pixels each side)
 * are paper are summed into an 8-pixel profile; a window is a seam when the profile steps by
 * `minStep`–`maxStep` grey levels, mostly at the boundary, with flat paper on both sides (a blurred
 * rule's shoulder is a slope). Windows in a row of the same sign make a segment. Two parallel
 * segments 16–120 px apart (16–320 across text lines) with at least one perpendicular segment at their
 * ends make a candidate rectangle; a side that runs on past the rectangle on the same line is a band
 * of the layout and discards it. Strength: the sum over sides of step × √(length / window).
 *
 * OFF by default (`PixelOptions.seam`): on the tuning set it finds moved patches in phone photos
 * (photo copy-moves 3/9 → 6/9, no clean false alarm), but real pages are full of the same
 * rectangles: light-grey filled boxes, banded table rows and seals gave 13 clean pages of the other
 * sample sets a high seam (see README). The step's sign may change along a side (the patch brings its
 * source's light gradient), so sign rules do not separate patches from fills either.
 *
 * Cost: ≈ 20 ms per page (two passes over the pixels plus the windows that pass a cheap test).
 */
import type { BBox } from '../model/schema.js';
import type { BlockMap, BlockRanges, Grey } from './block-map.js';

export interface SeamOptions {
  /** Paper pixels: at least this bright relative to the brightest of their 8×8 block (grey levels). */
  paperDrop: number;
  /** Blocks whose brightest pixel is below this share of the page's paper hold no paper. */
  paperShare: number;
  /** A step counts when its magnitude (mean of three pixels each side) reaches this… */
  minStep: number;
  /** …and stays below this (larger steps are ink). */
  maxStep: number;
  /** Window along a boundary (pixels) in which the steps are pooled. */
  window: number;
  /** Paper steps needed in a window, and the share of them that must agree in sign. */
  minValid: number;
  agree: number;
}

export const DEFAULT_SEAM: SeamOptions = { paperDrop: 30, paperShare: 0.65, minStep: 2.5, maxStep: 14, window: 24, minValid: 10, agree: 0.8 };

/** A straight run of paper steps along one boundary. */
export interface SeamSegment {
  /** Row (horizontal seam: between rows at-1 and at) or column (vertical seam). */
  at: number;
  from: number;
  to: number;
  /** Sign of (after − before): +1 brighter below / right of the seam. */
  sign: 1 | -1;
  /** Median magnitude of the agreeing steps. */
  step: number;
}

export interface Seam {
  bbox: BBox;
  /** Sides of the rectangle found (2–4) and the mean step on them. */
  sides: number;
  step: number;
  /** Sum over its sides of step × √(length / window): the candidate's strength. */
  strength: number;
  /** The seam segments found on its sides, and which way they run. */
  segments: (SeamSegment & { vertical: boolean })[];
}

/**
 * Seam segments along rows (`vertical` false) or columns (true).
 * @example const rows = seamSegments(luma, blockRanges(luma), false)
 */
export function seamSegments(grey: Grey, ranges: BlockRanges, vertical: boolean, options: SeamOptions = DEFAULT_SEAM): SeamSegment[] {
  const { data, width, height } = grey;
  const run = paperRuns(grey, ranges, vertical, options);
  const along = vertical ? height : width;
  const across = vertical ? width : height;
  // Strides along and across the boundary in the data array.
  const du = vertical ? width : 1;
  const dv = vertical ? 1 : width;
  const out: SeamSegment[] = [];
  // Prefix sums along the boundary: paper cross-sections, and their jump at the boundary.
  const count = new Int32Array(along + 1);
  const jump = new Float64Array(along + 1);
  const profile = new Float64Array(8);
  const { window } = options;
  for (let v = 4; v < across - 4; v++) {
    for (let u = 0, o = v * dv; u < along; u++, o += du) {
      // The whole cross-section (4 pixels before the boundary, 4 after) is paper.
      const ok = (run[o + 3 * dv] as number) >= 8;
      count[u + 1] = (count[u] as number) + (ok ? 1 : 0);
      jump[u + 1] = (jump[u] as number) + (ok ? (data[o] as number) - (data[o - dv] as number) : 0);
    }
    let seg: SeamSegment | undefined;
    const flush = (): void => { if (seg) out.push(seg); seg = undefined; };
    for (let u = 0; u + window <= along; u += window / 2) {
      const n = (count[u + window] as number) - (count[u] as number);
      // Cheap test first: most of a seam's step is in the one pair at the boundary.
      if (n < options.minValid || Math.abs((jump[u + window] as number) - (jump[u] as number)) < 0.5 * options.minStep * n) { flush(); continue; }
      profile.fill(0);
      for (let k = u, o = v * dv + u * du; k < u + window; k++, o += du) {
        if ((run[o + 3 * dv] as number) < 8) continue;
        for (let j = 0; j < 8; j++) profile[j] = (profile[j] as number) + (data[o + (j - 4) * dv] as number);
      }
      const sign = stepSign(profile, n, options);
      if (!sign) { flush(); continue; }
      const step = Math.abs(((profile[4] as number) + (profile[5] as number) + (profile[6] as number) + (profile[7] as number) - (profile[0] as number) - (profile[1] as number) - (profile[2] as number) - (profile[3] as number)) / (4 * n));
      if (seg && seg.sign === sign && u <= seg.to) { seg.to = u + window; seg.step = Math.max(seg.step, step); }
      else { flush(); seg = { at: v, from: u, to: u + window, sign, step }; }
    }
    flush();
  }
  return out;
}

/**
 * The sign of a seam in a summed cross-section profile (8 pixels, the boundary between 3 and 4),
 * or 0: the step must reach `minStep` (and stay below `maxStep`), most of it in the one pair at the
 * boundary, with flat paper on both sides (a blurred rule's shoulder is a slope, not a step).
 */
function stepSign(sum: Float64Array, n: number, options: SeamOptions): 1 | -1 | 0 {
  const p = (j: number): number => (sum[j] as number) / n;
  const step = (p(4) + p(5) + p(6) + p(7) - p(0) - p(1) - p(2) - p(3)) / 4;
  const size = Math.abs(step);
  if (size < options.minStep || size > options.maxStep) return 0;
  const jump = Math.abs(p(4) - p(3));
  for (let j = 1; j < 8; j++) if (j !== 4 && Math.abs(p(j) - p(j - 1)) > jump) return 0;
  if (jump + Math.max(Math.abs(p(5) - p(4)), Math.abs(p(3) - p(2))) < 0.7 * size) return 0;
  if (Math.abs(p(7) - p(5)) > 0.35 * size || Math.abs(p(2) - p(0)) > 0.35 * size) return 0;
  return step > 0 ? 1 : -1;
}

/**
 * Runs of paper pixels across the boundary direction, ending at each pixel. Paper: within
 * `paperDrop` of its block's brightest, in blocks at least `paperShare` as bright as the page's paper
 * (a desk or a dark table fill is not paper).
 */
function paperRuns(grey: Grey, ranges: BlockRanges, vertical: boolean, options: SeamOptions): Uint8Array {
  const { data, width, height } = grey;
  const { cols, rows, hi } = ranges;
  const sorted = Uint8Array.from(hi).sort();
  const white = sorted[Math.floor(sorted.length * 0.9)] as number;
  const run = new Uint8Array(width * height);
  for (let y = 0; y < rows * 8; y++) {
    for (let x = 0; x < cols * 8; x++) {
      const o = y * width + x;
      const h = hi[(y >> 3) * cols + (x >> 3)] as number;
      if (h < options.paperShare * white || (data[o] as number) < h - options.paperDrop) continue;
      const before = vertical ? (x > 0 ? run[o - 1] as number : 0) : (y > 0 ? run[o - width] as number : 0);
      run[o] = Math.min(255, before + 1);
    }
  }
  return run;
}

const overlap = (a0: number, a1: number, b0: number, b1: number): number => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Longest side of a pasted patch considered (pixels), across and along text lines. */
const MAX_SPAN = { rows: 120, cols: 320 };
/** Shortest side (pixels): a patch holds at least a line of digits. */
const MIN_SPAN = 16;

/**
 * Rectangles bounded by paper seams on at least three sides, strongest first. The step's sign may
 * change along a side (the patch brings its source's light gradient), so only position counts.
 * @example const [seam] = findSeams(luma, blockRanges(luma)); seam?.bbox
 */
export function findSeams(grey: Grey, ranges: BlockRanges, options: SeamOptions = DEFAULT_SEAM): Seam[] {
  const rows = seamSegments(grey, ranges, false, options);
  const cols = seamSegments(grey, ranges, true, options);
  const out: Seam[] = [];
  const pairs = (list: SeamSegment[], maxGap: number): [SeamSegment, SeamSegment][] => {
    const found: [SeamSegment, SeamSegment][] = [];
    for (const a of list) {
      for (const b of list) {
        const gap = b.at - a.at;
        if (gap < MIN_SPAN || gap > maxGap) continue;
        // Both sides of one patch: near each other along the boundary too.
        if (Math.max(a.to, b.to) - Math.min(a.from, b.from) > (maxGap === MAX_SPAN.rows ? MAX_SPAN.cols : MAX_SPAN.rows) + 16) continue;
        found.push([a, b]);
      }
    }
    return found;
  };
  const sides = (first: SeamSegment, last: SeamSegment, across: SeamSegment[]): SeamSegment[] => {
    const from = Math.min(first.from, last.from) - 10;
    const to = Math.max(first.to, last.to) + 10;
    const gap = last.at - first.at;
    const hits = across.filter((c) => c.at >= from && c.at <= to && overlap(c.from, c.to, first.at, last.at) >= 0.5 * gap
      && c.from >= first.at - 16 && c.to <= last.at + 16 + options.window);
    // Two distinct ends at most.
    hits.sort((a, b) => a.at - b.at);
    const ends = [hits[0], hits[hits.length - 1]].filter((c): c is SeamSegment => c !== undefined);
    return ends.length === 2 && (ends[1] as SeamSegment).at - (ends[0] as SeamSegment).at < 12 ? [ends[0] as SeamSegment] : ends;
  };
  // A side that runs on past the rectangle on the same line is a band of the layout (a shaded table
  // row), not the edge of a patch.
  const continues = (side: SeamSegment, lines: SeamSegment[], from: number, to: number): boolean =>
    lines.some((c) => Math.abs(c.at - side.at) <= 2 && c.sign === side.sign && (c.from >= to + 16 || c.to <= from - 16) && c.from < to + 400 && c.to > from - 400);
  const add = (parallel: [SeamSegment, SeamSegment], across: SeamSegment[], horizontal: boolean): void => {
    const found = [...parallel, ...across];
    if (found.length < 3) return;
    const [a, b] = parallel;
    const lo = Math.min(a.from, b.from, ...across.map((c) => c.at));
    const hi = Math.max(a.to, b.to, ...across.map((c) => c.at));
    if (parallel.some((c) => continues(c, horizontal ? rows : cols, lo, hi)) || across.some((c) => continues(c, horizontal ? cols : rows, a.at, b.at))) return;
    const segments = [...parallel.map((c) => ({ ...c, vertical: !horizontal })), ...across.map((c) => ({ ...c, vertical: horizontal }))];
    const ends = across.map((c) => c.at);
    const from = Math.min(a.from, b.from, ...ends);
    const to = Math.max(a.to, b.to, ...ends);
    const box: BBox = horizontal ? [from, a.at, to - from, b.at - a.at] : [a.at, from, b.at - a.at, to - from];
    const step = found.reduce((s, c) => s + c.step, 0) / found.length;
    // A longer straight seam is less likely a coincidence of a few noisy rows: √(length / window).
    const strength = found.reduce((s, c) => s + c.step * Math.sqrt((c.to - c.from) / options.window), 0);
    out.push({ bbox: box, sides: found.length, step, strength, segments });
  };
  for (const pair of pairs(rows, MAX_SPAN.rows)) add(pair, sides(pair[0], pair[1], cols), true);
  for (const pair of pairs(cols, MAX_SPAN.cols)) add(pair, sides(pair[0], pair[1], rows), false);
  return out.sort((x, y) => y.strength - x.strength);
}

/**
 * A block map of a seam for the heat map: each 8×8 block a side of the seam runs through holds
 * that side's step (grey levels); NaN elsewhere.
 */
export function seamMap(ranges: BlockRanges, seam: Seam): BlockMap {
  const { cols, rows } = ranges;
  const values = new Float32Array(cols * rows).fill(NaN);
  for (const s of seam.segments) {
    for (let u = s.from; u < s.to; u += 4) {
      const bx = Math.min(cols - 1, (s.vertical ? s.at : u) >> 3);
      const by = Math.min(rows - 1, (s.vertical ? u : s.at) >> 3);
      values[by * cols + bx] = s.step;
    }
  }
  return { cols, rows, values };
}

