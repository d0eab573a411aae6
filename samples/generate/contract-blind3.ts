/**
 * blind3 loan contracts. Layout `schedule`: parties and clauses first, every key term in a numbered
 * 附件 / Schedule table on the last page. Layout `blanks`: a printed form whose values sit on
 * underlines inside sentences.
 */
import { isoDate, type CivilDate } from './calendar.js';
import { moneyValue } from './format.js';
import { makeLoanFacts, type LoanFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { CURRENCY_NAME, FACES, fmtDate, group, money, pickFooter, Sheet, type DateFmt, type MoneyStyle } from './kit-blind3.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';
import type { Rng } from './prng.js';
import { makeSeal, makeSignature } from './seal.js';
import type { Currency, Lang, RepaymentCode } from './variant-types.js';

const REPAY: Record<Lang, Record<RepaymentCode, readonly string[]>> = {
  zh: {
    'equal-instalment': ['按月等额本息偿还', '分期等额归还本息'],
    'equal-principal': ['本金按月平均摊还，利息随本清', '按月等额归还本金、利息逐月结清'],
    'interest-only-bullet': ['按月付息，到期一次性归还本金', '按季结息、到期还本'],
  },
  en: {
    'equal-instalment': ['level monthly repayments of principal and interest', 'equated monthly instalments (EMI)'],
    'equal-principal': ['equal monthly principal reductions plus accrued interest', 'straight-line amortisation of principal, interest on the reducing balance'],
    'interest-only-bullet': ['monthly interest servicing, principal repaid in one sum at maturity', 'interest-only with balloon repayment at final maturity'],
  },
};

/** 1–19 in Chinese numerals. */
const cn = (n: number): string => (n <= 10 ? '一二三四五六七八九十'[n - 1] as string : `十${'一二三四五六七八九'[n - 11] as string}`);

const CUR_WORD: Record<Currency, string> = { CNY: 'Renminbi Yuan', USD: 'US Dollars', HKD: 'Hong Kong Dollars' };

function englishWords(cents: number, currency: Currency, style: number): string {
  const whole = toEnglishWords(Math.floor(cents / 100), { hyphen: style === 0, britishAnd: style === 1 });
  const cc = cents % 100;
  if (style === 0) return `${CUR_WORD[currency]} ${whole} and ${String(cc).padStart(2, '0')}/100 Only`;
  const tail = cc ? ` AND CENTS ${toEnglishWords(cc, { hyphen: true, britishAnd: false }).toUpperCase()}` : '';
  return `SAY ${CUR_WORD[currency].toUpperCase()} ${whole.toUpperCase()}${tail} ONLY`;
}

function contractNumber(rng: Rng, f: LoanFacts, lang: Lang): string {
  const serial = String(f.contractSerial).padStart(6, '0');
  if (lang === 'zh') return rng.pick([`${f.bank.code}个贷〔${f.year}〕${serial}号`, `${f.year}年个抵借字第${serial}号`]);
  return rng.pick([`FA/${f.year}/${f.bank.code}/${serial}`, `MLA-${f.year}${serial}-R`]);
}

interface Ctx {
  rng: Rng;
  lang: Lang;
  f: LoanFacts;
  number: string;
  words: string;
  figures: string;
  repay: string;
  dateFmt: DateFmt;
  fields: Record<string, string | number>;
}

const STANDARD_ZH = [
  '借款用途：借款人承诺借款仅用于购买自住住房，不得挪作他用，不得流入证券、期货及其他权益性投资领域。',
  '提款：贷款人在抵押登记办妥且借款人满足全部提款先决条件后，将借款一次性划入约定账户。',
  '利息计算：借款按日计息，日利率＝年利率÷360；利随本清的，结息日为还款日。',
  '提前还款：借款人提前归还全部或部分借款的，应提前三十日书面通知贷款人，贷款人有权收取相应补偿。',
  '逾期与罚息：借款人未按期还款的，贷款人自逾期之日起按本合同利率加收百分之五十计收罚息。',
  '借款人的陈述与保证：借款人提供的身份、收入、婚姻状况等资料均真实、完整、有效。',
  '抵押担保：借款人以本合同附件所列房产设定抵押，抵押登记费用由借款人承担。',
  '违约：借款人发生本合同约定违约事件的，贷款人有权宣布借款提前到期并要求立即清偿。',
  '通知与送达：双方在本合同中列明的地址即为送达地址，一方变更地址应及时书面通知对方。',
  '争议解决：因本合同引起的争议，由贷款人所在地人民法院管辖。',
  '其他：本合同自双方签字（盖章）之日起生效，一式三份，双方各执一份，登记机关留存一份。',
];
const STANDARD_EN = [
  'Purpose. The Borrower shall use the Loan solely to purchase the residential property described in the Schedule and for no other purpose.',
  'Drawdown. The Lender shall credit the Loan in a single advance to the Credit Account once the mortgage has been registered and all conditions precedent are satisfied.',
  'Interest. Interest accrues daily on the outstanding principal on the basis of a 360-day year and is payable on each Repayment Date.',
  'Prepayment. The Borrower may prepay all or part of the Loan on not less than thirty days\' written notice; a prepayment fee may apply.',
  'Default Interest. Any overdue amount bears interest at the contractual rate plus fifty per cent from the due date until paid in full.',
  'Representations. The Borrower represents that all information supplied on identity, income and marital status is true, complete and accurate.',
  'Security. The Loan is secured by a first-ranking mortgage over the property described in the Schedule; registration costs are for the Borrower.',
  'Events of Default. Upon an Event of Default the Lender may declare the Loan immediately due and payable.',
  'Notices. Notices shall be sent to the addresses stated above; a party changing its address shall promptly notify the other.',
  'Governing Law. This Agreement is governed by the laws of the People\'s Republic of China; disputes go to the court where the Lender is located.',
  'Counterparts. This Agreement takes effect upon signature by both parties and is executed in three counterparts.',
];

async function signatures(s: Sheet, c: Ctx, withDate: boolean): Promise<void> {
  const { lang, f } = c;
  if (s.y + 150 > s.bottom) s.newPage();
  s.y += 14;
  const half = s.width / 2;
  const top = s.y;
  s.put(lang === 'zh' ? '借款人（签字并按指印）：' : 'Signed by the Borrower:', s.left, top, half - 10);
  s.put(lang === 'zh' ? '贷款人（公章或合同专用章）：' : 'For and on behalf of the Lender:', s.left + half, top, half);
  s.image(await makeSignature(f.borrower.name, lang), s.left + 10, top + 18, lang === 'zh' ? 90 : 130);
  s.image(await makeSeal(f.lender.slice(0, 30), lang, lang === 'zh' ? '合同专用章' : 'LOAN CONTRACT SEAL'), s.left + half + 30, top + 14, 95);
  s.put(lang === 'zh' ? '负责人或授权代理人：' : 'Authorised signatory: ______________', s.left + half, top + 115, half);
  s.y = top + 140;
  if (withDate) {
    s.para(lang === 'zh' ? `签约地点：${f.branchPlace.city}　　签约时间：${fmtDate(f.signing, c.dateFmt)}` : `Place of signing: ${f.branchPlace.cityEn}    Date of signing: ${fmtDate(f.signing, c.dateFmt)}`);
  }
}

async function layoutSchedule(s: Sheet, c: Ctx, compact: boolean): Promise<void> {
  const { lang, f } = c;
  const zh = lang === 'zh';
  const letterhead = s.put(f.lender, s.left, s.y, s.width * 0.6, { bold: true, size: s.size + 1, color: '#1f3b6f' });
  s.put(zh ? `合同编码：${c.number}` : `Agreement Ref.: ${c.number}`, s.left + s.width * 0.6, s.y, s.width * 0.4, { align: 'right', size: s.size - 1 });
  s.y += Math.max(letterhead, s.size * 2) + 12;
  s.line(s.left, s.y - 6, s.left + s.width, s.y - 6, 1.5, '#1f3b6f');
  s.para(zh ? '个人住房抵押借款合同' : 'RESIDENTIAL MORTGAGE FACILITY AGREEMENT', { bold: true, size: s.size + 6, align: 'center', after: 12 });
  const parties: Array<[string, string]> = zh
    ? [['甲方（借款人）', f.borrower.name], ['居民身份证号码', f.borrower.idNumber], ['通讯地址', f.borrowerAddress], ['乙方（贷款人）', f.lender], ['营业场所', f.lenderAddress]]
    : [['The Borrower', f.borrower.name], ['PRC ID Card No.', f.borrower.idNumber], ['Correspondence Address', f.borrowerAddress], ['The Lender', f.lender], ['Registered Office', f.lenderAddress]];
  for (const [k, v] of parties) s.row([k, v], [s.width * 0.28, s.width * 0.72], { ruled: 'none', pad: 2.5, aligns: ['left', 'left'] });
  s.y += 8;
  s.para(zh
    ? '甲乙双方经平等协商，就甲方向乙方申请个人住房抵押借款事宜订立本合同。本合同项下借款的金额、币别、利率、期间、还款方式、入账账户及抵押物等要素，均以本合同附件一《借款要素表》为准，附件一是本合同不可分割的组成部分。'
    : 'The parties agree as follows. The amount, currency, interest rate, tenor, repayment basis, credit account and mortgaged property of the Loan are set out in Schedule 1 (Key Terms), which forms an integral part of this Agreement.', { align: 'justify', after: 8 });
  const clauses = zh ? STANDARD_ZH : STANDARD_EN;
  const n = compact ? 5 : clauses.length;
  clauses.slice(0, n).forEach((text, i) => {
    s.para(zh ? `第${cn(i + 1)}条　${text}` : `${i + 1}. ${text}`, { size: s.size - (compact ? 1 : 0), align: 'justify', after: 5 });
  });
  await signatures(s, c, false);
  s.newPage();
  s.para(zh ? '附件一　借款要素表' : 'SCHEDULE 1 — KEY TERMS', { bold: true, size: s.size + 3, align: 'center', after: 4 });
  s.para(zh ? `（本附件与编码为${c.number}的合同具有同等效力）` : `(forming part of Agreement Ref. ${c.number})`, { size: s.size - 1, align: 'center', after: 10 });
  const rows: Array<[string, string]> = zh
    ? [
      ['借款人', f.borrower.name], ['借款本金（小写）', c.figures], ['借款本金（大写）', c.words], ['币别', CURRENCY_NAME.zh[f.currency]],
      ['执行年利率', `${f.ratePercent}%（固定）`], ['借款期间', `${f.termMonths}个月`], ['起息日', fmtDate(f.start, c.dateFmt)], ['到期日', fmtDate(f.end, c.dateFmt)],
      ['还本付息方式', c.repay], ['放款入账账户', group(f.account)], ['抵押物坐落', f.collateralAddress], ['合同签订日', fmtDate(f.signing, c.dateFmt)],
    ]
    : [
      ['Borrower', f.borrower.name], ['Facility Amount (figures)', c.figures], ['Facility Amount (words)', c.words], ['Currency of Facility', CURRENCY_NAME.en[f.currency]],
      ['Interest Rate', `${f.ratePercent}% per annum, fixed`], ['Tenor', `${f.termMonths} months`], ['Value Date', fmtDate(f.start, c.dateFmt)], ['Final Maturity Date', fmtDate(f.end, c.dateFmt)],
      ['Repayment Basis', c.repay], ['Credit Account', group(f.account)], ['Mortgaged Property Situated At', f.collateralAddress], ['Date of this Agreement', fmtDate(f.signing, c.dateFmt)],
    ];
  const w = [s.width * 0.08, s.width * 0.3, s.width * 0.62];
  s.row([zh ? '序号' : 'Item', zh ? '要素' : 'Term', zh ? '约定内容' : 'Particulars'], w, { bold: true, fill: '#e4e9f2', ruled: 'box' });
  rows.forEach(([k, v], i) => s.row([String(i + 1), k, v], w, { ruled: 'box', aligns: ['center', 'left', 'left'] }));
}

/** Writes `parts` as one flowing paragraph; odd-index parts are values, set on an underline. */
function blanks(s: Sheet, parts: string[]): void {
  const doc = s.doc;
  doc.fontSize(s.size);
  const opts = { width: s.width, lineGap: s.size * 0.7, align: 'left' as const };
  const plain = parts.join('');
  doc.font('R');
  const h = doc.heightOfString(plain.replace(/ /g, '  '), opts) + s.size;
  if (s.y + h > s.bottom) s.newPage();
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    const value = i % 2 === 1;
    const text = value ? ` ${p} ` : p;
    if (i === 0) doc.font('R').text(text, s.left, s.y, { ...opts, continued: !last, underline: value });
    else doc.font('R').text(text, { continued: !last, underline: value });
  });
  s.y = doc.y + s.size * 0.6;
}

