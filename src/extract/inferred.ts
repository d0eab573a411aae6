/**
 * Fields found without their label, from what the value itself proves: a resident ID whose check
 * character is right, a card number that passes Luhn beside an account word, a pay slip's gross
 * that is printed and equals net + deductions, a statement's total that equals the sum of its rows,
 * a contract's principal in figures equal to its amount in words, a term that fits its two dates.
 * Used only where no labelled mention was found, with lower confidence, and always a printed value
 * (the box points at it), never a computed one.
 */
import type { DocType, Field, Transaction } from '../model/schema.js';
import { isValidResidentId, luhnValid } from './parse/account.js';
import { parseMoney } from './parse/money.js';
import { fromCents, toCents } from './parse/cents.js';
import { findDates } from './values.js';
import { contractEndDates } from './parse/date.js';
import { spanBox, spanConfidence, type TextLine } from './lines.js';
import { allMatches } from './patterns.js';

type Sources = ReadonlyMap<number, Field['source']>;

/** Words that put an account or card number beside them. */
const ACCOUNT_CUE = /账\s*号|账\s*户|卡\s*号|account|acct|a\/c|card/iu;
const RESIDENT_ID = /(?<![\dA-Za-z])\d{6}\s?\d{8}\s?\d{3}[\dXx](?![\dA-Za-z])/gu;
/** 16–19 digits, printed whole or in groups (6222 0212 3456 7890 123). */
const CARD = /(?<![\d.,])\d{4}(?:[\s-]?\d{1,4}){3,4}(?![\d.,]?\d)/gu;
const AMOUNT = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?![\d])/gu;

interface Hit { line: TextLine; start: number; end: number; value: string }

/**
 * Fill fields no label gave, from self-proving values and arithmetic between printed amounts.
 * @example inferMissingFields(lines, fields, 'pay_slip', [], sources)
 */
export function inferMissingFields(lines: readonly TextLine[], fields: Record<string, Field>, docType: DocType, transactions: readonly Transaction[], sources: Sources): void {
  const put = (name: string, hit: Hit | undefined, trust: number, rule: string) => {
    if (!hit || fields[name]) return;
    fields[name] = {
      value: hit.value,
      raw: hit.line.line.text.slice(hit.start, hit.end),
      page: hit.line.page,
      bbox: spanBox(hit.line.line, hit.start, hit.end),
      source: sources.get(hit.line.page),
      confidence: Math.round(spanConfidence(hit.line.line, hit.start, hit.end) * trust * 100) / 100,
      evidence: { placement: 'inferred', rule, line: hit.line.line.text.trim() },
    };
  };
  if (docType === 'loan_contract') {
    put('borrowerIdNumber', residentIds(lines)[0], 0.8, 'resident ID check character');
    put('disbursementAccount', cardNumbers(lines, true)[0], 0.7, 'Luhn-valid card number beside an account word');
    const words = fields.principalInWords?.evidence?.value;
    if (typeof words === 'string') put('principal', printedAmounts(lines).find((a) => a.value === words), 0.8, 'equals the amount in words');
    const [start, end] = [fields.startDate?.value, fields.endDate?.value];
    if (typeof start === 'string' && typeof end === 'string') putTerm(lines, start, end, fields, sources);
  }
  if (docType === 'bank_statement') {
    const rows = new Set(transactions.map((t) => t.raw));
    const header = lines.filter((l) => !rows.has(l.line.text)).slice(0, 12);
    put('accountNumber', cardNumbers(header, true)[0] ?? cardNumbers(header, false)[0], 0.7, 'Luhn-valid card number in the statement header');
    inferStatementTotals(lines, fields, transactions, put);
  }
  if (docType === 'pay_slip') inferPaySlipTotals(lines, fields, put);
}

type Put = (name: string, hit: Hit | undefined, trust: number, rule: string) => void;

/** Resident ID numbers whose check character is right, in document order. */
export function residentIds(lines: readonly TextLine[]): Hit[] {
  return lines.flatMap((line) => allMatches(line.text, RESIDENT_ID).flatMap((m) => {
    const value = m[0].replace(/\s/gu, '').toUpperCase();
    const start = m.index ?? 0;
    return isValidResidentId(value) ? [{ line, start, end: start + m[0].length, value }] : [];
  }));
}

/** Card-like numbers (16–19 digits) that pass Luhn; with `cued`, only on or under a line naming an account or card. */
export function cardNumbers(lines: readonly TextLine[], cued: boolean): Hit[] {
  const named = (l: TextLine, i: number) => ACCOUNT_CUE.test(l.text) || (lines[i - 1]?.page === l.page && ACCOUNT_CUE.test(lines[i - 1]!.text));
  return lines.filter((l, i) => !cued || named(l, i)).flatMap((line) => allMatches(line.text, CARD).flatMap((m) => {
    const value = m[0].replace(/[\s-]/gu, '');
    const start = m.index ?? 0;
    // Dates and amounts are no accounts; a grouped number keeps groups of four but for the last.
    const grouped = /[\s-]/u.test(m[0]) ? /^\d{4}(?:[\s-]\d{4})*(?:[\s-]\d{1,4})?$/u.test(m[0]) : true;
    return value.length >= 16 && value.length <= 19 && grouped && luhnValid(value) ? [{ line, start, end: start + m[0].length, value }] : [];
  }));
}

