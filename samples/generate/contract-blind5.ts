/**
 * blind5 loan contracts. Family A `two-column`: a printed consumer-loan contract whose clauses flow in
 * two text columns; the key terms sit inside numbered clauses (第一条 当事人 … / 1. PARTIES …), the
 * signing date in the signature block under the columns. Family B `definitions`: a single-column
 * agreement whose signing date is in the preamble and whose key terms are only given as definitions
 * in Article 1 (1.3 “借款本金”：指… / 1.3 "Principal" means …).
 */
import { isoDate } from './calendar.js';
import { makeLoanFacts, type LoanFacts } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES5, fmtDate5, group5, num5, pickFooter5, Sheet5, type DateFmt5, type Face5 } from './kit-blind5.js';
import { toChineseMoneyWords, toEnglishWords } from './money-words.js';
import type { Rng } from './prng.js';
import { makeSeal, makeSignature } from './seal.js';
import type { Currency, Lang, RepaymentCode } from './variant-types.js';

const REPAY5: Record<Lang, Record<RepaymentCode, readonly string[]>> = {
  zh: {
    'equal-instalment': ['按月等额还本付息', '本息合计每月等额偿还'],
    'equal-principal': ['按月等本递减偿还', '每月归还相同本金并支付当期利息'],
    'interest-only-bullet': ['按月结息，到期一次还本', '先付息后还本（按月付息）'],
  },
  en: {
    'equal-instalment': ['equal monthly repayments of principal and interest (mortgage-style amortisation)', 'level payments each month comprising principal and interest'],
    'equal-principal': ['monthly repayments of an equal amount of principal together with interest accrued on the balance', 'fixed principal instalments each month plus interest on the reducing balance'],
    'interest-only-bullet': ['monthly payments of interest only, with the principal repaid in full on the final repayment date', 'interest monthly in arrears; principal in a single payment at the end of the term'],
  },
};

const CUR5: Record<Currency, [code: string, words: string, symbol: string]> = { USD: ['USD', 'United States Dollars', 'US$'], HKD: ['HKD', 'Hong Kong Dollars', 'HK$'], CNY: ['CNY', 'Chinese Yuan', 'RMB'] };

/** English amount words: "One Hundred … United States Dollars and Forty-Five Cents" (currency after the number) or "Hong Kong Dollars One Hundred … and 45 Cents Only". */
function enWords5(cents: number, currency: Currency, style: number): string {
  // No hyphens: a hyphenated word at a line end is joined without its hyphen by text extractors.
  const whole = toEnglishWords(Math.floor(cents / 100), { hyphen: false, britishAnd: style === 1 });
  const cc = cents % 100;
  if (style === 0) return `${whole} ${CUR5[currency][1]}${cc ? ` and ${toEnglishWords(cc, { hyphen: false, britishAnd: false })} Cents` : ''}`;
  return `${CUR5[currency][1]} ${whole} and ${String(cc).padStart(2, '0')} Cents Only`;
}

interface C5 { f: LoanFacts; lang: Lang; number: string; figures: string; words: string; repay: string; dateFmt: DateFmt5; acct: string }

function contractNo(rng: Rng, f: LoanFacts, lang: Lang): string {
  const code = f.bank.code ?? 'BK';
  const serial = String(f.contractSerial).padStart(6, '0');
  return lang === 'zh'
    ? rng.pick([`${f.year}消贷${serial}`, `个借（${f.year}）第${serial}号`, `${code}-XF-${f.year}-${serial}`])
    : rng.pick([`PLA-${f.year}/${serial}`, `${code}${f.year}LN${serial}`, `${serial}/${f.year}/PL`]);
}

