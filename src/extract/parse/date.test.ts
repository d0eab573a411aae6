import { describe, it, expect } from 'vitest';
import { addDays, addMonths, contractEndDates, daysInMonth, isLeapYear, parseDate, parseDateCandidates } from './date.js';

const iso = (raw: string, hint?: Parameters<typeof parseDate>[1]) => parseDate(raw, hint)?.value ?? null;

describe('parseDate: day precision', () => {
  it.each([
    ['2025年3月15日', '2025-03-15'],
    ['2025 年 3 月 15 日', '2025-03-15'],
    ['２０２５年０３月１５日', '2025-03-15'],
    ['2025年3月15号', '2025-03-15'],
    ['二〇二五年三月十五日', '2025-03-15'],
    ['二零二五年十二月三十一日', '2025-12-31'],
    ['贰零贰伍年零叁月壹拾伍日', '2025-03-15'],
    ['2025-03-15', '2025-03-15'],
    ['2025/3/15', '2025-03-15'],
    ['2025.03.15', '2025-03-15'],
    ['20250315', '2025-03-15'],
    ['2025-03-15 10:23:11', '2025-03-15'],
    ['2025-03-15T10:23', '2025-03-15'],
    ['15 Mar 2025', '2025-03-15'],
    ['15-Mar-2025', '2025-03-15'],
    ['15 March, 2025', '2025-03-15'],
    ['15th of March 2025', '2025-03-15'],
    ['March 15, 2025', '2025-03-15'],
    ['Mar. 15 2025', '2025-03-15'],
    ['SEPT 1, 2025', '2025-09-01'],
    ['September 1st, 2025', '2025-09-01'],
    ['2nd day of April, 2024', '2024-04-02'],
    ['21st day of October 2023', '2023-10-21'],
    ['2026-Feb-09', '2026-02-09'],
    ['15/03/2025', '2025-03-15'],
    ['03/15/2025', '2025-03-15'],
    ['15.03.2025', '2025-03-15'],
    ['05/05/2025', '2025-05-05'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toMatchObject({ value: expected, precision: 'day' });
  });
});

describe('parseDate: month precision', () => {
  it.each([
    ['2025年3月', '2025-03'],
    ['二〇二五年三月', '2025-03'],
    ['March 2025', '2025-03'],
    ['Mar-2025', '2025-03'],
    ['2025-03', '2025-03'],
    ['2025/3', '2025-03'],
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toEqual({ value: expected, precision: 'month', order: 'YMD' });
  });
});

describe('parseDate: US vs UK', () => {
  it('reads a first number above 12 as the day, a second above 12 as the day', () => {
    expect(parseDate('15/03/2025')).toMatchObject({ value: '2025-03-15', order: 'DMY' });
    expect(parseDate('03/15/2025')).toMatchObject({ value: '2025-03-15', order: 'MDY' });
    // the value decides even against the hint
    expect(iso('15/03/2025', { order: 'MDY' })).toBe('2025-03-15');
  });

  it('refuses to guess 03/04/2025 without a hint, and follows the hint', () => {
    expect(parseDate('03/04/2025')).toBeNull();
    expect(iso('03/04/2025', { order: 'DMY' })).toBe('2025-04-03');
    expect(iso('03/04/2025', { order: 'MDY' })).toBe('2025-03-04');
    expect(iso('03/04/2025', { order: 'YMD' })).toBeNull();
    expect(parseDateCandidates('03/04/2025').map((d) => d.value)).toEqual(['2025-04-03', '2025-03-04']);
  });

  it('keeps only the reading that is a real date', () => {
    // 31/04 is not a date, so 04/31 is not one either way; 02/30 neither
    expect(parseDateCandidates('04/31/2025')).toEqual([]);
    expect(parseDateCandidates('29/02/2024').map((d) => d.value)).toEqual(['2024-02-29']);
  });
});

describe('parseDate: calendar validation', () => {
  it.each([
    ['2025-02-29'],
    ['2025-02-30'],
    ['2100-02-29'],
    ['2025-04-31'],
    ['2025-13-01'],
    ['2025-00-10'],
    ['2025-01-00'],
    ['2025年2月30日'],
    ['二〇二五年十三月一日'],
    ['30 Feb 2025'],
    ['20251301'],
    ['1850-01-01'],
    ['2025-03-15-01'],
    ['2025-03/15'],
    ['15 Marz 2025'],
    ['31st day of June 2024'],
    ['2025-Foo-09'],
    ['2nd week of April, 2024'],
    ['3月15日'],
    ['二〇二五年三月十五'],
    ['二五年三月十五日'],
    ['2025年3.5月'],
    ['12345678'],
    ['hello'],
    [''],
  ])('%j → null', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });

  it('knows leap years', () => {
    expect(iso('2024-02-29')).toBe('2024-02-29');
    expect(iso('2000-02-29')).toBe('2000-02-29');
    expect(iso('二〇二四年二月二十九日')).toBe('2024-02-29');
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
  });
});

describe('addMonths / addDays', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-08-31', -6)).toBe('2025-02-28');
    expect(addMonths('2025-03-15', 36)).toBe('2028-03-15');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-15', 0)).toBe('2025-03-15');
  });

  it('refuses bad input with a message', () => {
    expect(() => addMonths('2025-02-30', 1)).toThrow('got "2025-02-30"');
    expect(() => addMonths('2025-03-15', 1.5)).toThrow('whole number');
    expect(() => addDays('15/03/2025', 1)).toThrow(RangeError);
  });

  it('adding n then −n months returns the start for days ≤ 28', () => {
    for (let n = -120; n <= 120; n++) expect(addMonths(addMonths('2025-03-28', n), -n)).toBe('2025-03-28');
  });
});

describe('contractEndDates', () => {
  it('gives both conventions', () => {
    expect(contractEndDates('2025-03-15', 36)).toEqual({ endExclusive: '2028-03-15', endInclusive: '2028-03-14' });
    expect(contractEndDates('2025-01-31', 1)).toEqual({ endExclusive: '2025-02-28', endInclusive: '2025-02-27' });
    expect(contractEndDates('2024-03-01', 12)).toEqual({ endExclusive: '2025-03-01', endInclusive: '2025-02-28' });
    expect(contractEndDates('2027-03-01', 12)).toEqual({ endExclusive: '2028-03-01', endInclusive: '2028-02-29' });
  });

  it('refuses a term that is not a positive whole number of months', () => {
    expect(() => contractEndDates('2025-03-15', 0)).toThrow('at least 1');
    expect(() => contractEndDates('2025-03-15', 12.5)).toThrow(RangeError);
  });
});
