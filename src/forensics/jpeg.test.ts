import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { estimateJpegQuality, findPdfJpegs, isJpeg } from './jpeg.js';
import { sample } from './samples.js';

async function texture(): Promise<Buffer> {
  const w = 64;
  const data = Buffer.alloc(w * w);
  for (let i = 0; i < data.length; i++) data[i] = (i * 37 + ((i / w) | 0) * 11) % 256;
  return data;
}

describe('JPEG quality estimate', () => {
  it.each([[0, 55], [0, 90], [3, 70], [3, 85]])('recovers table %i at quality %i', async (table, quality) => {
    const jpeg = await sharp(await texture(), { raw: { width: 64, height: 64, channels: 1 } }).jpeg({ quality, quantisationTable: table }).toBuffer();
    const estimate = await estimateJpegQuality(jpeg);
    // Re-encoding uses sharp's own (table, quality), so those must be exact; table 3's scaled values
    // round slightly differently from the q50 base, hence a small misfit.
    expect(estimate).toMatchObject({ quality, table });
    expect(estimate!.misfit).toBeLessThan(3);
  });

  it('finds the page JPEG inside a scanned PDF', () => {
    const pdf = readFileSync(sample({ variant: 'scan-pdf-clean' }).path);
    const jpegs = findPdfJpegs(pdf);
    expect(jpegs).toHaveLength(1);
    expect(isJpeg(jpegs[0] as Buffer)).toBe(true);
  });
});