async function layoutBlanks(s: Sheet, c: Ctx): Promise<void> {
  const { lang, f } = c;
  const zh = lang === 'zh';
  s.put(zh ? '（格式文本，空白处由经办人员填写）' : 'STANDARD FORM — blanks completed by the lending officer', s.left, s.y, s.width, { size: s.size - 2, color: '#555555' });
  s.put(zh ? `编号 ${c.number}` : `No. ${c.number}`, s.left, s.y, s.width, { align: 'right', bold: true });
  s.y += 26;
  s.para(zh ? '个 人 借 款 合 同' : 'Personal Loan Agreement', { bold: true, size: s.size + 8, align: 'center', after: 14 });
  const d = (x: CivilDate): string[] => [String(x.y), '年', String(x.m).padStart(2, '0'), '月', String(x.d).padStart(2, '0'), '日'];
  if (zh) {
    const start = d(f.start);
    const end = d(f.end);
    blanks(s, ['借款人', f.borrower.name, '（居民身份证号码', f.borrower.idNumber, '，住址', f.borrowerAddress, '）因个人消费需要向贷款人', f.lender, '申请借款，贷款人经审查同意发放。为明确双方权利义务，订立本合同，共同遵守。']);
    blanks(s, ['一、本合同项下借款本金为人民币（大写）', c.words, '，（小写）', c.figures, '。']);
    blanks(s, ['二、借款期限为', String(f.termMonths), '个月，自', start[0] as string, '年', start[2] as string, '月', start[4] as string, '日起至', end[0] as string, '年', end[2] as string, '月', end[4] as string, '日止；实际放款日与上述日期不一致的，以借款借据记载为准。']);
    blanks(s, ['三、借款年利率为', `${f.ratePercent}%`, '，在借款期限内保持不变。']);
    blanks(s, ['四、借款人按照', c.repay, '的方式归还借款本息。']);
    blanks(s, ['五、贷款人将借款资金划入借款人在贷款人处开立的账户，账号', group(f.account), '。']);
    blanks(s, ['六、借款人以其所有的位于', f.collateralAddress, '的房产为本合同项下债务提供抵押担保，另行签订抵押合同。']);
    STANDARD_ZH.slice(3, 10).forEach((t, i) => s.para(`${cn(i + 7)}、${t.replace('本合同附件所列房产', '第六条所列房产')}`, { align: 'justify', after: 6 }));
    const sg = d(f.signing);
    blanks(s, ['本合同由双方于', sg[0] as string, '年', sg[2] as string, '月', sg[4] as string, '日签订。']);
  } else {
    blanks(s, ['THIS AGREEMENT is made on', fmtDate(f.signing, c.dateFmt), 'between', f.lender, '(the "Lender") and', f.borrower.name, ', holder of PRC Resident Identity Card number', f.borrower.idNumber, ', of', f.borrowerAddress, '(the "Borrower").']);
    blanks(s, ['1. The Lender agrees to lend and the Borrower agrees to borrow the sum of', c.figures, '(', c.words, ') in', CURRENCY_NAME.en[f.currency], '.']);
    blanks(s, ['2. The Loan is repayable over', String(f.termMonths), 'months commencing on', fmtDate(f.start, c.dateFmt), 'and ending on', fmtDate(f.end, c.dateFmt), '.']);
    blanks(s, ['3. Interest shall accrue at the fixed rate of', `${f.ratePercent}%`, 'per annum.']);
    blanks(s, ['4. The Borrower shall repay the Loan by', c.repay, '.']);
    blanks(s, ['5. The Loan shall be paid into the Borrower\'s account number', group(f.account), 'held with the Lender.']);
    blanks(s, ['6. As security the Borrower mortgages to the Lender the property at', f.collateralAddress, '.']);
    STANDARD_EN.slice(3, 10).forEach((t, i) => s.para(`${i + 7}. ${t.replace('described in the Schedule', 'described in clause 6')}`, { align: 'justify', after: 6 }));
  }
  await signatures(s, c, false);
}

