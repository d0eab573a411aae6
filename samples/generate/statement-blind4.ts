/**
 * blind4 bank statements. Family A `reversed-signed`: columns in an order no earlier set used
 * (No. | description | counterparty | BALANCE | signed AMOUNT (+/-) | DATE last), header repeated per
 * page, totals as a text block at the end. Family B: zh `passbook` — an A5-landscape 存折 printout whose
 * column labels are printed only once (page 2 rows just continue), opening balance as a 承前结余 row,
 * totals on a 合计 row; en `credit-union` — a Letter statement with a shaded summary box and separate
 * Withdrawals / Deposits columns, dates MM/DD/YYYY.
 */
import { isoDate } from './calendar.js';
import { makeStatementFacts, type StatementFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES4, fmtDate4, group4, num4, pickFooter4, Sheet4, type DateFmt4 } from './kit-blind4.js';
import type { Rng } from './prng.js';
import type { Currency, Lang } from './variant-types.js';

const sgn = (c: number, sep: boolean): string => (c < 0 ? `-${num4(-c, sep)}` : `+${num4(c, sep)}`);

function reversedSigned(s: Sheet4, f: StatementFacts, lang: Lang, head: DateFmt4, rowFmt: DateFmt4, sep: boolean): void {
  const zh = lang === 'zh';
  s.put(f.bankName, s.left, s.y, s.width * 0.6, { bold: true, size: s.size + 3, color: '#0b4f3c' });
  s.put(zh ? '账户交易明细清单' : 'ACCOUNT ACTIVITY LISTING', s.left + s.width * 0.5, s.y + 2, s.width * 0.5, { align: 'right', bold: true });
  s.y += s.size * 2.6;
  s.line(s.left, s.y, s.left + s.width, s.y, 2, '#0b4f3c');
  s.y += 8;
  const info: Array<[string, string]> = zh
    ? [['户　　名', f.holder.name], ['账　　号', f.account], ['币　　种', f.currency === 'CNY' ? '人民币元' : f.currency], ['明细区间', `${fmtDate4(f.periodStart, head)} ~ ${fmtDate4(f.periodEnd, head)}`]]
    : [['Account holder', f.holder.name], ['Account number', f.account], ['Currency', f.currency], ['Period covered', `${fmtDate4(f.periodStart, head)} through ${fmtDate4(f.periodEnd, head)}`]];
  for (let i = 0; i < info.length; i += 2) {
    const a = info[i] as [string, string];
    const b = info[i + 1] as [string, string];
    s.row([a[0], a[1], b[0], b[1]], [s.width * 0.14, s.width * 0.36, s.width * 0.14, s.width * 0.36], { ruled: 'none', pad: 2.5 });
  }
  s.y += 8;
  const headers = zh ? ['序号', '摘要', '对方户名', '余额', '交易金额', '交易日期'] : ['No.', 'Details', 'Counterparty', 'Balance', 'Amount (+/-)', 'Date'];
  const w = [0.06, 0.27, 0.22, 0.15, 0.15, 0.15].map((x) => x * s.width);
  const al = ['center', 'left', 'left', 'right', 'right', 'center'] as const;
  const hdr = (): void => { s.row(headers, w, { bold: true, fill: '#dcebe5', aligns: [...al], ruled: 'under', size: s.size - 0.5 }); };
  hdr();
  f.transactions.forEach((t, i) => {
    if (s.y + s.size * 2.4 > s.bottom - 60) { s.newPage(); hdr(); }
    s.row([String(i + 1), t.description, t.counterparty, num4(t.balanceCents, sep), sgn(t.cents, sep), fmtDate4(t.date, rowFmt)], w, { aligns: [...al], ruled: 'under', pad: 3, size: s.size - 0.5, ...(i % 2 ? { fill: '#f6f6f6' } : {}) });
  });
  s.y += 10;
  if (s.y + 70 > s.bottom) s.newPage();
  const sum: Array<[string, string]> = zh
    ? [['上期余额', num4(f.openingCents, sep)], ['本期收入', num4(f.totalCreditsCents, sep)], ['本期支出', num4(f.totalDebitsCents, sep)], ['本期余额', num4(f.closingCents, sep)]]
    : [['Previous balance', num4(f.openingCents, sep)], ['Money in', num4(f.totalCreditsCents, sep)], ['Money out', num4(f.totalDebitsCents, sep)], ['New balance', num4(f.closingCents, sep)]];
  for (const [k, v] of sum) s.row([k, v], [s.width * 0.2, s.width * 0.2], { x: s.left + s.width * 0.6, aligns: ['left', 'right'], pad: 2 });
}

