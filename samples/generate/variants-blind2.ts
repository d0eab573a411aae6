import type { CivilDate } from './calendar.js';
import type { Currency, FontPair, Lang, RepaymentCode } from './variant-types.js';

/*
 * Variation for the blind2 set: sealed, measured, never tuned on. Extractor authors must not read this
 * module, the blind2 samples or their expected files. Written by someone who had read the generator but
 * not the extractors, after dev, holdout, fresh, unseen and blind had all been seen: its label and
 * repayment wordings occur in none of them (white space and case ignored; `check-fresh-overlap.ts`), and
 * its date styles, footers, currency markers and layouts (drawn by `layout-blind2.ts` and the
 * `*-blind2.ts` renderers, not by the shared layout modules) are its own.
 */

const NOTO = '/usr/share/fonts/opentype/noto';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';
const WQY = '/usr/share/fonts/truetype/wqy';
const ARPHIC = '/usr/share/fonts/truetype/arphic';

export const BLIND2_FONTS: Record<Lang, readonly FontPair[]> = {
  zh: [
    { id: 'noto-serif-cjk+wqy-zenhei', regular: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, postscript: 'NotoSerifCJKsc-Regular' }, bold: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHei' } },
    { id: 'wqy-microhei+ar-pl-uming', regular: { path: `${WQY}/wqy-microhei.ttc`, postscript: 'WenQuanYiMicroHei' }, bold: { path: `${ARPHIC}/uming.ttc`, postscript: 'UMingCN' } },
  ],
  en: [
    { id: 'dejavu-serif+dejavu-serif-condensed-bold', regular: { path: `${DEJAVU}/DejaVuSerif.ttf` }, bold: { path: `${DEJAVU}/DejaVuSerifCondensed-Bold.ttf` } },
    { id: 'liberation-sans+dejavu-sans-condensed-bold', regular: { path: `${LIB}/LiberationSans-Regular.ttf` }, bold: { path: `${DEJAVU}/DejaVuSansCondensed-Bold.ttf` } },
  ],
};

