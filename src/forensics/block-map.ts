/**
 * A per-block measurement over a page (8×8-pixel blocks, the JPEG grid), the statistics that make
 * it comparable across pages (robust z-scores among inked blocks only: blank paper would distort
 * them), connected regions of outliers, and the heat map an officer looks at.
 */
import sharp from 'sharp';
import type { BBox } from '../model/schema.js';

export const BLOCK = 8;

/** A greyscale raster. */
export interface Grey {
  data: Uint8Array;
  width: number;
  height: number;
  /**
   * Colour images only: per 8×8 block (row-major, `floor(width / 8)` per row), the largest spread
   * between a pixel's red, green and blue. Strong colours (seals, coloured ink) can leave the RGB
   * gamut when decoded and be clipped, so the luma recomputed from them is not the file's.
   */
  colour?: Uint8Array;
}

export interface BlockMap {
  cols: number;
  rows: number;
  /** NaN where the block is not measured. */
  values: Float32Array;
}

/** A connected group of outlying blocks, in image pixels. */
export interface Region {
  bbox: BBox;
  /** Mean z-score of its blocks. */
  score: number;
  blocks: number;
}

export async function decodeGrey(image: Buffer): Promise<Grey> {
  const { data, info } = await sharp(image).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

/** Darkest and brightest grey of every 8×8 block, computed once and shared by the block masks. */
export interface BlockRanges { cols: number; rows: number; lo: Uint8Array; hi: Uint8Array }

export function blockRanges(grey: Grey): BlockRanges {
  const cols = Math.floor(grey.width / BLOCK);
  const rows = Math.floor(grey.height / BLOCK);
  const lo = new Uint8Array(cols * rows).fill(255);
  const hi = new Uint8Array(cols * rows);
  for (let y = 0; y < rows * BLOCK; y++) {
    const row = y * grey.width;
    const base = ((y / BLOCK) | 0) * cols;
    for (let bx = 0; bx < cols; bx++) {
      let l = lo[base + bx] as number;
      let h = hi[base + bx] as number;
      for (let x = bx * BLOCK, end = x + BLOCK; x < end; x++) {
        const v = grey.data[row + x] as number;
        if (v < l) l = v;
        if (v > h) h = v;
      }
      lo[base + bx] = l;
      hi[base + bx] = h;
    }
  }
  return { cols, rows, lo, hi };
}

/**
 * Blocks holding ink: a dark stroke against the paper around it. Only these are compared with each
 * other, so an edited amount is judged against other text, never against blank paper.
 */
export function inkedBlocks(grey: Grey, ranges: BlockRanges = blockRanges(grey)): Uint8Array {
  const out = new Uint8Array(ranges.cols * ranges.rows);
  for (let i = 0; i < out.length; i++) out[i] = (ranges.hi[i] as number) - (ranges.lo[i] as number) >= 70 && (ranges.lo[i] as number) < 160 ? 1 : 0;
  return out;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Robust z-scores of `map` over the blocks in `mask`, after averaging each block with its measured
 * neighbours in a (2r+1)² window: single noisy blocks fade, a pasted run of digits stays.
 * `floor` bounds the spread from below (a perfectly uniform page must not make tiny differences huge).
 */
export function robustZ(map: BlockMap, mask: Uint8Array, radius: number, floor: number, sign: 1 | -1 = 1): BlockMap {
  const { cols, rows } = map;
  const smooth = new Float32Array(cols * rows).fill(NaN);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      if (!mask[by * cols + bx]) continue;
      let sum = 0;
      let n = 0;
      for (let y = Math.max(0, by - radius); y <= Math.min(rows - 1, by + radius); y++) {
        for (let x = Math.max(0, bx - radius); x <= Math.min(cols - 1, bx + radius); x++) {
          const v = map.values[y * cols + x] as number;
          if (mask[y * cols + x] && !Number.isNaN(v)) { sum += v; n++; }
        }
      }
      if (n > 0) smooth[by * cols + bx] = sum / n;
    }
  }
  const measured = [...smooth].filter((v) => !Number.isNaN(v));
  const mid = median(measured);
  const spread = Math.max(floor, 1.4826 * median(measured.map((v) => Math.abs(v - mid))));
  const z = new Float32Array(cols * rows).fill(NaN);
  for (let i = 0; i < z.length; i++) if (!Number.isNaN(smooth[i] as number)) z[i] = (sign * ((smooth[i] as number) - mid)) / spread;
  return { cols, rows, values: z };
}

