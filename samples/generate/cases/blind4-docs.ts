/**
 * The blind4 case set's own facts and documents: a Chinese loan contract with a 合同要素表 grid cover
 * page and restating clauses, an English facility letter with its terms in prose, a 收入证明 /
 * income certificate letter (no pay slip table), and a one-page statement (Chinese: one signed amount
 * column with a 承前余额 row and a totals line; English: paid-out / paid-in columns under a summary box).
 */
import { addDays, addMonths, type CivilDate } from '../calendar.js';
import { makeAddress } from '../content.js';
import { BANKS, DEPARTMENTS, EMPLOYER_CORES, GIVEN_NAMES, MERCHANTS, SURNAMES, type Bank } from '../data.js';
import { makeCardNumber, makeIdNumber } from '../identity.js';
import { fmtDate, num, Sheet, type Face, type Footer } from '../kit-blind3.js';
import { toChineseMoneyWords, toEnglishWords } from '../money-words.js';
import { PLACES, type Place } from '../places.js';
import type { Rng } from '../prng.js';
import { makeSeal, makeSignature } from '../seal.js';
import type { Lang } from '../variant-types.js';

const NOTO = '/usr/share/fonts/opentype/noto';
const LIB = '/usr/share/fonts/truetype/liberation2';
const FACE: Record<Lang, Face> = {
  zh: { id: 'ar-pl-uming', regular: ['/usr/share/fonts/truetype/arphic/uming.ttc', 'UMingCN'], bold: [`${NOTO}/NotoSerifCJK-Bold.ttc`, 'NotoSerifCJKsc-Bold'] },
  en: { id: 'liberation-sans', regular: [`${LIB}/LiberationSans-Regular.ttf`], bold: [`${LIB}/LiberationSans-Bold.ttf`] },
};

export interface Line { label: string; cents: number }
export interface Txn { date: CivilDate; text: string; party: string; cents: number; balance: number; salary?: boolean }

/** Everything printed in a case; each printed mention has its own field so one can be planted alone. */
export interface Facts {
  lang: Lang;
  name: string; idNumber: string; place: Place; bank: Bank; lender: string; contractNo: string;
  principal: number; coverPrincipal: number; clausePrincipal: number; schedPrincipal: number;
  coverWords: string; clauseWords: string;
  rate: string; term: number; clauseTerm: number;
  start: CivilDate; end: CivilDate; clauseEnd: CivilDate; schedEnd: CivilDate;
  signing: CivilDate; borrowerSigning: CivilDate;
  account: string; coverAccount: string; clauseAccount: string;
  collateral: string; clauseCollateral: string;
  coverName: string; signName: string;
  seal: boolean; signature: boolean;
  employer: string; department: string; jobTitle: string; joined: number; payName: string; payMonth: CivilDate; payDate: CivilDate; issued: CivilDate;
  earnings: Line[]; gross: number; deductions: Line[]; totalDeductions: number; net: number;
  stmtName: string; stmtAccount: string; periodStart: CivilDate; periodEnd: CivilDate; printDate: CivilDate;
  opening: number; txns: Txn[]; credits: number; debits: number; closing: number;
}

const p2 = (n: number): string => String(n).padStart(2, '0');
export const zhDate = (d: CivilDate): string => fmtDate(d, 'zh-full');
export const enDate = (d: CivilDate): string => fmtDate(d, 'en-long');
export const stmtDate = (lang: Lang, d: CivilDate): string => (lang === 'zh' ? fmtDate(d, 'dash') : fmtDate(d, 'en-dmon'));
export const dateOf = (lang: Lang, d: CivilDate): string => (lang === 'zh' ? zhDate(d) : enDate(d));
export const signed = (c: number): string => `${c >= 0 ? '+' : '-'}${num(Math.abs(c))}`;

