/**
 * Plain Chinese numerals as used in dates and rates (二〇二五, 十五, 三点八五, 万分之五), lower-case
 * or 大写. Money in words has its own strict grammar in chinese-words.ts.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, '○': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/**
 * A Chinese numeral below 10,000 (with 点 decimals) to a decimal string, or null if it is not one.
 * Without units the characters are read digit by digit (二〇二五 → "2025", 零三 → "03").
 * Arabic digits pass through unchanged.
 *
 * @example
 * parseChineseNumeral('二〇二五') // → '2025'
 * parseChineseNumeral('三十一')   // → '31'
 * parseChineseNumeral('三点八五') // → '3.85'
 * parseChineseNumeral('十二三')   // → null
 */
export function parseChineseNumeral(raw: string): string | null {
  const s = raw.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return s;
  const [whole = '', fraction, extra] = s.split('点');
  if (extra !== undefined || whole === '') return null;
  let frac = '';
  if (fraction !== undefined) {
    if (fraction === '') return null;
    for (const c of fraction) {
      const d = DIGITS[c];
      if (d === undefined) return null;
      frac += d;
    }
  }
  const int = readWhole(whole);
  if (int === null) return null;
  return fraction === undefined ? int : `${int}.${frac}`;
}

function readWhole(s: string): string | null {
  if (/^\d+$/.test(s)) return s;
  if ([...s].every((c) => DIGITS[c] !== undefined)) return [...s].map((c) => DIGITS[c]).join('');
  let value = 0;
  let pending: number | null = null;
  let lastUnit = 10_000;
  let zero = false;
  const chars = [...s];
  for (const [i, c] of chars.entries()) {
    const d = DIGITS[c];
    const u = UNITS[c];
    if (d === 0) {
      if (pending !== null || zero || i === 0) return null;
      zero = true;
    } else if (d !== undefined) {
      if (pending !== null) return null;
      pending = d;
    } else if (u !== undefined) {
      if (u >= lastUnit) return null;
      if (pending === null) {
        if (u !== 10 || i !== 0) return null; // 十五: an implicit 一 only at the start
        pending = 1;
      }
      value += pending * u;
      pending = null;
      lastUnit = u;
      zero = false;
    } else {
      return null;
    }
  }
  if (pending !== null) {
    // 一百五 is colloquial 150: a trailing digit must follow 十 or a 零
    if (lastUnit > 10 && lastUnit < 10_000 && !zero) return null;
    value += pending;
  } else if (zero) {
    return null;
  }
  return String(value);
}
