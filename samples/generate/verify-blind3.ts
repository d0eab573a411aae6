/**
 * blind3's own self-check: every expected value of a text PDF must be printed in its text layer in
 * a form a reader would recognise (money with or without separators, dates in one of the set's
 * styles, transactions in table order). Run from index.ts for each blind3 text PDF, or on its own:
 * `npx tsx samples/generate/verify-blind3.ts` (checks the committed samples/blind3/).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CivilDate } from './calendar.js';
import type { Expected } from './expected.js';
import { fmtDate, fmtMonth, num, type DateFmt } from './kit-blind3.js';

const FMTS: DateFmt[] = ['zh-full', 'zh-pad', 'dot', 'slash', 'dash', 'en-long', 'en-dmon', 'en-monday', 'dmy', 'upper'];
const sq = (t: string): string => t.replace(/\s+/g, '');
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const civil = (iso: string): CivilDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d: d ?? 1 };
};
const cents = (v: string): number => Math.round(Number(v) * 100);

function moneyForms(v: string): string[] {
  const c = Math.abs(cents(v));
  return [...new Set([num(c, true), num(c, false)])];
}
function dateForms(iso: string): string[] {
  return [...new Set(FMTS.map((f) => sq(fmtDate(civil(iso), f))))];
}

/** Throws when an expected value of a blind3 text PDF is not printed. */
export function verifyBlind3Sample(file: string, expected: Expected): void {
  // Either reading order counts: -layout keeps table rows together, the raw order keeps wrapped cells together.
  const layoutText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).toString();
  const rawText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
  const text = `${sq(layoutText)}\u0000${sq(rawText)}`;
  // Numbers are looked up where white space still separates them from their neighbours.
  const spaced = `${layoutText}\u0000${rawText}`.replace(/\s+/g, ' ');
  const layout = layoutText.replace(/\s+/g, ' ');
  const fail = (what: string): never => { throw new Error(`Sample ${expected.id}: ${what} is not printed in the text layer`); };
  // Amounts must not be the tail or head of a longer number; other values are looked up as they are.
  const has = (forms: string[], what: string, bounded = false): void => {
    if (!forms.some((f) => (bounded ? new RegExp(`(^|[^0-9,.])${esc(f)}(?![0-9])`).test(spaced) : text.includes(f)))) fail(what);
  };
  const f = expected.fields;
  const money = ['principal', 'grossPay', 'incomeTax', 'socialInsurance', 'housingFund', 'totalDeductions', 'netPay', 'openingBalance', 'closingBalance', 'totalCredits', 'totalDebits'];
  const dates = ['startDate', 'endDate', 'signingDate', 'periodStart', 'periodEnd'];
  for (const [k, raw] of Object.entries(f)) {
    const v = String(raw);
    if (k === 'principalInWords' || k === 'repaymentMethodCode') continue;
    if (money.includes(k)) has(moneyForms(v), `${k} ${v}`, true);
    else if (dates.includes(k)) has(dateForms(v), `${k} ${v}`);
    else if (k === 'payPeriod') has(FMTS.map((x) => sq(fmtMonth(civil(v), x))), `payPeriod ${v}`);
    else if (k === 'annualRatePercent') has([`${v}%`], `rate ${v}`);
    else if (k === 'termMonths') has([`${v}个月`, `${v}months`], `term ${v}`);
    else if (k === 'currency') has(expected.language === 'zh' ? ['人民币'] : [v], `currency ${v}`);
    else has([sq(v)], `${k} ${v}`);
  }
  let cursor = 0;
  for (const t of expected.transactions ?? []) {
    const dateAlt = FMTS.map((x) => esc(fmtDate(civil(t.date), x)).replace(/ /g, '\\s?')).join('|');
    const amountAlt = moneyForms(t.amount).map(esc).join('|');
    const balanceAlt = moneyForms(t.balance).map(esc).join('|');
    const desc = [...sq(t.description)].map(esc).join('\\s?');
    const row = new RegExp(`(${dateAlt}).{0,24}?${desc}.{0,8}?(?<![0-9,.])(${amountAlt}) .{0,4}?(${balanceAlt})(?![0-9])`, 'u');
    const m = row.exec(layout.slice(cursor));
    if (m) {
      cursor += m.index + m[0].length;
      continue;
    }
    // A wrapped description: its first words on the row's line, the rest on the next line after the amounts.
    const words = t.description.split(/\s+/);
    const wrapped = words.slice(1).map((_, k) => {
      const head = [...sq(words.slice(0, k + 1).join(''))].map(esc).join('\\s?');
      const tail = [...sq(words.slice(k + 1).join(''))].map(esc).join('\\s?');
      return new RegExp(`(${dateAlt}).{0,24}?${head} .{0,8}?(?<![0-9,.])(${amountAlt}) .{0,4}?(${balanceAlt}) .{0,60}?${tail}`, 'u');
    });
    const w = wrapped.map((r) => r.exec(layout.slice(cursor))).find((x) => x);
    if (!w) fail(`transaction ${t.date} ${t.description} ${t.amount} ${t.balance}`);
    cursor += (w as RegExpExecArray).index + (w as RegExpExecArray)[0].length;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'blind3');
  let n = 0;
  for (const name of readdirSync(dir).filter((x) => x.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected;
    if (expected.form !== 'text-pdf') continue;
    verifyBlind3Sample(join(dir, `${expected.id}.pdf`), expected);
    n++;
  }
  process.stderr.write(`blind3: ${n} text PDFs print every expected value\n`);
}