/** "Renminbi One Million Two Hundred Five Thousand Yuan Only" (no hyphens, no cents here: principals are whole). */
export function englishWords(cents: number): string {
  const rest = cents % 100;
  return `Renminbi ${toEnglishWords(Math.floor(cents / 100), { hyphen: false, britishAnd: false })} Yuan${rest ? ` and ${p2(rest)}/100` : ''} Only`;
}
export const wordsOf = (lang: Lang, cents: number): string => (lang === 'zh' ? toChineseMoneyWords(cents) : englishWords(cents));

export type Marks = 'dash' | 'frac' | 'page' | 'top';
export interface FactOptions { scanned: boolean; principal?: (rng: Rng) => number; place?: (p: Place) => boolean }

export function makeFacts(rng: Rng, lang: Lang, options: FactOptions): Facts {
  const [surZh, surEn] = rng.pick(SURNAMES.filter(([s]) => s.length === 1));
  const [givenZh, givenEn] = rng.pick(GIVEN_NAMES);
  const name = lang === 'zh' ? surZh + givenZh : `${givenEn} ${surEn}`;
  const home = rng.pick(PLACES);
  const idNumber = makeIdNumber(rng, home.code, { y: rng.int(1975, 1997), m: rng.int(1, 12), d: rng.int(1, 28) });
  const bank = rng.pick(BANKS);
  const branch = rng.pick(PLACES);
  const lender = lang === 'zh' ? `${bank.zh}股份有限公司${branch.city.replace(/市$/u, '')}分行` : `${bank.en}, ${branch.cityEn} Branch`;
  const principal = options.principal ? options.principal(rng) : (rng.int(8, 260) * 10_000 + rng.pick([0, 5000, 8000, 2000])) * 100;
  const term = rng.pick([12, 24, 36, 60, 84, 120, 180]);
  const start = { y: 2025, m: rng.int(3, 9), d: rng.int(1, 28) };
  const plus = addMonths(start, term);
  const end = rng.chance(0.5) ? addDays(plus, -1) : plus;
  const signing = addDays(start, -rng.int(3, 15));
  const borrowerSigning = addDays(signing, rng.int(0, 2));
  const [bin, length] = rng.pick(bank.bins);
  const account = makeCardNumber(rng, bin, length);
  const place = rng.pick(PLACES.filter(options.place ?? (() => true)));
  const collateral = makeAddress(rng, lang, place);
  const [coreZh, coreEn] = rng.pick(EMPLOYER_CORES);
  const employer = lang === 'zh' ? `${home.city.replace(/市$/u, '')}${coreZh}股份有限公司` : `${coreEn} (${home.cityEn}) Co., Ltd.`;
  const base = rng.int(80, 360) * 10_000;
  const allowance = rng.int(3, 25) * 10_000;
  const bonus = rng.int(5, 150) * 1_000 + rng.int(0, 99);
  const earnings: Line[] = lang === 'zh'
    ? [{ label: '基本工资', cents: base }, { label: '岗位津贴', cents: allowance }, { label: '绩效奖金', cents: bonus }]
    : [{ label: 'basic salary', cents: base }, { label: 'position allowance', cents: allowance }, { label: 'performance bonus', cents: bonus }];
  const gross = base + allowance + bonus;
  const ins = [Math.round(base * 0.08), Math.round(base * 0.02), Math.round(base * 0.005)];
  const fund = Math.round(base * 0.1);
  const taxable = gross - ins[0]! - ins[1]! - ins[2]! - fund - 5000_00;
  const tax = Math.max(0, Math.round(taxable <= 3000_00 ? taxable * 0.03 : taxable * 0.1 - 210_00));
  const deductions: Line[] = (lang === 'zh'
    ? [['养老保险', ins[0]], ['医疗保险', ins[1]], ['失业保险', ins[2]], ['住房公积金', fund], ['个人所得税', tax]]
    : [['pension insurance', ins[0]], ['medical insurance', ins[1]], ['unemployment insurance', ins[2]], ['housing provident fund', fund], ['individual income tax', tax]])
    .map(([label, cents]) => ({ label: label as string, cents: cents as number }));
  const totalDeductions = deductions.reduce((a, l) => a + l.cents, 0);
  const net = gross - totalDeductions;
  const payMonth = { y: 2025, m: start.m - 2, d: 1 };
  const payDate = { y: 2025, m: start.m - 1, d: rng.pick([5, 8, 10, 15]) };
  const periodStart = { y: 2025, m: payDate.m, d: 1 };
  const periodEnd = addDays(addMonths(periodStart, 1), -1);
  const opening = rng.int(2_000, 80_000) * 100 + rng.int(0, 99);
  const count = options.scanned ? rng.int(8, 10) : rng.int(12, 16);
  const days = Array.from({ length: count - 1 }, () => rng.int(1, periodEnd.d)).filter((d) => d !== payDate.d);
  days.push(payDate.d);
  days.sort((a, b) => a - b);
  const txns: Txn[] = [];
  let balance = opening;
  let salaryDone = false;
  for (const d of days) {
    const date = { ...periodStart, d };
    let t: Txn;
    if (d === payDate.d && !salaryDone) {
      salaryDone = true;
      t = { date, text: lang === 'zh' ? '代发工资' : 'SALARY', party: employer, cents: net, balance: 0, salary: true };
    } else if (rng.chance(0.15)) {
      t = { date, text: lang === 'zh' ? '跨行转入' : 'FASTER PAYMENT IN', party: lang === 'zh' ? rng.pick(SURNAMES)[0] + rng.pick(GIVEN_NAMES)[0] : `${rng.pick(GIVEN_NAMES)[1]} ${rng.pick(SURNAMES)[1]}`.toUpperCase(), cents: rng.int(300, 6000) * 100, balance: 0 };
    } else {
      const [mZh, mEn] = rng.pick(MERCHANTS);
      t = { date, text: lang === 'zh' ? '快捷支付' : 'CARD PURCHASE', party: lang === 'zh' ? mZh : mEn.toUpperCase(), cents: -(rng.int(15, 2200) * 100 + rng.int(0, 99)), balance: 0 };
    }
    if (balance + t.cents < 0) t.cents = -Math.floor(balance / 3);
    balance += t.cents;
    t.balance = balance;
    txns.push(t);
  }
  const credits = txns.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  const debits = -txns.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  const words = wordsOf(lang, principal);
  return {
    lang, name, idNumber, place, bank, lender,
    contractNo: lang === 'zh' ? `${branch.code}${bank.code}个借字第2025${rng.int(100000, 999999)}号` : `FL-${bank.code}-${rng.int(2025000, 2025999)}`,
    principal, coverPrincipal: principal, clausePrincipal: principal, schedPrincipal: principal, coverWords: words, clauseWords: words,
    rate: (rng.int(295, 480) / 100).toFixed(2), term, clauseTerm: term,
    start, end, clauseEnd: end, schedEnd: end, signing, borrowerSigning,
    account, coverAccount: account, clauseAccount: account, collateral, clauseCollateral: collateral,
    coverName: name, signName: name, seal: true, signature: true,
    employer, department: rng.pick(DEPARTMENTS)[lang === 'zh' ? 0 : 1], jobTitle: lang === 'zh' ? rng.pick(['高级工程师', '主管', '经理', '专员']) : rng.pick(['Senior Engineer', 'Team Lead', 'Manager', 'Analyst']),
    joined: rng.int(2012, 2022), payName: name, payMonth, payDate, issued: addDays(periodEnd, rng.int(3, 12)),
    earnings, gross, deductions, totalDeductions, net,
    stmtName: name, stmtAccount: account, periodStart, periodEnd, printDate: addDays(periodEnd, rng.int(1, 6)),
    opening, txns, credits, debits, closing: balance,
  };
}

