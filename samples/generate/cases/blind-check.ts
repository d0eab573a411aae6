/**
 * Self-checks for the blind case set: a clean twin's facts are consistent everywhere, every case
 * folder is complete with an application record valid per contract.md, and the two twins differ
 * in exactly the files their defect touches.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, addMonths, compareDates, isoDate } from '../calendar.js';
import { idCheckChar, isLuhnValid } from '../identity.js';
import type { CaseFile, BlindPlan } from './blind-defects.js';
import { SALARY_WORDS, type Application } from './defects.js';

export const CASE_FILES: CaseFile[] = ['contract.pdf', 'payslip.pdf', 'statement.pdf', 'application.json'];
const DOC_TYPES = ['loan_contract', 'pay_slip', 'bank_statement'];

function check(condition: boolean, id: string, what: string): void {
  if (!condition) throw new Error(`Case ${id}: ${what}`);
}

const sum = (cents: number[]): number => cents.reduce((a, c) => a + c, 0);

/** A clean twin says the same thing in every document and the application, and its arithmetic holds. */
export function checkCleanPlan(p: BlindPlan, id: string): void {
  const { loan, pay, statement: s, application: app } = p;
  check(p.contract.wordsCents === undefined && !p.contract.noSeal && !p.contract.noSignature && !p.pageOrder, id, 'clean twin carries a contract change');
  check(app.borrower.name === loan.borrower.name && pay.employee.name === loan.borrower.name && s.holder.name === loan.borrower.name, id, 'borrower names differ');
  check(app.borrower.idNumber === loan.borrower.idNumber, id, 'ID numbers differ');
  check(app.loan.principal === (loan.principalCents / 100).toFixed(2), id, 'principal differs from the application');
  check(app.loan.annualRatePercent === loan.ratePercent && app.loan.termMonths === loan.termMonths, id, 'rate or term differs from the application');
  check(app.loan.disbursementAccount === loan.account && app.loan.collateralAddress === loan.collateralAddress, id, 'account or collateral differs from the application');
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
  }
  check(s.openingCents + s.totalCreditsCents - s.totalDebitsCents === s.closingCents && balance === s.closingCents, id, 'statement totals do not reconcile');
  const salary = s.transactions.filter((t) => SALARY_WORDS.test(t.description));
  check(salary.length > 0 && salary.every((t) => t.cents === pay.netCents), id, 'salary credits ≠ pay slip net');
}

/** The application record as contract.md defines it. */
function checkApplication(dir: string, id: string): void {
  // Read as the record it should be; every field is checked below, so a missing one fails loudly.
  const app = JSON.parse(readFileSync(join(dir, 'application.json'), 'utf8')) as Partial<Application>;
  check(app.caseId === id, id, `caseId is ${app.caseId}`);
  const { borrower, loan } = app;
  if (!borrower || !loan) throw new Error(`Case ${id}: application.json lacks borrower or loan`);
  check(typeof borrower.name === 'string' && borrower.name.length > 0, id, 'borrower.name missing');
  check(/^\d{17}[\dX]$/.test(borrower.idNumber ?? '') && idCheckChar(borrower.idNumber.slice(0, 17)) === borrower.idNumber[17], id, 'borrower.idNumber invalid');
  check(/^\d+\.\d{2}$/.test(loan.principal ?? ''), id, `loan.principal ${loan.principal} is not a two-place decimal string`);
  check(loan.currency === 'CNY', id, 'loan.currency');
  check(/^\d+(\.\d+)?$/.test(loan.annualRatePercent ?? ''), id, 'loan.annualRatePercent');
  check(Number.isInteger(loan.termMonths) && loan.termMonths > 0, id, 'loan.termMonths');
  check(/^\d{16,19}$/.test(loan.disbursementAccount ?? '') && isLuhnValid(loan.disbursementAccount), id, 'loan.disbursementAccount');
  check(typeof loan.collateralAddress === 'string' && loan.collateralAddress.length > 0, id, 'loan.collateralAddress');
  check(JSON.stringify(app.requiredDocuments) === JSON.stringify(DOC_TYPES), id, 'requiredDocuments');
}

const pdfPages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
const pdfText = (file: string): string => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, '');

/** Every file present and readable; text PDFs carry text, scanned ones none. */
export function checkFolder(dir: string, id: string, form: 'text-pdf' | 'scan-pdf'): void {
  for (const f of CASE_FILES) check(existsSync(join(dir, f)), id, `${f} missing`);
  checkApplication(dir, id);
  for (const f of CASE_FILES.filter((n) => n.endsWith('.pdf'))) {
    const file = join(dir, f);
    check(pdfPages(file) >= 1, id, `${f} has no pages`);
    const text = pdfText(file);
    check(form === 'text-pdf' ? text.length > 200 : text.length === 0, id, `${f} text layer (${text.length} characters) does not fit ${form}`);
  }
}

/** The files in which the twins differ (application.json compared without its caseId). */
export function twinDifferences(dir: string, twin: string): CaseFile[] {
  return CASE_FILES.filter((f) => {
    const [a, b] = [join(dir, f), join(twin, f)].map((p) => readFileSync(p));
    if (f !== 'application.json') return !a!.equals(b!);
    const [ja, jb] = [a, b].map((x) => ({ ...JSON.parse(x!.toString()), caseId: '' }));
    return JSON.stringify(ja) !== JSON.stringify(jb);
  });
}

/** Lines of the contract's text layer that one twin has and the other does not (a measure of "identical but for the defect"). */
export function textLineDiff(a: string, b: string): number {
  const lines = (f: string): string[] => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-']).toString().split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
  const [la, lb] = [lines(a), lines(b)];
  const count = (xs: string[]): Map<string, number> => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());
  const [ca, cb] = [count(la), count(lb)];
  let diff = 0;
  for (const [x, n] of ca) diff += Math.max(0, n - (cb.get(x) ?? 0));
  for (const [x, n] of cb) diff += Math.max(0, n - (ca.get(x) ?? 0));
  return diff;
}
