import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { OcrEngine } from '../ocr/engine.js';
import { createOcrPool } from '../ocr/pool.js';
import { inspectTextLayer, numbers } from './text-layer-mismatch.js';
import { sample } from './samples.js';

/** An engine that reads nothing: only the text-layer-only evidence (overlays) can fire. */
const blind: OcrEngine = { name: 'blind', recognize: async () => ({ lines: [], confidence: 0, width: 0, height: 0, ms: 0 }), close: async () => undefined };

describe('TEXT_LAYER_MISMATCH', () => {
  it('reads numbers as digit strings', () => {
    expect(numbers('实发工资 18,950.90 元 2025-03')).toEqual(['1895090', '2025']);
  });

  it('finds a value hidden under another from the text layer alone', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const found = await inspectTextLayer(readFileSync(sample({ variant: 'overlay', lang }).path), () => blind);
      expect(found[0]).toMatchObject({ code: 'TEXT_LAYER_MISMATCH', severity: 'high', evidence: { signal: 'overlay' } });
    }
    expect(await inspectTextLayer(readFileSync(sample({ variant: 'plain', lang: 'zh' }).path), () => blind)).toEqual([]);
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