/** Every label a blind2 renderer prints, with synonyms; a document picks one per key. */
export const BLIND2_LABELS = {
  zh: {
    contractTitle: ['个人贷款借款合同书', '个人购房抵押借款合同书', '个人综合授信借款合同书'],
    contractNumber: ['合同文本号', '本合同号', '合同序号'],
    lender: ['贷款人（甲方）名称', '甲方/贷款银行', '出借银行'],
    borrower: ['借款人（乙方）姓名', '乙方/借款人', '借用人'],
    borrowerId: ['乙方身份证件号码', '证件号码（身份证）', '借款人证件号'],
    idType: ['证件类型', '证件种类'],
    principal: ['本次放款本金', '贷款发放金额', '本合同借款金额（小写）'],
    principalWords: ['借款金额（大写）', '本金大写', '大写金额（人民币）'],
    currency: ['借款币种类', '放款币种', '本币种'],
    rate: ['合同执行年利率', '贷款年化利率（%）', '约定执行年利率'],
    term: ['贷款期限（个月）', '借款期（月）', '借款月数'],
    startDate: ['贷款起始日', '借款起息日', '放款起始日期'],
    endDate: ['贷款到期日', '借款到期日期', '最终到期日'],
    period: ['借款期限起讫', '贷款起讫期间'],
    repayment: ['本息偿还方法', '还款方式（本息）', '借款归还方式'],
    account: ['贷款入账账户（卡号）', '借款划入账户', '放款入账卡号'],
    collateral: ['抵押房产位置', '抵押房屋所在位置', '抵押不动产所在地址'],
    payslipTitle: ['工资发放通知单', '月度工资明细单', '员工薪资发放条'],
    employer: ['发薪公司', '用工单位名称', '任职单位'],
    employee: ['员工姓名（全名）', '领薪员工', '职员名字'],
    employeeNo: ['员工卡号', '工号（员工）', '人事号'],
    department: ['所属部门/岗位', '部门岗位', '所在科室'],
    payPeriod: ['工资归属月份', '薪资核算月份', '工资计发期间'],
    payDate: ['发薪日期', '工资发放日'],
    earnings: ['收入项目', '应发项目', '应付项目'],
    deductions: ['扣款项目', '代扣项目', '应扣项目'],
    amountCol: ['金额（元）', '本月金额', '数额（元）'],
    basePay: ['基本工资额', '月标准工资', '基础月薪'],
    allowance: ['各类津贴', '岗位补贴', '交通及餐费补贴'],
    bonus: ['月度绩效奖', '绩效考核奖金', '奖金（当月）'],
    gross: ['应发收入合计', '应发工资总计', '应发总计'],
    incomeTax: ['代扣个人所得税额', '个人所得税（本月）', '个税代扣额'],
    socialInsurance: ['社会保险个人部分', '社保个人缴纳额', '五险（个人）'],
    housingFund: ['住房公积金个人部分', '公积金个人缴存额', '公积金（个人缴纳）'],
    otherDeduction: ['工会会费（个人）', '其他代扣款'],
    totalDeductions: ['代扣款项合计', '扣款总计数', '应扣总计'],
    net: ['实发工资额', '本月实发金额', '实际发放金额'],
    statementTitle: ['个人活期账户对账单', '借记卡交易流水明细', '个人结算账户交易明细'],
    bank: ['开户银行名称', '账户开立行', '开户网点名称'],
    holder: ['账户户主姓名', '户名（客户）', '账户所有人'],
    accountNumber: ['账号/卡号（19位）', '结算账号', '查询账号'],
    statementPeriod: ['账单起止日期', '明细查询期间', '流水期间'],
    opening: ['期初账户结余', '上期账户余额', '查询期初余额'],
    closing: ['期末账户结余', '本期账户余额', '查询期末余额'],
    totalCredits: ['本期收入总额', '收入金额合计', '入账总额'],
    totalDebits: ['本期支出总额', '支出金额合计', '出账总额'],
    accountCurrency: ['账户币种', '记账币种'],
    creditCount: ['收入笔数', '入账笔数'],
    debitCount: ['支出笔数', '出账笔数'],
    colDate: ['交易日期/时间', '记账日期时间', '交易时刻'],
    colDescription: ['交易摘要/附言', '摘要（交易说明）', '业务摘要说明'],
    colCredit: ['收入（元）', '收入发生额', '入账（元）'],
    colDebit: ['支出（元）', '支出发生额', '出账（元）'],
    colAmount: ['收支发生额', '交易发生额（元）', '金额（±）'],
    colBalance: ['余额（元）（交易后）', '账户结余（元）', '交易后结余'],
    colMarker: ['收付标记', '借贷记号'],
    colCounterparty: ['对方名称/账号', '对方账户信息', '交易对手信息'],
    unitNote: ['金额单位：元', '单位：人民币元'],
    colSerial: ['序号', '笔次'],
    pageTotal: ['本页合计', '本页小计'],
  },
  en: {
    contractTitle: ['Loan Contract for Individuals', 'Personal Mortgage Loan Contract', 'Retail Credit Facility Contract'],
    contractNumber: ['Contract Serial No.', 'Contract Code', 'Loan Contract Ref.'],
    lender: ['Lending Bank (Party A)', 'Lender Name', 'Creditor Bank'],
    borrower: ['Borrower (Party B)', 'Borrower Full Name', 'Name of Borrowing Party'],
    borrowerId: ['Borrower ID No.', 'ID Card Number (PRC)', 'Resident ID Card No.'],
    idType: ['ID Type', 'Document Type'],
    principal: ['Facility Amount Granted', 'Amount of the Facility', 'Loan Amount (Figures)'],
    principalWords: ['Amount (Words)', 'Facility Amount in Words', 'Loan Amount (Words)'],
    currency: ['Facility Ccy', 'Currency of Facility', 'Loan Denomination'],
    rate: ['Applicable Interest Rate', 'Interest Rate Applicable (p.a.)', 'Agreed Annual Rate'],
    term: ['Tenor in Months', 'Facility Tenor (Months)', 'Loan Tenor (mths)'],
    startDate: ['Commencement Date', 'Value Date of Loan', 'Drawdown Date'],
    endDate: ['Final Maturity Date', 'Maturity Date', 'Expiry Date of Loan'],
    period: ['Loan Duration', 'Facility Duration'],
    repayment: ['Repayment Method Agreed', 'Mode of Amortisation', 'How the Loan is Repaid'],
    account: ['Account for Drawdown', 'Borrower Account for Credit', 'Designated Drawdown Account'],
    collateral: ['Property Charged (Address)', 'Security Property Address', 'Mortgaged Property Location'],
    payslipTitle: ['Pay Advice Slip', 'Monthly Earnings Advice', 'Employee Payslip'],
    employer: ['Employing Entity', 'Name of Employer', 'Employer (Company)'],
    employee: ['Employee (Name)', 'Name of Staff Member', 'Paid To'],
    employeeNo: ['Staff Code', 'Employee Code', 'Payroll Number'],
    department: ['Dept / Grade', 'Department Name', 'Business Area'],
    payPeriod: ['Pay Period Covered', 'Period of Payment', 'Salary Period Covered'],
    payDate: ['Date Paid', 'Credited On'],
    earnings: ['Earnings Items', 'Payments Made', 'Earnings (This Period)'],
    deductions: ['Deduction Items', 'Withholdings', 'Deductions Made'],
    amountCol: ['Amount This Period', 'This Pay', 'Amt. (Period)'],
    basePay: ['Basic Salary (Monthly)', 'Contractual Salary', 'Base Monthly Pay'],
    allowance: ['Allowances (Fixed)', 'Transport & Meal Allowance', 'Site Allowance'],
    bonus: ['Performance Award', 'Incentive Bonus', 'Bonus (Monthly)'],
    gross: ['Gross Earnings for Period', 'Gross for Period', 'Total Gross Payments'],
    incomeTax: ['Individual Income Tax (PIT)', 'Tax (IIT) Withheld', 'PIT Withheld'],
    socialInsurance: ['Social Insurance - Employee', 'Employee Social Insurance', 'SI Employee Share'],
    housingFund: ['Housing Provident Fund - Employee', 'Employee HPF', 'HPF Employee Share'],
    otherDeduction: ['Union Subscription', 'Staff Canteen Deduction'],
    totalDeductions: ['Total Withheld', 'Deductions for Period', 'Total of Withholdings'],
    net: ['Net Pay for Period', 'Net Amount to Employee', 'Net Transferred'],
    statementTitle: ['Statement of Savings Account', 'Debit Card Account Statement', 'Personal Account Statement'],
    bank: ['Branch of Account', 'Account Held At', 'Bank & Branch'],
    holder: ['Account Name(s)', 'Customer (Account Holder)', 'Name of Account'],
    accountNumber: ['Account & Card No.', 'Card Account No.', 'Account No. (Card)'],
    statementPeriod: ['Statement Period Covered', 'Period of Statement Covered', 'Covering Period'],
    opening: ['Balance at Opening', 'Previous Statement Balance', 'Opening Balance (Period)'],
    closing: ['Balance at Closing', 'Closing Balance (Period)', 'Balance at Statement Date'],
    totalCredits: ['Total Credits (CR)', 'Sum of Money In', 'Credits for Period'],
    totalDebits: ['Total Debits (DR)', 'Sum of Money Out', 'Debits for Period'],
    accountCurrency: ['Account Ccy', 'Currency of Account'],
    creditCount: ['No. of Credits', 'Credit Items'],
    debitCount: ['No. of Debits', 'Debit Items'],
    colDate: ['Date of Txn', 'Txn Date/Time', 'Posting Dt'],
    colDescription: ['Transaction Details / Ref.', 'Details & Reference', 'Description of Entry'],
    colCredit: ['Credit Side', 'Deposits In', 'Credit Entries'],
    colDebit: ['Debit Side', 'Withdrawals Out', 'Debit Entries'],
    colAmount: ['Entry Amount', 'Amount of Entry', 'Amount (Unsigned)'],
    colMarker: ['Dr./Cr.', 'CR or DR'],
    colBalance: ['Balance (CR)', 'Running Balance (CR)', 'Ledger Bal.'],
    colCounterparty: ['Counterparty / Account', 'Other Party / A/C'],
    unitNote: ['All amounts in', 'Amounts shown in'],
    colSerial: ['Seq.', 'Item'],
    pageTotal: ['Page Total', 'Total This Page'],
  },
} as const;

