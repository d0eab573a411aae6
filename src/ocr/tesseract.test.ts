import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTesseractEngine } from './tesseract.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr');

describe('createTesseractEngine language switching', () => {
  const engine = createTesseractEngine();
  afterAll(() => engine.close());

  it('reads as a fresh worker would after switching to other languages and back', async () => {
    const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
    const text = async (languages: string[]) => (await engine.recognize({ image }, { languages })).lines.map((l) => l.text);
    const before = await text(['chi_sim']);
    const english = await text(['eng']);
    const after = await text(['chi_sim']);
    expect(after).toEqual(before);
    expect(english.at(-1)).toContain('Loan Amount: USD 12,500.50');
    const fresh = createTesseractEngine();
    try {
      expect((await fresh.recognize({ image }, { languages: ['eng'] })).lines.map((l) => l.text)).toEqual(english);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
