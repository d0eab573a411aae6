import { describe, it, expect } from 'vitest';
import { compareMoney, formatMoney, fromCents, subtractMoney, sumMoney, toCents } from './cents.js';

describe('toCents / fromCents', () => {
  it('converts normal money strings exactly', () => {
    expect(toCents('1250000.00')).toBe(125000000n);
    expect(toCents('0.01')).toBe(1n);
    expect(toCents('12.5')).toBe(1250n);
    expect(toCents('7')).toBe(700n);
    expect(toCents('-3200.00')).toBe(-320000n);
    expect(toCents('-0.00')).toBe(0n);
    expect(toCents('99999999999999999.99')).toBe(9999999999999999999n);
  });

  it('rejects anything that is not a plain money string, saying what it got', () => {
    for (const bad of ['', '1,250.00', '1.234', '¥5', ' 5', '5.', '.5', '1e3', 'NaN']) {
      expect(() => toCents(bad)).toThrow(RangeError);
    }
    expect(() => toCents('1,250.00')).toThrow('got "1,250.00"');
  });

  it('round-trips cents → string → cents over a spread of values', () => {
    for (let c = -100_000n; c <= 100_000n; c += 137n) expect(toCents(fromCents(c))).toBe(c);
    const big = 123456789012345678n;
    expect(toCents(fromCents(big))).toBe(big);
  });
});

describe('formatMoney', () => {
  it('always writes two decimals and a leading zero', () => {
    expect(formatMoney(0n)).toBe('0.00');
    expect(formatMoney(5n)).toBe('0.05');
    expect(formatMoney(-5n)).toBe('-0.05');
    expect(formatMoney(125000050n)).toBe('1250000.50');
  });

  it('groups thousands on request', () => {
    expect(formatMoney(125000000n, { grouping: true })).toBe('1,250,000.00');
    expect(formatMoney(99900n, { grouping: true })).toBe('999.00');
    expect(formatMoney(-100000n, { grouping: true })).toBe('-1,000.00');
  });
});

describe('arithmetic', () => {
  it('has no float artefacts', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
    expect(sumMoney([])).toBe('0.00');
    expect(subtractMoney('8500.00', '1234.56')).toBe('7265.44');
    expect(subtractMoney('0.00', '0.01')).toBe('-0.01');
  });

  it('compares amounts, not strings', () => {
    expect(compareMoney('5.5', '5.50')).toBe(0);
    expect(compareMoney('10.00', '9.99')).toBe(1);
    expect(compareMoney('-1.00', '0.00')).toBe(-1);
  });
});