function passbook(s: Sheet4, f: StatementFacts, head: DateFmt4, sep: boolean): void {
  s.put(f.bankName, s.left, s.y, s.width * 0.5, { bold: true, size: s.size + 2 });
  s.put('活期储蓄存折　明细补登', s.left + s.width * 0.5, s.y, s.width * 0.5, { align: 'right', size: s.size + 1 });
  s.y += s.size * 2.2;
  s.put(`户名 ${f.holder.name}　　存折账号 ${group4(f.account, 4, ' ')}　　币种 人民币　　补登区间 ${fmtDate4(f.periodStart, head)}至${fmtDate4(f.periodEnd, head)}`, s.left, s.y, s.width, { size: s.size - 0.5 });
  s.y += s.size * 2;
  const w = [0.14, 0.26, 0.15, 0.15, 0.17, 0.13].map((x) => x * s.width);
  const al = ['left', 'left', 'right', 'right', 'right', 'center'] as const;
  s.row(['日期', '摘要', '支取', '存入', '结余', '网点/柜员'], w, { bold: true, aligns: [...al], ruled: 'under', size: s.size - 0.5 });
  s.row(['', '承前结余', '', '', num4(f.openingCents, sep), ''], w, { aligns: [...al], pad: 2.5 });
  f.transactions.forEach((t, i) => {
    if (s.y + s.size * 2 > s.bottom) s.newPage();
    const teller = `${String(1000 + ((i * 37) % 900))}/${String.fromCharCode(65 + (i % 5))}${String(10 + (i * 7) % 80)}`;
    s.row([fmtDate4(t.date, 'compact'), t.description, t.cents < 0 ? num4(-t.cents, sep) : '', t.cents > 0 ? num4(t.cents, sep) : '', num4(t.balanceCents, sep), teller], w, { aligns: [...al], pad: 2.5 });
  });
  if (s.y + s.size * 4 > s.bottom) s.newPage();
  s.line(s.left, s.y + 2, s.left + s.width, s.y + 2, 0.5);
  s.y += 4;
  s.row(['', '合计', num4(f.totalDebitsCents, sep), num4(f.totalCreditsCents, sep), num4(f.closingCents, sep), ''], w, { aligns: [...al], bold: true, pad: 2.5 });
}

