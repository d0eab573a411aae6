import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { OcrEngine, OcrResult } from '../ocr/engine.js';
import { readDocument, readFirstPage } from './read-document.js';

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

/** A white page with 30 dark bars standing in for text lines. */
async function linedPage(): Promise<Buffer> {
  const composite = Array.from({ length: 30 }, (_, i) => ({ input: { create: { width: 600, height: 18, channels: 3 as const, background: '#222' } }, left: 150, top: 200 + i * 40 }));
  return sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#fff' } }).composite(composite).png().toBuffer();
}

/** An engine that answers a band crop with `band` and the whole page with `page(languages)`. */
function scriptedEngine(band: string, page: (languages: string) => { text: string; confidence: number }) {
  const calls: string[] = [];
  const engine: OcrEngine = {
    name: 'fake',
    recognize: async ({ image }, opts) => {
      const { height } = await sharp(image).metadata();
      const langs = (opts?.languages ?? []).join('+');
      const whole = height === 1754;
      calls.push(`${whole ? 'page' : 'band'}:${langs}`);
      const { text, confidence } = whole ? page(langs) : { text: band, confidence: 80 };
      return { ...empty, confidence, lines: [{ text, confidence, bbox: [0, 0, 10, 10], words: [] }] };
    },
    close: async () => undefined,
  };
  return { engine, calls };
}

const english = 'The Borrower shall repay the loan in equal monthly instalments as set out below';
const chinese = '借款人应按照本合同约定的还款计划按月等额偿还贷款本金及利息，逾期应支付罚息';

describe('readFirstPage', () => {
  it('reads an English page once with eng after a chi_sim reading of its first lines', async () => {
    const { engine, calls } = scriptedEngine(english, () => ({ text: english, confidence: 90 }));
    const { languages } = await readFirstPage(engine, await linedPage());
    expect(languages).toEqual(['eng']);
    expect(calls).toEqual(['band:chi_sim', 'page:eng']);
  });

  it('reads a Chinese page once with chi_sim', async () => {
    const { engine, calls } = scriptedEngine(chinese, () => ({ text: chinese, confidence: 85 }));
    const { languages } = await readFirstPage(engine, await linedPage());
    expect(languages).toEqual(['chi_sim']);
    expect(calls).toEqual(['band:chi_sim', 'page:chi_sim']);
  });

  it('falls back to judging the whole page when the band looked English but eng cannot read the page', async () => {
    const { engine, calls } = scriptedEngine(english, (langs) => (langs === 'eng' ? { text: 'i ll Il', confidence: 30 } : { text: chinese, confidence: 85 }));
    const { languages, result } = await readFirstPage(engine, await linedPage());
    expect(languages).toEqual(['chi_sim']);
    expect(result.lines[0]!.text).toBe(chinese);
    expect(calls).toEqual(['band:chi_sim', 'page:eng', 'page:chi_sim']);
  });

  it('reads the page again when the whole chi_sim reading contradicts the band', async () => {
    const { engine, calls } = scriptedEngine(chinese, () => ({ text: english, confidence: 88 }));
    const { languages } = await readFirstPage(engine, await linedPage());
    expect(languages).toEqual(['eng']);
    expect(calls).toEqual(['band:chi_sim', 'page:chi_sim', 'page:eng']);
  });
});
