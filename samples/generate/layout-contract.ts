import { isoDate } from './calendar.js';
import { chineseOrdinal, clauseLibrary, type Clause } from './clauses.js';
import { makeLoanFacts, type LoanFacts } from './content.js';
import { clauseParagraph, labelAboveGrid } from './layout-blind.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue, squash, toFullWidth } from './format.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';
import type { Rng } from './prng.js';
import { PdfWriter } from './render-pdf.js';
import { makeSeal, makeSignature } from './seal.js';
import { footerText, pickStyle, type DocStyle } from './style.js';
import type { ContractLayout, Currency, Lang, VariantSet } from './variant-types.js';

export interface ContractOptions {
  /** Drop clauses until the contract fits; scanned contracts are kept to two pages. */
  maxPages: number;
  /** 4 adds a cover page (封面); 2 lets the signature block share the last page. */
  targetPages?: 2 | 3 | 4;
  /** Index into the set's contract layouts, so every layout occurs; random when absent. */
  layoutIndex?: number;
  /**
   * Opt-in (dev and holdout never set it): a one-page contract for single-image forms — type size
   * capped at 10 pt, margins at 50 pt, and a tighter signature block.
   */
  compact?: boolean;
  /** Case sets only: render these facts, with a planted change, instead of drawing new ones. */
  given?: GivenContract;
}

/** A case's loan facts and what its contract gets wrong: words for another amount, a missing seal or signature. */
export interface GivenContract {
  facts: LoanFacts;
  wordsCents?: number;
  noSeal?: boolean;
  noSignature?: boolean;
}

/** Text PDFs must stay under 200 KB. */
const MAX_TEXT_PDF_BYTES = 190_000;

interface Term {
  key: 'principal' | 'principalWords' | 'currency' | 'rate' | 'term' | 'period' | 'repayment' | 'account' | 'collateral';
  label: string;
  value: string;
}

const CURRENCY_TEXT: Record<Lang, Record<Currency, readonly string[]>> = {
  zh: { CNY: ['人民币'], USD: ['美元'], HKD: ['港币'] },
  en: { CNY: ['RMB', 'CNY', 'Renminbi (RMB)'], USD: ['USD', 'US Dollars (USD)'], HKD: ['HKD', 'Hong Kong Dollars (HKD)'] },
};
const EN_CURRENCY_WORDS: Record<Currency, [string, string]> = {
  CNY: ['Renminbi', ' Yuan'], USD: ['US Dollars', ''], HKD: ['Hong Kong Dollars', ''],
};

function contractNumber(facts: LoanFacts, style: string): string {
  const serial = String(facts.contractSerial);
  switch (style) {
    case 'zh-paren': return `（${facts.year}）个借字第${serial.padStart(6, '0')}号`;
    case 'zh-bracket': return `〔${facts.year}〕${facts.branchPlace.city.slice(0, 1)}个贷合字第${serial}号`;
    case 'compact': return `PL${facts.year}${serial.padStart(7, '0')}`;
    default: return `${facts.bank.code}-${facts.branchPlace.cityEn.slice(0, 2).toUpperCase()}-${facts.year}-PL-${serial.padStart(6, '0')}`;
  }
}

function wordsLine(rng: Rng, variants: VariantSet, lang: Lang, facts: LoanFacts, wordsLabel: string): string {
  const cents = facts.principalCents;
  if (lang === 'zh') {
    const words = toChineseMoneyWords(cents, rng.pick(variants.chineseWords));
    return wordsLabel.includes('人民币') ? words : `人民币${words}`;
  }
  const [currencyWords, unit] = EN_CURRENCY_WORDS[facts.currency];
  const whole = toEnglishWords(Math.floor(cents / 100), rng.pick(variants.englishWords));
  const fraction = cents % 100 === 0 ? '' : ` and ${String(cents % 100).padStart(2, '0')}/100`;
  const text = `${currencyWords} ${whole}${unit}${fraction} Only`;
  if (rng.pick(variants.englishWordsForms) === 'say-upper') {
    return wordsLabel === 'Say' ? text.toUpperCase() : `SAY ${text.toUpperCase()}`;
  }
  return text;
}

