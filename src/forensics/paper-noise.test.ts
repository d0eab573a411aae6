import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseRaster, PIXEL_THRESHOLDS } from './image-edited.js';
import { measurePixels } from './pixel-evidence.js';

/**
 * Fixtures: 1000×700 crops (lossless PNG of the decoded JPEG, so the pixels are the file's) of three
 * generated Chinese pay slips of the tuning set (`samples/generate/forensics`, scale 3): one with the
 * net pay typed clean and pasted in, then saved as JPEG; a clean scan; a clean scan re-saved.
 * Rendered text with real fonts is what the signal reads (the speckle of sensor noise around strokes),
 * which font-free synthetic strokes do not reproduce.
 */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const PASTE: [number, number, number, number] = [798, 362, 109, 34];

const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!;
const fixture = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));
const paperNoise = async (png: Buffer) => (await measurePixels(png, false)).candidates.find((c) => c.signal === 'paper-noise');

describe('paper-noise: digits typed clean and pasted into a scan', () => {
  it('finds the pasted value by the sensor noise its paper lacks, at high, with the region boxed', async () => {
    const png = fixture('paper-noise-pasted.png');
    const found = await paperNoise(png);
    expect(found).toBeDefined();
    expect(overlaps(found!.bbox, PASTE)).toBe(true);
    expect(found!.strength).toBeGreaterThanOrEqual(PIXEL_THRESHOLDS['paper-noise'].high);
    const [finding] = await analyseRaster(png, false, 1, () => 1);
    expect(finding).toMatchObject({ code: 'IMAGE_EDITED', severity: 'high', evidence: { signal: 'paper-noise' } });
    expect(overlaps(finding!.bbox!, PASTE)).toBe(true);
  });

  it('stays below medium on clean scans of the same kind of page (saved once, and re-saved)', async () => {
    for (const name of ['paper-noise-clean-scan.png', 'paper-noise-clean-resaved.png']) {
      const found = await paperNoise(fixture(name));
      expect(found?.strength ?? 0, name).toBeLessThan(0.85 * PIXEL_THRESHOLDS['paper-noise'].high);
      expect(await analyseRaster(fixture(name), false, 1, () => 1), name).toEqual([]);
    }
  });
});
