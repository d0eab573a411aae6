import { describe, it, expect } from 'vitest';
import { parseMoney } from './money.js';

const v = (raw: string) => parseMoney(raw)?.value ?? null;

describe('parseMoney: figures and currencies', () => {
  it.each([
    ['1,250,000.00', '1250000.00', undefined],
    ['¥1,250,000.00', '1250000.00', 'CNY'],
    ['￥ 1 250 000.00', '1250000.00', 'CNY'],
    ['RMB 1,250,000', '1250000.00', 'CNY'],
    ['CNY1250000.00', '1250000.00', 'CNY'],
    ['1250000.00元', '1250000.00', 'CNY'],
    ['人民币1,250,000.00元', '1250000.00', 'CNY'],
    ['1250000.00元整', '1250000.00', 'CNY'],
    ['USD 12,500.50', '12500.50', 'USD'],
    ['$12,500.50', '12500.50', 'USD'],
    ['US$12,500.5', '12500.50', 'USD'],
    ['12,500.50美元', '12500.50', 'USD'],
    ['HK$ 8,000', '8000.00', 'HKD'],
    ['8000港元', '8000.00', 'HKD'],
    ['€ 1.250.000,00', '1250000.00', 'EUR'],
    ['EUR 99.95', '99.95', 'EUR'],
    ['１，２５０，０００．００', '1250000.00', undefined],
    ['0.00', '0.00', undefined],
    ['7', '7.00', undefined],
    ['48,000.00 Yuan', '48000.00', 'CNY'],
    ['1,020.50 renminbi', '1020.50', 'CNY'],
    ['900.00 US Dollars', '900.00', 'USD'],
    ['12,000 Hong Kong dollars', '12000.00', 'HKD'],
    ['35.10 dollars', '35.10', undefined],
  ])('%s → %s %s', (raw, value, currency) => {
    const r = parseMoney(raw);
    expect(r?.value).toBe(value);
    expect(r?.currency).toBe(currency);
    expect(r?.negative).toBe(false);
  });
});

describe('parseMoney: 万 and 亿 multipliers', () => {
  it('multiplies exactly, without floats', () => {
    expect(parseMoney('125万元')).toEqual({ value: '1250000.00', currency: 'CNY', negative: false });
    expect(v('125.5万元')).toBe('1255000.00');
    expect(v('0.0001万元')).toBe('1.00');
    expect(v('12.345678万元')).toBe('123456.78');
    expect(v('1.5亿元')).toBe('150000000.00');
    expect(v('125万')).toBe('1250000.00');
    expect(parseMoney('5万美元')).toEqual({ value: '50000.00', currency: 'USD', negative: false });
  });

  it('rejects multiplied values that are not whole cents, and double multipliers', () => {
    expect(parseMoney('1.2345678万元')).toBeNull();
    expect(parseMoney('1万亿')).toBeNull();
  });
});

describe('parseMoney: negatives', () => {
  it.each([
    ['-3,200.00'],
    ['(3,200.00)'],
    ['−3,200.00'],
    ['-¥3,200.00'],
    ['¥-3,200.00'],
    ['(¥3,200.00)'],
    ['3,200.00-'],
    ['（３，２００．００）'],
  ])('%s is −3200.00', (raw) => {
    expect(parseMoney(raw)).toMatchObject({ value: '-3200.00', negative: true });
  });

  it('does not call zero negative, and refuses two minus signs', () => {
    expect(parseMoney('-0.00')).toEqual({ value: '0.00', negative: false });
    expect(parseMoney('--5')).toBeNull();
    expect(parseMoney('(-5)')).toBeNull();
  });
});

describe('parseMoney: European grouping only when unambiguous', () => {
  it('accepts several dot groups or a comma with two decimals', () => {
    expect(v('1.250.000,00')).toBe('1250000.00');
    expect(v('1.250.000')).toBe('1250000.00');
    expect(v('1.250,50')).toBe('1250.50');
    expect(v('1250000,00')).toBe('1250000.00');
  });

  it('refuses forms that read two ways', () => {
    expect(parseMoney('12.500')).toBeNull(); // 12.5 or 12500
    expect(parseMoney('1,5')).toBeNull();
    expect(parseMoney('1.234')).toBeNull();
    expect(parseMoney('1,250.000')).toBeNull();
  });
});

describe('parseMoney: OCR noise', () => {
  it('reads O as 0 inside a number', () => {
    expect(v('1,250,000.0O')).toBe('1250000.00');
    expect(v('1,25O,OOO.00')).toBe('1250000.00');
    expect(v('¥1O5.00')).toBe('105.00');
  });

  it('does not turn a word into a number', () => {
    expect(parseMoney('O')).toBeNull();
    expect(parseMoney('OO')).toBeNull();
    expect(parseMoney('NO.12')).toBeNull();
  });
});

describe('parseMoney: garbage', () => {
  it.each([
    [''],
    ['   '],
    ['¥'],
    ['元'],
    ['abc'],
    ['12a'],
    ['1,2,3'],
    ['1..2'],
    ['1.2.3'],
    ['1,25,000.00'],
    ['1250000.001'],
    ['.50'],
    ['1 250 000 . 00'],
    ['USD 100元'],
    ['¥5 USD'],
    ['12 34 abc'],
    ['1e6'],
    ['Yuan'],
    ['100 US Dollars USD 5'],
    ['¥100 US Dollars'],
  ])('%j → null', (raw) => {
    expect(parseMoney(raw)).toBeNull();
  });
});

describe('parseMoney: property — grouped forms of random amounts read back exactly', () => {
  it('for 2,000 amounts in ¥, $, grouped, ungrouped, space-grouped and negative forms', () => {
    let seed = 0x2f6e2b1;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 2000; i++) {
      const cents = BigInt(Math.floor(next() * 1e7)) * BigInt(Math.floor(next() * 1e6) + 1);
      const whole = (cents / 100n).toString();
      const frac = (cents % 100n).toString().padStart(2, '0');
      const expected = `${whole}.${frac}`;
      const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
      const spaced = whole.replace(/\B(?=(\d{3})+$)/g, ' ');
      expect(v(`${whole}.${frac}`)).toBe(expected);
      expect(v(`¥${grouped}.${frac}`)).toBe(expected);
      expect(v(`USD ${spaced}.${frac}`)).toBe(expected);
      expect(v(`${whole}.${frac}元`)).toBe(expected);
      if (cents !== 0n) expect(v(`(${grouped}.${frac})`)).toBe(`-${expected}`);
    }
  });
});
