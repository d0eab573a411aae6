import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { DocType, Language } from '../model/schema.js';
import { findDates, readMonths } from './values.js';
import { findAmountWords } from './amount-words.js';
import { collectLines } from './lines.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

const extract = (text: string, docType: DocType, language: Language = 'en') => fieldValues(extractText(text, docType, language));

describe('boxed header cells: label row over value row', () => {
  it('reads a count under a header that carries the unit, in either language', () => {
    expect(extract([
      '借款本金（小写） | 借款币种 | 执行年利率 | 借款期限（月）',
      '860,000.00 | 人民币 | 4.05% | 48',
    ].join('\n'), 'loan_contract', 'zh')).toMatchObject({ principal: '860000.00', annualRatePercent: '4.05', termMonths: 48 });
    expect(extract([
      'Principal Sum | Interest Rate | Duration (Years)',
      '150,000.00 | 3.9% p.a. | 3',
    ].join('\n'), 'loan_contract')).toMatchObject({ principal: '150000.00', termMonths: 36 });
    expect(extract([
      'Facility Amount | Currency | Term in Months',
      '75,000.00 | USD | 18',
    ].join('\n'), 'loan_contract')).toMatchObject({ termMonths: 18 });
  });

  it('does not take a bare number for a term when the header states no unit', () => {
    const r = extract([
      'Facility Amount | Currency | Term',
      '75,000.00 | USD | 18',
    ].join('\n'), 'loan_contract');
    expect(r.termMonths).toBeUndefined();
    expect(readMonths('18', 'term', { key: 'Term' })).toBeNull();
    expect(readMonths('18 units', 'term', { key: 'Term (Months)' })).toBeNull();
  });

  it('keeps a value whose words hold another field\'s label ("interest", "identity card") as a value', () => {
    expect(extract([
      'Borrower  Identification Kind  Passport No.',
      'Grace Lin  National Identity Card  E12345678',
      'Drawdown Date  Expiry Date  Repayment Basis',
      '1 July 2024  30 June 2026  interest only, principal at maturity',
    ].join('\n'), 'loan_contract')).toMatchObject({
      borrowerName: 'GraceLin', borrowerIdNumber: 'E12345678', startDate: '2024-07-01', endDate: '2026-06-30',
      repaymentMethod: 'interest only, principal at maturity',
    });
  });

  it('reads a long value under a short header whole', () => {
    expect(extract([
      'Lender | Mortgaged Property Address',
      'Bank of Ningbo Co., Ltd. | Flat 7, Block 3, No. 12 Renmin East Road',
    ].join('\n'), 'loan_contract')).toMatchObject({
      lenderName: 'BankofNingboCo.,Ltd.', collateralAddress: 'Flat7,Block3,No.12RenminEastRoad',
    });
  });

  it('reads one value under its header when the row holds no other value', () => {
    expect(extract([
      'Gross Salary  10,200.00',
      'Net Wages for Month | Received by',
      '8,650.00',
    ].join('\n'), 'pay_slip')).toMatchObject({ netPay: '8650.00' });
    // A figure that stands under another header cell is not this one's.
    expect(extract([
      'Gross Salary  10,200.00',
      'Net Wages for Month | Received by',
      ' | 8,650.00',
    ].join('\n'), 'pay_slip').netPay).toBeUndefined();
  });
});

describe('several keys on one printed line', () => {
  it('stops each value where the next key begins', () => {
    expect(extract([
      'Debtor Name: Oliver Chen  Identity Type: Passport  Passport No.: K7654321',
      'Interest Rate: 4.6% p.a.  Loan Term: 30 months  Repayment Method: monthly annuity',
    ].join('\n'), 'loan_contract')).toMatchObject({
      borrowerName: 'OliverChen', borrowerIdNumber: 'K7654321', annualRatePercent: '4.60', termMonths: 30, repaymentMethod: 'monthly annuity',
    });
  });

  it('gives a key qualified by "Employee" to the field that reads its figure (side-by-side tables)', () => {
    expect(extract([
      'Earnings  Current (CNY)  Deductions  Current (CNY)',
      'Basic Wage  9,000.00  Pension Employee Part  720.00',
      'Overtime  1,000.00  Provident Fund Employee Part  500.00',
      'Gross Total  10,000.00  Deductions for the Month  1,220.00',
      'Net Credited : RMB: 8,780.00',
    ].join('\n'), 'pay_slip')).toMatchObject({ grossPay: '10000.00', housingFund: '500.00', totalDeductions: '1220.00', netPay: '8780.00' });
  });

  it('reads a dashed qualifier before a column gap as key, but a dashed value as value', () => {
    expect(extract('Name: Zoe Ma\nProvident Fund - Staff  640.00', 'pay_slip')).toMatchObject({ housingFund: '640.00' });
    expect(extract('Borrower - Kevin Hu  Loan Amount  20,000.00', 'loan_contract')).toMatchObject({ borrowerName: 'KevinHu', principal: '20000.00' });
  });

  it('takes the words a colon closes as key, not as the value of a free-text field', () => {
    expect(extract('Repayment Mode Chosen: equal principal each month', 'loan_contract')).toMatchObject({ repaymentMethod: 'equal principal each month' });
  });

  it('does not read a clause about early repayment as the repayment method', () => {
    expect(extract([
      'The parties agree as follows.',
      'Early repayment needs the lender\'s consent and a fee of one month\'s interest.',
    ].join('\n'), 'loan_contract').repaymentMethod).toBeUndefined();
  });

  it('does not take a value that ends in another field\'s label word for a header over the next row', () => {
    expect(extract([
      'Principal  CNY 500,000.00',
      'Repayment Method  equal principal repayments',
      'Disbursement Account  6214837322926829',
    ].join('\n'), 'loan_contract')).toMatchObject({ principal: '500000.00', repaymentMethod: 'equal principal repayments', disbursementAccount: '6214837322926829' });
  });

  it('still reads the bare word Repayment as a key closed by a column gap', () => {
    expect(extract('Loan Amount  30,000.00\nRepayment    equal monthly instalments', 'loan_contract').repaymentMethod).toBe('equal monthly instalments');
  });
});

