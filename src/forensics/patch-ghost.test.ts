import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blockRanges, outlierRegions } from './block-map.js';
import { decodeLuma, naturalOrder } from './dct.js';
import { analyseRaster, PIXEL_THRESHOLDS } from './image-edited.js';
import { estimateJpegQuality, findPdfJpegs, loadBaseTables, readLumaTable } from './jpeg.js';
import { DEFAULT_PATCH_GHOST, findPatchGhost } from './patch-ghost.js';
import { measurePixels } from './pixel-evidence.js';
import { sample } from './samples.js';

const W = 640;
const H = 480;
const BOX: [number, number, number, number] = [300, 200, 120, 40];

const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;

function rng(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
}

/**
 * A page-like grey raster without fonts: lines of "glyphs" (dark strokes of varied size) on paper,
 * with sensor noise; `photo` adds uneven light (a shadow gradient) and stronger noise.
 */
function page(seed: number, photo = false): Buffer {
  const rand = rng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const data = Buffer.alloc(W * H);
  const ink = new Uint8Array(W * H);
  for (let line = 24; line + 20 < H; line += 36) {
    for (let x = 20; x + 14 < W - 20; x += 9 + Math.floor(rand() * 6)) {
      if (rand() < 0.12) { x += 12; continue; }
      const h = 10 + Math.floor(rand() * 8);
      const w = 2 + Math.floor(rand() * 3);
      for (let y = line; y < line + h; y++) for (let dx = 0; dx < w; dx++) ink[y * W + x + dx] = 1;
      const bar = line + Math.floor(rand() * h);
      for (let dx = 0; dx < 7; dx++) ink[bar * W + x + dx] = 1;
    }
  }
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const light = photo ? 0.7 + 0.3 * (x / W) * (1 - 0.5 * (y / H)) : 1;
      const v = (ink[y * W + x] ? 45 : 238) * light + gauss() * (photo ? 8 : 4);
      data[y * W + x] = Math.max(0, Math.min(255, Math.round(v)));
    }
  }
  return data;
}

const jpeg = (raw: Buffer, quality: number, blur = 0.6): Promise<Buffer> =>
  sharp(raw, { raw: { width: W, height: H, channels: 1 } }).blur(blur).toColourspace('b-w').jpeg({ quality, mozjpeg: true }).toBuffer();

async function decode(bytes: Buffer): Promise<Buffer> {
  return sharp(bytes).greyscale().raw().toBuffer();
}

/** The page with `boxes` replaced by the same places of another page saved at `patchQuality`, saved at `quality`. */
async function pasted(quality: number, patchQuality: number, boxes: [number, number, number, number][] = [BOX]): Promise<Buffer> {
  const base = await decode(await jpeg(page(1), quality));
  const other = await decode(await jpeg(page(2), patchQuality));
  for (const [x, y0, w, h] of boxes) for (let y = y0; y < y0 + h; y++) other.copy(base, y * W + x, y * W + x, y * W + x + w);
  return sharp(base, { raw: { width: W, height: H, channels: 1 } }).toColourspace('b-w').jpeg({ quality, mozjpeg: true }).toBuffer();
}

const strongest = async (bytes: Buffer) => {
  const ev = await measurePixels(bytes, true);
  const best = ev.candidates.filter((c) => c.signal === 'patch-ghost').sort((a, b) => b.strength - a.strength)[0];
  return best;
};

describe('patch-ghost: a paste cut from a coarser JPEG, saved at the page quality', () => {
  it('finds the pasted region at high strength', async () => {
    const found = await strongest(await pasted(80, 50));
    expect(found).toBeDefined();
    expect(found!.strength).toBeGreaterThanOrEqual(PIXEL_THRESHOLDS['patch-ghost'].high);
    expect(overlaps(found!.bbox, BOX)).toBe(true);
    expect(found!.detail?.earlierQuality).toBeGreaterThanOrEqual(40);
    expect(found!.detail?.earlierQuality).toBeLessThanOrEqual(60);
  });

  it('stays below medium on the same page without the paste, saved the same way twice', async () => {
    const clean = await jpeg(page(1), 80);
    const twice = await sharp(await decode(clean), { raw: { width: W, height: H, channels: 1 } }).toColourspace('b-w').jpeg({ quality: 80, mozjpeg: true }).toBuffer();
    for (const bytes of [clean, twice]) {
      const found = await strongest(bytes);
      expect(found?.strength ?? 0).toBeLessThan(0.85 * PIXEL_THRESHOLDS['patch-ghost'].high);
    }
  });

  it('stays below medium on a photo-like page (uneven light, strong noise, lower quality)', async () => {
    for (const [seed, q] of [[3, 70], [4, 65], [5, 78]] as const) {
      const found = await strongest(await jpeg(page(seed, true), q, 0.8));
      expect(found?.strength ?? 0).toBeLessThan(0.85 * PIXEL_THRESHOLDS['patch-ghost'].high);
    }
  });

  it('does not report a trace found in two separate places alike (page texture, not one paste)', async () => {
    const found = await strongest(await pasted(80, 50, [BOX, [40, 380, 120, 40]]));
    expect(found?.strength ?? 0).toBeLessThan(0.85 * PIXEL_THRESHOLDS['patch-ghost'].high);
    expect(found?.detail?.regionStrength).toBeGreaterThanOrEqual(PIXEL_THRESHOLDS['patch-ghost'].high);
  });

  it('has nothing to say about a paste from a finer JPEG (documented blind spot, not a detection)', async () => {
    const found = await strongest(await pasted(60, 90));
    expect(found?.strength ?? 0).toBeLessThan(PIXEL_THRESHOLDS['patch-ghost'].high);
  });
});

describe('patch-ghost: straight table rules on the grid', () => {
  // A clean searchable scan (200 DPI, no tilt): its full-width table rules sit exactly along a block
  // row, each block one identical 1-D profile that happens to fit a coarse lattice all along the line.
  const page = (): Buffer => findPdfJpegs(readFileSync(sample({ variant: 'searchable-scan', lang: 'zh', kind: 'payslip' }).path))[0]!;

  it('leaves one-dimensional blocks out, so a rule is not a paste (the same page flagged without that rule)', async () => {
    const jpeg = page();
    const luma = await decodeLuma(jpeg);
    const quality = (await estimateJpegQuality(jpeg))!;
    const base = (await loadBaseTables())[quality.table]!;
    const strongestRegion = (oneDimensional: number): number => {
      const { z } = findPatchGhost(luma, blockRanges(luma), naturalOrder(readLumaTable(jpeg)!), naturalOrder(base), quality.quality, [], { ...DEFAULT_PATCH_GHOST, oneDimensional });
      const [region] = outlierRegions(z, 4, 4);
      return region ? region.score * Math.sqrt(region.blocks) : 0;
    };
    expect(strongestRegion(1.01)).toBeGreaterThanOrEqual(PIXEL_THRESHOLDS['patch-ghost'].high);
    expect(strongestRegion(DEFAULT_PATCH_GHOST.oneDimensional)).toBeLessThan(0.85 * PIXEL_THRESHOLDS['patch-ghost'].high);
    const findings = await analyseRaster(jpeg, true, 1, () => 1);
    expect(findings.filter((f) => f.severity === 'high')).toEqual([]);
  });
});
