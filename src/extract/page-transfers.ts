/**
 * Page transfers of a statement that runs over several pages: the balance "Carried forward" (过次页)
 * at the foot of a page and "Brought forward" (承前页) at the head of the next one move the running
 * balance between pages. Only the first page's brought-forward balance opens the statement and only
 * the last page's carried-forward balance closes it; the others are balances of the day the page ends.
 */
const CARRIED = /carried\s*(?:forward|over)|\bc\/f\b|过次页|转次页|转下页/iu;
const BROUGHT = /brought\s*(?:forward|over)|\bb\/f\b|承前页|承上页/iu;

/** The pages a document's lines span. */
export interface PageSpan { first: number; last: number }

/**
 * Whether a key of the opening or closing balance on `page` is a transfer between pages, no
 * balance of the statement.
 * @example isPageTransfer('closingBalance', 'Carried forward', 1, { first: 1, last: 2 }) // true
 */
export function isPageTransfer(field: string, key: string, page: number, span: PageSpan): boolean {
  if (field === 'closingBalance') return page < span.last && CARRIED.test(key);
  if (field === 'openingBalance') return page > span.first && BROUGHT.test(key);
  return false;
}
