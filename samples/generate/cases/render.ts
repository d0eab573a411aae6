/**
 * Case documents rendered from given facts, with the hooks a planted defect needs (a modified copy
 * of the sample generator's layouts, in its building blocks: PdfWriter, styles, clauses, seals).
 */
import { isoDate, type CivilDate } from '../calendar.js';
import { chineseOrdinal, clauseLibrary } from '../clauses.js';
import type { LoanFacts, PayFacts, StatementFacts } from '../content.js';
import { formatDate, formatMonth } from '../format.js';
import { toChineseMoneyWords, toEnglishWords } from '../money-words.js';
import type { Rng } from '../prng.js';
import { PdfWriter } from '../render-pdf.js';
import { makeSeal, makeSignature } from '../seal.js';
import { footerText, pickStyle, type DocStyle } from '../style.js';
import type { Lang, VariantSet } from '../variant-types.js';

export interface ContractTweaks {
  /** The amount the words state, when it differs from the principal. */
  wordsCents?: number;
  noSeal?: boolean;
  noSignature?: boolean;
}

const kvLine = (style: DocStyle, label: string) => (style.colon === '' ? `${label} ` : `${label}${style.colon}`);

function wordsText(lang: Lang, cents: number, currency: string): string {
  if (lang === 'zh') return `人民币${toChineseMoneyWords(cents)}`;
  const names: Record<string, [string, string]> = { CNY: ['Renminbi', ' Yuan'], USD: ['US Dollars', ''], HKD: ['Hong Kong Dollars', ''] };
  const [name, unit] = names[currency] ?? ['Renminbi', ' Yuan'];
  const fraction = cents % 100 ? ` and ${String(cents % 100).padStart(2, '0')}/100` : '';
  return `${name} ${toEnglishWords(Math.floor(cents / 100), { hyphen: false, britishAnd: false })}${unit}${fraction} Only`;
}

export async function renderCaseContract(rng: Rng, variants: VariantSet, lang: Lang, facts: LoanFacts, tweaks: ContractTweaks = {}): Promise<{ pdf: Buffer; pageCount: number; footer: string }> {
  const style = pickStyle(rng, variants, lang);
  const zh = lang === 'zh';
  const title = style.label('contractTitle');
  const writer = new PdfWriter({ font: style.font, size: style.size, margin: style.margin, lang, title, creationDate: new Date(Date.UTC(facts.signing.y, facts.signing.m - 1, facts.signing.d, 9)), producer: 'Microsoft Word' });
  writer.gap(style.size);
  writer.heading(title);
  writer.para(`${kvLine(style, style.label('contractNumber'))}${facts.bank.code}-${facts.year}-PL-${String(facts.contractSerial).padStart(6, '0')}`, { align: 'center' });
  const parties: [string, string][] = [
    [style.label('lender'), facts.lender],
    [style.label('borrower'), facts.borrower.name],
    [style.label('borrowerId'), facts.borrower.idNumber],
    [zh ? '住址' : 'Address', facts.borrowerAddress],
  ];
  const width = Math.min(writer.width * 0.42, Math.max(...[...parties.map(([l]) => l), style.label('principalWords'), style.label('collateral'), style.label('account')].map((l) => writer.doc.widthOfString(kvLine(style, l)))) + style.size);
  for (const [l, v] of parties) writer.kv(kvLine(style, l), v, width);
  writer.para(zh ? '一、借款主要条款' : 'KEY TERMS', { bold: true });
  const terms: [string, string][] = [
    [style.label('principal'), style.money(facts.principalCents, facts.currency)],
    [style.label('principalWords'), wordsText(lang, tweaks.wordsCents ?? facts.principalCents, facts.currency)],
    [style.label('rate'), zh ? `${facts.ratePercent}%` : `${facts.ratePercent}% per annum`],
    [style.label('term'), zh ? `${facts.termMonths}个月` : `${facts.termMonths} months`],
    [style.label('period'), zh ? `自${style.date(facts.start)}起至${style.date(facts.end)}止` : `from ${style.date(facts.start)} to ${style.date(facts.end)}`],
    [style.label('repayment'), rng.pick(variants.repaymentWordings[lang][facts.repayment])],
    [style.label('account'), style.accountNumber(facts.account)],
    [style.label('collateral'), facts.collateralAddress],
  ];
  for (const [l, v] of terms) writer.kv(kvLine(style, l), v, width);
  if (zh) writer.para('二、合同条款', { bold: true });
  const numbering = zh ? rng.pick(['第一条', '第一条']) : rng.pick(['Article', 'Clause']);
  clauseLibrary(lang).forEach((clause, i) => {
    writer.para(zh ? `第${chineseOrdinal(i + 1)}条 ${clause.title}` : `${numbering} ${i + 1} ${clause.title}`, { bold: true });
    for (const body of clause.body) writer.para(body, { indent: zh ? style.size * 2 : 0, align: 'justify' });
  });
  writer.newPage();
  writer.gap(style.size * 2);
  writer.para(zh ? `${title}签署页` : 'EXECUTION PAGE', { bold: true, align: 'center', gap: style.size * 2 });
  const sign = zh
    ? [[`甲方（盖章）${style.colon || '：'}`, facts.lender], ['法定代表人或授权代表（签字）：', '________________'], [`日期${style.colon || '：'}`, style.date(facts.signing)]]
    : [['Lender (Seal):', facts.lender], ['Authorised Signatory:', '________________'], ['Date:', style.date(facts.signing)]];
  const signWidth = Math.max(...sign.map(([l]) => writer.doc.widthOfString(l!))) + style.size;
  const sealY = writer.y - style.size;
  for (const [l, v] of sign) writer.kv(l!, v!, signWidth);
  if (!tweaks.noSeal) writer.image(await makeSeal(facts.lender.replace(/, .*$/, ''), lang, zh ? '合同专用章' : 'CONTRACT SEAL'), writer.left + writer.width * 0.68, sealY - 40, 112);
  writer.gap(style.size * 5);
  const sigY = writer.y;
  writer.kv(zh ? `乙方（签字）${style.colon || '：'}` : 'Borrower (Signature):', '', signWidth);
  writer.kv(zh ? `日期${style.colon || '：'}` : 'Date:', style.date(facts.signing), signWidth);
  if (!tweaks.noSignature) writer.image(await makeSignature(facts.borrower.name, lang), writer.left + signWidth, sigY - style.size * 1.6, zh ? 110 : 150);
  const { pdf, pageCount } = await writer.finish((page, total) => footerText(style.footer, page, total).text);
  return { pdf, pageCount, footer: style.footer };
}

