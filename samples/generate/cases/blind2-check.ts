/**
 * Self-checks for the blind2 case set: a clean twin's facts agree everywhere and its arithmetic
 * holds (and the documents print those facts); each folder is complete (but for a planted missing
 * document) with an application record valid per contract.md; no PDF names an editor in its
 * metadata; and each planted defect is visible in the defective twin's text layer and not in the
 * clean one's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addMonths, compareDates, isoDate } from '../calendar.js';
import { idCheckChar, isLuhnValid } from '../identity.js';
import { toChineseMoneyWords } from '../money-words.js';
import { PLACES } from '../places.js';
import { SALARY_WORDS, type Application } from './defects.js';
import { plain, squash, type Blind2Plan, type DocKey } from './blind2-defects.js';

export function check(condition: boolean, id: string, what: string): void {
  if (!condition) throw new Error(`Case ${id}: ${what}`);
}

const sum = (cents: number[]): number => cents.reduce((a, c) => a + c, 0);

/** Text as the checks compare it: no white space, ASCII digits, no thousands separators, lower case. */
export function normalise(text: string): string {
  return text
    .replace(/[\uff10-\uff19\uff0e\uff0c]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '')
    .replace(/(?<=\d),(?=\d{3})/gu, '')
    .toLowerCase();
}

export const pdfText = (file: string, page?: number, layout = true): string => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']).toString();
/** Both reading orders, layout and raw (a value wrapped inside a table cell reads whole in one of them). */
export const bothTexts = (file: string): string => `${pdfText(file)}\n#\n${pdfText(file, undefined, false)}`;
export const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
/** Images drawn on each page (seal, signature), from pdfimages -list. */
export const pdfImages = (file: string): number => execFileSync('pdfimages', ['-list', file]).toString().split('\n').slice(2).filter((l) => /^\s*\d+\s+\d+\s+image/.test(l)).length;

/** A clean twin says the same thing in every document and the application, and its arithmetic holds. */
export function checkCleanPlan(p: Blind2Plan, id: string): void {
  const { loan, pay, statement: s, application: app, contract: c } = p;
  check(!p.pageOrder && !p.omit && Object.values(c).every((v) => v === undefined || typeof v === 'boolean' || v === 'dash') && !c.noSeal && !c.noSignature, id, 'clean twin carries a planted change');
  check(app.borrower.name === loan.borrower.name && pay.employee.name === loan.borrower.name && s.holder.name === loan.borrower.name, id, 'borrower names differ');
  check(app.borrower.idNumber === loan.borrower.idNumber, id, 'ID numbers differ');
  check(app.loan.principal === plain(loan.principalCents), id, 'principal differs from the application');
  check(app.loan.annualRatePercent === loan.ratePercent && app.loan.termMonths === loan.termMonths, id, 'rate or term differs from the application');
  check(app.loan.disbursementAccount === loan.account && app.loan.collateralAddress === loan.collateralAddress, id, 'account or collateral differs from the application');
  const place = p.collateralPlace;
  const real = PLACES.some((pl) => pl.code === place.code) && (p.lang === 'zh'
    ? loan.collateralAddress.includes(`${place.city}${place.district}`)
    : loan.collateralAddress.includes(`${place.districtEn}, ${place.cityEn}`));
  check(real, id, `collateral address ${loan.collateralAddress} is not in the gazetteer's place`);
  const plusTerm = addMonths(loan.start, loan.termMonths);
  check([isoDate(plusTerm), isoDate(addDays(plusTerm, -1))].includes(isoDate(loan.end)), id, 'end ≠ start + term (either convention)');
  check(compareDates(loan.signing, loan.start) <= 0, id, 'signed after the start date');
  check(sum(pay.earnings.map((l) => l.cents)) === pay.grossCents, id, 'earnings do not add up to gross');
  check(sum(pay.deductions.map((l) => l.cents)) === pay.totalDeductionsCents, id, 'deduction lines do not add up');
  check(pay.grossCents - pay.totalDeductionsCents === pay.netCents, id, 'gross − deductions ≠ net');
  let balance = s.openingCents;
  for (const t of s.transactions) {
    balance += t.cents;
    check(balance === t.balanceCents, id, `running balance breaks at ${isoDate(t.date)}`);
    check(compareDates(t.date, s.periodStart) >= 0 && compareDates(t.date, s.periodEnd) <= 0, id, `transaction ${isoDate(t.date)} outside the period`);
  }
  check(sum(s.transactions.filter((t) => t.cents > 0).map((t) => t.cents)) === s.totalCreditsCents, id, 'total credits');
  check(-sum(s.transactions.filter((t) => t.cents < 0).map((t) => t.cents)) === s.totalDebitsCents, id, 'total debits');
  check(s.openingCents + s.totalCreditsCents - s.totalDebitsCents === s.closingCents && balance === s.closingCents, id, 'statement totals do not reconcile');
  const salary = s.transactions.filter((t) => SALARY_WORDS.test(t.description));
  check(salary.length > 0 && salary.every((t) => t.cents === pay.netCents), id, 'salary credits ≠ pay slip net');
  check(compareDates(s.printDate, s.periodEnd) > 0, id, 'statement printed before its period ends');
}

