/**
 * Paper noise around strokes. A scanner or camera adds sensor noise to every pixel; JPEG wipes most
 * of it from blank paper but keeps it in text blocks, where many coefficients survive: the paper
 * between and around a scanned glyph's strokes is speckled. Digits typed clean in an editor and
 * pasted in carry no sensor noise, so the paper inside their blocks is smooth (only the JPEG's own
 * ringing) while the page's genuine text around them is rough. This also sees pastes saved at the
 * page's own quality and pastes inside scanned PDFs, which leave no compression trace.
 *
 * Per inked block: the mean absolute Laplacian of its paper pixels (within `drop` grey levels of the
 * block's brightest, neighbours too, so stroke edges do not count), in logs; blocks of table rules
 * (a row or column dark all across, continuing into the next block) are left out: a ruled line is
 * smooth on any page. Low roughness is the outlier (robust z over the page's other text blocks).
 *
 * Cost: one pass over the pixels of inked blocks (a few ms at 150 DPI).
 */
import { robustZ, type BlockMap, type BlockRanges, type Grey } from './block-map.js';

export interface PaperNoiseOptions {
  /** Paper pixels of a block: at most this far below its brightest pixel (grey levels). */
  drop: number;
  /** Blocks with fewer paper pixels than this are not measured. */
  minPixels: number;
}

export const DEFAULT_PAPER_NOISE: PaperNoiseOptions = { drop: 40, minPixels: 12 };

/**
 * Robust z of "smoother paper than the page's other text" per inked block (NaN where unmeasured).
 * @example const z = paperNoiseZ(luma, ranges, inkedBlocks(luma, ranges)); outlierRegions(z, 2.5, 4)
 */
export function paperNoiseZ(grey: Grey, ranges: BlockRanges, ink: Uint8Array, options: PaperNoiseOptions = DEFAULT_PAPER_NOISE): BlockMap {
  const { cols, rows } = ranges;
  const { data, width } = grey;
  const rowRun = new Uint8Array(cols * rows);
  const colRun = new Uint8Array(cols * rows);
  for (let i = 0; i < cols * rows; i++) {
    if (!ink[i]) continue;
    const x0 = (i % cols) * 8;
    const y0 = Math.floor(i / cols) * 8;
    const mid = ((ranges.hi[i] as number) + (ranges.lo[i] as number)) / 2;
    for (let k = 0; k < 8 && !(rowRun[i] && colRun[i]); k++) {
      let across = 0;
      let down = 0;
      for (let j = 0; j < 8; j++) {
        if ((data[(y0 + k) * width + x0 + j] as number) < mid) across++;
        if ((data[(y0 + j) * width + x0 + k] as number) < mid) down++;
      }
      if (across === 8) rowRun[i] = 1;
      if (down === 8) colRun[i] = 1;
    }
  }
  const ruled = (i: number): boolean => (rowRun[i] === 1 && rowRun[i - 1] === 1 && rowRun[i + 1] === 1)
    || (colRun[i] === 1 && colRun[i - cols] === 1 && colRun[i + cols] === 1);

  const values = new Float32Array(cols * rows).fill(NaN);
  const mask = new Uint8Array(cols * rows);
  for (let by = 1; by < rows - 1; by++) {
    for (let bx = 1; bx < cols - 1; bx++) {
      const i = by * cols + bx;
      if (!ink[i] || ruled(i)) continue;
      const paper = (ranges.hi[i] as number) - options.drop;
      let sum = 0;
      let n = 0;
      for (let y = by * 8; y < by * 8 + 8; y++) {
        for (let o = y * width + bx * 8, end = o + 8; o < end; o++) {
          const v = data[o] as number;
          const l = data[o - 1] as number;
          const r = data[o + 1] as number;
          const u = data[o - width] as number;
          const d = data[o + width] as number;
          if (v < paper || l < paper || r < paper || u < paper || d < paper) continue;
          sum += Math.abs(4 * v - l - r - u - d);
          n++;
        }
      }
      if (n >= options.minPixels) {
        // Logs: roughness spreads multiplicatively with the page's noise and quality.
        values[i] = Math.log(sum / (4 * n) + 0.3);
        mask[i] = 1;
      }
    }
  }
  return robustZ({ cols, rows, values }, mask, 1, 0.05, -1);
}