/** A printed count of months (or whole years) that takes the start date to the end date, either convention. */
function putTerm(lines: readonly TextLine[], start: string, end: string, fields: Record<string, Field>, sources: Sources): void {
  if (fields.termMonths || end <= start) return;
  for (const line of lines) {
    for (const m of allMatches(line.text, /(?<![\d.])(\d{1,3})\s*(个月|個月|months?|年|years?)(?![A-Za-z])/giu)) {
      const n = Number(m[1]) * (/年|year/iu.test(m[2]!) ? 12 : 1);
      if (n < 1 || n > 600) continue;
      const { endExclusive, endInclusive } = contractEndDates(start, n);
      if (end !== endExclusive && end !== endInclusive) continue;
      const at = m.index ?? 0;
      fields.termMonths = {
        value: n, raw: line.line.text.slice(at, at + m[0].length), page: line.page, bbox: spanBox(line.line, at, at + m[0].length),
        source: sources.get(line.page), confidence: Math.round(spanConfidence(line.line, at, at + m[0].length) * 70) / 100,
        evidence: { placement: 'inferred', rule: 'start date + term = end date', line: line.line.text.trim() },
      };
      return;
    }
  }
}

/** Printed amounts on lines that are not statement rows (a row starts with a date). */
function printedAmounts(lines: readonly TextLine[]): Hit[] {
  return lines.flatMap((line) => {
    const first = findDates(line.text)[0];
    if (first && line.text.slice(0, first.start).trim() === '') return [];
    return allMatches(line.text, AMOUNT).flatMap((m) => {
      const parsed = parseMoney(m[0]);
      const start = m.index ?? 0;
      return parsed ? [{ line, start, end: start + m[0].length, value: parsed.value }] : [];
    });
  });
}

const money = (f: Field | undefined): bigint | undefined =>
  typeof f?.value === 'string' && /^-?\d+\.\d{2}$/u.test(f.value) ? toCents(f.value) : undefined;

/** Gross = net + deductions, deductions = gross − net, net = gross − deductions: the printed one that fits. */
function inferPaySlipTotals(lines: readonly TextLine[], fields: Record<string, Field>, put: Put): void {
  const amounts = printedAmounts(lines);
  const find = (cents: bigint) => amounts.find((a) => toCents(a.value) === cents);
  const [gross, deductions, net] = [money(fields.grossPay), money(fields.totalDeductions), money(fields.netPay)];
  if (gross === undefined && deductions !== undefined && net !== undefined && deductions > 0n) put('grossPay', find(net + deductions), 0.7, 'net + deductions');
  if (deductions === undefined && gross !== undefined && net !== undefined && gross > net) put('totalDeductions', find(gross - net), 0.7, 'gross − net');
  if (net === undefined && gross !== undefined && deductions !== undefined && gross > deductions) put('netPay', find(gross - deductions), 0.7, 'gross − deductions');
  // Neither gross nor deductions labelled: the one pair of printed figures whose difference is the net.
  if (gross === undefined && deductions === undefined && net !== undefined) {
    const others = amounts.filter((a) => toCents(a.value) !== net);
    const pairs = others.flatMap((g) => others.filter((d) => d.line !== g.line && toCents(g.value) - toCents(d.value) === net && toCents(d.value) > 0n).map((d) => [g, d] as const));
    const distinct = new Set(pairs.map(([g, d]) => `${g.value}-${d.value}`));
    if (distinct.size === 1) {
      put('grossPay', pairs[0]![0], 0.6, 'gross − deductions = net');
      put('totalDeductions', pairs[0]![1], 0.6, 'gross − deductions = net');
    }
  }
}

/** Totals and balances a statement prints outside its rows, recognised by the rows' arithmetic. */
function inferStatementTotals(lines: readonly TextLine[], fields: Record<string, Field>, rows: readonly Transaction[], put: Put): void {
  if (rows.length === 0) return;
  const amounts = printedAmounts(lines);
  const find = (cents: bigint) => amounts.find((a) => toCents(a.value) === cents);
  const signed = rows.map((r) => toCents(r.amount));
  const credits = signed.filter((a) => a > 0n).reduce((s, a) => s + a, 0n);
  const debits = -signed.filter((a) => a < 0n).reduce((s, a) => s + a, 0n);
  // Only a chain of balances that reconciles throughout vouches for the sums.
  const chained = rows.every((r, i) => i === 0 || (r.balance !== undefined && rows[i - 1]!.balance !== undefined && toCents(rows[i - 1]!.balance!) + signed[i]! === toCents(r.balance)));
  if (!chained) return;
  const first = rows[0]!;
  const last = rows.at(-1)!;
  if (first.balance !== undefined) put('openingBalance', find(toCents(first.balance) - signed[0]!), 0.7, 'first balance − first amount');
  if (last.balance !== undefined) put('closingBalance', find(toCents(last.balance)), 0.7, 'last row balance');
  if (credits > 0n) put('totalCredits', find(credits), 0.7, `sum of credits ${fromCents(credits)}`);
  if (debits > 0n) put('totalDebits', find(debits), 0.7, `sum of debits ${fromCents(debits)}`);
}