const FILL_ZH = [
  '第八条　借款人的权利和义务　借款人有权按照本合同约定取得和使用借款；借款人应当按期足额归还借款本息，如实提供贷款人要求的资料，并配合贷款人对借款使用情况进行检查。',
  '第九条　贷款人的权利和义务　贷款人应按约定发放借款；贷款人有权了解借款人的资信状况，有权依法向征信机构报送借款人的信用信息。',
  '第十条　提前还款　借款人提前归还借款的，应提前十个工作日向贷款人提出书面申请，经贷款人同意后办理；已计收的利息不予退还。',
  '第十一条　逾期与罚息　借款人未按期还款的，贷款人自逾期之日起按本合同约定利率上浮百分之五十计收罚息，对不能按时支付的利息计收复利。',
  '第十二条　违约责任　借款人违反本合同任何约定的，贷款人有权停止发放尚未发放的借款，宣布已发放借款全部提前到期，并要求借款人立即清偿。',
  '第十三条　费用承担　因办理本合同项下抵押登记、评估、公证等事项发生的费用，由借款人承担，法律另有规定的除外。',
  '第十四条　通知与送达　双方在本合同中载明的地址为通知送达地址，一方变更地址的，应在变更后五日内书面通知对方。',
  '第十五条　争议解决　本合同履行中发生争议的，双方协商解决；协商不成的，向贷款人住所地人民法院起诉。',
  '第十六条　合同生效　本合同自双方签字或盖章之日起生效，至借款本息及相关费用全部清偿之日终止。本合同一式三份，具有同等法律效力。',
];
const FILL_EN = [
  '8. REPRESENTATIONS. The Borrower represents that all information given to the Lender in connection with the application is true, complete and not misleading, and that the Borrower is not party to any litigation that could affect repayment.',
  '9. UNDERTAKINGS. While any amount is outstanding the Borrower shall notify the Lender promptly of any change of address, employment or income and shall not dispose of the Property without the Lender\'s written consent.',
  '10. PREPAYMENT. The Borrower may prepay the Loan in whole or in part on any repayment date by giving the Lender not less than ten business days\' written notice. Interest already charged is not refundable.',
  '11. DEFAULT INTEREST. Any overdue amount bears interest from its due date until paid at the Interest Rate plus fifty per cent of that rate, compounded monthly.',
  '12. EVENTS OF DEFAULT. If the Borrower fails to pay any sum when due or breaches any other obligation, the Lender may declare all amounts outstanding immediately due and payable.',
  '13. COSTS. The Borrower shall bear the costs of valuation, registration of the mortgage and notarisation, save where the law provides otherwise.',
  '14. NOTICES. Notices shall be in writing and delivered to the addresses stated in this Agreement or to such other address as a party may notify to the other.',
  '15. GOVERNING LAW. This Agreement is governed by the laws of the People\'s Republic of China. Disputes shall be submitted to the people\'s court where the Lender is domiciled.',
  '16. COUNTERPARTS. This Agreement is executed in three counterparts of equal validity and takes effect when signed by both parties.',
];

async function signatures(s: Sheet5, c: C5, withDate: boolean): Promise<void> {
  const zh = c.lang === 'zh';
  if (s.y + 120 > s.bottom) s.newPage();
  s.y += 10;
  const top = s.y;
  const half = s.width / 2;
  s.put(zh ? '借款人（签名并按指印）：' : 'SIGNED by the Borrower:', s.left, top, half - 10);
  s.put(zh ? '贷款人（公章或合同专用章）：' : 'SIGNED for and on behalf of the Lender:', s.left + half, top, half);
  const sig = await makeSignature(c.f.borrower.name, c.lang);
  s.image(sig, s.left + 10, top + 18, 90);
  const seal = await makeSeal(c.f.lender.slice(0, 22), c.lang, zh ? '合同专用章' : 'CONTRACT SEAL');
  s.image(seal, s.left + half + 30, top + 14, 78);
  s.y = top + 96;
  if (withDate) s.put(zh ? `签订日期：${fmtDate5(c.f.signing, c.dateFmt)}` : `Date of signing: ${fmtDate5(c.f.signing, c.dateFmt)}`, s.left, s.y, s.width);
  s.y += s.size * 2;
}

