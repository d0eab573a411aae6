import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { Language } from '../model/schema.js';

const slip = (lines: string[], language: Language) => fieldValues(extractText(lines.join('\n'), 'pay_slip', language));

describe('salary statements with one column per month', () => {
  it('reads the latest month of an English statement, oldest month left', () => {
    expect(slip([
      'PAYROLL HISTORY',
      'Employer:  Harbour Freight Services Ltd.',
      'Employee:  Grace Lin',
      'Earnings | Jul 2024 | Aug 2024 | Sep 2024',
      'Gross pay | 12,000.00 | 12,400.00 | 12,900.00',
      'Income tax | 1,100.00 | 1,140.00 | 1,190.00',
      'Total deductions | 2,300.00 | 2,340.00 | 2,390.00',
      'Net pay | 9,700.00 | 10,060.00 | 10,510.00',
    ], 'en')).toMatchObject({ payPeriod: '2024-09', grossPay: '12900.00', incomeTax: '1190.00', totalDeductions: '2390.00', netPay: '10510.00' });
  });

  it('reads the latest month of a Chinese statement printed newest first', () => {
    expect(slip([
      '近期工资明细',
      '单位名称:  杭州远景科技有限公司',
      '姓名:  赵敏',
      '项目 | 2025-06 | 2025-05 | 2025-04',
      '应发合计 | 18,500.00 | 17,900.00 | 17,600.00',
      '养老医疗保险 | 1,480.00 | 1,432.00 | 1,408.00',
      '住房公积金 | 1,110.00 | 1,074.00 | 1,056.00',
      '实发工资 | 14,900.00 | 14,420.00 | 14,180.00',
    ], 'zh')).toMatchObject({ payPeriod: '2025-06', grossPay: '18500.00', socialInsurance: '1480.00', housingFund: '1110.00', netPay: '14900.00' });
  });

  it('leaves a one-month slip with a year-to-date column alone', () => {
    expect(slip([
      'PAY ADVICE',
      'Pay period:  March 2025',
      'Item | March 2025 | Year to date',
      'Gross pay | 8,000.00 | 24,000.00',
      'Net pay | 6,500.00 | 19,500.00',
    ], 'en')).toMatchObject({ payPeriod: '2025-03', grossPay: '8000.00', netPay: '6500.00' });
  });
});
