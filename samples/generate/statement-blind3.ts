/**
 * blind3 bank statements. Layout `dual`: portrait, transaction date and value date, separate
 * receipts / payments columns (no counterparty), a brought-forward row, a four-cell summary grid at the end.
 * Layout `drcr`: landscape, unsigned amounts with a 借/贷 (DR/CR) flag column, the header block
 * repeated on every page, the summary above the table.
 */
import { addDays, isoDate } from './calendar.js';
import { makeStatementFacts, type StatementFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES, fmtDate, group, num, pickFooter, Sheet, type DateFmt } from './kit-blind3.js';
import type { Rng } from './prng.js';
import type { Currency, Lang } from './variant-types.js';

const CUR_ZH: Record<Currency, string> = { CNY: '人民币', USD: '美元', HKD: '港币' };

/**
 * Column widths: a column with a sample string is as wide as that string (dates and amounts never
 * wrap); the rest of the width is shared out by `shares`.
 */
function fitColumns(s: Sheet, samples: string[], shares: number[], headers: string[]): number[] {
  const size = s.size - 0.5;
  s.doc.font('B').fontSize(size);
  const fixed = samples.map((t, i) => ((shares[i] as number) > 0 ? 0 : Math.max(s.doc.widthOfString(t), s.doc.widthOfString(headers[i] as string)) + size * 0.8 + 6));
  const rest = s.width - fixed.reduce((a, b) => a + b, 0);
  return fixed.map((w, i) => w + rest * (shares[i] as number));
}

function dualLayout(s: Sheet, f: StatementFacts, lang: Lang, headFmt: DateFmt, rowFmt: DateFmt, sep: boolean, valueShift: boolean[]): void {
  const zh = lang === 'zh';
  s.put(f.bankName, s.left, s.y, s.width * 0.6, { bold: true, size: s.size + 6, color: '#7a1010' });
  s.put(zh ? '个人账户交易对账单' : 'Personal Account Statement', s.left + s.width * 0.5, s.y + 4, s.width * 0.5, { align: 'right', size: s.size + 2 });
  s.y += s.size + 18;
  s.line(s.left, s.y, s.left + s.width, s.y, 1.2, '#7a1010');
  s.y += 8;
  const w4 = [s.width * 0.16, s.width * 0.3, s.width * 0.18, s.width * 0.36];
  const info = zh
    ? [['客户名称', f.holder.name, '卡号/账号', group(f.account)], ['币种', CUR_ZH[f.currency], '查询区间', `${fmtDate(f.periodStart, headFmt)} 至 ${fmtDate(f.periodEnd, headFmt)}`], ['打印日期', fmtDate(f.printDate, headFmt), '钞汇标志', '钞']]
    : [['Customer', f.holder.name, 'Account No.', group(f.account)], ['Currency', f.currency, 'Statement Period', `${fmtDate(f.periodStart, headFmt)} to ${fmtDate(f.periodEnd, headFmt)}`], ['Issued', fmtDate(f.printDate, headFmt), 'Account Type', 'Savings']];
  for (const r of info) s.row(r, w4, { ruled: 'none', size: s.size, pad: 3 });
  s.y += 10;
  const headers = zh ? ['交易日', '起息日', '摘要', '收入', '支出', '余额'] : ['Txn Date', 'Value Date', 'Particulars', 'Deposits', 'Withdrawals', 'Balance'];
  const w = fitColumns(s, [fmtDate({ y: 2024, m: 12, d: 28 }, rowFmt), fmtDate({ y: 2024, m: 12, d: 28 }, rowFmt), '', '888,888.88', '888,888.88', '8,888,888.88'], [0, 0, 1, 0, 0, 0], headers);
  const al = ['left', 'left', 'left', 'right', 'right', 'right'] as const;
  const head = (): void => { s.row(headers, w, { bold: true, fill: '#f3e3e3', ruled: 'under', aligns: [...al], size: s.size - 0.5 }); };
  head();
  s.row(['', '', zh ? '上期结存' : 'Balance b/f', '', '', num(f.openingCents, sep)], w, { ruled: 'under', aligns: [...al], size: s.size - 0.5 });
  f.transactions.forEach((t, i) => {
    if (s.y + s.size * 2.2 > s.bottom) { s.newPage(); head(); }
    const value = valueShift[i] ? addDays(t.date, 1) : t.date;
    s.row([fmtDate(t.date, rowFmt), fmtDate(value, rowFmt), t.description, t.cents > 0 ? num(t.cents, sep) : '', t.cents < 0 ? num(-t.cents, sep) : '', num(t.balanceCents, sep)],
      w, { ruled: 'under', aligns: [...al], size: s.size - 0.5 });
  });
  if (s.y + 90 > s.bottom) s.newPage();
  s.y += 14;
  const sw = Array(4).fill(s.width / 4) as number[];
  s.row(zh ? ['期初余额', '本期收入合计', '本期支出合计', '期末余额'] : ['Opening Balance', 'Total Deposits', 'Total Withdrawals', 'Closing Balance'], sw, { bold: true, ruled: 'box', aligns: ['center', 'center', 'center', 'center'], fill: '#f7f7f7' });
  s.row([num(f.openingCents, sep), num(f.totalCreditsCents, sep), num(f.totalDebitsCents, sep), num(f.closingCents, sep)], sw, { ruled: 'box', aligns: ['center', 'center', 'center', 'center'] });
  s.y += 12;
  s.para(zh ? '本对账单仅反映所列期间账户交易情况，如与贵方记录不符，请于收到后十五日内与开户网点联系。' : 'Please examine this statement and report any discrepancy to your branch within 15 days, failing which it will be deemed correct.', { size: s.size - 1.5 });
}