async function twoColumn(s: Sheet5, c: C5, short: boolean): Promise<void> {
  const { f } = c;
  const zh = c.lang === 'zh';
  s.put(f.lender, s.left, s.y, s.width * 0.6, { size: s.size - 0.5, color: '#2d4a7a' });
  s.put(zh ? `合同号：${c.number}` : `Agreement No: ${c.number}`, s.left + s.width * 0.5, s.y, s.width * 0.5, { align: 'right', size: s.size - 0.5 });
  s.y += s.size * 2.2;
  s.para(zh ? '个人消费借款合同' : 'CONSUMER LOAN AGREEMENT', { bold: true, size: s.size + 6, align: 'center', after: 4 });
  s.para(zh ? '（适用于有抵押的个人消费贷款）' : '(secured personal lending — terms and particulars)', { size: s.size - 1, align: 'center', after: 10 });
  s.line(s.left, s.y, s.left + s.width, s.y, 0.8);
  s.y += 8;
  s.startColumns();
  const core = zh ? [
    `第一条　当事人　借款人：${f.borrower.name}，居民身份证号码${f.borrower.idNumber}，住所${f.borrowerAddress}。贷款人：${f.lender}，住所${f.lenderAddress}。`,
    '借款人向贷款人申请借款，贷款人经审查同意发放。为明确双方权利义务，依据有关法律法规，经协商一致，订立本合同。',
    `第二条　借款金额　本合同项下借款金额为${c.figures}（大写：${c.words}）。`,
    `第三条　借款期限　借款期限为${f.termMonths}个月，自${fmtDate5(f.start, c.dateFmt)}起至${fmtDate5(f.end, c.dateFmt)}止。实际放款日与上述起始日不一致的，以借款借据记载为准。`,
    `第四条　借款利率　本合同项下借款执行固定年利率${f.ratePercent}%，借款期限内不作调整。`,
    `第五条　还款方式　借款人选择的还款方式为：${c.repay}。还款日为每月与放款日对应之日。`,
    `第六条　借款发放　贷款人将借款一次性划入借款人在贷款人处开立的个人结算账户，账号${c.acct}，该账户同时作为还款账户。`,
    `第七条　担保　借款人以其所有的坐落于${f.collateralAddress}的房屋为本合同项下债务提供抵押担保，另行签订抵押合同。`,
  ] : [
    `1. PARTIES. The Borrower is ${f.borrower.name}, holder of PRC Resident Identity Card No. ${f.borrower.idNumber}, of ${f.borrowerAddress}. The Lender is ${f.lender}, of ${f.lenderAddress}.`,
    'The Lender has agreed to make a secured loan available to the Borrower on the terms below.',
    `2. AMOUNT. The Lender agrees to lend and the Borrower agrees to borrow the sum of ${c.figures} (in words: ${c.words}).`,
    `3. TERM. The Loan is repayable over ${f.termMonths} months, from ${fmtDate5(f.start, c.dateFmt)} up to and including ${fmtDate5(f.end, c.dateFmt)}.`,
    `4. INTEREST. Interest accrues daily at a fixed rate of ${f.ratePercent}% per annum on the principal outstanding.`,
    `5. REPAYMENT. The Borrower shall repay the Loan by ${c.repay}, on the same day of each month as the drawdown date.`,
    `6. DRAWDOWN. The Lender shall credit the Loan in one amount to the Borrower's account number ${c.acct} held with the Lender, which is also the repayment account.`,
    `7. SECURITY. The Loan is secured by a first mortgage over the Borrower's property at ${f.collateralAddress}, under a separate mortgage deed.`,
  ];
  let firstEnd = s.y;
  const fill = zh ? FILL_ZH : FILL_EN;
  for (const p of [...core, ...fill.slice(0, short ? 3 : fill.length)]) {
    const before = s.col;
    s.flow(p, { bold: false });
    if (s.col === 0) firstEnd = s.y;
    else if (before === 0) firstEnd = Math.max(firstEnd, s.colTop);
  }
  s.endColumns(firstEnd);
  s.y += 6;
  await signatures(s, c, true);
}

