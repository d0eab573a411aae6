/**
 * blind4 loan contracts. Family A `cover-grid`: a 合同要素表 / Key Facts cover page of boxed cells with
 * each label ABOVE its value, then the clauses and signatures. Family B: zh `jieju` — a landscape
 * 借款借据 (drawdown receipt) whose values sit in horizontal bands (labels row, values row below);
 * en `letter` — a facility letter ("Dear Mr X, we are pleased to offer…") with every term in prose.
 */
import { isoDate } from './calendar.js';
import { makeLoanFacts, type LoanFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES4, fmtDate4, group4, num4, pickFooter4, Sheet4, type DateFmt4 } from './kit-blind4.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';
import type { Rng } from './prng.js';
import { makeSeal, makeSignature } from './seal.js';
import type { Currency, Lang, RepaymentCode } from './variant-types.js';

const REPAY4: Record<Lang, Record<RepaymentCode, readonly string[]>> = {
  zh: {
    'equal-instalment': ['每月以相同金额偿还借款本息', '等额本息（按月）'],
    'equal-principal': ['每期等额偿还本金，利息按剩余本金计算', '等额本金（按月）'],
    'interest-only-bullet': ['按月支付利息，期满一次偿还全部本金', '先息后本'],
  },
  en: {
    'equal-instalment': ['fixed monthly instalments covering principal and interest', 'blended monthly payments (annuity basis)'],
    'equal-principal': ['constant monthly principal plus interest on the outstanding balance', 'declining-balance repayments with a fixed principal portion each month'],
    'interest-only-bullet': ['interest payable monthly with the whole principal due on the maturity date', 'bullet repayment at maturity, interest serviced monthly'],
  },
};

const CUR_EN: Record<Currency, [symbol: string, words: string]> = { USD: ['USD', 'United States Dollars'], HKD: ['HKD', 'Hong Kong Dollars'], CNY: ['RMB', 'Renminbi'] };

function enWords(cents: number, currency: Currency, style: number): string {
  const whole = toEnglishWords(Math.floor(cents / 100), { hyphen: style === 1, britishAnd: style === 0 });
  const cc = cents % 100;
  if (style === 0) return `${CUR_EN[currency][1]} ${whole}${cc ? ` and Cents ${toEnglishWords(cc, { hyphen: false, britishAnd: false })}` : ''} Only`;
  return `${CUR_EN[currency][1].toUpperCase()} ${whole.toUpperCase()} AND ${String(cc).padStart(2, '0')} CENTS`;
}

const CLAUSES_ZH = [
  '借款用途：本借款仅用于借款人购置自用住房，借款人不得改变借款用途。',
  '放款条件：抵押登记手续办理完毕、借款人已提交全部放款资料后，贷款人按要素表约定发放借款。',
  '计息：借款自实际放款日起按日计息，日利率为年利率除以三百六十。',
  '提前还款：借款人可申请提前还款，须提前十五个工作日向贷款人提出书面申请。',
  '逾期：借款人未按约定还款的，逾期部分自逾期之日起按约定利率上浮百分之五十计收罚息。',
  '违约处理：借款人违反本合同约定的，贷款人有权停止发放尚未发放的借款并提前收回已发放借款。',
  '争议解决：本合同履行中发生争议的，双方协商解决；协商不成的，向贷款人住所地人民法院起诉。',
  '生效：本合同经双方签字或盖章后生效，一式三份，具有同等法律效力。',
];
const CLAUSES_EN = [
  'Use of proceeds. The Loan shall be applied only towards the purchase of the Borrower\'s own residence.',
  'Conditions of drawdown. The Lender will advance the Loan once the mortgage is registered and all documents listed by the Lender have been received.',
  'Interest. Interest accrues from the drawdown date on a daily basis, 360 days to the year.',
  'Early repayment. The Borrower may repay early on fifteen business days\' written notice to the Lender.',
  'Late payment. Amounts not paid when due bear additional interest at fifty per cent above the agreed rate.',
  'Default. On any breach the Lender may cancel any undrawn amount and demand immediate repayment.',
  'Law and jurisdiction. This agreement is governed by PRC law; the courts at the Lender\'s domicile have jurisdiction.',
  'Effect. This agreement takes effect when signed by both parties and is made in three originals.',
];

function contractNo(rng: Rng, f: LoanFacts, lang: Lang): string {
  const s = String(f.contractSerial).padStart(5, '0');
  if (lang === 'zh') return rng.pick([`${f.bank.code}（${f.year}）房贷字${s}号`, `JK-${f.year}-${f.bank.code}-${s}`]);
  return rng.pick([`${f.bank.code}/FL/${f.year}/${s}`, `TL${f.year}${s}`]);
}