function buildTerms(rng: Rng, variants: VariantSet, style: DocStyle, facts: LoanFacts, wordsCents?: number): { terms: Term[]; wordsText: string; repaymentText: string } {
  const zh = style.lang === 'zh';
  const period = zh
    ? `自${style.date(facts.start)}起至${style.date(facts.end)}止`
    : `from ${style.date(facts.start)} to ${style.date(facts.end)}`;
  const wordsText = wordsLine(rng, variants, style.lang, wordsCents === undefined ? facts : { ...facts, principalCents: wordsCents }, style.label('principalWords'));
  const repaymentText = rng.pick(variants.repaymentWordings[style.lang][facts.repayment]);
  const termText = zh ? `${style.fullWidth ? toFullWidth(String(facts.termMonths)) : facts.termMonths}个月` : `${facts.termMonths} months`;
  const rateText = zh ? rng.pick([`${facts.ratePercent}%`, `${facts.ratePercent}%（固定利率）`]) : rng.pick([`${facts.ratePercent}% per annum`, `${facts.ratePercent}% p.a. (fixed)`, `${facts.ratePercent}%`]);
  const terms: Term[] = [
    { key: 'principal', label: style.label('principal'), value: style.money(facts.principalCents, facts.currency) },
    { key: 'principalWords', label: style.label('principalWords'), value: wordsText },
    { key: 'currency', label: style.label('currency'), value: rng.pick(CURRENCY_TEXT[style.lang][facts.currency]) },
    { key: 'rate', label: style.label('rate'), value: rateText },
    { key: 'term', label: style.label('term'), value: termText },
    { key: 'period', label: style.label('period'), value: period },
    { key: 'repayment', label: style.label('repayment'), value: repaymentText },
    { key: 'account', label: style.label('account'), value: `${style.accountNumber(facts.account)}${zh ? `（${facts.bank.zh}）` : ` (${facts.bank.en})`}` },
    { key: 'collateral', label: style.label('collateral'), value: facts.collateralAddress },
  ];
  return { terms, wordsText, repaymentText };
}

function withColon(style: DocStyle, label: string): string {
  return style.colon === '' ? `${label} ` : `${label}${style.colon}`;
}

function labelWidth(writer: PdfWriter, style: DocStyle, labels: string[]): number {
  return Math.min(writer.width * 0.42, Math.max(...labels.map((l) => writer.doc.widthOfString(withColon(style, l)))) + style.size * 0.8);
}

