/**
 * Chinese amounts in words (大写): a strict parser and the canonical bank-form formatter.
 * The words line is a checksum on the figures, so the parser refuses anything it would have to
 * guess: lower-case numerals, OCR junk, units out of order, and colloquial forms such as 壹万伍
 * (10,005 in bank grammar, 15,000 in speech). Refusal is `ok: false` with a reason, never a value.
 */
import { formatMoney, toCents } from './cents.js';
import { normalizeText, stripSpaces } from './text.js';

/** Result of reading an amount in words (Chinese or English). */
export interface AmountWordsResult {
  /** The amount as a money string ("1250000.00"), or null when `ok` is false. */
  value: string | null;
  ok: boolean;
  /** Why the words could not be read (only when `ok` is false). */
  reason?: string;
  /** The words without prefix and white space, variant characters mapped (圓 → 圆, 萬 → 万 …). */
  normalized: string;
  /** Readable but non-standard writing (missing 零, 拾 without 壹, 整 after 分 …). */
  notes?: string[];
}

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const UNIT_POW: Record<string, number> = { 拾: 1, 佰: 2, 仟: 3 };
const UNIT_CHAR = ['', '拾', '佰', '仟'];
const VARIANTS: Record<string, string> = { 貳: '贰', 弍: '贰', 參: '叁', 叄: '叁', 陸: '陆', 萬: '万', 億: '亿', 圓: '圆' };
const LOWER_CASE = '〇一二三四五六七八九十百千两';
const PREFIX = /^(?:人民币|RMB|金额大写|大写金额|金额|大写|\((?:人民币)?大写\)|\(人民币\)|:)/i;
const FRACTION = /^(零)?(?:([零壹贰叁肆伍陆柒捌玖])角)?(零)?(?:([零壹贰叁肆伍陆柒捌玖])分)?$/;

class WordsError extends Error {}

/**
 * Reads Chinese 大写 amount words strictly.
 *
 * @example
 * parseChineseAmountWords('人民币（大写）：壹佰贰拾伍万元整').value // → '1250000.00'
 * parseChineseAmountWords('壹万零伍元整').value                   // → '10005.00'
 * parseChineseAmountWords('壹万伍元').ok                           // → false (15000 or 10005?)
 * parseChineseAmountWords('一百元整').reason                       // → 'lower-case numeral "一" …'
 */
export function parseChineseAmountWords(raw: string): AmountWordsResult {
  let s = [...stripSpaces(normalizeText(raw))].map((c) => VARIANTS[c] ?? c).join('');
  for (let m = PREFIX.exec(s); m && s.length > 0; m = PREFIX.exec(s)) s = s.slice(m[0].length);
  const normalized = s;
  const notes: string[] = [];
  try {
    const cents = readWords(s, notes);
    return { value: formatMoney(cents), ok: true, normalized, ...(notes.length ? { notes } : {}) };
  } catch (err) {
    if (!(err instanceof WordsError)) throw err;
    return { value: null, ok: false, reason: err.message, normalized };
  }
}

