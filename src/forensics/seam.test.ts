import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blockRanges } from './block-map.js';
import { decodeLuma } from './dct.js';
import { PIXEL_THRESHOLDS } from './image-edited.js';
import { measurePixels } from './pixel-evidence.js';
import { findSeams } from './seam.js';

const W = 640;
const H = 480;
const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;

/**
 * A photographed page: paper lit unevenly (brighter at the left), sensor noise, and lines of dark
 * "glyphs" (small bars, no fonts needed). `band` shades a table row across the text block.
 */
function photoPage(seed: number, band = false): Buffer {
  let s = seed;
  const rand = (): number => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const data = Buffer.alloc(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const shade = band && y >= 200 && y < 236 && x >= 40 && x < 600 ? 9 : 0;
      data[y * W + x] = Math.round(236 - (16 * x) / W - shade + (rand() - 0.5) * 4);
    }
  }
  for (let line = 40; line < H - 40; line += 40) {
    for (let x = 40; x < W - 60; x += 9 + Math.floor(rand() * 6)) {
      if (rand() < 0.25) continue;
      const w = 2 + Math.floor(rand() * 3);
      const h = 8 + Math.floor(rand() * 8);
      for (let y = line + 12; y < line + 12 + h; y++) for (let xx = x; xx < x + w; xx++) data[y * W + xx] = 40 + Math.floor(rand() * 30);
    }
  }
  return data;
}

/** Copy a box of the page to another place (a copy-move with a rectangle selection). */
function moveBox(data: Buffer, from: [number, number], to: [number, number], w: number, h: number): void {
  const src = Buffer.from(data);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) data[(to[1] + y) * W + to[0] + x] = src[(from[1] + y) * W + from[0] + x] as number;
}

const asJpeg = (data: Buffer): Promise<Buffer> => sharp(data, { raw: { width: W, height: H, channels: 1 } }).jpeg({ quality: 85 }).toBuffer();

async function seamsOf(data: Buffer) {
  const luma = await decodeLuma(await asJpeg(data));
  return findSeams(luma, blockRanges(luma));
}

describe('seam: the edges of a patch moved across unevenly lit paper', () => {
  it('finds a block moved from the bright side to the dark side, boxed where it landed', async () => {
    const page = photoPage(7);
    const dest: [number, number, number, number] = [470, 246, 96, 30];
    moveBox(page, [60, 246], [dest[0], dest[1]], dest[2], dest[3]);
    const [seam] = await seamsOf(page);
    expect(seam).toBeDefined();
    expect(overlaps(seam!.bbox, dest)).toBe(true);
    expect(seam!.sides).toBeGreaterThanOrEqual(3);
    expect(seam!.strength).toBeGreaterThanOrEqual(PIXEL_THRESHOLDS.seam.high);
  });

  it('finds nothing on the same page untouched, nor on a table row shaded across the text', async () => {
    for (const page of [photoPage(7), photoPage(11), photoPage(7, true)]) {
      const [seam] = await seamsOf(page);
      expect(seam?.strength ?? 0).toBeLessThan(0.75 * PIXEL_THRESHOLDS.seam.high);
    }
  });

  it('is measured only when asked for (off by default), with its region and heat map', async () => {
    const page = photoPage(7);
    moveBox(page, [60, 246], [470, 246], 96, 30);
    const jpeg = await asJpeg(page);
    expect((await measurePixels(jpeg, true)).candidates.some((c) => c.signal === 'seam')).toBe(false);
    const on = await measurePixels(jpeg, true, { copyMove: false, seam: true, fixedPoint: false });
    const seam = on.candidates.find((c) => c.signal === 'seam');
    expect(seam).toMatchObject({ signal: 'seam', detail: { sides: expect.any(Number) } });
    expect(on.maps.seam).toBeDefined();
  });
});
