import { isoMonth } from './calendar.js';
import { makePayFacts, type PayFacts, type PayLine } from './content.js';
import { groupedWideTable, labelAboveGrid, leaderBlock, leaderColumns } from './layout-blind.js';
import type { RenderedDoc } from './expected.js';
import { formatDate, formatMonth, moneyValue, squash } from './format.js';
import type { Rng } from './prng.js';
import { PdfWriter } from './render-pdf.js';
import { pickStyle, type DocStyle } from './style.js';
import type { Currency, Lang, PayslipLayout, VariantSet } from './variant-types.js';

const withColon = (style: DocStyle, label: string): string => (style.colon === '' ? `${label} ` : `${label}${style.colon}`);

function lineLabel(style: DocStyle, line: PayLine): string {
  return style.label(line.key);
}

function currencyNote(lang: Lang, currency: Currency, rng: Rng): string {
  if (lang === 'zh') return rng.pick(['单位：元', '币种：人民币　单位：元', '金额单位：人民币元']);
  const names: Record<Currency, string> = { CNY: 'RMB', USD: 'USD', HKD: 'HKD' };
  return rng.pick([`Currency: ${names[currency]}`, `All amounts in ${currency}`]);
}

/** "label ........ amount": dots fill the gap to an amount set flush right in a column narrower than the page. */
function dotLeader(writer: PdfWriter, label: string, value: string, bold: boolean): void {
  const doc = writer.doc;
  const width = writer.width * 0.72;
  doc.font(bold ? 'B' : 'R');
  const valueW = doc.widthOfString(value);
  const dotW = doc.widthOfString('.');
  const room = width - doc.widthOfString(`${label} `) - valueW - doc.widthOfString(' ') * 2;
  const dots = '.'.repeat(Math.max(3, Math.floor(room / dotW)));
  writer.ensure(writer.size * 1.8);
  const y = doc.y;
  doc.text(`${label} ${dots}`, writer.left, y, { lineBreak: false });
  doc.text(value, writer.left + width - valueW, y, { lineBreak: false });
  doc.font('R');
  doc.y = y + writer.size * 1.55;
}

/**
 * The deductions as label/value cells, social insurance broken into its pension, medical and
 * unemployment parts (8 : 2 : 0.5) before its subtotal when the set has labels for them.
 */
function splitSocial(style: DocStyle, facts: PayFacts, amt: (cents: number) => string): string[][] {
  return facts.deductions.flatMap((line) => {
    const cell = [lineLabel(style, line), amt(line.cents)];
    if (line.key !== 'socialInsurance' || !style.hasLabel('pension')) return [cell];
    const pension = Math.round((line.cents * 8) / 10.5);
    const medical = Math.round((line.cents * 2) / 10.5);
    return [
      [style.label('pension'), amt(pension)], [style.label('medical'), amt(medical)],
      [style.label('unemployment'), amt(line.cents - pension - medical)], cell,
    ];
  });
}

/**
 * `layoutIndex` picks from the set's pay slip layouts so every layout occurs; random when absent.
 * `given` (case sets only) are the facts to print instead of drawing new ones.
 */
