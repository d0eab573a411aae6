/**
 * A patch's own ghost: a region cut from a JPEG saved at a coarser quality than the page, pasted in
 * on the page's grid and saved again. The page's blocks went through one table (or the same table
 * twice); the patch's blocks went through a coarser table T' first. Where T' has a step at least
 * 1.5× the last one, a block that went through T' keeps its coefficients near multiples of T''s
 * step (within half of the last step); a block that did not lands there only by chance, at a rate
 * set by the two steps. The page-wide excess at T' is the baseline (a page saved twice has a ghost
 * everywhere: that is `jpeg-ghost`'s business), so only a compact run of blocks clearly above the
 * page's own rate counts: a binomial z over a window of text-line shape, maximised over T'.
 *
 * This sees a paste saved at the page's own quality, which the page-level ghost cannot, but only
 * when the patch's source was coarser; a finer source leaves no trace after the coarser last save.
 */
import { BLOCK, type BlockMap, type BlockRanges, type Grey } from './block-map.js';
import { blockDct } from './dct.js';
import { scaleTable } from './jpeg.js';

export interface PatchGhostOptions {
  /** Blocks with at least this grey range are measured. */
  minRange: number;
  /** Window (blocks) over which hits are pooled: wide and short, like a value on a text line. */
  window: [number, number];
  /** Candidate earlier qualities: from `lowest` up to the page's own quality minus `gap`. */
  lowest: number;
  gap: number;
  /** Candidate qualities within this distance of an excluded one (the page's own earlier save) are skipped. */
  excludeWithin: number;
  /** Quality step between candidates (neighbouring qualities' steps differ by a few per cent: within tolerance). */
  step: number;
  /**
   * Blocks with at least this share of their AC energy in the first row or column of coefficients
   * are left out: a straight rule or edge along the grid is one 1-D profile, repeated identically
   * along the line, so its coefficients sit on any lattice they happen to fit all along it.
   */
  oneDimensional: number;
}

export const DEFAULT_PATCH_GHOST: PatchGhostOptions = { minRange: 40, window: [5, 3], lowest: 30, gap: 4, excludeWithin: 6, step: 2, oneDimensional: 0.95 };

export interface PatchGhost {
  /** Per block: the best window z over candidate qualities (NaN where unmeasured). */
  z: BlockMap;
  /** Per block: the candidate quality of that best z. */
  quality: Int16Array;
}

/**
 * Where the page holds blocks that went through a coarser table than the rest of it.
 * `table` is the file's own luma table and `base` the base table of its family, both natural order.
 * @example const pg = findPatchGhost(grey, ranges, table, base, 75); pg.z
 */