interface C4 { f: LoanFacts; lang: Lang; number: string; figures: string; words: string; repay: string; dateFmt: DateFmt4 }

async function signBlock(s: Sheet4, c: C4): Promise<void> {
  const zh = c.lang === 'zh';
  if (s.y + 120 > s.bottom) s.newPage();
  s.y += 10;
  const half = s.width / 2;
  const top = s.y;
  s.put(zh ? '借款人签名：' : 'Borrower:', s.left, top, half);
  s.put(zh ? '贷款人盖章：' : 'Lender:', s.left + half, top, half);
  s.image(await makeSignature(c.f.borrower.name, c.lang), s.left + 8, top + 16, zh ? 80 : 120);
  s.image(await makeSeal(c.f.lender.slice(0, 30), c.lang, zh ? '个人贷款业务专用章' : 'CREDIT DEPARTMENT'), s.left + half + 20, top + 8, 88);
  s.y = top + 110;
}

/** Family A: boxed cells, label above value. */
async function coverGrid(s: Sheet4, c: C4, compact: boolean): Promise<void> {
  const { f, lang } = c;
  const zh = lang === 'zh';
  s.put(f.lender, s.left, s.y, s.width, { bold: true, size: s.size + 1 });
  s.y += s.size * 2 + 6;
  s.para(zh ? '个人购房借款合同' : 'HOME PURCHASE LOAN CONTRACT', { bold: true, size: s.size + 7, align: 'center', after: 2 });
  s.para(zh ? '第一部分　合同要素表' : 'PART ONE — KEY FACTS', { size: s.size + 1, align: 'center', after: 10 });
  const cells: Array<[string, string, number]> = zh
    ? [
      ['合同编号', c.number, 1], ['借款人姓名', f.borrower.name, 1], ['借款人证件号码', f.borrower.idNumber, 1],
      ['贷款人', f.lender, 2], ['币种', '人民币', 1],
      ['借款金额（小写）', c.figures, 1], ['借款金额（大写）', c.words, 2],
      ['年利率（固定）', `${f.ratePercent}%`, 1], ['借款期限', `${f.termMonths}个月`, 1], ['还款方式', c.repay, 1],
      ['借款起始日', fmtDate4(f.start, c.dateFmt), 1], ['借款到期日', fmtDate4(f.end, c.dateFmt), 1], ['签约日期', fmtDate4(f.signing, c.dateFmt), 1],
      ['借款发放账户', group4(f.account, 4), 1], ['抵押房产坐落', f.collateralAddress, 2],
    ]
    : [
      ['Contract No.', c.number, 1], ['Name of Borrower', f.borrower.name, 1], ['Borrower ID (PRC)', f.borrower.idNumber, 1],
      ['Lending Bank', f.lender, 2], ['Loan Currency', CUR_EN[f.currency][0], 1],
      ['Principal', c.figures, 1], ['Principal in Words', c.words, 2],
      ['Fixed Rate p.a.', `${f.ratePercent}%`, 1], ['Loan Term', `${f.termMonths} months`, 1], ['Repayment', c.repay, 1],
      ['First Day of Term', fmtDate4(f.start, c.dateFmt), 1], ['Last Day of Term', fmtDate4(f.end, c.dateFmt), 1], ['Contract Date', fmtDate4(f.signing, c.dateFmt), 1],
      ['Payout Account', group4(f.account, 4), 1], ['Mortgaged Property', f.collateralAddress, 2],
    ];
  const colW = s.width / 3;
  let col = 0;
  let line: Array<[string, string, number]> = [];
  const flush = (): void => {
    const pad = 5;
    const hs = line.map(([, v, span]) => s.heightOf(v, colW * span - 2 * pad, { bold: true }));
    const h = Math.max(...hs) + s.size + 3 * pad;
    let x = s.left;
    for (const [k, v, span] of line) {
      const w = colW * span;
      s.box(x, s.y, w, s.size + pad + 2, { fill: '#eef1f4' });
      s.box(x, s.y, w, h, { stroke: '#555555' });
      s.put(k, x + pad, s.y + 3, w - 2 * pad, { size: s.size - 2, color: '#555555' });
      s.put(v, x + pad, s.y + s.size + 2 * pad, w - 2 * pad, { bold: true });
      x += w;
    }
    s.y += h;
    line = [];
    col = 0;
  };
  for (const cell of cells) {
    if (col + cell[2] > 3) flush();
    line.push(cell);
    col += cell[2];
    if (col === 3) flush();
  }
  if (line.length) flush();
  s.y += 8;
  s.para(zh ? '本要素表与第二部分通用条款共同构成本合同；二者不一致的，以本要素表为准。' : 'These Key Facts and the General Terms in Part Two together form this contract; where they differ, the Key Facts prevail.', { size: s.size - 1.5, after: 10 });
  if (!compact) s.newPage();
  s.para(zh ? '第二部分　通用条款' : 'PART TWO — GENERAL TERMS', { bold: true, size: s.size + 1, after: 8 });
  const clauses = zh ? CLAUSES_ZH : CLAUSES_EN;
  clauses.slice(0, compact ? 4 : clauses.length).forEach((t, i) => s.para(zh ? `${i + 1}．${t}` : `${i + 1}) ${t}`, { align: 'justify', after: 5, size: s.size - (compact ? 1 : 0) }));
  await signBlock(s, c);
}

