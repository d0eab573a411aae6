/**
 * Dates of a span whose one end leaves its year to the other, as statements print their period:
 * "1 June to 31 August 2024", "June 1 – August 31, 2024", "2024年6月1日至8月31日". The end without
 * a year takes the other end's year (the next year when its month comes earlier: "1 Dec to 31 Jan
 * 2025" starts in 2024).
 */
import { findDates } from './values.js';
import { isoDay, monthNumber } from './parse/date.js';

type Dated = ReturnType<typeof findDates>[number];

const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const JOIN = '(?:to|until|till|through|thru|-|–|—|~|～)';
/** A day and month word, then a join, ending where the dated end begins. */
const YEARLESS_START = new RegExp(`(?<![\\w-])((?:(\\d{1,2})(?:st|nd|rd|th)?\\s*(${MONTH_WORD})|(${MONTH_WORD})\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?)\\.?),?\\s*${JOIN}\\s*$`, 'diu');
/** A join, then a month and day in Chinese form, right after the dated start. */
const YEARLESS_END = /^\s*(?:起\s*)?(?:至|到|~|～|—|–|-)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/du;

/**
 * The day dates of a text, with the year-less end of a span filled in from the other end.
 * @example findSpanDates('1 June to 31 August 2024').map((d) => d.value) // ['2024-06-01', '2024-08-31']
 */
export function findSpanDates(text: string, order?: 'DMY' | 'MDY'): Dated[] {
  const dates = findDates(text, order);
  const extra: Dated[] = [];
  for (const [k, date] of dates.entries()) {
    const [year, month] = date.value.split('-').map(Number) as [number, number];
    const previousEnd = dates[k - 1]?.end ?? 0;
    const start = YEARLESS_START.exec(text.slice(previousEnd, date.start));
    if (start) {
      const day = Number(start[2] ?? start[5]);
      const m = monthNumber((start[3] ?? start[4])!) ?? 0;
      const [from, to] = start.indices![1]!;
      const value = isoDay(m > month ? year - 1 : year, m, day);
      if (value) extra.push({ value, start: previousEnd + from, end: previousEnd + to });
    }
    const end = YEARLESS_END.exec(text.slice(date.end, dates[k + 1]?.start ?? text.length));
    if (end && /年/u.test(text.slice(date.start, date.end))) {
      const m = Number(end[1]);
      const value = isoDay(m < month ? year + 1 : year, m, Number(end[2]));
      if (value) extra.push({ value, start: date.end + end.indices![1]![0], end: date.end + end[0].length });
    }
  }
  return [...dates, ...extra].sort((a, b) => a.start - b.start);
}
