/**
 * Measurements on greyscale pixels that steer preprocessing: ink threshold, text-line height from
 * the row ink profile, and skew from projection-profile sharpness.
 */
import type { Sharp } from 'sharp';

/** 8-bit single-channel pixels, row-major. */
export interface GreyImage {
  data: Buffer;
  width: number;
  height: number;
}

/** Decode a sharp pipeline to one-channel raw pixels. */
export async function toGreyRaw(pipeline: Sharp): Promise<GreyImage> {
  const { data, info } = await pipeline.greyscale().toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`Expected 1 grey channel, got ${info.channels}`);
  return { data, width: info.width, height: info.height };
}

/**
 * Grey level at or below which a pixel is ink: halfway between the paper (the median) and the
 * darkest 1 % of pixels. Unlike Otsu's threshold this ignores paper grain: on the noisy scan fixture
 * Otsu put 34 % of the page in the ink class.
 */
export function inkThreshold(data: Uint8Array): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) hist[data[i]!]! += 1; // an indexed loop: for-of on a Buffer is ≈ 10× slower
  const level = (p: number) => {
    let seen = 0;
    for (let i = 0; i < 256; i++) if ((seen += hist[i]!) > p * data.length) return i;
    return 255;
  };
  const paper = level(0.5);
  return Math.floor((paper + level(0.01)) / 2);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/**
 * Median height in pixels of the horizontal bands that hold text (≈ ascender to descender of a line),
 * or 0 when no text-like bands are found. Noise is discounted against the quietest rows.
 */
export function estimateTextHeight(img: GreyImage): number {
  const { data, width, height } = img;
  const t = inkThreshold(data);
  const rows = new Array<number>(height).fill(0);
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0, o = y * width; x < width; x++, o++) if (data[o]! <= t) n++;
    rows[y] = n;
  }
  const sorted = [...rows].sort((a, b) => a - b);
  const floor = percentile(sorted, 0.2);
  const cut = floor + Math.max(2, 0.1 * (percentile(sorted, 0.95) - floor));
  const runs: number[] = [];
  let run = 0;
  for (const n of [...rows, 0]) {
    if (n > cut) run++;
    else { if (run >= 3) runs.push(run); run = 0; }
  }
  runs.sort((a, b) => a - b);
  return runs.length ? percentile(runs, 0.5) : 0;
}

/** Score of the row profile of `ink` points sheared by `tan`: sharper (peakier) is higher. */
function profileScore(xs: Int32Array, ys: Int32Array, tan: number, height: number, pad: number): number {
  const bins = new Float64Array(height + 2 * pad);
  for (let i = 0; i < xs.length; i++) {
    const y = Math.round(ys[i]! - xs[i]! * tan) + pad;
    if (y >= 0 && y < bins.length) bins[y]! += 1;
  }
  let s = 0;
  for (const b of bins) s += b * b;
  return s;
}

/**
 * Skew of text lines in degrees (clockwise positive, as sharp's `rotate` counts), found by maximising
 * projection-profile variance over −max..+max on a ≤ 1000 px wide binarised copy. 0 if no ink.
 */
export function estimateSkew(img: GreyImage, maxDegrees = 5): number {
  // ≈ 600 px across is plenty to find text lines' angle to 0.05°, and keeps this under 0.1 s per page.
  const step = Math.max(1, Math.ceil(img.width / 600));
  const w = Math.floor(img.width / step), h = Math.floor(img.height / step);
  const t = inkThreshold(img.data);
  const xs: number[] = [], ys: number[] = [];
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // min over the step×step cell keeps thin strokes when downscaling
      let v = 255;
      for (let dy = 0; dy < step; dy++) for (let dx = 0; dx < step; dx++) v = Math.min(v, img.data[(y * step + dy) * img.width + x * step + dx]!);
      if (v <= t) { xs.push(x); ys.push(y); }
    }
  }
  if (xs.length < 50 || xs.length > 0.5 * w * h) return 0; // blank, or mostly dark: no text lines to align
  const X = Int32Array.from(xs), Y = Int32Array.from(ys);
  const pad = Math.ceil(w * Math.tan((maxDegrees * Math.PI) / 180)) + 1;
  const search = (from: number, to: number, by: number, start: number) => {
    let best = start, bestScore = -1;
    for (let a = from; a <= to + 1e-9; a += by) {
      const score = profileScore(X, Y, Math.tan((a * Math.PI) / 180), h, pad);
      if (score > bestScore) { bestScore = score; best = a; }
    }
    return best;
  };
  const coarse = search(-maxDegrees, maxDegrees, 0.25, 0);
  const fine = search(Math.max(-maxDegrees, coarse - 0.25), Math.min(maxDegrees, coarse + 0.25), 0.05, coarse);
  return Math.round(fine * 100) / 100;
}

