/**
 * JPEG error-level analysis done the way that works on documents: re-quantise each 8×8 block with
 * the file's OWN luma table (read from the file, so no encoder has to reproduce it; a fixed q90
 * hides pastes), decode it as a decoder would (round, clip), and measure how much its pixels move.
 * Only inked blocks are measured and compared with each other. A region that went through fewer
 * compressions than the rest of the page has not yet settled on the table's fixed point, and moves
 * more (mostly where strokes clip at black or white).
 *
 * Error level alone also rises on large bold headings, so it is only asked about places another
 * signal already points at: the page's statistics come from a sample of inked blocks, the z-scores
 * only from the `focus` boxes. That keeps it at a few milliseconds on a 300-DPI page.
 */
import type { BBox } from '../model/schema.js';
import { BLOCK, median, type BlockMap, type Grey } from './block-map.js';
import { blockDct, blockPixels, naturalOrder, requantisationCost } from './dct.js';

export interface ErrorLevelOptions {
  /** Inked blocks sampled (with their neighbours) for the page's median and spread. */
  sample: number;
  /** Blocks around each focus box also scored. */
  margin: number;
  /** Lower bound of the spread (mean grey levels): a uniform page must not make tiny differences huge. */
  floor: number;
}

export const DEFAULT_ERROR_LEVEL: ErrorLevelOptions = { sample: 400, margin: 2, floor: 0.15 };

/**
 * Robust z of the re-quantisation error (mean absolute change per pixel, averaged with inked
 * neighbours) of inked blocks in and around `focus`; NaN elsewhere. `lumaTable` in zig-zag order.
 */
export function errorLevelZ(grey: Grey, lumaTable: readonly number[], ink: Uint8Array, focus: readonly BBox[], options: ErrorLevelOptions = DEFAULT_ERROR_LEVEL): BlockMap {
  const table = naturalOrder(lumaTable);
  const cols = Math.floor(grey.width / BLOCK);
  const rows = Math.floor(grey.height / BLOCK);
  const raw = new Float32Array(cols * rows).fill(NaN);
  const coef = new Float64Array(64);
  const pixels = new Float64Array(64);
  const acc = new Float64Array(64);
  const level = (i: number): number => {
    if (Number.isNaN(raw[i] as number)) {
      const x = (i % cols) * BLOCK;
      const y = Math.floor(i / cols) * BLOCK;
      blockDct(grey, x, y, coef);
      blockPixels(grey, x, y, pixels);
      raw[i] = requantisationCost(coef, pixels, 0, table, acc, true) / (BLOCK * BLOCK);
    }
    return raw[i] as number;
  };
  const smooth = (bx: number, by: number): number => {
    let sum = 0;
    let n = 0;
    for (let y = Math.max(0, by - 1); y <= Math.min(rows - 1, by + 1); y++) {
      for (let x = Math.max(0, bx - 1); x <= Math.min(cols - 1, bx + 1); x++) {
        if (ink[y * cols + x]) { sum += level(y * cols + x); n++; }
      }
    }
    return sum / n;
  };
  const inked: number[] = [];
  for (let i = 0; i < ink.length; i++) if (ink[i]) inked.push(i);
  const stride = Math.max(1, Math.floor(inked.length / options.sample));
  const sampled: number[] = [];
  for (let n = 0; n < inked.length; n += stride) sampled.push(smooth((inked[n] as number) % cols, Math.floor((inked[n] as number) / cols)));
  const mid = median(sampled);
  const spread = Math.max(options.floor, 1.4826 * median(sampled.map((v) => Math.abs(v - mid))));
  const values = new Float32Array(cols * rows).fill(NaN);
  for (const [x, y, w, h] of focus) {
    const bx0 = Math.max(0, Math.floor(x / BLOCK) - options.margin);
    const by0 = Math.max(0, Math.floor(y / BLOCK) - options.margin);
    const bx1 = Math.min(cols - 1, Math.floor((x + w) / BLOCK) + options.margin);
    const by1 = Math.min(rows - 1, Math.floor((y + h) / BLOCK) + options.margin);
    for (let by = by0; by <= by1; by++) {
      for (let bx = bx0; bx <= bx1; bx++) if (ink[by * cols + bx]) values[by * cols + bx] = (smooth(bx, by) - mid) / spread;
    }
  }
  return { cols, rows, values };
}
