/**
 * Account, card, resident ID and unified social credit code numbers: digits only, their checksums,
 * and checksum-guided repair of single OCR confusions.
 */
import { daysInMonth } from './date.js';
import { normalizeText } from './text.js';

/**
 * Digits of a number as written, with a final X kept (upper-case) for resident IDs.
 *
 * @example
 * extractDigits('6222 0212-3456 7890 123') // → '6222021234567890123'
 * extractDigits('33010619850315231x')      // → '33010619850315231X'
 */
export function extractDigits(raw: string): string {
  const s = normalizeText(raw).replace(/[^0-9Xx]/g, '');
  const x = /[Xx]$/.test(s) ? 'X' : '';
  return s.replace(/[Xx]/g, '') + x;
}

/**
 * Luhn (mod 10) check over a string of digits; false for anything that is not at least two digits.
 *
 * @example
 * luhnValid('6222021234567890128') // → true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d{2,}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/**
 * Check character of an 18-character resident ID (GB 11643, ISO 7064 MOD 11-2) from its first 17 digits.
 *
 * @example
 * residentIdCheckChar('11010519491231002') // → 'X'
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`Expected 17 digits, got ${JSON.stringify(first17)}`);
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * (first17.charCodeAt(i) - 48), 0);
  return ID_CHECK[sum % 11]!;
}

/**
 * Whether an 18-character resident ID has a correct check character and a real birth date
 * (digits 7–14, from 1900). The division code (digits 1–6) is left to the gazetteer.
 *
 * @example
 * isValidResidentId('11010519491231002X') // → true
 * isValidResidentId('110105194912310021') // → false (check character)
 */
export function isValidResidentId(id: string): boolean {
  const s = id.trim().toUpperCase();
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const y = +s.slice(6, 10);
  const m = +s.slice(10, 12);
  const d = +s.slice(12, 14);
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
  return residentIdCheckChar(s.slice(0, 17)) === s[17];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Whether an 18-character unified social credit code (统一社会信用代码) has a correct check
 * character (GB 32100: 31 characters without I, O, S, V, Z; weights 3^i mod 31).
 *
 * @example
 * isValidUscc('91350100M000100Y43') // → true
 */
export function isValidUscc(code: string): boolean {
  const s = code.trim().toUpperCase();
  if (s.length !== 18 || [...s].some((c) => !USCC_CHARS.includes(c))) return false;
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(s[i]!), 0);
  return USCC_CHARS[(31 - (sum % 31)) % 31] === s[17];
}

/** A card or account number read from text. */
export interface ParsedAccountNumber {
  value: string;
  /** Luhn result for 16–19 digits (card numbers); null for other lengths, where it means nothing. */
  luhn: boolean | null;
  /** True when letters were read as digits (O → 0, I/l → 1) inside the number. */
  ocrFixed: boolean;
}

/**
 * Reads a card or account number of 8–32 digits written with spaces or dashes between groups.
 * O/o and I/l/| are read as 0 and 1 where they touch a digit; any other letter makes it null.
 *
 * @example
 * parseAccountNumber('6222 0212 3456 7890 128') // → { value: '6222021234567890128', luhn: true, ocrFixed: false }
 * parseAccountNumber('6222-O212-3456-789O-128') // → { value: '6222021234567890128', luhn: true, ocrFixed: true }
 */
export function parseAccountNumber(raw: string): ParsedAccountNumber | null {
  const s = normalizeText(raw);
  const fixed = s.replace(/(?<=[\d -])[Oo](?=[\d -]|$)|(?<=^|[\d -])[Oo](?=[\d -])/g, '0')
    .replace(/(?<=[\d -])[Il|](?=[\d -]|$)|(?<=^|[\d -])[Il|](?=[\d -])/g, '1');
  if (!/^\d+(?:[ -]\d+)*$/.test(fixed)) return null;
  const value = fixed.replace(/[ -]/g, '');
  if (value.length < 8 || value.length > 32) return null;
  return {
    value,
    luhn: value.length >= 16 && value.length <= 19 ? luhnValid(value) : null,
    ocrFixed: fixed !== s,
  };
}

/** Characters OCR confuses with each digit: letters always, digits that look alike. */
const LETTER_DIGIT: Record<string, string> = {
  O: '0', o: '0', D: '0', Q: '0', I: '1', l: '1', '|': '1', i: '1', Z: '2', z: '2',
  S: '5', s: '5', G: '6', b: '6', T: '7', B: '8', g: '9', q: '9',
};
const DIGIT_LOOKALIKES: Record<string, string> = {
  '0': '689', '1': '74', '2': '7', '3': '85', '4': '19', '5': '638', '6': '508', '7': '12', '8': '03659', '9': '840',
};

/** A repaired number and what was changed. */
export interface DigitRepair {
  value: string;
  changes: { index: number; from: string; to: string }[];
}

/**
 * Repairs OCR confusions guided by a checksum. Letters that look like digits are replaced; if the
 * result still fails, every single look-alike digit substitution (1↔7, 3↔8, 5↔6 …) is tried.
 * Returns a value only when exactly one candidate validates, and null when none or several do.
 * Spaces and dashes are removed; a final X is kept for resident IDs.
 *
 * @example
 * repairDigits('62220212345678901Z8', luhnValid) // → { value: '6222021234567890128', changes: [{ index: 17, from: 'Z', to: '2' }] }
 * repairDigits('11010519491231002X', isValidResidentId) // → { value: '11010519491231002X', changes: [] }
 */
export function repairDigits(raw: string, validate: (digits: string) => boolean): DigitRepair | null {
  const s = normalizeText(raw).replace(/[\s-]/g, '').replace(/x$/, 'X');
  const chars = [...s];
  const changes: DigitRepair['changes'] = [];
  for (const [index, c] of chars.entries()) {
    if (/\d/.test(c) || (c === 'X' && index === chars.length - 1)) continue;
    const to = LETTER_DIGIT[c];
    if (!to) return null;
    changes.push({ index, from: c, to });
    chars[index] = to;
  }
  const base = chars.join('');
  if (validate(base)) return { value: base, changes };
  const found: DigitRepair[] = [];
  for (const [index, c] of chars.entries()) {
    if (changes.some((ch) => ch.index === index)) continue;
    for (const to of DIGIT_LOOKALIKES[c] ?? '') {
      const candidate = base.slice(0, index) + to + base.slice(index + 1);
      if (validate(candidate)) found.push({ value: candidate, changes: [...changes, { index, from: c, to }] });
    }
  }
  return found.length === 1 ? found[0]! : null;
}
