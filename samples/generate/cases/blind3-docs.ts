/**
 * The blind3 case set's own facts and documents: a four-page (or, for scans, two-page) loan contract
 * with a key-terms table, restatements in later clauses and a collateral schedule page; a side-by-side
 * pay slip; a one-page statement, portrait or landscape. Layouts and wordings are this set's own.
 */
import PDFDocument from 'pdfkit';
import { addDays, addMonths, type CivilDate } from '../calendar.js';
import { makeAddress } from '../content.js';
import { BANKS, DEPARTMENTS, EMPLOYER_CORES, GIVEN_NAMES, MERCHANTS, SURNAMES, type Bank } from '../data.js';
import { formatAmount } from '../format.js';
import { makeCardNumber, makeIdNumber } from '../identity.js';
import { toChineseMoneyWords, toEnglishWords } from '../money-words.js';
import { PLACES, type Place } from '../places.js';
import type { Rng } from '../prng.js';
import { PdfWriter } from '../render-pdf.js';
import { makeSeal, makeSignature } from '../seal.js';
import type { FontPair, Lang } from '../variant-types.js';

const NOTO = '/usr/share/fonts/opentype/noto';
const LIB = '/usr/share/fonts/truetype/liberation2';
export const FONTS: Record<Lang, FontPair> = {
  zh: { id: 'noto-sans-cjk', regular: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscript: 'NotoSansCJKsc-Regular' }, bold: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, postscript: 'NotoSansCJKsc-Bold' } },
  en: { id: 'liberation-serif', regular: { path: `${LIB}/LiberationSerif-Regular.ttf` }, bold: { path: `${LIB}/LiberationSerif-Bold.ttf` } },
};
const FIXED_DATE = new Date(Date.UTC(2025, 8, 1));

export interface Line { label: string; cents: number }
export interface Txn { date: CivilDate; text: string; cents: number; balance: number; salary?: boolean; planted?: boolean }

/** Everything printed in a case. Each printed mention has its own field so one mention can be planted alone. */
export interface Facts {
  lang: Lang;
  name: string; idNumber: string; place: Place;
  bank: Bank; lender: string; contractNo: string;
  principal: number;
  /** Printed mentions of the principal (figures) and words. */
  keyPrincipal: number; clausePrincipal: number; schedulePrincipal: number; tablePrincipal: number;
  keyWords: string; scheduleWords: string;
  rate: string; term: number; clauseTerm: number;
  start: CivilDate; end: CivilDate; clauseEnd: CivilDate; signing: CivilDate; borrowerSigning: CivilDate; madeOn: CivilDate;
  account: string; keyAccount: string; clauseAccount: string;
  collateral: string; scheduleCollateral: string;
  signName: string;
  seal: boolean; signature: boolean; mortgagorSigned: boolean; scheduleSeal: boolean;
  employer: string; department: string; employeeNo: string; payName: string; payMonth: CivilDate; payDate: CivilDate;
  earnings: Line[]; deductions: Line[]; gross: number; totalDeductions: number; net: number;
  stmtName: string; stmtAccount: string; periodStart: CivilDate; periodEnd: CivilDate;
  opening: number; txns: Txn[]; credits: number; debits: number; closing: number; printDate: CivilDate;
  /** Printed header values of the statement (planted apart from the rows). */
  printedOpening: number; printedClosing: number; printedPeriodEnd: CivilDate;
}

const pad = (n: number): string => String(n).padStart(2, '0');
export const zhDate = (d: CivilDate): string => `${d.y}年${d.m}月${d.d}日`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const enDate = (d: CivilDate): string => `${d.d} ${MONTHS[d.m - 1]} ${d.y}`;
export const dotDate = (d: CivilDate): string => `${d.y}.${pad(d.m)}.${pad(d.d)}`;
export const money = (c: number): string => formatAmount(c, true);

/** "Renminbi Two Hundred Sixty-Five Thousand Yuan and 45/100 Only". */
export function englishWords(cents: number): string {
  const yuan = Math.floor(cents / 100);
  const rest = cents % 100;
  return `Renminbi ${toEnglishWords(yuan, { hyphen: true, britishAnd: false })} Yuan${rest ? ` and ${pad(rest)}/100` : ''} Only`;
}
export const wordsOf = (lang: Lang, cents: number): string => (lang === 'zh' ? `人民币${toChineseMoneyWords(cents)}` : englishWords(cents));

