/**
 * BALANCE_MISMATCH: a statement whose running balances, totals or opening + credits − debits =
 * closing do not reconcile, to the cent. Points at the first row that breaks the chain. A dated
 * line the extractor could not read as a row breaks the chain without accusing anyone: the
 * comparison restarts after it, and printed totals are then not compared with sums.
 */
import type { Field, Finding, Transaction } from '../model/schema.js';
import { fromCents, toCents } from '../extract/parse/cents.js';
import { collectLines, type TextLine } from '../extract/lines.js';
import { wrappedRowDate } from '../extract/transactions.js';
import { findDates } from '../extract/values.js';
import type { DocumentCheck } from './check.js';
import type { Document } from '../model/document.js';
import { isConfirmed, isMoney, isShakyFigure as isShaky, MIN_OCR_FIGURE_CONFIDENCE, moneyReadings, sourceOf, unreliableFinding } from './reliability.js';

export const statementBalance: DocumentCheck = {
  id: 'statement-balance',
  appliesTo: (doc) => doc.docType === 'bank_statement',
  run: ({ document, extraction }, { findings }) => {
    const f = extraction.fields;
    const money = (name: string): Field | undefined => (isMoney(f[name]?.value) ? f[name] : undefined);
    const opening = money('openingBalance');
    const closing = money('closingBalance');
    const rows = extraction.transactions;
    const unread = unreadRowsBefore(document, rows);
    const lines = collectLines(document);
    const shakyRow = (t: Transaction) => document.pages[t.page - 1]?.source === 'ocr' && t.confidence < MIN_OCR_FIGURE_CONFIDENCE && !isConfirmed(t);

    let previous: bigint | undefined = opening ? toCents(opening.value as string) : undefined;
    const openings = moneyReadings(opening, extraction.mentions.openingBalance).map(toCents);
    let previousRow: Transaction | undefined;
    let complete = rows.length > 0 && !!opening;
    let reported = false;
    const signed: bigint[] = rows.map((r) => toCents(r.amount));
    rows.forEach((row, i) => {
      if (unread[i]) { previous = undefined; complete = false; }
      if (row.balance === undefined) { previous = undefined; complete = false; return; }
      const balance = toCents(row.balance);
      // A debit read into the credit column (OCR'd tables lose column positions; unknown column
      // headers leave amounts unsigned) that reconciles is a reading problem, not a balance problem.
      const flipped = previous !== undefined && previous - toCents(row.amount) === balance;
      const openingFits = !previousRow && openings.some((o) => o + toCents(row.amount) === balance || o - toCents(row.amount) === balance);
      if (previous !== undefined && !flipped && !openingFits && previous + toCents(row.amount) !== balance) {
        complete = false;
        // A scanned row whose date the OCR lost is a line with an amount and a balance that bridge
        // the gap exactly: the chain restarts after it, as after any unread row.
        if (bridgedByUnreadLine(document, lines, rows, i, previous, balance - toCents(row.amount))) { previous = balance; previousRow = row; return; }
        if (!reported) {
          reported = true;
          const compared = {
            row: { index: i + 1, date: row.date, amount: row.amount, balance: row.balance, raw: row.raw, page: row.page, bbox: row.bbox, confidence: row.confidence },
            previousBalance: fromCents(previous),
            previousFrom: previousRow ? { raw: previousRow.raw, page: previousRow.page, bbox: previousRow.bbox } : sourceOf('openingBalance', opening!),
            expectedBalance: fromCents(previous + toCents(row.amount)),
          };
          const shakyBefore = previousRow ? shakyRow(previousRow) : !!opening && isShaky(opening);
          if (shakyRow(row) || shakyBefore) findings.push(unreliableFinding('statement-balance', row.page, row.bbox, compared));
          else findings.push(mismatch(`Row ${i + 1} (${row.date}): previous balance ${fromCents(previous)} ${row.amount.startsWith('-') ? '−' : '+'} ${row.amount.replace(/^-/, '')} = ${fromCents(previous + toCents(row.amount))}, but the row shows ${row.balance}.`, row.page, row.bbox, compared));
        }
      }
      signed[i] = flipped && previous !== undefined && previous + toCents(row.amount) !== balance ? -toCents(row.amount) : toCents(row.amount);
      previous = balance;
      previousRow = row;
    });

    const last = rows.at(-1);
    const closings = moneyReadings(closing, extraction.mentions.closingBalance).map(toCents);
    const credits = money('totalCredits');
    const debits = money('totalDebits');
    const rowsUnread = rowsMissingAtEnd(document, rows, signed, closing, credits, debits);
    if (closing && last?.balance !== undefined && complete && !closings.includes(toCents(last.balance))) {
      const compared = { closingBalance: sourceOf('closingBalance', closing), lastRowBalance: last.balance, lastRow: { raw: last.raw, page: last.page, bbox: last.bbox } };
      if (isShaky(closing) || shakyRow(last) || rowsUnread) findings.push(unreliableFinding('statement-balance', closing.page, closing.bbox, { ...compared, ...(rowsUnread ? { likely: 'rows after the last one read were not read (OCR)' } : {}) }));
      else findings.push(mismatch(`The closing balance ${closing.value} differs from the last row's balance ${last.balance}.`, closing.page, closing.bbox, compared));
    }

    if (opening && closing && credits && debits) {
      const expected = toCents(opening.value as string) + toCents(credits.value as string) - toCents(debits.value as string);
      const [os, cs, ds, ks] = (['openingBalance', 'totalCredits', 'totalDebits', 'closingBalance'] as const).map((n) => moneyReadings(f[n], extraction.mentions[n]).map(toCents));
      const someReadingAddsUp = os!.some((o) => cs!.some((c) => ds!.some((d) => ks!.includes(o + c - d))));
      if (!someReadingAddsUp) {
        const compared = { openingBalance: sourceOf('openingBalance', opening), totalCredits: sourceOf('totalCredits', credits), totalDebits: sourceOf('totalDebits', debits), closingBalance: sourceOf('closingBalance', closing), expectedClosing: fromCents(expected) };
        if ([opening, closing, credits, debits].some(isShaky)) findings.push(unreliableFinding('statement-balance', closing.page, closing.bbox, compared));
        else findings.push(mismatch(`Opening ${opening.value} + credits ${credits.value} − debits ${debits.value} = ${fromCents(expected)}, but the closing balance is ${closing.value}.`, closing.page, closing.bbox, compared));
      }
    }
    if (complete) {
      for (const [total, sign] of [[credits, 1n], [debits, -1n]] as const) {
        if (!total) continue;
        const sum = signed.reduce((s, a) => { const c = a * sign; return c > 0n ? s + c : s; }, 0n);
        if (moneyReadings(total, extraction.mentions[sign === 1n ? 'totalCredits' : 'totalDebits']).map(toCents).includes(sum)) continue;
        const name = sign === 1n ? 'totalCredits' : 'totalDebits';
        const compared = { [name]: sourceOf(name, total), sumOfRows: fromCents(sum), rows: rows.length };
        if (isShaky(total) || rowsUnread) findings.push(unreliableFinding('statement-balance', total.page, total.bbox, compared));
        else findings.push(mismatch(`The printed ${sign === 1n ? 'total credits' : 'total debits'} ${total.value} differ from the sum of the rows, ${fromCents(sum)}.`, total.page, total.bbox, compared));
      }
    }
  },
};

