/** Calendar dates without time zones: everything here is a civil date. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

const toUtc = (date: CivilDate): number => Date.UTC(date.y, date.m - 1, date.d);
const fromUtc = (ms: number): CivilDate => {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Adds months, clamping the day to the target month's end (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return toUtc(a) - toUtc(b);
}

export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY-MM-DD`, the normalised form of the contract. */
export function isoDate(date: CivilDate): string {
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function isoMonth(date: CivilDate): string {
  return `${date.y}-${pad(date.m)}`;
}
