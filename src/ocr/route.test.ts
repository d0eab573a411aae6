import { describe, expect, it } from 'vitest';
import { OcrError, type OcrEngine, type OcrResult } from './engine.js';
import { createPageEngine, isPaddleInstalled, ocrEngineChoice, prefersPaddle } from './route.js';

/** A fake engine that records which calls it served. */
function fake(name: string, fail?: () => Error): OcrEngine & { calls: string[][]; closed: boolean } {
  const calls: string[][] = [];
  const engine = {
    name, calls, closed: false,
    async recognize(_input: unknown, opts?: { languages?: string[] }): Promise<OcrResult> {
      calls.push(opts?.languages ?? []);
      if (fail) throw fail();
      return { lines: [], confidence: 0, width: 1, height: 1, ms: 0 };
    },
    async close() { engine.closed = true; },
  };
  return engine;
}
const image = Buffer.from('x');

describe('createPageEngine', () => {
  it('sends Chinese-first requests to Paddle and English ones to Tesseract, and closes both', async () => {
    const tess = fake('tesseract'), paddle = fake('paddle');
    const ocr = createPageEngine({ engine: 'auto', createTesseract: () => tess, createPaddle: () => paddle, paddleInstalled: () => true });
    await ocr.recognize({ image }, { languages: ['chi_sim'] });
    await ocr.recognize({ image }, { languages: ['chi_sim', 'eng'] });
    await ocr.recognize({ image }, { languages: ['eng'] });
    expect(paddle.calls).toEqual([['chi_sim'], ['chi_sim', 'eng']]);
    expect(tess.calls).toEqual([['eng']]);
    await ocr.close();
    expect(tess.closed && paddle.closed).toBe(true);
    await expect(ocr.recognize({ image })).rejects.toBeInstanceOf(OcrError);
  });

  it('sends a whitelisted re-read of a Chinese page\'s figure to Tesseract, plain Chinese reads to Paddle', async () => {
    const tess = fake('tesseract'), paddle = fake('paddle');
    const ocr = createPageEngine({ engine: 'auto', createTesseract: () => tess, createPaddle: () => paddle, paddleInstalled: () => true });
    await ocr.recognize({ image }, { languages: ['chi_sim'], whitelist: '0123456789.,-' });
    await ocr.recognize({ image }, { languages: ['chi_sim'] });
    expect(tess.calls).toEqual([['chi_sim']]);
    expect(paddle.calls).toEqual([['chi_sim']]);
  });

  it('falls back to Tesseract for everything when Paddle cannot load', async () => {
    const tess = fake('tesseract'), paddle = fake('paddle', () => new OcrError('PaddleOCR is not installed or failed to load: expected the optional npm packages'));
    const ocr = createPageEngine({ engine: 'paddle', createTesseract: () => tess, createPaddle: () => paddle, paddleInstalled: () => true });
    await ocr.recognize({ image }, { languages: ['chi_sim'] });
    await ocr.recognize({ image }, { languages: ['chi_sim'] });
    expect(paddle.calls).toHaveLength(1);
    expect(tess.calls).toHaveLength(2);
  });

  it('propagates Paddle errors that are not about loading (bad input, timeouts, aborts)', async () => {
    const tess = fake('tesseract'), paddle = fake('paddle', () => new OcrError('PaddleOCR recognition aborted'));
    const ocr = createPageEngine({ engine: 'auto', createTesseract: () => tess, createPaddle: () => paddle, paddleInstalled: () => true });
    await expect(ocr.recognize({ image }, { languages: ['chi_sim'] })).rejects.toThrow('aborted');
    expect(tess.calls).toHaveLength(0);
  });

  it('uses Tesseract alone when asked, or in auto mode when Paddle is not installed', async () => {
    const tess = fake('tesseract');
    const never = () => { throw new Error('Paddle must not be created'); };
    expect(createPageEngine({ engine: 'tesseract', createTesseract: () => tess, createPaddle: never })).toBe(tess);
    expect(createPageEngine({ engine: 'auto', createTesseract: () => tess, createPaddle: never, paddleInstalled: () => false })).toBe(tess);
  });
});

describe('isPaddleInstalled', () => {
  it('finds the packages package.json lists (auto mode must route here, not fall back silently)', () => {
    expect(isPaddleInstalled()).toBe(true);
  });
});

describe('ocrEngineChoice', () => {
  it('reads DOCREVIEW_OCR_ENGINE and rejects unknown values', () => {
    expect(ocrEngineChoice(undefined)).toBe('auto');
    expect(ocrEngineChoice('paddle')).toBe('paddle');
    expect(() => ocrEngineChoice('easyocr')).toThrow(/one of tesseract, paddle, auto, got `easyocr`/);
  });
  it('treats requests without languages as Chinese-first (the engine default is chi_sim+eng)', () => {
    expect(prefersPaddle({})).toBe(true);
    expect(prefersPaddle({ languages: ['eng', 'chi_sim'] })).toBe(false);
  });
  it('sends whitelisted re-reads of figures to Tesseract, so a Paddle reading is checked by the other engine', () => {
    expect(prefersPaddle({ languages: ['chi_sim'], whitelist: '0123456789.,' })).toBe(false);
    expect(prefersPaddle({ languages: ['chi_sim'], whitelist: '' })).toBe(true);
  });
});