/** Family B (zh): a landscape drawdown receipt with horizontal label/value bands. */
async function jieju(s: Sheet4, c: C4): Promise<void> {
  const { f } = c;
  s.para('个人贷款借款借据', { bold: true, size: s.size + 6, align: 'center', after: 2 });
  s.put(`借据号：JJ${f.year}${String(f.contractSerial).padStart(7, '0')}`, s.left, s.y, s.width / 2, { size: s.size - 1 });
  s.put(`经办行：${f.lender}`, s.left + s.width / 2, s.y, s.width / 2, { size: s.size - 1, align: 'right' });
  s.y += s.size + 10;
  const band = (labels: string[], values: string[], widths: number[]): void => {
    const w = widths.map((x) => x * s.width);
    s.row(labels, w, { ruled: 'box', fill: '#f2ede1', size: s.size - 1, aligns: labels.map(() => 'center') });
    s.row(values, w, { ruled: 'box', aligns: values.map(() => 'center'), pad: 6 });
    s.y += 6;
  };
  band(['借款人', '证件号码', '借款合同编号', '贷款人'], [f.borrower.name, f.borrower.idNumber, c.number, f.lender], [0.14, 0.24, 0.26, 0.36]);
  band(['借款金额（小写）', '借款金额（大写）', '币种', '年利率'], [c.figures, c.words, '人民币', `${f.ratePercent}%`], [0.2, 0.5, 0.12, 0.18]);
  band(['借款期限', '放款日', '到期日', '还款方式', '借款合同签订日'], [`${f.termMonths}个月`, fmtDate4(f.start, c.dateFmt), fmtDate4(f.end, c.dateFmt), c.repay, fmtDate4(f.signing, c.dateFmt)], [0.12, 0.16, 0.16, 0.36, 0.2]);
  band(['入账账号', '抵押物坐落'], [group4(f.account, 4, ' '), f.collateralAddress], [0.3, 0.7]);
  s.para('借款人确认已收到上述借款，并按借款合同约定按期归还借款本息。本借据为借款合同的组成部分，借据记载与借款合同不一致的，以借据记载为准。', { size: s.size - 1, after: 6 });
  await signBlock(s, c);
}

/** Family B (en): a facility letter; every term in prose. */
async function letter(s: Sheet4, c: C4): Promise<void> {
  const { f } = c;
  s.put(f.lender, s.left, s.y, s.width, { bold: true, size: s.size + 2, align: 'right' });
  s.y += s.size * 2 + 4;
  s.put(f.lenderAddress, s.left, s.y, s.width, { size: s.size - 1.5, align: 'right', color: '#555555' });
  s.y += s.size * 3;
  const surname = f.borrower.name.split(' ').find((w) => w === w.toUpperCase() && w.length > 1) ?? f.borrower.name.split(' ').slice(-1)[0] ?? '';
  const title = surname.charAt(0) + surname.slice(1).toLowerCase();
  s.para(`Our ref.: ${c.number}`, { after: 2 });
  s.para(fmtDate4(f.signing, c.dateFmt), { after: 12 });
  s.para('PRIVATE AND CONFIDENTIAL', { bold: true, after: 2 });
  s.para(`${f.borrower.name}\n${f.borrowerAddress}`, { after: 12 });
  s.para(`Dear Mr/Ms ${title},`, { after: 8 });
  s.para('Term Loan Facility', { bold: true, after: 8 });
  s.para(`We are pleased to offer you, ${f.borrower.name} (PRC Resident Identity Card No. ${f.borrower.idNumber}), a term loan facility of ${c.figures} (${c.words}) on the terms of this letter.`, { align: 'justify', firstIndent: 0 });
  s.para(`The facility is made available for ${f.termMonths} months, starting on ${fmtDate4(f.start, c.dateFmt)} and ending on ${fmtDate4(f.end, c.dateFmt)}, when all sums outstanding become due. Interest is charged at ${f.ratePercent}% per annum, fixed for the whole term.`, { align: 'justify' });
  s.para(`You will repay the facility by ${c.repay}. We will pay the loan into your account no. ${group4(f.account, 4, '-')} with us.`, { align: 'justify' });
  s.para(`As security you will grant us a first legal mortgage over the property at ${f.collateralAddress}, to be registered before drawdown.`, { align: 'justify' });
  s.para('Our general terms for personal lending, which you have received, apply to this facility. This offer lapses if we do not receive the duplicate of this letter signed by you within fourteen days of its date.', { align: 'justify' });
  s.para('Yours sincerely,', { after: 40 });
  s.para(`for and on behalf of ${f.lender}`, { size: s.size - 1, after: 10 });
  s.para('MEMORANDUM OF ACCEPTANCE — I accept the facility on the terms and conditions set out above.', { bold: true, size: s.size - 1 });
  await signBlock(s, c);
}

