import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { analyseRaster } from './image-edited.js';
import { findPdfJpegs } from './jpeg.js';
import { heatmapDataUrl, outlierRegions, robustZ, type BlockMap } from './block-map.js';
import { forensicSamples, FORENSIC_SAMPLES_DIR, type ForensicSample } from './samples.js';

const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;

async function analyse(s: ForensicSample) {
  const bytes = readFileSync(path.join(FORENSIC_SAMPLES_DIR, s.file));
  const jpeg = s.file.endsWith('.pdf') ? findPdfJpegs(bytes)[0]! : bytes;
  return analyseRaster(jpeg, true, 1, () => (s.file.endsWith('.pdf') ? 2 : 1));
}

describe('block statistics', () => {
  it('finds a planted cluster among inked blocks and draws a small heat map', async () => {
    const cols = 40, rows = 30;
    const values = new Float32Array(cols * rows).map((_, i) => 1 + ((i * 7919) % 13) / 100);
    for (let y = 10; y < 13; y++) for (let x = 20; x < 26; x++) values[y * cols + x] = 3;
    const map: BlockMap = { cols, rows, values };
    const z = robustZ(map, new Uint8Array(cols * rows).fill(1), 0, 0.05);
    const [region] = outlierRegions(z, 3, 4);
    expect(region?.bbox).toEqual([160, 80, 48, 24]);
    const page = { data: new Uint8Array(320 * 240).fill(200), width: 320, height: 240 };
    const url = await heatmapDataUrl(page, z, 8, region!.bbox);
    const png = Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64');
    const meta = await sharp(png).metadata();
    expect(Math.max(meta.width!, meta.height!)).toBeLessThanOrEqual(256);
  });
});

describe('IMAGE_EDITED', () => {
  it('raises no high finding on clean scans and photos, in both languages', async () => {
    const clean = forensicSamples().filter((s) => s.file.startsWith('raster-') && !s.edited);
    expect(new Set(clean.map((s) => s.lang))).toEqual(new Set(['zh', 'en']));
    for (const s of clean) expect((await analyse(s)).filter((f) => f.severity === 'high'), s.file).toEqual([]);
  });

  it('boxes a pasted amount with score, threshold and heat map (detection is partial: see README)', async () => {
    const edited = forensicSamples().filter((s) => s.file.startsWith('raster-') && s.variant.startsWith('paste-clean'));
    const hits = [];
    for (const s of edited) {
      const found = (await analyse(s)).filter((f) => f.severity !== 'low' && f.bbox && overlaps(f.bbox, s.region!.bbox));
      hits.push(...found);
    }
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.evidence).toMatchObject({ signal: 'error-level', threshold: expect.any(Number), score: expect.any(Number) });
    expect(String(hits[0]?.evidence.heatmap)).toMatch(/^data:image\/png;base64,/);
  });
});