export interface FactOptions { scanned: boolean; principal?: (rng: Rng) => number; place?: (p: Place) => boolean; addressFilter?: (address: string) => boolean }

export function makeFacts(rng: Rng, lang: Lang, options: FactOptions): Facts {
  const [surZh, surEn] = rng.pick(SURNAMES);
  const [givenZh, givenEn] = rng.pick(GIVEN_NAMES);
  const name = lang === 'zh' ? surZh + givenZh : `${givenEn} ${surEn}`;
  const home = rng.pick(PLACES);
  const birth = { y: rng.int(1972, 1998), m: rng.int(1, 12), d: rng.int(1, 28) };
  const idNumber = makeIdNumber(rng, home.code, birth);
  const bank = rng.pick(BANKS);
  const branch = rng.pick(PLACES);
  const lender = lang === 'zh' ? `${bank.zh}股份有限公司${branch.city.replace(/市$/u, '')}${branch.district.replace(/(新区|区)$/u, '')}支行` : `${bank.en}, ${branch.cityEn} ${branch.districtEn.replace(/ (District|New Area)$/u, '')} Sub-branch`;
  const principal = options.principal ? options.principal(rng) : rng.int(15, 420) * 1_000_000 + rng.int(1, 9) * 100_000 + rng.pick([0, 0, 50_000]);
  const term = rng.pick([12, 24, 36, 48, 60, 120]);
  const start = { y: 2025, m: rng.int(2, 8), d: rng.int(2, 27) };
  const plus = addMonths(start, term);
  const end = rng.chance(0.5) ? addDays(plus, -1) : plus;
  const signing = addDays(start, -rng.int(2, 12));
  const [bin, length] = rng.pick(bank.bins);
  const account = makeCardNumber(rng, bin, length);
  const places = PLACES.filter(options.place ?? (() => true));
  const place = rng.pick(places);
  let collateral = makeAddress(rng, lang, place);
  for (let i = 0; options.addressFilter && !options.addressFilter(collateral); i++) {
    if (i > 50) throw new Error(`Expected an address the defect can use in ${place.city}`);
    collateral = makeAddress(rng, lang, place);
  }
  const [coreZh, coreEn] = rng.pick(EMPLOYER_CORES);
  const employer = lang === 'zh' ? `${home.city.replace(/市$/u, '')}${coreZh}有限公司` : `${home.cityEn} ${coreEn} Co., Ltd.`;
  const department = rng.pick(DEPARTMENTS)[lang === 'zh' ? 0 : 1];
  const base = rng.int(90, 380) * 10_000;
  const allowance = rng.int(5, 30) * 10_000;
  const bonus = rng.int(10, 200) * 10_00 + rng.int(0, 99);
  const earnings: Line[] = lang === 'zh'
    ? [{ label: '基本工资', cents: base }, { label: '岗位津贴', cents: allowance }, { label: '绩效奖金', cents: bonus }]
    : [{ label: 'Basic salary', cents: base }, { label: 'Position allowance', cents: allowance }, { label: 'Performance bonus', cents: bonus }];
  const gross = base + allowance + bonus;
  const pension = Math.round(base * 0.08);
  const medical = Math.round(base * 0.02);
  const unemployment = Math.round(base * 0.005);
  const fund = Math.round(base * 0.07);
  const taxable = gross - pension - medical - unemployment - fund - 5000_00;
  const tax = Math.max(0, Math.round(taxable <= 3000_00 ? taxable * 0.03 : taxable * 0.1 - 210_00));
  const deductions: Line[] = (lang === 'zh'
    ? [['养老保险', pension], ['医疗保险', medical], ['失业保险', unemployment], ['住房公积金', fund], ['个人所得税', tax]]
    : [['Pension insurance', pension], ['Medical insurance', medical], ['Unemployment insurance', unemployment], ['Housing fund', fund], ['Individual income tax', tax]]).map(([label, cents]) => ({ label: label as string, cents: cents as number }));
  const totalDeductions = deductions.reduce((a, l) => a + l.cents, 0);
  const net = gross - totalDeductions;
  const payMonth = { y: 2025, m: start.m - 1 || 1, d: 1 };
  const payDate = { y: payMonth.y, m: payMonth.m + 1, d: 10 };
  const periodStart = { y: payDate.y, m: payDate.m, d: 1 };
  const periodEnd = addDays(addMonths(periodStart, 1), -1);
  const opening = rng.int(3_000, 90_000) * 100 + rng.int(0, 99);
  const txns: Txn[] = [];
  const count = options.scanned ? rng.int(8, 10) : rng.int(11, 15);
  const days = Array.from({ length: count }, () => rng.int(1, 28)).sort((a, b) => a - b);
  const salaryAt = days.findIndex((d) => d >= 10) >= 0 ? days.findIndex((d) => d >= 10) : 0;
  days[salaryAt] = 10;
  days.sort((a, b) => a - b);
  let balance = opening;
  days.forEach((d, i) => {
    const date = { ...periodStart, d };
    let t: Txn;
    if (i === salaryAt) t = { date, text: lang === 'zh' ? `代发工资 ${employer}` : `PAYROLL ${employer.toUpperCase()}`, cents: net, balance: 0, salary: true };
    else if (rng.chance(0.12)) t = { date, text: lang === 'zh' ? '转账存入 网银' : 'TRANSFER IN ONLINE', cents: rng.int(200, 5000) * 100, balance: 0 };
    else t = { date, text: rng.pick(MERCHANTS)[lang === 'zh' ? 0 : 1], cents: -(rng.int(20, 2400) * 100 + rng.int(0, 99)), balance: 0 };
    balance += t.cents;
    t.balance = balance;
    txns.push(t);
  });
  const credits = txns.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  const debits = -txns.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  const words = wordsOf(lang, principal);
  return {
    lang, name, idNumber, place, bank, lender,
    contractNo: lang === 'zh' ? `${bank.code}-个贷-2025-${rng.int(10000, 99999)}` : `${bank.code}/ML/2025/${rng.int(10000, 99999)}`,
    principal, keyPrincipal: principal, clausePrincipal: principal, schedulePrincipal: principal, tablePrincipal: principal,
    keyWords: words, scheduleWords: words,
    rate: (rng.int(300, 460) / 100).toFixed(2), term, clauseTerm: term,
    start, end, clauseEnd: end, signing, borrowerSigning: signing, madeOn: signing,
    account, keyAccount: account, clauseAccount: account,
    collateral, scheduleCollateral: collateral,
    signName: name, seal: true, signature: true, mortgagorSigned: true, scheduleSeal: true,
    employer, department, employeeNo: `${rng.pick(['E', 'HR', 'NO'])}${rng.int(1000, 99999)}`, payName: name, payMonth, payDate,
    earnings, deductions, gross, totalDeductions, net,
    stmtName: name, stmtAccount: account, periodStart, periodEnd, opening, txns, credits, debits, closing: balance,
    printDate: addDays(periodEnd, rng.int(2, 9)),
    printedOpening: opening, printedClosing: balance, printedPeriodEnd: periodEnd,
  };
}

