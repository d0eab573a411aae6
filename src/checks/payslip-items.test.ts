import { describe, expect, it } from 'vitest';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { findItemBlocks } from './payslip-items.js';
import { codes, makeDocument, runCheck } from './test-document.js';

/** Earnings on the left, deductions on the right, each list closed by its total; then the net. */
const twoColumns = (pension: string, source?: 'ocr') => makeDocument([[
  'Monthly Remuneration Advice  03/2026',
  'Staff: Lin Qiao',
  'PAY ITEMS                          WITHHELD',
  'Basic Salary ....... 14,200.00     Pension (Staff) ...... ' + pension,
  'Meal Subsidy ....... 600.00        Medical (Staff) ...... 310.40',
  'Overtime ........... 1,385.55      Housing Provident .... 1,704.00',
  '                                   Tax Withheld ......... 512.37',
  'Gross Total ........ 16,185.55     Total Withheld ....... 3,862.77',
  'Net Paid to Bank: 12,322.78',
]], { docType: 'pay_slip', language: 'en', ...(source ? { source, confidence: 95 } : {}) });

const zhList = (tax: string) => makeDocument([[
  '职工薪酬单  2026年3月',
  '姓名：秦岚',
  '应发项目',
  '岗位工资：9,500.00',
  '绩效奖金：2,150.00',
  '应发合计：11,650.00',
  '代扣项目',
  '养老保险：760.00',
  '住房公积金：1,140.00',
  '代扣个税：' + tax,
  '代扣合计：1,986.75',
  '实发金额：9,663.25',
]], { docType: 'pay_slip' });

describe('pay slip item lists against their totals', () => {
  it('stays silent when every list adds up, in both layouts and languages', async () => {
    expect(codes(await runCheck(payslipArithmetic, twoColumns('1,336.00')))).toEqual([]);
    expect(codes(await runCheck(payslipArithmetic, zhList('86.75')))).toEqual([]);
  });

  it('finds both lists of a two-column slip, each closed by its own total', () => {
    const blocks = findItemBlocks(twoColumns('1,336.00').pages);
    expect(blocks.map((b) => [b.total.label, b.items.length])).toEqual([['Gross Total', 3], ['Total Withheld', 4]]);
  });

  it('flags one item with two digits swapped, which the totals no longer match', async () => {
    // 1,336.00 → 1,363.00: gross − deductions = net still holds with the printed totals.
    const sink = await runCheck(payslipArithmetic, twoColumns('1,363.00'));
    expect(codes(sink)).toEqual(['PAYSLIP_ARITHMETIC']);
    expect(sink.findings[0]!.evidence).toMatchObject({ total: { label: 'Total Withheld', value: '3862.77' }, itemsSum: '3889.77' });
    expect(codes(await runCheck(payslipArithmetic, zhList('68.75')))).toEqual(['PAYSLIP_ARITHMETIC']);
  });

  it("on an OCR'd slip it cannot read again, says LOW_OCR_CONFIDENCE instead", async () => {
    expect(codes(await runCheck(payslipArithmetic, twoColumns('1,363.00', 'ocr')))).toEqual(['LOW_OCR_CONFIDENCE']);
    expect(codes(await runCheck(payslipArithmetic, twoColumns('1,336.00', 'ocr')))).toEqual([]);
  });
});