/**
 * On an OCR'd statement, rows the OCR did not read at the end of the table show as a closing
 * balance that differs from the last row's by exactly what the rows' sums fall short of the printed
 * totals. A forged total or closing balance does not fit both that way.
 */
function rowsMissingAtEnd(document: Pick<Document, 'pages'>, rows: readonly Transaction[], signed: readonly bigint[], closing: Field | undefined, credits: Field | undefined, debits: Field | undefined): boolean {
  const last = rows.at(-1);
  if (!last?.balance || !closing || !credits || !debits || document.pages[last.page - 1]?.source !== 'ocr') return false;
  const gap = toCents(closing.value as string) - toCents(last.balance);
  if (gap === 0n) return false;
  const sumCredits = signed.reduce((s, a) => (a > 0n ? s + a : s), 0n);
  const sumDebits = signed.reduce((s, a) => (a < 0n ? s - a : s), 0n);
  return (toCents(credits.value as string) - sumCredits) - (toCents(debits.value as string) - sumDebits) === gap;
}

const OPENING_ROW = /期初|上期|承前|opening|brought\s*forward|b\/f/iu;
const MONEY_FIGURE = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])/gu;

/**
 * On an OCR'd page, a line between row `i` and the row before it that the extractor did not take
 * (its date cell lost), whose last figure is a balance reached from `previous` by another figure on
 * it (± that amount) and leading to `before`, the balance row `i` starts from.
 */
