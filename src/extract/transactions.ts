/**
 * Statement rows: lines that start with a date and carry amounts, their amounts assigned to the
 * columns of the table header above them (收入/支出, 借方/贷方, one signed 金额 column, 余额;
 * Credit/Debit, Deposit/Withdrawal, Amount, Balance) by horizontal position; a header may wrap
 * ("Current" / "Balance"), and so may a row's date ("November 15," / "2024"). A money column's side
 * is what the running balance does with its amounts, whatever its header says; an amount whose
 * side nothing shows (one unsigned amount column) is signed row by row: previous balance − amount =
 * balance makes it a debit. A row may open with its number (序号) before the date; a dated row
 * that only sums others (本页合计, Sub-total, Carried forward) is none; a description that wraps
 * onto the lines below is read whole (wrapped-descriptions.ts), without the counterparty column
 * a header names beside it.
 */
import type { Transaction } from '../model/schema.js';
import { parseMoney } from './parse/money.js';
import { toCents } from './parse/cents.js';
import { findDates } from './values.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';
import { describedOver, type DescriptionCell } from './wrapped-descriptions.js';
import { allMatches, withFlags } from './patterns.js';

/**
 * `date`: where the row's date stands when it is not the first cell (序号|摘要|…|交易日期).
 * `side`: a column of Dr/Cr or 收/支 markers, which says how to sign the amount beside it; `party`:
 * the counterparty's name or account (对方户名, Payee), which is no part of the description.
 */
type ColumnKind = 'credit' | 'debit' | 'amount' | 'balance' | 'side' | 'party' | 'date';

/** `x`: the header word's centre; `x0`: its left edge, where a left-aligned cell under it starts. */
interface Column { kind: ColumnKind; x: number; x0: number }

/** Top-to-top distance, in line heights, under which a line continues the one above (a wrapped header or date cell). */
const WRAPPED_PITCH = 1.5;

const COLUMN_WORDS: [ColumnKind, RegExp][] = [
  ['side', /\b(?:dr|cr|d)\.?\s*\/\s*(?:cr|dr|c)\b\.?|收\s*\/\s*支|支\s*\/\s*收|借\s*\/\s*贷|贷\s*\/\s*借|借贷(?:标志|方向)|收支(?:标志|方向)|交易方向/giu],
  ['balance', /余\s*额|结\s*余|balance|\bbal\b\.?/giu],
  ['credit', /收\s*入(?:金额)?|存\s*入|贷方(?:发生额|金额)?|转入|入账金额|credits?(?:\s*amount)?|deposits?|paid[\s-]*in|money[\s-]*in|receipts?|\bCR\b/giu],
  ['debit', /支\s*出(?:金额)?|支\s*取(?:金额)?|取\s*出|借方(?:发生额|金额)?|转出|出账金额|debits?(?:\s*amount)?|withdrawals?|paid[\s-]*out|money[\s-]*out|payments?|\bDR\b/giu],
  ['amount', /交易金额|发生额|金\s*额|amount/giu],
  ['party', /对\s*方(?:户\s*名|名\s*称|账\s*[户号]|单\s*位|信\s*息)?|交易对手|counterpart(?:y|ies)|payee|payer|beneficiary|remitter/giu],
  ['date', /(?:交易|记账|入账|发生|过账)?日\s*期|(?:(?:transaction|posting|value|entry|booking|trans\.?)\s*)?\bdate\b/giu],
];
const MONEY_KINDS: readonly ColumnKind[] = ['credit', 'debit', 'amount'];
const HEADER_CUE = /日\s*期|摘\s*要|说明|用途|对方|date|description|details|particulars|narrative|remarks?/iu;

/** A trailing CR/DR (贷/借) marks the side: "1,234.56 DR" is money out. */
const SIDE_AFTER = /^\s*(CR|DR|Cr|Dr|贷|借)(?![A-Za-z\u4e00-\u9fff])/u;
/**
 * A side marker in its own cell before the amount, under a Dr/Cr or 收/支 column: "Dr  65.43", "支  847.16".
 * One that ends a narration ("POS PURCHASE CR  927.52": CR Vanguard is a shop) is no marker.
 */
