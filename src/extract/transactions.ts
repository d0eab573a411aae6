/**
 * Statement rows: lines that start with a date and carry amounts, their amounts assigned to the
 * columns of the table header above them (收入/支出, 借方/贷方, one signed 金额 column, 余额;
 * Credit/Debit, Deposit/Withdrawal, Amount, Balance) by horizontal position. An amount whose side
 * nothing shows (one unsigned amount column) is signed by the running balance: previous balance −
 * amount = balance makes it a debit.
 */
import type { Transaction } from '../model/schema.js';
import { parseMoney } from './parse/money.js';
import { toCents } from './parse/cents.js';
import { findDates } from './values.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';

/** `side`: a column of Dr/Cr or 收/支 markers, which says how to sign the amount beside it. */
type ColumnKind = 'credit' | 'debit' | 'amount' | 'balance' | 'side';

interface Column { kind: ColumnKind; x: number }

const COLUMN_WORDS: [ColumnKind, RegExp][] = [
  ['side', /\b(?:dr|cr|d)\s*\/\s*(?:cr|dr|c)\b|收\s*\/\s*支|支\s*\/\s*收|借\s*\/\s*贷|贷\s*\/\s*借|借贷(?:标志|方向)|收支(?:标志|方向)|交易方向/giu],
  ['balance', /余\s*额|结\s*余|balance/giu],
  ['credit', /收\s*入(?:金额)?|存\s*入|贷方(?:发生额|金额)?|转入|入账金额|credits?(?:\s*amount)?|deposits?|paid\s*in|money\s*in|receipts?|\bCR\b/giu],
  ['debit', /支\s*出(?:金额)?|取\s*出|借方(?:发生额|金额)?|转出|出账金额|debits?(?:\s*amount)?|withdrawals?|paid\s*out|money\s*out|payments?|\bDR\b/giu],
  ['amount', /交易金额|发生额|金\s*额|amount/giu],
];
const HEADER_CUE = /日\s*期|摘\s*要|说明|用途|对方|date|description|details|particulars|narrative|remarks?/iu;

/** A trailing CR/DR (贷/借) marks the side: "1,234.56 DR" is money out. */
const SIDE_AFTER = /^\s*(CR|DR|Cr|Dr|贷|借)(?![A-Za-z\u4e00-\u9fff])/u;
/**
 * A side marker in its own cell before the amount, under a Dr/Cr or 收/支 column: "Dr  65.43", "支  847.16".
 * One that ends a narration ("POS PURCHASE CR  927.52": CR Vanguard is a shop) is no marker.
 */
const SIDE_BEFORE = /(?:^|\s{2,})(CR|DR|Cr|Dr|贷|借|收|支|存|取|入|出)\s+$/u;
const CREDIT_MARK = /^(?:CR|Cr|贷|收|存|入)$/u;
/** A dated row that only states a balance: 上期结余, 起始结余, Balance brought forward, Opening balance. */
const BALANCE_ROW = /余\s*额|结\s*余|承\s*前|balance|brought\s*forward|b\/f|opening/iu;

/**
 * A whole amount token; one that runs on into more digits or separators is not cut short. OCR may
 * put a blank beside the decimal point (183. 81, 2363 .90): the point still marks the cents.
 */
const MONEY_TOKEN = /(?<![\d.,])[-+(]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:,\d{3})+(?:\s?\.\s?\d{2})?|\d+\s?\.\s?\d{2})\)?(?![\d.,]\d)/gu;
/**
 * Readings OCR makes of an amount that the strict token refuses: a full stop for the thousands comma
 * (2.424.76), a blank for the decimal point (900 00). A row read with them is kept only when the
 * running balance confirms the amount.
 */
const LENIENT_TOKEN = /(?<![\d.,])[-+(]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:[.,]\d{3})+[.,]\s?\d{2}|\d+\s?[.,]?\s?\d{2}|\d{1,3}(?:,\d{3})+|\d+\s?\.\s?\d{2})\)?(?!\d|[.,]\d)/gu;

