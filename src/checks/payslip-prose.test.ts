import { describe, expect, it } from 'vitest';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { findItemBlocks } from './payslip-items.js';
import { findProseBlocks } from './payslip-prose.js';
import { codes, makeDocument, runCheck } from './test-document.js';

/** An income certificate: the items in running text, wrapped wherever the line ends. */
const zhLetter = (fund: string) => makeDocument([[
  '收入证明',
  '兹证明赵明远系我单位正式员工。该员工2026年2月工资收入情况如下：应发工资合计人民币9,820.00元，',
  '其中基本工资8,000.00元，交通补贴320.00元，绩效奖金1,500.00元；单位依法代扣养老保险640.00',
  `元，医疗保险160.00元，住房公积金${fund}元，个人所得税95.10元，扣款合计1,855.10元；实发工资`,
  '人民币7,964.90元，已通过银行代发至其本人工资账户。',
]], { docType: 'pay_slip' });

const enLetter = (total: string) => makeDocument([[
  'INCOME CERTIFICATE',
  'For March 2026, the employee\'s gross salary was RMB 12,400.00, made up of basic salary RMB',
  '11,000.00, meal allowance RMB 400.00, overtime RMB 1,000.00. We withheld pension insurance',
  `RMB 880.00, medical insurance RMB 220.00, income tax RMB 310.50, total deductions RMB ${total}.`,
  'The net salary of RMB 10,989.50 was paid to the employee\'s salary account.',
]], { docType: 'pay_slip', language: 'en' });

describe('pay items stated in prose', () => {
  it('pairs each clause\'s label with its figure, across line breaks, and finds both totals', () => {
    const blocks = findProseBlocks(zhLetter('960.00').pages);
    expect(blocks.map((b) => [b.total.label, b.items.map((i) => i.raw)])).toEqual([
      ['应发工资合计', ['8,000.00', '320.00', '1,500.00']],
      ['扣款合计', ['640.00', '160.00', '960.00', '95.10']],
    ]);
    expect(findProseBlocks(enLetter('1,410.50').pages).map((b) => [b.total.label, b.items.length])).toEqual([['the employee\'s gross salary', 3], ['total deductions', 3]]);
  });

  it('flags a withheld item that breaks the stated total, in either language', async () => {
    expect(codes(await runCheck(payslipArithmetic, zhLetter('960.00')))).toEqual([]);
    expect(codes(await runCheck(payslipArithmetic, zhLetter('1,050.00')))).toEqual(['PAYSLIP_ARITHMETIC']);
    expect(codes(await runCheck(payslipArithmetic, enLetter('1,410.50')))).toEqual([]);
    expect(codes(await runCheck(payslipArithmetic, enLetter('4,110.50')))).toEqual(['PAYSLIP_ARITHMETIC']);
  });

  it('does not read running text as a column list', () => {
    expect(findItemBlocks(zhLetter('960.00').pages)).toEqual([]);
    expect(findItemBlocks(enLetter('1,410.50').pages)).toEqual([]);
  });

  it('leaves a sentence alone when a clause holds more than its figure', () => {
    const doc = makeDocument([['扣除养老保险640.00元，医疗保险160.00元（2月补缴），扣款合计900.00元。']], { docType: 'pay_slip' });
    expect(findProseBlocks(doc.pages)).toEqual([]);
  });
});
