/**
 * The blind5 case set's documents (new families, unlike blind3's and blind4's): a Chinese printed
 * fill-in-the-blank contract form (values typed on underlined blanks inside the sentences, 大写 and
 * 小写 blanks, a 甲方/乙方 signing table), an English loan agreement whose key terms sit in a closing
 * Schedule of particulars and are restated in the clauses (execution by "Signed by … in the presence
 * of" witness blocks), a Chinese side-by-side 工资发放明细 with 实发 in 大写, a UK-style payslip
 * (this period / year to date), a Chinese mobile-banking export (收/支 column, 交易对方) and an English
 * two-page statement with page subtotals and balance carried / brought forward.
 * The facts (who, how much, when) come from blind4-docs' neutral fact maker, drawn from this set's seed.
 */
import { addMonths, type CivilDate } from '../calendar.js';
import { GIVEN_NAMES, SURNAMES } from '../data.js';
import { fmtDate, num, Sheet, type Face, type Footer } from '../kit-blind3.js';
import { toChineseMoneyWords } from '../money-words.js';
import type { Rng } from '../prng.js';
import { makeSeal, makeSignature } from '../seal.js';
import type { Lang } from '../variant-types.js';
import { makeFacts, wordsOf, type FactOptions, type Facts } from './blind4-docs.js';

