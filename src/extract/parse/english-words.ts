/**
 * English amounts in words, as written on contracts and cheques: a strict parser and a formatter.
 * Any word that is not a number word, a currency word or one of say/and/only makes the result
 * unreadable (`ok: false`), never a guess.
 */
import { formatMoney, toCents } from './cents.js';
import type { AmountWordsResult } from './chinese-words.js';
import type { Currency } from './money.js';
import { normalizeText } from './text.js';

/** Result of reading English amount words: the shared shape plus the currency the words name. */
export interface EnglishAmountWordsResult extends AmountWordsResult {
  currency?: Currency;
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES: Record<string, bigint> = { thousand: 10n ** 3n, million: 10n ** 6n, billion: 10n ** 9n, trillion: 10n ** 12n };
// Currency phrases, longest first; `null` currency = the unit word alone names no country.
const MAJOR: [string, Currency][] = [
  ['united states dollars', 'USD'], ['us dollars', 'USD'], ['us dollar', 'USD'], ['usd', 'USD'],
  ['hong kong dollars', 'HKD'], ['hong kong dollar', 'HKD'], ['hk dollars', 'HKD'], ['hkd', 'HKD'],
  ['dollars', 'USD'], ['dollar', 'USD'],
  ['renminbi yuan', 'CNY'], ['chinese yuan', 'CNY'], ['renminbi', 'CNY'], ['rmb', 'CNY'], ['cny', 'CNY'], ['yuan', 'CNY'],
  ['euros', 'EUR'], ['euro', 'EUR'], ['eur', 'EUR'],
];
const MINOR: Record<string, bigint> = { cents: 1n, cent: 1n, fen: 1n, jiao: 10n };

class WordsError extends Error {}

/**
 * Reads English amount words strictly (case-insensitive; hyphens, commas and "and" may vary).
 * "Dollars" alone is taken as USD; "Hong Kong"/"HK" dollars as HKD.
 *
 * @example
 * parseEnglishAmountWords('One Million Two Hundred Fifty Thousand Dollars and 50/100').value // → '1250000.50'
 * parseEnglishAmountWords('Say US Dollars Twenty-Five Thousand Only').currency              // → 'USD'
 * parseEnglishAmountWords('RMB One Hundred Yuan and Five Jiao').value                       // → '100.50'
 * parseEnglishAmountWords('One Milion Dollars').ok                                          // → false
 */
export function parseEnglishAmountWords(raw: string): EnglishAmountWordsResult {
  const normalized = normalizeText(raw)
    .toLowerCase()
    .replace(/\bu\.\s?s\.\s?/g, 'us ')
    .replace(/[,;:]|\.$/g, ' ')
    .replace(/(?<=[a-z])-(?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const state = { tokens: normalized === '' ? [] : normalized.split(' '), pos: 0, currency: undefined as Currency | undefined };
  try {
    const cents = readAmount(state);
    return { value: formatMoney(cents), ok: true, normalized, ...(state.currency ? { currency: state.currency } : {}) };
  } catch (err) {
    if (!(err instanceof WordsError)) throw err;
    return { value: null, ok: false, reason: err.message, normalized };
  }
}

interface Cursor {
  tokens: string[];
  pos: number;
  currency: Currency | undefined;
}

function readAmount(c: Cursor): bigint {
  const { tokens } = c;
  if (tokens[0] === 'say') c.pos++;
  if (tokens.at(-1) === 'only') tokens.pop();
  readCurrency(c);
  const start = c.pos;
  let whole = readNumber(c);
  const hadMajor = readCurrency(c);
  if (!hadMajor && MINOR[tokens[c.pos] ?? '']) {
    // "Fifty Cents": the number read was the fraction
    c.pos = start;
    whole = null;
  }
  let cents = 0n;
  let hasFraction = false;
  if (tokens[c.pos] === 'and') c.pos++;
  const frac = /^(\d{1,2}|no)\/100$/.exec(tokens[c.pos] ?? '');
  // Cents in figures beside the words: "… and 51 cents", "… and cents 05".
  const figureCents = /^\d{1,2}$/.test(tokens[c.pos] ?? '') && MINOR[tokens[c.pos + 1] ?? ''] === 1n ? c.pos
    : MINOR[tokens[c.pos] ?? ''] === 1n && /^\d{1,2}$/.test(tokens[c.pos + 1] ?? '') ? c.pos + 1 : -1;
  if (figureCents >= 0) {
    cents = BigInt(tokens[figureCents]!);
    c.pos += 2;
    hasFraction = true;
    if (!hadMajor) readCurrency(c);
  } else if (frac) {
    c.pos++;
    cents = frac[1] === 'no' ? 0n : BigInt(frac[1]!);
    hasFraction = true;
    if (!hadMajor) readCurrency(c);
  } else {
    // "fifty cents", "five jiao three fen", or the bank form "cents fifty"
    for (let guard = 0; guard < 2 && c.pos < tokens.length; guard++) {
      const before = MINOR[tokens[c.pos]!];
      if (before) c.pos++;
      const n = readNumber(c);
      const unit = before ?? MINOR[tokens[c.pos] ?? ''];
      if (n === null || !unit) throw new WordsError(`expected cents after the amount, got "${tokens.slice(c.pos).join(' ')}"`);
      if (!before) c.pos++;
      if (n >= (unit === 10n ? 10n : 100n)) throw new WordsError(`${n} is too many for ${unit === 10n ? 'jiao' : 'cents/fen'}`);
      cents += n * unit;
      hasFraction = true;
    }
  }
  if (c.pos < tokens.length) throw new WordsError(`unexpected "${tokens.slice(c.pos).join(' ')}"`);
  if (cents >= 100n) throw new WordsError('the fraction is 100 cents or more');
  if (whole === null && !hasFraction) throw new WordsError('no number words');
  return (whole ?? 0n) * 100n + cents;
}

/** Consumes a currency phrase if one starts here; a second, different currency is an error. */
function readCurrency(c: Cursor): boolean {
  const rest = c.tokens.slice(c.pos).join(' ');
  const hit = MAJOR.find(([phrase]) => rest === phrase || rest.startsWith(`${phrase} `));
  if (!hit) return false;
  if (c.currency && c.currency !== hit[1]) throw new WordsError(`two currencies: ${c.currency} and ${hit[1]}`);
  c.currency = hit[1];
  c.pos += hit[0].split(' ').length;
  readCurrency(c); // "Renminbi Yuan", "RMB Yuan"
  return true;
}

/** Whole number in words from the cursor, or null if none starts here. Units must not repeat. */
function readNumber(c: Cursor): bigint | null {
  let total = 0n;
  let group = 0n;
  let state: 'start' | 'tens' | 'unit' | 'hundred' = 'start';
  let lastScale = 10n ** 15n;
  let seen = false;
  let zero = false;
  for (; c.pos < c.tokens.length; c.pos++) {
    const t = c.tokens[c.pos]!;
    const small = SMALL.indexOf(t);
    const tens = TENS.indexOf(t);
    if (zero && (small >= 0 || tens >= 2 || t === 'hundred' || t in SCALES)) throw new WordsError(`"${t}" after zero`);
    if (t === 'zero') {
      if (seen) throw new WordsError('"zero" inside a number');
      zero = seen = true;
    } else if (small > 0) {
      if (state === 'unit' || (state === 'tens' && small >= 10)) throw new WordsError(`"${t}" after another number word`);
      group += BigInt(small);
      state = 'unit';
    } else if (tens >= 2) {
      if (state === 'unit' || state === 'tens') throw new WordsError(`"${t}" after another number word`);
      group += BigInt(tens * 10);
      state = 'tens';
    } else if (t === 'hundred') {
      if (state === 'start' || state === 'hundred' || group >= 100n) throw new WordsError('"hundred" out of place');
      group *= 100n;
      state = 'hundred';
    } else if (t in SCALES) {
      const scale = SCALES[t]!;
      if (state === 'start' || group >= 1000n) throw new WordsError(`"${t}" out of place`);
      if (scale >= lastScale) throw new WordsError(`"${t}" after a larger or equal scale`);
      total += group * scale;
      group = 0n;
      lastScale = scale;
      state = 'start';
    } else if (t === 'and' && seen && (state === 'hundred' || (state === 'start' && total > 0n))) {
      const next = c.tokens[c.pos + 1] ?? '';
      if (SMALL.indexOf(next) > 0 || TENS.indexOf(next) >= 2) continue; // "one hundred and five"
      break;
    } else if (/^[a-z]+$/.test(t) && !MINOR[t] && t !== 'and' && !MAJOR.some(([p]) => p.split(' ')[0] === t)) {
      throw new WordsError(`unknown word "${t}"`);
    } else {
      break;
    }
    seen = true;
  }
  return seen ? total + group : null;
}

const MAJOR_WORDS: Record<Currency, [prefix: string, one: string, many: string, minorOne: string, minorMany: string]> = {
  CNY: ['Renminbi ', 'Yuan', 'Yuan', 'Fen', 'Fen'],
  USD: ['', 'US Dollar', 'US Dollars', 'Cent', 'Cents'],
  HKD: ['', 'Hong Kong Dollar', 'Hong Kong Dollars', 'Cent', 'Cents'],
  EUR: ['', 'Euro', 'Euros', 'Cent', 'Cents'],
};

/**
 * English words for a non-negative money string, in one fixed style that {@link parseEnglishAmountWords} reads back.
 *
 * @example
 * formatEnglishAmountWords('1250000.50', 'USD') // → 'One Million Two Hundred Fifty Thousand US Dollars and Fifty Cents Only'
 * formatEnglishAmountWords('25.00', 'CNY')      // → 'Renminbi Twenty-Five Yuan Only'
 */
export function formatEnglishAmountWords(money: string, currency: Currency): string {
  const cents = toCents(money);
  if (cents < 0n) throw new RangeError(`Expected a non-negative amount, got ${JSON.stringify(money)}`);
  const whole = cents / 100n;
  if (whole >= 10n ** 15n) throw new RangeError(`Expected an amount below 10^15, got ${JSON.stringify(money)}`);
  const fraction = cents % 100n;
  const [prefix, one, many, minorOne, minorMany] = MAJOR_WORDS[currency];
  let out = `${prefix}${writeNumber(whole)} ${whole === 1n ? one : many}`;
  if (fraction > 0n) out += ` and ${writeNumber(fraction)} ${fraction === 1n ? minorOne : minorMany}`;
  return `${out} Only`;
}

function writeNumber(n: bigint): string {
  if (n === 0n) return 'Zero';
  const parts: string[] = [];
  for (const [name, scale] of [...Object.entries(SCALES).reverse(), ['', 1n] as const]) {
    const group = Number((n / scale) % 1000n);
    if (group === 0) continue;
    const words: string[] = [];
    if (group >= 100) words.push(SMALL[Math.floor(group / 100)]!, 'hundred');
    const rest = group % 100;
    if (rest >= 20) words.push(TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${SMALL[rest % 10]!}` : ''));
    else if (rest > 0) words.push(SMALL[rest]!);
    if (name) words.push(name);
    parts.push(...words);
  }
  return parts.map((w) => w.replace(/(^|-)([a-z])/g, (_m, p: string, ch: string) => p + ch.toUpperCase())).join(' ');
}
