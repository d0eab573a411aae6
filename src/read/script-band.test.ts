import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { scriptBand } from './script-band.js';

/** A white A4-ish page at 150 DPI with dark bars standing in for text lines at the given tops. */
async function page(lineTops: number[], lineHeight = 18): Promise<Buffer> {
  const composite = lineTops.map((top) => ({
    input: { create: { width: 600, height: lineHeight, channels: 3 as const, background: '#222' } },
    left: 150, top,
  }));
  return sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } }).composite(composite).png().toBuffer();
}

describe('scriptBand', () => {
  it('covers the first eight text lines from the top, full width', async () => {
    const tops = Array.from({ length: 30 }, (_, i) => 200 + i * 40);
    const band = await scriptBand(await page(tops));
    expect(band).toBeDefined();
    expect(band!.left).toBe(0);
    expect(band!.width).toBe(1240);
    expect(band!.top).toBeLessThanOrEqual(200);
    expect(band!.top).toBeGreaterThan(180);
    // the eighth line ends at 200 + 7 × 40 + 18 = 498; the ninth starts at 520
    expect(band!.top + band!.height).toBeGreaterThanOrEqual(498);
    expect(band!.top + band!.height).toBeLessThan(520);
  });

  it('stops at 30 % of the page when the lines are far apart', async () => {
    const tops = Array.from({ length: 8 }, (_, i) => 100 + i * 200);
    const band = await scriptBand(await page(tops));
    expect(band).toBeDefined();
    expect(band!.top + band!.height).toBeLessThan(100 + 0.3 * 1754 + 40);
  });

  it('gives up on a blank page and on one with too few lines', async () => {
    expect(await scriptBand(await page([]))).toBeUndefined();
    expect(await scriptBand(await page([300, 600]))).toBeUndefined();
  });
});