function headerColumns(line: TextLine): Column[] | null {
  if (!HEADER_CUE.test(line.text)) return null;
  const columns: Column[] = [];
  const taken: [number, number][] = [];
  for (const [kind, pattern] of COLUMN_WORDS) {
    for (const m of line.text.matchAll(new RegExp(pattern.source, 'giu'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      const box = spanBox(line.line, start, end);
      columns.push({ kind, x: box[0] + box[2] / 2 });
    }
  }
  const hasBalance = columns.some((c) => c.kind === 'balance');
  const hasMoney = columns.some((c) => c.kind !== 'balance' && c.kind !== 'side');
  return hasBalance && hasMoney ? columns : null;
}

/** A statement's rows, and the balance a dated "brought forward" row states before the first of them. */
export interface StatementRows {
  transactions: Transaction[];
  /** The balance of a dated row with no amount (上期结余 7,031.60), when one precedes the rows. */
  openingRow?: { value: string; line: TextLine; start: number; end: number };
}

interface Row { transaction: Transaction; signKnown: boolean }
type BalanceOnly = NonNullable<StatementRows['openingRow']>;

/**
 * Transactions of a statement, in document order, debits negative. `opening` (the labelled
 * opening balance) lets the first row's sign be read from the balance too.
 * @example extractTransactions(collectLines(doc)).transactions
 */
export function extractTransactions(lines: readonly TextLine[], dateOrder?: 'DMY' | 'MDY', opening?: string): StatementRows {
  const rows: Row[] = [];
  let openingRow: BalanceOnly | undefined;
  let columns: Column[] | null = null;
  for (const line of lines) {
    const header = headerColumns(line);
    if (header) { columns = header; continue; }
    const row = readRow(line, columns, dateOrder, MONEY_TOKEN) ?? confirmedByBalance(readRow(line, columns, dateOrder, LENIENT_TOKEN), rows.at(-1)?.transaction.balance ?? (rows.length ? undefined : opening ?? openingRow?.value));
    if (!row) continue;
    if ('transaction' in row) rows.push(row);
    else if (rows.length === 0) openingRow ??= row;
  }
  signByBalance(rows, opening ?? openingRow?.value);
  return { transactions: rows.map((r) => r.transaction), openingRow };
}

/**
 * Unsigned amounts get the side the running balance shows: previous balance − amount = balance
 * makes a debit. Where the previous balance is unknown, or no sum fits (a misread or edited
 * figure), the amount stays as read, for the balance check to see.
 */
function signByBalance(rows: readonly Row[], opening?: string): void {
  let previous = opening !== undefined ? toCents(opening) : undefined;
  for (const { transaction: t, signKnown } of rows) {
    if (t.balance === undefined) { previous = undefined; continue; }
    const balance = toCents(t.balance);
    const amount = toCents(t.amount);
    if (!signKnown && previous !== undefined && amount > 0n && previous - amount === balance) t.amount = negate(t.amount);
    previous = balance;
  }
}

/** A leniently read row, kept only if previous balance ± its amount is its balance. */
function confirmedByBalance(row: Row | BalanceOnly | null, previous: string | undefined): Row | null {
  if (!row || !('transaction' in row) || previous === undefined || row.transaction.balance === undefined) return null;
  const amount = toCents(row.transaction.amount);
  const delta = toCents(row.transaction.balance) - toCents(previous);
  return delta === amount || delta === -amount ? row : null;
}

function readRow(line: TextLine, columns: Column[] | null, dateOrder: 'DMY' | 'MDY' | undefined, tokenPattern: RegExp): Row | BalanceOnly | null {
  const dates = findDates(line.text, dateOrder);
  const first = dates[0];
  if (!first || line.text.slice(0, first.start).trim() !== '') return null;
  const tokens: { value: string; start: number; end: number; x: number; side?: 'credit' | 'debit'; signed: boolean }[] = [];
  for (const m of line.text.matchAll(tokenPattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    const parsed = parseMoney(normaliseToken(m[0]));
    if (!parsed) continue;
    const box = spanBox(line.line, start, end);
    const after = SIDE_AFTER.exec(line.text.slice(end));
    const begins = start + m[0].length - m[0].trimStart().length;
    const mark = after?.[1] ?? SIDE_BEFORE.exec(line.text.slice(0, begins))?.[1];
    const side = mark ? (CREDIT_MARK.test(mark) ? 'credit' : 'debit') : undefined;
    tokens.push({ value: parsed.value, start, end: end + (after?.[0].length ?? 0), x: box[0] + box[2] / 2, side, signed: parsed.value.startsWith('-') });
  }
  const lastDateBefore = (at: number) => dates.filter((d) => d.start < at).at(-1) ?? first;
  if (tokens.length === 1) {
    const only = tokens[0]!;
    return BALANCE_ROW.test(line.text.slice(lastDateBefore(only.start).end, only.start)) ? { value: only.value, line, start: only.start, end: only.end } : null;
  }
  if (tokens.length < 2) return null;
  let amount: string | undefined;
  let balance: string | undefined;
  let signKnown = false;
  if (columns) {
    for (const token of tokens) {
      const column = nearest(columns, token.x);
      if (!column) continue;
      if (column.kind === 'balance') balance = token.value;
      else {
        amount = column.kind === 'debit' ? negate(token.value) : token.value;
        signKnown = column.kind !== 'amount' || token.signed || token.side !== undefined;
      }
    }
  }
  if (amount === undefined || balance === undefined) {
    balance = tokens.at(-1)!.value;
    const last = tokens.at(-2)!;
    amount = last.side === 'debit' ? negate(last.value) : last.value;
    signKnown = last.signed || last.side !== undefined;
  } else {
    const marked = tokens.find((t) => t.value === amount || negate(t.value) === amount);
    if (marked?.side === 'debit' && !amount.startsWith('-')) amount = negate(amount);
    if (marked?.side === 'credit' && amount.startsWith('-')) amount = negate(amount);
  }
  const description = line.text.slice(lastDateBefore(tokens[0]!.start).end, tokens[0]!.start).replace(/\s{2,}/gu, ' ').trim();
  const transaction: Transaction = {
    date: first.value,
    description,
    amount,
    balance,
    page: line.page,
    bbox: spanBox(line.line, 0, line.text.length),
    raw: line.line.text,
    confidence: Math.round(spanConfidence(line.line, 0, line.text.length) * 100) / 100,
  };
  return { transaction, signKnown };
}

/** "2.424.76" → "2,424.76", "900 00" → "900.00"; strict tokens only lose their blanks. */
function normaliseToken(raw: string): string {
  const t = raw.replace(/^\+/u, '').trim();
  const dotted = /^([^\d]*)(\d{1,3}(?:[.,]\d{3})+)[.,]\s?(\d{2})(\)?)$/u.exec(t);
  if (dotted) return `${dotted[1]}${dotted[2]!.replace(/[.,]/gu, ',')}.${dotted[3]}${dotted[4]}`;
  const spaced = /^([^\d]*\d+) (\d{2})(\)?)$/u.exec(t);
  if (spaced) return `${spaced[1]}.${spaced[2]}${spaced[3]}`;
  return t.replace(/\s+/gu, '');
}

function nearest(columns: Column[], x: number): Column | undefined {
  let best: Column | undefined;
  for (const c of columns) if (!best || Math.abs(c.x - x) < Math.abs(best.x - x)) best = c;
  return best;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : value === '0.00' ? value : `-${value}`;
}
