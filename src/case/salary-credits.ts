/**
 * A pay slip's net pay against the salary credits (工资, 代发, SALARY, PAYROLL) on a statement of
 * the same case, in the pay month or the month after it (salaries are paid in arrears).
 * Differing → AMOUNT_MISMATCH; no salary credit in that window → not compared.
 */
import type { Transaction } from '../model/schema.js';
import { compareMoney } from '../extract/parse/cents.js';
import { caseFinding, chosenOf, MIN_CASE_CONFIDENCE, reliable, where, type CaseCheck } from './case-check.js';

const SALARY = /工资|代发|薪|奖金|salary|payroll|wages/iu;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export const salaryCredits: CaseCheck = {
  id: 'salary-credits',
  run: (ctx, { findings, notCompared }) => {
    const slips = chosenOf(ctx, 'netPay', 'pay_slip');
    const statements = ctx.documents.filter((d) => d.document.docType === 'bank_statement');
    if (slips.length === 0 || statements.length === 0) return;
    for (const net of slips) {
      const period = chosenOf(ctx, 'payPeriod', 'pay_slip').find((p) => p.document?.id === net.document?.id)?.field.value;
      if (typeof period !== 'string' || !reliable(net)) { notCompared.push(`Net pay of ${net.document?.fileName}: pay period unknown or net pay unreliable, not compared with salary credits.`); continue; }
      const months = new Set([period, nextMonth(period)]);
      const credits: { tx: Transaction; file: string; id: string }[] = [];
      for (const s of statements) {
        const rows = s.fields.transactions;
        if (!Array.isArray(rows)) continue;
        const readable = (tx: Transaction) => s.pages[tx.page - 1]?.source !== 'ocr' || tx.confidence >= MIN_CASE_CONFIDENCE;
        for (const tx of rows) if (readable(tx) && SALARY.test(tx.description) && !tx.amount.startsWith('-') && months.has(tx.date.slice(0, 7))) credits.push({ tx, file: s.document.fileName, id: s.document.id });
      }
      if (credits.length === 0) { notCompared.push(`Net pay ${net.field.value} (${period}): no salary credit in ${[...months].join(' or ')} on the case's statements.`); continue; }
      if (credits.some((c) => compareMoney(c.tx.amount, String(net.field.value)) === 0)) continue;
      const c = credits[0]!;
      findings.push(caseFinding('AMOUNT_MISMATCH', `Net pay ${net.field.value} for ${period} in ${net.document?.fileName} differs from the salary credit ${c.tx.amount} on ${c.tx.date} in ${c.file}.`, net, {
        field: 'netPay',
        compared: [where(net), { from: c.file, documentId: c.id, field: 'transactions', date: c.tx.date, description: c.tx.description, value: c.tx.amount, page: c.tx.page, bbox: c.tx.bbox, raw: c.tx.raw }],
        salaryCredits: credits.map((x) => ({ date: x.tx.date, amount: x.tx.amount, file: x.file })),
      }));
    }
  },
};
