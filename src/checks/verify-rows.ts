/**
 * Statement rows for verify-values.ts: the amount and balance of a row the running balance does not
 * back, read again from their boxes in the row's line.
 */
import type { Field, Transaction, Verification } from '../model/schema.js';
import type { Document, Line, Page } from '../model/document.js';
import { fromCents, toCents } from '../extract/parse/cents.js';
import { spanBox } from '../extract/lines.js';
import { isConfirmed, isMoney } from './reliability.js';
import { needsBacking, type Kind } from './verify-values.js';

export type RereadFn = (page: Page, box: Field['bbox'], kind: Kind, raw: string, method: number) => Promise<{ value: unknown; raw: string; confidence: number; method: string } | undefined>;

/**
 * Statement rows the running balance does not back (where the chain breaks, or the first row when
 * no opening balance was read): their amount and balance decide a BALANCE_MISMATCH or a salary
 * comparison, so read them again.
 */
export async function verifyRows(document: Document, rows: Transaction[], balanceBacked: ReadonlySet<Transaction>, opening: Field | undefined, reread: RereadFn, more: () => boolean): Promise<void> {
  for (const [i, row] of rows.entries()) {
    const page = document.pages[row.page - 1];
    if (!page?.image || !needsBacking(page, row.confidence) || isConfirmed(row) || !more()) continue;
    const line = page.lines.find((l) => l.text === row.raw);
    if (!line) continue;
    const boxes = moneyBoxes(line, row);
    if (!boxes.amount) continue;
    const reads: NonNullable<Verification['reads']> = [];
    const readTwice = async (box: Field['bbox'], expected: string): Promise<{ same: boolean; values: bigint[] }> => {
      const values: bigint[] = [];
      for (const method of [0, 1]) {
        const got = await reread(page, box, 'money', expected, method);
        if (got) reads.push(got);
        if (got?.value === undefined || !isMoney(got.value)) continue;
        if (abs(toCents(got.value)) === abs(toCents(expected))) return { same: values.length === 0, values };
        values.push(abs(toCents(got.value)));
      }
      return { same: false, values };
    };
    const amount = await readTwice(boxes.amount, row.amount);
    const balanceOk = balanceBacked.has(row) || (boxes.balance && row.balance ? (await readTwice(boxes.balance, row.balance)).same : false);
    const by = [...(row.verification?.by ?? []), 'reread', ...(balanceBacked.has(row) ? ['running-balance'] : [])];
    if (amount.same && balanceOk) { row.verification = { status: 'confirmed', by, reads }; continue; }
    // An amount read again as another value that closes the running balance between two backed
    // balances: a reading plus arithmetic ("18.797.82" taken as 18.79, read again as 18,797.82).
    const before = i > 0 ? rows[i - 1] : undefined;
    const previous = before ? (isConfirmed(before) || balanceBacked.has(before) ? before.balance : undefined) : opening && isConfirmed(opening) ? String(opening.value) : undefined;
    if (balanceOk && previous && isMoney(previous) && row.balance && isMoney(row.balance)) {
      const delta = toCents(row.balance) - toCents(previous);
      const fits = amount.values.find((v) => v === abs(delta));
      if (fits !== undefined) {
        row.verification = { status: 'corrected', by: [...by, 'running-balance'], reads, original: row.amount };
        row.amount = fromCents(delta);
        continue;
      }
    }
    row.verification = { status: 'unconfirmed', by: row.verification?.by ?? [], reads };
  }
}

const abs = (x: bigint) => (x < 0n ? -x : x);

const MONEY_TOKEN = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?![\d.,]\d)/gu;

/** Boxes of a row's amount and balance within its line: the money tokens whose digits match. */
function moneyBoxes(line: Line, row: Transaction): { amount?: Field['bbox']; balance?: Field['bbox'] } {
  const tokens = [...line.text.matchAll(MONEY_TOKEN)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, cents: toCents(m[0].replace(/,/gu, '')) }));
  const amountCents = abs(toCents(row.amount));
  const balanceCents = row.balance && isMoney(row.balance) ? toCents(row.balance) : undefined;
  const balanceAt = balanceCents === undefined ? -1 : tokens.map((t) => t.cents).lastIndexOf(balanceCents);
  const amountAt = tokens.findIndex((t, k) => k !== balanceAt && t.cents === amountCents);
  // Each box runs on to the next amount (or the line's end): a reading of just the token the
  // extractor took would confirm an amount it cut short ("4,107. 80" taken as 4,107).
  const until = (k: number) => (k + 1 < tokens.length ? tokens[k + 1]!.start : line.text.length);
  return {
    ...(amountAt >= 0 ? { amount: spanBox(line, tokens[amountAt]!.start, until(amountAt)) } : {}),
    ...(balanceAt >= 0 ? { balance: spanBox(line, tokens[balanceAt]!.start, until(balanceAt)) } : {}),
  };
}