function footer(lang: Lang, marks: Marks): Footer {
  return (n, t) => {
    switch (marks) {
      case 'dash': return { text: `- ${n} -`, expected: { printedNumber: n } };
      case 'frac': return { text: `${n}/${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right' };
      case 'page': return { text: lang === 'zh' ? `第 ${n} 页` : `Page ${n}`, expected: { printedNumber: n }, align: lang === 'zh' ? 'center' : 'left' };
      case 'top': return { text: lang === 'zh' ? `第${n}页（共${t}页）` : `${n} of ${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right', top: true };
    }
  };
}

const producer = (lang: Lang): string => (lang === 'zh' ? 'LoanDesk 合同中心 5.3' : 'FacilityWriter 2.8');

async function signatureBlock(s: Sheet, f: Facts, big: boolean): Promise<void> {
  const zh = f.lang === 'zh';
  const seal = await makeSeal(zh ? f.lender.replace(/股份有限公司/u, '') : f.bank.en, f.lang, zh ? '合同专用章' : 'LOANS');
  const sign = await makeSignature(f.signName, f.lang);
  const half = (s.width - 16) / 2;
  const h = big ? 150 : 120;
  const y = s.y;
  s.box(s.left, y, half, h, { stroke: '#444444' });
  s.box(s.left + half + 16, y, half, h, { stroke: '#444444' });
  s.put(zh ? '贷款人（公章）：' : `Signed for and on behalf of ${f.bank.en}`, s.left + 8, y + 8, half - 16, { bold: true });
  if (f.seal) s.image(seal, s.left + 40, y + 28, big ? 86 : 72);
  s.put(zh ? '法定代表人或授权代理人：' : 'Authorised signatory', s.left + 8, y + h - 40, half - 16, { size: s.size - 1 });
  s.put(`${zh ? '签署日期：' : 'Date: '}${dateOf(f.lang, f.signing)}`, s.left + 8, y + h - 22, half - 16, { size: s.size - 1 });
  const x = s.left + half + 24;
  s.put(zh ? '借款人（签字并按手印）：' : 'Accepted by the Borrower', x, y + 8, half - 16, { bold: true });
  if (f.signature) s.image(sign, x + 20, y + 34, big ? 120 : 100);
  s.put(`${zh ? '姓名：' : 'Name: '}${f.signName}`, x, y + h - 40, half - 16, { size: s.size - 1 });
  s.put(`${zh ? '签署日期：' : 'Date: '}${dateOf(f.lang, f.borrowerSigning)}`, x, y + h - 22, half - 16, { size: s.size - 1 });
  s.y = y + h + 10;
}

/** The Chinese contract: 合同要素表 cover, clauses, 还款安排 page, signing page (compact: two pages). */
async function renderZhContract(f: Facts, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> {
  const s = new Sheet(FACE.zh, compact ? 9 : 10.5, compact ? 46 : 60, false, '个人借款合同', producer('zh'));
  const W = s.width;
  s.put(`合同编号：${f.contractNo}`, s.left, s.y, W, { align: 'right', size: 8.5 });
  s.y += 16;
  s.put('个人借款合同', s.left, s.y, W, { bold: true, size: compact ? 16 : 20, align: 'center' });
  s.y += compact ? 26 : 36;
  s.put('合同要素表', s.left, s.y, W, { bold: true, size: compact ? 10.5 : 12, align: 'center' });
  s.y += compact ? 16 : 22;
  const L = W * 0.2;
  const V = W * 0.3;
  const sz = compact ? 8.5 : 9.5;
  const grid = (cells: string[]): void => {
    const widths = cells.length === 4 ? [L, V, L, V] : [L, W - L];
    s.row(cells, widths, { ruled: 'box', size: sz, pad: compact ? 4 : 6 });
  };
  grid(['借款人', f.coverName, '身份证号码', f.idNumber]);
  grid(['贷款人', f.lender]);
  grid(['借款金额（小写）', `¥${num(f.coverPrincipal)}`]);
  grid(['借款金额（大写）', `人民币${f.coverWords}`]);
  grid(['年利率', `${f.rate}%`, '借款期限', `${f.term}个月`]);
  grid(['借款起始日', zhDate(f.start), '借款到期日', zhDate(f.end)]);
  grid(['还款方式', '按月等额本息还款']);
  grid(['放款账户', `${f.coverAccount}（${f.bank.zh}）`]);
  grid(['抵押房产坐落', f.collateral]);
  s.y += 8;
  s.para('本要素表与下列合同条款共同构成本合同。借款人已仔细阅读全部条款，贷款人已应借款人要求对有关条款作出说明。', { size: sz });
  if (!compact) s.newPage();
  const clauses: Array<[string, string]> = [
    ['第一条　借款金额', `贷款人同意向借款人发放贷款，借款金额为人民币（大写）${f.clauseWords}（¥${num(f.clausePrincipal)}），用于购买自住住房。`],
    ['第二条　借款期限', `借款期限共${f.clauseTerm}个月，自${zhDate(f.start)}起至${zhDate(f.clauseEnd)}止。`],
    ['第三条　借款利率', `本合同项下借款年利率为${f.rate}%，在借款期限内固定不变，按日计息，按月结息。`],
    ['第四条　贷款发放', `贷款人将借款划入借款人以下账户：户名${f.coverName}，账号${f.clauseAccount}，开户行${f.bank.zh}。借款人同意贷款人从该账户扣收应还款项。`],
    ['第五条　担保', `借款人以其名下坐落于${f.clauseCollateral}的房产为本合同项下债务提供抵押担保，抵押登记办妥前贷款人有权不予放款。`],
  ];
  for (const [h, b] of clauses) {
    s.para(h, { bold: true, size: compact ? 9.5 : 11, after: 2 });
    s.para(b, { size: sz, indent: compact ? 0 : 18 });
  }
  if (compact) s.newPage(); else s.newPage();
  s.para('第六条　还款安排', { bold: true, size: compact ? 9.5 : 11, after: 4 });
  s.para('借款人按月等额本息归还借款，每期还款日为放款日在各月的对应日。具体安排如下：', { size: sz });
  const cw = [W * 0.35, W * 0.65];
  s.row(['项目', '内容'], cw, { ruled: 'box', bold: true, size: sz, fill: '#e8e8e8' });
  for (const r of [['借款本金', `${num(f.schedPrincipal)}元`], ['还款期数', `${f.term}期`], ['首次还款日', zhDate(addMonths(f.start, 1))], ['最后还款日', zhDate(f.schedEnd)]]) s.row(r, cw, { ruled: 'box', size: sz });
  s.y += 8;
  if (!compact) {
    s.para('第七条　违约责任', { bold: true, size: 11, after: 2 });
    s.para('借款人未按约定还款的，贷款人有权对逾期本金按本合同利率上浮百分之五十计收罚息，并有权宣布借款提前到期。', { size: sz, indent: 18 });
    s.para('第八条　争议解决', { bold: true, size: 11, after: 2 });
    s.para('本合同履行中发生的争议，由双方协商解决；协商不成的，任何一方均可向贷款人住所地人民法院提起诉讼。', { size: sz, indent: 18 });
    s.newPage();
  }
  s.para('第九条　合同生效', { bold: true, size: compact ? 9.5 : 11, after: 2 });
  s.para('本合同自双方签字盖章之日起生效。本合同一式三份，借款人、贷款人、抵押登记机关各执一份。', { size: sz, indent: compact ? 0 : 18 });
  s.para('（以下无正文）', { size: sz, align: 'center' });
  s.y += compact ? 4 : 20;
  await signatureBlock(s, f, !compact);
  const out = await s.finish(footer('zh', marks));
  return { pdf: out.pdf, pages: out.pageCount };
}

/** The English facility letter: terms in prose, a repayment paragraph, an acceptance page (compact: two pages). */
async function renderEnLetter(f: Facts, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> {
  const s = new Sheet(FACE.en, compact ? 9 : 10.5, compact ? 46 : 62, false, 'Facility Letter', producer('en'));
  const W = s.width;
  const R = (c: number): string => `RMB ${num(c)}`;
  s.put(f.bank.en.toUpperCase(), s.left, s.y, W * 0.6, { bold: true, size: compact ? 12 : 14 });
  s.put(`${f.lender.split(', ')[1]}\nPersonal Lending Centre`, s.left, s.y + 18, W * 0.6, { size: 8.5, color: '#444444' });
  s.put(`Our ref: ${f.contractNo}\nDate: ${enDate(f.signing)}`, s.left + W * 0.6, s.y, W * 0.4, { align: 'right', size: 8.5 });
  s.y += 50;
  s.line(s.left, s.y, s.left + W, s.y, 1.2);
  s.y += 12;
  s.para(`${f.coverName}\n${f.collateral}`, { size: s.size - 0.5 });
  s.para(`Dear ${f.coverName},`);
  s.para('FACILITY LETTER - SECURED PERSONAL LOAN', { bold: true, size: compact ? 10.5 : 12 });
  s.para(`We are pleased to offer you a term loan facility of ${R(f.coverPrincipal)} (${f.coverWords}) (the "Facility"), repayable over ${f.term} months from ${enDate(f.start)} to ${enDate(f.end)}, and to be disbursed to your account No. ${f.coverAccount}. The Facility is offered on the terms set out in this letter and is secured on the property described in paragraph 6.`, { align: 'justify' });
  s.para(`1. Borrower. The Borrower is ${f.coverName}, holder of PRC Resident Identity Card No. ${f.idNumber}.`, { align: 'justify' });
  if (!compact) s.newPage();
  const terms = [
    `2. Amount. The principal amount of the Facility is ${R(f.clausePrincipal)} (${f.clauseWords}).`,
    `3. Term. The Facility has a term of ${f.clauseTerm} months. It will be drawn on ${enDate(f.start)} and must be repaid in full by ${enDate(f.clauseEnd)}.`,
    `4. Interest. Interest is charged at a fixed rate of ${f.rate}% per annum, calculated daily on the outstanding principal on the basis of a 360-day year and payable monthly.`,
    `5. Drawdown. The Facility will be credited in a single amount to account No. ${f.clauseAccount} held in your name with us, from which each instalment will be debited on its due date.`,
    `6. Security. The Facility is secured by a first legal mortgage over the property at ${f.clauseCollateral}, which must be registered in our favour before drawdown.`,
  ];
  for (const t of terms) s.para(t, { align: 'justify' });
  if (!compact) s.newPage(); else s.newPage();
  s.para(`7. Repayment. The principal of ${R(f.schedPrincipal)} shall be repaid, together with interest, by ${f.term} consecutive monthly instalments of equal amount, the first falling due on ${enDate(addMonths(f.start, 1))} and the last on ${enDate(f.schedEnd)}.`, { align: 'justify' });
  s.para('8. Prepayment. You may prepay the whole or part of the Facility on any instalment date on giving us thirty days\' written notice.', { align: 'justify' });
  if (!compact) {
    s.para('9. Default. If any amount is not paid when due, default interest accrues on the overdue amount at the contract rate plus fifty per cent, and we may declare the Facility immediately due and payable.', { align: 'justify' });
    s.para('10. Law. This letter is governed by the laws of the People\'s Republic of China, and the courts at our place of business have jurisdiction.', { align: 'justify' });
    s.newPage();
  }
  s.para('ACCEPTANCE', { bold: true, size: compact ? 10.5 : 12 });
  s.para('Please confirm your acceptance by signing below. This offer lapses if not accepted within fourteen days of the date of this letter.', { align: 'justify' });
  s.y += compact ? 4 : 16;
  await signatureBlock(s, f, !compact);
  const out = await s.finish(footer('en', marks));
  return { pdf: out.pdf, pages: out.pageCount };
}

export const renderContract = (f: Facts, compact: boolean, marks: Marks): Promise<{ pdf: Buffer; pages: number }> =>
  (f.lang === 'zh' ? renderZhContract(f, compact, marks) : renderEnLetter(f, compact, marks));

/** A 收入证明 / income certificate: a letter with the amounts in its sentences, signed and sealed. */
export async function renderIncomeLetter(f: Facts): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const s = new Sheet(FACE[f.lang], 11, 72, false, zh ? '收入证明' : 'Income Certificate', zh ? 'WPS Office' : 'Microsoft Word');
  const W = s.width;
  s.put(zh ? '收 入 证 明' : 'EMPLOYMENT AND INCOME CERTIFICATE', s.left, s.y + 10, W, { bold: true, size: zh ? 20 : 15, align: 'center' });
  s.y += 60;
  const month = zh ? `${f.payMonth.y}年${f.payMonth.m}月` : fmtDate(f.payMonth, 'en-long').replace(/^\d+ /u, '');
  const list = (ls: Line[]): string => ls.map((l) => (zh ? `${l.label}${num(l.cents)}元` : `${l.label} RMB ${num(l.cents)}`)).join(zh ? '，' : ', ');
  if (zh) {
    s.para(`兹证明${f.payName}（身份证号码：${f.idNumber}）系我单位正式员工，自${f.joined}年起在我单位${f.department}工作，现任${f.jobTitle}，劳动关系稳定。`, { indent: 22 });
    s.para(`该员工${month}工资收入情况如下：应发工资合计人民币${num(f.gross)}元，其中${list(f.earnings)}；单位依法代扣${list(f.deductions)}，扣款合计${num(f.totalDeductions)}元；实发工资人民币${num(f.net)}元，已于${zhDate(f.payDate)}通过${f.bank.zh}代发至其本人工资账户。`, { indent: 22 });
    s.para('特此证明。本证明仅用于该员工办理个人贷款，不作其他用途；我单位对本证明内容的真实性负责。', { indent: 22 });
  } else {
    s.para('To whom it may concern,');
    s.para(`This is to certify that ${f.payName} (PRC Resident Identity Card No. ${f.idNumber}) has been a permanent employee of ${f.employer} since ${f.joined}, currently working as ${f.jobTitle} in our ${f.department} department.`, { align: 'justify' });
    s.para(`For ${month}, the employee's gross salary was RMB ${num(f.gross)}, made up of ${list(f.earnings)}. We withheld ${list(f.deductions)}, total deductions RMB ${num(f.totalDeductions)}. The net salary of RMB ${num(f.net)} was paid on ${enDate(f.payDate)} to the employee's salary account with ${f.bank.en}.`, { align: 'justify' });
    s.para('This certificate is issued at the employee\'s request for a loan application and for no other purpose.', { align: 'justify' });
  }
  s.y += 30;
  const seal = await makeSeal(f.employer, f.lang, zh ? '人力资源专用章' : 'HR DEPT');
  const x = s.left + W * 0.5;
  s.put(zh ? `单位名称（盖章）：${f.employer}` : `For and on behalf of ${f.employer}`, x - 40, s.y, W * 0.5 + 40, {});
  s.image(seal, x + 40, s.y + 14, 90);
  s.put(zh ? `经办人：人力资源部\n日期：${zhDate(f.issued)}` : `Human Resources Department\nDate: ${enDate(f.issued)}`, x - 40, s.y + 110, W * 0.5 + 40, {});
  return (await s.finish(() => ({ text: null, expected: {} }))).pdf;
}

/** One page. zh: signed amount column, 承前余额 row, totals line. en: paid out / paid in columns, summary box on top. */
export async function renderStatement(f: Facts): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const s = new Sheet(FACE[f.lang], 8.5, 40, false, zh ? '活期账户交易明细' : 'Current Account Statement', 'eStatement Server 11');
  const W = s.width;
  const D = (d: CivilDate): string => stmtDate(f.lang, d);
  s.put(zh ? `${f.bank.zh}活期账户交易明细` : `${f.bank.en}`, s.left, s.y, W, { bold: true, size: 14, align: zh ? 'center' : 'left' });
  if (!zh) s.put('Current Account Statement', s.left, s.y + 20, W, { size: 11 });
  s.y += zh ? 28 : 42;
  if (zh) {
    s.put(`户名：${f.stmtName}　　　账号：${f.stmtAccount}　　　币种：人民币元`, s.left, s.y, W, { size: 9 });
    s.put(`起止日期：${D(f.periodStart)} 至 ${D(f.periodEnd)}　　　打印日期：${D(f.printDate)}`, s.left, s.y + 15, W, { size: 9 });
    s.y += 36;
  } else {
    s.put(`Account name: ${f.stmtName}\nAccount number: ${f.stmtAccount}\nStatement period: ${D(f.periodStart)} - ${D(f.periodEnd)}`, s.left, s.y, W * 0.55, { size: 9 });
    const bx = s.left + W * 0.58;
    const bw = W * 0.42;
    s.box(bx, s.y - 4, bw, 64, { stroke: '#333333', fill: '#f1f1f1' });
    s.box(bx, s.y - 4, bw, 64, { stroke: '#333333' });
    const sum = [['Opening balance', f.opening], ['Total paid in', f.credits], ['Total paid out', f.debits], ['Closing balance', f.closing]] as const;
    sum.forEach(([k, v], i) => { s.put(k, bx + 6, s.y + i * 14, bw * 0.55, { size: 9 }); s.put(num(v), bx + bw * 0.5, s.y + i * 14, bw * 0.5 - 6, { size: 9, align: 'right' }); });
    s.y += 74;
  }
  const cols = zh
    ? { h: ['交易日期', '摘要', '对方户名', '交易金额', '账户余额'], w: [0.14, 0.14, 0.36, 0.17, 0.19], a: ['left', 'left', 'left', 'right', 'right'] as const }
    : { h: ['Date', 'Details', 'Paid out', 'Paid in', 'Balance'], w: [0.14, 0.4, 0.15, 0.15, 0.16], a: ['left', 'left', 'right', 'right', 'right'] as const };
  const widths = cols.w.map((x) => x * W);
  s.row(cols.h, widths, { bold: true, size: 8.5, aligns: [...cols.a], ruled: 'under', fill: zh ? '#dde6f0' : undefined });
  if (zh) s.row([D(f.periodStart), '承前余额', '', '', num(f.opening)], widths, { size: 8.5, aligns: [...cols.a], ruled: 'under' });
  for (const t of f.txns) {
    const cells = zh ? [D(t.date), t.text, t.party, signed(t.cents), num(t.balance)] : [D(t.date), `${t.text} ${t.party}`, t.cents < 0 ? num(-t.cents) : '', t.cents > 0 ? num(t.cents) : '', num(t.balance)];
    s.row(cells, widths, { size: 8.5, aligns: [...cols.a], ruled: 'under' });
  }
  s.y += 8;
  if (zh) {
    s.put(`本期收入合计：${num(f.credits)}　　本期支出合计：${num(f.debits)}　　期末余额：${num(f.closing)}`, s.left, s.y, W, { bold: true, size: 9 });
    s.put('本交易明细由系统自动生成，加盖业务专用章后有效。', s.left, s.y + 18, W, { size: 8 });
  } else {
    s.put(`${f.txns.length} transactions. Balances are shown after each transaction.`, s.left, s.y, W, { size: 8 });
  }
  return (await s.finish((n, t) => ({ text: zh ? `第${n}页/共${t}页` : `Page ${n} of ${t}`, expected: { printedNumber: n, printedTotal: t }, align: 'right' }))).pdf;
}