/** The statement's balances and totals recomputed from its rows (the salary row follows the pay slip's net). */
export function settle(f: Facts): void {
  let b = f.opening;
  for (const t of f.txns) { b += t.cents; t.balance = b; }
  f.credits = f.txns.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  f.debits = -f.txns.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  f.closing = b;
  f.printedOpening = f.opening;
  f.printedClosing = b;
}

export type PageMarks = 'zh-total-first' | 'zh-slash' | 'en-header' | 'en-p';
export interface ContractOptions { compact: boolean; marks: PageMarks }

const repayment = (lang: Lang): string => (lang === 'zh' ? '等额本息，按月还款' : 'Equal monthly instalments of principal and interest');

function writer(lang: Lang, title: string, size: number, margin = 56): PdfWriter {
  return new PdfWriter({ font: FONTS[lang], size, margin, lang, title, creationDate: FIXED_DATE, producer: lang === 'zh' ? 'CreditCore DocGen 7.2' : 'LoanSys Reporting 4.1' });
}

/** Page numbers as this set prints them: 共4页 第1页, 第1页/共2页, a "Page 1 of 4" header, "p. 1/2". */
function stampPages(w: PdfWriter, marks: PageMarks): void {
  const range = w.doc.bufferedPageRange();
  const total = range.count;
  for (let i = 0; i < total; i++) {
    w.doc.switchToPage(range.start + i);
    const page = w.doc.page;
    const bottom = page.margins.bottom;
    page.margins.bottom = 0;
    w.doc.font('R').fontSize(9).fillColor('black');
    const n = i + 1;
    if (marks === 'en-header') w.doc.text(`Page ${n} of ${total}`, w.left, 30, { width: w.width, align: 'right', lineBreak: false });
    else {
      const text = marks === 'zh-total-first' ? `共${total}页 第${n}页` : marks === 'zh-slash' ? `第${n}页/共${total}页` : `p. ${n}/${total}`;
      w.doc.text(text, w.left, page.height - 40, { width: w.width, align: marks === 'en-p' ? 'right' : 'center', lineBreak: false });
    }
    page.margins.bottom = bottom;
  }
}