export { wordsOf };
const NOTO = '/usr/share/fonts/opentype/noto';
const DJ = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';
const CONTRACT_FACE: Record<Lang, Face> = {
  zh: { id: 'noto-serif-sc+sans-bold', regular: [`${NOTO}/NotoSerifCJK-Regular.ttc`, 'NotoSerifCJKsc-Regular'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'] },
  en: { id: 'dejavu-serif', regular: [`${DJ}/DejaVuSerif.ttf`], bold: [`${DJ}/DejaVuSerif-Bold.ttf`] },
};
const DOC_FACE: Record<Lang, Face> = {
  zh: { id: 'wqy-zenhei', regular: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 'WenQuanYiZenHei'], bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'] },
  en: { id: 'liberation-mono+sans', regular: [`${LIB}/LiberationSans-Regular.ttf`], bold: [`${LIB}/LiberationSans-Bold.ttf`] },
};

/** blind4's facts plus this set's own printed mentions. */
export interface Facts5 extends Facts {
  witness: string;
  netWords: string;
  /** Cents added to the page-1 deposits subtotal line only (English two-page statement). */
  subtotalAdjust: number;
  /** Cents added to the "balance carried forward" line on page 1 only. */
  carriedAdjust: number;
  /** Pay periods the UK-style payslip's year-to-date column covers. */
  ytdMonths: number;
}

export function makeFacts5(rng: Rng, lang: Lang, options: FactOptions): Facts5 {
  const f = makeFacts(rng, lang, options);
  const [s, se] = rng.pick(SURNAMES.filter(([z, e]) => z.length === 1 && !f.name.startsWith(z) && !f.name.endsWith(` ${e}`)));
  const [g, ge] = rng.pick(GIVEN_NAMES);
  return { ...f, witness: lang === 'zh' ? s + g : `${ge} ${se}`, netWords: toChineseMoneyWords(f.net), subtotalAdjust: 0, carriedAdjust: 0, ytdMonths: f.payMonth.m };
}

export type Marks = 'benye' | 'yema' | 'qianzhang' | 'sheet' | 'pslash' | 'initials';
export const zhDate = (d: CivilDate): string => fmtDate(d, 'zh-full');
export const enDate = (d: CivilDate): string => fmtDate(d, 'en-monday');
export const dateOf = (lang: Lang, d: CivilDate): string => (lang === 'zh' ? zhDate(d) : enDate(d));
/** Statement dates: zh export "2025-06-08 14:32", en "08/06/2025". */
export const stmtDate = (lang: Lang, d: CivilDate): string => (lang === 'zh' ? fmtDate(d, 'dash') : fmtDate(d, 'dmy'));

function footer(marks: Marks): Footer {
  return (n, t) => {
    switch (marks) {
      case 'benye': return { text: `本合同共${t}页，此为第${n}页`, expected: { printedNumber: n, printedTotal: t }, align: 'center' };
      case 'yema': return { text: `页码：${n}/${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right' };
      case 'qianzhang': return { text: `甲方签章：＿＿＿＿　乙方签章：＿＿＿＿　　　第${n}页 共${t}页`, expected: { printedNumber: n, printedTotal: t }, align: 'right' };
      case 'sheet': return { text: `Sheet ${n} of ${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'center' };
      case 'pslash': return { text: `Page ${n}/${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right' };
      case 'initials': return { text: `Borrower's initials: ______    Lender's initials: ______    Page ${n} of ${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'left' };
    }
  };
}

/** A sentence whose typed values sit on underlined blanks: parts are plain strings or [value]. */
function fill(s: Sheet, parts: Array<string | [string]>, size: number, indent = 0): void {
  const doc = s.doc;
  doc.font('R').fontSize(size);
  const whole = parts.map((p) => (typeof p === 'string' ? p : `  ${p[0]}  `)).join('');
  const opts = { width: s.width - indent, lineGap: size * 0.7 };
  const h = doc.heightOfString(whole, opts);
  if (s.y + h > s.bottom) s.newPage();
  doc.text('', s.left + indent, s.y, { ...opts, continued: true });
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    if (typeof p === 'string') doc.text(p, { ...opts, continued: !last, underline: false });
    else doc.text(`  ${p[0]}  `, { ...opts, continued: !last, underline: true });
  });
  s.y += h + size * 0.6;
}

/** The Chinese fill-in-the-blank form (4 pages; compact: 2). */
async function renderZhForm(f: Facts5, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> {
  const s = new Sheet(CONTRACT_FACE.zh, compact ? 9 : 10.5, compact ? 44 : 58, false, '个人住房借款合同', 'FormFiller 合同套打 3.1');
  const W = s.width;
  const sz = compact ? 9 : 10.5;
  const head = (t: string): void => s.para(t, { bold: true, size: sz + 0.5, after: 3 });
  s.put('示范文本（套打）', s.left, s.y, W, { size: 8, align: 'left', color: '#555555' });
  s.put(`合同编号：${f.contractNo}`, s.left, s.y, W, { size: 8.5, align: 'right' });
  s.y += 18;
  s.put('个人住房借款合同', s.left, s.y, W, { bold: true, size: compact ? 16 : 20, align: 'center' });
  s.y += compact ? 28 : 40;
  fill(s, ['借款人（甲方）：', [f.coverName], '　身份证号码：', [f.idNumber]], sz);
  fill(s, ['贷款人（乙方）：', [f.lender]], sz);
  s.para('甲乙双方根据有关法律法规，经平等协商，就甲方向乙方申请个人住房借款事宜订立本合同，并在下列空格处填写约定内容。', { size: sz });
  head('第一条　借款金额');
  fill(s, ['甲方向乙方借款人民币（大写）', [f.coverWords], '（小写：¥', [num(f.coverPrincipal)], '），用于购买自住住房。'], sz, compact ? 0 : 16);
  head('第二条　借款期限');
  fill(s, ['借款期限为', [String(f.term)], '个月，自', [zhDate(f.start)], '起至', [zhDate(f.end)], '止。实际放款日与上述起始日不一致的，以借款借据记载为准。'], sz, compact ? 0 : 16);
  head('第三条　借款利率');
  fill(s, ['本合同项下借款执行固定年利率', [`${f.rate}%`], '，按日计息，按月结息。'], sz, compact ? 0 : 16);
  if (!compact) s.newPage();
  head('第四条　放款账户');
  fill(s, ['乙方将借款划入甲方以下账户：户名', [f.coverName], '，账号', [f.coverAccount], '，开户行', [f.bank.zh], '。'], sz, compact ? 0 : 16);
  head('第五条　还款方式');
  fill(s, ['甲方按月等额本息还款，共', [String(f.term)], '期，首期还款日为', [zhDate(addMonths(f.start, 1))], '，末期还款日为', [zhDate(f.schedEnd)], '，应还本金合计', [num(f.schedPrincipal)], '元。'], sz, compact ? 0 : 16);
  head('第六条　抵押物');
  fill(s, ['甲方以其所有的坐落于', [f.collateral], '的房产设定抵押。'], sz, compact ? 0 : 16);
  if (!compact) s.newPage();
  head('第七条　担保范围');
  fill(s, ['抵押担保的主债权为本合同项下借款本金人民币（大写）', [f.clauseWords], '（小写：¥', [num(f.clausePrincipal)], '），债务履行期限为', [String(f.clauseTerm)], '个月，至', [zhDate(f.clauseEnd)], '届满，以及相应利息、罚息和实现债权的费用。'], sz, compact ? 0 : 16);
  head('第八条　扣款授权');
  fill(s, ['甲方授权乙方从其账号为', [f.clauseAccount], '的账户中扣收每期应还款项。'], sz, compact ? 0 : 16);
  head('第九条　抵押登记');
  fill(s, ['甲方应于签订本合同后十五日内，会同乙方就坐落于', [f.clauseCollateral], '的抵押房产办理抵押登记。'], sz, compact ? 0 : 16);
  if (!compact) {
    head('第十条　违约责任');
    s.para('甲方未按期足额还款的，乙方有权对逾期部分按本合同利率加收百分之五十计收罚息，并有权宣布借款提前到期。', { size: sz, indent: 16 });
    head('第十一条　争议解决');
    s.para('因本合同发生的争议，由双方协商解决；协商不成的，依法向乙方住所地人民法院起诉。', { size: sz, indent: 16 });
    s.newPage();
  } else s.newPage();
  head('第十二条　其他');
  s.para('本合同空格处填写的内容与印刷条款具有同等效力。本合同一式三份，甲乙双方及登记机关各执一份，自双方签字盖章之日起生效。', { size: sz, indent: compact ? 0 : 16 });
  s.para('（以下为签署栏，无正文）', { size: sz, align: 'center' });
  s.y += compact ? 6 : 20;
  const seal = await makeSeal(f.lender.replace(/股份有限公司/u, ''), 'zh', '合同专用章');
  const sign = await makeSignature(f.signName, 'zh');
  const w = [W * 0.2, W * 0.33, W * 0.27, W * 0.2];
  const rowH = compact ? 78 : 96;
  s.row(['签署方', '名称／姓名', '签字（盖章）', '签署日期'], w, { bold: true, size: sz, ruled: 'box', fill: '#eeeeee' });
  const rows: Array<[string, string, Buffer | null, CivilDate]> = [
    ['甲方（借款人）', f.signName, f.signature ? sign : null, f.borrowerSigning],
    ['乙方（贷款人）', f.lender, f.seal ? seal : null, f.signing],
  ];
  for (const [who, nm, img, d] of rows) {
    let x = s.left;
    const y = s.y;
    [who, nm, '', zhDate(d)].forEach((c, i) => {
      s.box(x, y, w[i]!, rowH, { stroke: '#333333' });
      if (c) s.put(c, x + 5, y + rowH / 2 - 8, w[i]! - 10, { size: sz });
      x += w[i]!;
    });
    if (img) s.image(img, s.left + w[0]! + w[1]! + (who.startsWith('甲') ? 14 : 40), y + (who.startsWith('甲') ? 22 : 6), who.startsWith('甲') ? w[2]! - 28 : rowH - 12);
    s.y = y + rowH;
  }
  const out = await s.finish(footer(marks));
  return { pdf: out.pdf, pages: out.pageCount };
}

/** The English agreement: clauses restating the terms, an execution page, the Schedule of particulars last (compact: two pages). */
async function renderEnAgreement(f: Facts5, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> {
  const s = new Sheet(CONTRACT_FACE.en, compact ? 8.5 : 10, compact ? 44 : 60, false, 'Loan Agreement', 'Clausewise Drafting 4.2');
  const W = s.width;
  const R = (c: number): string => `RMB ${num(c)}`;
  s.put('LOAN AGREEMENT', s.left, s.y, W, { bold: true, size: compact ? 14 : 18, align: 'center' });
  s.y += compact ? 22 : 30;
  s.put(`Agreement No. ${f.contractNo}`, s.left, s.y, W, { size: 8.5, align: 'center' });
  s.y += 18;
  s.para('THIS AGREEMENT is made between:', { bold: true });
  s.para(`(1) ${f.lender} (the "Lender"); and\n(2) the person named as Borrower in the Schedule (the "Borrower").`);
  s.para('1. Definitions. In this Agreement, capitalised terms have the meaning given to them in the Schedule of Particulars at the end of this Agreement, which forms part of it. Where a clause restates a particular, the Schedule prevails.', { align: 'justify' });
  s.para(`2. The Loan. The Lender agrees to lend to the Borrower the Principal of ${R(f.clausePrincipal)} (${f.clauseWords}) on the Drawdown Date, for the purchase of the Property.`, { align: 'justify' });
  s.para(`3. Term. The Loan is made for a term of ${f.clauseTerm} months from the Drawdown Date, ${enDate(f.start)}, and the Final Repayment Date is ${enDate(f.clauseEnd)}.`, { align: 'justify' });
  s.para(`4. Interest. Interest accrues daily on the outstanding Principal at the fixed rate of ${f.rate}% per annum and is payable monthly in arrear.`, { align: 'justify' });
  if (!compact) s.newPage();
  s.para(`5. Repayment. The Borrower shall repay the Principal of ${R(f.schedPrincipal)}, with interest, by ${f.term} equal monthly instalments, the first on ${enDate(addMonths(f.start, 1))} and the last on ${enDate(f.schedEnd)}.`, { align: 'justify' });
  s.para(`6. Account. The Loan will be paid into, and each instalment collected from, the Borrower's account No. ${f.clauseAccount} with the Lender.`, { align: 'justify' });
  s.para(`7. Security. The Borrower shall grant the Lender a first-ranking mortgage over the Property at ${f.clauseCollateral} before drawdown.`, { align: 'justify' });
  if (!compact) {
    s.para('8. Events of Default. If the Borrower fails to pay any sum when due, or any statement made in the loan application proves untrue, the Lender may declare the Loan immediately due and payable and charge default interest at the contract rate plus fifty per cent.', { align: 'justify' });
    s.para('9. Governing Law. This Agreement is governed by the laws of the People\'s Republic of China. The courts of the place where the Lender has its business have jurisdiction.', { align: 'justify' });
    s.newPage();
  }
  s.para('EXECUTION', { bold: true, size: compact ? 10 : 12 });
  const seal = await makeSeal(f.bank.en, 'en', 'LOANS');
  const sign = await makeSignature(f.signName, 'en');
  const wsign = await makeSignature(f.witness, 'en');
  const bh = compact ? 96 : 120;
  const y0 = s.y;
  s.put(`Signed by ${f.signName} as Borrower`, s.left, y0, W * 0.5, { bold: true });
  s.put('Signature:', s.left, y0 + 22, 80);
  if (f.signature) s.image(sign, s.left + 80, y0 + 14, compact ? 90 : 110);
  s.line(s.left + 78, y0 + bh * 0.42, s.left + W * 0.45, y0 + bh * 0.42, 0.5);
  s.put(`Date: ${enDate(f.borrowerSigning)}`, s.left, y0 + bh * 0.48, W * 0.45);
  const wx = s.left + W * 0.52;
  s.put('in the presence of:', wx, y0, W * 0.48, { bold: true });
  s.put('Witness signature:', wx, y0 + 22, 110);
  s.image(wsign, wx + 110, y0 + 14, compact ? 80 : 96);
  s.line(wx + 108, y0 + bh * 0.42, s.left + W, y0 + bh * 0.42, 0.5);
  s.put(`Witness name: ${f.witness}\nOccupation: Notary clerk`, wx, y0 + bh * 0.48, W * 0.48);
  s.y = y0 + bh + 8;
  const y1 = s.y;
  s.put(`Signed for and on behalf of the Lender by its authorised signatory`, s.left, y1, W * 0.5, { bold: true });
  if (f.seal) s.image(seal, s.left + 40, y1 + 24, compact ? 70 : 84);
  s.put(`Date: ${enDate(f.signing)}`, s.left, y1 + (compact ? 98 : 114), W * 0.45);
  s.y = y1 + (compact ? 116 : 134);
  if (!compact) s.newPage();
  s.para('SCHEDULE OF PARTICULARS', { bold: true, size: compact ? 10 : 12, align: 'center' });
  const cw = [W * 0.07, W * 0.3, W * 0.63];
  const items: Array<[string, string]> = [
    ['Borrower', f.coverName], ['Identity card No.', f.idNumber], ['Principal', R(f.coverPrincipal)], ['Principal in words', f.coverWords],
    ['Interest rate', `${f.rate}% per annum (fixed)`], ['Term', `${f.term} months`], ['Drawdown Date', enDate(f.start)], ['Final Repayment Date', enDate(f.end)],
    ['Disbursement account', f.coverAccount], ['Property', f.collateral],
  ];
  items.forEach(([k, v], i) => s.row([String(i + 1), k, v], cw, { ruled: 'box', size: compact ? 8 : 9.5, pad: compact ? 3 : 5 }));
  const out = await s.finish(footer(marks));
  return { pdf: out.pdf, pages: out.pageCount };
}

export const renderContract = (f: Facts5, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> =>
  (f.lang === 'zh' ? renderZhForm(f, compact, marks) : renderEnAgreement(f, compact, marks));

const EN_LABEL: Record<string, string> = {
  'basic salary': 'Basic pay', 'position allowance': 'Role allowance', 'performance bonus': 'Performance bonus',
  'pension insurance': 'Pension contribution', 'medical insurance': 'Medical insurance', 'unemployment insurance': 'Unemployment ins.', 'housing provident fund': 'Housing fund', 'individual income tax': 'Income tax',
};

/** zh: side-by-side 工资发放明细 with 实发 in 大写; en: UK-style payslip with this period / year to date. */
export async function renderPayslip(f: Facts5): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const s = new Sheet(DOC_FACE[f.lang], 9.5, 48, true, zh ? '工资发放明细' : 'Payslip', zh ? 'HRCloud 薪酬 7' : 'PayrollPro 12');
  const W = s.width;
  if (zh) {
    s.put(`${f.employer}　${f.payMonth.y}年${f.payMonth.m}月工资发放明细`, s.left, s.y, W, { bold: true, size: 14, align: 'center' });
    s.y += 30;
    s.put(`姓名：${f.payName}　　部门：${f.department}　　职务：${f.jobTitle}　　发放日期：${fmtDate(f.payDate, 'zh-pad')}　　发放银行：${f.bank.zh}`, s.left, s.y, W, { size: 9.5 });
    s.y += 22;
    const w = [W * 0.25, W * 0.25, W * 0.25, W * 0.25];
    s.row(['收入项目', '金额（元）', '扣除项目', '金额（元）'], w, { bold: true, ruled: 'box', fill: '#e6e6e6', aligns: ['left', 'right', 'left', 'right'] });
    const n = Math.max(f.earnings.length, f.deductions.length);
    for (let i = 0; i < n; i++) {
      const e = f.earnings[i]; const d = f.deductions[i];
      s.row([e?.label ?? '', e ? num(e.cents) : '', d?.label ?? '', d ? num(d.cents) : ''], w, { ruled: 'box', aligns: ['left', 'right', 'left', 'right'] });
    }
    s.row(['应发合计', num(f.gross), '扣除合计', num(f.totalDeductions)], w, { bold: true, ruled: 'box', aligns: ['left', 'right', 'left', 'right'] });
    s.row(['实发金额（小写）', `¥${num(f.net)}`, '实发金额（大写）', f.netWords], w, { bold: true, ruled: 'box', aligns: ['left', 'right', 'left', 'left'] });
    s.y += 12;
    s.put('说明：本明细由薪酬系统生成，如有疑问请于发放之日起十日内向人力资源部反映。', s.left, s.y, W, { size: 8.5 });
    const seal = await makeSeal(f.employer, 'zh', '薪酬专用章');
    s.image(seal, s.left + W - 110, s.y + 8, 80);
  } else {
    s.put('PAYSLIP', s.left, s.y, W * 0.4, { bold: true, size: 18 });
    s.put(`${f.employer}\nPayroll Services`, s.left + W * 0.5, s.y, W * 0.5, { size: 9, align: 'right' });
    s.y += 36;
    const info: Array<[string, string]> = [['Employee', f.payName], ['Department', f.department], ['Tax period', fmtDate(f.payMonth, 'en-long').replace(/^\d+ /u, '')], ['Pay date', fmtDate(f.payDate, 'dmy')]];
    const iw = W / 4;
    info.forEach(([k, v], i) => { s.put(k, s.left + i * iw, s.y, iw, { size: 8, color: '#555555' }); s.put(v, s.left + i * iw, s.y + 11, iw - 6, { bold: true, size: 9.5 }); });
    s.y += 34;
    const half = (W - 14) / 2;
    const cw = [half * 0.46, half * 0.27, half * 0.27];
    const top = s.y;
    const block = (x: number, title: string, lines: Array<{ label: string; cents: number }>, total: string, totalCents: number): number => {
      s.y = top;
      s.row([title, 'This period', 'Year to date'], cw, { x, bold: true, ruled: 'under', fill: '#dddddd', aligns: ['left', 'right', 'right'] });
      for (const l of lines) s.row([EN_LABEL[l.label] ?? l.label, num(l.cents), num(l.cents * f.ytdMonths)], cw, { x, ruled: 'under', aligns: ['left', 'right', 'right'] });
      for (let i = lines.length; i < 5; i++) s.row(['', '', ''], cw, { x, ruled: 'none' });
      s.row([total, num(totalCents), num(totalCents * f.ytdMonths)], cw, { x, bold: true, ruled: 'under', aligns: ['left', 'right', 'right'] });
      return s.y;
    };
    const a = block(s.left, 'Payments', f.earnings, 'Total payments', f.gross);
    const b = block(s.left + half + 14, 'Deductions', f.deductions, 'Total deductions', f.totalDeductions);
    s.y = Math.max(a, b) + 12;
    s.box(s.left + W - 220, s.y, 220, 34, { stroke: '#000000', fill: '#f2f2f2' });
    s.put('NET PAY', s.left + W - 212, s.y + 11, 90, { bold: true, size: 11 });
    s.put(`RMB ${num(f.net)}`, s.left + W - 130, s.y + 11, 122, { bold: true, size: 11, align: 'right' });
    s.put(`Paid by bank transfer to ${f.bank.en}. Year-to-date figures cover ${f.ytdMonths} pay periods of ${f.payMonth.y}.`, s.left, s.y + 10, W - 240, { size: 8 });
  }
  return (await s.finish(() => ({ text: null, expected: {} }))).pdf;
}

/** zh: one-page mobile-banking export (收/支 column); en: two pages with page subtotals and balance carried / brought forward. */
export async function renderStatement(f: Facts5): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const s = new Sheet(DOC_FACE[f.lang], 8.5, 40, false, zh ? '交易明细导出' : 'Statement of Account', zh ? '手机银行 App 8.6 导出' : 'StatementGen 3');
  const W = s.width;
  if (zh) {
    s.put(`${f.bank.zh} · 手机银行`, s.left, s.y, W, { size: 9, color: '#666666' });
    s.put('账户交易明细（导出）', s.left, s.y + 14, W, { bold: true, size: 15 });
    s.y += 42;
    const kv: Array<[string, string]> = [['户名', f.stmtName], ['卡号', f.stmtAccount], ['查询区间', `${stmtDate('zh', f.periodStart)} 至 ${stmtDate('zh', f.periodEnd)}`], ['导出时间', `${stmtDate('zh', f.printDate)} 09:41`], ['期初余额', `${num(f.opening)}元`]];
    for (const [k, v] of kv) { s.put(`${k}`, s.left, s.y, 70, { size: 9, color: '#555555' }); s.put(v, s.left + 70, s.y, W - 70, { size: 9 }); s.y += 14; }
    s.y += 8;
    const w = [0.2, 0.07, 0.15, 0.15, 0.25, 0.18].map((x) => x * W);
    const al = ['left', 'center', 'right', 'right', 'left', 'left'] as const;
    s.row(['交易时间', '收/支', '交易金额', '余额', '交易对方', '交易摘要'], w, { bold: true, size: 8.5, ruled: 'under', fill: '#e9eef5', aligns: [...al] });
    f.txns.forEach((t, i) => {
      const same = f.txns.slice(0, i).filter((u) => stmtDate('zh', u.date) === stmtDate('zh', t.date)).length;
      const time = `${stmtDate('zh', t.date)} ${String(8 + same * 4 + (i % 3)).padStart(2, '0')}:${String((i * 17) % 60).padStart(2, '0')}`;
      s.row([time, t.cents > 0 ? '收' : '支', num(Math.abs(t.cents)), num(t.balance), t.party, t.text], w, { size: 8.5, ruled: 'under', aligns: [...al] });
    });
    s.y += 10;
    const nIn = f.txns.filter((t) => t.cents > 0).length;
    s.put(`收入 ${nIn} 笔，合计 ${num(f.credits)} 元；支出 ${f.txns.length - nIn} 笔，合计 ${num(f.debits)} 元；期末余额 ${num(f.closing)} 元。`, s.left, s.y, W, { bold: true, size: 9 });
    s.put('温馨提示：本明细为手机银行自助导出，仅供参考；如需正式凭证请至营业网点打印并加盖业务章。', s.left, s.y + 18, W, { size: 8, color: '#555555' });
    return (await s.finish((n, t) => ({ text: `导出页 ${n}/${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right' }))).pdf;
  }
  const head = (): void => {
    s.put(f.bank.en.toUpperCase(), s.left, s.y, W * 0.6, { bold: true, size: 12 });
    s.put(`Statement of Account\n${stmtDate('en', f.periodStart)} to ${stmtDate('en', f.periodEnd)}`, s.left + W * 0.55, s.y, W * 0.45, { size: 9, align: 'right' });
    s.y += 30;
    s.put(`Account holder: ${f.stmtName}    Account No.: ${f.stmtAccount}    Currency: CNY`, s.left, s.y, W, { size: 9 });
    s.y += 20;
  };
  const w = [0.13, 0.41, 0.15, 0.15, 0.16].map((x) => x * W);
  const al = ['left', 'left', 'right', 'right', 'right'] as const;
  const header = (): void => { s.row(['Date', 'Description', 'Withdrawals', 'Deposits', 'Balance'], w, { bold: true, size: 8.5, ruled: 'under', fill: '#e4e4e4', aligns: [...al] }); };
  const split = Math.ceil(f.txns.length / 2);
  const pages = [f.txns.slice(0, split), f.txns.slice(split)];
  let bf = f.opening;
  pages.forEach((rows, p) => {
    if (p) s.newPage();
    head();
    header();
    s.row([stmtDate('en', p ? rows[0]!.date : f.periodStart), 'BALANCE BROUGHT FORWARD', '', '', num(bf)], w, { size: 8.5, ruled: 'under', aligns: [...al], bold: true });
    for (const t of rows) s.row([stmtDate('en', t.date), `${t.text} ${t.party}`, t.cents < 0 ? num(-t.cents) : '', t.cents > 0 ? num(t.cents) : '', num(t.balance)], w, { size: 8.5, ruled: 'under', aligns: [...al] });
    const out = -rows.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
    const inn = rows.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0) + (p === 0 ? f.subtotalAdjust : 0);
    s.row(['', 'Page subtotal', num(out), num(inn), ''], w, { size: 8.5, ruled: 'under', aligns: [...al], bold: true });
    bf = rows.at(-1)!.balance;
    if (p === 0) s.row(['', 'BALANCE CARRIED FORWARD', '', '', num(bf + f.carriedAdjust)], w, { size: 8.5, ruled: 'under', aligns: [...al], bold: true });
  });
  s.y += 14;
  const sum: Array<[string, number]> = [['Opening balance', f.opening], ['Total deposits', f.credits], ['Total withdrawals', f.debits], ['Closing balance', f.closing]];
  for (const [k, v] of sum) { s.put(k, s.left + W * 0.55, s.y, W * 0.25, { size: 9, bold: k.startsWith('Closing') }); s.put(num(v), s.left + W * 0.8, s.y, W * 0.2, { size: 9, align: 'right', bold: k.startsWith('Closing') }); s.y += 14; }
  return (await s.finish((n, t) => ({ text: `Sheet ${n} of ${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'center' }))).pdf;
}