const SIDE_BEFORE = /(?:^|\s{2,})(CR|DR|Cr|Dr|收入|支出|存入|支取|转入|转出|贷|借|收|支|存|取|入|出)\s+$/u;
const CREDIT_MARK = /^(?:CR|Cr|收入|存入|转入|贷|收|存|入)$/u;
/** A dated row that only states a balance: 上期结余, 起始结余, Balance brought forward, Opening balance. */
const BALANCE_ROW = /余\s*额|结\s*余|承\s*前|balance|brought\s*forward|b\/f|opening/iu;
/**
 * A dated row that sums others: 本页合计, 本月小计, 累计, 过次页, "Page Total", "Sub-total", "Total for
 * the month", "Carried forward". Only a description that is nothing but such a label (and its
 * punctuation) makes one: "水电费合计缴纳" or "TOTAL PETROL STATION" are transactions.
 */
const SUBTOTAL_ROW = new RegExp(`^(?:${[
  '(?:本|当|每)?(?:页|月|日|期|年)?(?:发生额|交易)?(?:合\\s*计|小\\s*计|累\\s*计|总\\s*计)(?:金额|发生额)?',
  '过\\s*次\\s*页|转\\s*下\\s*页|承\\s*上\\s*页|承\\s*前\\s*页|转\\s*次\\s*页',
  '(?:page|sub|month(?:ly)?|day|daily|period|running)\\s*-?\\s*totals?(?:\\s*(?:this|for\\s*(?:the|this)?)\\s*(?:page|month|day|period))?',
  'totals?\\s*(?:this|for\\s*(?:the|this)?|of\\s*(?:the|this)?)\\s*(?:page|month|day|period|sheet)',
  '(?:balance\\s*)?(?:carried|brought)\\s*(?:forward|fwd|over)|c\\/f|b\\/f',
].join('|')})$`, 'iu');
/** A row number in a cell of its own before the date (序号, 笔次, No.): "12  2024.08.15". */
const ROW_NUMBER = /^\s*(?:No\.?\s*)?\d{1,4}[.、]?\s+$/iu;
/** The row number that opens a row whose date stands in a later column: "12  ATM WITHDRAWAL  …  2025-01-05". */
const LEADING_ROW_NUMBER = /^\s*(?:No\.?\s*)?\d{1,4}[.、]?(?=\s)/iu;

/**
 * A whole amount token, its sign a hyphen, a plus or a typeset minus (−88.00); one that runs on into
 * more digits or separators is not cut short. OCR may
 * put a blank beside the decimal point (183. 81, 2363 .90): the point still marks the cents.
 */
const MONEY_TOKEN = /(?<![\d.,])[-+−(]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:,\d{3})+(?:\s?\.\s?\d{2})?|\d+\s?\.\s?\d{2})\)?(?![\d.,]\d)/gu;
/**
 * Readings OCR makes of an amount that the strict token refuses: a full stop for the thousands comma
 * (2.424.76), a blank for the decimal point (900 00). A row read with them is kept only when the
 * running balance confirms the amount.
 */
const LENIENT_TOKEN = /(?<![\d.,])[-+−(]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:[.,]\d{3})+[.,]\s?\d{2}|\d+\s?[.,]?\s?\d{2}|\d{1,3}(?:,\d{3})+|\d+\s?\.\s?\d{2})\)?(?!\d|[.,]\d)/gu;

/**
 * The columns a header names, over its first line and the lines it wraps onto ("Current" /
 * "Balance", "Withdrawals" / "(DR)"). Where two words name one column (a kind word above a plain
 * "Amount"), the kind wins.
 */
