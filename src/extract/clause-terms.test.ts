import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import type { Line, Page } from '../model/document.js';

/**
 * A text-layer page whose lines print one blank between cells however wide the gap between their
 * boxes: each cell is [x, text], words 20 px high, a Latin character 10 px and a Han one 20 px wide.
 */
function textLayerPage(rows: { y: number; cells: [number, string][] }[]): Page {
  const lines: Line[] = rows.map(({ y, cells }) => {
    const words = cells.map(([x, text]) => ({ text, bbox: [x, y, [...text].reduce((w, c) => w + (/[\u4e00-\u9fff]/u.test(c) ? 20 : 10), 0), 20] as [number, number, number, number], confidence: 99 }));
    const x1 = Math.max(...words.map((w) => w.bbox[0] + w.bbox[2]));
    return { text: cells.map(([, t]) => t).join(' '), bbox: [words[0]!.bbox[0], y, x1 - words[0]!.bbox[0], 20], confidence: 99, words };
  });
  return { index: 1, width: 1600, height: 2200, dpi: 144, source: 'text-layer', sourceReason: 'test', lines };
}

const contract = (text: string, language: 'en' | 'zh' = 'en') => fieldValues(extractText(text, 'loan_contract', language));
const slip = (text: string, language: 'en' | 'zh' = 'en') => fieldValues(extractText(text, 'pay_slip', language));

describe('key terms run on as numbered sub-clauses of one article', () => {
  it('ends a value where the next numbered sub-clause begins', () => {
    const v = contract(['Section 4 Facility', '4.1 Sum Advanced: USD 50,000.00. 4.2 Method of Repayment: bullet repayment at maturity. 4.3 The Bank may review the facility once a year.'].join('\n'));
    expect(v.repaymentMethod).toBe('bullet repayment at maturity');
    expect(v.principal).toBe('50000.00');
  });

  it('does not cut a dotted date that looks like a sub-clause number', () => {
    expect(contract('Signed on: 2022.7.15').signingDate).toBe('2022-07-15');
    expect(contract('Interest: fixed rate p.a. 4.35 per cent').annualRatePercent).toBe('4.35');
  });

  it('reads a Chinese key stated with 为 after a clause number, and not the same words in prose', () => {
    const v = contract('第三条 借款要素\n3.1 贷款偿还方式为按季付息,到期还本。3.2 甲方有权监督借款用途。', 'zh');
    expect(v.repaymentMethod).toBe('按季付息,到期还本');
    expect(contract('乙方应按本合同约定的还款方式按月偿还借款本息。', 'zh').repaymentMethod).toBeUndefined();
  });
});

describe('party roles', () => {
  it('names a party by its role when the letter follows after a slash', () => {
    // Letters the other way round from most contracts: the role decides, not the letter.
    const v = contract('出借人/乙方:  华夏银行股份有限公司南京鼓楼支行\n借款人/甲方:  王晓东', 'zh');
    expect(v).toMatchObject({ lenderName: '华夏银行股份有限公司南京鼓楼支行', borrowerName: '王晓东' });
  });

  it("leaves a name owned by another party's key (Employer's Name) to that party", () => {
    expect(slip("Employer's Name: Harbour Freight Logistics  Staff ID: 8812\nEmployee: Chen Yu").employeeName).toBe('ChenYu');
    expect(slip("Employee's Name: Chen Yu").employeeName).toBe('ChenYu');
    expect(slip('Name: Harbour Freight Co., Ltd. Grade 3').employeeName).toBeUndefined();
  });
});

describe('dates', () => {
  it('takes the day/month order the document states', () => {
    expect(contract('Dates below are given as DD/MM/YYYY.\nSigning Date: 03/04/2022').signingDate).toBe('2022-04-03');
    expect(contract('Dates below are given as MM/DD/YYYY.\nSigning Date: 03/04/2022').signingDate).toBe('2022-03-04');
    expect(contract('Signing Date: 03/04/2022').signingDate).toBeUndefined();
  });

  it('takes the last day of a span under a start/end key, the one date otherwise', () => {
    expect(contract('Start/End Date: from 2024-01-10 to 2025-01-09').endDate).toBe('2025-01-09');
    expect(contract('Maturity Date: 2025-01-09, subject to extension').endDate).toBe('2025-01-09');
    // The span cut by the line's end: its last day is the first date of the next line.
    const cut = contract(['Key dates: 1st term commences; Start/End Date: from 2024-01-10 to', '2025-01-09, or the actual drawdown date.'].join('\n'));
    expect(cut).toMatchObject({ startDate: '2024-01-10', endDate: '2025-01-09' });
  });
});

describe('labels above values in ruled boxes', () => {
  it('reads a bracketed label word and a value under the qualifier of its key', () => {
    const v = contract(['Nominal Rate (p.a.) | Tenor (months)', '5.25% per annum | 24 months', 'Charged (Property)', 'Flat 3B, No. 18 Harbour Road, Wan Chai'].join('\n'));
    expect(v).toMatchObject({ annualRatePercent: '5.25', termMonths: 24, collateralAddress: 'Flat3B,No.18HarbourRoad,WanChai' });
  });
});

