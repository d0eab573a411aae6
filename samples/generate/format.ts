import type { CivilDate } from './calendar.js';
import type { DateStyle } from './variant-types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(date: CivilDate, style: DateStyle): string {
  const { y, m, d } = date;
  const month = MONTHS[m - 1] as string;
  switch (style) {
    case 'zh-ymd': return `${y}年${m}月${d}日`;
    case 'zh-ymd-padded': return `${y}年${pad(m)}月${pad(d)}日`;
    case 'iso': return `${y}-${pad(m)}-${pad(d)}`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'slash-padded': return `${y}/${pad(m)}/${pad(d)}`;
    case 'dot': return `${y}.${pad(m)}.${pad(d)}`;
    case 'compact': return `${y}${pad(m)}${pad(d)}`;
    case 'en-dmy': return `${d} ${month} ${y}`;
    case 'en-mdy': return `${month} ${d}, ${y}`;
    case 'en-dmy-short': return `${d} ${month.slice(0, 3)} ${y}`;
    case 'en-mdy-short': return `${month.slice(0, 3)} ${d}, ${y}`;
    case 'en-dd-mon-yyyy': return `${pad(d)}-${month.slice(0, 3)}-${y}`;
    case 'dmy-slash': return `${pad(d)}/${pad(m)}/${y}`;
    case 'dmy-dash': return `${pad(d)}-${pad(m)}-${y}`;
    case 'en-dmy-upper': return `${pad(d)} ${month.slice(0, 3).toUpperCase()} ${y}`;
    case 'zh-ymd-spaced': return `${y} 年 ${pad(m)} 月 ${pad(d)} 日`;
    case 'ymd-dash-nopad': return `${y}-${m}-${d}`;
    case 'dot-nopad': return `${y}.${m}.${d}`;
    case 'zh-hanzi': return `${hanziYear(y)}年${hanziNumber(m)}月${hanziNumber(d)}日`;
    case 'en-ordinal': return `${ordinal(d)} ${month} ${y}`;
    case 'en-mdy-ordinal': return `${month} ${ordinal(d)}, ${y}`;
    case 'dmy-dot': return `${pad(d)}.${pad(m)}.${y}`;
    case 'iso-time': return `${y}-${pad(m)}-${pad(d)} ${timeOfDay(date, true)}`;
    case 'slash-time': return `${y}/${pad(m)}/${pad(d)} ${timeOfDay(date, false)}`;
  }
}

/** A month as printed for a pay period, in the style of the document's dates. */
export function formatMonth(date: CivilDate, style: DateStyle): string {
  const { y, m } = date;
  const month = MONTHS[m - 1] as string;
  switch (style) {
    case 'zh-ymd': return `${y}年${m}月`;
    case 'zh-ymd-padded': return `${y}年${pad(m)}月`;
    case 'iso': case 'compact': return `${y}-${pad(m)}`;
    case 'slash': case 'slash-padded': return `${y}/${pad(m)}`;
    case 'dot': return `${y}.${pad(m)}`;
    case 'en-dmy': case 'en-mdy': return `${month} ${y}`;
    case 'en-dmy-short': case 'en-mdy-short': return `${month.slice(0, 3)} ${y}`;
    case 'en-dd-mon-yyyy': return `${month.slice(0, 3)}-${y}`;
    case 'dmy-slash': return `${pad(m)}/${y}`;
    case 'dmy-dash': return `${pad(m)}-${y}`;
    case 'en-dmy-upper': return `${month.slice(0, 3).toUpperCase()} ${y}`;
    case 'zh-ymd-spaced': return `${y} 年 ${pad(m)} 月`;
    case 'ymd-dash-nopad': return `${y}-${m}`;
    case 'dot-nopad': return `${y}.${m}`;
    case 'zh-hanzi': return `${hanziYear(y)}年${hanziNumber(m)}月`;
    case 'en-ordinal': return `${month} ${y}`;
    case 'en-mdy-ordinal': return `${month} ${y}`;
    case 'dmy-dot': return `${pad(m)}.${y}`;
    case 'iso-time': return `${y}-${pad(m)}`;
    case 'slash-time': return `${y}/${pad(m)}`;
  }
}

const HANZI_DIGITS = '〇一二三四五六七八九';

/** 2025 → 二〇二五: years are read digit by digit in formal Chinese dates. */
function hanziYear(y: number): string {
  return [...String(y)].map((c) => HANZI_DIGITS[Number(c)]).join('');
}

/** 1–31 → 一 … 十二 … 三十一. */
function hanziNumber(n: number): string {
  if (n < 10) return HANZI_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : HANZI_DIGITS[tens]}十${n % 10 === 0 ? '' : HANZI_DIGITS[n % 10]}`;
}

/** 1 → "1st", 12 → "12th", 22 → "22nd". */
function ordinal(d: number): string {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix}`;
}

/** A posting time derived from the date alone (statements print one per row), so no PRNG draw is needed. */
function timeOfDay(date: CivilDate, seconds: boolean): string {
  const s = date.y * 372 + date.m * 31 + date.d;
  const hhmm = `${pad(8 + (s % 13))}:${pad((s * 7) % 60)}`;
  return seconds ? `${hhmm}:${pad((s * 13) % 60)}` : hhmm;
}

/** Cents as a plain number string, "1,250,000.00" or "1250000.00". */
export function formatAmount(cents: number, thousands: boolean): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const fraction = pad(abs % 100);
  const grouped = thousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${grouped}.${fraction}`;
}

/** The normalised money string of the contract: "1250000.00", "-120.50". */
export function moneyValue(cents: number): string {
  return formatAmount(cents, false);
}

export function applyTemplate(template: string, n: string): string {
  return template.replace('{n}', n);
}

/** ASCII digits and a few marks to their full-width forms (１２３，．). */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.,\-/:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** "6222021234567890123" → "6222 0212 3456 7890 123". */
export function spaceDigits(digits: string): string {
  return digits.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Removes all white space, as the contract normalises names and addresses. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
