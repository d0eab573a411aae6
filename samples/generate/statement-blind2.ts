import { isoDate } from './calendar.js';
import { makeStatementFacts, type Transaction } from './content.js';
import type { ExpectedTransaction, RenderedDoc } from './expected.js';
import { moneyValue, squash } from './format.js';
import { headerCellGrid, multiPairLines, pickBlind2Style, type Blind2Style } from './layout-blind2.js';
import type { Rng } from './prng.js';
import { PdfWriter } from './render-pdf.js';
import type { Currency, Lang } from './variant-types.js';
import { BLIND2_LAYOUTS, formatBlind2Date } from './variants-blind2.js';

/**
 * A blind2 bank statement. `summary-subtotals`: a boxed summary on top, separate credit and debit
 * columns (English: debit first), a 本页合计 / page-total row closing every page. `ledger-marker`: the
 * summary as pairs on two lines; Chinese with explicitly signed amounts (+/−), English with unsigned
 * amounts, a Dr./Cr. marker column and balances suffixed CR. Descriptions run to two or three lines.
 */
export interface Blind2StatementOptions {
  transactions: number;
  layoutIndex: number;
}

interface Column {
  header: string;
  share: number;
  align: 'left' | 'right' | 'center';
}

/** Channels a Chinese core-banking print-out appends to 摘要, for money in and money out. */
const ZH_CHANNELS_IN = ['跨行汇入', '手机银行', '批量代发', '网上银行'];
const ZH_CHANNELS_OUT = ['银联POS消费', '银联快捷支付', '手机银行', '自助设备', '网上银行跨行转账'];
const EN_REF = (rng: Rng): string => rng.pick([`REF ${rng.int(100000, 999999)}`, `FT${rng.int(10000000, 99999999)}`, `VIA MOBILE BANKING`]);

/** The description as printed: the facts' wording plus a channel or reference that makes the cell wrap. */
function printedDescription(rng: Rng, lang: Lang, t: Transaction): string {
  if (!rng.chance(0.65)) return t.description;
  return lang === 'zh' ? `${t.description}（${rng.pick(t.cents > 0 ? ZH_CHANNELS_IN : ZH_CHANNELS_OUT)}）` : `${t.description} ${EN_REF(rng)}`;
}

