/**
 * blind5's self-check: every expected value of a text PDF must be printed in its text layer in a form
 * a reader would recognise (money with or without separators, dates and months in one of the set's
 * styles), every transaction's date, description, amount and balance on one printed row in table
 * order; ID check characters, Luhn and amounts in words are re-checked; scans must have no text layer.
 * Run from index.ts for each blind5 text PDF, or on its own: `npx tsx samples/generate/verify-blind5.ts`
 * (checks the committed samples/blind5/).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CivilDate } from './calendar.js';
import type { Expected } from './expected.js';
import { idCheckChar, isLuhnValid } from './identity.js';
import { ALL_DATE_FMTS5, fmtDate5, fmtMonth5, num5 } from './kit-blind5.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';

const sq = (t: string): string => t.replace(/\s+/g, '');
const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const civil = (iso: string): CivilDate => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m, d: d ?? 1 };
};
const cents = (v: string): number => Math.round(Number(v) * 100);
const moneyForms = (v: string): string[] => [...new Set([num5(Math.abs(cents(v)), true), num5(Math.abs(cents(v)), false)])];

/** The words must state the amount: 大写 per the domain notes, English words with cents. */
function wordsAgree(text: string, amount: string, lang: 'zh' | 'en'): boolean {
  const c = cents(amount);
  if (lang === 'zh') {
    const body = text.replace(/^人民币/, '');
    return (['元', '圆'] as const).some((yuan) => (['整', '正'] as const).some((whole) => toChineseMoneyWords(c, { yuan, whole }) === body));
  }
  const t = sq(text).toUpperCase();
  const whole = Math.floor(c / 100);
  const cc = c % 100;
  const wholeOk = [true, false].some((hyphen) => [true, false].some((britishAnd) => t.includes(sq(toEnglishWords(whole, { hyphen, britishAnd }).toUpperCase()))));
  const centsOk = cc === 0
    ? !t.includes('CENTS') || t.includes('AND00CENTS')
    : t.includes(`AND${String(cc).padStart(2, '0')}CENTS`) || [true, false].some((hyphen) => t.includes(`AND${sq(toEnglishWords(cc, { hyphen, britishAnd: false }).toUpperCase())}CENTS`));
  return wholeOk && centsOk;
}

function checksums(expected: Expected): void {
  const f = expected.fields;
  const fail = (what: string): never => { throw new Error(`Sample ${expected.id}: ${what}`); };
  if (typeof f.borrowerIdNumber === 'string' && idCheckChar(f.borrowerIdNumber.slice(0, 17)) !== f.borrowerIdNumber[17]) fail('borrower ID check character is wrong');
  for (const k of ['disbursementAccount', 'accountNumber']) if (typeof f[k] === 'string' && !isLuhnValid(f[k] as string)) fail(`${k} fails Luhn`);
  if (typeof f.principalInWordsText === 'string' && !wordsAgree(f.principalInWordsText, String(f.principalInWords), expected.language)) fail(`amount in words "${f.principalInWordsText}" does not state ${f.principalInWords}`);
  if (f.principal !== undefined && f.principal !== f.principalInWords) fail('principal and words differ');
  if (f.netPay !== undefined) {
    if (cents(String(f.grossPay)) - cents(String(f.totalDeductions)) !== cents(String(f.netPay))) fail('gross − deductions ≠ net');
    if (cents(String(f.incomeTax)) + cents(String(f.socialInsurance)) + cents(String(f.housingFund)) > cents(String(f.totalDeductions))) fail('deduction lines exceed the total');
  }
  if (expected.transactions) {
    let bal = cents(String(f.openingBalance));
    let cr = 0;
    let dr = 0;
    for (const t of expected.transactions) {
      const a = cents(t.amount);
      bal += a;
      if (a > 0) cr += a; else dr -= a;
      if (bal !== cents(t.balance)) fail(`running balance breaks at ${t.date} ${t.description}`);
    }
    if (bal !== cents(String(f.closingBalance)) || cr !== cents(String(f.totalCredits)) || dr !== cents(String(f.totalDebits))) fail('opening + credits − debits ≠ closing');
  }
}

