/**
 * Statement rows: lines that start with a date and carry amounts, their amounts assigned to the
 * columns of the table header above them (收入/支出, 借方/贷方, one signed 金额 column, 余额;
 * Credit/Debit, Deposit/Withdrawal, Amount, Balance) by horizontal position.
 */
import type { Transaction } from '../model/schema.js';
import { parseMoney } from './parse/money.js';
import { findDates } from './values.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';

type ColumnKind = 'credit' | 'debit' | 'amount' | 'balance';

interface Column { kind: ColumnKind; x: number }

const COLUMN_WORDS: [ColumnKind, RegExp][] = [
  ['balance', /余\s*额|账户余额|balance/giu],
  ['credit', /收\s*入(?:金额)?|存\s*入|贷方(?:发生额|金额)?|转入|入账金额|credits?(?:\s*amount)?|deposits?|paid\s*in|money\s*in|receipts?|\bCR\b/giu],
  ['debit', /支\s*出(?:金额)?|取\s*出|借方(?:发生额|金额)?|转出|出账金额|debits?(?:\s*amount)?|withdrawals?|paid\s*out|money\s*out|payments?|\bDR\b/giu],
  ['amount', /交易金额|发生额|金\s*额|amount/giu],
];
const HEADER_CUE = /日\s*期|摘\s*要|说明|用途|对方|date|description|details|particulars|narrative|remarks?/iu;

/** A whole amount token; one that runs on into more digits or separators is not cut short. */
const MONEY_TOKEN = /(?<![\d.,])[-+(]?\s*(?:[¥$]\s*)?(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})\)?(?![\d.,]\d)/gu;

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
  const hasMoney = columns.some((c) => c.kind !== 'balance');
  return hasBalance && hasMoney ? columns : null;
}

/**
 * Transactions of a statement, in document order.
 * @example extractTransactions(collectLines(doc))
 */
export function extractTransactions(lines: readonly TextLine[], dateOrder?: 'DMY' | 'MDY'): Transaction[] {
  const out: Transaction[] = [];
  let columns: Column[] | null = null;
  for (const line of lines) {
    const header = headerColumns(line);
    if (header) { columns = header; continue; }
    const row = readRow(line, columns, dateOrder);
    if (row) out.push(row);
  }
  return out;
}

function readRow(line: TextLine, columns: Column[] | null, dateOrder?: 'DMY' | 'MDY'): Transaction | null {
  const dates = findDates(line.text, dateOrder);
  const first = dates[0];
  if (!first || line.text.slice(0, first.start).trim() !== '') return null;
  const tokens: { value: string; start: number; end: number; x: number; side?: 'credit' | 'debit' }[] = [];
  for (const m of line.text.matchAll(MONEY_TOKEN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (dates.some((d) => start < d.end && end > d.start)) continue;
    const parsed = parseMoney(m[0].replace(/\s+/g, '').replace(/^\+/u, ''));
    if (!parsed) continue;
    const box = spanBox(line.line, start, end);
    // A trailing CR/DR (贷/借) marks the side: "1,234.56 DR" is money out.
    const marker = /^\s*(CR|DR|Cr|Dr|贷|借)(?![A-Za-z])/u.exec(line.text.slice(end));
    const side = marker ? (/^(?:CR|Cr|贷)$/u.test(marker[1]!) ? 'credit' : 'debit') : undefined;
    tokens.push({ value: parsed.value, start, end: end + (marker?.[0].length ?? 0), x: box[0] + box[2] / 2, side });
  }
  if (tokens.length < 2) return null;
  let amount: string | undefined;
  let balance: string | undefined;
  if (columns) {
    for (const token of tokens) {
      const column = nearest(columns, token.x);
      if (!column) continue;
      if (column.kind === 'balance') balance = token.value;
      else if (column.kind === 'debit') amount = negate(token.value);
      else amount = token.value;
    }
  }
  if (amount === undefined || balance === undefined) {
    balance = tokens.at(-1)!.value;
    const last = tokens.at(-2)!;
    amount = last.side === 'debit' ? negate(last.value) : last.value;
  } else {
    const marked = tokens.find((t) => t.value === amount || negate(t.value) === amount);
    if (marked?.side === 'debit' && !amount.startsWith('-')) amount = negate(amount);
    if (marked?.side === 'credit' && amount.startsWith('-')) amount = negate(amount);
  }
  const lastDate = dates.filter((d) => d.start < tokens[0]!.start).at(-1) ?? first;
  const description = line.text.slice(lastDate.end, tokens[0]!.start).replace(/\s{2,}/gu, ' ').trim();
  return {
    date: first.value,
    description,
    amount,
    balance,
    page: line.page,
    bbox: spanBox(line.line, 0, line.text.length),
    raw: line.line.text,
    confidence: Math.round(spanConfidence(line.line, 0, line.text.length) * 100) / 100,
  };
}

function nearest(columns: Column[], x: number): Column | undefined {
  let best: Column | undefined;
  for (const c of columns) if (!best || Math.abs(c.x - x) < Math.abs(best.x - x)) best = c;
  return best;
}

function negate(value: string): string {
  return value.startsWith('-') ? value.slice(1) : value === '0.00' ? value : `-${value}`;
}