export async function renderCasePayslip(rng: Rng, variants: VariantSet, lang: Lang, facts: PayFacts, printed: { grossCents: number; totalDeductionsCents: number; netCents: number }): Promise<Buffer> {
  const style = pickStyle(rng, variants, lang, ['none']);
  const zh = lang === 'zh';
  const title = style.label('payslipTitle');
  const period = formatMonth(facts.period, style.dateStyle);
  const writer = new PdfWriter({ font: style.font, size: style.size, margin: style.margin, lang, title, creationDate: new Date(Date.UTC(facts.payDate.y, facts.payDate.m - 1, facts.payDate.d)), producer: 'HR Payroll System 5.1' });
  writer.gap(style.size);
  writer.heading(facts.employer, style.size * 1.4);
  writer.heading(zh ? `${period}${title}` : `${title} — ${period}`, style.size * 1.2);
  const info: [string, string][] = [[style.label('employee'), facts.employee.name], [style.label('employeeNo'), facts.employeeNo], [style.label('payPeriod'), period]];
  const rows: [string, string][] = [
    ...facts.earnings.map((l) => [style.label(l.key), style.amount(l.cents)] as [string, string]),
    [style.label('gross'), style.amount(printed.grossCents)],
    ...facts.deductions.map((l) => [style.label(l.key), style.amount(l.cents)] as [string, string]),
    [style.label('totalDeductions'), style.amount(printed.totalDeductionsCents)],
  ];
  const width = Math.max(...[...info, ...rows].map(([l]) => writer.doc.widthOfString(kvLine(style, l)))) + style.size * 2;
  for (const [l, v] of info) writer.kv(kvLine(style, l), v, width);
  writer.rule();
  for (const [l, v] of rows) writer.kv(kvLine(style, l), v, width);
  writer.rule();
  writer.para(`${kvLine(style, style.label('net'))}${style.money(printed.netCents, facts.currency)}`, { bold: true });
  writer.para(zh ? `发放日期：${formatDate(facts.payDate, style.dateStyle)}` : `Payment date: ${formatDate(facts.payDate, style.dateStyle)}`, { size: style.size * 0.9 });
  return (await writer.finish(() => null)).pdf;
}

export async function renderCaseStatement(rng: Rng, variants: VariantSet, lang: Lang, facts: StatementFacts): Promise<Buffer> {
  const style = pickStyle(rng, variants, lang);
  const zh = lang === 'zh';
  const size = Math.min(style.size, 10.5);
  const title = style.label('statementTitle');
  const writer = new PdfWriter({ font: style.font, size, margin: Math.min(style.margin, 60), lang, title, creationDate: new Date(Date.UTC(facts.printDate.y, facts.printDate.m - 1, facts.printDate.d)), producer: 'Core Banking eStatement' });
  writer.heading(facts.bankName, size * 1.6);
  writer.heading(title, size * 1.3);
  const info: [string, string][] = [
    [style.label('holder'), facts.holder.name],
    [style.label('accountNumber'), style.accountNumber(facts.account)],
    [style.label('statementPeriod'), zh ? `${style.date(facts.periodStart)} 至 ${style.date(facts.periodEnd)}` : `${style.date(facts.periodStart)} to ${style.date(facts.periodEnd)}`],
    [style.label('opening'), style.amount(facts.openingCents)],
  ];
  const lw = Math.max(...info.map(([l]) => writer.doc.widthOfString(kvLine(style, l)))) + size;
  for (const [l, v] of info) writer.kv(kvLine(style, l), v, lw);
  const amount = (c: number) => style.amount(c);
  writer.table({
    columns: [{ header: style.label('colDate'), width: 0.16 }, { header: style.label('colDescription'), width: 0.32 }, { header: style.label('colCredit'), width: 0.17, align: 'right' }, { header: style.label('colDebit'), width: 0.17, align: 'right' }, { header: style.label('colBalance'), width: 0.18, align: 'right' }],
    rows: facts.transactions.map((t) => [formatDate(t.date, style.tableDateStyle), t.description, t.cents > 0 ? amount(t.cents) : '', t.cents < 0 ? amount(-t.cents) : '', amount(t.balanceCents)]),
    grid: 'full',
    size: size * 0.9,
  });
  const totals: [string, string][] = [[style.label('totalCredits'), amount(facts.totalCreditsCents)], [style.label('totalDebits'), amount(facts.totalDebitsCents)], [style.label('closing'), amount(facts.closingCents)]];
  const tw = Math.max(...totals.map(([l]) => writer.doc.widthOfString(kvLine(style, l)))) + size;
  writer.ensure(size * 8);
  for (const [l, v] of totals) writer.kv(kvLine(style, l), v, tw);
  return (await writer.finish((page, total) => footerText(style.footer, page, total).text)).pdf;
}

export { isoDate, type CivilDate };