function writeTerms(writer: PdfWriter, style: DocStyle, layout: ContractLayout, terms: Term[]): void {
  const zh = style.lang === 'zh';
  const heading = zh ? '一、借款主要条款' : 'KEY TERMS';
  const ownHeading = layout === 'prose' || layout === 'articles' || layout === 'schedule' || layout === 'clause-para' || layout === 'label-above';
  if (!ownHeading) writer.para(heading, { bold: true, gap: style.size * 0.6 });
  const get = (key: Term['key']): Term => terms.find((t) => t.key === key) as Term;
  if (layout === 'inline') {
    const width = labelWidth(writer, style, terms.map((t) => t.label));
    for (const t of terms) writer.kv(withColon(style, t.label), t.value, width);
  } else if (layout === 'pairs') {
    const shortPairs: Array<[Term, Term]> = [[get('currency'), get('rate')], [get('term'), get('repayment')]];
    const width = labelWidth(writer, style, shortPairs.flat().map((t) => t.label));
    const wide = labelWidth(writer, style, terms.map((t) => t.label));
    writer.kv(withColon(style, get('principal').label), get('principal').value, wide);
    writer.kv(withColon(style, get('principalWords').label), get('principalWords').value, wide);
    for (const [a, b] of shortPairs) writer.kvPair([withColon(style, a.label), a.value], [withColon(style, b.label), b.value], width);
    for (const key of ['period', 'account', 'collateral'] as const) writer.kv(withColon(style, get(key).label), get(key).value, wide);
  } else if (layout === 'table') {
    writer.table({
      columns: [{ header: zh ? '项目' : 'Item', width: 0.3 }, { header: zh ? '内容' : 'Particulars', width: 0.7 }],
      rows: terms.map((t) => [t.label, t.value]),
      grid: 'full',
      header: false,
    });
  } else if (layout === 'stacked') {
    for (const t of terms) writer.stacked(t.label, t.value);
  } else if (layout === 'grid4') {
    const rows: Array<[Term, Term?]> = [
      [get('principal')], [get('principalWords')], [get('currency'), get('term')], [get('rate'), get('repayment')],
      [get('period')], [get('account')], [get('collateral')],
    ];
    grid4(writer, style, rows);
  } else if (layout === 'blanks') {
    terms.forEach((t, i) => blankLine(writer, style, i, t));
  } else if (layout === 'articles') {
    // Each key term is an article of its own (第一条 …); the standard clauses continue the numbering.
    if (!zh) writer.para('1. PARTICULARS OF THE LOAN', { bold: true, gap: style.size * 0.4 });
    terms.forEach((t, i) => article(writer, style, zh ? `第${chineseOrdinal(i + 1)}条　` : `1.${i + 1}  `, t));
  } else if (layout === 'clause-para') {
    clauseParagraph(writer, style, get, style.dateStyle === 'dmy-slash');
  } else if (layout === 'label-above') {
    writer.para(zh ? '一、借款基本要素' : 'LOAN DETAILS', { bold: true, gap: style.size * 0.6 });
    const order: Array<[Term['key'], boolean]> = [['principal', false], ['currency', false], ['principalWords', true], ['rate', false], ['term', false],
      ['period', true], ['repayment', true], ['account', true], ['collateral', true]];
    labelAboveGrid(writer, order.map(([key, span]) => ({ label: get(key).label, value: get(key).value, span })), 2);
    if (!zh && style.dateStyle === 'dmy-slash') writer.para('Dates are shown as DD/MM/YYYY.', { size: style.size * 0.85 });
  } else if (layout === 'schedule') {
    writer.para(zh
      ? '本合同项下借款的金额、期限、利率、还款方式等主要条款详见本合同附件《借款主要条款表》，该附件是本合同不可分割的组成部分。'
      : 'The principal terms of the Loan (amount, tenor, interest and repayment) are set out in the Schedule, which forms an integral part of this Agreement.', { indent: zh ? style.size * 2 : 0 });
  }
  writer.gap(style.size * 0.5);
}

/** A ruled grid of label cells and value cells, two pairs per row or one pair whose value spans the row. */
function grid4(writer: PdfWriter, style: DocStyle, rows: Array<[Term, Term?]>): void {
  const doc = writer.doc;
  const pad = style.size * 0.4;
  const labelW = writer.width * 0.2;
  const valueW = writer.width * 0.3;
  for (const [a, b] of rows) {
    const cells: Array<{ text: string; x: number; w: number; bold: boolean }> = [{ text: a.label, x: writer.left, w: labelW, bold: true }];
    if (b) {
      cells.push({ text: a.value, x: writer.left + labelW, w: valueW, bold: false });
      cells.push({ text: b.label, x: writer.left + labelW + valueW, w: labelW, bold: true });
      cells.push({ text: b.value, x: writer.left + 2 * labelW + valueW, w: valueW, bold: false });
    } else {
      cells.push({ text: a.value, x: writer.left + labelW, w: writer.width - labelW, bold: false });
    }
    const height = Math.max(...cells.map((c) => doc.font(c.bold ? 'B' : 'R').heightOfString(c.text, { width: c.w - 2 * pad }))) + 2 * pad;
    writer.ensure(height + 2);
    const y = doc.y;
    for (const c of cells) {
      if (c.bold) doc.save().rect(c.x, y, c.w, height).fill('#eeeeee').restore();
      doc.font(c.bold ? 'B' : 'R').fillColor('black').text(c.text, c.x + pad, y + pad, { width: c.w - 2 * pad });
      doc.save().lineWidth(0.7).strokeColor('#222222').rect(c.x, y, c.w, height).stroke().restore();
    }
    doc.font('R');
    doc.y = y + height;
  }
}

