/**
 * The behaviour every `OcrEngine` must show, as a vitest suite any engine's test file can run
 * (pattern: hono's shared router tests). Fixtures live in test/fixtures/ocr/ and need no fonts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OcrError, OcrTimeoutError, type OcrEngine } from './engine.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr');

/** What the suite may ask of the engine factory. */
export interface ConformanceEngineOptions {
  /** Recognition time limit per job. */
  jobTimeoutMs?: number;
  /** Jobs per worker before it is replaced. */
  recycleAfter?: number;
}

/** Fold full-width punctuation and drop spaces, so spacing conventions do not fail the test. */
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function expectInside(box: readonly number[], width: number, height: number) {
  const [x = NaN, y = NaN, w = NaN, h = NaN] = box;
  expect(x).toBeGreaterThanOrEqual(0);
  expect(y).toBeGreaterThanOrEqual(0);
  expect(w).toBeGreaterThan(0);
  expect(h).toBeGreaterThan(0);
  expect(x + w).toBeLessThanOrEqual(width);
  expect(y + h).toBeLessThanOrEqual(height);
}

/** A slow page: the noisy scan fixture tiled 2×2, so one recognition takes seconds. */
async function slowPage(): Promise<Buffer> {
  const tile = await readFile(path.join(FIXTURES, 'contract-scan.jpg'));
  const { width = 0, height = 0 } = await sharp(tile).metadata();
  return sharp({ create: { width: width * 2, height: height * 2, channels: 3, background: '#fff' } })
    .composite([0, 1, 2, 3].map((i) => ({ input: tile, left: (i % 2) * width, top: Math.floor(i / 2) * height })))
    .png()
    .toBuffer();
}

/**
 * Register the conformance suite for one engine implementation.
 * @example runEngineConformance('tesseract pool', (o) => createOcrPool({ size: 1, ...o }));
 */
export function runEngineConformance(name: string, create: (options: ConformanceEngineOptions) => OcrEngine): void {
  describe(`OcrEngine conformance: ${name}`, () => {
    const engine = create({});
    afterAll(() => engine.close());

    it('reads a Chinese + English image into ordered lines with boxes inside the image', async () => {
      const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
      const { width, height } = await sharp(image).metadata();
      const r = await engine.recognize({ image });
      expect(r.width).toBe(width);
      expect(r.height).toBe(height);
      expect(r.confidence).toBeGreaterThan(60);
      expect(r.confidence).toBeLessThanOrEqual(100);
      expect(r.lines.map((l) => fold(l.text))).toEqual(['借款金额:人民币1,250,000.00元', 'LoanAmount:USD12,500.50']);
      expect(r.lines[1]!.text).toContain('Loan Amount: USD 12,500.50');
      const [first, second] = r.lines;
      expect(first!.bbox[1] + first!.bbox[3]).toBeLessThanOrEqual(second!.bbox[1] + 2);
      for (const line of r.lines) {
        expectInside(line.bbox, r.width, r.height);
        line.words.forEach((w, i) => {
          expectInside(w.bbox, r.width, r.height);
          if (i > 0) expect(w.bbox[0]).toBeGreaterThanOrEqual(line.words[i - 1]!.bbox[0]);
        });
      }
      // Boxes are in input pixels: the first line starts at the rendered text's left margin (36 px).
      expect(Math.abs(first!.bbox[0] - 36)).toBeLessThan(8);
    });

    it('rejects unreadable bytes with an OcrError and stays usable', async () => {
      await expect(engine.recognize({ image: Buffer.from('not an image') })).rejects.toBeInstanceOf(OcrError);
    });

    it('rejects an aborted call with an OcrError', async () => {
      const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
      await expect(engine.recognize({ image }, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(OcrError);
    });

    it('times out a slow job with OcrTimeoutError and serves the next job', async () => {
      const timed = create({ jobTimeoutMs: 1500 });
      try {
        const warm = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
        await timed.recognize({ image: warm }); // start the worker outside the timed job
        const err = await timed.recognize({ image: await slowPage() }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(OcrTimeoutError);
        expect((err as OcrTimeoutError).timeoutMs).toBe(1500);
        const r = await timed.recognize({ image: warm });
        expect(fold(r.lines[0]!.text)).toContain('借款金额');
      } finally {
        await timed.close();
      }
    });

    it('recycles workers and every job still succeeds', async () => {
      const recycled = create({ recycleAfter: 1 });
      try {
        const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
        const results = await Promise.all([1, 2, 3].map(() => recycled.recognize({ image })));
        for (const r of results) expect(fold(r.lines[1]!.text)).toBe('LoanAmount:USD12,500.50');
      } finally {
        await recycled.close();
      }
    });

    it('close() terminates workers, leaves no open handles and rejects later calls', async () => {
      // Each live worker thread holds a MessagePort handle that keeps the process running.
      const count = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
      const settle = async (atMost: number) => {
        for (let i = 0; i < 40 && count() > atMost; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return count();
      };
      await engine.close(); // the suite's shared engine is done: no worker should be alive now
      const before = await settle(0);
      const closing = create({});
      const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
      await closing.recognize({ image });
      expect(count()).toBeGreaterThan(before);
      await closing.close();
      expect(count()).toBeLessThanOrEqual(before);
      await expect(closing.recognize({ image })).rejects.toBeInstanceOf(OcrError);
    });
  });
}