/**
 * Whiten ruled lines (table grids, underlines, form boxes) in place: horizontal and vertical runs of
 * ink longer than any character stroke. Tesseract's page segmentation splits a ruled table into
 * cells and drops short label cells (借款年利率, 币种 …) near the rules; without the rules it reads
 * each row as a line. Returns how many pixels were whitened.
 */
/** Breaks in a scanned rule (dither, toner dropout) shorter than this do not end it. */
const MAX_RULE_GAP = 4;
/** A rule is at most this thick (pixels); a line of text is many times thicker. */
const MAX_RULE_THICKNESS = 5;

export function removeRules(img: GreyImage, minRunFraction = 0.06): number {
  const { data, width, height } = img;
  const t = inkThreshold(data);
  // Longer than several characters side by side, however small the text is.
  const textHeight = estimateTextHeight(img) || 30;
  const minH = Math.max(40, Math.round(width * minRunFraction), 8 * textHeight);
  const minV = Math.max(40, Math.round(height * minRunFraction * 0.7), 4 * textHeight);
  const d = MAX_RULE_THICKNESS;
  // Ink as 0/1 with a blank margin of d pixels on every side, so no lookup needs a bounds test.
  const pw = width + 2 * d;
  const ink = new Uint8Array(pw * (height + 2 * d));
  for (let y = 0; y < height; y++) {
    const row = (y + d) * pw + d;
    for (let x = 0, o = y * width; x < width; x++, o++) ink[row + x] = data[o]! <= t ? 1 : 0;
  }
  const at = (x: number, y: number) => (y + d) * pw + x + d;
  // A scanned rule is a little tilted (it steps a pixel every few hundred pixels) and thin: a column
  // belongs to a horizontal rule at row y when there is ink within a pixel of y and none d pixels
  // above and below. Text is thick, so a run of text never qualifies.
  const thinH = (i: number) => (ink[i]! | ink[i - pw]! | ink[i + pw]!) === 1 && ink[i - d * pw] === 0 && ink[i + d * pw] === 0;
  const thinV = (i: number) => (ink[i]! | ink[i - 1]! | ink[i + 1]!) === 1 && ink[i - d] === 0 && ink[i + d] === 0;
  const mask = new Uint8Array(width * height);
  const mark = (x: number, y: number) => { if (y >= 0 && y < height && ink[at(x, y)]) mask[y * width + x] = 1; };
  for (let y = 0; y < height; y++) {
    let start = -1;
    let last = -1;
    for (let x = 0, i = at(0, y); x <= width; x++, i++) {
      if (x < width && thinH(i)) { if (start < 0) start = x; last = x; continue; }
      if (start >= 0 && (x - last > MAX_RULE_GAP || x === width)) {
        if (last + 1 - start >= minH) for (let k = start; k <= last; k++) for (let e = -2; e <= 2; e++) mark(k, y + e);
        start = -1;
      }
    }
  }
  // Vertical rules: the same scan down every column, run row by row (per-column state) so memory is
  // read in order.
  const startV = new Int32Array(width).fill(-1);
  const lastV = new Int32Array(width).fill(-1);
  const markV = (x: number, y: number) => { if (x >= 0 && x < width && ink[at(x, y)]) mask[y * width + x] = 1; };
  for (let y = 0; y <= height; y++) {
    for (let x = 0, i = at(0, y); x < width; x++, i++) {
      if (y < height && thinV(i)) { if (startV[x]! < 0) startV[x] = y; lastV[x] = y; continue; }
      const s0 = startV[x]!;
      if (s0 >= 0 && (y - lastV[x]! > MAX_RULE_GAP || y === height)) {
        if (lastV[x]! + 1 - s0 >= minV) for (let k = s0; k <= lastV[x]!; k++) for (let e = -2; e <= 2; e++) markV(x + e, k);
        startV[x] = -1;
      }
    }
  }
  let n = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) { data[i] = 255; n++; }
  return n;
}