function creditUnion(s: Sheet4, f: StatementFacts, head: DateFmt4, sep: boolean): void {
  const top = s.y;
  s.put(f.bankName, s.left, top, s.width * 0.55, { bold: true, size: s.size + 3 });
  s.put('MEMBER SAVINGS STATEMENT', s.left, top + s.size * 2.4, s.width * 0.55, { size: s.size + 0.5, color: '#333333' });
  s.put(`${f.holder.name}\nMember account ${f.account}\nStatement dates: ${fmtDate4(f.periodStart, head)} - ${fmtDate4(f.periodEnd, head)}\nAll amounts in ${f.currency}`, s.left, top + s.size * 4.6, s.width * 0.55, { size: s.size - 0.5 });
  const bx = s.left + s.width * 0.58;
  const bw = s.width * 0.42;
  s.box(bx, top, bw, s.size * 9.5, { fill: '#e9eef6', stroke: '#5a6f8f', lw: 1 });
  s.put('ACCOUNT SUMMARY', bx + 8, top + 6, bw - 16, { bold: true, size: s.size - 0.5 });
  const rows: Array<[string, string]> = [['Beginning Balance', num4(f.openingCents, sep)], ['Deposits & Credits', num4(f.totalCreditsCents, sep)], ['Withdrawals & Debits', num4(f.totalDebitsCents, sep)], ['Ending Balance', num4(f.closingCents, sep)]];
  rows.forEach(([k, v], i) => {
    const y = top + 8 + s.size * (1.8 + i * 1.8);
    s.put(k, bx + 8, y, bw * 0.6, { size: s.size - 0.5 });
    s.put(v, bx + bw * 0.5, y, bw * 0.5 - 8, { align: 'right', size: s.size - 0.5, bold: i === 3 });
  });
  s.y = top + s.size * 11;
  s.put('Dates are shown MM/DD/YYYY.', s.left, s.y, s.width, { size: s.size - 2, color: '#666666' });
  s.y += s.size * 1.6;
  const w = [0.14, 0.44, 0.14, 0.14, 0.14].map((x) => x * s.width);
  const al = ['left', 'left', 'right', 'right', 'right'] as const;
  const hdr = (): void => { s.row(['Date', 'Transaction Description', 'Withdrawals', 'Deposits', 'Balance'], w, { bold: true, fill: '#5a6f8f', aligns: [...al], size: s.size - 0.5 }); };
  s.doc.fillColor('black');
  hdr();
  f.transactions.forEach((t, i) => {
    if (s.y + s.size * 2.2 > s.bottom) { s.newPage(); hdr(); }
    s.row([fmtDate4(t.date, 'us'), t.description, t.cents < 0 ? num4(-t.cents, sep) : '', t.cents > 0 ? num4(t.cents, sep) : '', num4(t.balanceCents, sep)], w, { aligns: [...al], ruled: 'under', pad: 3, size: s.size - 0.5 });
  });
}

export async function renderStatementBlind4(rng: Rng, lang: Lang, ordinal: number, rows: number, maxPages: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const family = ordinal % 2 === 0 ? 'A' : 'B';
  const layout = family === 'A' ? 'reversed-signed' : lang === 'zh' ? 'passbook' : 'credit-union';
  const f = makeStatementFacts(rng, lang, currency, rows, 0.5);
  const face = FACES4[lang][(ordinal + 2) % 3] as (typeof FACES4)['zh'][number];
  const size = rng.pick([8.5, 9]);
  const margin = layout === 'passbook' ? 30 : rng.pick([40, 48]);
  const head: DateFmt4 = rng.pick(lang === 'zh' ? ['zh-pad', 'dash'] as const : ['en-mdy-short', 'en-dmon-dash'] as const);
  const rowFmt: DateFmt4 = rng.pick(lang === 'zh' ? ['dash', 'compact', 'dot'] as const : ['en-dmon-dash', 'iso'] as const);
  const sep = rng.chance(0.7);
  const footer = pickFooter4(rng, lang, lang === 'zh' ? '交易明细' : 'Statement');
  const pageSize = layout === 'passbook' ? 'A5' : layout === 'credit-union' || rng.chance(0.5) ? 'LETTER' : 'A4';
  const s = new Sheet4(face, size, margin, pageSize, layout === 'passbook', lang === 'zh' ? '明细' : 'Statement', rng.pick(['SmartBI Report', 'Symitar Episys', 'Temenos T24']));
  if (layout === 'reversed-signed') reversedSigned(s, f, lang, head, rowFmt, sep);
  else if (layout === 'passbook') passbook(s, f, head, sep);
  else creditUnion(s, f, head, sep);
  const out = await s.finish(footer.footer);
  if (out.pageCount > maxPages) throw new Error(`blind4 statement has ${out.pageCount} pages, expected ≤ ${maxPages}`);
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
    generator: { set: 'blind4', layout, family, font: face.id, size, margin, pageSize, landscape: layout === 'passbook', footer: footer.id, headFmt: head, rowFmt: layout === 'passbook' ? 'compact' : layout === 'credit-union' ? 'us' : rowFmt, thousands: sep, rows: f.transactions.length },
  };
}
