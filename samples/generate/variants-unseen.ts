import type { FontPair, Labels, VariantSet } from './variant-types.js';

/*
 * Variation for the unseen set: sealed, measured, never tuned on. Extractor authors must not read this
 * module, the unseen samples or their expected files. It was written after dev, holdout and fresh had
 * all been seen by extractor authors: its label wordings occur in none of them
 * (samples/generate/check-fresh-overlap.ts counts the overlap), its fonts are faces or pairings none of
 * them uses, and every layout, date style and footer it draws from is one no other set has.
 */

const NOTO = '/usr/share/fonts/opentype/noto';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const LIB = '/usr/share/fonts/truetype/liberation2';
const WQY = '/usr/share/fonts/truetype/wqy';

// One Noto CJK face per document at most (subset size, see variants-dev.ts).
const ZH_FONTS: FontPair[] = [
  { id: 'wqy-zenhei-sharp', regular: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHeiSharp' }, bold: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHeiSharp' } },
  { id: 'wqy-microhei-mono', regular: { path: `${WQY}/wqy-microhei.ttc`, postscript: 'WenQuanYiMicroHeiMono' }, bold: { path: `${WQY}/wqy-microhei.ttc`, postscript: 'WenQuanYiMicroHeiMono' } },
  { id: 'noto-sans-sc-bold-body', regular: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, postscript: 'NotoSansCJKsc-Bold' }, bold: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, postscript: 'NotoSansCJKsc-Bold' } },
];