export function findPatchGhost(grey: Grey, ranges: BlockRanges, table: readonly number[], base: readonly number[], quality: number, exclude: readonly number[] = [], options: PatchGhostOptions = DEFAULT_PATCH_GHOST): PatchGhost {
  const { cols, rows } = ranges;
  const blocks: number[] = [];
  // Only coefficients of at least 3 can reach half a coarse step (≥ 6): keep those, sparsely, grouped
  // by frequency so that each candidate table visits only the frequencies it can test.
  const perK: { block: number[]; value: number[] }[] = Array.from({ length: 64 }, () => ({ block: [], value: [] }));
  const one = new Float64Array(64);
  const tmp = new Float64Array(64);
  for (let i = 0; i < cols * rows; i++) {
    if ((ranges.hi[i] as number) - (ranges.lo[i] as number) < options.minRange) continue;
    blockDct(grey, (i % cols) * BLOCK, Math.floor(i / cols) * BLOCK, one, tmp);
    if (isOneDimensional(one, options.oneDimensional)) continue;
    blocks.push(i);
    for (let k = 1; k < 64; k++) {
      if (Math.abs(one[k] as number) >= 3) { (perK[k] as { block: number[] }).block.push(i); (perK[k] as { value: number[] }).value.push(one[k] as number); }
    }
  }
  const coefBlock = perK.map((g) => Int32Array.from(g.block));
  const coefValue = perK.map((g) => Float32Array.from(g.value));
  const stepOf = new Float64Array(64);
  const tolOf = new Float64Array(64);
  const best = new Float32Array(cols * rows).fill(NaN);
  const bestQ = new Int16Array(cols * rows);
  for (const i of blocks) best[i] = -Infinity;
  const hits = new Float32Array(cols * rows);
  const expected = new Float32Array(cols * rows);
  const tested = new Float32Array(cols * rows);
  const [wx, wy] = options.window;
  const sumH = new Float32Array(cols * rows);
  const sumE = new Float32Array(cols * rows);
  const sumT = new Float32Array(cols * rows);
  const rowSum = new Float32Array(cols * rows);
  for (let q = options.lowest; q <= quality - options.gap; q += options.step) {
    // A page saved twice is on its earlier table everywhere (unevenly): that is jpeg-ghost's evidence.
    if (exclude.some((x) => Math.abs(x - q) <= options.excludeWithin)) continue;
    const coarse = scaleTable(base, q);
    let usable = 0;
    for (let k = 1; k < 64; k++) {
      const ok = (coarse[k] as number) >= 1.5 * (table[k] as number) && (coarse[k] as number) >= 6;
      stepOf[k] = ok ? (coarse[k] as number) : 0;
      // Re-quantising with the last step moved a coefficient by at most half of it (plus rounding).
      tolOf[k] = ok ? ((table[k] as number) / 2 + 0.5) / (coarse[k] as number) : 0;
      if (ok) usable++;
    }
    if (usable < 4) continue;
    hits.fill(0);
    expected.fill(0);
    tested.fill(0);
    for (let k = 1; k < 64; k++) {
      const step = stepOf[k] as number;
      if (step === 0) continue;
      const tol = tolOf[k] as number;
      const share = tol < 0.5 ? 2 * tol : 1;
      const at = coefBlock[k] as Int32Array;
      const values = coefValue[k] as Float32Array;
      for (let j = 0; j < at.length; j++) {
        const c = values[j] as number;
        if (Math.abs(c) < step / 2) continue;
        const i = at[j] as number;
        const r = c / step;
        if (Math.abs(r - Math.round(r)) <= tol) hits[i] = (hits[i] as number) + 1;
        expected[i] = (expected[i] as number) + share;
        tested[i] = (tested[i] as number) + 1;
      }
    }
    let allHits = 0;
    let allExpected = 0;
    for (const i of blocks) { allHits += hits[i] as number; allExpected += expected[i] as number; }
    if (allExpected < 50) continue;
    // The page's own rate at this table is the baseline (never below chance).
    const rate = Math.max(1, allHits / allExpected);
    const H = windowSums(hits, cols, rows, wx, wy, sumH, rowSum);
    const E = windowSums(expected, cols, rows, wx, wy, sumE, rowSum);
    const T = windowSums(tested, cols, rows, wx, wy, sumT, rowSum);
    for (const i of blocks) {
      const t = T[i] as number;
      if (t < 12) continue;
      const mean = Math.min(0.95 * t, (E[i] as number) * rate);
      const z = ((H[i] as number) - mean) / Math.sqrt(mean * (1 - mean / t) + 1);
      if (z > (best[i] as number)) { best[i] = z; bestQ[i] = q; }
    }
  }
  for (const i of blocks) if (best[i] === -Infinity) best[i] = NaN;
  return { z: { cols, rows, values: best }, quality: bestQ };
}

/** Does the first row or the first column of the coefficients hold at least `share` of the AC energy? */
export function isOneDimensional(coef: Float64Array, share: number): boolean {
  let total = 0;
  let across = 0;
  let down = 0;
  for (let k = 1; k < 64; k++) {
    const e = (coef[k] as number) ** 2;
    total += e;
    if (k < 8) across += e;
    else if (k % 8 === 0) down += e;
  }
  return total > 0 && Math.max(across, down) >= share * total;
}

/** Sum of `v` over the (w × h)-block window centred on each block (clipped at the page's edges), into `out` (`rowSum`: scratch). */
function windowSums(v: Float32Array, cols: number, rows: number, w: number, h: number, out: Float32Array, rowSum: Float32Array): Float32Array {
  const rx = w >> 1;
  const ry = h >> 1;
  for (let y = 0; y < rows; y++) {
    let s = 0;
    const o = y * cols;
    for (let x = 0; x < Math.min(cols, rx); x++) s += v[o + x] as number;
    for (let x = 0; x < cols; x++) {
      if (x + rx < cols) s += v[o + x + rx] as number;
      if (x - rx - 1 >= 0) s -= v[o + x - rx - 1] as number;
      rowSum[o + x] = s;
    }
  }
  for (let x = 0; x < cols; x++) {
    let s = 0;
    for (let y = 0; y < Math.min(rows, ry); y++) s += rowSum[y * cols + x] as number;
    for (let y = 0; y < rows; y++) {
      if (y + ry < rows) s += rowSum[(y + ry) * cols + x] as number;
      if (y - ry - 1 >= 0) s -= rowSum[(y - ry - 1) * cols + x] as number;
      out[y * cols + x] = s;
    }
  }
  return out;
}
