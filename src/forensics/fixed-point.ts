/**
 * Same-table fixed point: how far each block still is from settling on the page's own JPEG table.
 *
 * Decoding a JPEG rounds and clips its pixels, so a block's coefficients sit a little off the
 * lattice of the table it was saved with; saving it again with the same table moves them back and
 * changes the pixels a little, most where strokes clip at black or paper at white. Each further save
 * with that table changes less: the block converges on a fixed point. A page opened and saved again
 * at its own quality has settled everywhere except where something was put in before that last save
 * (a value typed clean, cut from another image, or copied off the grid): those blocks went through
 * the table once only and still move. Re-quantising with the own table costs 64 operations per block
 * in the DCT domain (`requantisationCost`); no encoder has to reproduce the file's.
 *
 * A block's movement grows with its texture, so it is divided by its movement at the family's
 * tables six qualities either side (on no lattice of its own history: a measure of how much the
 * block has to lose): the log ratio, robust z over the page's textured blocks, high = unsettled.
 * Blocks of straight rules along the grid are left out (a full-width rule clips the same way all
 * along it, see `patch-ghost.ts`). On a page saved once every block is equally unsettled, so only a
 * single region standing out from the rest counts (the caller takes its margin over the next).
 *
 * Cost: one DCT and three re-quantisations per textured block.
 */
import { robustZ, type BlockMap, type BlockRanges, type Grey } from './block-map.js';
import { blockDct, blockPixels, requantisationCost } from './dct.js';
import { isOneDimensional } from './patch-ghost.js';
import { scaleTable } from './jpeg.js';

export interface FixedPointOptions {
  /** Blocks with at least this grey range are measured. */
  minRange: number;
  /** The reference tables are the family's at the own quality ± this. */
  spread: number;
  /** Added to the own and the reference movement (sum of absolute pixel changes per block): flat blocks say nothing. */
  ownFloor: number;
  referenceFloor: number;
  /**
   * Blocks of strong colour (largest red-green-blue spread above this) are left out: a red seal's
   * decoded RGB is clipped at the gamut's edge, so the luma recomputed from it moves under any table
   * (clean scanned contracts with seals reached 6× the threshold before this rule).
   */
  maxColour: number;
  /** See `PatchGhostOptions.oneDimensional`. */
  oneDimensional: number;
}

export const DEFAULT_FIXED_POINT: FixedPointOptions = { minRange: 40, spread: 6, ownFloor: 4, referenceFloor: 20, maxColour: 60, oneDimensional: 0.95 };

/**
 * Robust z per textured block of "still moves under the page's own table" (NaN where unmeasured).
 * `table` is the file's luma table and `base` its family's base table, both in natural order.
 * @example const z = fixedPointZ(luma, ranges, naturalOrder(readLumaTable(bytes)!), naturalOrder(base), 75)
 */
export function fixedPointZ(grey: Grey, ranges: BlockRanges, table: readonly number[], base: readonly number[], quality: number, options: FixedPointOptions = DEFAULT_FIXED_POINT): BlockMap {
  const { cols, rows } = ranges;
  const below = scaleTable(base, Math.max(1, quality - options.spread));
  const above = scaleTable(base, Math.min(100, quality + options.spread));
  const values = new Float32Array(cols * rows).fill(NaN);
  const mask = new Uint8Array(cols * rows);
  const coef = new Float64Array(64);
  const pixels = new Float64Array(64);
  const acc = new Float64Array(64);
  const tmp = new Float64Array(64);
  for (let i = 0; i < cols * rows; i++) {
    if ((ranges.hi[i] as number) - (ranges.lo[i] as number) < options.minRange) continue;
    if (grey.colour && (grey.colour[i] as number) > options.maxColour) continue;
    const x = (i % cols) * 8;
    const y = Math.floor(i / cols) * 8;
    blockDct(grey, x, y, coef, tmp);
    if (isOneDimensional(coef, options.oneDimensional)) continue;
    blockPixels(grey, x, y, pixels);
    const own = requantisationCost(coef, pixels, 0, table, acc, true);
    const reference = (requantisationCost(coef, pixels, 0, below, acc, true) + requantisationCost(coef, pixels, 0, above, acc, true)) / 2;
    values[i] = Math.log((own + options.ownFloor) / (reference + options.referenceFloor));
    mask[i] = 1;
  }
  return robustZ({ cols, rows, values }, mask, 1, 0.05);
}
