import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentFontId, openPdf } from './pdf.js';

const FILE = 'samples/dev/dev-contract-zh-text-pdf.pdf';
const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');

describe('openPdf: reading and rendering one file do not change each other', () => {
  it('renders a text page the same after reading its text and marks as alone, glyphs drawn', async () => {
    const bytes = readFileSync(FILE);
    const busy = await openPdf(bytes);
    const text = await busy.readTextPage(4, 72);
    await busy.readMarks(4, 72);
    const after = await busy.renderPage(4, 72);
    await busy.close();
    const fresh = await openPdf(bytes);
    const alone = await fresh.renderPage(4, 72);
    await fresh.close();
    expect(text.words.length).toBeGreaterThan(0);
    expect(sha1(after.data)).toBe(sha1(alone.data));
    // Glyphs are drawn: the page is not blank paper where its words are.
    const [x, y, w, h] = text.words[0]!.bbox.map(Math.round) as [number, number, number, number];
    let dark = 0;
    for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) if (after.data[(yy * after.width + xx) * 4]! < 128) dark++;
    expect(dark).toBeGreaterThan(0);
  });

  it('reads the same text whether or not a page was rendered first', async () => {
    const bytes = readFileSync(FILE);
    const a = await openPdf(bytes);
    const plain = await a.readTextPage(2, 200);
    await a.close();
    const b = await openPdf(bytes);
    await b.renderPage(2, 72);
    const rendered = await b.readTextPage(2, 200);
    await b.close();
    // Font ids included: they no longer count the documents the thread has opened.
    expect(rendered).toEqual(plain);
    expect(plain.words[0]?.font).toMatch(/^f\d+$/u);
  });
});

describe('font ids in reports', () => {
  it('drop the per-thread document counter pdf.js puts in front', () => {
    expect(documentFontId('g_d119_f3')).toBe('f3');
    expect(documentFontId('g_d0_f12')).toBe('f12');
    expect(documentFontId('Helvetica')).toBe('Helvetica');
  });
});