function drcrLayout(s: Sheet, f: StatementFacts, lang: Lang, headFmt: DateFmt, rowFmt: DateFmt, sep: boolean): void {
  const zh = lang === 'zh';
  const block = (first: boolean): void => {
    s.put(f.bankName, s.left, s.y, s.width * 0.5, { bold: true, size: s.size + (first ? 5 : 2) });
    s.put(zh ? '活期账户明细' : 'CURRENT ACCOUNT TRANSACTION DETAILS', s.left + s.width * 0.5, s.y + 2, s.width * 0.5, { align: 'right', bold: true });
    s.y += s.size + (first ? 14 : 10);
    s.put(zh ? `账户名称 ${f.holder.name}    账号 ${f.account}    货币 ${CUR_ZH[f.currency]}` : `Account Name ${f.holder.name}    A/C ${f.account}    CCY ${f.currency}`, s.left, s.y, s.width, { size: s.size - 0.5 });
    s.y += s.size + 10;
  };
  block(true);
  s.put(zh ? `起止日期 ${fmtDate(f.periodStart, headFmt)} — ${fmtDate(f.periodEnd, headFmt)}` : `From ${fmtDate(f.periodStart, headFmt)} To ${fmtDate(f.periodEnd, headFmt)}`, s.left, s.y, s.width);
  s.y += s.size + 10;
  const w4 = Array(4).fill(s.width / 4) as number[];
  const sum = zh
    ? [['期初余额', num(f.openingCents, sep), '借方发生额合计', num(f.totalDebitsCents, sep)], ['期末余额', num(f.closingCents, sep), '贷方发生额合计', num(f.totalCreditsCents, sep)]]
    : [['Opening Bal.', num(f.openingCents, sep), 'Total Debits (DR)', num(f.totalDebitsCents, sep)], ['Closing Bal.', num(f.closingCents, sep), 'Total Credits (CR)', num(f.totalCreditsCents, sep)]];
  for (const r of sum) s.row(r, w4, { ruled: 'box', aligns: ['left', 'right', 'left', 'right'], pad: 3 });
  s.y += 12;
  const headers = zh ? ['记账日期', '交易摘要', '借/贷', '发生额', '账户余额', '对方户名', '渠道'] : ['Posting Date', 'Narrative', 'DR/CR', 'Amount', 'Ledger Balance', 'Counterparty', 'Channel'];
  const w = fitColumns(s, [fmtDate({ y: 2024, m: 12, d: 28 }, rowFmt), '', zh ? '借/贷' : 'DR/CR', '888,888.88', '8,888,888.88', '', zh ? '手机银行' : 'BRANCH'], [0, 0.55, 0, 0, 0, 0.45, 0], headers);
  const al = ['left', 'left', 'center', 'right', 'right', 'left', 'left'] as const;
  const head = (): void => { s.row(headers, w, { bold: true, ruled: 'box', fill: '#e8eef8', aligns: [...al], size: s.size - 0.5 }); };
  head();
  const channel = (i: number): string => (zh ? ['网银', '柜面', '手机银行', 'POS'] : ['E-BANK', 'BRANCH', 'MOBILE', 'POS'])[(i * 7) % 4] as string;
  f.transactions.forEach((t, i) => {
    if (s.y + s.size * 2.2 > s.bottom) { s.newPage(); block(false); head(); }
    const flag = t.cents < 0 ? (zh ? '借' : 'DR') : (zh ? '贷' : 'CR');
    s.row([fmtDate(t.date, rowFmt), t.description, flag, num(Math.abs(t.cents), sep), num(t.balanceCents, sep), t.counterparty, channel(i)], w, { ruled: 'box', aligns: [...al], size: s.size - 0.5, pad: 2.5 });
  });
}

