import { describe, expect, it } from 'vitest';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { findItemBlocks } from './payslip-items.js';
import { codes, lineOf, makeDocument, runCheck } from './test-document.js';

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

/** The document with one line's text replaced (same position, words rebuilt). */
const withTax = (doc: ReturnType<typeof makeDocument>, from: string, to: string) => {
  const page = doc.pages[0]!;
  page.lines = page.lines.map((l) => (l.text.startsWith(from) ? lineOf(l.text.replace(from, to), l.bbox[1]) : l));
  return doc;
};

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

  describe('grid slips: key–value cells two to a row, read left to right', () => {
    // The month cell opens the first row; social insurance is printed as parts and then their subtotal.
    const grid = (bonus: string) => makeDocument([[
      'Remuneration Statement  11.2025',
      'Worker  Deng Yu  Payroll No.  W-20931',
      'Period Covered  11.2025 Base Pay  12,600.00',
      'Shift Allowance  900.00 Performance Pay  ' + bonus,
      'Total Earnings  16,044.30 Old-age Insurance  1,008.00',
      'Medical Insurance  252.00 Jobless Insurance  63.00',
      'Social Insurance Subtotal  1,323.00 Housing Provident  1,512.00',
      'Tax Withheld  301.44 Total Withheld  3,136.44',
      'Net Paid  12,907.86',
    ]], { docType: 'pay_slip', language: 'en' });
    const zhGrid = (allowance: string) => makeDocument([[
      '员工薪资明细  2025年9月',
      '员工姓名  韩雪 工号  P5521',
      '计薪月份  2025.9 岗位工资  9,800.00',
      '交 通 补 贴  ' + allowance + ' 应发合计  10,400.00',
      '养 老 保 险  784.00 医 疗 保 险  196.00',
      '社保小计  980.00 住房公积金  1,176.00',
      '代扣个税  88.32 代扣合计  2,244.32',
      '实发金额  8,155.68',
    ]], { docType: 'pay_slip' });

    it('stays silent when the cells add up in reading order, though no column does', async () => {
      expect(codes(await runCheck(payslipArithmetic, grid('2,544.30')))).toEqual([]);
      expect(codes(await runCheck(payslipArithmetic, zhGrid('600.00')))).toEqual([]);
    });
    it('keeps the period cell out of the first item and reads letter-spaced keys', () => {
      const reading = findItemBlocks(zhGrid('600.00').pages, 'reading');
      expect(reading[0]!.items.map((i) => i.label)).toEqual(['岗位工资', '交通补贴']);
      expect(reading[1]!.items.map((i) => i.label)).toContain('医疗保险');
      expect(findItemBlocks(grid('2,544.30').pages, 'reading')[0]!.items[0]!.label).toBe('Base Pay');
    });
    it('flags a deduction cell that no longer makes its total in either order', async () => {
      // Tax 301.44 → 310.44 / 个税 88.32 → 83.82 (gross − deductions = net still holds with the printed totals).
      expect(codes(await runCheck(payslipArithmetic, withTax(grid('2,544.30'), 'Tax Withheld  301.44', 'Tax Withheld  310.44')))).toEqual(['PAYSLIP_ARITHMETIC']);
      expect(codes(await runCheck(payslipArithmetic, withTax(zhGrid('600.00'), '代扣个税  88.32', '代扣个税  83.82')))).toEqual(['PAYSLIP_ARITHMETIC']);
    });
  });

  describe('table slips: one row of amounts under column headers', () => {
    // Columns line up by character position (the test document sets 20 px a character).
    const table = (overtime: string) => makeDocument([[
      'Monthly Pay Register  02/2026',
      'Staff          Base Salary   Overtime      Total Gross   Pension       Medical       Tax           Total Deduct  Net Paid',
      'Chen Lu        9,100.00      ' + overtime + '      10,340.00     728.00        182.00        43.80         953.80        9,386.20',
    ]], { docType: 'pay_slip', language: 'en' });
    it('stays silent when each group adds up to its total column', async () => {
      expect(codes(await runCheck(payslipArithmetic, table('1,240.00')))).toEqual([]);
    });
    it('flags an earnings column that no longer makes the gross column', async () => {
      // 1,240.00 → 2,240.00: gross, deductions and net still agree with each other.
      const sink = await runCheck(payslipArithmetic, table('2,240.00'));
      expect(codes(sink)).toEqual(['PAYSLIP_ARITHMETIC']);
      expect(sink.findings[0]!.evidence).toMatchObject({ total: { label: 'Total Gross', value: '10340.00' }, itemsSum: '11340.00' });
    });
  });
});