function headerColumns(lines: readonly TextLine[]): Column[] | null {
  if (!HEADER_CUE.test(lines[0]!.text)) return null;
  const columns: Column[] = [];
  for (const line of lines) {
    const taken: [number, number][] = [];
    for (const [kind, pattern] of COLUMN_WORDS) {
      for (const m of allMatches(line.text, withFlags(pattern, 'giu'))) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        const box = spanBox(line.line, start, end);
        columns.push({ kind, x: box[0] + box[2] / 2, x0: box[0] });
      }
    }
  }
  const h = Math.max(1, lines[0]!.line.bbox[3]);
  const kept = columns.filter((c) => c.kind !== 'amount' || !columns.some((o) => (o.kind === 'credit' || o.kind === 'debit' || o.kind === 'balance') && Math.abs(o.x - c.x) < 2 * h));
  const hasBalance = kept.some((c) => c.kind === 'balance');
  const hasMoney = kept.some((c) => MONEY_KINDS.includes(c.kind));
  return hasBalance && hasMoney ? kept : null;
}

/**
 * The lines of a statement that head its transaction table, as `page:row`: what stands below their
 * words is a table cell (the 承前结余 row's amount under 结余), no value of a key.
 */
export function tableHeaderRows(lines: readonly TextLine[], dateOrder?: 'DMY' | 'MDY'): Set<string> {
  const rows = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const group = headerGroup(lines, i, dateOrder);
    if (!headerColumns(group)) continue;
    for (const line of group) rows.add(`${line.page}:${line.row}`);
    i += group.length - 1;
  }
  return rows;
}

/** The lines a header line wraps onto: tight below it, no date, no amount. */
function headerGroup(lines: readonly TextLine[], i: number, dateOrder?: 'DMY' | 'MDY'): TextLine[] {
  const group = [lines[i]!];
  for (let j = i + 1; j < lines.length && group.length < 3; j++) {
    const next = lines[j]!;
    if (!continues(group.at(-1)!, next) || findDates(next.text, dateOrder).length || new RegExp(MONEY_TOKEN.source, 'gu').test(next.text)) break;
    group.push(next);
  }
  return group;
}

function continues(above: TextLine, below: TextLine): boolean {
  const h = Math.max(1, above.line.bbox[3]);
  return below.page === above.page && below.line.bbox[1] > above.line.bbox[1] && below.line.bbox[1] - above.line.bbox[1] < WRAPPED_PITCH * h;
}

/**
 * A row date whose cell wrapped ("November 15," above "2024", "2024-09-" above "03"): the row's
 * first cell and the first cell of the line tightly below it, starting under it, read together as
 * one date. `end` is the fragment's end in the row's own text.
 */
export function wrappedRowDate(row: TextLine, next: TextLine | undefined, dateOrder?: 'DMY' | 'MDY'): { value: string; start: number; end: number } | undefined {
  if (!next || !continues(row, next)) return undefined;
  const head = /^\s*(\S+(?: \S+)*)/u.exec(row.text);
  const tail = /^\s*(\S+(?: \S+)*)/u.exec(next.text);
  if (!head || !tail || tail[1]!.length > 10 || findDates(head[1]!, dateOrder).length) return undefined;
  const h = Math.max(1, row.line.bbox[3]);
  if (Math.abs(spanBox(next.line, tail.index + tail[0].length - tail[1]!.length, tail[0].length)[0] - spanBox(row.line, head[0].length - head[1]!.length, head[0].length)[0]) > h) return undefined;
  const joined = `${head[1]} ${tail[1]}`;
  const date = findDates(joined, dateOrder)[0];
  if (!date || date.start !== 0 || date.end <= head[1]!.length) return undefined;
  return { value: date.value, start: head[0].length - head[1]!.length, end: head[0].length };
}

/** One amount of a statement row: its value and where it stands. */
export interface RowCell { value: string; line: TextLine; start: number; end: number }

/** A statement's rows, and the balance a dated "brought forward" row states before the first of them. */
export interface StatementRows {
  transactions: Transaction[];
  /**
   * The balance of a row with no amount (上期结余 7,031.60, 承前结余 under the 结余 column, "Balance
   * brought forward"), when one precedes the rows; dated or not.
   */
  openingRow?: RowCell;
  /**
   * The statement's totals row after the last transaction (合计 | 支取 total | 存入 total | 结余;
   * "Totals"), its amounts read by the columns they stand under.
   */
  totalsRow?: { credits?: RowCell; debits?: RowCell; balance?: RowCell };
}

