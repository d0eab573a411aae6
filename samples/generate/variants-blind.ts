import type { FontPair, Labels, VariantSet } from './variant-types.js';

/*
 * Variation for the blind set: sealed, measured, never tuned on. Extractor authors must not read this
 * module, the blind samples or their expected files. It was written by someone who had read the
 * generator but not the extractors, after dev, holdout, fresh and unseen had all been seen: its label
 * and repayment wordings occur in none of them (white space and case ignored), its font pairings are
 * new, and its layouts (`clause-para`, `label-above`, `grouped-wide`, `leader-columns`, `boxed-split`,
 * `signed-leaders`) and footers are drawn by no other set.
 */

const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';
const WQY = '/usr/share/fonts/truetype/wqy';
const ARPHIC = '/usr/share/fonts/truetype/arphic';

// No Noto CJK face: two CJK faces per document keep the subset small enough only without it.
const ZH_FONTS: FontPair[] = [
  { id: 'ar-pl-uming+wqy-zenhei', regular: { path: `${ARPHIC}/uming.ttc`, postscript: 'UMingCN' }, bold: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHei' } },
  { id: 'wqy-microhei+ar-pl-ukai', regular: { path: `${WQY}/wqy-microhei.ttc`, postscript: 'WenQuanYiMicroHei' }, bold: { path: `${ARPHIC}/ukai.ttc`, postscript: 'UKaiCN' } },
  { id: 'ar-pl-ukai+wqy-microhei', regular: { path: `${ARPHIC}/ukai.ttc`, postscript: 'UKaiCN' }, bold: { path: `${WQY}/wqy-microhei.ttc`, postscript: 'WenQuanYiMicroHei' } },
];

const EN_FONTS: FontPair[] = [
  { id: 'liberation-serif+dejavu-sans-bold', regular: { path: `${LIB}/LiberationSerif-Regular.ttf` }, bold: { path: `${DEJAVU}/DejaVuSans-Bold.ttf` } },
  { id: 'dejavu-sans-condensed+liberation-sans-bold', regular: { path: `${DEJAVU}/DejaVuSansCondensed.ttf` }, bold: { path: `${LIB}/LiberationSans-Bold.ttf` } },
  { id: 'liberation-sans+liberation-serif-bold', regular: { path: `${LIB}/LiberationSans-Regular.ttf` }, bold: { path: `${LIB}/LiberationSerif-Bold.ttf` } },
];

const ZH_LABELS: Labels = {
  contractTitle: ['个人消费借款合同', '个人授信借款合同', '个人房屋抵押借款合同'],
  contractNumber: ['合同号码', '借款合同号', '合同编号（No.）'],
  // Every blind Chinese contract names the borrower 甲方 (swappedParties = 1), so the labels say so.
  lender: ['贷款人（乙方）', '贷款银行（乙方）', '贷款人/乙方'],
  borrower: ['借款人（甲方）', '借款申请人（甲方）', '借款人/甲方'],
  borrowerId: ['公民身份证号码', '身份证号（18位）', '证件号码（居民身份证）'],
  principal: ['授信金额', '本合同项下借款金额', '借款本金金额'],
  principalWords: ['人民币金额大写', '中文大写金额', '大写（人民币元）'],
  currency: ['借款币别', '币种（货币）', '货币币种'],
  rate: ['年化利率（单利）', '执行年化利率', '借款执行利率'],
  term: ['借款期限（月）', '贷款期数', '借款期限月数'],
  period: ['借款起止期限', '贷款起止期限', '借款期限起止'],
  repayment: ['本息还款方式', '还本付息方法', '约定还款方式'],
  account: ['借款发放账号', '放款至账号', '指定放款账户'],
  collateral: ['抵押房屋地址', '抵押不动产地址', '抵押物所在地'],
  payslipTitle: ['工资明细单', '个人工资条', '薪资发放明细'],
  employer: ['发薪企业', '所在单位', '单位'],
  employee: ['职员', '领薪人', '员工名字'],
  employeeNo: ['工卡号', '员工工号', '人事编号'],
  department: ['部门/科室', '所属中心', '二级部门'],
  payPeriod: ['工资年月', '发薪月份', '计发月份'],
  basePay: ['基本工资（月）', '岗位基本工资', '月基本工资'],
  allowance: ['住房补贴', '补助津贴', '交通通讯补贴'],
  bonus: ['绩效考核工资', '季度奖', '业绩提成'],
  gross: ['税前收入', '应发数', '应发工资合计'],
  incomeTax: ['个税扣缴', '代扣所得税', '个人所得税（代扣）'],
  socialInsurance: ['社保扣款', '社会保险（个人缴纳）', '个人社保缴费'],
  housingFund: ['公积金扣款', '住房公积金（个人缴存）', '个人住房公积金'],
  otherDeduction: ['其它扣款', '餐费扣款'],
  totalDeductions: ['扣款合计数', '应扣款合计', '扣除项合计'],
  net: ['实领金额', '实发额', '本月实领'],
  statementTitle: ['个人账户交易明细清单', '银行卡交易流水', '活期存款对账单'],
  bank: ['开户行名称', '开户机构名称', '账户所属银行'],
  holder: ['户主姓名', '账户户主', '客户名'],
  accountNumber: ['客户账号/卡号', '账号（卡号）', '存款账号'],
  statementPeriod: ['流水起止日期', '查询起止期间', '交易查询期间'],
  opening: ['期初可用余额', '上日余额', '起初余额'],
  closing: ['期末可用余额', '当前账户余额', '期末结存'],
  totalCredits: ['收入总计', '存入总计', '入账合计'],
  totalDebits: ['支出总计', '支取总计', '出账合计'],
  colDate: ['记账时间', '交易发生日', '入账时间'],
  colDescription: ['摘要说明', '附言/摘要', '交易描述'],
  colCredit: ['收入金额（元）', '存入金额（贷）', '入账金额'],
  colDebit: ['支出金额（元）', '支取金额（借）', '出账金额'],
  colAmount: ['交易金额（±）', '收支金额（元）', '发生额（元）'],
  colBalance: ['账户余额（元）', '交易余额', '本次余额'],
  colCounterparty: ['对方户名/账号', '对方单位', '对方账户名'],
};

const EN_LABELS: Labels = {
  contractTitle: ['Personal Loan Contract', 'Loan Agreement (Individual)', 'Residential Mortgage Loan Agreement'],
  contractNumber: ['Contract Ref. No.', 'Loan Contract No.', 'Agreement Number'],
  lender: ['Lender (the Bank)', 'Lending Party', 'The Lending Bank'],
  borrower: ['Borrower Name(s)', 'Name of the Borrower', 'Borrowing Party'],
  borrowerId: ['ID Document No.', 'PRC Resident ID', 'Identity No.'],
  principal: ['Amount Borrowed', 'Loan Facility Amount', 'Principal Sum'],
  principalWords: ['Words Amount', 'In Words (Amount)', 'Amount Written'],
  currency: ['Currency of the Loan', 'Currency Denomination', 'Loan Ccy'],
  rate: ['Annual Rate', 'Annualised Interest Rate', 'Effective Rate (p.a.)'],
  term: ['Loan Period (Months)', 'Tenor (months)', 'Term in Months'],
  period: ['Drawdown and Maturity', 'Loan Term Dates', 'Start/End Dates'],
  repayment: ['Repayment Type', 'Repayment Arrangement', 'Manner of Repayment'],
  account: ['Payout Account', 'Borrower\'s Account', 'Disbursement Account No.'],
  collateral: ['Mortgaged Property Address', 'Security (Property)', 'Collateral Property'],
  payslipTitle: ['Monthly Payslip', 'Salary Statement', 'Employee Pay Statement'],
  employer: ['Employer\'s Name', 'Company / Employer', 'Paying Company'],
  employee: ['Employee Name (Full)', 'Staff', 'Name of Staff'],
  employeeNo: ['Staff Number', 'Employee Number', 'Payroll ID'],
  department: ['Department/Team', 'Unit', 'Cost Center'],
  payPeriod: ['Pay Month/Year', 'Period Ending', 'Payment Period'],
  basePay: ['Basic Monthly Salary', 'Base Wage', 'Basic Earnings'],
  allowance: ['Travel Allowance', 'Living Allowance', 'Other Allowances'],
  bonus: ['Bonus/Incentive', 'Quarterly Bonus', 'Sales Commission'],
  gross: ['Gross Pay (Before Tax)', 'Total Gross Earnings', 'Gross Wages'],
  incomeTax: ['Income Tax (IIT)', 'PIT', 'Individual Income Tax Withheld'],
  socialInsurance: ['Social Insurance Deduction', 'Employee SI', 'Social Insurance (Personal)'],
  housingFund: ['Housing Fund Deduction', 'HPF (Personal)', 'Provident Fund (Employee)'],
  otherDeduction: ['Other Deduction', 'Loan Repayment Deduction'],
  totalDeductions: ['Total of Deductions', 'Deductions Sum', 'Total Deductions This Month'],
  net: ['Net Take-Home', 'Net Pay This Month', 'Amount Paid to Bank'],
  statementTitle: ['Account Statement (Savings)', 'Statement', 'Debit Card Statement'],
  bank: ['Bank Branch', 'Issuing Branch', 'Account Bank'],
  holder: ['Name of Customer', 'Account Holder(s)', 'Holder'],
  accountNumber: ['Account No. / Card No.', 'Customer Account No.', 'Account #'],
  statementPeriod: ['Period of Statement', 'Statement Coverage', 'From - To'],
  opening: ['Opening Balance (B/F)', 'Balance at Period Start', 'Start Balance'],
  closing: ['Closing Balance (C/F)', 'Balance at Period End', 'End Balance'],
  totalCredits: ['Total Deposits (+)', 'Deposits (Total)', 'Credits This Period'],
  totalDebits: ['Total Withdrawals (-)', 'Withdrawals (Total)', 'Debits This Period'],
  colDate: ['Post. Date', 'Date Posted', 'Txn. Date'],
  colDescription: ['Transaction Narrative', 'Description / Ref', 'Details of Transaction'],
  colCredit: ['Deposits (CR)', 'Credit (+)', 'Paid-in'],
  colDebit: ['Withdrawals (DR)', 'Debit (-)', 'Paid-out'],
  colAmount: ['Amount +/-', 'Signed Amount', 'Debit/Credit Amount'],
  colBalance: ['Running Bal.', 'Balance After Txn', 'Current Balance'],
  colCounterparty: ['Counterparty Name', 'Remitter / Payee', 'Other Party Name'],
};

export const BLIND_VARIANTS: VariantSet = {
  name: 'blind',
  fonts: { zh: ZH_FONTS, en: EN_FONTS },
  bodySizes: { zh: [9.5, 10.5, 11.5], en: [9, 10, 11] },
  margins: [46, 58, 70],
  colons: { zh: ['：', ':'], en: [':', ': '] },
  // 2025年3月5日 / 2025年03月05日; Mar 5, 2025 / 05/03/2025 (day first: the blind layouts say so on the page) / March 5, 2025.
  dateStyles: { zh: ['zh-ymd', 'zh-ymd-padded'], en: ['en-mdy-short', 'dmy-slash', 'en-mdy'] },
  // Chinese statement tables only; the blind English statement layouts print their dates in the document's style.
  tableDateStyles: ['slash-padded', 'iso'],
  footers: { zh: ['zh-paren-total', 'zh-spaced'], en: ['en-dash-page-of', 'en-page-of'] },
  layouts: { contract: ['clause-para', 'label-above'], payslip: ['grouped-wide', 'leader-columns'], statement: ['boxed-split', 'signed-leaders'] },
  labels: { zh: ZH_LABELS, en: EN_LABELS },
  repaymentWordings: {
    zh: {
      'equal-instalment': ['等额本息（按月）', '每月等额本息还款'],
      'equal-principal': ['等额本金（按月）', '每月等额本金还款'],
      'interest-only-bullet': ['每月付息，到期一次性偿还本金', '按月付息、到期一次还清本金'],
    },
    en: {
      'equal-instalment': ['equal monthly repayments (principal and interest)', 'EMI - equated monthly instalments'],
      'equal-principal': ['equal monthly principal plus interest', 'reducing balance - fixed principal per month'],
      'interest-only-bullet': ['monthly interest only; principal due in full at maturity', 'interest-only with balloon repayment at maturity'],
    },
  },
  contractNumberStyles: { zh: ['zh-paren', 'code-dash'], en: ['code-dash', 'compact'] },
  currencyMarkers: {
    zh: { CNY: ['人民币（小写）¥{n}', '¥{n}（人民币）', 'RMB {n}元'] },
    en: { CNY: ['CNY {n} (RMB)', 'RMB ¥{n}', '¥{n} RMB'], USD: ['USD $ {n}', 'US$ {n} (USD)'], HKD: ['HKD {n} (HK$)', 'HK$ {n} HKD'] },
  },
  englishCurrencies: ['CNY', 'USD', 'CNY', 'HKD'],
  englishWordsForms: ['say-upper', 'title'],
  chineseWords: [{ yuan: '元', whole: '整' }, { yuan: '圆', whole: '正' }],
  englishWords: [{ hyphen: true, britishAnd: true }, { hyphen: false, britishAnd: false }],
  thousandsSeparator: 0.8,
  spacedAccountNumber: 0.35,
  fullWidthDigits: 0,
  surnameFirstEnglish: 0.4,
  letterSpacedLabels: 0,
  swappedParties: 1,
};
