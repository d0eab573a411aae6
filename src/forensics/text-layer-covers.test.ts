import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Line } from '../model/document.js';
import type { Finding } from '../model/schema.js';
import type { OcrEngine } from '../ocr/engine.js';
import { loadForForensics } from './load-document.js';
import { textLayerMismatch } from './text-layer-mismatch.js';

/**
 * A one-page A4 PDF (Helvetica, xref and all) whose content is `content`, with an image /Im1
 * (10×10 red) whose soft mask is opaque at `alpha` (0..255).
 */
function buildPdf(content: string, alpha = 255): Buffer {
  const body = deflateSync(Buffer.from(content, 'latin1'));
  const mask = deflateSync(Buffer.alloc(100, alpha));
  const red = deflateSync(Buffer.alloc(300, 0).map((_, i) => (i % 3 === 0 ? 200 : 30)));
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>'],
    ['<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>'],
    [`<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`, body, '\nendstream'],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'],
    [`<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /BitsPerComponent 8 /ColorSpace /DeviceRGB /SMask 7 0 R /Filter /FlateDecode /Length ${red.length} >>\nstream\n`, red, '\nendstream'],
    [`<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode /Length ${mask.length} >>\nstream\n`, mask, '\nendstream'],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(at);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), ...o.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)), Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(chunk);
    at += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

const TEXT = 'BT /F1 11 Tf 60 700 Td (Net pay) Tj 200 0 Td (18,950.90) Tj ET BT /F1 11 Tf 60 640 Td (Account 6222 0210 0101 2345) Tj ET';

/** Runs the check on a PDF with an engine that reads `shows` and remembers each crop's size. */
async function run(content: string, shows: string, alpha = 255): Promise<{ findings: Finding[]; crops: { width: number; height: number }[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'covers-'));
  const file = join(dir, 'page.pdf');
  writeFileSync(file, buildPdf(content, alpha));
  const crops: { width: number; height: number }[] = [];
  const engine: OcrEngine = {
    name: 'spy',
    recognize: async ({ image }) => {
      const { width = 0, height = 0 } = await sharp(image).metadata();
      crops.push({ width, height });
      const line: Line = { text: shows, bbox: [0, 0, width, height], confidence: 95, words: [{ text: shows, bbox: [0, 0, width, height], confidence: 95 }] };
      return { lines: [line], confidence: 95, width, height, ms: 0 };
    },
    close: async () => undefined,
  };
  const sink = { findings: [] as Finding[], reviewItems: [] };
  const document = await loadForForensics(file);
  await textLayerMismatch.run({ document, extraction: { fields: {}, mentions: {}, transactions: [], amountWords: [], unreadWordsLines: [] }, ocr: () => engine }, sink);
  return { findings: sink.findings, crops };
}

describe('TEXT_LAYER_MISMATCH with placed covers', () => {
  it('OCRs only the covered value, in a crop around it, and reports what the page shows there', async () => {
    // An opaque patch painted over the amount after it was drawn: the page shows the patch.
    const { findings, crops } = await run(`${TEXT} q 0.95 g 255 695 60 16 re f Q`, '18,960.90');
    expect(crops.length).toBeGreaterThan(0);
    // 200 DPI: the whole first line is ≈ 700 px wide; the amount alone ≈ 150 px plus margin.
    expect(Math.max(...crops.map((c) => c.width))).toBeLessThan(2 * 260);
    expect(findings).toMatchObject([{ code: 'TEXT_LAYER_MISMATCH', severity: 'high', evidence: { signal: 'ocr-vs-layer', layer: '18,950.90' } }]);
  });

  it('clears a page whose shaded row is drawn behind its text, and a seal over empty space', async () => {
    const shaded = `q 0.9 g 50 694 500 18 re f Q q 0.9 g 50 634 500 18 re f Q ${TEXT} q 0.8 0 0 rg 50 560 500 40 re f Q q 80 0 0 80 400 100 cm /Im1 Do Q`;
    expect(await run(shaded, '00,000.00')).toEqual({ findings: [], crops: [] });
  });

  it('clears a see-through seal stamped over the amount, not an opaque image there', async () => {
    const seal = `${TEXT} q 80 0 0 80 240 660 cm /Im1 Do Q`;
    expect(await run(seal, '00,000.00', 10)).toEqual({ findings: [], crops: [] });
    expect((await run(seal, '18,950.90', 255)).crops.length).toBeGreaterThan(0);
  });
});
