import { describe, expect, it } from 'vitest';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import { extractFields } from './index.js';
import type { DocType, Language } from '../model/schema.js';

const extract = (text: string, docType: DocType, language: Language = 'en') => extractText(text, docType, language);
const values = fieldValues;

describe('keys that run past their label', () => {
  it('reads words between a label and its separator as part of the key', () => {
    const r = extract([
      'Net Pay Credited ............. 9,100.00',
      'HPF Contribution  600.00',
      'Total Pay Before  10,500.00',
      'PAYE Tax ......... 800.00',
    ].join('\n'), 'pay_slip');
    expect(values(r)).toMatchObject({ netPay: '9100.00', housingFund: '600.00', grossPay: '10500.00', incomeTax: '800.00' });
  });

  it('reads Chinese keys with a qualifier before or after the label', () => {
    const r = extract([
      '应发小计  １２，０００．００',
      '个人社会保险费  1,260.00',
      '代扣个人所得税  345.00',
      '借款人姓名：王小明',
    ].join('\n'), 'pay_slip', 'zh');
    expect(values(r)).toMatchObject({ grossPay: '12000.00', socialInsurance: '1260.00', incomeTax: '345.00' });
    const c = extract(['借款人姓名：王小明', '贷款偿还方式  等额本息'].join('\n'), 'loan_contract', 'zh');
    expect(values(c)).toMatchObject({ borrowerName: '王小明', repaymentMethod: '等额本息' });
  });

  it('reads a qualified Chinese key alone on its line, its value on the next', () => {
    const r = extract(['贷款入账账户', '6222 0212 3456 7890 128（中国工商银行）', '借款人应当按时还款。'].join('\n'), 'loan_contract', 'zh');
    expect(r.fields.disbursementAccount?.value).toBe('6222021234567890128');
    expect(r.fields.disbursementAccount?.evidence?.placement).toBe('next-line');
  });

  it('does not take the value for more key when it reads as the value', () => {
    // "Name Li Na" then a column gap: "Li Na" is the name, not part of the key.
    const r = extract('Employee Name Li Na    Department  Sales', 'pay_slip');
    expect(r.fields.employeeName?.value).toBe('LiNa');
  });
});

describe('one key, one field', () => {
  it('gives a key to the field whose label ends it', () => {
    const r = extract([
      '上期结余：5,000.00',
      '期末结余：6,000.00',
    ].join('\n'), 'bank_statement', 'zh');
    expect(values(r)).toMatchObject({ openingBalance: '5000.00', closingBalance: '6000.00' });
    const c = extract(['Repayment Term  24 months', 'Repayment Method  equal instalments'].join('\n'), 'loan_contract');
    expect(values(c)).toMatchObject({ termMonths: 24, repaymentMethod: 'equal instalments' });
  });

  it('lets a label in brackets qualify a key without taking it', () => {
    const r = extract(['Payee:  Lei Zhuge', 'HPF (Employee):  1,260.00'].join('\n'), 'pay_slip');
    expect(values(r)).toMatchObject({ employeeName: 'LeiZhuge', housingFund: '1260.00' });
  });

  it('takes bare words as keys only when a colon closes them', () => {
    const r = extract([
      'Date | Description | Credits | Debits | Balance',
      '2025-03-01 | Salary | 8,000.00 |  | 18,000.00',
      'Credits:  8,000.00',
    ].join('\n'), 'bank_statement');
    expect(r.fields.totalCredits?.value).toBe('8000.00');
    expect(r.fields.totalCredits?.evidence?.placement).toBe('inline');
    const header = extract(['Date | Description | Credits | Debits | Balance', '2025-03-01 | Salary | 8,000.00 |  | 18,000.00'].join('\n'), 'bank_statement');
    // A column header is not the total, and no printed figure elsewhere equals the sum.
    expect(header.fields.totalCredits).toBeUndefined();
  });

  it('does not read a bank name as a "bank" key with its value', () => {
    const r = extract(['Statement Issuer :  Bank of Communications, Chongqing Branch', 'Name on Account :  Qiang Chen'].join('\n'), 'bank_statement');
    expect(values(r)).toMatchObject({ bankName: 'BankofCommunications', accountHolder: 'QiangChen' });
    expect(r.fields.bankName?.evidence?.branch).toBe('Chongqing Branch');
  });

  it('takes no form word for a name', () => {
    const r = extract(['CUSTOMER STATEMENT', 'Account No.:  6222021234567890123'].join('\n'), 'bank_statement');
    expect(r.fields.accountHolder).toBeUndefined();
  });
});

