/**
 * Dates as written in Chinese and English documents, to ISO strings; month arithmetic for terms.
 * A day/month order that cannot be told from the date alone is never guessed: pass a hint
 * (from the document's language or its other dates) or use {@link parseDateCandidates}.
 */
import { parseChineseNumeral } from './chinese-numerals.js';
import { normalizeText } from './text.js';

export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/** A parsed date: "2025-03-15" (precision day) or "2025-03" (precision month). */
export interface ParsedDate {
  value: string;
  precision: 'day' | 'month';
  /** The order the numbers were read in. */
  order: DateOrder;
}

export interface DateHint {
  /** Order for an all-numeric date whose day and month are both ≤ 12 (03/04/2025). */
  order?: DateOrder;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];
const ORD = '(?:st|nd|rd|th)?';
const TIME = /\s*(?:t|\s)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Reads one date. Returns null for anything that is not a real calendar date, and for a numeric
 * day/month pair that reads two ways when no hint decides it.
 *
 * @example
 * parseDate('2025年3月15日')    // → { value: '2025-03-15', precision: 'day', order: 'YMD' }
 * parseDate('二〇二五年三月')     // → { value: '2025-03', precision: 'month', order: 'YMD' }
 * parseDate('15/03/2025')      // → { value: '2025-03-15', precision: 'day', order: 'DMY' }
 * parseDate('03/04/2025')      // → null (3 April or 4 March?)
 * parseDate('03/04/2025', { order: 'MDY' }) // → { value: '2025-03-04', … }
 * parseDate('2025-02-29')      // → null
 */
export function parseDate(raw: string, hint: DateHint = {}): ParsedDate | null {
  const candidates = parseDateCandidates(raw);
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((c) => c.order === hint.order) ?? null;
}

/**
 * Every valid reading of a date: none, one, or for a numeric date like 03/04/2025 both the
 * day-first and the month-first reading, so the caller can decide with the document's other dates.
 *
 * @example
 * parseDateCandidates('03/04/2025').map((d) => d.value) // → ['2025-04-03', '2025-03-04']
 */
export function parseDateCandidates(raw: string): ParsedDate[] {
  const s = normalizeText(raw).toLowerCase().replace(TIME, '').trim();
  const day = (y: number, m: number, d: number, order: DateOrder): ParsedDate[] => {
    const value = isoDay(y, m, d);
    return value ? [{ value, precision: 'day', order }] : [];
  };
  const month = (y: number, m: number): ParsedDate[] =>
    isRealDate(y, m, 1) ? [{ value: `${y}-${pad(m)}`, precision: 'month', order: 'YMD' }] : [];
  let m: RegExpExecArray | null;

  if ((m = /^(\S+?)\s*年\s*(\S+?)\s*月(?:\s*(\S+?)\s*[日号])?$/.exec(s))) {
    const y = parseChineseNumeral(m[1]!);
    const mo = parseChineseNumeral(m[2]!);
    const d = m[3] === undefined ? undefined : parseChineseNumeral(m[3]);
    if (!y || y.length !== 4 || !mo || mo.includes('.') || d === null || d?.includes('.')) return [];
    return d === undefined ? month(+y, +mo) : day(+y, +mo, +d, 'YMD');
  }
  if ((m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s))) return day(+m[1]!, +m[3]!, +m[4]!, 'YMD');
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return day(+m[1]!, +m[2]!, +m[3]!, 'YMD');
  if ((m = /^(\d{4})[-/](\d{1,2})$/.exec(s))) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(s))) {
    const [a, b, y] = [+m[1]!, +m[3]!, +m[4]!];
    if (a === b) return day(y, a, b, 'DMY');
    return [...day(y, b, a, 'DMY'), ...day(y, a, b, 'MDY')];
  }
  if ((m = new RegExp(`^(\\d{1,2})${ORD}[\\s\\-/.]*(?:day\\s+of\\s+|of\\s+)?([a-z]+)\\.?[\\s\\-/.,]*(\\d{4})$`).exec(s))) {
    const mo = monthNumber(m[2]!);
    return mo ? day(+m[3]!, mo, +m[1]!, 'DMY') : [];
  }
  if ((m = /^(\d{4})[\s\-/.]*([a-z]+)\.?[\s\-/.]*(\d{1,2})$/.exec(s))) {
    const mo = monthNumber(m[2]!);
    return mo ? day(+m[1]!, mo, +m[3]!, 'YMD') : [];
  }
  if ((m = new RegExp(`^([a-z]+)\\.?[\\s\\-]*(\\d{1,2})${ORD},?[\\s\\-]*(\\d{4})$`).exec(s))) {
    const mo = monthNumber(m[1]!);
    return mo ? day(+m[3]!, mo, +m[2]!, 'MDY') : [];
  }
  if ((m = /^([a-z]+)\.?[\s\-,]*(\d{4})$/.exec(s))) {
    const mo = monthNumber(m[1]!);
    return mo ? month(+m[2]!, mo) : [];
  }
  return [];
}

/** A month's number from its English name or abbreviation, any case (Sep, sept, September → 9). */
export function monthNumber(word: string): number | null {
  word = word.toLowerCase();
  const i = word === 'sept' ? 8 : Math.max(MONTHS.indexOf(word), FULL_MONTHS.indexOf(word));
  return i >= 0 ? i + 1 : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Years 1900–2199 only: beyond that a "date" in a loan file is a misread number. */
function isRealDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The ISO day of a year, month and day, or null when there is no such calendar day. */
export function isoDay(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function splitIso(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !isRealDate(+m[1]!, +m[2]!, +m[3]!)) {
    throw new RangeError(`Expected an ISO date like "2025-03-15", got ${JSON.stringify(iso)}`);
  }
  return [+m[1]!, +m[2]!, +m[3]!];
}

/**
 * Adds calendar months, clamping to the last day of a shorter month.
 *
 * @example
 * addMonths('2025-01-31', 1)  // → '2025-02-28'
 * addMonths('2024-01-31', 1)  // → '2024-02-29'
 * addMonths('2025-03-15', 36) // → '2028-03-15'
 */
export function addMonths(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of months, got ${n}`);
  const [y, m, d] = splitIso(iso);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return `${ny}-${pad(nm)}-${pad(Math.min(d, daysInMonth(ny, nm)))}`;
}

/**
 * Adds (or with a negative n subtracts) days.
 *
 * @example
 * addDays('2028-03-01', -1) // → '2028-02-29'
 */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Expected a whole number of days, got ${n}`);
  const [y, m, d] = splitIso(iso);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/**
 * The two end dates genuine contracts use for a term in months: start + term (endExclusive), and
 * the day before it (endInclusive, 自 2025年3月15日 起至 2028年3月14日 止). An end date matching
 * neither deserves a DATE_INCONSISTENT finding.
 *
 * @example
 * contractEndDates('2025-03-15', 36) // → { endExclusive: '2028-03-15', endInclusive: '2028-03-14' }
 * contractEndDates('2025-01-31', 1)  // → { endExclusive: '2025-02-28', endInclusive: '2025-02-27' }
 */
export function contractEndDates(startIso: string, termMonths: number): { endExclusive: string; endInclusive: string } {
  if (!Number.isInteger(termMonths) || termMonths < 1) {
    throw new RangeError(`Expected a term of at least 1 whole month, got ${termMonths}`);
  }
  const endExclusive = addMonths(startIso, termMonths);
  return { endExclusive, endInclusive: addDays(endExclusive, -1) };
}