/**
 * `x`: where the amount stood; `column`: the header column it fell under; `explicit`: its own sign
 * or a Dr/Cr mark says its side, which no column inference overrides.
 */
interface Row { transaction: Transaction; signKnown: boolean; x: number; column?: Column; explicit: boolean; descriptionCell: DescriptionCell }
type BalanceOnly = NonNullable<StatementRows['openingRow']>;

/**
 * Transactions of a statement, in document order, debits negative. `opening` (the labelled
 * opening balance) lets the first row's sign be read from the balance too.
 * @example extractTransactions(collectLines(doc)).transactions
 */
export function extractTransactions(lines: readonly TextLine[], dateOrder?: 'DMY' | 'MDY', opening?: string): StatementRows {
  const rows: Row[] = [];
  let openingRow: BalanceOnly | undefined;
  let totalsRow: StatementRows['totalsRow'];
  let columns: Column[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const group = headerGroup(lines, i, dateOrder);
    const header = headerColumns(group);
    if (header) { columns = header; i += group.length - 1; continue; }
    const wrapped = wrappedRowDate(line, lines[i + 1], dateOrder);
    const row = readRow(line, columns, dateOrder, MONEY_TOKEN, wrapped) ?? confirmedByBalance(readRow(line, columns, dateOrder, LENIENT_TOKEN, wrapped), rows.at(-1)?.transaction.balance ?? (rows.length ? undefined : opening ?? openingRow?.value));
    if (!row) {
      const undated = columns ? readUndatedRow(line, columns) : undefined;
      if (undated?.opening && rows.length === 0) openingRow ??= undated.opening;
      if (undated?.totals && rows.length > 0) totalsRow = undated.totals;
      continue;
    }
    if ('transaction' in row) {
      totalsRow = undefined;
      rows.push(row);
      const more = describedOver(lines, i, row.descriptionCell, isRowStart, dateOrder);
      if (more) { row.transaction.description = more.description; i += more.lines; }
    }
    else if (rows.length === 0) openingRow ??= row;
  }
  signColumnsByBalance(rows, opening ?? openingRow?.value);
  signByBalance(rows, opening ?? openingRow?.value);
  return { transactions: rows.map((r) => r.transaction), openingRow, ...(totalsRow ? { totalsRow } : {}) };
}

/** An undated row that carries the balance in: 承前结余, 上期余额, 期初余额, "Balance brought forward", "Opening balance". */
const OPENING_ROW = /^(?:承\s*前(?:\s*页)?\s*(?:余\s*额|结\s*余)?|(?:上\s*(?:期|页|月|日)|期\s*初|起\s*始)\s*(?:余\s*额|结\s*余)|(?:balance\s*)?brought\s*(?:forward|fwd|over)|b\/f|(?:opening|previous|beginning|starting)\s*balance|balance\s*forward)$/iu;
/**
 * An undated row that sums the whole statement: 合计, 总计, 本期合计, "Total(s)", "Statement totals".
 * A page's or a month's total (本页合计, "Page total") is none.
 */
const TOTALS_ROW = /^(?:(?:本\s*期|交\s*易|发\s*生\s*额)?\s*(?:合\s*计|总\s*计)|(?:grand\s*|statement\s*|period\s*)?totals?)$/iu;

/**
 * A row with no date under a known header: the opening-balance row (its one amount under the
 * balance column) or the totals row (its amounts under the credit, debit and balance columns).
 */
