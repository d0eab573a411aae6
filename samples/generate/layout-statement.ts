import { addDays, isoDate } from './calendar.js';
import { makeStatementFacts, type StatementFacts } from './content.js';
import { labelAboveGrid, leaderBlock } from './layout-blind.js';
import type { RenderedDoc } from './expected.js';
import { formatAmount, formatDate, moneyValue, squash } from './format.js';
import type { Rng } from './prng.js';
import { PdfWriter, type TableColumn } from './render-pdf.js';
import { makeSeal } from './seal.js';
import { footerText, pickStyle, type DocStyle } from './style.js';
import type { Currency, Lang, StatementLayout, VariantSet } from './variant-types.js';

export interface StatementOptions {
  transactions: number;
  /** Index into the set's statement layouts, so every layout occurs; random when absent. */
  layoutIndex?: number;
  /** Case sets only: the facts to print instead of drawing new ones (`transactions` is then ignored). */
  facts?: StatementFacts;
}

const withColon = (style: DocStyle, label: string): string => (style.colon === '' ? `${label} ` : `${label}${style.colon}`);

const CURRENCY_NAMES: Record<Lang, Record<Currency, string>> = {
  zh: { CNY: '人民币', USD: '美元', HKD: '港币' },
  en: { CNY: 'CNY', USD: 'USD', HKD: 'HKD' },
};

