import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { Language } from '../model/schema.js';

const slip = (lines: string[], language: Language) => fieldValues(extractText(lines.join('\n'), 'pay_slip', language));

describe('income certificates in prose', () => {
  it('reads a Chinese 收入证明 whose sentences wrap inside labels and amounts', () => {
    expect(slip([
      '宁波海通物流有限公司',
      '收入证明',
      '兹有我公司员工周晓明（身份证号码：330203198811052315）自2019年起在我公司工作，现任仓储主管。',
      '其2024年11月份应发工资为人民币 23,650.00 元，代扣个人所得税 1,215.00 元、社',
      '会保险个人部分 1,892.00 元、住房公积金 1,419.00 元，扣款合计 4,526.00 元，实发工资',
      '19,124.00 元。',
      '特此证明。',
    ], 'zh')).toMatchObject({
      employeeName: '周晓明', employeeIdNumber: '330203198811052315', position: '仓储主管', payPeriod: '2024-11', grossPay: '23650.00', incomeTax: '1215.00',
      socialInsurance: '1892.00', housingFund: '1419.00', totalDeductions: '4526.00', netPay: '19124.00',
    });
  });

  it('reads an English salary verification letter with amounts after their words and a total before them', () => {
    expect(slip([
      'Pearl River Instruments Co., Ltd.',
      'EMPLOYMENT VERIFICATION',
      'We hereby certify that Ms. Wen Qiao (passport E7781234) has been employed by our company since 2020 and works as a Warehouse Supervisor in Shenzhen.',
      'In the salary month of September 2025 her monthly gross salary amounted to',
      'HK$41,250.00. We deducted income tax of HK$3,960.00 and a social security contribution of HK$1,500.00;',
      'a total of HK$5,460.00 was withheld and her net salary, credited to her bank account, came to HK$35,790.00.',
      // OCR widens a blank or two inside a sentence: the paragraph is still running text.
      'This letter is issued for  a  loan application.',
    ], 'en')).toMatchObject({
      employeeName: 'WenQiao', employeeIdNumber: 'E7781234', position: 'Warehouse Supervisor', payPeriod: '2025-09', grossPay: '41250.00', incomeTax: '3960.00',
      socialInsurance: '1500.00', totalDeductions: '5460.00', netPay: '35790.00', currency: 'HKD',
    });
  });
});
