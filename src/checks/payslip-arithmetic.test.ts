import { describe, expect, it } from 'vitest';
import { payslipArithmetic } from './payslip-arithmetic.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const zh = (gross: string, ded: string, net: string) => makeDocument([['工资条', '姓名：张伟', `应发工资：${gross}`, '个人所得税：210.00', '社会保险：1,050.00', `扣款合计：${ded}`, `实发工资：${net}`]], { docType: 'pay_slip' });
const en = (gross: string, ded: string, net: string) => makeDocument([['PAYSLIP', 'Employee Name: Wei Zhang', `Gross Pay: ${gross}`, 'Income Tax: 210.00', 'Social Insurance: 1,050.00', `Total Deductions: ${ded}`, `Net Pay: ${net}`]], { docType: 'pay_slip', language: 'en' });

describe('payslip-arithmetic', () => {
  it('stays silent on a pay slip that adds up, in both languages', async () => {
    expect(codes(await runCheck(payslipArithmetic, zh('12,000.00', '1,260.00', '10,740.00')))).toEqual([]);
    expect(codes(await runCheck(payslipArithmetic, en('12,000.00', '1,260.00', '10,740.00')))).toEqual([]);
  });
  it('flags gross − deductions ≠ net, with the three values and where they are', async () => {
    const sink = await runCheck(payslipArithmetic, zh('12,500.00', '1,260.00', '10,740.00'));
    expect(codes(sink)).toEqual(['PAYSLIP_ARITHMETIC']);
    expect(sink.findings[0]!.evidence).toMatchObject({ grossPay: { value: '12500.00' }, netPay: { value: '10740.00', page: 1 }, expectedNet: '11240.00' });
    expect(codes(await runCheck(payslipArithmetic, en('12,500.00', '1,260.00', '10,740.00')))).toEqual(['PAYSLIP_ARITHMETIC']);
  });
  it('flags deduction items above the total deductions', async () => {
    expect(codes(await runCheck(payslipArithmetic, zh('12,000.00', '1,000.00', '11,000.00')))).toEqual(['PAYSLIP_ARITHMETIC']);
  });
  it('tolerates nothing beyond the cent', async () => {
    expect(codes(await runCheck(payslipArithmetic, en('12,000.00', '1,260.00', '10,740.01')))).toEqual(['PAYSLIP_ARITHMETIC']);
  });
  describe('net pay under a label the extractor does not know', () => {
    const enOdd = (ded: string, source?: 'ocr') => makeDocument([['Monthly Pay Statement', 'Staff Name -  Wei Zhang', 'Total Gross -  16,509.93', 'Social Insurance (Employee) -  651.00', 'Canteen -  44.22', `Deductions Total -  ${ded}`, 'Amount Credited -RMB15,814.71']], { docType: 'pay_slip', language: 'en', ...(source ? { source, confidence: 95 } : {}) });
    const zhOdd = (ded: string) => makeDocument([['工资发放明细', '员工  张伟', '税前工资  13,760.91', '养老保险个人  700.00', '医疗保险个人  255.50', `扣款小计  ${ded}`, '银行转账  12,805.41']], { docType: 'pay_slip' });
    it('stays silent when the slip prints gross − deductions somewhere, in both languages', async () => {
      expect(codes(await runCheck(payslipArithmetic, enOdd('695.22')))).toEqual([]);
      expect(codes(await runCheck(payslipArithmetic, zhOdd('955.50')))).toEqual([]);
    });
    it('flags a deductions total whose gross − deductions is printed nowhere, in both languages', async () => {
      const sink = await runCheck(payslipArithmetic, enOdd('595.22'));
      expect(codes(sink)).toEqual(['PAYSLIP_ARITHMETIC']);
      expect(sink.findings[0]!.evidence).toMatchObject({ expectedNet: '15914.71', totalDeductions: { value: '595.22' } });
      expect(codes(await runCheck(payslipArithmetic, zhOdd('855.50')))).toEqual(['PAYSLIP_ARITHMETIC']);
    });
    it('on an OCR\'d slip without confirmed figures, says LOW_OCR_CONFIDENCE instead', async () => {
      expect(codes(await runCheck(payslipArithmetic, enOdd('595.22', 'ocr')))).toEqual(['LOW_OCR_CONFIDENCE']);
      expect(codes(await runCheck(payslipArithmetic, enOdd('695.22', 'ocr')))).toEqual([]);
    });
  });
  it('does not count the total deductions as one of its own items when an item key wraps below its value', async () => {
    const wrapped = (tax: string) => makeDocument([[
      'Salary Advice  04.2026',
      'Gross  9,000.00',
      'Social Insurance  720.00 Housing Fund  540.00',
      'Meal  0.00 Personal  ' + tax,
      '(Employee)  Income Tax',
      'Sum of  1,395.00',
      'Deductions',
      'Take Home  7,605.00',
    ]], { docType: 'pay_slip', language: 'en' });
    // Gross 9,000.00 − 1,395.00 = 7,605.00; the items 720 + 540 + 135 = 1,395.00.
    expect(codes(await runCheck(payslipArithmetic, wrapped('135.00')))).toEqual([]);
  });
});
