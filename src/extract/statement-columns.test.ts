import { describe, expect, it } from 'vitest';
import { extractTransactions } from './transactions.js';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { findDates } from './values.js';
import { readSummaryLines } from './statement-summary.js';
import { fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';

const read = (pages: string[], opening?: string) =>
  extractTransactions(collectLines({ pages: pages.map((text, i) => syntheticPage(text, i + 1)) }), undefined, opening);
const signed = (pages: string[], opening?: string) => read(pages, opening).transactions.map((t) => [t.date, t.amount, t.balance]);

describe('columns in any order: balance before a signed amount, the date last', () => {
  it('reads zh rows whose date is the last cell, after the row number, description and counterparty', () => {
    const r = read([[
      '序号 | 摘要 | 对方户名 | 余额 | 交易金额 | 交易日期',
      '1 | 工资 | 杭州某某食品有限公司 | 1,500.00 | +500.00 | 20250105',
      '2 | 水费 |  | 1,400.00 | -100.00 | 2025.01.08',
    ].join('\n')]);
    expect(r.transactions.map((t) => [t.date, t.description, t.amount, t.balance])).toEqual([
      ['2025-01-05', '工资', '500.00', '1500.00'], ['2025-01-08', '水费', '-100.00', '1400.00'],
    ]);
  });

  it('reads en rows with day-month-year dates last and keeps a "+" amount a credit whatever the balance says', () => {
    expect(signed([[
      'No. | Details | Counterparty | Balance | Amount (+/-) | Date',
      '1 | ATM WITHDRAWAL |  | 900.00 | -100.00 | 03-Jan-2025',
      '2 | PAYROLL CREDIT | Acme Ltd | 1,400.00 | +500.00 | 05-Jan-2025',
      '3 | REFUND |  | 1,300.00 | +100.00 | 06-Jan-2025',
    ].join('\n')], '1000.00')).toEqual([
      ['2025-01-03', '-100.00', '900.00'], ['2025-01-05', '500.00', '1400.00'], ['2025-01-06', '100.00', '1300.00'],
    ]);
  });

  it('takes a typeset minus (U+2212) as the sign, even where the balance does not fit', () => {
    expect(signed([['Date | Details | Amount (+/−) | Balance', '2025-01-03 | FEE | −100.00 | 950.00', '2025-01-04 | REFUND | +50.00 | 1,000.00'].join('\n')], '1000.00')).toEqual([
      ['2025-01-03', '-100.00', '950.00'], ['2025-01-04', '50.00', '1000.00'],
    ]);
  });

  it('still refuses a line whose words start under the date column', () => {
    expect(signed([['No. | Details | Balance | Amount | Date', '1 | FEE | 990.00 | -10.00 | 2025-01-03', 'Printed on 2025-06-30 | | 5.00 | 10.00'].join('\n')])).toHaveLength(1);
  });
});

describe('passbook printouts: header once, opening row, totals row', () => {
  const page1 = [
    '日期 | 摘要 | 支取 | 存入 | 结余 | 网点/柜员',
    ' | 承前结余 |  |  | 1,000.00',
    '20250302 | 网上支付 | 300.00 |  | 700.00 | 1000/A10',
  ].join('\n');
  const page2 = [
    '20250305 | 代发工资 |  | 500.00 | 1,200.00 | 1037/B17',
    ' | 合计 | 300.00 | 500.00 | 1,200.00',
  ].join('\n');

  it('signs 支取 as money out and carries the first page\'s columns onto a page without a header', () => {
    const r = read([page1, page2]);
    expect(r.transactions.map((t) => [t.date, t.amount, t.balance])).toEqual([['2025-03-02', '-300.00', '700.00'], ['2025-03-05', '500.00', '1200.00']]);
    expect(r.openingRow?.value).toBe('1000.00');
    expect([r.totalsRow?.debits?.value, r.totalsRow?.credits?.value, r.totalsRow?.balance?.value]).toEqual(['300.00', '500.00', '1200.00']);
  });

  it('takes opening, closing and totals from those rows, not the amount under the 结余 header', () => {
    const r = extractFields({ pages: [syntheticPage(page1, 1), syntheticPage(page2, 2)], docType: 'bank_statement', language: 'zh' });
    const v = fieldValues(r);
    expect([v.openingBalance, v.closingBalance, v.totalDebits, v.totalCredits]).toEqual(['1000.00', '1200.00', '300.00', '500.00']);
  });

  it('reads an English "Balance brought forward" row and a "Totals" row alike', () => {
    const r = read([[
      'Date | Description | Withdrawals | Deposits | Balance',
      ' | Balance brought forward |  |  | 50.00',
      '2024-02-07 | CARD | 20.00 |  | 30.00',
      ' | Totals | 20.00 | 0.00 | 30.00',
    ].join('\n')]);
    expect(r.openingRow?.value).toBe('50.00');
    expect([r.totalsRow?.debits?.value, r.totalsRow?.credits?.value]).toEqual(['20.00', '0.00']);
  });

  it('reads no totals from a signed amount column, whose sum names no side', () => {
    const r = read([['Date | Details | Amount | Balance', '2025-01-02 | FEE | -10.00 | 90.00', ' | Total | -10.00 | 90.00'].join('\n')], '100.00');
    expect(r.totalsRow).toBeUndefined();
  });
});

describe('summary lines of bare labels', () => {
  const lines = (text: string) => collectLines({ pages: [syntheticPage(text)] });

  it('reads "Money in" / "Money out" and a summary box beside the header', () => {
    const block = readSummaryLines(lines(['Previous balance  41,222.21', 'Money in  68,313.93', 'Money out  43,506.66'].join('\n')));
    expect([block.totalCredits?.value, block.totalDebits?.value]).toEqual(['68313.93', '43506.66']);
    const box = readSummaryLines(lines(['WANG Yong  Deposits & Credits  40,524.96', 'Member account 6217  Withdrawals & Debits  27,631.24'].join('\n')));
    expect([box.totalCredits?.value, box.totalDebits?.value]).toEqual(['40524.96', '27631.24']);
  });

  it('takes no row of the table, nor a header word in prose', () => {
    expect(readSummaryLines(lines(['02/07/2024  Deposits  19,533.43', 'Deposits made after 5 pm are credited the next day 12.00'].join('\n')))).toEqual({});
  });
});

describe('statement periods joined by a spaced dash', () => {
  it('reads both ends of "Jul 1, 2025 - Sep 30, 2025"', () => {
    expect(findDates('Statement dates: Jul 1, 2025 - Sep 30, 2025', 'MDY').map((d) => d.value)).toEqual(['2025-07-01', '2025-09-30']);
    expect(findDates('2024-Aug-05  2024 Sep 3').map((d) => d.value)).toEqual(['2024-08-05', '2024-09-03']);
  });
});