export type Blind2LabelKey = keyof (typeof BLIND2_LABELS)['zh'] & keyof (typeof BLIND2_LABELS)['en'];

export const BLIND2_REPAYMENT: Record<Lang, Record<RepaymentCode, readonly string[]>> = {
  zh: {
    'equal-instalment': ['按月等额偿还本息', '等额本息法（按月还款）'],
    'equal-principal': ['按月等额偿还本金，利息按剩余本金计算', '等额本金法（按月还款）'],
    'interest-only-bullet': ['按月结付利息，到期一次偿还本金', '利随本清（按月付息到期还本）'],
  },
  en: {
    'equal-instalment': ['monthly instalments of equal amount (principal plus interest)', 'level monthly instalments (annuity method)'],
    'equal-principal': ['equal monthly principal with interest on the reducing balance', 'fixed principal each month plus interest on the balance outstanding'],
    'interest-only-bullet': ['interest paid monthly; whole principal repaid on the maturity date', 'monthly interest with a single principal repayment at maturity'],
  },
};

/** Money templates; `{n}` is the number. */
export const BLIND2_MONEY: Record<Lang, Partial<Record<Currency, readonly string[]>>> = {
  zh: { CNY: ['{n}元人民币', '（小写）￥{n}', '￥{n}元整'] },
  en: { CNY: ['{n} Yuan (CNY)', 'CNY: {n}'], USD: ['{n} US Dollars', 'USD: {n}'], HKD: ['{n} HK Dollars', 'HKD: {n}'] },
};