async function finish(w: PdfWriter): Promise<Buffer> {
  return (await w.finish(() => null)).pdf;
}

export async function renderContract(f: Facts, o: ContractOptions): Promise<{ pdf: Buffer; pages: number }> {
  const zh = f.lang === 'zh';
  const w = writer(f.lang, zh ? '个人住房抵押借款合同' : 'Personal Mortgage Loan Agreement', o.compact ? 9 : 10.5, o.compact ? 44 : 56);
  const P = (c: number): string => (zh ? `人民币${money(c)}元` : `RMB ${money(c)}`);
  const D = zh ? zhDate : enDate;
  w.heading(zh ? '个人住房抵押借款合同' : 'PERSONAL MORTGAGE LOAN AGREEMENT', o.compact ? 15 : 18);
  w.para(zh ? `合同编号：${f.contractNo}` : `Agreement No. ${f.contractNo}    This Agreement is made on ${D(f.madeOn)}.`, { align: 'right', size: 9 });
  w.para(zh ? '第一部分  主要约定事项' : 'PART A  PARTICULARS', { bold: true });
  const rows = zh
    ? [['借款人', f.name], ['身份证件号码', f.idNumber], ['贷款人', f.lender], ['借款金额（小写）', P(f.keyPrincipal)], ['借款金额（大写）', f.keyWords],
      ['年利率', `${f.rate}%（固定利率）`], ['借款期限', `${f.term}个月`], ['起始日（放款日）', D(f.start)], ['到期日', D(f.end)], ['还款方式', repayment('zh')],
      ['放款账户', f.keyAccount], ['抵押物坐落', f.collateral]]
    : [['Borrower', f.name], ['ID card No.', f.idNumber], ['Lender', f.lender], ['Loan amount', P(f.keyPrincipal)], ['Amount in words', f.keyWords],
      ['Interest rate', `${f.rate}% per annum (fixed)`], ['Term', `${f.term} months`], ['Drawdown date', D(f.start)], ['Maturity date', D(f.end)],
      ['Repayment', repayment('en')], ['Disbursement account', f.keyAccount], ['Mortgaged property', f.collateral]];
  w.table({ columns: [{ header: zh ? '项目' : 'Item', width: 0.3 }, { header: zh ? '约定内容' : 'Particulars', width: 0.7 }], rows, grid: 'full', size: o.compact ? 8.5 : 9.5 });
  if (!o.compact) w.newPage();
  const clauses: Array<[string, string]> = zh ? [
    ['第一条 借款金额与用途', `贷款人同意向借款人发放个人住房贷款，借款金额为${P(f.clausePrincipal)}，专项用于购买第一部分所列抵押房产，不得挪作他用。`],
    ['第二条 借款期限', `借款期限为${f.clauseTerm}个月，自${D(f.start)}起至${D(f.clauseEnd)}止。实际放款日与约定不一致的，以借款借据记载为准。`],
    ['第三条 利率与计息', `本合同项下借款执行年利率${f.rate}%，按日计息，日利率=年利率/360。`],
    ['第四条 放款', `贷款人将借款一次性划入借款人在贷款人处开立的账户（账号：${f.clauseAccount}），借款人授权贷款人自该账户扣收到期应还款项。`],
  ] : [
    ['Clause 1  Amount and Purpose', `The Lender agrees to lend, and the Borrower agrees to borrow, the sum of ${P(f.clausePrincipal)}, to be used solely to purchase the Mortgaged Property described in Part A.`],
    ['Clause 2  Term', `The term of the loan is ${f.clauseTerm} months, running from ${D(f.start)} to ${D(f.clauseEnd)}, both dates inclusive.`],
    ['Clause 3  Interest', `Interest accrues daily at ${f.rate}% per annum on the outstanding principal, on the basis of a 360-day year.`],
    ['Clause 4  Disbursement', `The Lender shall credit the loan in one amount to the Borrower's account No. ${f.clauseAccount} held with the Lender, from which instalments will be debited when due.`],
  ];
  const more: Array<[string, string]> = zh ? [
    ['第五条 还款', '借款人应于每月放款对应日归还当期本息；遇节假日顺延至下一工作日。借款人提前还款的，应提前三十日书面通知贷款人。'],
    ['第六条 抵押担保', '借款人以附件所列房产提供抵押担保，并于放款前办妥抵押登记。抵押期间，未经贷款人书面同意，借款人不得转让、出租该房产。'],
    ['第七条 违约责任', '借款人未按期还款的，贷款人有权就逾期本金自逾期之日起按本合同利率加收百分之五十计收罚息。'],
    ['第八条 争议解决', '因本合同发生的争议，由双方协商解决；协商不成的，向贷款人所在地人民法院起诉。'],
    ['第九条 其他', '本合同一式三份，双方各执一份，登记机关一份，具有同等法律效力。本合同附件为本合同不可分割的组成部分。'],
  ] : [
    ['Clause 5  Repayment', 'The Borrower shall repay each instalment on the monthly anniversary of the Drawdown Date; where that day is not a business day, on the next business day.'],
    ['Clause 6  Security', 'The loan is secured by a first-ranking mortgage over the Mortgaged Property, to be registered before disbursement. The Borrower shall not sell or lease the property without the Lender\'s written consent.'],
    ['Clause 7  Default', 'Overdue principal bears default interest at the contract rate plus fifty per cent from the due date until paid.'],
    ['Clause 8  Governing Law', 'This Agreement is governed by the laws of the People\'s Republic of China. Disputes shall be submitted to the people\'s court where the Lender is located.'],
    ['Clause 9  Miscellaneous', 'This Agreement is made in three counterparts of equal effect. The Schedule forms an integral part of this Agreement.'],
  ];
  for (const [head, body] of o.compact ? clauses : [...clauses, ...more.slice(0, 1)]) {
    w.para(head, { bold: true, size: o.compact ? 9 : 10.5, gap: 1 });
    w.para(body, { size: o.compact ? 8.5 : 10.5 });
  }
  if (!o.compact) {
    w.newPage();
    for (const [head, body] of more.slice(1)) {
      w.para(head, { bold: true, gap: 1 });
      w.para(body);
    }
    w.gap(6);
    w.para(zh ? '还款计划摘要' : 'Repayment schedule summary', { bold: true });
    const tableRows = zh
      ? [['期初借款本金', P(f.tablePrincipal)], ['还款期数', `${f.term}期`], ['首期还款日', D(addMonths(f.start, 1))], ['末期还款日', D(f.end)]]
      : [['Opening principal', P(f.tablePrincipal)], ['Number of instalments', String(f.term)], ['First instalment', D(addMonths(f.start, 1))], ['Final instalment', D(f.end)]];
    w.table({ columns: [{ header: zh ? '项目' : 'Item', width: 0.45 }, { header: zh ? '内容' : 'Detail', width: 0.55, align: 'right' }], rows: tableRows, grid: 'rules', size: 9.5 });
  }
  w.newPage();
  w.para(zh ? '附件：抵押物清单' : 'SCHEDULE  Mortgaged Property', { bold: true, size: o.compact ? 11 : 12.5 });
  const sched = zh
    ? [['抵押物坐落', f.scheduleCollateral], ['担保主债权本金', P(f.schedulePrincipal)], ['本金（大写）', f.scheduleWords], ['抵押人', f.name]]
    : [['Location', f.scheduleCollateral], ['Secured principal', P(f.schedulePrincipal)], ['In words', f.scheduleWords], ['Mortgagor', f.name]];
  w.table({ columns: [{ header: zh ? '项目' : 'Item', width: 0.28 }, { header: zh ? '内容' : 'Detail', width: 0.72 }], rows: sched, grid: 'full', size: o.compact ? 8.5 : 9.5 });
  const sealPng = await makeSeal(zh ? f.lender.replace(/股份有限公司/u, '') : f.bank.en, f.lang, zh ? '合同专用章' : 'CONTRACT SEAL');
  const signPng = await makeSignature(f.name, f.lang);
  let y = w.y + 4;
  w.doc.font('R').fontSize(9.5).text(zh ? '抵押人（签字）：' : 'Mortgagor (signature):', w.left, y);
  if (f.mortgagorSigned) w.image(signPng, w.left + 110, y - 18, 90);
  w.doc.text(zh ? '抵押权人（盖章）：' : 'Mortgagee (seal):', w.left + w.width / 2, y);
  if (f.scheduleSeal) w.image(sealPng, w.left + w.width / 2 + 110, y - 30, 62);
  w.doc.y = y + 50;
  w.gap(o.compact ? 6 : 24);
  w.para(zh ? '签署页（本页无正文）' : 'EXECUTION', { bold: true, size: o.compact ? 10 : 12 });
  y = w.y + 8;
  const half = w.width / 2;
  w.doc.font('R').fontSize(10);
  w.doc.text(zh ? '贷款人（盖章）：' : 'For the Lender (seal):', w.left, y);
  if (f.seal) w.image(sealPng, w.left + 20, y + 14, 88);
  w.doc.text(`${zh ? '日期：' : 'Date: '}${D(f.signing)}`, w.left, y + 112);
  w.doc.text(zh ? '借款人（签字）：' : 'Borrower (signature):', w.left + half, y);
  if (f.signature) w.image(signPng, w.left + half + 10, y + 24, 130);
  w.doc.text(`${zh ? '姓名：' : 'Name: '}${f.signName}`, w.left + half, y + 90);
  w.doc.text(`${zh ? '日期：' : 'Date: '}${D(f.borrowerSigning)}`, w.left + half, y + 112);
  w.doc.y = y + 140;
  stampPages(w, o.marks);
  const pdf = await finish(w);
  return { pdf, pages: o.compact ? 2 : 4 };
}

