/**
 * A statement's summary lines, printed as a block after the table or as a box beside the header:
 * a short bare label and one amount, set apart by a column gap ("Money in  68,313.93", "Deposits &
 * Credits  40,524.96"). Such bare words are no key in running text or in a table's header, so the
 * field labels take them only with a colon; a line that is nothing but that label and an amount
 * (or whose last two cells are) states the total plainly.
 */
import { parseMoney } from './parse/money.js';
import { findDates } from './values.js';
import type { TextLine } from './lines.js';
import type { RowCell } from './transactions.js';

type SummaryField = 'totalCredits' | 'totalDebits';

const SUMMARY_LABELS: [SummaryField, RegExp][] = [
  ['totalCredits', /^(?:(?:money|paid|funds?)\s*in|(?:total\s*)?(?:deposits?|credits?|receipts?|inflows?)(?:\s*(?:&|and|\/)\s*(?:other\s*)?(?:credits?|deposits?|additions?))?)$/iu],
  ['totalDebits', /^(?:(?:money|paid|funds?)\s*out|(?:total\s*)?(?:withdrawals?|debits?|payments?|outflows?)(?:\s*(?:&|and|\/)\s*(?:other\s*)?(?:debits?|withdrawals?|subtractions?|charges?))?)$/iu],
];
/** The last two cells of a line: a label (letters, &, / and single blanks) and an amount, parted by column gaps. */
const LAST_CELLS = /(?:^|\s{2,})([A-Za-z](?:[A-Za-z&/]| (?! )){0,40})\s{2,}([-+]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2})\s*$/u;

const NUMERIC_DATE = /(?<!\d)\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?!\d)/u;

/**
 * Totals stated by summary lines, the first line for each.
 * @example readSummaryLines(lines).totalCredits?.value // '68313.93' from "Money in  68,313.93"
 */
export function readSummaryLines(lines: readonly TextLine[], dateOrder?: 'DMY' | 'MDY'): Partial<Record<SummaryField, RowCell>> {
  const found: Partial<Record<SummaryField, RowCell>> = {};
  for (const line of lines) {
    const m = LAST_CELLS.exec(line.text);
    // A dated line is a table row ("02/07/2024  Deposits  19,533.43"), whatever order its date takes.
    if (!m || findDates(line.text, dateOrder).length || NUMERIC_DATE.test(line.text)) continue;
    const label = m[1]!.trim();
    const field = SUMMARY_LABELS.find(([, pattern]) => pattern.test(label))?.[0];
    const money = parseMoney(m[2]!.replace(/\s+/gu, ''));
    if (!field || found[field] || !money) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(m[2]!);
    found[field] = { value: money.value.replace(/^-/u, ''), line, start, end: start + m[2]!.length };
  }
  return found;
}
