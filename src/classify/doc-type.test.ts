import { describe, expect, it } from 'vitest';
import { classifyDocType } from './doc-type.js';

const classify = (lines: string[], headLines = 8) => classifyDocType(lines.join('\n'), lines.slice(0, headLines).join('\n')).docType;

describe('loan offers and facility letters', () => {
  it('takes a letter offering a loan, its terms in sentences, for a loan contract', () => {
    expect(classify([
      'Harbour Savings Bank Limited, Kowloon Branch',
      '12 Nathan Road, Kowloon',
      'Our ref.: HSB/2025/0412',
      '3 March 2025',
      'PRIVATE AND CONFIDENTIAL',
      'Mei Ling Chan',
      'Flat 5A, 8 Shore Road, Kowloon',
      'Dear Ms Chan,',
      'Personal Instalment Loan',
      'We are pleased to offer you, Mei Ling Chan (HKID No. A1234567), an instalment loan of HKD 80,000.00 on the terms below.',
      'The loan is available for 36 months. Interest is charged at 6.5% per annum.',
      'Yours faithfully,',
    ])).toBe('loan_contract');
    // The same letter with its title out of the head: the offer sentence and the terms carry it.
    expect(classify([
      'Dear Mr Lee,',
      'We are pleased to offer you a home loan facility of USD 300,000.00, repayable over 240 months.',
      'Interest is charged at 4.1% per annum. Drawdown is subject to a first legal mortgage over the property.',
    ], 1)).toBe('loan_contract');
  });

  it('takes a Chinese loan receipt (借据) and a loan notice for loan documents', () => {
    expect(classify(['个人贷款借款借据', '借款人  证件号码', '张三  110101198001010011'])).toBe('loan_contract');
    expect(classify(['个人贷款发放通知书', '尊敬的张伟先生：', '我行同意向您发放贷款人民币500,000.00元。'])).toBe('loan_contract');
  });

  it('leaves a salary letter a pay slip', () => {
    expect(classify([
      'EMPLOYMENT AND SALARY VERIFICATION',
      'TO WHOM IT MAY CONCERN',
      'For the pay month of June 2025 the employee\'s gross salary was US$12,345.67. From this we withheld income tax of 1,200.00,',
      'social insurance of 800.00 and housing fund of 600.00; the net salary paid was 9,745.67.',
    ])).toBe('pay_slip');
  });
});
