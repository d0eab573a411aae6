import { addDays, addMonths, isoMonth } from './calendar.js';
import { makePayFacts, type PayLine } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue, squash } from './format.js';
import { headerCellGrid, lv, multiPairLines, pickBlind2Style, sideBySideTables, type HeaderCell } from './layout-blind2.js';
import { toChineseMoneyWords } from './money-words.js';
import type { Rng } from './prng.js';
import { PdfWriter } from './render-pdf.js';
import type { Currency, Lang } from './variant-types.js';
import { BLIND2_LAYOUTS, formatBlind2Date, formatBlind2Month } from './variants-blind2.js';

/**
 * A blind2 pay slip: earnings and deductions as two tables side by side (`twin-tables`), or rows of
 * header cells over values with the employer named only in the title (`header-cells`).
 */
export async function renderBlind2Payslip(rng: Rng, lang: Lang, layoutIndex: number): Promise<RenderedDoc> {
  const zh = lang === 'zh';
  const currency: Currency = zh ? 'CNY' : rng.pick(['CNY', 'HKD', 'CNY'] as const);
  const facts = makePayFacts(rng, lang, currency, 0.3);
  const style = pickBlind2Style(rng, lang);
  const layout = BLIND2_LAYOUTS.payslip[layoutIndex % BLIND2_LAYOUTS.payslip.length] as string;
  const l = style.label.bind(style);
  const money = (cents: number): string => style.amount(cents);
  const lastDay = addDays(addMonths(facts.period, 1), -1);
  const period = formatBlind2Month(facts.period, lastDay, style.dateStyle);
  // Statements and slips never print the legal "the 15th day of …" form; it is for contracts.
  const payDate = formatBlind2Date(facts.payDate, style.dateStyle === 'en-legal' ? 'ymd-mon' : style.dateStyle);
  const lineLabel = (line: PayLine): string => l(line.key);
  const unit = zh ? l('unitNote') : `${l('unitNote')} ${currency}`;
  const title = l('payslipTitle');

  const writer = new PdfWriter({
    font: style.font, size: style.size, margin: style.margin, lang, title,
    creationDate: new Date(Date.UTC(facts.payDate.y, facts.payDate.m - 1, facts.payDate.d, 8, 0)),
    producer: 'HR Payroll Cloud 2024',
  });
  if (layout === 'twin-tables') {
    writer.heading(title);
    multiPairLines(writer, style, [
      [[l('employer'), facts.employer]],
      [[l('employee'), facts.employee.name], [l('employeeNo'), facts.employeeNo], [l('department'), facts.department]],
      [[l('payPeriod'), period], [l('payDate'), payDate]],
    ]);
    writer.para(unit, { size: style.size * 0.85, align: 'right' });
    const amountHeader = zh ? l('amountCol') : `${l('amountCol')} (${currency})`;
    sideBySideTables(
      writer,
      { title: l('earnings'), amountHeader, rows: facts.earnings.map((e) => [lineLabel(e), money(e.cents)]), total: [l('gross'), money(facts.grossCents)] },
      { title: l('deductions'), amountHeader, rows: facts.deductions.map((d) => [lineLabel(d), money(d.cents)]), total: [l('totalDeductions'), money(facts.totalDeductionsCents)] },
    );
    const words = zh ? `（大写：${toChineseMoneyWords(facts.netCents)}）` : '';
    writer.para(`${lv(style, l('net'), style.money(facts.netCents, currency))}${words}`, { bold: true, size: style.size * 1.15 });
  } else {
    // The employer is named only in the title line, as many payroll print-outs do.
    writer.heading(zh ? `${facts.employer}` : facts.employer, style.size * 1.3);
    writer.para(zh ? `${period}${title}` : `${title} - ${period}`, { align: 'center', bold: true });
    writer.para(unit, { size: style.size * 0.85, align: 'right' });
    const cell = (label: string, value: string, share?: number): HeaderCell => ({ label, value, ...(share ? { share } : {}) });
    const deductionCells = facts.deductions.map((d) => cell(lineLabel(d), money(d.cents)));
    headerCellGrid(writer, [
      [cell(l('employee'), facts.employee.name), cell(l('employeeNo'), facts.employeeNo), cell(l('department'), facts.department), cell(l('payDate'), payDate)],
      [...facts.earnings.map((e) => cell(lineLabel(e), money(e.cents))), cell(l('gross'), money(facts.grossCents))],
      [...deductionCells, cell(l('totalDeductions'), money(facts.totalDeductionsCents))],
      [cell(l('net'), money(facts.netCents), 0.35), cell(zh ? '员工签收' : 'Acknowledged by Employee', '', 0.65)],
    ], style.size * 0.95);
  }
  writer.para(zh ? '本工资条仅供员工本人核对，如有疑问请于发放后七日内向人力资源部反映。' : 'Please check this advice and raise any query with Human Resources within seven days of payment.', { size: style.size * 0.8 });
  const { pdf, pageCount } = await writer.finish((page, total) => style.footerText(page, total));
  const line = (key: PayLine['key']): number => facts.deductions.find((d) => d.key === key)?.cents ?? 0;
  return {
    pdf,
    pageCount,
    pages: style.pages(pageCount),
    fields: {
      employerName: squash(facts.employer),
      employeeName: squash(facts.employee.name),
      payPeriod: isoMonth(facts.period),
      grossPay: moneyValue(facts.grossCents),
      incomeTax: moneyValue(line('incomeTax')),
      socialInsurance: moneyValue(line('socialInsurance')),
      housingFund: moneyValue(line('housingFund')),
      totalDeductions: moneyValue(facts.totalDeductionsCents),
      netPay: moneyValue(facts.netCents),
      currency,
    },
    generator: { font: style.font.id, size: style.size, margin: style.margin, layout, footer: style.footer, dateStyle: style.dateStyle, colon: style.colon },
  };
}
