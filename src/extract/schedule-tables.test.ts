import { describe, expect, it } from 'vitest';
import { extractText, fieldValues } from '../../test/support/synthetic-page.js';
import type { DocType, Language } from '../model/schema.js';
import { classifyDocType } from '../classify/doc-type.js';
import { readMoney } from './values.js';
import { parseMoney } from './parse/money.js';

const extract = (lines: string[], docType: DocType, language: Language = 'en') => fieldValues(extractText(lines.join('\n'), docType, language));

describe('key-terms tables with item numbers and wrapping cells', () => {
  it('reads keys after a bare item number, in either language', () => {
    expect(extract(['借款合同', '序号 项目  内容', '11 房产坐落  江苏省南京市鼓楼区中山路66号3幢1201室', '12 签署日期  2024.11.20'], 'loan_contract', 'zh'))
      .toMatchObject({ collateralAddress: '江苏省南京市鼓楼区中山路66号3幢1201室', signingDate: '2024-11-20' });
    expect(extract(['LOAN AGREEMENT', 'No.  Item  Detail', '9  Date of the Agreement  3 April 2024'], 'loan_contract')).toMatchObject({ signingDate: '2024-04-03' });
  });

  it('reads rows whose cell borders OCR read as "|", and takes no rule speck for a wrapped value', () => {
    expect(extract([
      'LOAN AGREEMENT',
      '1 | Lender  Bank of Jiangsu Co., Ltd.',
      '2 | Loan Amount  USD 50,000.00',
      '9 | Repayment Method  monthly annuity of principal and interest, paid in arrears',
      '    |',
    ], 'loan_contract')).toMatchObject({ principal: '50000.00', repaymentMethod: 'monthly annuity of principal and interest, paid in arrears' });
  });

  it('follows a value down its cell past the key label wrapping beside it', () => {
    expect(extract([
      'MORTGAGE LOAN AGREEMENT',
      '7  Charged Property | Unit 5, Block C, No. 18 Binjiang',
      '   Address | Avenue, Xihu District, Hangzhou,',
      ' | Zhejiang',
      '8  Tenor | 24 months',
    ], 'loan_contract')).toMatchObject({ collateralAddress: 'Unit5,BlockC,No.18BinjiangAvenue,XihuDistrict,Hangzhou,Zhejiang', termMonths: 24 });
  });

  it('does not take the next row of a plain key-value table as a wrap', () => {
    const r = extract([
      'LOAN AGREEMENT',
      'Property Address | Unit 5, Block C, No. 18 Binjiang Avenue,',
      'Registered Office | No. 1 Bund Road, Shanghai',
    ], 'loan_contract');
    expect(r.collateralAddress).toBe('Unit5,BlockC,No.18BinjiangAvenue');
  });

  it('joins an English amount in words over three lines of its cell', () => {
    const r = extractText([
      'LOAN AGREEMENT',
      '2  Loan Amount | USD 1,200,050.25',
      '3  Loan Amount | SAY US DOLLARS ONE MILLION TWO HUNDRED',
      '   (in words) | THOUSAND AND FIFTY AND',
      ' | CENTS TWENTY FIVE ONLY',
      '4  Currency: | US Dollars',
    ].join('\n'), 'loan_contract', 'en');
    expect(r.fields.principalInWords?.evidence?.value).toBe('1200050.25');
  });

  it('reads a reference cut after a slash and finished flush right on the next line, beside other text', () => {
    expect(extract([
      'Bank of Qingdao Co., Ltd.  Contract No.: HL/2025/',
      'Laoshan Sub-branch, Qingdao, Shandong  QD/004512',
      'HOME LOAN AGREEMENT',
    ], 'loan_contract')).toMatchObject({ contractNumber: 'HL/2025/QD/004512' });
  });
});

describe('pay slips: qualifiers in brackets, registers with one data row', () => {
  it('keeps a bracketed qualifier with its key', () => {
    expect(extract(['PAY STATEMENT', 'Description  This Month  Year to Date', 'Social Insurance (employee part)  420.00  1,260.00', 'Net Pay  5,000.00  15,000.00'], 'pay_slip'))
      .toMatchObject({ socialInsurance: '420.00', netPay: '5000.00' });
  });

  it('classifies and reads a one-row payroll register with abbreviated headers', () => {
    const text = [
      'SALARY REGISTER',
      'Prepared by: Ningbo Haitian Trading Co., Ltd.  Payroll month: 09/2025',
      'Name | Gross | Soc. Ins. | IIT | Total Ded. | Net Paid',
      'Mei Lin | 12,000.00 | 960.00 | 310.00 | 1,270.00 | 10,730.00',
    ];
    expect(classifyDocType(text.join('\n'), text.slice(0, 2).join('\n')).docType).toBe('pay_slip');
    expect(extract(text, 'pay_slip')).toMatchObject({ grossPay: '12000.00', socialInsurance: '960.00', incomeTax: '310.00', totalDeductions: '1270.00', netPay: '10730.00' });
  });
});

describe('statement headers: grids of bare keys, letterheads beside titles', () => {
  it('reads a holder from a grid of key and value cells, and a bank name up to the column gap', () => {
    expect(extract([
      'Bank of Suzhou  Savings Account Statement',
      'Client  WANG Fang  Account No.  6222 0210 0112 3456 789',
    ], 'bank_statement')).toMatchObject({ accountHolder: 'WANGFang', bankName: 'BankofSuzhou' });
  });

  it('does not take the A of A/C as part of a name', () => {
    expect(extract(['ACCOUNT STATEMENT', 'Account Name LIU Yang A/C 6222021234567890123 CCY HKD'], 'bank_statement')).toMatchObject({ accountHolder: 'LIUYang' });
  });
});

describe('bracketed list numbers are not money', () => {
  it('reads (2) at the end of a line as no amount, but keeps accounting negatives', () => {
    expect(readMoney('the documents listed in paragraph (2)', '')).toBeNull();
    expect(readMoney('应提交下列材料(3)', '')).toBeNull();
    expect(parseMoney('(12)')).toBeNull();
    expect(parseMoney('(1,200.00)')?.value).toBe('-1200.00');
    expect(parseMoney('(¥2)')?.value).toBe('-2.00');
    expect(parseMoney('(2.50)')?.value).toBe('-2.50');
  });
});
