import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { coveredWords, prescreenPdf, wordsOffPage } from './text-layer-prescreen.js';
import { sample } from './samples.js';

const PAGE_TREE = '1 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 1 0 R /Contents 4 0 R >>\nendobj\n';

/** Just enough PDF for the screen: a one-page tree and one content stream object, optionally deflated. */
function pdfWith(content: string, deflate = true): Buffer {
  const body = deflate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
  const dict = `<< /Length ${body.length}${deflate ? ' /Filter /FlateDecode' : ''} >>`;
  return Buffer.concat([Buffer.from(`%PDF-1.7\n${PAGE_TREE}4 0 obj\n${dict}\nstream\n`, 'latin1'), body, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]);
}

describe('text-layer pre-screen', () => {
  it('clears text drawn plainly, whatever is drawn before it', () => {
    const plain = pdfWith('q 0.9 0.9 0.9 rg 50 700 200 20 re f Q BT /F1 10 Tf 0 0 0 rg 50 705 Td (Net pay 18,950.90) Tj ET 0 0 m 100 0 l S');
    expect(prescreenPdf(plain)).toMatchObject({ suspect: false, reasons: [], streams: 1 });
    expect(prescreenPdf(pdfWith('BT /F1 10 Tf 1 0 0 1 50 705 Tm (a) Tj ET', false)).suspect).toBe(false);
  });

  it.each([
    ['invisible-text', 'BT 3 Tr /F1 10 Tf (18950.90) Tj ET'],
    ['white-text', 'BT 1 1 1 rg /F1 10 Tf (18950.90) Tj ET'],
    ['white-text', 'BT 1 g /F1 10 Tf [(189)-20(50.90)] TJ ET'],
    ['covered-text', 'BT /F1 10 Tf 50 705 Td (18950.90) Tj ET 1 1 1 rg 48 700 60 14 re f'],
    ['covered-text', 'BT /F1 10 Tf 50 705 Td (18950.90) Tj ET q 60 0 0 14 48 700 cm /Im1 Do Q'],
    ['covered-text', 'BT /F1 10 Tf 50 705 Td (18950.90) Tj ET q 48 700 60 14 re W n /Sh1 sh Q'],
  ])('sends %s to OCR', (reason, content) => {
    expect(prescreenPdf(pdfWith(content)).reasons).toContain(reason);
  });

  it('lets text show through a mostly see-through image (a seal) but not through an opaque one', () => {
    const withImage = (alpha: number): Buffer => {
      const mask = deflateSync(Buffer.alloc(100, alpha));
      const content = deflateSync(Buffer.from('BT /F1 10 Tf 50 705 Td (18950.90) Tj ET q 60 0 0 60 40 690 cm /Im1 Do Q', 'latin1'));
      const parts = [
        '%PDF-1.7\n3 0 obj\n<< /Type /Page /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n',
        `4 0 obj\n<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, content, '\nendstream\nendobj\n',
        '5 0 obj\n<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /BitsPerComponent 8 /ColorSpace /DeviceRGB /SMask 6 0 R /Length 0 >>\nstream\n\nendstream\nendobj\n',
        `6 0 obj\n<< /Type /XObject /Subtype /Image /Width 10 /Height 10 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode /Length ${mask.length} >>\nstream\n`, mask, '\nendstream\nendobj\n%%EOF\n',
      ];
      return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)));
    };
    expect(prescreenPdf(withImage(0)).suspect).toBe(false);
    expect(prescreenPdf(withImage(255)).reasons).toContain('covered-text');
  });

  it('places covers: only paint over text drawn before it, where that text is, counts', () => {
    // A shaded row drawn before its text, then the next row's shading below the first line: cleared.
    const rows = 'q 0.9 g 40 700 300 16 re f Q BT /F1 10 Tf 50 704 Td (Net pay 18,950.90) Tj ET q 0.9 g 40 684 300 16 re f Q BT /F1 10 Tf 50 688 Td (Tax 1,250.00) Tj ET';
    expect(prescreenPdf(pdfWith(rows))).toMatchObject({ suspect: false, covers: [] });
    // A logo in the header and a box in empty space, after the text: cleared.
    expect(prescreenPdf(pdfWith('BT /F1 10 Tf 50 704 Td (18,950.90) Tj ET q 80 0 0 40 450 780 cm /Im1 Do Q 1 1 1 rg 300 100 50 50 re f')).suspect).toBe(false);
    // The same box moved onto the amount: covered, and placed where the amount is.
    const covered = prescreenPdf(pdfWith('BT /F1 10 Tf 1 0 0 1 50 704 Tm (18,950.90) Tj ET 1 1 1 rg 48 700 70 14 re f'));
    expect(covered.reasons).toEqual(['covered-text']);
    expect(covered.covers).toMatchObject([{ page: 1, kind: 'fill' }]);
    expect(covered.covers[0]?.over?.[0]?.[1]).toBeGreaterThanOrEqual(700);
    // Words at 200 DPI, top-down: the amount under the box, a label far above it.
    const s = 200 / 72;
    const word = (text: string, x: number, baseline: number) => ({ text, bbox: [x * s, (842 - baseline - 10) * s, 60 * s, 12 * s] as [number, number, number, number], confidence: 100 });
    expect(coveredWords(covered, 1, [word('18,950.90', 50, 702), word('Net', 50, 760)], s).map((w) => w.text)).toEqual(['18,950.90']);
    expect(coveredWords(prescreenPdf(pdfWith(rows)), 1, [word('18,950.90', 50, 702)], s)).toEqual([]);
  });

  it('restores the fill colour and render mode with Q', () => {
    expect(prescreenPdf(pdfWith('q 1 1 1 rg 3 Tr Q BT /F1 10 Tf (x) Tj ET')).suspect).toBe(false);
  });

  it('reads the generated samples: searchable scans and content updates go to OCR, plain and signed files do not', () => {
    for (const lang of ['zh', 'en'] as const) {
      expect(prescreenPdf(readFileSync(sample({ variant: 'searchable-scan-edited', lang }).path)).reasons).toContain('invisible-text');
      expect(prescreenPdf(readFileSync(sample({ variant: 'content-update', lang }).path)).reasons).toContain('content-updated');
      expect(prescreenPdf(readFileSync(sample({ variant: 'form-filled', lang }).path)).suspect).toBe(true);
      expect(prescreenPdf(readFileSync(sample({ variant: 'plain', lang }).path)).suspect).toBe(false);
      expect(prescreenPdf(readFileSync(sample({ variant: 'signed', lang, kind: 'payslip' }).path)).reasons).not.toContain('content-updated');
    }
  });

  it('finds words placed outside the page', () => {
    const word = (x: number, y: number) => ({ text: '1', bbox: [x, y, 10, 10] as [number, number, number, number], confidence: 1 });
    expect(wordsOffPage([word(10, 10), word(-30, 10), word(10, 900)], 600, 800)).toHaveLength(2);
  });
});