/** Throws when an expected value of a blind5 text PDF is not printed, or a checksum or amount in words is wrong. */
export function verifyBlind5Sample(file: string, expected: Expected): void {
  const layoutText = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-']).toString();
  const rawText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
  const text = `${sq(layoutText)}\u0000${sq(rawText)}`;
  const spaced = `${layoutText}\u0000${rawText}`.replace(/\s+/g, ' ');
  const fail = (what: string): never => { throw new Error(`Sample ${expected.id}: ${what}`); };
  const has = (forms: string[], what: string, bounded = false): void => {
    const ok = forms.some((f) => (bounded ? new RegExp(`(^|[^0-9,.])${esc(f)}(?![0-9])`).test(spaced) : text.includes(f)));
    if (!ok) fail(`${what} is not printed in the text layer`);
  };
  const f = expected.fields;
  const money = ['principal', 'grossPay', 'incomeTax', 'socialInsurance', 'housingFund', 'totalDeductions', 'netPay', 'openingBalance', 'closingBalance', 'totalCredits', 'totalDebits'];
  const dates = ['startDate', 'endDate', 'signingDate', 'periodStart', 'periodEnd'];
  for (const [k, raw] of Object.entries(f)) {
    const v = String(raw);
    if (k === 'principalInWords' || k === 'repaymentMethodCode') continue;
    if (money.includes(k)) has(moneyForms(v), `${k} ${v}`, true);
    else if (dates.includes(k)) has(ALL_DATE_FMTS5.map((x) => sq(fmtDate5(civil(v), x))), `${k} ${v}`);
    else if (k === 'payPeriod') has(ALL_DATE_FMTS5.map((x) => sq(fmtMonth5(civil(v), x))), `payPeriod ${v}`);
    else if (k === 'annualRatePercent') has([`${v}%`], `rate ${v}`);
    else if (k === 'termMonths') has([`${v}个月`, `${v}months`], `term ${v}`);
    else if (k === 'currency') has(expected.language === 'zh' ? ['人民币', 'CNY', '¥'] : ({ CNY: ['CNY', 'RMB'], USD: ['USD', 'US$'], HKD: ['HKD', 'HK$'] } as Record<string, string[]>)[v] ?? [v], `currency ${v}`);
    else if (k === 'disbursementAccount' || k === 'accountNumber') {
      if (!text.includes(v)) fail(`${k} ${v} is not printed in the text layer`);
    } else has([sq(v)], `${k} ${v}`);
  }
  checksums(expected);
  // Transactions: one printed row each (description may wrap onto the next line), in order.
  const lines = layoutText.split('\n');
  let at = 0;
  for (const t of expected.transactions ?? []) {
    const dateForms = ALL_DATE_FMTS5.map((x) => fmtDate5(civil(t.date), x));
    const amountRe = new RegExp(`(^|[^0-9,.])(${moneyForms(t.amount).map(esc).join('|')})(?![0-9])`);
    const balanceRe = new RegExp(`(^|[^0-9,.+-])(${moneyForms(t.balance).map(esc).join('|')})(?![0-9])`);
    const descRe = new RegExp(t.description.split(/\s+/).filter(Boolean).map(esc).join('[\\s\\S]*?'));
    let found = -1;
    for (let i = at; i < lines.length && found < 0; i++) {
      const line = lines[i] as string;
      // A wrapped description continues in its own cell on the next line(s): its words in order.
      const near = lines.slice(Math.max(0, i - 1), i + 3).join('\n');
      if (dateForms.some((d) => new RegExp(`(^|[^0-9./-])${esc(d)}(?![0-9])`).test(line)) && amountRe.test(line) && balanceRe.test(line) && descRe.test(near)) found = i;
    }
    if (found < 0) fail(`transaction ${t.date} ${t.description} ${t.amount} ${t.balance} is not printed as a row (after line ${at})`);
    at = found + 1;
  }
}

/** A scan must carry no text layer at all. */
export function verifyBlind5Scan(file: string, expected: Expected): void {
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
  if (sq(raw).length > 0) throw new Error(`Sample ${expected.id}: scanned PDF has a text layer`);
  checksums(expected);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'blind5');
  let n = 0;
  let scans = 0;
  let words = 0;
  let rows = 0;
  for (const name of readdirSync(dir).filter((x) => x.endsWith('.expected.json')).sort()) {
    const expected = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Expected;
    const file = join(dir, `${expected.id}.pdf`);
    if (expected.form === 'scan-pdf') { verifyBlind5Scan(file, expected); scans++; continue; }
    verifyBlind5Sample(file, expected);
    if (expected.fields.principalInWordsText) words++;
    rows += expected.transactions?.length ?? 0;
    n++;
  }
  process.stderr.write(`blind5: ${n} text PDFs print every expected value (${words} amounts in words, ${rows} statement rows checked); ${scans} scans have no text layer; checksums and arithmetic checked\n`);
}