async function definitions(s: Sheet5, c: C5): Promise<void> {
  const { f } = c;
  const zh = c.lang === 'zh';
  s.para(zh ? `编号：${c.number}` : `Reference: ${c.number}`, { align: 'right', size: s.size - 0.5, after: 14 });
  s.para(zh ? '个人抵押借款合同' : 'MORTGAGE LOAN AGREEMENT', { bold: true, size: s.size + 7, align: 'center', after: 14 });
  if (zh) {
    s.para(`本合同由下列双方于${fmtDate5(f.signing, c.dateFmt)}在${f.branchPlace.city}签订。借款人与贷款人的身份及各项借款要素见第一条定义。`, { firstIndent: s.size * 2, after: 10 });
    s.para('第一条　定义', { bold: true, after: 6 });
    s.para('在本合同中，除非上下文另有解释，下列词语具有以下含义：', { firstIndent: s.size * 2 });
    const defs = [
      `1.1　“借款人”：指${f.borrower.name}，居民身份证号码：${f.borrower.idNumber}，通讯地址：${f.borrowerAddress}。`,
      `1.2　“贷款人”：指${f.lender}。`,
      `1.3　“借款本金”：指${c.figures}（大写${c.words}）。`,
      `1.4　“借款期限”：指${f.termMonths}个月，自${fmtDate5(f.start, c.dateFmt)}（“起息日”）至${fmtDate5(f.end, c.dateFmt)}（“到期日”）。`,
      `1.5　“合同利率”：指年利率${f.ratePercent}%，在借款期限内固定不变。`,
      `1.6　“约定还款方式”：指${c.repay}。`,
      `1.7　“指定账户”：指借款人在贷款人处开立的账号为${c.acct}的个人账户，借款发放及还款均通过该账户办理。`,
      `1.8　“抵押房产”：指借款人名下坐落于${f.collateralAddress}的房屋及其占用范围内的土地使用权。`,
    ];
    for (const d of defs) s.para(d, { indent: 14, after: 5 });
    s.y += 6;
    const rest = ['第二条　借款的发放', '第三条　利息的计收', '第四条　还款', '第五条　抵押担保', '第六条　违约', '第七条　其他'];
    const body = ['贷款人在抵押登记办妥、借款人满足全部放款条件后，将借款本金划入指定账户。', '利息自起息日起按实际放款金额和实际占用天数计算，日利率＝合同利率／360。', '借款人应于每个还款日前在指定账户内存足当期应还款项，并授权贷款人直接扣收。', '抵押房产的抵押登记应在本合同签订后三十日内办妥，抵押期间借款人不得转让、出租抵押房产。', '借款人连续三期或累计六期未按约定还款的，贷款人有权宣布借款提前到期并依法处分抵押房产。', '本合同未尽事宜，按照国家有关法律法规和金融规章执行。本合同一式三份，借款人、贷款人、抵押登记机关各执一份。'];
    rest.forEach((h, i) => { s.para(`${h}　${body[i]}`, { firstIndent: 0, after: 6 }); });
  } else {
    s.para(`THIS AGREEMENT is dated ${fmtDate5(f.signing, c.dateFmt)} and is made between the Lender and the Borrower, each as defined below.`, { after: 10, align: 'justify' });
    s.para('ARTICLE 1 — DEFINITIONS AND INTERPRETATION', { bold: true, after: 6 });
    s.para('In this Agreement the following words have the following meanings:');
    const defs = [
      `1.1  "Borrower" means ${f.borrower.name} (PRC Resident Identity Card No. ${f.borrower.idNumber}) of ${f.borrowerAddress}.`,
      `1.2  "Lender" means ${f.lender}.`,
      `1.3  "Principal" means ${c.figures} (${c.words}).`,
      `1.4  "Term" means ${f.termMonths} months starting on ${fmtDate5(f.start, c.dateFmt)} (the "Drawdown Date") and ending on ${fmtDate5(f.end, c.dateFmt)} (the "Final Repayment Date").`,
      `1.5  "Rate" means ${f.ratePercent}% per annum, fixed for the Term.`,
      `1.6  "Repayment Basis" means ${c.repay}.`,
      `1.7  "Nominated Account" means account number ${c.acct} in the Borrower's name with the Lender.`,
      `1.8  "Property" means the residential property at ${f.collateralAddress}.`,
    ];
    for (const d of defs) s.para(d, { indent: 14, after: 5, align: 'justify' });
    s.y += 6;
    const rest = [
      'ARTICLE 2 — DRAWDOWN. The Lender will pay the Principal into the Nominated Account once the mortgage over the Property has been registered.',
      'ARTICLE 3 — INTEREST. Interest is calculated on the daily balance on the basis of a 360-day year and is payable on each monthly repayment date.',
      'ARTICLE 4 — REPAYMENT. The Borrower authorises the Lender to debit each instalment from the Nominated Account on its due date.',
      'ARTICLE 5 — SECURITY. The Borrower shall not sell, lease or further charge the Property while any amount remains outstanding.',
      'ARTICLE 6 — DEFAULT. If three consecutive instalments are unpaid the Lender may demand immediate repayment of all amounts outstanding and enforce its security.',
      'ARTICLE 7 — MISCELLANEOUS. This Agreement is made in three originals, one each for the Borrower, the Lender and the mortgage registry.',
    ];
    for (const r of rest) s.para(r, { after: 6, align: 'justify' });
  }
  await signatures(s, c, false);
}