export async function renderPayslip(rng: Rng, variants: VariantSet, lang: Lang, layoutIndex?: number, given?: PayFacts): Promise<RenderedDoc> {
  const currency: Currency = given?.currency ?? (lang === 'zh' ? 'CNY' : rng.pick(['CNY', 'CNY', 'HKD'] as const));
  const facts: PayFacts = given ?? makePayFacts(rng, lang, currency, variants.surnameFirstEnglish);
  const style = pickStyle(rng, variants, lang, ['none']);
  const layouts = variants.layouts.payslip;
  const layout = layoutIndex === undefined ? rng.pick(layouts) : (layouts[layoutIndex % layouts.length] as PayslipLayout);
  const zh = lang === 'zh';
  const periodText = formatMonth(facts.period, style.dateStyle);
  const title = style.label('payslipTitle');
  const writer = new PdfWriter({
    font: style.font, size: style.size, margin: style.margin, lang, title,
    creationDate: new Date(Date.UTC(facts.payDate.y, facts.payDate.m - 1, facts.payDate.d, 8)),
    producer: rng.pick(['HR Payroll System 5.1', 'Kingdee EAS', 'Microsoft Excel']),
  });
  writer.gap(style.size);
  writer.heading(facts.employer, style.size * 1.45);
  writer.heading(zh ? `${periodText}${title}` : `${title} — ${periodText}`, style.size * 1.2);
  const info: Array<[string, string]> = [
    [style.label('employee'), facts.employee.name],
    [style.label('employeeNo'), facts.employeeNo],
    [style.label('department'), facts.department],
    [style.label('payPeriod'), periodText],
  ];
  const showEmployer = rng.chance(0.5);
  if (showEmployer) info.unshift([style.label('employer'), facts.employer]);
  const labelWidth = Math.max(...info.map(([l]) => writer.doc.widthOfString(withColon(style, l)))) + style.size;
  // `banded` and `grid-pairs` set the employee details inside their own tables.
  const ownInfo = layout === 'banded' || layout === 'grid-pairs' || layout === 'grouped-wide' || layout === 'leader-columns';
  for (let i = 0; i < (ownInfo ? 0 : info.length); i += 2) {
    const a = info[i] as [string, string];
    const b = info[i + 1];
    if (layout === 'kv' || layout === 'dot-leaders' || a[0] === style.label('employer')) {
      writer.kv(withColon(style, a[0]), a[1], labelWidth);
      if (b) writer.kv(withColon(style, b[0]), b[1], labelWidth);
    } else {
      writer.kvPair([withColon(style, a[0]), a[1]], b ? [withColon(style, b[0]), b[1]] : undefined, labelWidth);
    }
  }
  // Blind layouts: the details as label-above boxes, or on one line above a payroll-sheet row.
  if (layout === 'leader-columns') labelAboveGrid(writer, info.map(([label, value]) => ({ label, value })), info.length === 5 ? 3 : 4);
  if (layout === 'grouped-wide') {
    const line = info.filter(([l]) => l !== style.label('employee'));
    writer.para(line.map(([l, v]) => `${withColon(style, l).trimEnd()}${zh ? '' : ' '}${v}`).join(zh ? '　　' : '    '));
  }
  writer.para(currencyNote(lang, currency, rng), { align: 'right', size: style.size * 0.85 });
  const amt = (cents: number): string => style.amount(cents);
  const earnings = facts.earnings.map((l) => [lineLabel(style, l), amt(l.cents)]);
  const deductions = facts.deductions.map((l) => [lineLabel(style, l), amt(l.cents)]);
  const gross = [style.label('gross'), amt(facts.grossCents)];
  const totalDed = [style.label('totalDeductions'), amt(facts.totalDeductionsCents)];
  const net = [style.label('net'), amt(facts.netCents)];

  if (layout === 'kv') {
    const rows = [...earnings, gross, ...deductions, totalDed];
    const width = Math.max(...rows.map(([l]) => writer.doc.widthOfString(withColon(style, l as string)))) + style.size * 2;
    writer.rule();
    for (const [l, v] of [...earnings, gross]) writer.kv(withColon(style, l as string), v as string, width);
    writer.rule(0.4, '#888888');
    for (const [l, v] of [...deductions, totalDed]) writer.kv(withColon(style, l as string), v as string, width);
    writer.rule();
    writer.para(`${withColon(style, net[0] as string)}${style.money(facts.netCents, currency)}`, { bold: true, size: style.size * 1.15 });
  } else if (layout === 'item-table') {
    const section = (text: string): string[] => [text, ''];
    const rows = [section(zh ? '【应发项目】' : 'EARNINGS'), ...earnings, gross, section(zh ? '【扣款项目】' : 'DEDUCTIONS'), ...deductions, totalDed, net];
    writer.table({
      columns: [{ header: zh ? '项目' : 'Item', width: 0.6 }, { header: zh ? '金额' : 'Amount', width: 0.4, align: 'right' }],
      rows: rows as string[][],
      grid: 'full',
      boldRows: new Set([0, earnings.length + 1, earnings.length + 2, rows.length - 2, rows.length - 1]),
    });
  } else if (layout === 'wide-table') {
    const cols = [...earnings, gross, ...deductions, totalDed, net];
    writer.table({
      columns: cols.map(([l]) => ({ header: l as string, width: 1 / cols.length, align: 'center' as const })),
      rows: [cols.map(([, v]) => v as string)],
      grid: 'full',
      size: Math.min(style.size * 0.8, 8.5),
    });
  } else if (layout === 'dot-leaders') {
    const head = (text: string): void => writer.para(text, { bold: true, gap: style.size * 0.2 });
    head(zh ? '应发项目' : 'EARNINGS');
    for (const [l, v] of [...earnings, gross]) dotLeader(writer, l as string, v as string, l === gross[0]);
    writer.gap(style.size * 0.4);
    head(zh ? '扣款项目' : 'DEDUCTIONS');
    for (const [l, v] of [...deductions, totalDed]) dotLeader(writer, l as string, v as string, l === totalDed[0]);
    writer.gap(style.size * 0.4);
    dotLeader(writer, net[0] as string, style.money(facts.netCents, currency), true);
  } else if (layout === 'ytd-table') {
    // Year to date: the same lines summed over the months so far (a plain multiple: the month number).
    const months = facts.period.m;
    const ytd = (cents: number): string => amt(cents * months);
    const line = (label: string, cents: number): string[] => [label, amt(cents), ytd(cents)];
    const rows = [
      ...facts.earnings.map((l) => line(lineLabel(style, l), l.cents)), line(gross[0] as string, facts.grossCents),
      ...facts.deductions.map((l) => line(lineLabel(style, l), l.cents)), line(totalDed[0] as string, facts.totalDeductionsCents),
      line(net[0] as string, facts.netCents),
    ];
    const n = rows.length;
    writer.table({
      columns: [
        { header: zh ? '项目' : 'Item', width: 0.44 },
        { header: style.label('colCurrentMonth'), width: 0.28, align: 'right' },
        { header: style.label('colYearToDate'), width: 0.28, align: 'right' },
      ],
      rows,
      grid: 'rules',
      boldRows: new Set([earnings.length, n - 2, n - 1]),
    });
  } else if (layout === 'banded') {
    // A spreadsheet-style slip: bands of one header row of items over one row of values.
    const band = (cells: string[][], size: number): void => writer.table({
      columns: cells.map(([l]) => ({ header: l as string, width: 1 / cells.length, align: 'center' as const })),
      rows: [cells.map(([, v]) => v as string)],
      grid: 'full',
      size,
    });
    const small = Math.min(style.size * 0.85, 9);
    band(info.map(([l, v]) => [l, v]), small);
    band([...earnings, gross] as string[][], small);
    band([...splitSocial(style, facts, amt), totalDed, net] as string[][], Math.min(style.size * 0.8, 8.5));
  } else if (layout === 'grid-pairs') {
    // One ruled grid, two label/value pairs per row, filled row by row: details, then every item.
    const cells = [...info.map(([l, v]) => [l, v]), ...earnings, gross, ...splitSocial(style, facts, amt), totalDed] as string[][];
    const rows: string[][] = [];
    for (let i = 0; i < cells.length; i += 2) rows.push([...(cells[i] as string[]), ...(cells[i + 1] ?? ['', ''])]);
    rows.push([net[0] as string, style.money(facts.netCents, currency), '', '']);
    writer.table({
      columns: [{ header: '', width: 0.24 }, { header: '', width: 0.26, align: 'right' }, { header: '', width: 0.24 }, { header: '', width: 0.26, align: 'right' }],
      rows,
      grid: 'full',
      header: false,
      boldRows: new Set([rows.length - 1]),
    });
  } else if (layout === 'grouped-wide') {
    // One row of a payroll sheet: who, what was earned, what was withheld, what was paid.
    groupedWideTable(writer, [
      { title: zh ? '人员' : 'Employee', cells: [[style.label('employee'), facts.employee.name]] },
      { title: zh ? '应发项目' : 'Earnings', cells: [...earnings, gross] as string[][] },
      { title: zh ? '扣款项目' : 'Deductions', cells: [...deductions, totalDed] as string[][] },
      { title: zh ? '实发' : 'Payment', cells: [net as string[]] },
    ], Math.min(style.size * 0.75, 7.5));
  } else if (layout === 'leader-columns') {
    leaderColumns(writer,
      { title: zh ? '收入项目' : 'EARNINGS', lines: [...earnings.map(([l, v]) => [l, v] as [string, string]), [gross[0] as string, gross[1] as string, true]] },
      { title: zh ? '扣除项目' : 'DEDUCTIONS', lines: [...deductions.map(([l, v]) => [l, v] as [string, string]), [totalDed[0] as string, totalDed[1] as string, true]] });
    writer.rule(0.6, '#666666');
    leaderBlock(writer, [[net[0] as string, style.money(facts.netCents, currency), true]], 0.6);
  } else {
    const left = [...earnings, gross];
    const right = [...deductions, totalDed];
    const n = Math.max(left.length, right.length);
    const rows = Array.from({ length: n }, (_, i) => [...(left[i] ?? ['', '']), ...(right[i] ?? ['', ''])] as string[]);
    writer.table({
      columns: [
        { header: zh ? '收入项目' : 'Earnings', width: 0.3 }, { header: zh ? '金额' : 'Amount', width: 0.2, align: 'right' },
        { header: zh ? '扣除项目' : 'Deductions', width: 0.3 }, { header: zh ? '金额' : 'Amount', width: 0.2, align: 'right' },
      ],
      rows,
      grid: 'zebra',
    });
    writer.para(`${withColon(style, net[0] as string)}${style.money(facts.netCents, currency)}`, { bold: true, size: style.size * 1.2, align: 'right' });
  }
  writer.gap(style.size);
  const payDate = formatDate(facts.payDate, style.dateStyle);
  writer.para(zh ? `发放日期：${payDate}` : `Payment date: ${payDate}`, { size: style.size * 0.9 });
  writer.para(zh
    ? '本工资条仅供员工本人核对，请妥善保管。如有疑问，请于三个工作日内联系人力资源部。'
    : 'This pay slip is confidential. Please contact Human Resources within three working days if you have any query.', { size: style.size * 0.8 });
  const { pdf, pageCount } = await writer.finish(() => null);
  const byKey = (key: PayLine['key']): number | undefined => facts.deductions.find((l) => l.key === key)?.cents;
  return {
    pdf,
    pageCount,
    pages: Array.from({ length: pageCount }, () => ({})),
    fields: {
      employerName: squash(facts.employer),
      employeeName: squash(facts.employee.name),
      payPeriod: isoMonth(facts.period),
      grossPay: moneyValue(facts.grossCents),
      incomeTax: moneyValue(byKey('incomeTax') ?? 0),
      socialInsurance: moneyValue(byKey('socialInsurance') ?? 0),
      housingFund: moneyValue(byKey('housingFund') ?? 0),
      totalDeductions: moneyValue(facts.totalDeductionsCents),
      netPay: moneyValue(facts.netCents),
      currency,
    },
    generator: { font: style.font.id, size: style.size, margin: style.margin, layout, dateStyle: style.dateStyle, colon: style.colon, employerLabelled: showEmployer },
  };
}
