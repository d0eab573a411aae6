import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prescreenPdf, wordsOffPage } from './text-layer-prescreen.js';
import { sample } from './samples.js';

/** Just enough PDF for the screen: one content stream object, optionally deflated. */
function pdfWith(content: string, deflate = true): Buffer {
  const body = deflate ? deflateSync(Buffer.from(content, 'latin1')) : Buffer.from(content, 'latin1');
  const dict = `<< /Length ${body.length}${deflate ? ' /Filter /FlateDecode' : ''} >>`;
  return Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj\n${dict}\nstream\n`, 'latin1'), body, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]);
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
    ['covered-text', 'BT /F1 10 Tf (18950.90) Tj ET 1 1 1 rg 48 700 60 14 re f'],
    ['covered-text', 'BT /F1 10 Tf (18950.90) Tj ET q 60 0 0 14 48 700 cm /Im1 Do Q'],
  ])('sends %s to OCR', (reason, content) => {
    expect(prescreenPdf(pdfWith(content)).reasons).toContain(reason);
  });

  it('lets text show through a mostly see-through image (a seal) but not through an opaque one', () => {
    const withImage = (alpha: number): Buffer => {
      const mask = deflateSync(Buffer.alloc(100, alpha));
      const content = deflateSync(Buffer.from('BT /F1 10 Tf (18950.90) Tj ET q 60 0 0 60 40 690 cm /Im1 Do Q', 'latin1'));
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
