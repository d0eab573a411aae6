import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openDocument, DEFAULT_INGEST_OPTIONS } from './index.js';

const A4: [number, number] = [595.28, 841.89];

/** A grey 'scan' at `dpi` for an A4 page: stripes, so resampling would change pixels. */
async function greyScan(dpi: number): Promise<{ png: Buffer; width: number; height: number; pixels: Buffer }> {
  const width = Math.round((A4[0] / 72) * dpi);
  const height = Math.round((A4[1] / 72) * dpi);
  const pixels = Buffer.alloc(width * height, 250);
  for (let y = 40; y < height - 40; y += 23) for (let k = 0; k < 3; k++) pixels.fill(20, (y + k) * width + 60, (y + k) * width + width - 60);
  const png = await sharp(pixels, { raw: { width, height, channels: 1 } }).png().toBuffer();
  return { png, width, height, pixels };
}

/** A PDF from pdfkit drawing calls, one callback per page. */
function pdf(pages: ((doc: PDFKit.PDFDocument) => void)[]): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const draw of pages) {
    doc.addPage({ size: A4, margin: 0 });
    draw(doc);
  }
  doc.end();
  return done;
}

describe('scanned PDF pages', () => {
  it('stores a grey page with one channel and the same pixels', async () => {
    const scan = await greyScan(200);
    const bytes = await pdf([(doc) => { doc.image(scan.png, 0, 0, { width: A4[0], height: A4[1] }); }]);
    const opened = await openDocument(bytes, DEFAULT_INGEST_OPTIONS);
    const page = await opened.readPage(1);
    await opened.close();
    if (page.kind !== 'raster') throw new Error(`Expected a raster page, got ${page.kind}`);
    expect((await sharp(page.png).metadata()).channels).toBe(1); // a third of the bytes for every later decode
    const grey = await sharp(page.png).greyscale().raw().toBuffer();
    const rgb = await sharp(page.png).toColourspace('srgb').raw().toBuffer();
    expect(rgb.length).toBe(grey.length * 3);
    expect(rgb.every((v, i) => v === grey[Math.floor(i / 3)])).toBe(true);
    expect(grey.filter((v) => v < 100).length).toBeGreaterThan(1000); // the stripes are there
  });

  it('keeps colour where there is any (a red stamp on a grey scan)', async () => {
    const scan = await greyScan(200);
    const bytes = await pdf([(doc) => {
      doc.image(scan.png, 0, 0, { width: A4[0], height: A4[1] });
      doc.rect(100, 100, 80, 80).fill('#d00000');
    }]);
    const opened = await openDocument(bytes, DEFAULT_INGEST_OPTIONS);
    const page = await opened.readPage(1);
    await opened.close();
    if (page.kind !== 'raster') throw new Error(`Expected a raster page, got ${page.kind}`);
    expect((await sharp(page.png).metadata()).channels).toBe(3); // the red stamp kept its colour
    const { data, info } = await sharp(page.png).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const stamp = at(Math.round((140 / 72) * 200), Math.round((140 / 72) * 200));
    expect(stamp[0]).toBeGreaterThan(150);
    expect(stamp[1]).toBeLessThan(60);
  });
});