export async function renderPayslip(f: Facts): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const w = writer(f.lang, zh ? '薪酬发放明细' : 'Payroll Advice', 10);
  const month = zh ? `${f.payMonth.y}年${f.payMonth.m}月` : `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][f.payMonth.m - 1]} ${f.payMonth.y}`;
  w.heading(f.employer, 14);
  w.heading(zh ? `薪酬发放明细（${month}）` : `Payroll Advice - ${month}`, 12);
  w.kvPair([zh ? '姓名：' : 'Employee: ', f.payName], [zh ? '工号：' : 'Staff No.: ', f.employeeNo], 70);
  w.kvPair([zh ? '部门：' : 'Department: ', f.department], [zh ? '发放日期：' : 'Paid on: ', zh ? dotDate(f.payDate) : enDate(f.payDate)], 70);
  const n = Math.max(f.earnings.length, f.deductions.length);
  const rows = Array.from({ length: n }, (_, i) => [f.earnings[i]?.label ?? '', f.earnings[i] ? money(f.earnings[i]!.cents) : '', f.deductions[i]?.label ?? '', f.deductions[i] ? money(f.deductions[i]!.cents) : '']);
  rows.push([zh ? '应发合计' : 'Gross pay', money(f.gross), zh ? '扣款合计' : 'Total deductions', money(f.totalDeductions)]);
  w.table({
    columns: [{ header: zh ? '收入项目' : 'Earnings', width: 0.27 }, { header: zh ? '金额（元）' : 'RMB', width: 0.2, align: 'right' }, { header: zh ? '扣款项目' : 'Deductions', width: 0.33 }, { header: zh ? '金额（元）' : 'RMB', width: 0.2, align: 'right' }],
    rows, grid: 'full', size: 9.5, boldRows: new Set([rows.length - 1]),
  });
  w.para(zh ? `实发金额（转入工资卡）：${money(f.net)} 元` : `Net pay credited to salary account: RMB ${money(f.net)}`, { bold: true });
  w.gap(10);
  w.para(zh ? '本明细由薪酬系统生成，如有疑问请于发放后十日内联系人力资源部。' : 'Generated by the payroll system. Please raise any query with Human Resources within ten days of payment.', { size: 8.5 });
  return finish(w);
}