function bridgedByUnreadLine(document: Pick<Document, 'pages'>, lines: readonly TextLine[], rows: readonly Transaction[], i: number, previous: bigint, before: bigint): boolean {
  const row = rows[i]!;
  if (document.pages[row.page - 1]?.source !== 'ocr') return false;
  const taken = new Set(rows.map((r) => `${r.page}|${r.raw}`));
  const at = (r: Transaction) => lines.findIndex((l) => l.page === r.page && l.line.text === r.raw);
  const to = at(row);
  const from = i > 0 ? at(rows[i - 1]!) : -1;
  if (to < 0) return false;
  return lines.slice(Math.max(0, from + 1), to).some((l) => {
    if (taken.has(`${l.page}|${l.line.text}`) || OPENING_ROW.test(l.text)) return false;
    const figures = [...l.text.matchAll(MONEY_FIGURE)].map((m) => toCents(m[0].replace(/,/gu, '')));
    if (figures.length < 2) return false;
    const balance = figures.at(-1)!;
    return balance === before && figures.slice(0, -1).some((a) => previous + a === balance || previous - a === balance);
  });
}

function mismatch(message: string, page: number, bbox: Finding['bbox'], evidence: Record<string, unknown>): Finding {
  return { code: 'BALANCE_MISMATCH', severity: 'high', message, page, ...(bbox ? { bbox } : {}), evidence };
}

/** For each row: whether a dated line with amounts sits between it and the row before, unread. */
function unreadRowsBefore(document: Pick<Document, 'pages'>, rows: readonly Transaction[]): boolean[] {
  const lines = collectLines(document);
  const rowLines = new Set(rows.map((r) => `${r.page}|${r.raw}`));
  const isDatedAmountLine = (text: string) => {
    const first = findDates(text)[0];
    // An opening-balance row is dated and has an amount, but is not a transaction.
    return !!first && text.slice(0, first.start).trim() === '' && !OPENING_ROW.test(text) && /\d[.,]\d{2}(?!\d)/.test(text.slice(first.end));
  };
  // OCR splits and garbles rows ("| 2024.05.05 ~~ SALARY 1166559", a date alone on its line): there
  // any dated line the extractor did not take may be a row, whatever follows the date.
  const isDatedLine = (text: string) => {
    const first = findDates(text)[0];
    return !!first && /^[\s|~_\-.:;'"`!]*$/u.test(text.slice(0, first.start)) && !OPENING_ROW.test(text);
  };
  // A row whose date cell wrapped ("November 15," over "2024") is dated too; a transaction has an
  // amount and a balance, a dated line with one figure states a balance (Balance at Period Start).
  const wrappedDateAmountLine = (l: TextLine, next: TextLine | undefined) => {
    const date = wrappedRowDate(l, next);
    return !!date && !OPENING_ROW.test(l.text) && (l.text.slice(date.end).match(/\d[.,]\d{2}(?!\d)/gu)?.length ?? 0) >= 2;
  };
  const ocrPage = (page: number) => document.pages[page - 1]?.source === 'ocr';
  const at = (r: Transaction) => lines.findIndex((l) => l.page === r.page && l.line.text === r.raw);
  // OCR may also drop a row's line altogether: on a scanned page, a gap between two rows well over
  // the usual row pitch may hide one.
  const gaps = rows.slice(1).map((r, i) => (r.page === rows[i]!.page && r.bbox && rows[i]!.bbox ? r.bbox[1] - rows[i]!.bbox![1] : undefined));
  const known = gaps.filter((g): g is number => g !== undefined && g > 0).sort((a, b) => a - b);
  const pitch = known[Math.floor(known.length / 2)];
  return rows.map((row, i) => {
    const from = i === 0 ? -1 : at(rows[i - 1]!);
    const to = at(row);
    if ((i > 0 && from < 0) || to < 0) return true;
    const gap = i > 0 ? gaps[i - 1] : undefined;
    if (ocrPage(row.page) && pitch && gap !== undefined && known.length >= 3 && gap > 1.6 * pitch) return true;
    return lines.slice(from + 1, to).some((l, k) => !rowLines.has(`${l.page}|${l.line.text}`) && (isDatedAmountLine(l.text) || wrappedDateAmountLine(l, lines[from + 2 + k]) || (ocrPage(l.page) && isDatedLine(l.text))));
  });
}