describe('periods and dates', () => {
  it('reads start and end from a term phrase in deed wording and in Chinese', () => {
    expect(extract('Loan Period: starting from 2023-Nov-02 and ending on 2024-Nov-01', 'loan_contract')).toMatchObject({ startDate: '2023-11-02', endDate: '2024-11-01' });
    expect(extract('贷款期间：自二〇二四年五月九日起至二〇二六年五月八日止', 'loan_contract', 'zh')).toMatchObject({ startDate: '2024-05-09', endDate: '2026-05-08' });
  });

  it('finds deed dates, year-first month names and full-width digits', () => {
    const dates = (t: string) => findDates(t).map((d) => d.value);
    expect(dates('made on the 21st day of October, 2023 in Wuhan')).toEqual(['2023-10-21']);
    expect(dates('valid 2026/Feb/09 only')).toEqual(['2026-02-09']);
    expect(dates('booked 09FEB2026')).toEqual(['2026-02-09']);
    expect(dates('the 31st day of February, 2025')).toEqual([]);
    const lines = collectLines({ pages: [syntheticPage('签署日期：２０２４年１１月３日')] });
    expect(findDates(lines[0]!.text).map((d) => d.value)).toEqual(['2024-11-03']);
  });

  it('reads a pay month from a day span or a Chinese-numeral month', () => {
    expect(extract('Salary Period: 01JUN2024 - 30JUN2024\nNet Pay  5,000.00', 'pay_slip').payPeriod).toBe('2024-06');
    expect(extract('Pay period 2024-Sep-01 to 2024-Sep-30\nNet Pay  5,000.00', 'pay_slip').payPeriod).toBe('2024-09');
    expect(extract('工资所属期：二〇二四年十一月份\n实发工资  6,000.00', 'pay_slip', 'zh').payPeriod).toBe('2024-11');
  });
});

describe('contract numbers, amounts and words', () => {
  it('reads contract numbers with brackets and slashes under other key wordings', () => {
    expect(extract('合同书编号：ICBC浙个贷[2024]第0771号', 'loan_contract', 'zh').contractNumber).toBe('ICBC浙个贷[2024]第0771号');
    expect(extract('Agreement Serial Number: ABC/HZ/2023/000912', 'loan_contract').contractNumber).toBe('ABC/HZ/2023/000912');
  });

  it('reads figures followed by a currency word, and net lines ending in one', () => {
    expect(extract('Amount of the Credit: 48,000.00 Yuan', 'loan_contract')).toMatchObject({ principal: '48000.00', currency: 'CNY' });
    expect(extract('Net Deposited: 7,301.55 US Dollars', 'pay_slip')).toMatchObject({ netPay: '7301.55', currency: 'USD' });
    expect(extract('实发金额：8811.20元人民币', 'pay_slip', 'zh')).toMatchObject({ netPay: '8811.20' });
  });

  it('reads lower-case English words with cents wrapped after a dangling "and"', () => {
    const lines = collectLines({ pages: [syntheticPage([
      'Amount in words: renminbi twelve thousand four hundred and six yuan and',
      'fifteen cents only',
    ].join('\n'))] });
    const [words] = findAmountWords(lines);
    expect(words?.amount).toBe('12406.15');
  });

  it('does not join a next line that is not number words', () => {
    const lines = collectLines({ pages: [syntheticPage([
      'Amount in words: renminbi twelve thousand yuan only and',
      'the Borrower shall repay it monthly',
    ].join('\n'))] });
    expect(findAmountWords(lines)[0]?.amount).toBe('12000.00');
  });
});
