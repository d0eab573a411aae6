import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { DocType, Language } from '../model/schema.js';

const extract = (text: string, docType: DocType, language: Language = 'en') => extractText(text, docType, language);

describe('fields a value proves without its label', () => {
  it('takes a resident ID whose check character is right, under any label', () => {
    const r = extract(['Borrower:  Wei Chen', 'Personal Code Reference  110101199003074514'].join('\n'), 'loan_contract');
    expect(r.fields.borrowerIdNumber?.value).toBe('110101199003074514');
    expect(r.fields.borrowerIdNumber?.evidence?.placement).toBe('inferred');
  });

  it('does not take an 18-digit number whose check character is wrong', () => {
    const r = extract(['Borrower:  Wei Chen', 'Personal Code Reference  110101199003074515'].join('\n'), 'loan_contract');
    expect(r.fields.borrowerIdNumber).toBeUndefined();
  });

  it('takes a Luhn-valid card number beside an account word, not one that fails Luhn or stands alone', () => {
    const ok = extract(['Borrower:  Wei Chen', 'Proceeds go to the account 6222 0212 3456 7890 128 held with the Lender.'].join('\n'), 'loan_contract');
    expect(ok.fields.disbursementAccount?.value).toBe('6222021234567890128');
    const bad = extract(['Borrower:  Wei Chen', 'Proceeds go to the account 6222 0212 3456 7890 127 held with the Lender.'].join('\n'), 'loan_contract');
    expect(bad.fields.disbursementAccount).toBeUndefined();
    const alone = extract(['Borrower:  Wei Chen', 'Reference 6222 0212 3456 7890 128'].join('\n'), 'loan_contract');
    expect(alone.fields.disbursementAccount).toBeUndefined();
  });

  it("finds a pay slip's gross by net + deductions among the printed figures", () => {
    const r = extract(['Remuneration Sum ....  12,000.00', 'Total Deductions ....  1,605.00', 'Net Pay ....  10,395.00'].join('\n'), 'pay_slip');
    expect(r.fields.grossPay?.value).toBe('12000.00');
    expect(r.fields.grossPay?.evidence?.rule).toBe('net + deductions');
    const none = extract(['Remuneration Sum ....  12,500.00', 'Total Deductions ....  1,605.00', 'Net Pay ....  10,395.00'].join('\n'), 'pay_slip');
    expect(none.fields.grossPay).toBeUndefined();
  });

  it("finds a statement's totals and balances where they equal its rows' sums", () => {
    const rows = [
      'Date | Details | Amount | Balance',
      '2025-03-01 | Salary | 8,000.00 | 18,000.00',
      '2025-03-04 | Rent | -2,500.00 | 15,500.00',
    ];
    const r = extract([...rows, 'Sums shown  8,000.00   2,500.00', 'Position b/d  10,000.00', 'Position c/d  15,500.00'].join('\n'), 'bank_statement');
    expect(Object.fromEntries(['openingBalance', 'closingBalance', 'totalCredits', 'totalDebits'].map((k) => [k, r.fields[k]?.value]))).toEqual({
      openingBalance: '10000.00', closingBalance: '15500.00', totalCredits: '8000.00', totalDebits: '2500.00',
    });
  });

  it('infers no statement totals when the running balances do not reconcile', () => {
    const r = extract([
      'Date | Details | Amount | Balance',
      '2025-03-01 | Salary | 8,000.00 | 18,000.00',
      '2025-03-04 | Rent | -2,500.00 | 15,000.00',
      'Sums shown  8,000.00   2,500.00',
    ].join('\n'), 'bank_statement');
    expect(r.fields.totalCredits).toBeUndefined();
    expect(r.fields.totalDebits).toBeUndefined();
  });

  it("reads a pay slip's period from its title when no label names it", () => {
    const zh = extract(['宁波远航物流有限公司', '2024年7月工资结算单', '实发工资：16,477.30'].join('\n'), 'pay_slip', 'zh');
    expect(zh.fields.payPeriod?.value).toBe('2024-07');
    const en = extract(['Acme Co., Ltd.', 'Pay Stub — JUL 2024', 'Net Pay:  1,000.00'].join('\n'), 'pay_slip');
    expect(en.fields.payPeriod?.value).toBe('2024-07');
    const slashed = extract(['Acme Co., Ltd.', 'SALARY ADVICE  —  10/2025', 'Net Pay:  1,000.00'].join('\n'), 'pay_slip');
    expect(slashed.fields.payPeriod?.value).toBe('2025-10');
    const spaced = extract(['厦门华锐医药科技集团有限公司', '2025 年11月 月 度 薪 酬明细表', '实发工资：1,000.00'].join('\n'), 'pay_slip', 'zh');
    expect(spaced.fields.payPeriod?.value).toBe('2025-11');
    const dated = extract(['Acme Co., Ltd.', 'Payment date: 05 AUG 2024', 'Net Pay:  1,000.00'].join('\n'), 'pay_slip');
    expect(dated.fields.payPeriod).toBeUndefined();
  });

  it("takes a contract's principal in figures where it equals the amount in words", () => {
    const r = extract(['Facility granted  USD 125,000.50', 'Say US Dollars One Hundred Twenty-Five Thousand and 50/100 Only'].join('\n'), 'loan_contract');
    expect(r.fields.principal?.value).toBe('125000.50');
    const other = extract(['Facility granted  USD 125,000.00', 'Say US Dollars One Hundred Twenty-Five Thousand and 50/100 Only'].join('\n'), 'loan_contract');
    expect(other.fields.principal).toBeUndefined();
  });

  it('takes the count of months that fits the start and end dates as the term', () => {
    const r = extract(['Availability: from 15 Mar 2025 to 14 Mar 2028', 'Notice within 3 months; the facility runs 36 months.'].join('\n'), 'loan_contract');
    expect(r.fields.termMonths?.value).toBe(36);
    const none = extract(['Availability: from 15 Mar 2025 to 14 Mar 2028', 'Notice within 3 months.'].join('\n'), 'loan_contract');
    expect(none.fields.termMonths).toBeUndefined();
  });

  it('finds gross and deductions as the one printed pair whose difference is the net', () => {
    const r = extract(['Base  9,000.00', 'Bonus  3,000.00', 'Sum A  12,000.00', 'Tax  345.00', 'Sum B  1,605.00', 'Net Pay:  10,395.00'].join('\n'), 'pay_slip');
    expect([r.fields.grossPay?.value, r.fields.totalDeductions?.value]).toEqual(['12000.00', '1605.00']);
    const ambiguous = extract(['Sum A  12,000.00', 'Sum B  1,605.00', 'Other  11,605.00', 'Tax  1,210.00', 'Net Pay:  10,395.00'].join('\n'), 'pay_slip');
    expect(ambiguous.fields.grossPay).toBeUndefined();
  });
});
