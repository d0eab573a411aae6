/**
 * Interest rates as written (年利率 3.85%, 月利率 3.2‰, 日利率 万分之五, 3.85% p.a.) normalised to an
 * annual percent string, with exact decimal arithmetic (scaled bigints, no floats, no rounding).
 */
import { parseChineseNumeral } from './chinese-numerals.js';
import { normalizeText } from './text.js';

export type RateBasis = 'annual' | 'monthly' | 'daily';

export interface ParsedRate {
  /** Annual rate in percent, at least two decimals, no trailing zeros beyond: "3.85", "18.25". */
  annualPercent: string;
  /** The rate in percent per its own basis: "0.32" for 月利率 3.2‰. */
  periodPercent: string;
  basis: RateBasis;
  /** What was written, white space normalised. */
  written: string;
}

export interface RateOptions {
  /**
   * Days in a year for daily rates. Default 365 (what a borrower pays over a calendar year);
   * PBOC's 人民币利率管理规定 converts with 360 (日利率 = 年利率 ÷ 360), as do many bank contracts:
   * 万分之五 a day is 18.25 % a year on 365, 18.00 % on 360.
   */
  dayCount?: 360 | 365;
  /** Basis for a bare "3.85%" with no 年/月/日 or p.a.; without it such text returns null. */
  defaultBasis?: RateBasis;
}

const BASIS: [RateBasis, RegExp][] = [
  ['annual', /(?<!\d)年(?:化|利率|息|率)|\bp\.?\s?a\b\.?|per\s+annum|per\s+year|\bannual(?:ly)?\b|\byearly\b|\ba\s+year\b|\/\s*(?:year|yr)\b/],
  ['monthly', /(?<!\d)月(?:利率|息|率)|per\s+month|\bmonthly\b|\ba\s+month\b|\/\s*(?:month|mo)\b/],
  ['daily', /(?<!\d)日(?:利率|息|率)|per\s+day|\bdaily\b|\ba\s+day\b|\/\s*day\b/],
];
const CN_NUM = '[\\d.〇零一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾点]+';
// [pattern, power of ten that turns the number into percent]
const AMOUNTS: [RegExp, number][] = [
  [/(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b)/g, 0],
  [/(\d+(?:\.\d+)?)\s*‰/g, -1],
  [/(\d+(?:\.\d+)?)\s*‱/g, -2],
  [new RegExp(`百分之(${CN_NUM})`, 'g'), 0],
  [new RegExp(`千分之(${CN_NUM})`, 'g'), -1],
  [new RegExp(`万分之(${CN_NUM})`, 'g'), -2],
];

/**
 * Reads one interest rate. Returns null when there is no rate, more than one, two bases, or
 * no basis (unless `defaultBasis`). LPR-based rates: see {@link parseLprSpread}.
 *
 * @example
 * parseRate('年利率 3.85%')?.annualPercent   // → '3.85'
 * parseRate('月利率 3.2‰')?.annualPercent    // → '3.84'
 * parseRate('日利率 万分之五')?.annualPercent // → '18.25' (365-day year)
 * parseRate('日利率 万分之五', { dayCount: 360 })?.annualPercent // → '18.00'
 */
export function parseRate(raw: string, options: RateOptions = {}): ParsedRate | null {
  const written = normalizeText(raw);
  const s = written.toLowerCase();
  const bases = BASIS.filter(([, re]) => re.test(s)).map(([b]) => b);
  if (bases.length > 1) return null;
  const basis = bases[0] ?? options.defaultBasis;
  if (!basis) return null;
  const found: Decimal[] = [];
  for (const [re, shift] of AMOUNTS) {
    for (const m of s.matchAll(re)) {
      const text = parseChineseNumeral(m[1]!);
      if (text === null) return null;
      const d = toDecimal(text);
      if (!d) return null;
      found.push({ units: d.units, scale: d.scale - shift });
    }
  }
  if (found.length !== 1) return null;
  const period = found[0]!;
  const factor = basis === 'annual' ? 1n : basis === 'monthly' ? 12n : BigInt(options.dayCount ?? 365);
  return {
    annualPercent: formatDecimal({ units: period.units * factor, scale: period.scale }),
    periodPercent: formatDecimal(period),
    basis,
    written,
  };
}

/** A loan rate written as LPR plus or minus a spread. */
export interface LprSpread {
  tenor: '1Y' | '5Y' | null;
  /** Signed spread in basis points (0.5 percentage point = 50). */
  spreadBp: number;
}

/**
 * Reads "LPR + 50bp", "一年期LPR加50个基点", "五年期以上LPR减0.3个百分点", "1-year LPR plus 0.5%"
 * (a % after LPR is taken as percentage points). 上浮/下浮 (a percent *of* the rate) is not a
 * spread and returns null.
 *
 * @example
 * parseLprSpread('一年期LPR加50个基点') // → { tenor: '1Y', spreadBp: 50 }
 * parseLprSpread('5Y LPR - 0.3%')      // → { tenor: '5Y', spreadBp: -30 }
 */
export function parseLprSpread(raw: string): LprSpread | null {
  const s = normalizeText(raw).toLowerCase().replace(/\s+/g, ' ');
  if (!/lpr|贷款市场报价利率/.test(s) || /上浮|下浮/.test(s)) return null;
  const tenor = /一年期|1年期|\b1\s?-?y(?:ea)?r?\b|one[\s-]year/.test(s)
    ? '1Y'
    : /五年期|5年期|\b5\s?-?y(?:ea)?r?\b|five[\s-]year|over 5/.test(s)
      ? '5Y'
      : null;
  const m = new RegExp(
    `(?:lpr|贷款市场报价利率)(?:\\s*\\([^)]*\\))?\\s*(\\+|加|plus|-|−|减|minus)\\s*(${CN_NUM})\\s*(个基点|基点|bps?\\b|basis points?|个百分点|百分点|percentage points?|%)`,
  ).exec(s);
  if (!m) {
    // a bare "按一年期LPR执行" has no spread; a sign after LPR that we could not read is no rate
    return /(?:lpr|贷款市场报价利率).*(?:\+|加|plus|-|−|减|minus|\d)/.test(s) ? null : { tenor, spreadBp: 0 };
  }
  const text = parseChineseNumeral(m[2]!);
  const d = text === null ? null : toDecimal(text);
  if (!d) return null;
  const bp = /基点|bp|basis/.test(m[3]!) ? d : { units: d.units * 100n, scale: d.scale };
  const sign = /[-−减]|minus/.test(m[1]!) ? -1 : 1;
  return { tenor, spreadBp: sign * Number(formatDecimal(bp, 0)) };
}

interface Decimal {
  units: bigint;
  /** value = units × 10^−scale */
  scale: number;
}

function toDecimal(text: string): Decimal | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  return { units: BigInt(m[1]! + (m[2] ?? '')), scale: (m[2] ?? '').length };
}

/** Exact decimal string, trailing zeros trimmed down to `minDecimals`. */
function formatDecimal({ units, scale }: Decimal, minDecimals = 2): string {
  let u = units;
  let sc = scale;
  if (sc < 0) {
    u *= 10n ** BigInt(-sc);
    sc = 0;
  }
  while (sc > minDecimals && u % 10n === 0n) {
    u /= 10n;
    sc--;
  }
  if (sc < minDecimals) {
    u *= 10n ** BigInt(minDecimals - sc);
    sc = minDecimals;
  }
  const digits = u.toString().padStart(sc + 1, '0');
  return sc === 0 ? digits : `${digits.slice(0, -sc)}.${digits.slice(-sc)}`;
}