/** Date styles no other set draws. */
export type Blind2DateStyle = 'zh-hanzi-ling' | 'zh-ymd-fullwidth' | 'en-legal' | 'en-dmy-compact-upper' | 'ymd-mon' | 'zh-dot-time' | 'compact-time';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ZH_DIGITS = '零一二三四五六七八九';
const pad = (n: number): string => String(n).padStart(2, '0');
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** 3 → 三, 15 → 十五, 20 → 二十, 31 → 三十一. */
function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${n % 10 === 0 ? '' : ZH_DIGITS[n % 10]}`;
}

function ordinal(d: number): string {
  const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
  return `${d}${suffix}`;
}

/** A posting time from the date alone (no PRNG draw). */
function time(date: CivilDate): string {
  const s = date.y * 401 + date.m * 37 + date.d * 11;
  return `${pad(7 + (s % 15))}:${pad((s * 7) % 60)}:${pad((s * 17) % 60)}`;
}

/** 二零二五年三月十五日 (零, not 〇, as typed by hand); ２０２５年３月１５日; the 15th day of March, 2025; 15MAR2025; 2025-Mar-15. */
export function formatBlind2Date(date: CivilDate, style: Blind2DateStyle): string {
  const { y, m, d } = date;
  const month = MONTHS[m - 1] as string;
  switch (style) {
    case 'zh-hanzi-ling': return `${[...String(y)].map((c) => ZH_DIGITS[Number(c)]).join('')}年${zhNumber(m)}月${zhNumber(d)}日`;
    case 'zh-ymd-fullwidth': return fullWidth(`${y}年${m}月${d}日`);
    case 'en-legal': return `the ${ordinal(d)} day of ${month}, ${y}`;
    case 'en-dmy-compact-upper': return `${pad(d)}${month.slice(0, 3).toUpperCase()}${y}`;
    case 'ymd-mon': return `${y}-${month.slice(0, 3)}-${pad(d)}`;
    case 'zh-dot-time': return `${y}.${pad(m)}.${pad(d)} ${time(date).slice(0, 5)}`;
    case 'compact-time': return `${y}${pad(m)}${pad(d)} ${time(date)}`;
  }
}

/** A pay period as printed: 2025年3月份 / 二零二五年三月份; 01MAR2025 - 31MAR2025; 2025-Mar-01 to 2025-Mar-31. */
export function formatBlind2Month(first: CivilDate, last: CivilDate, style: Blind2DateStyle): string {
  switch (style) {
    case 'zh-hanzi-ling': return formatBlind2Date(first, style).replace(/[一二三四五六七八九十]+日$/, '份');
    case 'zh-ymd-fullwidth': return `${first.y}年${first.m}月份`;
    case 'en-dmy-compact-upper': return `${formatBlind2Date(first, style)} - ${formatBlind2Date(last, style)}`;
    default: return `${formatBlind2Date(first, 'ymd-mon')} to ${formatBlind2Date(last, 'ymd-mon')}`;
  }
}

export const BLIND2_DATE_STYLES: Record<Lang, readonly Blind2DateStyle[]> = {
  zh: ['zh-hanzi-ling', 'zh-ymd-fullwidth'],
  en: ['en-legal', 'en-dmy-compact-upper', 'ymd-mon'],
};
export const BLIND2_TABLE_DATE_STYLES: Record<Lang, readonly Blind2DateStyle[]> = { zh: ['zh-dot-time', 'compact-time'], en: ['en-dmy-compact-upper', 'ymd-mon'] };

/** Footer styles no other set draws. */
export type Blind2Footer = 'zh-page-no' | 'zh-file-total' | 'en-sheet-of' | 'en-page-colon';

export function blind2Footer(style: Blind2Footer, page: number, total: number): string {
  switch (style) {
    case 'zh-page-no': return `页次：${page}/${total}`;
    case 'zh-file-total': return `第${page}页（本文件共${total}页）`;
    case 'en-sheet-of': return `Sheet ${page} of ${total}`;
    case 'en-page-colon': return `Page: ${page} of ${total}`;
  }
}

export const BLIND2_FOOTERS: Record<Lang, readonly Blind2Footer[]> = { zh: ['zh-page-no', 'zh-file-total'], en: ['en-sheet-of', 'en-page-colon'] };

/** Layouts, two per type; every language gets both. */
export const BLIND2_LAYOUTS = {
  contract: ['multi-pair', 'header-cells'],
  payslip: ['twin-tables', 'header-cells'],
  statement: ['summary-subtotals', 'ledger-marker'],
} as const;
