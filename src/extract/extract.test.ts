import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import type { DocType, Language } from '../model/schema.js';

const extract = (text: string, docType: DocType, language: Language = 'zh') => extractText(text, docType, language);
const values = fieldValues;

describe('extractFields on layouts it was not written for', () => {
  it('reads key: value lines, prose, and the 大写 words of a Chinese contract', () => {
    const r = extract([
      '借款合同',
      '合同编号：ZX-2025-778',
      '贷款人：招商银行股份有限公司深圳分行',
      '借款人：王小明   身份证号码：110101199003074514',
      '第一条 本合同项下借款金额为人民币 3,000,000.00 元（大写：人民币叁佰万元整）。',
      '第二条 借款期限为 12 个月，自 2025年3月15日 起至 2026年3月14日 止。',
      '第三条 年利率为 4.2%。',
    ].join('\n'), 'loan_contract');
    expect(values(r)).toMatchObject({
      contractNumber: 'ZX-2025-778', lenderName: '招商银行股份有限公司深圳分行', borrowerName: '王小明',
      borrowerIdNumber: '110101199003074514', principal: '3000000.00', termMonths: 12,
      startDate: '2025-03-15', endDate: '2026-03-14', annualRatePercent: '4.20', currency: 'CNY',
    });
    expect(r.fields.principalInWords?.evidence?.value).toBe('3000000.00');
  });

  it('reads values on the next line and after dashes in an English contract', () => {
    const r = extract([
      'LOAN AGREEMENT',
      'Agreement No. - LN/2025/0042',
      'Lender - Bank of Ningbo Co., Ltd.',
      'Borrower Name  Wei Chen',
      'Principal',
      'USD 125,000.50',
      'Say US Dollars One Hundred Twenty-Five Thousand and 50/100 Only',
      'Tenor  24 months',
    ].join('\n'), 'loan_contract', 'en');
    expect(values(r)).toMatchObject({ contractNumber: 'LN/2025/0042', lenderName: 'BankofNingboCo.,Ltd.', borrowerName: 'WeiChen', principal: '125000.50', termMonths: 24, currency: 'USD' });
    expect(r.fields.principalInWords?.evidence?.value).toBe('125000.50');
  });

  it('does not take a word of prose for a name', () => {
    const r = extract(['借款人应当按照本合同约定按时足额偿还借款本息', 'The Borrower shall repay the Loan on time.'].join('\n'), 'loan_contract');
    expect(r.fields.borrowerName).toBeUndefined();
  });

  it('reads a header-row pay slip table', () => {
    const r = extract([
      'Acme Trading Co., Ltd.  Payslip',
      'Employee  Li Na      Pay Period  May 2025',
      'Gross Pay | Income Tax | Social Insurance | Net Pay',
      '12,000.00 | 345.00 | 1,260.00 | 10,395.00',
    ].join('\n'), 'pay_slip', 'en');
    expect(values(r)).toMatchObject({ employerName: 'AcmeTradingCo.,Ltd.', employeeName: 'LiNa', payPeriod: '2025-05', grossPay: '12000.00', incomeTax: '345.00', socialInsurance: '1260.00', netPay: '10395.00' });
  });

  it('reads statement rows with separate in/out columns and signs the debits', () => {
    const r = extract([
      '中国农业银行 活期账户交易明细',
      '户名：赵敏   账号：6228480402564890018',
      '起止日期：2025-01-01 至 2025-01-31',
      '交易日期 | 摘要 | 收入 | 支出 | 余额',
      '2025-01-05 | 代发工资 | 8,000.00 |   | 18,000.00',
      '2025-01-09 | 消费 |   | 120.50 | 17,879.50',
    ].join('\n'), 'bank_statement');
    expect(values(r)).toMatchObject({ bankName: '中国农业银行', accountHolder: '赵敏', accountNumber: '6228480402564890018', periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    expect(r.transactions.map((t) => [t.date, t.amount, t.balance])).toEqual([
      ['2025-01-05', '8000.00', '18000.00'],
      ['2025-01-09', '-120.50', '17879.50'],
    ]);
  });

  it('reads dot-leader pay slips', () => {
    const r = extract(['Gross Pay ........ 9,800.00', 'Income Tax ....... 210.00', 'Net Pay .......... 9,590.00'].join('\n'), 'pay_slip', 'en');
    expect(values(r)).toMatchObject({ grossPay: '9800.00', incomeTax: '210.00', netPay: '9590.00' });
  });

  it('reads day-first dates and CR/DR markers in a statement', () => {
    const r = extract([
      'Statement of Account',
      'Date | Details | Amount | Balance',
      '03/04/2025 | Salary | 5,000.00 CR | 15,000.00',
      '15/04/2025 | Rent | 2,000.00 DR | 13,000.00',
    ].join('\n'), 'bank_statement', 'en');
    expect(r.transactions.map((t) => [t.date, t.amount, t.balance])).toEqual([
      ['2025-04-03', '5000.00', '15000.00'],
      ['2025-04-15', '-2000.00', '13000.00'],
    ]);
  });

  it('marks an unreadable 大写 line instead of guessing', () => {
    const r = extract(['借款金额：人民币1,250,000.00元', '大写：人民币壹佰贰拾伍万元整'.replace('贰', '二')].join('\n'), 'loan_contract');
    expect(r.fields.principalInWords?.evidence?.value ?? null).toBeNull();
    expect(r.fields.principalInWords?.confidence ?? 0).toBeLessThan(0.5);
  });
});

describe('wordings and forms met in unseen documents', () => {
  it('names the parties by the role in brackets, whichever letter they carry', () => {
    const swapped = extract(['借款合同', '乙方(授 信 银 行)：中国农业银行股份有限公司天津和平支行', '甲方(借款人)：韩静', '借款金额：人民币100,000.00元'].join('\n'), 'loan_contract');
    expect(values(swapped)).toMatchObject({ lenderName: '中国农业银行股份有限公司天津和平支行', borrowerName: '韩静' });
    // The letter alone does not make 甲方 the lender's name when its role says borrower.
    expect(swapped.fields.lenderName?.evidence?.label).not.toMatch(/^甲/u);
    const usual = extract(['甲方(贷款人)：招商银行股份有限公司深圳分行', '乙方(借款人)：王小明'].join('\n'), 'loan_contract');
    expect(values(usual)).toMatchObject({ lenderName: '招商银行股份有限公司深圳分行', borrowerName: '王小明' });
  });

  it('takes social insurance from its total, a pension line only when no total is printed', () => {
    const both = extract(['Pay Slip', 'Basic Pension Insurance:  2,400.00', 'Social Insurance Contribution:  3,150.00'].join('\n'), 'pay_slip', 'en');
    expect(both.fields.socialInsurance?.value).toBe('3150.00');
    const pensionOnly = extract(['Pay Slip', 'Pension:  2,400.00', 'Net Pay:  9,000.00'].join('\n'), 'pay_slip', 'en');
    expect(pensionOnly.fields.socialInsurance?.value).toBe('2400.00');
  });

  it('reads pay months as 2024.4 and 二〇二四年一月, and no name out of a staff code', () => {
    expect(values(extract(['工资条', '计薪月份：2024.4', '职工号：HR691356'].join('\n'), 'pay_slip'))).toMatchObject({ payPeriod: '2024-04' });
    expect(extract(['工资条', '职工号：HR691356'].join('\n'), 'pay_slip').fields.employeeName).toBeUndefined();
    expect(values(extract(['二〇二四年一月工资明细', '实发工资：9,000.00'].join('\n'), 'pay_slip'))).toMatchObject({ payPeriod: '2024-01' });
    // An amount is no month.
    expect(extract(['工资条', '计薪月份：2024.40'].join('\n'), 'pay_slip').fields.payPeriod).toBeUndefined();
  });

  it('reads a statement period whose end date wraps onto the next line', () => {
    const page = syntheticPage(['中国工商银行', '币种 | 人民币 | 查询日期 | 二〇二四年三月一日 至 二〇二四年三月三', ' |  |  | 十一日', '期初账户余额：10,607.73'].join('\n'), 1, { pitch: 1.2 });
    const r = extractFields({ pages: [page], docType: 'bank_statement', language: 'zh' });
    expect(values(r)).toMatchObject({ periodStart: '2024-03-01', periodEnd: '2024-03-31', openingBalance: '10607.73' });
    const apart = syntheticPage(['Statement | 1st November 2024 to 30th', '', '', 'Printed on 8th December 2024'].join('\n'), 1, { pitch: 1.2 });
    expect(extractFields({ pages: [apart], docType: 'bank_statement', language: 'en' }).fields.periodEnd).toBeUndefined();
  });
  it('reads inverted English keys and a Chinese pre-tax total, and takes no clause heading for an address', () => {
    const r = extract([
      'FACILITY LETTER',
      'Facility Quantum:  USD 91,250.00',
      'Premises Charged:  Flat 12A, 88 Harbour Road, Wan Chai, Hong Kong',
      'Term:  24 months',
    ].join('\n'), 'loan_contract', 'en');
    expect(values(r)).toMatchObject({ principal: '91250.00', collateralAddress: 'Flat12A,88HarbourRoad,WanChai,HongKong' });
    const heading = extract(['Property Address', 'Article 2 Interest', 'Interest is charged monthly.'].join('\n'), 'loan_contract', 'en');
    expect(values(heading).collateralAddress).toBeUndefined();
    const slip = extract(['工资条 2025年4月', '岗位工资：8,200.00', '税前合计：8,200.00', '扣款合计：1,100.00', '实发金额：7,100.00'].join('\n'), 'pay_slip');
    expect(values(slip).grossPay).toBe('8200.00');
  });
  it('reads 代扣总额 as the total deductions, also when the slip does not add up (nothing to infer it from)', () => {
    const slip = extract(['薪资明细 2025年6月', '岗位工资  7,400.00绩效奖金  1,600.00', '应发合计  9,000.00养老保险  592.00', '个人所得税  58.00代扣总额  1,250.00', '实发金额  7,850.00'].join('\n'), 'pay_slip');
    expect(values(slip)).toMatchObject({ grossPay: '9000.00', totalDeductions: '1250.00', netPay: '7850.00' });
  });
});
