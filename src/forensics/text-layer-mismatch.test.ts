import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '../ocr/engine.js';
import { createOcrPool } from '../ocr/pool.js';
import { findOverlays, inspectTextLayer, numbers, textLayerMismatch } from './text-layer-mismatch.js';
import { loadForForensics } from './load-document.js';
import type { Finding } from '../model/schema.js';
import { sample } from './samples.js';

/** An engine that reads nothing: only the text-layer-only evidence (overlays) can fire. */
const blind: OcrEngine = { name: 'blind', recognize: async () => ({ lines: [], confidence: 0, width: 0, height: 0, ms: 0 }), close: async () => undefined };

describe('TEXT_LAYER_MISMATCH', () => {
  it('reads numbers as digit strings', () => {
    expect(numbers('实发工资 18,950.90 元 2025-03')).toEqual(['1895090', '2025']);
  });

  it('calls number-over-number an overlay, a label running into a number not', () => {
    const w = (text: string, x: number, width: number) => ({ text, bbox: [x, 100, width, 25] as [number, number, number, number], confidence: 100 });
    expect(findOverlays([w('12,345.00', 100, 90), w('12,845.00', 102, 90)])).toHaveLength(1);
    expect(findOverlays([w('…0123', 1045, 41), w('Opening', 1065, 96)])).toEqual([]);
  });

  it('finds a value hidden under another from the text layer alone', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const found = await inspectTextLayer(readFileSync(sample({ variant: 'overlay', lang }).path), () => blind);
      expect(found[0]).toMatchObject({ code: 'TEXT_LAYER_MISMATCH', severity: 'high', evidence: { signal: 'overlay' } });
    }
    expect(await inspectTextLayer(readFileSync(sample({ variant: 'plain', lang: 'zh' }).path), () => blind)).toEqual([]);
  });

  it('does not OCR a PDF the pre-screen clears; a white box over a value still goes the full way', async () => {
    const noOcr = (): OcrEngine => { throw new Error('OCR must not be needed for a cleared PDF'); };
    const run = async (variant: string, lang: 'zh' | 'en', ocr: () => OcrEngine): Promise<Finding[]> => {
      const sink = { findings: [] as Finding[], reviewItems: [] };
      const document = await loadForForensics(sample({ variant, lang }).path);
      await textLayerMismatch.run({ document, extraction: { fields: {}, mentions: {}, transactions: [], amountWords: [], unreadWordsLines: [] }, ocr }, sink);
      return sink.findings;
    };
    for (const lang of ['zh', 'en'] as const) {
      expect(await run('plain', lang, noOcr)).toEqual([]);
      expect((await run('overlay', lang, () => blind)).map((f) => f.evidence.signal)).toContain('overlay');
    }
  });

  describe('with OCR of the value lines', () => {
    const engine = createOcrPool({ size: 1 });
    afterAll(() => engine.close());
    it('sees a searchable scan whose image shows another amount than its text layer', async () => {
      const edited = await inspectTextLayer(readFileSync(sample({ variant: 'searchable-scan-edited', lang: 'zh' }).path), () => engine);
      expect(edited.some((f) => f.severity === 'high' && f.evidence.signal === 'ocr-vs-layer')).toBe(true);
      const clean = await inspectTextLayer(readFileSync(sample({ variant: 'searchable-scan', lang: 'en' }).path), () => engine);
      expect(clean.filter((f) => f.severity === 'high')).toEqual([]);
    });
  });
});