/** One blind3 statement; `ordinal` even → dual layout, odd → drcr (landscape). */
export async function renderStatementBlind3(rng: Rng, lang: Lang, ordinal: number, rows: number, maxPages: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const layout = ordinal % 2 === 0 ? 'dual' : 'drcr';
  const f = makeStatementFacts(rng, lang, currency, rows, 0.5);
  const face = FACES[lang][(ordinal + 2) % 4] as (typeof FACES)['zh'][number];
  const size = rng.pick([8.5, 9, 9.5]);
  const margin = rng.pick([36, 42, 50]);
  const headFmt: DateFmt = rng.pick(lang === 'zh' ? ['zh-pad', 'dot'] as const : ['en-long', 'en-monday'] as const);
  const rowFmt: DateFmt = rng.pick(lang === 'zh' ? ['dash', 'slash', 'dot'] as const : ['en-dmon', 'dmy', 'upper'] as const);
  const sep = rng.chance(0.7);
  const valueShift = f.transactions.map(() => rng.chance(0.25));
  const footer = pickFooter(rng, lang, lang === 'zh' ? '对账单' : 'Statement');
  const s = new Sheet(face, size, margin, layout === 'drcr', lang === 'zh' ? '对账单' : 'Statement', rng.pick(['Oracle BI Publisher', 'JasperReports Library 6.20', 'Crystal Reports']));
  if (layout === 'dual') dualLayout(s, f, lang, headFmt, rowFmt, sep, valueShift);
  else drcrLayout(s, f, lang, headFmt, rowFmt, sep);
  const out = await s.finish(footer.footer);
  if (out.pageCount > maxPages) throw new Error(`blind3 statement has ${out.pageCount} pages, expected ≤ ${maxPages}`);
  return {
    pdf: out.pdf,
    pageCount: out.pageCount,
    pages: out.pages,
    fields: {
      bankName: f.bankName.replace(/\s+/g, ''),
      accountHolder: f.holder.name.replace(/\s+/g, ''),
      accountNumber: f.account,
      currency,
      periodStart: isoDate(f.periodStart),
      periodEnd: isoDate(f.periodEnd),
      openingBalance: moneyValue(f.openingCents),
      closingBalance: moneyValue(f.closingCents),
      totalCredits: moneyValue(f.totalCreditsCents),
      totalDebits: moneyValue(f.totalDebitsCents),
    },
    transactions: f.transactions.map((t) => ({ date: isoDate(t.date), description: t.description, amount: moneyValue(t.cents), balance: moneyValue(t.balanceCents) })),
    generator: { set: 'blind3', layout, font: face.id, size, margin, footer: footer.id, headFmt, rowFmt, thousands: sep, landscape: layout === 'drcr', rows: f.transactions.length },
  };
}