function readWords(s: string, notes: string[]): bigint {
  if (s === '') throw new WordsError('no amount words');
  for (const c of s) {
    if (LOWER_CASE.includes(c)) throw new WordsError(`lower-case numeral "${c}" is not 大写`);
    if (!/[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]/.test(c)) throw new WordsError(`"${c}" is not a 大写 numeral or unit`);
  }
  let body = s;
  const closed = /[整正]$/.test(body);
  if (closed) body = body.slice(0, -1);
  if (/[整正]/.test(body)) throw new WordsError('整/正 in the middle of the amount');
  const yuan = body.match(/[元圆]/g)?.length ?? 0;
  if (yuan > 1) throw new WordsError('元 appears twice');
  let intStr = '';
  let fracStr = body;
  if (yuan === 1) {
    const i = body.search(/[元圆]/);
    intStr = body.slice(0, i);
    fracStr = body.slice(i + 1);
    if (intStr === '') throw new WordsError('元 without a number before it');
  } else if (!/[角分]/.test(body)) {
    throw new WordsError('no 元, 角 or 分: not an amount of money');
  }
  const whole = intStr === '零' ? 0n : intStr === '' ? 0n : readLevel(intStr, 2, true, notes).value;
  const f = FRACTION.exec(fracStr);
  if (!f) throw new WordsError(`"${fracStr}" is not a well-formed 角/分 part`);
  const [, z1, jiao, z2, fen] = f;
  if (!jiao && !fen && (z1 || z2)) throw new WordsError('零 with nothing after it');
  if (z1 && z2) throw new WordsError('two 零 in a row');
  if (z2 && jiao && jiao !== '零') throw new WordsError('零 between 角 and 分 where 角 is not zero');
  // 元零叁角 is the official form when the 元 digit is zero; otherwise that 零 stands for nothing.
  if (z1 && jiao && jiao !== '零' && intStr !== '' && whole % 10n !== 0n) {
    throw new WordsError('零 before 角 where the 元 digit is not zero');
  }
  if (!z1 && !z2 && !jiao && fen && fen !== '零' && whole > 0n) notes.push('零 missing before 分');
  if (closed && fen && fen !== '零') notes.push('整 after 分');
  // 整 may be left out after 角 (official rule), not after 元.
  if (!closed && !jiao && !fen && intStr !== '') notes.push('整 missing after 元');
  return whole * 100n + BigInt(DIGIT.indexOf(jiao ?? '零') * 10 + DIGIT.indexOf(fen ?? '零'));
}

interface Part {
  value: bigint;
  /** A lone digit with no unit: "伍" after 万 reads 5 in bank grammar but 5,000 in speech. */
  bare: boolean;
}

/** Level 2 splits at 亿 (its high part may hold 万: 壹万亿), level 1 at 万, level 0 is a section. */
function readLevel(s: string, level: 0 | 1 | 2, atStart: boolean, notes: string[]): Part {
  if (level === 0) return readSection(s, atStart, notes);
  const marker = level === 2 ? '亿' : '万';
  const width = level === 2 ? 100_000_000n : 10_000n;
  const count = s.split(marker).length - 1;
  if (count > 1) throw new WordsError(`${marker} appears twice`);
  if (count === 0) return readLevel(s, level === 2 ? 1 : 0, atStart, notes);
  const [highStr = '', lowStr = ''] = s.split(marker);
  if (highStr === '') throw new WordsError(`${marker} without a number before it`);
  const high = readLevel(highStr, level === 2 ? 1 : 0, atStart, notes).value;
  if (lowStr === '') return { value: high * width, bare: false };
  const zeroLead = lowStr.startsWith('零');
  const rest = zeroLead ? lowStr.slice(1) : lowStr;
  if (rest === '') throw new WordsError('零 with nothing after it');
  if (rest.startsWith('零')) throw new WordsError('two 零 in a row');
  const low = readLevel(rest, level === 2 ? 1 : 0, false, notes);
  const tenth = width / 10n;
  if (zeroLead && high % 10n !== 0n && low.value >= tenth) {
    throw new WordsError(`零 after ${marker} where no digit is zero`);
  }
  if (!zeroLead && low.value < tenth) {
    if (low.bare) throw new WordsError(`"${marker}${rest}" is colloquial: ${rest} could be 1 or 1,000 times its digit`);
    notes.push(`零 missing after ${marker}`);
  }
  return { value: high * width + low.value, bare: false };
}

