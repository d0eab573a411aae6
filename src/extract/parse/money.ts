/**
 * Amounts in figures: currency marks, grouping, 万/亿 multipliers, negatives, light OCR repair.
 * Strict: anything that could be read two ways (e.g. "12.500") is rejected, never guessed.
 */
import { formatMoney } from './cents.js';
import { compactDigits, normalizeText } from './text.js';

export type Currency = 'CNY' | 'USD' | 'HKD' | 'EUR';

/** A parsed amount. `value` is the signed money string; `negative` says whether it is below zero. */
export interface ParsedMoney {
  value: string;
  currency?: Currency;
  negative: boolean;
}

interface Mark {
  re: RegExp;
  currency?: Currency;
  minus?: true;
  multiplier?: bigint;
}

// Longest first: "US$" must win over "$", "万元" over "元".
const PREFIXES: Mark[] = [
  { re: /^[-−–]/, minus: true },
  { re: /^(?:US\$|USD|U\.S\.\$)/i, currency: 'USD' },
  { re: /^(?:HK\$|HKD)/i, currency: 'HKD' },
  { re: /^(?:RMB|CNY|人民币)/i, currency: 'CNY' },
  { re: /^(?:EUR|€)/i, currency: 'EUR' },
  { re: /^¥/, currency: 'CNY' },
  { re: /^\$/, currency: 'USD' },
];
const SUFFIXES: Mark[] = [
  { re: /-$/, minus: true },
  { re: /美元$/, currency: 'USD' },
  { re: /(?:港元|港币)$/, currency: 'HKD' },
  { re: /欧元$/, currency: 'EUR' },
  { re: /(?:元整|元正|元|圆)$/, currency: 'CNY' },
  { re: /(?:RMB|CNY|人民币)$/i, currency: 'CNY' },
  // Currency words after the figures, as English contracts write them: "2,500.00 Yuan", "900.00 US Dollars".
  { re: /\s*(?:US|U\.S\.)\s*dollars?$/i, currency: 'USD' },
  { re: /\s*(?:HK|Hong\s*Kong)\s*dollars?$/i, currency: 'HKD' },
  { re: /\s*(?:yuan|renminbi)$/i, currency: 'CNY' },
  { re: /\s*dollars?$/i },
  { re: /USD$/i, currency: 'USD' },
  { re: /HKD$/i, currency: 'HKD' },
  { re: /EUR$/i, currency: 'EUR' },
  { re: /万$/, multiplier: 10_000n },
  { re: /亿$/, multiplier: 100_000_000n },
];

const PLAIN = /^\d+(?:\.\d+)?$/;
const US_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// European grouping is accepted only where it cannot be read as US grouping or a decimal point.
const EU_MULTI_DOT = /^\d{1,3}(?:\.\d{3}){2,}(?:,\d{2})?$/;
const EU_WITH_DECIMALS = /^\d{1,3}(?:\.\d{3})+,\d{2}$/;
const DECIMAL_COMMA = /^\d+,\d{2}$/;

/**
 * Reads an amount written in figures. Returns null for anything that is not clearly one amount.
 *
 * Accepts ¥/￥/RMB/CNY/人民币/元 (CNY), $/US$/USD/美元, HK$/HKD/港元, €/EUR/欧元; "," grouping,
 * space grouping, European "1.250.000,00" (only when unambiguous); 万/亿 multipliers ("125.5万元");
 * negatives as "-3,200.00", "(3,200.00)" or a trailing "-"; the letter O read for a zero next to a digit.
 *
 * @example
 * parseMoney('￥ 1 250 000.00') // → { value: '1250000.00', currency: 'CNY', negative: false }
 * parseMoney('(3,200.00)')     // → { value: '-3200.00', negative: true }
 * parseMoney('(2)')            // → null (an item number, not −2.00)
 * parseMoney('125.5万元')       // → { value: '1255000.00', currency: 'CNY', negative: false }
 * parseMoney('12.500')         // → null (12.5 or twelve thousand five hundred?)
 */
export function parseMoney(raw: string): ParsedMoney | null {
  let s = normalizeText(raw);
  let minus = false;
  let currency: Currency | undefined;
  let multiplier = 1n;

  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    minus = true;
    s = paren[1]!.trim();
  }
  const apply = (mark: Mark): boolean => {
    if (mark.minus) {
      if (minus) return false;
      minus = true;
    }
    if (mark.currency) {
      if (currency && currency !== mark.currency) return false;
      currency = mark.currency;
    }
    if (mark.multiplier) {
      if (multiplier !== 1n) return false;
      multiplier = mark.multiplier;
    }
    return true;
  };
  for (const [marks, strip] of [
    [PREFIXES, (str: string, m: RegExpExecArray) => str.slice(m[0].length).trimStart()],
    [SUFFIXES, (str: string, m: RegExpExecArray) => str.slice(0, m.index).trimEnd()],
  ] as const) {
    for (let found = true; found; ) {
      found = false;
      for (const mark of marks) {
        const m = mark.re.exec(s);
        if (!m) continue;
        if (!apply(mark)) return null;
        s = strip(s, m);
        found = true;
        break;
      }
    }
  }

  const body = repairZeros(compactDigits(s));
  // A bracketed small whole number with no currency, decimals or grouping is a list or item number
  // ("… the documents in (2)"), not an accounting negative.
  if (paren && !currency && multiplier === 1n && /^\d{1,3}$/u.test(body)) return null;
  const cents = readNumber(body, multiplier);
  if (cents === null) return null;
  const negative = minus && cents !== 0n;
  return {
    value: formatMoney(negative ? -cents : cents),
    ...(currency ? { currency } : {}),
    negative,
  };
}

/** O/o read for 0, only where it touches a digit or a separator of a number that has digits. */
function repairZeros(body: string): string {
  if (!/\d/.test(body)) return body;
  let prev = '';
  let out = body;
  while (prev !== out) {
    prev = out;
    out = out.replace(/(?<=[\d.,])[Oo]|[Oo](?=[\d.,])/g, '0');
  }
  return out;
}

/** Number text to cents after the multiplier, or null if the form is unknown or not whole cents. */
function readNumber(body: string, multiplier: bigint): bigint | null {
  let intPart: string;
  let fracPart: string;
  if (PLAIN.test(body) || US_GROUPED.test(body)) {
    [intPart, fracPart = ''] = body.replace(/,/g, '').split('.') as [string, string?];
  } else if (EU_MULTI_DOT.test(body) || EU_WITH_DECIMALS.test(body) || DECIMAL_COMMA.test(body)) {
    [intPart, fracPart = ''] = body.replace(/\./g, '').split(',') as [string, string?];
  } else {
    return null;
  }
  // Without a multiplier more than two decimals is not money ("1.234" may be European grouping).
  if (multiplier === 1n && fracPart.length > 2) return null;
  const scale = 10n ** BigInt(fracPart.length);
  const scaled = BigInt(intPart + fracPart) * multiplier * 100n;
  if (scaled % scale !== 0n) return null;
  return scaled / scale;
}