/** What a clean twin's documents must print (their text layer, normalised). */
export function checkCleanTexts(p: Blind2Plan, id: string, texts: Partial<Record<DocKey, string>>, wordsText: string): void {
  const { loan, pay, statement: s } = p;
  const has = (doc: DocKey, what: string, label: string): void => {
    const text = texts[doc];
    if (text === undefined) return;
    check(text.includes(normalise(what)), id, `${doc} does not print ${label} (${what})`);
  };
  has('contract', plain(loan.principalCents), 'the principal');
  has('contract', loan.account, 'the account');
  has('contract', loan.collateralAddress, 'the collateral address');
  has('contract', loan.borrower.name, 'the borrower');
  has('contract', loan.borrower.idNumber, 'the ID number');
  has('contract', wordsText, 'the words');
  if (p.lang === 'zh') check(wordsText.replace(/^人民币/u, '').replace('圆', '元').replace(/正$/u, '整') === toChineseMoneyWords(loan.principalCents), id, `words ${wordsText} ≠ ${toChineseMoneyWords(loan.principalCents)}`);
  has('payslip', pay.employee.name, 'the employee');
  has('payslip', plain(pay.netCents), 'net pay');
  has('payslip', plain(pay.grossCents), 'gross pay');
  has('statement', s.holder.name, 'the holder');
  has('statement', plain(s.closingCents), 'the closing balance');
  for (const t of s.transactions) has('statement', plain(t.balanceCents), `the balance of ${isoDate(t.date)}`);
}

/** The application record as contract.md defines it. */
function checkApplication(dir: string, id: string): void {
  const app = JSON.parse(readFileSync(join(dir, 'application.json'), 'utf8')) as Partial<Application>;
  check(app.caseId === id, id, `caseId is ${app.caseId}`);
  const { borrower, loan } = app;
  if (!borrower || !loan) throw new Error(`Case ${id}: application.json lacks borrower or loan`);
  check(typeof borrower.name === 'string' && borrower.name.length > 0, id, 'borrower.name missing');
  check(/^\d{17}[\dX]$/.test(borrower.idNumber ?? '') && idCheckChar(borrower.idNumber.slice(0, 17)) === borrower.idNumber[17], id, 'borrower.idNumber invalid');
  check(/^\d+\.\d{2}$/.test(loan.principal ?? ''), id, `loan.principal ${loan.principal}`);
  check(loan.currency === 'CNY', id, 'loan.currency');
  check(/^\d+\.\d+$/.test(loan.annualRatePercent ?? ''), id, 'loan.annualRatePercent');
  check(Number.isInteger(loan.termMonths) && loan.termMonths > 0, id, 'loan.termMonths');
  check(/^\d{16,19}$/.test(loan.disbursementAccount ?? '') && isLuhnValid(loan.disbursementAccount), id, 'loan.disbursementAccount');
  check(typeof loan.collateralAddress === 'string' && loan.collateralAddress.length > 0, id, 'loan.collateralAddress');
  check(JSON.stringify(app.requiredDocuments) === JSON.stringify(['loan_contract', 'pay_slip', 'bank_statement']), id, 'requiredDocuments');
}

const EDITORS = /Word|Excel|WPS|Acrobat|Photoshop|GIMP|Foxit|PDFelement|LibreOffice|OpenOffice|Pages|Preview/u;

/** Every file present and readable, text PDFs with text and scans without, no editor in the metadata. */
export function checkFolder(dir: string, id: string, files: string[], scanned: boolean): void {
  check(existsSync(join(dir, 'application.json')), id, 'application.json missing');
  checkApplication(dir, id);
  for (const f of files) {
    const file = join(dir, f);
    check(existsSync(file), id, `${f} missing`);
    check(pdfPages(file) >= 1, id, `${f} has no pages`);
    const text = squash(pdfText(file));
    check(scanned ? text.length === 0 : text.length > 200, id, `${f} text layer (${text.length} characters) does not fit ${scanned ? 'scan-pdf' : 'text-pdf'}`);
    const info = execFileSync('pdfinfo', [file]).toString();
    const tools = [...info.matchAll(/^(?:Producer|Creator):\s*(.*)$/gmu)].map((m) => m[1]!);
    check(tools.every((t) => !EDITORS.test(t)), id, `${f} metadata names an editor: ${tools.join(', ')}`);
    check(!/^ModDate:/mu.test(info), id, `${f} has a modification date`);
    const bytes = readFileSync(file).toString('latin1');
    check((bytes.match(/%%EOF/g) ?? []).length === 1, id, `${f} has an incremental update`);
  }
}
