/**
 * JPEG ghosts, computed per 8×8 block in the DCT domain instead of by re-encoding the page.
 *
 * A page saved as JPEG, opened and saved again keeps a ghost of its first table T1: re-quantising
 * a block with T1 barely changes it, while the tables either side of T1 change it much more (a dip
 * in the cost-versus-quality curve). A region pasted in before the last save (typed clean, cut from
 * a JPEG of another quality, or copied from elsewhere on the page and so shifted off the 8×8 grid)
 * does not share the page's ghost: its blocks are far from T1's grid. The page's dip is measured
 * on a sample of textured blocks first; only when the page clearly has a ghost is every textured
 * block scored, as the ratio of its cost at T1 to its cost at the neighbouring qualities.
 *
 * Cost per page: one DCT per textured block, three re-quantisations per block, ~100 per sampled block.
 */
import { blockDct, blockPixels, naturalOrder, requantisationCost } from './dct.js';
import { blockRanges, robustZ, type BlockMap, type BlockRanges, type Grey } from './block-map.js';
import { loadBaseTables, type JpegQuality } from './jpeg.js';

export interface Ghost {
  /** The earlier compression found: base table and quality, and the depth of its dip (cost at T1 / mean of neighbours). */
  primary: { table: number; quality: number; dip: number };
  /** Robust z per textured block of "lacks the page's ghost" (NaN elsewhere). */
  z: BlockMap;
}

export interface GhostOptions {
  /** A page counts as re-saved when its best dip is below this. Single-saved pages show spurious dips of 0.7–0.9. */
  maxDip: number;
  /** Blocks whose grey range is at least this carry enough detail to have a ghost. */
  minRange: number;
  /** Blocks sampled to find the page's earlier table. */
  sample: number;
}

export const DEFAULT_GHOST: GhostOptions = { maxDip: 0.65, minRange: 40, sample: 120 };

const QUALITY_STEP = 2;
/** Neighbours of a candidate quality are this many steps away on either side (±6 quality). */
const SPREAD = 3;

function scaled(base: readonly number[], quality: number): number[] {
  const s = quality < 50 ? 5000 / quality : 200 - quality * 2;
  return base.map((b) => Math.min(255, Math.max(1, Math.floor((b * s + 50) / 100))));
}

/** Indices of blocks with a grey range of at least `minRange`. */
export function texturedBlocks(ranges: BlockRanges, minRange: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.lo.length; i++) if ((ranges.hi[i] as number) - (ranges.lo[i] as number) >= minRange) out.push(i);
  return out;
}

/**
 * The page's JPEG ghost and the blocks that lack it, or undefined when the page shows no earlier
 * compression (then this signal has nothing to say).
 * @example const ghost = await findGhost(luma, (await estimateJpegQuality(bytes))!); ghost?.primary.quality
 */
export async function findGhost(grey: Grey, own: JpegQuality, ranges: BlockRanges = blockRanges(grey), options: GhostOptions = DEFAULT_GHOST): Promise<Ghost | undefined> {
  const cols = Math.floor(grey.width / 8);
  const rows = Math.floor(grey.height / 8);
  const blocks = texturedBlocks(ranges, options.minRange);
  if (blocks.length < 50) return undefined;
  // DCT and pixels are computed lazily: most pages stop after the sampled blocks.
  const coefs = new Float64Array(blocks.length * 64);
  const pixels = new Float64Array(blocks.length * 64);
  const ready = new Uint8Array(blocks.length);
  const acc = new Float64Array(64);
  const cost = (n: number, table: readonly number[]): number => {
    if (!ready[n]) {
      const i = blocks[n] as number;
      const x = (i % cols) * 8;
      const y = Math.floor(i / cols) * 8;
      blockDct(grey, x, y, coefs.subarray(n * 64, n * 64 + 64));
      blockPixels(grey, x, y, pixels.subarray(n * 64, n * 64 + 64));
      ready[n] = 1;
    }
    return requantisationCost(coefs, pixels, n * 64, table, acc);
  };

  const bases = (await loadBaseTables()).map((t) => naturalOrder(t));
  const stride = Math.max(1, Math.floor(blocks.length / options.sample));
  const sample: number[] = [];
  for (let n = 0; n < blocks.length; n += stride) sample.push(n);
  const qualities: number[] = [];
  for (let q = 30; q <= Math.min(100, own.quality + 12); q += QUALITY_STEP) qualities.push(q);
  let best: Ghost['primary'] | undefined;
  // The file's own table family; the standard (Annex K) one too when the file's table is not an exact
  // member of a known family (a camera's, a scanner's or an editor's own tables).
  for (const table of own.misfit < 0.5 ? [own.table] : [...new Set([own.table, 0])]) {
    const base = bases[table];
    if (!base || base.length !== 64) continue;
    const curve = qualities.map((q) => {
      const t = scaled(base, q);
      let s = 0;
      for (const n of sample) s += cost(n, t);
      return s / sample.length;
    });
    for (let i = SPREAD; i + SPREAD < qualities.length; i++) {
      // At or near the last save's own quality every block is on the grid: no information there.
      if ((qualities[i] as number) >= own.quality - 3) break;
      const dip = (curve[i] as number) / (((curve[i - SPREAD] as number) + (curve[i + SPREAD] as number)) / 2 + 1e-9);
      if (!best || dip < best.dip) best = { table, quality: qualities[i] as number, dip };
    }
  }
  if (!best || best.dip >= options.maxDip) return undefined;

  const base = bases[best.table] as number[];
  const at = scaled(base, best.quality);
  const below = scaled(base, best.quality - SPREAD * QUALITY_STEP);
  const above = scaled(base, best.quality + SPREAD * QUALITY_STEP);
  const values = new Float32Array(cols * rows).fill(NaN);
  const mask = new Uint8Array(cols * rows);
  for (const [n, i] of blocks.entries()) {
    // +20: a block with almost no cost either way (flat after quantisation) says nothing.
    values[i] = cost(n, at) / ((cost(n, below) + cost(n, above)) / 2 + 20);
    mask[i] = 1;
  }
  return { primary: best, z: robustZ({ cols, rows, values }, mask, 1, 0.03) };
}