describe('OCR\'d key-value lines', () => {
  it('reads past OCR noise: a semicolon for a colon, a stray character cell, blanks inside a figure', () => {
    const r = extract(['公积金;  1,728.00', '社会保险  本  2,667.00', '实发工资：  19 ,891 .32'].join('\n'), 'pay_slip', 'zh');
    expect(Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.value]))).toMatchObject({ housingFund: '1728.00', socialInsurance: '2667.00', netPay: '19891.32' });
  });

  it('prefers the longer wording where a short label starts the same key (公司名称 over 公司)', () => {
    const r = extract(['公 司 名 称：广州明德 教育咨询 集团有限公司', '实发工资：19,891.32'].join('\n'), 'pay_slip', 'zh');
    expect(r.fields.employerName?.value).toBe('广州明德教育咨询集团有限公司');
  });

  it('reads a wrapped key behind a stray opening quote mark', () => {
    // The key cell wraps ("Principal" over "Amount of Loan"), set at a cell's tight pitch.
    const page = syntheticPage(['‘Principal | USD 120,000.00', 'Amount of Loan'].join('\n'), 1, { pitch: 1.2 });
    expect(extractFields({ pages: [page], docType: 'loan_contract', language: 'en' }).fields.principal?.value).toBe('120000.00');
  });

  it('ends a wrapped value at a section heading numbered in Chinese (二、, （三）)', () => {
    const r = extract(['抵押物地址：江苏省苏州市工业园区星湖街328号5幢2单元1701室', '二、合同条款'].join('\n'), 'loan_contract', 'zh');
    expect(r.fields.collateralAddress?.value).toBe('江苏省苏州市工业园区星湖街328号5幢2单元1701室');
    const r2 = extract(['抵押物地址：江苏省苏州市工业园区星湖街328号5幢2单元1701室', '（三）还款方式'].join('\n'), 'loan_contract', 'zh');
    expect(r2.fields.collateralAddress?.value).toBe('江苏省苏州市工业园区星湖街328号5幢2单元1701室');
  });

  it('reads an employer title that OCR spaced out', () => {
    const r = extract(['广州  明 德 教育咨询 集团有限公司', '2025-09工资条', '实发工资：19,891.32'].join('\n'), 'pay_slip', 'zh');
    expect(r.fields.employerName?.value).toBe('广州明德教育咨询集团有限公司');
  });
});

describe('a key that ends a wrapped line of running text', () => {
  it('takes the value from the start of the next line, in both languages', () => {
    const zh = extract([
      '第三条 利率 本合同项下借款执行固定利率，年化利率为',
      '3.57%，在借款期限内不作调整。借款期限为十二个月，',
      '自实际放款之日起算。本合同其他条款不变动，双方确认。',
    ].join('\n'), 'loan_contract', 'zh');
    expect(zh.fields.annualRatePercent?.value).toBe('3.57');
    expect(zh.fields.annualRatePercent?.evidence?.placement).toBe('next-line');
    const en = extract([
      'Article 3 Interest. For the whole term of the loan the annual interest rate is',
      '4.15% and interest accrues daily on the principal outstanding from time to',
      'time, calculated on the basis of a year of 360 days and the actual days elapsed.',
    ].join('\n'), 'loan_contract');
    expect(en.fields.annualRatePercent?.value).toBe('4.15');
  });

  it('does not read a clause number or a short line as the carried value', () => {
    const heading = extract([
      '第三条 利率 本合同项下借款执行浮动利率，具体年化利率为',
      '3. 借款用途：借款人应将借款用于购买自住住房，不得挪用。',
    ].join('\n'), 'loan_contract', 'zh');
    expect(heading.fields.annualRatePercent?.value).toBeUndefined();
    // The key's line stops short of the right margin: the paragraph does not run on into the next line.
    const short = extract([
      '利率调整依照下列约定，年化利率为',
      '5%的上浮部分由双方另行协商确定，贷款人应当提前书面通知借款人并说明理由。',
    ].join('\n'), 'loan_contract', 'zh');
    expect(short.fields.annualRatePercent?.value).toBeUndefined();
  });
});

describe('running text that wraps inside a key term', () => {
  it('reads a carried value after a sub-clause number set with a wide gap', () => {
    const r = extract([
      '第二条 借款利率 2.1  经双方协商确定，本合同项下贷款的执行年利率为',
      '4.05%，按日计息，按月结息，在整个借款期间内保持固定不变。双方均',
      '同意上述利率条款，并确认已经充分理解其含义及对双方的法律后果。',
    ].join('\n'), 'loan_contract', 'zh');
    expect(r.fields.annualRatePercent?.value).toBe('4.05');
  });

  it('reads a loan period that wraps from one line onto the next', () => {
    // Printed running text: a full line of white space between lines (pitch 2 em), as contracts are set.
    const extract = (text: string, docType: DocType, language: Language = 'en') => extractFields({ pages: [syntheticPage(text, 1, { pitch: 2 })], docType, language });
    const zh = extract([
      '第三条 借款期限 本合同项下的借款期限为二十四个月，借款期间自2024年3月8日起至',
      '2026年3月7日止，具体以借款借据上记载的实际放款日期为准，借据与本合同具有同等效力。',
    ].join('\n'), 'loan_contract', 'zh');
    expect([zh.fields.startDate?.value, zh.fields.endDate?.value]).toEqual(['2024-03-08', '2026-03-07']);
    const en = extract([
      'Section 3 Term. The Loan is made for a period of twelve months, commencing on 9 April 2025 and ending on',
      '8 April 2026, both days inclusive, unless repaid earlier in accordance with this Agreement.',
    ].join('\n'), 'loan_contract');
    expect([en.fields.startDate?.value, en.fields.endDate?.value]).toEqual(['2025-04-09', '2026-04-08']);
  });

  it('does not join a next line that does not open with a date', () => {
    const r = extract([
      '第三条 借款期限 借款期限以借款借据记载为准，借款期间自放款之日起至',
      '借款人还清全部本息之日止，借款人应按时足额还款。2025年5月1日为首个还款日。',
    ].join('\n'), 'loan_contract', 'zh');
    expect(r.fields.endDate?.value).toBeUndefined();
  });
});
