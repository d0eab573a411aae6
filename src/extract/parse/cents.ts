/**
 * Money arithmetic in integer cents (bigint). A money string is the contract's normal form:
 * an optional minus, digits, and exactly two decimals ("1250000.00", "-3200.00").
 * Floats never touch money: 0.1 + 0.2 is exactly 0.30 here.
 */

const MONEY_STRING = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Money string (one or two decimals, or none) to integer cents.
 * Throws a RangeError on anything else: callers pass values that a parser already normalised.
 *
 * @example
 * toCents('1250000.00') // → 125000000n
 * toCents('-3200.5')    // → -320050n
 */
export function toCents(money: string): bigint {
  const m = MONEY_STRING.exec(money);
  if (!m) {
    throw new RangeError(`Expected a money string like "1250000.00", got ${JSON.stringify(money)}`);
  }
  const cents = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] && cents !== 0n ? -cents : cents;
}

/** Options for {@link formatMoney}. */
export interface FormatMoneyOptions {
  /** Insert "," every three digits of the integer part (for people, not for the JSON contract). */
  grouping?: boolean;
}

/**
 * Integer cents to the normal money string with two decimals.
 *
 * @example
 * formatMoney(125000000n)                     // → '1250000.00'
 * formatMoney(-5n)                            // → '-0.05'
 * formatMoney(125000000n, { grouping: true }) // → '1,250,000.00'
 */
export function formatMoney(cents: bigint, options: FormatMoneyOptions = {}): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  let whole = (abs / 100n).toString();
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/**
 * Same as {@link formatMoney} without options: the inverse of {@link toCents}.
 *
 * @example
 * fromCents(toCents('12.5')) // → '12.50'
 */
export function fromCents(cents: bigint): string {
  return formatMoney(cents);
}

/**
 * Exact sum of money strings.
 *
 * @example
 * sumMoney(['0.10', '0.20']) // → '0.30'
 */
export function sumMoney(values: readonly string[]): string {
  return fromCents(values.reduce((acc, v) => acc + toCents(v), 0n));
}

/**
 * Exact difference a − b of two money strings.
 *
 * @example
 * subtractMoney('8500.00', '1234.56') // → '7265.44'
 */
export function subtractMoney(a: string, b: string): string {
  return fromCents(toCents(a) - toCents(b));
}

/**
 * −1, 0 or 1 as a is less than, equal to or greater than b (as amounts, so "5.5" equals "5.50").
 *
 * @example
 * compareMoney('5.5', '5.50') // → 0
 */
export function compareMoney(a: string, b: string): -1 | 0 | 1 {
  const d = toCents(a) - toCents(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