export async function renderContractBlind5(rng: Rng, lang: Lang, ordinal: number, maxPages: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const f = makeLoanFacts(rng, lang, currency, 0.45);
  const family = ordinal % 2 === 0 ? 'A' : 'B';
  const layout = family === 'A' ? 'two-column' : 'definitions';
  const face = FACES5[lang][ordinal % 3] as Face5;
  const size = layout === 'two-column' ? rng.pick([8.5, 9]) : rng.pick([10, 10.5]);
  const margin = rng.pick([46, 54]);
  const dateFmt: DateFmt5 = rng.pick(lang === 'zh' ? ['slash-nopad', 'dot-nopad', 'zh-full'] as const : ['mdy-ord', 'dmy-dot', 'dmon'] as const);
  const sep = rng.chance(0.7);
  const zhStyle = { yuan: rng.pick(['元', '圆'] as const), whole: rng.pick(['整', '正'] as const) };
  const words = lang === 'zh' ? `${rng.chance(0.5) ? '人民币' : ''}${toChineseMoneyWords(f.principalCents, zhStyle)}` : enWords5(f.principalCents, currency, rng.int(0, 1));
  const figures = lang === 'zh'
    ? rng.pick([`人民币${num5(f.principalCents, sep)}元`, `¥${num5(f.principalCents, sep)}`, `CNY${num5(f.principalCents, sep)}`])
    : rng.pick([`${num5(f.principalCents, sep)} ${CUR5[currency][0]}`, `${CUR5[currency][2]} ${num5(f.principalCents, sep)}`]);
  const repay = rng.pick(REPAY5[lang][f.repayment]);
  const acct = rng.pick([group5(f.account, 4, ' '), group5(f.account, 6, ' '), f.account]);
  const c: C5 = { f, lang, number: contractNo(rng, f, lang), figures, words, repay, dateFmt, acct };
  const footer = pickFooter5(rng, lang, lang === 'zh' ? '合同' : 'Loan Agreement');
  const pageSize = layout === 'two-column' ? (lang === 'zh' ? 'A4' : rng.pick(['A4', 'LETTER'] as const)) : (lang === 'zh' ? 'B5' : 'LEGAL');
  const s = new Sheet5(face, size, margin, pageSize, false, lang === 'zh' ? '借款合同' : 'Loan Agreement', rng.pick(['iText 7.2.5', 'PDFsharp 6.1', 'Crystal Reports']));
  if (layout === 'two-column') await twoColumn(s, c, maxPages <= 2);
  else await definitions(s, c);
  const out = await s.finish(footer.footer);
  if (out.pageCount > maxPages) throw new Error(`blind5 contract has ${out.pageCount} pages, expected ≤ ${maxPages}`);
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
    generator: { set: 'blind5', layout, family, font: face.id, size, margin, pageSize: Array.isArray(pageSize) ? pageSize.join('x') : pageSize, footer: footer.id, dateFmt, thousands: sep, endConvention: f.endConvention },
  };
}