function readUndatedRow(line: TextLine, columns: readonly Column[]): { opening?: RowCell; totals?: StatementRows['totalsRow'] } | undefined {
  if (findDates(line.text).length) return undefined;
  const cells: (RowCell & { column: Column | undefined })[] = [];
  for (const m of line.text.matchAll(MONEY_TOKEN)) {
    const parsed = parseMoney(normaliseToken(m[0]));
    if (!parsed) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    cells.push({ value: parsed.value, line, start, end, column: nearest(columns, spanCentre(line, start, end)) });
  }
  if (!cells.length) return undefined;
  const label = line.text.slice(0, cells[0]!.start).replace(/[\s:：*#]+/gu, ' ').trim();
  if (cells.length === 1 && cells[0]!.column?.kind === 'balance' && OPENING_ROW.test(label)) {
    const { value, start, end } = cells[0]!;
    return { opening: { value, line, start, end } };
  }
  if (!TOTALS_ROW.test(label)) return undefined;
  const kinds = new Map(cells.map((c) => [c.column?.kind, c] as const));
  // Only columns that name a side say which total an amount is; a signed amount column's sum says neither.
  if (kinds.size !== cells.length || ![...kinds.keys()].every((k) => k === 'credit' || k === 'debit' || k === 'balance')) return undefined;
  const cell = (kind: ColumnKind) => { const c = kinds.get(kind); return c ? { value: c.value, line, start: c.start, end: c.end } : undefined; };
  const totals = { credits: cell('credit'), debits: cell('debit'), balance: cell('balance') };
  return totals.credits || totals.debits ? { totals } : undefined;
}

/**
 * Votes a column needs before the balances name its side, and the share that must agree: two
 * thirds for a column a header calls credit or debit (one edited row must not flip a column); all
 * of them for a plain amount column or one without a header, which may hold both sides.
 */
const MIN_COLUMN_VOTES = 2;
const SIDED_AGREEMENT = 2 / 3;

/**
 * The side of each money column, as the running balance shows it: a column whose amounts the
 * balance subtracts is money out, whatever its header says or whether one was read (a "Paid-in"
 * the header words miss, a debit column set first). A column the balances do not agree on (a
 * signed amount column, or too few rows) keeps its header's side. Amounts with their own sign or
 * Dr/Cr mark keep theirs. An edited row stays wrong against its column's side, for the balance
 * check to see.
 */
function signColumnsByBalance(rows: readonly Row[], opening?: string): void {
  const groups: { x: number; column?: Column; rows: Row[]; add: number; subtract: number }[] = [];
  let previous = opening !== undefined ? toCents(opening) : undefined;
  for (const row of rows) {
    const t = row.transaction;
    const h = Math.max(1, t.bbox?.[3] ?? 30);
    let group = groups.find((g) => (row.column ? g.column === row.column : !g.column && Math.abs(g.x - row.x) < 2 * h));
    if (!group) groups.push(group = { x: row.x, column: row.column, rows: [], add: 0, subtract: 0 });
    group.rows.push(row);
    if (t.balance === undefined) { previous = undefined; continue; }
    const balance = toCents(t.balance);
    const amount = toCents(t.amount);
    const size = amount < 0n ? -amount : amount;
    if (previous !== undefined && size > 0n && !row.explicit) {
      if (balance - previous === size) group.add++;
      else if (previous - balance === size) group.subtract++;
    }
    previous = balance;
  }
  for (const g of groups) {
    const votes = g.add + g.subtract;
    const sided = g.column?.kind === 'credit' || g.column?.kind === 'debit';
    if (Math.max(g.add, g.subtract) < MIN_COLUMN_VOTES || Math.max(g.add, g.subtract) < (sided ? SIDED_AGREEMENT : 1) * votes) continue;
    const debit = g.subtract > g.add;
    for (const row of g.rows) {
      if (row.explicit) continue;
      const t = row.transaction;
      const negative = t.amount.startsWith('-');
      if (debit !== negative) t.amount = negate(t.amount);
      row.signKnown = true;
    }
  }
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

function readRow(line: TextLine, columns: Column[] | null, dateOrder: 'DMY' | 'MDY' | undefined, tokenPattern: RegExp, wrappedDate?: { value: string; start: number; end: number }): Row | BalanceOnly | null {
  const dates = wrappedDate ? [wrappedDate, ...findDates(line.text, dateOrder).filter((d) => d.start >= wrappedDate.end)] : findDates(line.text, dateOrder);
  let first = dates[0];
  // Where the date is no first cell, the row's date is the one under the header's date column
  // (序号|摘要|余额|交易金额|交易日期), and the description starts after the row number.
  // Words that start under the date column itself ("Printed on 2025-06-30") open no row.
  let leadEnd: number | undefined;
  if (!first || (line.text.slice(0, first.start).trim() !== '' && !ROW_NUMBER.test(line.text.slice(0, first.start)))) {
    const lead = line.text.search(/\S/u);
    const leadX = spanBox(line.line, lead, lead + 1)[0];
    first = columns ? dates.find((d) => {
      const column = nearest(columns, spanCentre(line, d.start, d.end), true);
      return column?.kind === 'date' && leadX < column.x0 - line.line.bbox[3];
    }) : undefined;
    if (!first) return null;
    leadEnd = LEADING_ROW_NUMBER.exec(line.text)?.[0].length ?? 0;
  }
  const tokens: { value: string; start: number; end: number; x: number; side?: 'credit' | 'debit'; signed: boolean; cellStart: number }[] = [];
  for (const m of line.text.matchAll(tokenPattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    const parsed = parseMoney(normaliseToken(m[0]));
    if (!parsed) continue;
    const box = spanBox(line.line, start, end);
    const after = SIDE_AFTER.exec(line.text.slice(end));
    const begins = start + m[0].length - m[0].trimStart().length;
    const before = after ? null : SIDE_BEFORE.exec(line.text.slice(0, begins));
    const mark = after?.[1] ?? before?.[1];
    const side = mark ? (CREDIT_MARK.test(mark) ? 'credit' : 'debit') : undefined;
    // A marker before the amount is a cell of its own: the description ends before it.
    const cellStart = before ? (before.index ?? begins) : start;
    // "+1,234.56" states its side as "-88.00" does.
    const signed = parsed.value.startsWith('-') || m[0].trimStart().startsWith('+');
    tokens.push({ value: parsed.value, start, end: end + (after?.[0].length ?? 0), x: box[0] + box[2] / 2, side, signed, cellStart });
  }
  const descriptionFrom = (at: number) => leadEnd ?? (dates.filter((d) => d.start < at).at(-1) ?? first).end;
  if (tokens.length === 1) {
    const only = tokens[0]!;
    return BALANCE_ROW.test(line.text.slice(descriptionFrom(only.start), only.start)) ? { value: only.value, line, start: only.start, end: only.end } : null;
  }
  if (tokens.length < 2) return null;
  let amount: string | undefined;
  let balance: string | undefined;
  let signKnown = false;
  let amountToken: (typeof tokens)[number] | undefined;
  let balanceToken: (typeof tokens)[number] | undefined;
  let amountColumn: Column | undefined;
  if (columns) {
    for (const token of tokens) {
      const column = nearest(columns, token.x);
      if (!column) continue;
      if (column.kind === 'balance') { balance = token.value; balanceToken = token; }
      else {
        amount = column.kind === 'debit' ? negate(token.value) : token.value;
        signKnown = column.kind !== 'amount' || token.signed || token.side !== undefined;
        amountToken = token;
        amountColumn = column;
      }
    }
  }
  if (amount === undefined || balance === undefined) {
    balanceToken = tokens.at(-1)!;
    balance = balanceToken.value;
    const last = tokens.at(-2)!;
    amount = last.side === 'debit' ? negate(last.value) : last.value;
    signKnown = last.signed || last.side !== undefined;
    amountToken = last;
    amountColumn = undefined;
  } else {
    const marked = tokens.find((t) => t.value === amount || negate(t.value) === amount);
    if (marked?.side === 'debit' && !amount.startsWith('-')) amount = negate(amount);
    if (marked?.side === 'credit' && amount.startsWith('-')) amount = negate(amount);
  }
  // A balance marked DR ("1,204.50 DR") is overdrawn; one marked CR, or unmarked, is in credit.
  // A marker column right of the balance marks the amount, not the balance.
  const markerAfter = columns?.some((c) => c.kind === 'side' && c.x > balanceToken!.x) ?? false;
  if (balanceToken?.side === 'debit' && !markerAfter && !balance.startsWith('-')) balance = negate(balance);
  const descriptionStart = descriptionFrom(tokens[0]!.start);
  const descriptionEnd = partyStart(line, columns, descriptionStart, tokens[0]!.cellStart);
  const description = line.text.slice(descriptionStart, descriptionEnd).replace(/\s{2,}/gu, ' ').trim();
  if (SUBTOTAL_ROW.test(description.replace(/[\s:：.。,，()（）\[\]【】*#-]+$|[\s:：*#]+/gu, ' ').trim())) return null;
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
  const explicit = amountToken!.signed || amountToken!.side !== undefined;
  const amountX = spanBox(line.line, tokens[0]!.start, tokens[0]!.end)[0];
  const party = columns?.find((c) => c.kind === 'party' && c.x0 < amountX && c.x0 > spanBox(line.line, descriptionStart, descriptionStart + 1)[0]);
  const descriptionCell = { line, start: descriptionStart, end: descriptionEnd, x1: party ? party.x0 - line.line.bbox[3] / 2 : amountX };
  return { transaction, signKnown, x: amountToken!.x, column: amountColumn, explicit, descriptionCell };
}

/**
 * Where the description of a row ends when a counterparty column (对方户名, Payee) stands between it
 * and the amounts: at the first word that starts under that column's header. `end` otherwise.
 */
function partyStart(line: TextLine, columns: readonly Column[] | null, start: number, end: number): number {
  const h = Math.max(1, line.line.bbox[3]);
  const words = [...line.text.slice(start, end).matchAll(/\S+/gu)].map((m) => start + (m.index ?? 0));
  const x = (at: number) => spanBox(line.line, at, at + 1)[0];
  // A counterparty header over the description itself (交易对方 as its title) cuts nothing.
  const party = words.length ? columns?.find((c) => c.kind === 'party' && c.x0 > x(words[0]!) + h) : undefined;
  if (!party) return end;
  return words.find((at) => x(at) >= party.x0 - h / 2) ?? end;
}

/** A line that opens a row of its own, or carries an amount: no wrapped piece of the row above. */
function isRowStart(line: TextLine): boolean {
  return findDates(line.text).length > 0 || new RegExp(MONEY_TOKEN.source, 'gu').test(line.text);
}

/**
 * "2.424.76" → "2,424.76", "900 00" → "900.00", "15465" → "154.65" (a decimal point OCR lost: a
 * lenient reading, kept only when the balance confirms it); strict tokens only lose their blanks.
 */
function normaliseToken(raw: string): string {
  const t = raw.replace(/^\+/u, '').trim();
  const bare = /^([^\d]*\d+)(\d{2})(\)?)$/u.exec(t);
  if (bare) return `${bare[1]}.${bare[2]}${bare[3]}`;
  const dotted = /^([^\d]*)(\d{1,3}(?:[.,]\d{3})+)[.,]\s?(\d{2})(\)?)$/u.exec(t);
  if (dotted) return `${dotted[1]}${dotted[2]!.replace(/[.,]/gu, ',')}.${dotted[3]}${dotted[4]}`;
  const spaced = /^([^\d]*\d+) (\d{2})(\)?)$/u.exec(t);
  if (spaced) return `${spaced[1]}.${spaced[2]}${spaced[3]}`;
  return t.replace(/\s+/gu, '');
}

/** The column nearest `x`: of the money columns only, unless `withDates`. */
function nearest(columns: readonly Column[], x: number, withDates = false): Column | undefined {
  let best: Column | undefined;
  for (const c of columns) if (c.kind !== 'party' && (withDates || c.kind !== 'date') && (!best || Math.abs(c.x - x) < Math.abs(best.x - x))) best = c;
  return best;
}

function spanCentre(line: TextLine, start: number, end: number): number {
  const box = spanBox(line.line, start, end);
  return box[0] + box[2] / 2;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : value === '0.00' ? value : `-${value}`;
}