/** "第一条　label：value" / "1.1  label: value": the article number in bold, the term after it. */
function article(writer: PdfWriter, style: DocStyle, head: string, term: Term): void {
  const doc = writer.doc;
  const zh = style.lang === 'zh';
  writer.ensure(style.size * 2.4);
  doc.font('B').fillColor('black').text(head, writer.left, doc.y, { continued: true, width: writer.width, lineGap: style.size * 0.35 });
  doc.font('R').text(`${withColon(style, term.label)}${zh ? '' : ' '}${term.value}`, { continued: false });
  writer.gap(style.size * 0.3);
}

/** The key terms as a numbered table in an annex after the signatures (附件 / Schedule). */
function scheduleTable(writer: PdfWriter, style: DocStyle, terms: Term[]): void {
  const zh = style.lang === 'zh';
  writer.gap(style.size * 2);
  writer.ensure(style.size * 12);
  writer.para(zh ? '附件：借款主要条款表' : 'SCHEDULE — PARTICULARS OF THE LOAN', { bold: true, align: 'center', gap: style.size * 0.6 });
  writer.table({
    columns: [{ header: zh ? '序号' : 'No.', width: 0.1, align: 'center' }, { header: zh ? '项目' : 'Item', width: 0.28 }, { header: zh ? '约定内容' : 'Particulars', width: 0.62 }],
    rows: terms.map((t, i) => [String(i + 1), t.label, t.value]),
    grid: 'full',
  });
}

/** Swaps 甲方 and 乙方 for contracts that name the borrower 甲方. */
function swapParties(text: string): string {
  return text.replace(/甲方|乙方/g, (m) => (m === '甲方' ? '乙方' : '甲方'));
}

/** "（一）label：value" with the value written on an underlined blank, as on a printed form filled in. */
function blankLine(writer: PdfWriter, style: DocStyle, index: number, term: Term): void {
  const doc = writer.doc;
  const zh = style.lang === 'zh';
  const marker = zh ? `（${chineseOrdinal(index + 1)}）` : `(${String.fromCharCode(97 + index)}) `;
  writer.ensure(style.size * 2.4);
  doc.font('R').fillColor('black').text(`${marker}${withColon(style, term.label)}`, writer.left, doc.y, { continued: true, width: writer.width, lineGap: style.size * 0.5 });
  doc.text(`${zh ? '\u3000' : '  '}${term.value}${zh ? '\u3000' : '  '}`, { underline: true, continued: false });
  writer.gap(style.size * 0.35);
}

/** The key terms stated in sentences, as the first clauses of the contract. */
function proseClauses(style: DocStyle, facts: LoanFacts, terms: Term[]): Clause[] {
  const v = (key: Term['key']): string => (terms.find((t) => t.key === key) as Term).value;
  const l = (key: Term['key']): string => (terms.find((t) => t.key === key) as Term).label;
  const c = style.colon === '' ? '：' : style.colon;
  if (style.lang === 'zh') {
    return [
      { title: '借款金额', body: [`乙方向甲方申请借款，${l('principal')}为${v('principal')}（${l('principalWords')}${c}${v('principalWords')}），${l('currency')}为${v('currency')}。`] },
      { title: '借款期限', body: [`${l('term')}为${v('term')}，${l('period')}${v('period')}。实际放款日与上述日期不一致的，以借款借据记载为准。`] },
      { title: '借款利率', body: [`本合同项下借款${l('rate')}为${v('rate')}，在借款期限内保持不变。`] },
      { title: '还款方式', body: [`${l('repayment')}${c}${v('repayment')}。`] },
      { title: '放款账户', body: [`甲方将借款发放至乙方指定的账户，${l('account')}${c}${v('account')}。`] },
      { title: '抵押担保', body: [`乙方以其合法所有的房产为本合同项下借款提供抵押担保，${l('collateral')}${c}${v('collateral')}。`] },
    ];
  }
  return [
    { title: 'The Loan', body: [`The Lender agrees to make available to the Borrower a loan with a ${l('principal')} of ${v('principal')} (${l('principalWords')}${c} ${v('principalWords')}). ${l('currency')}${c} ${v('currency')}.`] },
    { title: 'Term', body: [`${l('term')}${c} ${v('term')}, ${l('period')} ${v('period')}, subject to the actual drawdown date.`] },
    { title: 'Interest Rate', body: [`${l('rate')}${c} ${v('rate')}, fixed for the whole term of the Loan.`] },
    { title: 'Repayment', body: [`${l('repayment')}${c} ${v('repayment')}.`] },
    { title: 'Disbursement', body: [`The Loan shall be paid into the account of the Borrower. ${l('account')}${c} ${v('account')}.`] },
    { title: 'Security', body: [`The Borrower mortgages to the Lender the property it owns. ${l('collateral')}${c} ${v('collateral')}.`] },
  ];
}