/** Renders one blind3 contract; `ordinal` even → schedule layout, odd → blanks. */
export async function renderContractBlind3(rng: Rng, lang: Lang, ordinal: number, maxPages: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const f = makeLoanFacts(rng, lang, currency, 0.5);
  const layout = ordinal % 2 === 0 ? 'schedule' : 'blanks';
  const face = FACES[lang][ordinal % 4] as (typeof FACES)['zh'][number];
  const size = rng.pick(lang === 'zh' ? [10, 10.5, 11] : [9.5, 10, 10.5]);
  const margin = rng.pick([48, 56, 64]);
  const dateFmt: DateFmt = rng.pick(lang === 'zh' ? ['zh-full', 'zh-pad', 'dot'] as const : ['en-long', 'en-monday', 'en-dmon'] as const);
  const moneyStyle: MoneyStyle = lang === 'zh' ? rng.pick(['yen-prefix', 'yuan-suffix'] as const) : rng.pick(['code-prefix', 'yen-prefix'] as const);
  const wordsStyle = rng.int(0, 1);
  const zhStyle = { yuan: rng.pick(['元', '圆'] as const), whole: rng.pick(['整', '正'] as const) };
  let words = lang === 'zh' ? toChineseMoneyWords(f.principalCents, zhStyle) : englishWords(f.principalCents, currency, wordsStyle);
  if (lang === 'zh' && layout === 'schedule') words = `人民币${words}`;
  const figures = layout === 'blanks' && lang === 'zh' ? money(f.principalCents, 'yen-prefix', currency).replace('¥', '￥') : money(f.principalCents, moneyStyle, currency);
  const repay = rng.pick(REPAY[lang][f.repayment]);
  const c: Ctx = { rng, lang, f, number: contractNumber(rng, f, lang), words, figures, repay, dateFmt, fields: {} };
  const footer = pickFooter(rng, lang, lang === 'zh' ? '个人借款合同' : 'Loan Agreement');
  const s = new Sheet(face, size, margin, false, lang === 'zh' ? '个人借款合同' : 'Loan Agreement', rng.pick(['iText 7.2.5', 'Microsoft Reporting Services', 'FineReport 11']));
  if (layout === 'schedule') await layoutSchedule(s, c, maxPages <= 2);
  else await layoutBlanks(s, c);
  const out = await s.finish(footer.footer);
  if (out.pageCount > maxPages) throw new Error(`blind3 contract has ${out.pageCount} pages, expected ≤ ${maxPages}`);
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
    generator: { set: 'blind3', layout, font: face.id, size, margin, footer: footer.id, dateFmt, moneyStyle, endConvention: f.endConvention },
  };
}