/** A one-page statement, portrait or landscape, drawn with absolute column positions. */
export async function renderStatement(f: Facts, landscape: boolean): Promise<Buffer> {
  const zh = f.lang === 'zh';
  const doc = new PDFDocument({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 40, info: { Title: zh ? '个人账户交易明细' : 'Account Statement', Producer: 'CoreBank eStatement 3.0', Creator: 'CoreBank eStatement 3.0', CreationDate: FIXED_DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const fonts = FONTS[f.lang];
  doc.registerFont('R', fonts.regular.path, fonts.regular.postscript as string);
  doc.registerFont('B', fonts.bold.path, fonts.bold.postscript as string);
  const W = doc.page.width - 80;
  const D = zh ? dotDate : enDate;
  doc.font('B').fontSize(15).text(zh ? `${f.bank.zh} 个人账户交易明细` : `${f.bank.en} - Account Statement`, 40, 40, { width: W, align: 'center' });
  doc.font('R').fontSize(9.5);
  const head = zh
    ? [[`户名：${f.stmtName}`, `账号：${f.stmtAccount}`, '币种：人民币'], [`查询期间：${D(f.periodStart)} 至 ${D(f.printedPeriodEnd)}`, `期初余额：${money(f.printedOpening)}`, `打印日期：${D(f.printDate)}`]]
    : [[`Account holder: ${f.stmtName}`, `Account No.: ${f.stmtAccount}`, 'Currency: CNY'], [`Period: ${D(f.periodStart)} to ${D(f.printedPeriodEnd)}`, `Opening balance: ${money(f.printedOpening)}`, `Printed: ${D(f.printDate)}`]];
  let y = 72;
  for (const line of head) {
    line.forEach((t, i) => doc.text(t, 40 + (i * W) / 3, y, { width: W / 3 - 6, lineBreak: false }));
    y += 16;
  }
  y += 6;
  const cols = zh
    ? [['记账日期', 0.14, 'left'], ['摘要', 0.36, 'left'], ['收入', 0.16, 'right'], ['支出', 0.16, 'right'], ['余额', 0.18, 'right']]
    : [['Date', 0.16, 'left'], ['Description', 0.34, 'left'], ['Credit', 0.16, 'right'], ['Debit', 0.16, 'right'], ['Balance', 0.18, 'right']];
  const xs: number[] = [];
  let x = 40;
  for (const c of cols) { xs.push(x); x += (c[1] as number) * W; }
  const row = (cells: string[], bold: boolean): void => {
    doc.font(bold ? 'B' : 'R').fontSize(9);
    cells.forEach((t, i) => doc.text(t, (xs[i] as number) + 3, y + 4, { width: (cols[i]![1] as number) * W - 6, align: cols[i]![2] as 'left' | 'right', lineBreak: false }));
    doc.moveTo(40, y + 18).lineTo(40 + W, y + 18).lineWidth(0.4).strokeColor('#777777').stroke();
    y += 18;
  };
  row(cols.map((c) => c[0] as string), true);
  for (const t of f.txns) row([D(t.date), t.text, t.cents > 0 ? money(t.cents) : '', t.cents < 0 ? money(-t.cents) : '', money(t.balance)], false);
  y += 10;
  doc.font('B').fontSize(9.5);
  const totals = zh
    ? `收入合计：${money(f.credits)}    支出合计：${money(f.debits)}    期末余额：${money(f.printedClosing)}`
    : `Total credits: ${money(f.credits)}    Total debits: ${money(f.debits)}    Closing balance: ${money(f.printedClosing)}`;
  doc.text(totals, 40, y, { width: W });
  doc.font('R').fontSize(8).text(zh ? '本明细仅供参考，以银行系统记录为准。' : 'This statement is computer generated and requires no signature.', 40, y + 24, { width: W });
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
