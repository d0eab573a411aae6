import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseChineseAmountWords } from '../extract/parse/chinese-words.js';
import { acceptAmountWords, createAmountWordsReader, recognizeAmountWordsLine, toSimplifiedAmountWords } from './amount-words.js';
import { OcrError } from './engine.js';
import { createOcrPool } from './pool.js';
import type { AmountWordsFixture } from '../../test/fixtures/ocr/amount-words/generate.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr/amount-words');
const fixtures = JSON.parse(await readFile(path.join(DIR, 'manifest.json'), 'utf8')) as AmountWordsFixture[];
const load = (f: AmountWordsFixture) => readFile(path.join(DIR, f.file));

describe('acceptAmountWords', () => {
  it('lets a whole standard line through, folded from traditional forms', () => {
    expect(acceptAmountWords(toSimplifiedAmountWords('人民幣(大寫):肆佰陸拾貳萬肆仟捌佰貳拾元整'))).toBe('人民币(大写):肆佰陆拾贰万肆仟捌佰贰拾元整');
  });
  it('refuses readings that lost a character but would still parse after cutting the label', () => {
    expect(acceptAmountWords('人民币(大写):佰捌拾捌元壹角整')).toBe(''); // 贰 dropped: 288.10 would become 88.10
    expect(acceptAmountWords('人民(大写):贰佰元整')).toBe(''); // label misread
    expect(acceptAmountWords('大写:人民币拾玖万壹仟元整')).toBe(''); // 贰 dropped before 拾: non-standard 拾 without 壹
    expect(acceptAmountWords('人民币柒仟肆人拾柒元整')).toBe('');
  });
});

// Lines with 叁柒捌仟 that Tesseract chi_tra reads exactly (bench/amount-words.ts), and some it cannot.
describe('createAmountWordsReader (Tesseract chi_tra fallback)', () => {
  const reader = createAmountWordsReader({ engine: 'tesseract' });
  afterAll(() => reader.close());

  it.each(['05-clean.png', '06-degraded.jpg', '33-clean.png'])('reads %s exactly', async (file) => {
    const f = fixtures.find((x) => x.file === file)!;
    const r = await reader.read(await load(f), f.bbox);
    expect(parseChineseAmountWords(r.text).value).toBe(f.value);
    expect(r.confidence).toBeGreaterThan(0);
  });

  it('never returns a wrong amount, only right ones or nothing', async () => {
    const sample = fixtures.filter((_, i) => i % 8 === 1); // 10 lines, both conditions, all fonts
    for (const f of sample) {
      const r = await reader.read(await load(f), f.bbox);
      if (r.text) expect(parseChineseAmountWords(r.text).value, f.file).toBe(f.value);
      else expect(r.confidence).toBe(0);
    }
  });
});

describe('recognizeAmountWordsLine', () => {
  const ocr = createOcrPool({ size: 1 });
  afterAll(() => ocr.close());

  it('reads 柒仟 that the page model cannot, with a reader of its own for one call', async () => {
    const f = fixtures.find((x) => x.file === '05-clean.png')!;
    const r = await recognizeAmountWordsLine(ocr, await load(f), f.bbox);
    expect(parseChineseAmountWords(r.text).value).toBe('7000.07'); // 大写：人民币柒仟元零柒分
    expect(r.region[1]).toBeLessThan(f.bbox[1]);
  });

  it('rejects a box outside the image', async () => {
    const f = fixtures[0]!;
    await expect(recognizeAmountWordsLine(ocr, await load(f), [5000, 5000, 10, 10])).rejects.toBeInstanceOf(OcrError);
  });
});

describe('createAmountWordsReader with a shared PaddleOCR engine', () => {
  it('reads through the engine it is given and leaves it open for its owner', async () => {
    const calls: string[] = [];
    const shared = {
      name: 'paddle',
      recognize: async () => {
        calls.push('recognize');
        return { confidence: 96, width: 10, height: 10, ms: 1, lines: [{ text: '人民币壹万贰仟元整', bbox: [0, 0, 10, 10] as [number, number, number, number], confidence: 96, words: [] }] };
      },
      close: async () => { calls.push('close'); },
    };
    const fixture = fixtures[0]!;
    const reader = createAmountWordsReader({ paddle: shared });
    const got = await reader.read(await load(fixture), fixture.bbox);
    await reader.close();
    expect(got.text).toBe('人民币壹万贰仟元整');
    expect(reader.name).toBe('paddle');
    expect(calls).toEqual(['recognize']);
  });
});
