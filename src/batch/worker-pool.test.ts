import { describe, expect, it } from 'vitest';
import { recycleWeight, TEXT_LAYER_PAGE_WEIGHT } from './worker-pool.js';

const page = (source: 'text-layer' | 'ocr') => ({ index: 1, source, width: 1, height: 1 }) as never;

describe('recycleWeight', () => {
  it('counts an OCR page as one and a text-layer page as a twentieth', () => {
    expect(recycleWeight({ pages: [page('ocr'), page('ocr')] })).toBe(2);
    expect(recycleWeight({ pages: [page('text-layer'), page('text-layer'), page('text-layer'), page('text-layer')] })).toBeCloseTo(4 * TEXT_LAYER_PAGE_WEIGHT);
    expect(recycleWeight({ pages: [page('text-layer'), page('ocr')] })).toBeCloseTo(1 + TEXT_LAYER_PAGE_WEIGHT);
  });

  it('counts a file without pages (an error report) as one page', () => {
    expect(recycleWeight({ pages: [] })).toBe(1);
  });

  it('replaces a worker after 300 scanned pages but only after 6,000 text-layer pages', () => {
    const until = (source: 'text-layer' | 'ocr') => {
      let n = 0;
      for (let w = 0; w < 300; w += recycleWeight({ pages: [page(source)] })) n++;
      return n;
    };
    expect(until('ocr')).toBe(300);
    expect(until('text-layer')).toBeGreaterThanOrEqual(5999);
  });
});