export async function renderContractBlind4(rng: Rng, lang: Lang, ordinal: number, maxPages: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const f = makeLoanFacts(rng, lang, currency, 0.4);
  const family = ordinal % 2 === 0 ? 'A' : 'B';
  const layout = family === 'A' ? 'cover-grid' : lang === 'zh' ? 'jieju' : 'letter';
  const face = FACES4[lang][ordinal % 3] as Face;
  const size = rng.pick(lang === 'zh' ? [10, 10.5] : [10, 10.5, 11]);
  const margin = rng.pick([50, 58]);
  const dateFmt: DateFmt4 = rng.pick(lang === 'zh' ? ['zh-spaced', 'zh-pad', 'dash'] as const : ['en-ord', 'en-mdy-short', 'en-dmon-dash'] as const);
  const sep = rng.chance(0.7);
  const wordsStyle = rng.int(0, 1);
  const zhStyle = { yuan: rng.pick(['元', '圆'] as const), whole: rng.pick(['整', '正'] as const) };
  const withRmb = rng.chance(0.5);
  const words = lang === 'zh' ? `${withRmb ? '人民币' : ''}${toChineseMoneyWords(f.principalCents, zhStyle)}` : enWords(f.principalCents, currency, wordsStyle);
  const figures = lang === 'zh'
    ? rng.pick([`RMB${num4(f.principalCents, sep)}`, `${num4(f.principalCents, sep)}元`, `￥${num4(f.principalCents, sep)}`])
    : `${CUR_EN[currency][0]}${rng.pick([' ', ''])}${num4(f.principalCents, sep)}`;
  const repay = rng.pick(REPAY4[lang][f.repayment]);
  const c: C4 = { f, lang, number: contractNo(rng, f, lang), figures, words, repay, dateFmt };
  const footer = pickFooter4(rng, lang, lang === 'zh' ? '借款合同' : 'Facility');
  const pageSize = layout === 'letter' ? 'LETTER' : 'A4';
  const s = new Sheet4(face, size, margin, pageSize, layout === 'jieju', lang === 'zh' ? '借款合同' : 'Loan', rng.pick(['Foxit PDF SDK', 'Apache FOP Version 2.8', 'DocuWare']));
  if (layout === 'cover-grid') await coverGrid(s, c, maxPages <= 2);
  else if (layout === 'jieju') await jieju(s, c);
  else await letter(s, c);
  const out = await s.finish(footer.footer);
  if (out.pageCount > maxPages) throw new Error(`blind4 contract has ${out.pageCount} pages, expected ≤ ${maxPages}`);
  const sq = (t: string): string => t.replace(/\s+/g, '');
  return {
    pdf: out.pdf,
    pageCount: out.pageCount,
    pages: out.pages,
    fields: {
      contractNumber: sq(c.number),
      borrowerName: sq(f.borrower.name),
      borrowerIdNumber: f.borrower.idNumber,
      lenderName: sq(f.lender),
      principal: moneyValue(f.principalCents),
      principalInWords: moneyValue(f.principalCents),
      principalInWordsText: sq(words),
      currency,
      annualRatePercent: f.ratePercent,
      termMonths: f.termMonths,
      startDate: isoDate(f.start),
      endDate: isoDate(f.end),
      repaymentMethod: repay,
      repaymentMethodCode: f.repayment,
      disbursementAccount: f.account,
      collateralAddress: sq(f.collateralAddress),
      signingDate: isoDate(f.signing),
    },
    generator: { set: 'blind4', layout, family, font: face.id, size, margin, pageSize, footer: footer.id, dateFmt, thousands: sep, endConvention: f.endConvention },
  };
}

type Face = (typeof FACES4)['zh'][number];
