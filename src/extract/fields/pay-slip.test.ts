import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../../test/support/synthetic-page.js';
import { readWithheld } from './pay-slip.js';

describe('pay slips that print deductions as signed entries', () => {
  it('reads a minus-signed or bracketed deduction as the amount withheld', () => {
    expect(readWithheld('-2,530.50', '')?.value).toBe('2530.50');
    expect(readWithheld('(1,418.50)', '')?.value).toBe('1418.50');
    expect(readWithheld('966.00', '')?.value).toBe('966.00');
  });

  it('reads an English salary-app card: total before deductions and negative deductions', () => {
    const r = extractText([
      'My Payslips',
      'Take-home pay (USD)',
      '18,450.10',
      'Earnings',
      'Salary                      16,000.00',
      'Total before deductions     21,300.00',
      'Deductions',
      'Social insurance            -1,480.00',
      'Housing fund                -1,120.00',
      'Tax withheld                  -249.90',
      'Total deducted              -2,849.90',
    ].join('\n'), 'pay_slip', 'en');
    expect(fieldValues(r)).toMatchObject({ grossPay: '21300.00', socialInsurance: '1480.00', housingFund: '1120.00', incomeTax: '249.90', totalDeductions: '2849.90' });
  });

  it('reads a Chinese salary-app card the same way', () => {
    const r = extractText([
      '我的工资条',
      '实发金额（元）',
      '12,300.00',
      '收入',
      '固定工资              13,000.00',
      '扣除前合计            15,000.00',
      '扣除',
      '五险个人               -1,500.00',
      '公积金个人             -1,000.00',
      '代缴个税                 -200.00',
      '扣除合计               -2,700.00',
    ].join('\n'), 'pay_slip', 'zh');
    expect(fieldValues(r)).toMatchObject({ grossPay: '15000.00', socialInsurance: '1500.00', housingFund: '1000.00', incomeTax: '200.00', totalDeductions: '2700.00' });
  });
});

describe('deductions stated in an income certificate sentence', () => {
  it('still reads them from the paragraph', () => {
    const r = extractText([
      'INCOME CERTIFICATE',
      'This is to certify that the employee earned a gross salary of US$21,500.00 for May 2025, with',
      'income tax of US$310.00 withheld, a social insurance contribution of US$1,720.00 and a housing',
      'fund contribution of US$1,290.00; the net salary paid was US$18,180.00.',
    ].join('\n'), 'pay_slip', 'en');
    expect(fieldValues(r)).toMatchObject({ socialInsurance: '1720.00', housingFund: '1290.00' });
  });
});
