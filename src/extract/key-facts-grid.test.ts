import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { splitGridColumns } from './grid-columns.js';
import { findAmountWords } from './amount-words.js';
import { fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import type { Language } from '../model/schema.js';

const contract = (lines: string[], language: Language, pitch?: number) =>
  fieldValues(extractFields({ pages: [syntheticPage(lines.join('\n'), 1, { pitch })], docType: 'loan_contract', language }));

describe('key-facts grids: labels in a row of cells, values in the row below', () => {
  // Cells 450 px apart; the middle label's words and the middle value's words line up across rows by chance.
  const grid = [
    'Contract No. | Name of Borrower | Borrower ID (PRC)',
    'LN-2025-00311 | Wei Anderson | 110101198001010011',
    'Fixed Rate p.a. | Loan Term | Repayment',
    '4.10% | 36 months | equal monthly instalments of principal and',
    ' |  | interest over the whole term',
    'First Day of Term | Last Day of Term | Contract Date',
    '05-Mar-2025 | 04-Mar-2028 | 01-Mar-2025',
  ];

  it('keeps a header row and a value row whole, however their words line up', () => {
    const lines = collectLines({ pages: [syntheticPage(grid.join('\n'), 1, { pitch: 1.2 })] });
    expect(splitGridColumns(lines).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('reads a full English name, first and last day of the term, and a value wrapped over lines in its box', () => {
    expect(contract(grid, 'en', 1.2)).toMatchObject({
      borrowerName: 'WeiAnderson',
      startDate: '2025-03-05',
      endDate: '2028-03-04',
      repaymentMethod: 'equal monthly instalments of principal and interest over the whole term',
      signingDate: '2025-03-01',
    });
  });

  it('reads a value wrapped in its box on a line set with wide leading, in Chinese too', () => {
    expect(contract([
      '年利率（固定） | 借款期限 | 还款方式',
      '5.76% | 7个月 | 每期等额偿还本金，利息按剩余',
      ' |  | 本金计算',
      '借款起始日 | 借款到期日 | 签约日期',
      '2023年06月28日 | 2024年01月27日 | 2023年06月28日',
    ], 'zh', 1.7)).toMatchObject({ repaymentMethod: '每期等额偿还本金，利息按剩余本金计算', startDate: '2023-06-28', endDate: '2024-01-27' });
  });
});

describe('a value in a box does not wrap into the next row of labels', () => {
  it('stops the lender\'s name where the next row of keys begins, set tight below it', () => {
    expect(contract([
      '贷款人 | 币种',
      '中国银行杭州西湖支行 | 人民币',
      '借款金额（小写） | 借款金额（大写）',
      'RMB1,048,381.28 | 壹佰零肆万捌仟叁佰捌拾壹圆贰角捌分',
    ], 'zh', 1.2)).toMatchObject({ lenderName: '中国银行杭州西湖支行', principal: '1048381.28' });
  });
});

describe('loan receipts (借据): the receipt number is not the contract number', () => {
  it('takes the contract number the receipt names, and its own number only when it names none', () => {
    const receipt = [
      '个人贷款借款借据',
      '借据号：JJ20240048142  经办行：交通银行股份有限公司成都武侯支行',
      '借款人 | 证件号码 | 借款合同编号 | 贷款人',
      '朱建华 | 330108196806043844 | BOCOM（2024）房贷字48142号 | 交通银行股份有限公司成都武侯支行',
    ];
    expect(contract(receipt, 'zh').contractNumber).toBe('BOCOM（2024）房贷字48142号');
    expect(contract(receipt.slice(0, 2), 'zh').contractNumber).toBe('JJ20240048142');
    expect(contract(['Drawdown Receipt', 'IOU No.: DR-2025-7781', 'Contract No.: HL/2025/0093'], 'en').contractNumber).toBe('HL/2025/0093');
  });
});

describe('amounts in words beside figures', () => {
  it('does not open Chinese words with the 元 that closes the figure in the cell before', () => {
    const lines = collectLines({ pages: [syntheticPage('借款金额（小写） | 借款金额（大写）\n2372258.00元 | 贰佰叁拾柒万贰仟贰佰伍拾捌元正')] });
    expect(findAmountWords(lines).map((w) => [w.text, w.amount])).toEqual([['贰佰叁拾柒万贰仟贰佰伍拾捌元正', '2372258.00']]);
  });

  it('reads cents in figures after English words, wrapped onto the next line', () => {
    const lines = collectLines({ pages: [syntheticPage('HKD4,739,838.51  HONG KONG DOLLARS FOUR MILLION SEVEN HUNDRED THIRTY-NINE\nTHOUSAND EIGHT HUNDRED THIRTY-EIGHT AND 51 CENTS', 1, { pitch: 1.2 })] });
    expect(findAmountWords(lines).map((w) => w.amount)).toEqual(['4739838.51']);
  });
});
