import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { AMOUNT_WORDS_WHITELIST, recognizeAmountWordsLine } from './amount-words.js';
import { OcrError } from './engine.js';
import { createOcrPool } from './pool.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr');

describe('recognizeAmountWordsLine', () => {
  const ocr = createOcrPool({ size: 1 });
  afterAll(() => ocr.close());

  it('reads a 大写 line with only whitelisted characters', async () => {
    const image = await readFile(path.join(FIXTURES, 'amount-words-serif.png'));
    // Line 1 of the fixture: 人民币（大写）：壹佰贰拾伍万元整, box from manifest.json.
    const r = await recognizeAmountWordsLine(ocr, image, [34, 35, 792, 32]);
    expect([...r.text].every((c) => AMOUNT_WORDS_WHITELIST.includes(c))).toBe(true);
    expect(r.text).toContain('壹佰贰拾伍万元整'); // the first pass reads this line as 'ARM (KE) : SEEGER TE'
    expect(r.region[1]).toBeLessThan(35);
  });

  it('rejects a box outside the image', async () => {
    const image = await readFile(path.join(FIXTURES, 'amount-words-serif.png'));
    await expect(recognizeAmountWordsLine(ocr, image, [5000, 5000, 10, 10])).rejects.toBeInstanceOf(OcrError);
  });
});
