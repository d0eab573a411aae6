/**
 * Edge sharpness per inked block: the steepest step between neighbouring pixels relative to the
 * block's contrast. A scan or photo blurs every stroke on the page alike (optics, sensor, then the
 * same JPEG); digits typed in an editor and pasted in keep the renderer's crisp edges, so they stand
 * out as a compact run of blocks sharper than the page's text around them.
 */
import { robustZ, type BlockMap, type Grey } from './block-map.js';

/** Robust z of sharpness over inked blocks (positive = sharper than the page's text). */
export function sharpnessZ(grey: Grey, ink: Uint8Array): BlockMap {
  const cols = Math.floor(grey.width / 8);
  const rows = Math.floor(grey.height / 8);
  const values = new Float32Array(cols * rows).fill(NaN);
  const { data, width, height } = grey;
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      const i = by * cols + bx;
      if (!ink[i]) continue;
      let lo = 255;
      let hi = 0;
      let step = 0;
      for (let y = by * 8; y < by * 8 + 8; y++) {
        for (let x = bx * 8; x < bx * 8 + 8; x++) {
          const v = data[y * width + x] as number;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
          if (x + 1 < width) step = Math.max(step, Math.abs((data[y * width + x + 1] as number) - v));
          if (y + 1 < height) step = Math.max(step, Math.abs((data[(y + 1) * width + x] as number) - v));
        }
      }
      values[i] = step / Math.max(1, hi - lo);
    }
  }
  return robustZ({ cols, rows, values }, ink, 1, 0.02);
}
