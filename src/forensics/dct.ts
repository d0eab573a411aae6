/**
 * The JPEG's own view of a page: luma exactly as the encoder saw it (JFIF Y from the decoded RGB,
 * or the grey channel), and the orthonormal 8×8 DCT of each grid-aligned block, which for a
 * decoded JPEG sits within rounding noise of (its quantisation table × integers). All pixel
 * forensics that reason about compression history work on these coefficients: re-quantising
 * in the DCT domain costs 64 operations per block instead of a full re-encode and decode.
 */
import sharp from 'sharp';
import type { Grey } from './block-map.js';

/** Zig-zag position → natural (row-major) index: DQT tables are stored in zig-zag order. */
export const ZIGZAG = [
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7, 14, 21, 28,
  35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63,
];

/** A table in zig-zag order (as read from DQT) in natural order. */
export function naturalOrder(zigzag: readonly number[]): number[] {
  const out = new Array<number>(64).fill(0);
  for (let i = 0; i < 64; i++) out[ZIGZAG[i] as number] = zigzag[i] as number;
  return out;
}

/**
 * Luma of a decoded image, with the JFIF weights the encoder used (sharp's greyscale differs).
 * `colour` adds the per-block colour spread (`Grey.colour`), which only the fixed-point signal reads.
 */
export async function decodeLuma(image: Buffer, options: { colour?: boolean } = {}): Promise<Grey> {
  const { data, info } = await sharp(image).raw().toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  const ch = info.channels;
  // A grey JPEG decodes to its luma as is: no copy.
  if (ch === 1) return { data: new Uint8Array(data.buffer, data.byteOffset, n), width: info.width, height: info.height };
  const out = new Uint8Array(n);
  if (ch < 3) {
    for (let i = 0; i < n; i++) out[i] = data[i * ch] as number;
    return { data: out, width: info.width, height: info.height };
  }
  for (let i = 0; i < n; i++) {
    const o = i * ch;
    // Weights sum to 1, so the result stays within 0..255; +0.5 and truncation round it.
    out[i] = (0.299 * (data[o] as number) + 0.587 * (data[o + 1] as number) + 0.114 * (data[o + 2] as number) + 0.5) | 0;
  }
  if (!options.colour) return { data: out, width: info.width, height: info.height };
  const cols = Math.floor(info.width / 8);
  const colour = new Uint8Array(cols * Math.floor(info.height / 8));
  for (let y = 0; y < info.height; y++) {
    const row = (y >> 3) * cols;
    if (row >= colour.length) break;
    for (let x = 0; x < cols * 8; x++) {
      const o = (y * info.width + x) * ch;
      const r = data[o] as number;
      const g = data[o + 1] as number;
      const b = data[o + 2] as number;
      const spread = Math.max(r, g, b) - Math.min(r, g, b);
      const k = row + (x >> 3);
      if (spread > (colour[k] as number)) colour[k] = spread;
    }
  }
  return { data: out, width: info.width, height: info.height, colour };
}

const COS = new Float64Array(64);
for (let u = 0; u < 8; u++) {
  const c = u === 0 ? Math.SQRT1_2 : 1;
  for (let x = 0; x < 8; x++) COS[u * 8 + x] = 0.5 * c * Math.cos(((2 * x + 1) * u * Math.PI) / 16);
}

/**
 * Orthonormal DCT of the 8×8 block whose top-left pixel is (x0, y0), level-shifted by 128 as JPEG
 * does, into `out` (natural order).
 */
export function blockDct(grey: Grey, x0: number, y0: number, out: Float64Array, tmp = new Float64Array(64)): void {
  const { data, width } = grey;
  for (let y = 0; y < 8; y++) {
    const row = (y0 + y) * width + x0;
    for (let u = 0; u < 8; u++) {
      let s = 0;
      for (let x = 0; x < 8; x++) s += COS[u * 8 + x]! * ((data[row + x] as number) - 128);
      tmp[y * 8 + u] = s;
    }
  }
  for (let u = 0; u < 8; u++) {
    for (let v = 0; v < 8; v++) {
      let s = 0;
      for (let y = 0; y < 8; y++) s += COS[v * 8 + y]! * tmp[y * 8 + u]!;
      out[v * 8 + u] = s;
    }
  }
}

/** BASIS[k * 64 + p]: pixel p's share of coefficient k (orthonormal, natural order). */
const BASIS = new Float64Array(64 * 64);
for (let v = 0; v < 8; v++) {
  for (let u = 0; u < 8; u++) {
    for (let y = 0; y < 8; y++) {
      for (let x = 0; x < 8; x++) BASIS[(v * 8 + u) * 64 + y * 8 + x] = COS[u * 8 + x]! * COS[v * 8 + y]!;
    }
  }
}

/**
 * Pixel-domain cost of re-quantising one block's coefficients (`coef`, 64 values from `at`) with
 * `table`: the summed squared change of its pixels after inverse DCT, rounding and clipping to
 * 0..255 (what a decoder does), against the block as decoded (`pixels` from `at`, level-shifted by
 * -128). A block compressed with that table before comes back almost unchanged: its JPEG ghost.
 * The inverse DCT only visits the coefficients that survive, few at coarse tables. `absolute`:
 * sum absolute instead of squared changes.
 */
export function requantisationCost(coef: Float64Array, pixels: Float64Array, at: number, table: readonly number[], acc: Float64Array, absolute = false): number {
  acc.fill(0);
  for (let k = 0; k < 64; k++) {
    const q = table[k] as number;
    const level = Math.round((coef[at + k] as number) / q);
    if (level === 0) continue;
    const value = level * q;
    const b = k * 64;
    for (let p = 0; p < 64; p++) acc[p] = (acc[p] as number) + value * (BASIS[b + p] as number);
  }
  let cost = 0;
  for (let p = 0; p < 64; p++) {
    const v = Math.round(acc[p] as number);
    const d = (v < -128 ? -128 : v > 127 ? 127 : v) - (pixels[at + p] as number);
    cost += absolute ? Math.abs(d) : d * d;
  }
  return cost;
}

/** The block at (x0, y0), level-shifted by -128, into `out`. */
export function blockPixels(grey: Grey, x0: number, y0: number, out: Float64Array): void {
  for (let y = 0; y < 8; y++) {
    const row = (y0 + y) * grey.width + x0;
    for (let x = 0; x < 8; x++) out[y * 8 + x] = (grey.data[row + x] as number) - 128;
  }
}
