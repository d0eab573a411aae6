/**
 * A pay slip's net pay against the salary credits (工资, 代发, SALARY, PAYROLL) on a statement of
 * the same case, in the pay month or the month after it (salaries are paid in arrears).
 * Differing → AMOUNT_MISMATCH; no salary credit in that window → not compared. When the pay month
 * was not read, a steady salary (every salary credit the same) that is not the net pay differs too.
 */
import type { DocumentReport, Transaction } from '../model/schema.js';
import { compareMoney } from '../extract/parse/cents.js';
import { isConfirmed, printedAsMoney } from '../checks/reliability.js';
import { caseFinding, chosenOf, MIN_CASE_CONFIDENCE, reliable, where, type CaseCheck } from './case-check.js';

const SALARY = /工资|代发|薪|奖金|salary|payroll|wages/iu;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Salary credits (money in, a salary word in the description) of the statements, read reliably. */
function salaryCreditsOf(statements: readonly DocumentReport[]): { tx: Transaction; file: string; id: string }[] {
  const credits: { tx: Transaction; file: string; id: string }[] = [];
  for (const s of statements) {
    const rows = s.fields.transactions;
    if (!Array.isArray(rows)) continue;
    const readable = (tx: Transaction) => s.pages[tx.page - 1]?.source !== 'ocr' || tx.confidence >= MIN_CASE_CONFIDENCE || isConfirmed(tx);
    for (const tx of rows) if (readable(tx) && SALARY.test(tx.description) && !tx.amount.startsWith('-')) credits.push({ tx, file: s.document.fileName, id: s.document.id });
  }
  return credits;
}

export const salaryCredits: CaseCheck = {
  id: 'salary-credits',
  run: (ctx, { findings, notCompared }) => {
    const slips = chosenOf(ctx, 'netPay', 'pay_slip');
    const statements = ctx.documents.filter((d) => d.document.docType === 'bank_statement');
    if (slips.length === 0 || statements.length === 0) return;
    for (const net of slips) {
      const period = chosenOf(ctx, 'payPeriod', 'pay_slip').find((p) => p.document?.id === net.document?.id)?.field.value;
      if (!printedAsMoney(net.field.raw)) { notCompared.push(`Net pay of ${net.document?.fileName}: read from "${net.field.raw}", which is not printed as money; not compared with salary credits.`); continue; }
      if (!reliable(net)) { notCompared.push(`Net pay of ${net.document?.fileName}: read by OCR with confidence ${net.field.confidence}, not compared with salary credits.`); continue; }
      const months = typeof period === 'string' ? new Set([period, nextMonth(period)]) : undefined;
      const all = salaryCreditsOf(statements);
      const credits = months ? all.filter((c) => months.has(c.tx.date.slice(0, 7))) : all;
      if (credits.length === 0) { notCompared.push(`Net pay ${net.field.value}${months ? ` (${period})` : ''}: no salary credit${months ? ` in ${[...months].join(' or ')}` : ''} on the case's statements.`); continue; }
      if (credits.some((c) => compareMoney(c.tx.amount, String(net.field.value)) === 0)) continue;
      // Without the pay month, only a steady salary says what the slip should show: every salary
      // credit of the statements the same amount, and not the net pay.
      const steady = credits.length >= 2 && credits.every((c) => compareMoney(c.tx.amount, credits[0]!.tx.amount) === 0);
      if (!months && !steady) { notCompared.push(`Net pay ${net.field.value} of ${net.document?.fileName}: pay month not read, and ${credits.length === 1 ? 'only one salary credit' : 'the salary credits vary'} (${credits.map((c) => c.tx.amount).join(', ')}); not compared.`); continue; }
      const c = credits[0]!;
      findings.push(caseFinding('AMOUNT_MISMATCH', `Net pay ${net.field.value}${months ? ` for ${period}` : ''} in ${net.document?.fileName} differs from the salary credit ${c.tx.amount} on ${c.tx.date} in ${c.file}${months ? '' : ` (pay month not read; every salary credit on the statement is ${c.tx.amount})`}.`, net, {
        field: 'netPay',
        rule: months ? 'net pay = salary credit of the pay month or the month after' : 'net pay = the steady salary credit (pay month not read)',
        compared: [where(net), { from: c.file, documentId: c.id, field: 'transactions', date: c.tx.date, description: c.tx.description, value: c.tx.amount, page: c.tx.page, bbox: c.tx.bbox, raw: c.tx.raw }],
        salaryCredits: credits.map((x) => ({ date: x.tx.date, amount: x.tx.amount, file: x.file })),
      }));
    }
  },
};
