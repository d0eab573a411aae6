import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { OcrEngine, OcrResult } from '../ocr/engine.js';
import { readDocument } from './read-document.js';

/** A PDF of `pages` pages, each one page-sized grey image and no text layer (a scan). */
async function scannedPdf(pages: number): Promise<Buffer> {
  const png = await sharp({ create: { width: 850, height: 1100, channels: 3, background: { r: 235, g: 235, b: 235 } } }).greyscale().png().toBuffer();
  const doc = new PDFDocument({ size: [612, 792], margin: 0, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let i = 0; i < pages; i++) doc.addPage().image(png, 0, 0, { width: 612, height: 792 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const empty: OcrResult = { lines: [], confidence: 0, width: 850, height: 1100, ms: 1 };

describe('readDocument', () => {
  it('rejects with the failing page and leaves no rejection of the other pages in flight unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      let call = 0;
      // Page 1 decides the script; then page 3 fails first, page 2 later, page 4 last — while the
      // reader is still waiting for page 2.
      const delays = [0, 60, 5, 120];
      const engine: OcrEngine = {
        name: 'fake',
        recognize: async () => {
          const n = call++;
          await new Promise((r) => setTimeout(r, delays[n] ?? 0));
          if (n === 0) return empty;
          throw new Error(`page ${n + 1} failed`);
        },
        close: async () => undefined,
      };
      const bytes = await scannedPdf(4);
      await expect(readDocument('scan.pdf', bytes, { ocr: () => engine, ocrConcurrency: 2 })).rejects.toThrow(/page \d failed/);
      await new Promise((r) => setTimeout(r, 200));
      expect(call).toBe(4);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