describe('values in boxes that wrap inside their box', () => {
  it('reads the rest of a boxed value from the tight line under its first character', () => {
    const page = syntheticPage(['Lending Institution | Registered Office', 'Bank of Ningbo Co., Ltd. | No. 8 Beihuan Road', 'Cixi Sub-branch | Cixi, Zhejiang'].join('\n'), 1, { pitch: 1.2 });
    expect(fieldValues(extractFields({ pages: [page], docType: 'loan_contract', language: 'en' })).lenderName).toBe('BankofNingboCo.,Ltd.CixiSub-branch');
  });

  it('reads a period wrapped inside its box, with another box beside it', () => {
    const page = syntheticPage(['开户网点 | 查询起止日期 | 币种', '宁波银行慈溪支行 | 2023年1月1日至2023年3月 | 人民币', ' | 31日 | '].join('\n'), 1, { pitch: 1.2 });
    expect(fieldValues(extractFields({ pages: [page], docType: 'bank_statement', language: 'zh' }))).toMatchObject({ periodStart: '2023-01-01', periodEnd: '2023-03-31' });
  });

  it('leaves a loose line under a box alone', () => {
    // The next line stands a row apart: no wrap of the box above.
    const page = syntheticPage(['Lending Institution | Registered Office', 'Bank of Ningbo Co., Ltd. | No. 8 Beihuan Road', 'Cixi Sub-branch | Cixi, Zhejiang'].join('\n'), 1, { pitch: 2 });
    expect(fieldValues(extractFields({ pages: [page], docType: 'loan_contract', language: 'en' })).lenderName).toBe('BankofNingboCo.,Ltd.');
  });
});

describe('an address in prose after a cue word', () => {
  it('reads "… Property at <address>", and not "at" followed by no address', () => {
    const text = ['2.6 The Facility is secured by a legal charge over the Charged Property at Flat 3B, 18 Harbour Road, Wan Chai,', 'Hong Kong.'].join('\n');
    expect(contract(text).collateralAddress).toBe('Flat3B,18HarbourRoad,WanChai,HongKong');
    expect(contract('The Lender may inspect the Charged Property at any time on notice.').collateralAddress).toBeUndefined();
  });
});

describe('amount in words cut by the line end after its first number word', () => {
  it('reads the words on into the next line', () => {
    const r = extractText(['Principal: USD 2,300.00 (in words: US DOLLARS TWO', 'THOUSAND THREE HUNDRED ONLY)'].join('\n'), 'loan_contract', 'en');
    expect(r.amountWords.map((w) => w.amount)).toEqual(['2300.00']);
    expect(extractText('Number of originals: ONE', 'loan_contract', 'en').amountWords).toEqual([]);
  });
});

describe('a wide pay slip table: group headings over wrapped item headers over one row of values', () => {
  const page = (text: string) => syntheticPage(text, 1, { pitch: 1.2 });
  const values = (text: string) => fieldValues(extractFields({ pages: [page(text)], docType: 'pay_slip', language: 'en' }));

  it('joins a header a narrow column broke inside a word, and reads each column', () => {
    const text = [
      'Staff | Pay | Withheld | Withheld | Paid',
      '',
      'Employee | Gross | Provi | Income | Net',
      // Wrapped pieces sit centred under their headers, off the columns' left edges, as a wide table sets them.
      ' |   Earnings |   dent Fund |   Tax |   Salary',
      'Wang Fei | 9,000.00 | 450.00 | 310.00 | 8,240.00',
    ].join('\n');
    expect(values(text)).toMatchObject({ employeeName: 'WangFei', grossPay: '9000.00', housingFund: '450.00', incomeTax: '310.00', netPay: '8240.00' });
  });

  it('parts cells by the gap between their boxes where the text layer prints one blank', () => {
    const xs = [100, 300, 500, 700, 900];
    const row = (y: number, texts: string[]) => ({ y, cells: texts.map((t, k) => [xs[k]!, t] as [number, string]) });
    const page = textLayerPage([
      row(100, ['领款人', '应发合计', '代扣个税', '扣款合计', '实发工资']),
      row(140, ['周宁', '8,800.00', '120.00', '1,300.00', '7,500.00']),
    ]);
    expect(fieldValues(extractFields({ pages: [page], docType: 'pay_slip', language: 'zh' }))).toMatchObject({
      employeeName: '周宁', grossPay: '8800.00', incomeTax: '120.00', totalDeductions: '1300.00', netPay: '7500.00',
    });
    // Words one blank apart inside a cell stay one cell: a sentence is no band.
    const prose = textLayerPage([{ y: 100, cells: [[100, '实发工资'], [182, '以'], [204, '银行'], [246, '到账'], [290, '为准']] }, row(140, ['1', '2', '3', '4', '5'])]);
    expect(fieldValues(extractFields({ pages: [prose], docType: 'pay_slip', language: 'zh' })).netPay).toBeUndefined();
  });

  it('reads a Chinese wide table whose headers wrap under group headings', () => {
    const text = ['人员 | 收入 | 代扣 | 到手', '', '领薪人 | 应发工资 | 个人所得 | 扣除项合计 | 本月实领', ' |   合计 |   税(代扣) |  | ', '刘洋 | 12,000.00 | 520.00 | 1,900.00 | 10,100.00'].join('\n');
    const v = fieldValues(extractFields({ pages: [page(text)], docType: 'pay_slip', language: 'zh' }));
    expect(v).toMatchObject({ employeeName: '刘洋', grossPay: '12000.00', incomeTax: '520.00', totalDeductions: '1900.00', netPay: '10100.00' });
  });
});