export async function renderStatement(rng: Rng, variants: VariantSet, lang: Lang, options: StatementOptions): Promise<RenderedDoc> {
  const zh = lang === 'zh';
  const currency: Currency = options.facts?.currency ?? (zh ? 'CNY' : rng.pick(['CNY', 'USD', 'CNY'] as const));
  const facts = options.facts ?? makeStatementFacts(rng, lang, currency, options.transactions, variants.surnameFirstEnglish);
  const style = pickStyle(rng, variants, lang);
  const layouts = variants.layouts.statement;
  const layout = options.layoutIndex === undefined ? rng.pick(layouts) : (layouts[options.layoutIndex % layouts.length] as StatementLayout);
  const signed = layout === 'signed-plain' || layout === 'signed-rules';
  const withCounterparty = zh && rng.chance(0.5);
  const openingRow = rng.chance(0.4);
  const size = Math.min(style.size, 10.5);
  const title = style.label('statementTitle');
  const seal = await makeSeal(facts.bankName, lang, zh ? '业务专用章' : 'VERIFIED');

  const writer = new PdfWriter({
    font: style.font, size, margin: Math.min(style.margin, 60), lang, title,
    creationDate: new Date(Date.UTC(facts.printDate.y, facts.printDate.m - 1, facts.printDate.d, 10, 12)),
    producer: rng.pick(['Core Banking eStatement', 'iText 5.5.13', 'BIRT Report Engine']),
  });
  writer.heading(facts.bankName, size * 1.6, rng.chance(0.5) ? 'left' : 'center');
  writer.heading(title, size * 1.3);
  const period = zh
    ? `${style.date(facts.periodStart)} 至 ${style.date(facts.periodEnd)}`
    : `${style.date(facts.periodStart)} to ${style.date(facts.periodEnd)}`;
  const info: Array<[string, string]> = [
    [style.label('holder'), facts.holder.name],
    [style.label('accountNumber'), style.accountNumber(facts.account)],
    [zh ? '币种' : 'Currency', CURRENCY_NAMES[lang][currency]],
    [style.label('statementPeriod'), period],
  ];
  if (rng.chance(0.5)) info.push([style.label('bank'), zh ? `${facts.bankName}${facts.holder.place.city.replace(/市$/, '')}分行` : `${facts.bankName}, ${facts.holder.place.cityEn} Branch`]);
  // `paren-signed` states the opening balance in its summary box instead.
  if (!openingRow && layout !== 'paren-signed') info.push([style.label('opening'), style.amount(facts.openingCents)]);
  if (layout === 'value-date-split') {
    // The account details in a ruled box, two label/value pairs per row.
    const boxRows: string[][] = [];
    for (let i = 0; i < info.length; i += 2) boxRows.push([...(info[i] as [string, string]), ...(info[i + 1] ?? ['', ''])]);
    writer.table({ columns: [{ header: '', width: 0.17 }, { header: '', width: 0.33 }, { header: '', width: 0.17 }, { header: '', width: 0.33 }], rows: boxRows, grid: 'full', header: false, size: size * 0.95 });
  } else if (layout === 'boxed-split') {
    labelAboveGrid(writer, info.map(([label, value]) => ({ label, value })), 3, size);
  } else {
    const labelWidth = Math.max(...info.map(([l]) => writer.doc.widthOfString(withColon(style, l)))) + size;
    for (const [l, v] of info) writer.kv(withColon(style, l), v, labelWidth);
  }
  // Blind layouts print English table dates in the document's own style, and say when it is day first.
  const blindLayout = layout === 'boxed-split' || layout === 'signed-leaders';
  if (blindLayout && !zh && style.dateStyle === 'dmy-slash') writer.para('All dates are shown as DD/MM/YYYY.', { size: size * 0.85 });
  if (layout === 'paren-signed') {
    // An account summary box above the transactions: the totals stated once, here, not after the table.
    const summary: Array<[string, number]> = [
      [style.label('opening'), facts.openingCents], [style.label('totalCredits'), facts.totalCreditsCents],
      [style.label('totalDebits'), facts.totalDebitsCents], [style.label('closing'), facts.closingCents],
    ];
    writer.table({
      columns: summary.map(([l]) => ({ header: l, width: 0.25, align: 'right' as const })),
      rows: [summary.map(([, c]) => formatAmount(c, style.thousands))],
      grid: 'full',
      size: size * 0.9,
    });
  }
  writer.gap(size * 0.4);

  const tableDateStyle = blindLayout && !zh ? style.dateStyle : style.tableDateStyle;
  const dateText = (d: Parameters<typeof formatDate>[0]): string => formatDate(d, tableDateStyle);
  const amount = (c: number): string => formatAmount(c, style.thousands);
  const valueDated = layout === 'value-date-split';
  const columns: TableColumn[] = valueDated
    ? [{ header: style.label('colDate'), width: 0.14 }, { header: style.label('colValueDate'), width: 0.13 }, { header: style.label('colDescription'), width: withCounterparty ? 0.14 : 0.25 }]
    : [{ header: style.label('colDate'), width: 0.15 }, { header: style.label('colDescription'), width: withCounterparty ? 0.2 : 0.33 }];
  if (withCounterparty) columns.push({ header: style.label('colCounterparty'), width: valueDated ? 0.16 : 0.21 });
  const rest = valueDated ? (withCounterparty ? 0.43 : 0.48) : withCounterparty ? 0.44 : 0.52;
  // `crdr-suffix`: unsigned amounts marked CR/DR after the number; `dc-flag`: a debit/credit indicator column.
  const suffixed = layout === 'crdr-suffix';
  const flagged = layout === 'dc-flag';
  const balanceMark = suffixed && rng.chance(0.5) ? ' CR' : '';
  // Indicator values follow the column's header: 收/支 or 借/贷; D/C, Dr/Cr or DR/CR. [money out, money in].
  const flagHeader = flagged ? style.label('colFlag') : '';
  const flags: [string, string] = zh ? (flagHeader.includes('收') ? ['支', '收'] : ['借', '贷'])
    : flagHeader === 'D/C' ? ['D', 'C'] : flagHeader === 'Dr/Cr' ? ['Dr', 'Cr'] : ['DR', 'CR'];
  if (signed || layout === 'paren-signed' || layout === 'signed-leaders') {
    columns.push({ header: style.label('colAmount'), width: rest / 2, align: 'right' }, { header: style.label('colBalance'), width: rest / 2, align: 'right' });
  } else if (suffixed) {
    columns.push({ header: style.label('colAmount'), width: rest / 2, align: 'right' }, { header: style.label('colBalance'), width: rest / 2, align: 'right' });
  } else if (flagged) {
    columns.push({ header: flagHeader, width: 0.08, align: 'center' }, { header: style.label('colAmount'), width: (rest - 0.08) / 2, align: 'right' }, { header: style.label('colBalance'), width: (rest - 0.08) / 2, align: 'right' });
  } else if (layout === 'dc-grid' || valueDated || layout === 'boxed-split') {
    columns.push({ header: style.label('colDebit'), width: rest / 3, align: 'right' }, { header: style.label('colCredit'), width: rest / 3, align: 'right' }, { header: style.label('colBalance'), width: rest / 3, align: 'right' });
  } else {
    columns.push({ header: style.label('colCredit'), width: rest / 3, align: 'right' }, { header: style.label('colDebit'), width: rest / 3, align: 'right' }, { header: style.label('colBalance'), width: rest / 3, align: 'right' });
  }
  const plus = rng.chance(0.3) ? '+' : '';
  // A value date (起息日) is the posting date or, for some rows, the next day; it carries no time of day.
  const valueStyle = style.tableDateStyle === 'iso-time' ? 'iso' : style.tableDateStyle === 'slash-time' ? 'slash-padded' : style.tableDateStyle;
  const rows = facts.transactions.map((t) => {
    const row = [dateText(t.date), t.description];
    if (valueDated) row.splice(1, 0, formatDate(rng.chance(0.2) ? addDays(t.date, 1) : t.date, valueStyle));
    if (withCounterparty) row.push(t.counterparty);
    const credit = t.cents > 0 ? amount(t.cents) : '';
    const debit = t.cents < 0 ? amount(-t.cents) : '';
    if (signed) row.push(t.cents > 0 ? `${plus}${amount(t.cents)}` : amount(t.cents));
    else if (layout === 'signed-leaders') row.push(t.cents > 0 ? `+${amount(t.cents)}` : amount(t.cents));
    else if (layout === 'paren-signed') row.push(t.cents < 0 ? `(${amount(-t.cents)})` : amount(t.cents));
    else if (suffixed) row.push(`${amount(Math.abs(t.cents))} ${t.cents < 0 ? 'DR' : 'CR'}`);
    else if (flagged) row.push(t.cents < 0 ? flags[0] : flags[1], amount(Math.abs(t.cents)));
    else if (layout === 'dc-grid' || valueDated || layout === 'boxed-split') row.push(debit, credit);
    else row.push(credit, debit);
    row.push(`${amount(t.balanceCents)}${balanceMark}`);
    return row;
  });
  if (openingRow) {
    const first = valueDated ? [dateText(facts.periodStart), '', style.label('opening')] : [dateText(facts.periodStart), style.label('opening')];
    while (first.length < columns.length - 1) first.push('');
    rows.unshift([...first, `${amount(facts.openingCents)}${balanceMark}`]);
  }
  const grid = layout === 'split-grid' || layout === 'dc-grid' || layout === 'dc-flag' || valueDated ? 'full'
    : layout === 'crdr-suffix' || layout === 'paren-signed' || layout === 'boxed-split' ? 'rules' : layout === 'signed-leaders' ? 'zebra' : layout === 'split-zebra' ? 'zebra' : layout === 'signed-rules' ? 'rules' : 'none';
  writer.table({ columns, rows, grid, size: size * 0.9 });

  const totals: Array<[string, string]> = [
    [style.label('totalCredits'), amount(facts.totalCreditsCents)],
    [style.label('totalDebits'), amount(facts.totalDebitsCents)],
    [style.label('closing'), amount(facts.closingCents)],
  ];
  const totalsWidth = Math.max(...totals.map(([l]) => writer.doc.widthOfString(withColon(style, l)))) + size;
  writer.ensure(size * 10);
  if (layout === 'boxed-split') {
    const summary: Array<[string, number]> = [
      [style.label('opening'), facts.openingCents], [style.label('totalDebits'), facts.totalDebitsCents],
      [style.label('totalCredits'), facts.totalCreditsCents], [style.label('closing'), facts.closingCents],
    ];
    labelAboveGrid(writer, summary.map(([label, c]) => ({ label, value: amount(c) })), 4, size);
  } else if (layout === 'signed-leaders') {
    leaderBlock(writer, totals.map(([l, v], i) => [l, v, i === totals.length - 1] as [string, string, boolean]));
  } else if (layout !== 'paren-signed') for (const [l, v] of totals) writer.kv(withColon(style, l), v, totalsWidth);
  writer.gap(size);
  const printed = formatDate(facts.printDate, style.dateStyle);
  writer.para(zh ? `打印日期：${printed}　本流水仅作为客户交易记录证明，不作为其他用途。` : `Printed on ${printed}. This statement is a record of transactions and is not a confirmation of funds.`, { size: size * 0.8 });
  writer.image(seal, writer.left + writer.width - 120, writer.y - size * 4, 100);
  const { pdf, pageCount } = await writer.finish((page, total) => footerText(style.footer, page, total).text);
  return {
    pdf,
    pageCount,
    pages: Array.from({ length: pageCount }, (_, i) => {
      const { printedNumber, printedTotal } = footerText(style.footer, i + 1, pageCount);
      return { ...(printedNumber ? { printedNumber } : {}), ...(printedTotal ? { printedTotal } : {}) };
    }),
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
    transactions: facts.transactions.map((t) => ({ date: isoDate(t.date), description: t.description, amount: moneyValue(t.cents), balance: moneyValue(t.balanceCents) })),
    generator: {
      font: style.font.id, size, layout, footer: style.footer, dateStyle: style.dateStyle, tableDateStyle: style.tableDateStyle,
      counterpartyColumn: withCounterparty, openingBalanceRow: openingRow, colon: style.colon,
    },
  };
}