/** 8-connected groups of blocks with z ≥ `threshold`, largest score first. */
export function outlierRegions(z: BlockMap, threshold: number, minBlocks: number): Region[] {
  const { cols, rows, values } = z;
  const seen = new Uint8Array(cols * rows);
  const regions: Region[] = [];
  for (let i = 0; i < values.length; i++) {
    if (seen[i] || !((values[i] as number) >= threshold)) continue;
    const stack = [i];
    seen[i] = 1;
    let x0 = cols, y0 = rows, x1 = 0, y1 = 0, sum = 0, n = 0;
    while (stack.length) {
      const j = stack.pop() as number;
      const x = j % cols;
      const y = (j / cols) | 0;
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
      sum += values[j] as number;
      n++;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
          const k = ny * cols + nx;
          if (!seen[k] && (values[k] as number) >= threshold) { seen[k] = 1; stack.push(k); }
        }
      }
    }
    if (n >= minBlocks) regions.push({ bbox: [x0 * BLOCK, y0 * BLOCK, (x1 - x0 + 1) * BLOCK, (y1 - y0 + 1) * BLOCK], score: sum / n, blocks: n });
  }
  return regions.sort((a, b) => b.score * Math.sqrt(b.blocks) - a.score * Math.sqrt(a.blocks));
}

/**
 * A small colour heat map (≤ `maxSide` px on its long side) over the page, as a PNG data URL:
 * grey page, red where the score is high, the suspected region outlined.
 */
export async function heatmapDataUrl(page: Grey, score: BlockMap, scale: number, box?: BBox, maxSide = 256): Promise<string> {
  const f = Math.min(1, maxSide / Math.max(page.width, page.height));
  const w = Math.max(1, Math.round(page.width * f));
  const h = Math.max(1, Math.round(page.height * f));
  const small = await sharp(Buffer.from(page.data.buffer, page.data.byteOffset, page.data.length), { raw: { width: page.width, height: page.height, channels: 1 } })
    .resize(w, h, { fit: 'fill' }).raw().toBuffer();
  const rgb = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const bx = Math.min(score.cols - 1, Math.floor(x / f / BLOCK));
      const by = Math.min(score.rows - 1, Math.floor(y / f / BLOCK));
      const z = score.values[by * score.cols + bx] as number;
      const heat = Number.isNaN(z) ? 0 : Math.max(0, Math.min(1, z / scale));
      const g = (small[y * w + x] as number) * 0.6 + 60;
      const o = (y * w + x) * 3;
      rgb[o] = Math.round(g * (1 - heat) + 255 * heat);
      rgb[o + 1] = Math.round(g * (1 - heat));
      rgb[o + 2] = Math.round(g * (1 - heat));
    }
  }
  if (box) {
    const [bx, by, bw, bh] = box.map((v) => Math.round(v * f)) as [number, number, number, number];
    for (let x = bx; x <= bx + bw; x++) for (const y of [by, by + bh]) paint(rgb, w, h, x, y);
    for (let y = by; y <= by + bh; y++) for (const x of [bx, bx + bw]) paint(rgb, w, h, x, y);
  }
  const png = await sharp(rgb, { raw: { width: w, height: h, channels: 3 } }).png({ compressionLevel: 9 }).toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

function paint(rgb: Buffer, w: number, h: number, x: number, y: number): void {
  if (x < 0 || y < 0 || x >= w || y >= h) return;
  const o = (y * w + x) * 3;
  rgb[o] = 255; rgb[o + 1] = 215; rgb[o + 2] = 0;
}