function chooseClauses(rng: Rng, lang: Lang, count: number): Clause[] {
  const library = clauseLibrary(lang);
  const keep = new Set([library.length - 5, library.length - 3, library.length - 1].slice(3 - Math.min(3, count)));
  const optional = rng.shuffle(library.map((_, i) => i).filter((i) => !keep.has(i))).slice(0, Math.max(0, count - keep.size));
  return library.filter((_, i) => keep.has(i) || optional.includes(i));
}

export async function renderContract(rng: Rng, variants: VariantSet, lang: Lang, options: ContractOptions): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(variants.englishCurrencies);
  const facts = options.given?.facts ?? makeLoanFacts(rng, lang, currency, variants.surnameFirstEnglish);
  const style = pickStyle(rng, variants, lang);
  if (options.compact) {
    style.size = Math.min(style.size, 10);
    style.margin = Math.min(style.margin, 50);
  }
  const layouts = variants.layouts.contract;
  const layout = options.layoutIndex === undefined ? rng.pick(layouts) : (layouts[options.layoutIndex % layouts.length] as ContractLayout);
  const numberStyle = rng.pick(variants.contractNumberStyles[lang]);
  const number = contractNumber(facts, numberStyle);
  const { terms, wordsText, repaymentText } = buildTerms(rng, variants, style, facts, options.given?.wordsCents);
  const title = style.label('contractTitle');
  const clauseNumbering = lang === 'zh' ? rng.pick(['第一条', '一、'] as const) : rng.pick(['1.', 'Article 1', 'Clause 1'] as const);
  const seal = await makeSeal(facts.lender.replace(/, .*$/, ''), lang, lang === 'zh' ? '合同专用章' : 'CONTRACT SEAL');
  const signature = await makeSignature(facts.borrower.name, lang);
  const showHeader = rng.chance(0.5);
  const startCount = rng.int(6, 12);
  // Opt-in (unset in dev, holdout and fresh, so no draw there): the borrower is 甲方, the lender 乙方.
  const swapped = variants.swappedParties !== undefined && lang === 'zh' && rng.chance(variants.swappedParties);
  const party = (text: string): string => (swapped ? swapParties(text) : text);
  // A label that already names its party (借款人（甲方）, blind only) is printed as it is.
  const named = (label: string): boolean => /甲方|乙方/.test(label);
  const lenderLabel = (): string => (swapped && !named(style.label('lender')) ? `乙方（${style.label('lender')}）` : style.label('lender'));
  const borrowerLabel = (): string => (swapped && !named(style.label('borrower')) ? `甲方（${style.label('borrower')}）` : style.label('borrower'));
  // Articles continue the numbering of the key terms (第十条 …; in English, clause 2 follows 1.1–1.9).
  const clauseOffset = layout === 'articles' ? (lang === 'zh' ? terms.length : 1) : layout === 'clause-para' ? 1 : 0;

  const target = Math.min(options.targetPages ?? options.maxPages, options.maxPages);
  const withCover = target >= 4;
  const render = async (clauseCount: number, signatureOnNewPage: boolean): Promise<{ pdf: Buffer; pageCount: number }> => {
    const writer = new PdfWriter({
      font: style.font, size: style.size, margin: style.margin, lang, title,
      creationDate: new Date(Date.UTC(facts.signing.y, facts.signing.m - 1, facts.signing.d, 9, 30)),
      producer: rng.pick(['Microsoft Word', 'WPS Office', 'LoanDoc Engine 3.2']),
    });
    const zh = lang === 'zh';
    if (withCover) {
      writer.gap(style.size * 12);
      writer.heading(title, style.size * 2.4);
      writer.gap(style.size * 6);
      const cover: Array<[string, string]> = [
        [style.label('contractNumber'), number],
        [borrowerLabel(), facts.borrower.name],
        [lenderLabel(), facts.lender],
      ];
      const coverWidth = labelWidth(writer, style, cover.map(([l]) => l));
      for (const [label, value] of cover) writer.kv(withColon(style, label), value, coverWidth);
      writer.newPage();
    }
    if (showHeader) writer.para(`${withColon(style, style.label('contractNumber'))}${number}`, { align: 'right', size: style.size * 0.85 });
    writer.gap(style.size);
    writer.heading(title);
    if (!showHeader) writer.para(`${withColon(style, style.label('contractNumber'))}${number}`, { align: 'center' });
    writer.gap(style.size * 0.5);
    const parties: Array<[string, string]> = [
      [lenderLabel(), facts.lender],
      [zh ? '住所' : 'Address', facts.lenderAddress],
      [borrowerLabel(), facts.borrower.name],
      [style.label('borrowerId'), facts.borrower.idNumber],
      [zh ? '住址' : 'Address', facts.borrowerAddress],
    ];
    if (layout === 'label-above') {
      labelAboveGrid(writer, parties.map(([label, value], i) => ({ label, value, span: i === parties.length - 1 })), 2);
    } else {
      const width = labelWidth(writer, style, parties.map(([l]) => l));
      for (const [label, value] of parties) writer.kv(withColon(style, label), value, width);
    }
    writer.gap(style.size * 0.5);
    writer.para(zh
      ? party('根据《中华人民共和国民法典》及相关法律法规的规定，甲乙双方本着平等自愿、诚实信用的原则，经协商一致，就乙方向甲方借款事宜订立本合同，以资共同遵守。')
      : 'The Lender and the Borrower, in accordance with the Civil Code of the People\'s Republic of China and other applicable laws, have agreed on the following terms after equal consultation.', { indent: zh ? style.size * 2 : 0 });
    writeTerms(writer, style, layout, terms);
    const clauses = [...(layout === 'prose' ? proseClauses(style, facts, terms) : []), ...chooseClauses(rng.fork(`clauses${clauseCount}`), lang, clauseCount)];
    const ownNumbering = layout === 'prose' || layout === 'articles' || layout === 'schedule' || layout === 'clause-para';
    if (zh && !ownNumbering && !(options.compact && clauses.length === 0)) writer.para('二、合同条款', { bold: true });
    clauses.forEach((clause, i) => {
      const n = i + 1 + clauseOffset;
      const head = zh
        ? clauseNumbering === '第一条' || layout === 'articles' || layout === 'clause-para' ? `第${chineseOrdinal(n)}条 ${clause.title}` : `${chineseOrdinal(n)}、${clause.title}`
        : clauseNumbering === '1.' ? `${n}. ${clause.title}` : `${clauseNumbering.split(' ')[0]} ${n} ${clause.title}`;
      writer.para(party(head), { bold: true, gap: style.size * 0.2 });
      for (const body of clause.body) writer.para(party(body), { indent: zh ? style.size * 2 : 0, align: 'justify' });
    });
    writer.para(zh ? '（以下无正文）' : '(The remainder of this page is intentionally left blank.)', { align: 'center' });
    if (signatureOnNewPage) writer.newPage();
    else writer.ensure(style.size * (options.compact ? 16 : 24));
    writer.gap(style.size * 2);
    writer.para(zh ? `${title}签署页` : 'EXECUTION PAGE', { bold: true, align: 'center', gap: style.size * 2 });
    const sign = zh
      ? [[party(`甲方（盖章）${style.colon || '：'}`), facts.lender], ['法定代表人或授权代表（签字）：', '________________'], [`日期${style.colon || '：'}`, style.date(facts.signing)]]
      : [['Lender (Seal):', facts.lender], ['Authorised Signatory:', '________________'], ['Date:', style.date(facts.signing)]];
    const signWidth = labelWidth(writer, style, sign.map(([l]) => l as string));
    const sealY = writer.y;
    for (const [label, value] of sign) writer.kv(label as string, value as string, signWidth);
    // The seal sits right of the short lines, clear of the lender's name and the date.
    if (!options.given?.noSeal) writer.image(seal, writer.left + writer.width - 112, sealY + style.size * 1.2, 104);
    writer.gap(style.size * (options.compact ? 3 : 5));
    const [signLabel, dateLabel] = zh ? [party(`乙方（签字）${style.colon || '：'}`), `日期${style.colon || '：'}`] : ['Borrower (Signature):', 'Date:'];
    const sigY = writer.y;
    writer.kv(signLabel, '', signWidth);
    if (!options.given?.noSignature) writer.image(signature, writer.left + signWidth, sigY - style.size * 1.4, lang === 'zh' ? 72 : 104);
    writer.gap(style.size * 1.6);
    writer.kv(dateLabel, style.date(facts.signing), signWidth);
    writer.gap(style.size * 2);
    writer.para(zh ? `签订地点：${facts.branchPlace.city}` : `Place of signing: ${facts.branchPlace.cityEn}`);
    if (layout === 'schedule') scheduleTable(writer, style, terms);
    return writer.finish((page, total) => footerText(style.footer, page, total).text);
  };

  // Drop clauses, then let the signature block share a page, until the contract fits.
  let clauseCount = startCount;
  let signatureOnNewPage = target > 2;
  let result = await render(clauseCount, signatureOnNewPage);
  const tooBig = (): boolean => result.pageCount > target || result.pdf.length > MAX_TEXT_PDF_BYTES;
  while (tooBig() && (clauseCount > 0 || signatureOnNewPage)) {
    if (clauseCount > 0) clauseCount = Math.max(0, clauseCount - 2);
    else signatureOnNewPage = false;
    result = await render(clauseCount, signatureOnNewPage);
  }
  if (tooBig()) throw new Error(`Contract does not fit ${target} pages / ${MAX_TEXT_PDF_BYTES} bytes even without clauses`);
  const pages = Array.from({ length: result.pageCount }, (_, i) => {
    const { printedNumber, printedTotal } = footerText(style.footer, i + 1, result.pageCount);
    return { ...(printedNumber ? { printedNumber } : {}), ...(printedTotal ? { printedTotal } : {}) };
  });
  return {
    pdf: result.pdf,
    pageCount: result.pageCount,
    pages,
    fields: {
      contractNumber: squash(number),
      borrowerName: squash(facts.borrower.name),
      borrowerIdNumber: facts.borrower.idNumber,
      lenderName: squash(facts.lender),
      principal: moneyValue(facts.principalCents),
      principalInWords: moneyValue(facts.principalCents),
      principalInWordsText: squash(wordsText),
      currency: facts.currency,
      annualRatePercent: facts.ratePercent,
      termMonths: facts.termMonths,
      startDate: isoDate(facts.start),
      endDate: isoDate(facts.end),
      repaymentMethod: repaymentText,
      repaymentMethodCode: facts.repayment,
      disbursementAccount: facts.account,
      collateralAddress: squash(facts.collateralAddress),
      signingDate: isoDate(facts.signing),
    },
    generator: {
      font: style.font.id, size: style.size, margin: style.margin, layout, footer: style.footer, dateStyle: style.dateStyle,
      colon: style.colon, numberStyle, endConvention: facts.endConvention, clauses: clauseCount, signatureOnNewPage, coverPage: withCover, fullWidth: style.fullWidth,
      ...(variants.swappedParties !== undefined && lang === 'zh' ? { swappedParties: swapped } : {}),
    },
  };
}