/** One four-digit section: digits with 仟佰拾, 零 for a run of zero digits. */
function readSection(s: string, atStart: boolean, notes: string[]): Part {
  let value = 0;
  let lastPow = 4;
  let pending: number | null = null;
  let zero = false;
  for (const c of s) {
    const d = DIGIT.indexOf(c);
    const p = UNIT_POW[c];
    if (d > 0) {
      if (pending !== null) throw new WordsError(`two digits in a row in "${s}"`);
      pending = d;
    } else if (d === 0) {
      if (pending !== null) throw new WordsError(`零 right after a digit in "${s}"`);
      if (zero) throw new WordsError('two 零 in a row');
      if (lastPow === 4) throw new WordsError(`零 at the start of "${s}"`);
      zero = true;
    } else if (p !== undefined) {
      if (pending === null) {
        if (p !== 1 || !atStart || lastPow !== 4) throw new WordsError(`${c} without a digit before it`);
        notes.push('拾 without 壹');
        pending = 1;
      }
      if (p >= lastPow) throw new WordsError(`${c} after ${UNIT_CHAR[lastPow]}: units out of order`);
      if (zero && lastPow - p < 2) throw new WordsError(`零 before ${c} where no digit is zero`);
      if (!zero && lastPow !== 4 && lastPow - p >= 2) notes.push(`零 missing before ${c}`);
      value += pending * 10 ** p;
      lastPow = p;
      pending = null;
      zero = false;
    } else {
      throw new WordsError(`"${c}" out of place in "${s}"`);
    }
  }
  if (pending !== null) {
    if (zero && lastPow < 2) throw new WordsError(`零 before the last digit where no digit is zero`);
    if (!zero && lastPow !== 4 && lastPow >= 2) {
      throw new WordsError(`"${s}" is colloquial: the last digit has no unit after ${UNIT_CHAR[lastPow]}`);
    }
    value += pending;
  } else if (zero) {
    throw new WordsError('零 with nothing after it');
  }
  return { value: BigInt(value), bare: lastPow === 4 };
}

/** Options for {@link formatChineseAmountWords}. */
export interface ChineseWordsOptions {
  /** Start with 人民币 (default true). */
  prefix?: boolean;
}

/**
 * Canonical bank-form 大写 for a non-negative money string: 壹拾 written out, one 零 per run of
 * zero digits (also across 万/亿), 整 after 元 or 角, 零 before 分 when 角 is zero.
 *
 * @example
 * formatChineseAmountWords('1250000.00')                     // → '人民币壹佰贰拾伍万元整'
 * formatChineseAmountWords('10005.00', { prefix: false })    // → '壹万零伍元整'
 * formatChineseAmountWords('100.05', { prefix: false })      // → '壹佰元零伍分'
 * formatChineseAmountWords('1250000.50', { prefix: false })  // → '壹佰贰拾伍万元伍角整'
 */
export function formatChineseAmountWords(money: string, options: ChineseWordsOptions = {}): string {
  const cents = toCents(money);
  if (cents < 0n) throw new RangeError(`Expected a non-negative amount, got ${JSON.stringify(money)}`);
  const whole = cents / 100n;
  if (whole >= 10n ** 16n) throw new RangeError(`Expected an amount below 10^16 元, got ${JSON.stringify(money)}`);
  const jiao = Number((cents / 10n) % 10n);
  const fen = Number(cents % 10n);
  let out = whole > 0n ? `${writeLevel(whole, 2)}元` : '';
  if (jiao === 0 && fen === 0) out += whole > 0n ? '整' : '零元整';
  else if (jiao > 0) out += `${DIGIT[jiao]}角${fen > 0 ? `${DIGIT[fen]}分` : '整'}`;
  else out += `${whole > 0n ? '零' : ''}${DIGIT[fen]}分`;
  return (options.prefix === false ? '' : '人民币') + out;
}

function writeLevel(n: bigint, level: 0 | 1 | 2): string {
  if (level === 0) return writeSection(Number(n));
  const width = level === 2 ? 100_000_000n : 10_000n;
  const high = n / width;
  const low = n % width;
  const below = level === 2 ? 1 : 0;
  if (high === 0n) return writeLevel(low, below);
  let out = writeLevel(high, below) + (level === 2 ? '亿' : '万');
  if (low > 0n) out += (high % 10n === 0n || low < width / 10n ? '零' : '') + writeLevel(low, below);
  return out;
}

function writeSection(n: number): string {
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    out += (zero ? '零' : '') + DIGIT[d] + UNIT_CHAR[p];
    zero = false;
  }
  return out;
}
