import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateSkew, estimateTextHeight, toGreyRaw } from './image-stats.js';
import { preprocessImage } from './preprocess.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr');
const fixture = (name: string) => readFile(path.join(FIXTURES, name));

describe('preprocessImage', () => {
  it('finds the 1.5° tilt of the noisy scan and straightens it', async () => {
    const scan = await fixture('contract-scan.jpg');
    expect(estimateSkew(await toGreyRaw(sharp(scan)))).toBeCloseTo(1.5, 0);
    const pre = await preprocessImage(scan);
    expect(pre.angle).toBeCloseTo(-1.5, 0);
    const after = await toGreyRaw(sharp(pre.image));
    expect(Math.abs(estimateSkew(after))).toBeLessThan(0.3);
  });

  it('leaves straight text unrotated and upscales small text towards 40 px lines', async () => {
    const low = await fixture('contract-lowres.png');
    const pre = await preprocessImage(low);
    expect(pre.angle).toBe(0);
    expect(pre.scale).toBeGreaterThan(2);
    expect(estimateTextHeight(await toGreyRaw(sharp(pre.image)))).toBeGreaterThan(30);
  });

  it('maps boxes back to original pixels through rotation and scaling', async () => {
    const pre = await preprocessImage(await fixture('contract-scan.jpg'));
    const rect = { left: 100, top: 120, width: 300, height: 40 };
    const there = pre.toProcessed(rect);
    const [x, y, w, h] = pre.toOriginal([there.left, there.top, there.width, there.height]);
    // Rotating a box twice can only grow it: it must contain the original and stay close to it.
    expect(x).toBeLessThanOrEqual(rect.left + 1);
    expect(y).toBeLessThanOrEqual(rect.top + 1);
    expect(x + w).toBeGreaterThanOrEqual(rect.left + rect.width - 1);
    expect(y + h).toBeGreaterThanOrEqual(rect.top + rect.height - 1);
    expect(w).toBeLessThan(rect.width + 30);
    expect(h).toBeLessThan(rect.height + 30);
  });

  it('rejects bytes that are not an image', async () => {
    await expect(preprocessImage(Buffer.from('nope'))).rejects.toThrow(/sharp can decode/);
  });
});