// English documents printed by Chinese banks and HR systems often keep their CJK font for Latin text.
const EN_FONTS: FontPair[] = [
  { id: 'wqy-zenhei-mono-latin', regular: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHeiMono' }, bold: { path: `${WQY}/wqy-zenhei.ttc`, postscript: 'WenQuanYiZenHeiMono' } },
  // DejaVu Math TeX Gyre's text face is a Bookman-like serif (TeX Gyre Bonum).
  { id: 'texgyre-bonum+liberation-sans-bold', regular: { path: `${DEJAVU}/DejaVuMathTeXGyre.ttf` }, bold: { path: `${LIB}/LiberationSans-Bold.ttf` } },
  { id: 'dejavu-sans-extralight+liberation-serif-bold', regular: { path: `${DEJAVU}/DejaVuSans-ExtraLight.ttf` }, bold: { path: `${LIB}/LiberationSerif-Bold.ttf` } },
];

const ZH_LABELS: Labels = {
  contractTitle: ['个人抵押借款合同', '个人循环额度借款合同', '房产抵押消费借款合同'],
  contractNumber: ['合同文本编号', '借款合同编号', '本合同编号'],
  lender: ['贷款方', '授信银行', '贷款银行'],
  borrower: ['主借款人', '授信申请人', '借款客户'],
  borrowerId: ['身份证号', '居民身份证号码', '身份证明文件号码'],
  principal: ['借款总额', '贷款数额', '放款金额'],
  principalWords: ['大写（人民币）', '人民币大写', '中文大写'],
  currency: ['借款货币', '贷款币种', '计价货币'],
  rate: ['执行利率', '借款利率（年）', '合同年利率'],
  term: ['授信期限', '借款期数', '贷款期限（月）'],
  period: ['借款起止日期', '贷款起讫日', '借款有效期'],
  repayment: ['还款方法', '本息归还方式', '借款偿还方式'],
  account: ['贷款发放账号', '借款资金入账账户', '收款账号'],
  collateral: ['抵押房屋坐落', '抵押不动产坐落', '押品坐落'],
  payslipTitle: ['工资明细', '员工薪资单', '薪资条'],
  employer: ['工作单位', '支付单位', '雇主单位'],
  employee: ['人员姓名', '收款人姓名', '职工'],
  employeeNo: ['职工号', '员工代码', '人员代码'],
  department: ['任职部门', '部门/岗位', '归属部门'],
  payPeriod: ['所属月份', '计薪月份', '薪资所属期'],
  basePay: ['基本月薪', '岗位薪资', '标准工资'],
  allowance: ['津贴补贴', '餐费补贴', '通讯补贴'],
  bonus: ['绩效薪资', '考核奖金', '月度奖金'],
  gross: ['应发总额', '应发薪资', '税前合计'],
  incomeTax: ['扣个税', '代扣代缴个人所得税', '应扣个税'],
  socialInsurance: ['代扣社保', '社保费（个人）', '社会保险费'],
  housingFund: ['代扣公积金', '公积金（个人）', '扣住房公积金'],
  otherDeduction: ['其他扣除', '考勤扣款'],
  totalDeductions: ['扣款总计', '扣项合计', '代扣总额'],
  net: ['实发薪资', '实得工资', '实发总额'],
  statementTitle: ['交易明细', '账户收支明细', '银行交易流水清单'],
  bank: ['开户支行', '发卡行', '账户开户行'],
  holder: ['账户名', '存款人', '持卡人姓名'],
  accountNumber: ['账户号码', '卡号/账号', '银行卡号'],
  statementPeriod: ['查询日期', '起止时间', '交易起止日期'],
  opening: ['上期末余额', '期初账户余额', '承上余额'],
  closing: ['期末账户余额', '本期末余额', '截至余额'],
  totalCredits: ['贷方发生总额', '本期收入合计', '存入总额'],
  totalDebits: ['借方发生总额', '本期支出合计', '支取总额'],
  colDate: ['记账日', '交易日', '交易日期时间'],
  colDescription: ['附言', '摘要/附言', '交易用途'],
  colCredit: ['收入额', '贷方', '存入金额'],
  colDebit: ['支出额', '借方', '支取金额'],
  colAmount: ['交易金额（元）', '记账金额', '收支额'],
  colBalance: ['交易后余额', '余额（元）', '账面余额'],
  colCounterparty: ['对方账户户名', '收付款人', '交易对方户名'],
  colFlag: ['借贷', '收支标志', '借贷方向'],
  colValueDate: ['起息日', '起息日期', '计息日'],
  pension: ['养老保险', '基本养老保险（个人）'],
  medical: ['医疗保险', '基本医疗保险（个人）'],
  unemployment: ['失业保险', '失业保险（个人）'],
};

const EN_LABELS: Labels = {
  contractTitle: ['Secured Personal Loan Agreement', 'LOAN FACILITY LETTER', 'Individual Loan Contract'],
  contractNumber: ['Contract Number', 'Our Ref', 'Facility Letter No.'],
  lender: ['Facility Provider', 'Bank (Lender)', 'Lending Branch'],
  borrower: ['Borrower(s)', 'Principal Borrower', 'Applicant'],
  borrowerId: ['ID Number', 'Identity Document Number', 'Passport/ID No.'],
  principal: ['Amount of Loan', 'Facility Limit', 'Loan Quantum'],
  principalWords: ['Spelled Out', 'Amount Spelt Out', 'In Full'],
  currency: ['Ccy.', 'Facility Currency', 'Currency Type'],
  rate: ['Interest Rate', 'Applicable Rate (per annum)', 'Fixed Annual Rate'],
  term: ['Loan Tenor', 'Facility Term', 'Number of Months'],
  period: ['Commencement/Maturity', 'Period of Loan', 'Effective Dates'],
  repayment: ['Repayment Terms', 'Repayment Mode', 'Amortisation'],
  account: ['Disbursement A/C', 'Beneficiary Account', 'Nominated Account'],
  collateral: ['Collateral', 'Property Mortgaged', 'Location of Collateral'],
  payslipTitle: ['Wage Slip', 'Statement of Earnings', 'Payroll Advice'],
  employer: ['Employer Company', 'Entity', 'Payer'],
  employee: ['Employee\'s Name', 'Full Name', 'Associate Name'],
  employeeNo: ['Employee No.', 'Emp ID', 'Badge No.'],
  department: ['Dept', 'Team', 'Function'],
  payPeriod: ['Earnings Period', 'Month Ending', 'Salary Period'],
  basePay: ['Basic', 'Salary', 'Regular Pay'],
  allowance: ['Housing Allowance', 'Meal Allowance', 'Subsidies'],
  bonus: ['Incentive Pay', 'Monthly Bonus', 'Commission'],
  gross: ['Gross', 'Gross Income', 'Earnings Total'],
  incomeTax: ['IIT', 'Personal Income Tax', 'Income Tax Withheld'],
  socialInsurance: ['Social Insurance Contribution', 'SI (Employee)', 'Social Security Contribution'],
  housingFund: ['HPF', 'Housing Fund (Employee)', 'Provident Fund Contribution'],
  otherDeduction: ['Other', 'Misc. Deductions'],
  totalDeductions: ['Total Deduction', 'Sum of Deductions', 'Deductions (Total)'],
  net: ['Net Payable', 'Take Home', 'Net Wages'],
  statementTitle: ['Bank Statement', 'Account Transaction Details', 'E-STATEMENT'],
  bank: ['Branch', 'Account Branch', 'Home Branch'],
  holder: ['Account Holder Name', 'Customer', 'Account Title'],
  accountNumber: ['Card No.', 'Account/Card No.', 'Acct Number'],
  statementPeriod: ['From/To', 'Enquiry Period', 'Statement Dates'],
  opening: ['Balance B/Fwd', 'Starting Balance', 'Opening Ledger Balance'],
  closing: ['Balance C/Fwd', 'Final Balance', 'Closing Ledger Balance'],
  totalCredits: ['Total Credit Amount', 'Total In', 'Total Receipts'],
  totalDebits: ['Total Debit Amount', 'Total Out', 'Total Payments'],
  colDate: ['Tran Date', 'Post Date', 'Transaction Date'],
  colDescription: ['Narration', 'Remarks', 'Transaction Particulars'],
  colCredit: ['Credit Amount', 'Credits (+)', 'Lodgements'],
  colDebit: ['Debit Amount', 'Debits (-)', 'Withdrawn'],
  colAmount: ['Amt', 'Transaction Amt', 'Movement'],
  colBalance: ['Available Balance', 'Account Balance', 'Bal'],
  colCounterparty: ['Payer/Payee', 'Counterpart Name', 'Beneficiary'],
  colFlag: ['Dr/Cr Ind.', 'C/D', 'Sign'],
  colValueDate: ['Val. Date', 'Value Dt', 'Effective Date'],
  pension: ['Pension (Employee)', 'Basic Pension Insurance'],
  medical: ['Medical (Employee)', 'Basic Medical Insurance'],
  unemployment: ['Unemployment (Employee)', 'Unemployment Insurance'],
};

export const UNSEEN_VARIANTS: VariantSet = {
  name: 'unseen',
  fonts: { zh: ZH_FONTS, en: EN_FONTS },
  bodySizes: { zh: [9, 10.75, 12.75], en: [8.5, 10.25, 12.5] },
  margins: [40, 52, 86],
  colons: { zh: ['：', ' ：'], en: [':', ' :'] },
  dateStyles: { zh: ['dot-nopad', 'zh-hanzi', 'dot-nopad'], en: ['en-ordinal', 'en-mdy-ordinal', 'dmy-dot'] },
  tableDateStyles: ['iso-time', 'slash-time', 'dmy-dot'],
  footers: { zh: ['zh-of-slash', 'zh-total-first'], en: ['en-p-of', 'en-page-of-upper'] },
  layouts: { contract: ['articles', 'schedule'], payslip: ['banded', 'grid-pairs'], statement: ['value-date-split', 'paren-signed'] },
  labels: { zh: ZH_LABELS, en: EN_LABELS },
  repaymentWordings: {
    zh: {
      'equal-instalment': ['等额本息方式', '按月等额本息还款'],
      'equal-principal': ['等额本金方式', '按月等额本金还款'],
      'interest-only-bullet': ['按月付息，到期还本', '按月还息、到期一次性还本'],
    },
    en: {
      'equal-instalment': ['equal monthly instalments of principal and interest', 'monthly annuity repayments'],
      'equal-principal': ['equal monthly principal repayments plus interest on the outstanding balance', 'straight-line amortisation of principal'],
      'interest-only-bullet': ['interest payable monthly, principal repayable in one lump sum at maturity', 'bullet repayment at maturity with monthly interest'],
    },
  },
  contractNumberStyles: { zh: ['zh-bracket', 'code-dash'], en: ['code-dash', 'compact'] },
  currencyMarkers: {
    zh: { CNY: ['人民币￥{n}元', '￥{n}元', '{n}（人民币元）'] },
    en: { CNY: ['RMB¥{n}', '{n} CNY', 'Renminbi {n}'], USD: ['U.S.$ {n}', '$ {n} USD'], HKD: ['HKD$ {n}', 'HK$ {n} (HKD)'] },
  },
  englishCurrencies: ['CNY', 'USD', 'HKD', 'CNY'],
  englishWordsForms: ['title', 'say-upper'],
  chineseWords: [{ yuan: '圆', whole: '整' }, { yuan: '元', whole: '正' }, { yuan: '元', whole: '整' }],
  englishWords: [{ hyphen: true, britishAnd: false }, { hyphen: false, britishAnd: true }],
  thousandsSeparator: 0.65,
  spacedAccountNumber: 0.4,
  fullWidthDigits: 0.2,
  surnameFirstEnglish: 0.55,
  letterSpacedLabels: 0.3,
  fullWidthAmounts: true,
  swappedParties: 0.5,
};