function maskedAccount(rng: Rng): string {
  return `${rng.pick(['6222', '6217', '6228', '6230'])}****${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** Draws the transaction table page by page; each page ends with a subtotal row that is not a transaction. */
function drawTable(writer: PdfWriter, style: Blind2Style, columns: Column[], rows: string[][], sumRow: (from: number, to: number) => string[]): void {
  const doc = writer.doc;
  const size = style.size * 0.85;
  const pad = size * 0.35;
  const widths = columns.map((c) => c.share * writer.width);
  const xs = widths.map((_, i) => writer.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const bottom = doc.page.height - style.margin - 18;
  const heightOf = (cells: string[], bold: boolean): number =>
    Math.max(...cells.map((c, i) => doc.font(bold ? 'B' : 'R').fontSize(size).heightOfString(c || ' ', { width: (widths[i] as number) - 2 * pad }))) + 2 * pad;
  const drawRow = (cells: string[], bold: boolean, fill: string | null): void => {
    const h = heightOf(cells, bold);
    const y = doc.y;
    if (fill) doc.save().rect(writer.left, y, writer.width, h).fill(fill).restore();
    doc.fillColor('black').font(bold ? 'B' : 'R').fontSize(size);
    cells.forEach((c, i) => doc.text(c, (xs[i] as number) + pad, y + pad, { width: (widths[i] as number) - 2 * pad, align: columns[i]?.align ?? 'left' }));
    doc.save().lineWidth(0.5).strokeColor('#333333').rect(writer.left, y, writer.width, h).stroke();
    for (const x of xs.slice(1)) doc.moveTo(x, y).lineTo(x, y + h).stroke();
    doc.restore();
    doc.y = y + h;
  };
  const header = columns.map((c) => c.header);
  let pageStart = 0;
  drawRow(header, true, '#d9d9d9');
  rows.forEach((row, i) => {
    const need = heightOf(row, false) + heightOf(sumRow(pageStart, i + 1), true);
    if (doc.y + need > bottom) {
      drawRow(sumRow(pageStart, i), true, '#f0f0f0');
      doc.addPage();
      pageStart = i;
      drawRow(header, true, '#d9d9d9');
    }
    drawRow(row, false, null);
  });
  drawRow(sumRow(pageStart, rows.length), true, '#f0f0f0');
  doc.font('R').fontSize(style.size);
  writer.gap(style.size);
}

export async function renderBlind2Statement(rng: Rng, lang: Lang, options: Blind2StatementOptions): Promise<RenderedDoc> {
  const zh = lang === 'zh';
  const currency: Currency = zh ? 'CNY' : rng.pick(['CNY', 'USD', 'HKD', 'CNY'] as const);
  const facts = makeStatementFacts(rng, lang, currency, options.transactions, 0.3);
  const style = pickBlind2Style(rng, lang);
  const layout = BLIND2_LAYOUTS.statement[options.layoutIndex % BLIND2_LAYOUTS.statement.length] as string;
  const l = style.label.bind(style);
  const amt = (cents: number): string => style.amount(cents);
  const headDate = (d: Parameters<typeof isoDate>[0]): string => formatBlind2Date(d, style.dateStyle === 'en-legal' ? 'ymd-mon' : style.dateStyle);
  const rowDate = (d: Parameters<typeof isoDate>[0]): string => formatBlind2Date(d, style.tableDateStyle);
  const descriptions = facts.transactions.map((t) => printedDescription(rng, lang, t));
  const counterparties = facts.transactions.map((t) => (t.counterparty ? `${t.counterparty}/${maskedAccount(rng)}` : ''));
  const credits = facts.transactions.filter((t) => t.cents > 0).length;
  const title = l('statementTitle');

  const writer = new PdfWriter({
    font: style.font, size: style.size, margin: style.margin, lang, title,
    creationDate: new Date(Date.UTC(facts.printDate.y, facts.printDate.m - 1, facts.printDate.d, 16, 40)),
    producer: 'CoreBank eStatement 7',
  });
  writer.heading(title);
  const period = zh ? `${headDate(facts.periodStart)} 至 ${headDate(facts.periodEnd)}` : `${headDate(facts.periodStart)} to ${headDate(facts.periodEnd)}`;
  multiPairLines(writer, style, [
    [[l('bank'), facts.bankName]],
    [[l('holder'), facts.holder.name], [l('accountNumber'), facts.account]],
    [[l('statementPeriod'), period], [l('accountCurrency'), zh ? '人民币' : currency]],
  ]);
  const sum = (from: number, to: number, sign: 1 | -1): number => facts.transactions.slice(from, to).filter((t) => t.cents * sign > 0).reduce((s, t) => s + Math.abs(t.cents), 0);

  if (layout === 'summary-subtotals') {
    headerCellGrid(writer, [[
      { label: l('opening'), value: amt(facts.openingCents) },
      { label: l('creditCount'), value: String(credits) },
      { label: l('totalCredits'), value: amt(facts.totalCreditsCents) },
      { label: l('debitCount'), value: String(facts.transactions.length - credits) },
      { label: l('totalDebits'), value: amt(facts.totalDebitsCents) },
      { label: l('closing'), value: amt(facts.closingCents) },
    ]], style.size * 0.85);
    const creditCol = (t: Transaction): string => (t.cents > 0 ? amt(t.cents) : '');
    const debitCol = (t: Transaction): string => (t.cents < 0 ? amt(-t.cents) : '');
    const columns: Column[] = zh
      ? [{ header: l('colSerial'), share: 0.06, align: 'center' }, { header: l('colDate'), share: 0.12, align: 'left' }, { header: l('colDescription'), share: 0.2, align: 'left' },
        { header: l('colCredit'), share: 0.13, align: 'right' }, { header: l('colDebit'), share: 0.13, align: 'right' }, { header: l('colBalance'), share: 0.14, align: 'right' },
        { header: l('colCounterparty'), share: 0.22, align: 'left' }]
      : [{ header: l('colDate'), share: 0.13, align: 'left' }, { header: l('colDescription'), share: 0.33, align: 'left' },
        { header: l('colDebit'), share: 0.17, align: 'right' }, { header: l('colCredit'), share: 0.17, align: 'right' }, { header: l('colBalance'), share: 0.2, align: 'right' }];
    const rows = facts.transactions.map((t, i) => zh
      ? [String(i + 1), rowDate(t.date), descriptions[i] as string, creditCol(t), debitCol(t), amt(t.balanceCents), counterparties[i] as string]
      : [rowDate(t.date), descriptions[i] as string, debitCol(t), creditCol(t), amt(t.balanceCents)]);
    const pageSum = (from: number, to: number): string[] => zh
      ? ['', '', l('pageTotal'), amt(sum(from, to, 1)), amt(sum(from, to, -1)), '', '']
      : ['', l('pageTotal'), amt(sum(from, to, -1)), amt(sum(from, to, 1)), ''];
    drawTable(writer, style, columns, rows, pageSum);
  } else {
    multiPairLines(writer, style, [
      [[l('opening'), amt(facts.openingCents)], [l('totalCredits'), amt(facts.totalCreditsCents)]],
      [[l('totalDebits'), amt(facts.totalDebitsCents)], [l('closing'), amt(facts.closingCents)]],
    ]);
    const columns: Column[] = zh
      ? [{ header: l('colDate'), share: 0.13, align: 'left' }, { header: l('colDescription'), share: 0.25, align: 'left' }, { header: l('colAmount'), share: 0.16, align: 'right' },
        { header: l('colBalance'), share: 0.17, align: 'right' }, { header: l('colCounterparty'), share: 0.29, align: 'left' }]
      : [{ header: l('colDate'), share: 0.14, align: 'left' }, { header: l('colDescription'), share: 0.36, align: 'left' }, { header: l('colAmount'), share: 0.17, align: 'right' },
        { header: l('colMarker'), share: 0.09, align: 'center' }, { header: l('colBalance'), share: 0.24, align: 'right' }];
    const rows = facts.transactions.map((t, i) => zh
      ? [rowDate(t.date), descriptions[i] as string, `${t.cents > 0 ? '+' : '-'}${amt(Math.abs(t.cents))}`, amt(t.balanceCents), counterparties[i] as string]
      : [rowDate(t.date), descriptions[i] as string, amt(Math.abs(t.cents)), t.cents > 0 ? 'CR' : 'DR', `${amt(t.balanceCents)} CR`]);
    const pageSum = (from: number, to: number): string[] => zh
      ? ['', l('pageTotal'), `+${amt(sum(from, to, 1))} / -${amt(sum(from, to, -1))}`, '', '']
      : ['', `${l('pageTotal')}: ${amt(sum(from, to, -1))} DR / ${amt(sum(from, to, 1))} CR`, '', '', ''];
    drawTable(writer, style, columns, rows, pageSum);
  }
  writer.para(zh
    ? `打印日期：${headDate(facts.printDate)}。本对账单仅反映查询期间内的账务信息，“${l('pageTotal')}”行为当页发生额汇总，不构成交易。`
    : `Printed ${headDate(facts.printDate)}. "${l('pageTotal')}" lines summarise the entries on their page and are not transactions.`, { size: style.size * 0.8 });
  const { pdf, pageCount } = await writer.finish((page, total) => style.footerText(page, total));
  const transactions: ExpectedTransaction[] = facts.transactions.map((t, i) => ({
    date: isoDate(t.date),
    description: descriptions[i] as string,
    amount: moneyValue(t.cents),
    balance: moneyValue(t.balanceCents),
  }));
  return {
    pdf,
    pageCount,
    pages: style.pages(pageCount),
    fields: {
      bankName: squash(facts.bankName),
      accountHolder: squash(facts.holder.name),
      accountNumber: facts.account,
      currency,
      periodStart: isoDate(facts.periodStart),
      periodEnd: isoDate(facts.periodEnd),
      openingBalance: moneyValue(facts.openingCents),
      closingBalance: moneyValue(facts.closingCents),
      totalCredits: moneyValue(facts.totalCreditsCents),
      totalDebits: moneyValue(facts.totalDebitsCents),
    },
    transactions,
    generator: { font: style.font.id, size: style.size, margin: style.margin, layout, footer: style.footer, dateStyle: style.dateStyle, tableDateStyle: style.tableDateStyle, rows: facts.transactions.length },
  };
}
