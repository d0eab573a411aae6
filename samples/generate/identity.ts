import type { CivilDate } from './calendar.js';
import type { Rng } from './prng.js';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

export function makeIdNumber(rng: Rng, areaCode: string, birth: CivilDate): string {
  const birthText = `${birth.y}${String(birth.m).padStart(2, '0')}${String(birth.d).padStart(2, '0')}`;
  const sequence = String(rng.int(1, 999)).padStart(3, '0');
  const first17 = `${areaCode}${birthText}${sequence}`;
  return first17 + idCheckChar(first17);
}

export function luhnCheckDigit(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function isLuhnValid(number: string): boolean {
  return luhnCheckDigit(number.slice(0, -1)) === number.slice(-1);
}

/** A UnionPay card number: the BIN, random digits, a Luhn check digit. */
export function makeCardNumber(rng: Rng, bin: string, length: number): string {
  let body = bin;
  while (body.length < length - 1) body += String(rng.int(0, 9));
  return body + luhnCheckDigit(body);
}
