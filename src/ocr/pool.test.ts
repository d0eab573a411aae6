import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { OcrEngine } from './engine.js';
import { runEngineConformance } from './engine.conformance.js';
import { createOcrPool } from './pool.js';

runEngineConformance('tesseract pool', (options) => createOcrPool({ size: 1, ...options }));

describe('createOcrPool preprocessing', () => {
  /** An engine that reads nothing and remembers the images it was handed. */
  const recorder = () => {
    const seen: Buffer[] = [];
    const engine: OcrEngine = {
      name: 'recorder',
      recognize: async ({ image }) => { seen.push(image); return { lines: [], confidence: 0, width: 1, height: 1, ms: 0 }; },
      close: async () => undefined,
    };
    return { seen, engine };
  };

  it('preprocesses a page read twice in a row (script check, then the right model) only once', async () => {
    const page = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).png().toBuffer();
    const { seen, engine } = recorder();
    const pool = createOcrPool({ size: 1, createEngine: () => engine });
    await pool.recognize({ image: page }, { languages: ['chi_sim'] });
    await pool.recognize({ image: page }, { languages: ['eng'] });
    await pool.recognize({ image: Buffer.from(page) }, { languages: ['eng'] }); // equal bytes, another page
    await pool.close();
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]); // the very same preprocessed image
    expect(seen[2]).not.toBe(seen[0]);
    expect(seen[2]!.equals(seen[0]!)).toBe(true);
  });

  it('queues many pages without warning of a listener leak', async () => {
    const page = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#fff' } }).png().toBuffer();
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    const pool = createOcrPool({ size: 1, createEngine: () => recorder().engine, preprocess: false });
    await Promise.all(Array.from({ length: 14 }, () => pool.recognize({ image: page }, { languages: ['eng'] })));
    await pool.close();
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    process.off('warning', onWarning);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
