import { describe, it, expect } from 'vitest';
import { formatMoney } from './cents.js';
import { formatEnglishAmountWords, parseEnglishAmountWords } from './english-words.js';
import type { Currency } from './money.js';
import { createRandom } from './test-random.js';

describe('parseEnglishAmountWords: accepted forms', () => {
  it.each([
    ['One Million Two Hundred Fifty Thousand Dollars', '1250000.00', 'USD'],
    ['One Million Two Hundred Fifty Thousand Dollars and 50/100', '1250000.50', 'USD'],
    ['One Million Two Hundred and Fifty Thousand and 50/100 Dollars', '1250000.50', 'USD'],
    ['ONE MILLION TWO HUNDRED FIFTY THOUSAND US DOLLARS ONLY', '1250000.00', 'USD'],
    ['Say US Dollars One Million Two Hundred Fifty Thousand Only.', '1250000.00', 'USD'],
    ['Say U.S. Dollars Twenty-Five Thousand Only', '25000.00', 'USD'],
    ['US Dollars One Thousand and Cents Fifty Only', '1000.50', 'USD'],
    ['Renminbi One Million Two Hundred Fifty Thousand Yuan Only', '1250000.00', 'CNY'],
    ['RMB One Hundred Yuan and Fifty Fen', '100.50', 'CNY'],
    ['RMB One Hundred Yuan Five Jiao Three Fen', '100.53', 'CNY'],
    ['Hong Kong Dollars Eight Thousand Only', '8000.00', 'HKD'],
    ['Ninety-Nine Euros and Ninety-Five Cents', '99.95', 'EUR'],
    ['one hundred and five dollars', '105.00', 'USD'],
    ['One Thousand, Two Hundred Thirty-Four Dollars and 00/100', '1234.00', 'USD'],
    ['Five Hundred Dollars and No/100', '500.00', 'USD'],
    ['Twelve Hundred Dollars', '1200.00', 'USD'],
    ['Zero Dollars and Fifty Cents', '0.50', 'USD'],
    ['US DOLLARS ONE THOUSAND TWO HUNDRED AND 05 CENTS', '1200.05', 'USD'],
    ['Hong Kong Dollars Nine Hundred and Cents 51 Only', '900.51', 'HKD'],
    ['Fifty Cents', '0.50', undefined],
    ['Two Billion Dollars', '2000000000.00', 'USD'],
    ['Ｏｎｅ Ｈｕｎｄｒｅｄ Ｄｏｌｌａｒｓ', '100.00', 'USD'],
    ['One Thousand and One', '1001.00', undefined],
  ])('%s → %s %s', (words, value, currency) => {
    const r = parseEnglishAmountWords(words);
    expect(r).toMatchObject({ ok: true, value });
    expect(r.currency).toBe(currency);
  });
});

describe('parseEnglishAmountWords: refused', () => {
  it.each([
    ['One Milion Dollars', 'unknown word "milion"'],
    ['One Million Dollars and Some Cents', 'unknown word "some"'],
    ['Five Thousand Thousand Dollars', 'out of place'],
    ['One Thousand One Million Dollars', 'scale'],
    ['Twenty Fifteen Dollars', 'after another'],
    ['Five Twenty Dollars', 'after another'],
    ['Five Five Dollars', 'after another'],
    ['Hundred Dollars', 'out of place'],
    ['One Hundred Hundred', 'out of place'],
    ['Thousand Dollars', 'out of place'],
    ['Zero One Dollars', 'after zero'],
    ['One Hundred Dollars and 150/100', 'expected cents'],
    ['One Hundred Dollars and One Hundred Cents', 'too many'],
    ['One Hundred Yuan and Twelve Jiao', 'too many'],
    ['One Hundred US Dollars Yuan', 'two currencies'],
    ['US Dollars', 'no number'],
    ['', 'no number'],
    ['One Hundred Dollars Fifty', 'expected cents'],
    ['One Hundred Dollars Only Thanks', 'unknown word "only"'],
    ['One Hundred Dollars Fifty Cents Yuan', 'got "yuan"'],
  ])('%s → refused (%s)', (words, reason) => {
    const r = parseEnglishAmountWords(words);
    expect(r.ok).toBe(false);
    expect(r.value).toBeNull();
    expect(r.reason).toContain(reason);
  });
});

describe('formatEnglishAmountWords', () => {
  it('writes one fixed style', () => {
    expect(formatEnglishAmountWords('1250000.50', 'USD')).toBe(
      'One Million Two Hundred Fifty Thousand US Dollars and Fifty Cents Only',
    );
    expect(formatEnglishAmountWords('25.00', 'CNY')).toBe('Renminbi Twenty-Five Yuan Only');
    expect(formatEnglishAmountWords('1.01', 'EUR')).toBe('One Euro and One Cent Only');
    expect(formatEnglishAmountWords('0.99', 'HKD')).toBe('Zero Hong Kong Dollars and Ninety-Nine Cents Only');
    expect(formatEnglishAmountWords('1000000001.00', 'USD')).toBe('One Billion One US Dollars Only');
  });

  it('refuses negative and malformed amounts', () => {
    expect(() => formatEnglishAmountWords('-1.00', 'USD')).toThrow('non-negative');
    expect(() => formatEnglishAmountWords('1e3', 'USD')).toThrow(RangeError);
  });

  it('round-trips 10,000 random amounts in every currency', () => {
    const rnd = createRandom(99);
    const currencies: Currency[] = ['CNY', 'USD', 'HKD', 'EUR'];
    for (let i = 0; i < 10_000; i++) {
      const money = formatMoney(rnd.cents(99_999_999_999_999n));
      const currency = currencies[i % 4]!;
      const words = formatEnglishAmountWords(money, currency);
      expect({ words, ...parseEnglishAmountWords(words) }).toMatchObject({ words, ok: true, value: money, currency });
    }
  });
});
