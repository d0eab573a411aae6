import { describe, expect, it } from 'vitest';
import { extractTransactions } from './transactions.js';
import { collectLines } from './lines.js';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';

const rows = (text: string, opening?: string) =>
  extractTransactions(collectLines({ pages: [syntheticPage(text)] }), undefined, opening).transactions;
const signed = (text: string, opening?: string) => rows(text, opening).map((t) => [t.date, t.amount, t.balance]);

/** A page whose lines sit at the given tops (px, line height 30): wrapped cells stand closer than rows. */
function placed(lines: [number, string][], opening?: string) {
  const page = syntheticPage(lines.map(([, t]) => t).join('\n'));
  page.lines.forEach((line, i) => {
    const dy = lines[i]![0] - line.bbox[1];
    line.bbox = [line.bbox[0], line.bbox[1] + dy, line.bbox[2], line.bbox[3]];
    for (const w of line.words) w.bbox = [w.bbox[0], w.bbox[1] + dy, w.bbox[2], w.bbox[3]];
  });
  return extractTransactions(collectLines({ pages: [page] }), undefined, opening).transactions;
}

describe('row numbers before the date', () => {
  it('reads rows that a serial-number column opens', () => {
    expect(signed([
      'Seq | Value Date | Narrative | Withdrawal | Deposit | Balance',
      '1 | 2025-06-02 | Interest |  | 3.20 | 1,003.20',
      '2 | 2025-06-05 | Card fee | 15.00 |  | 988.20',
    ].join('\n'), '1000.00')).toEqual([['2025-06-02', '3.20', '1003.20'], ['2025-06-05', '-15.00', '988.20']]);
    expect(signed([
      '编号 | 记账日 | 用途 | 存入 | 取出 | 余额',
      '11 | 2025-06-02 | 利息 | 3.20 |  | 1,003.20',
      '12 | 2025-06-08 | 物业费 |  | 300.00 | 703.20',
    ].join('\n'), '1000.00')).toEqual([['2025-06-02', '3.20', '1003.20'], ['2025-06-08', '-300.00', '703.20']]);
  });

  it('still refuses a line with words before its date', () => {
    expect(rows(['Date | Details | Amount | Balance', 'Printed on 2025-06-30 | Summary | 5.00 | 10.00'].join('\n'))).toEqual([]);
  });
});

describe('subtotal rows', () => {
  it('drops dated rows that sum the rows above them, in either language', () => {
    const zh = rows([
      '日期 | 用途 | 存入 | 取出 | 余额',
      '2025-06-02 | 利息 | 3.20 |  | 1,003.20',
      '2025-06-30 | 当月合计 | 3.20 | 0.00 | 1,003.20',
      '2025-06-30 | 过次页 | 3.20 |  | 1,003.20',
    ].join('\n'), '1000.00');
    expect(zh.map((t) => t.description)).toEqual(['利息']);
    const en = rows([
      'Date | Narrative | Debit | Credit | Balance',
      '2025-06-05 | Card fee | 15.00 |  | 985.00',
      '2025-06-30 | Sub-total: | 15.00 | 0.00 | 985.00',
      '2025-06-30 | Total for the month | 15.00 | 0.00 | 985.00',
      '2025-06-30 | Carried forward | 15.00 |  | 985.00',
    ].join('\n'), '1000.00');
    expect(en.map((t) => t.description)).toEqual(['Card fee']);
  });

  it('keeps real transactions whose description mentions a total', () => {
    const r = rows([
      'Date | Narrative | Debit | Credit | Balance',
      '2025-06-05 | 物业费合计缴纳 | 500.00 |  | 500.00',
      '2025-06-06 | TOTAL FUEL STATION | 40.00 |  | 460.00',
      '2025-06-07 | Page total refund |  | 10.00 | 470.00',
    ].join('\n'), '1000.00');
    expect(r.map((t) => [t.description, t.amount])).toEqual([['物业费合计缴纳', '-500.00'], ['TOTAL FUEL STATION', '-40.00'], ['Page total refund', '10.00']]);
  });
});

describe('Dr/Cr marker columns and CR/DR balances', () => {
  it('signs unsigned amounts by a dotted "Dr./Cr." column and reads a DR balance as overdrawn', () => {
    expect(signed([
      'Date | Particulars | Amount | Dr./Cr. | Running Bal.',
      '2025-04-01 | Rent | 150.00 | DR | 50.00 DR',
      '2025-04-03 | Wages | 200.00 | CR | 150.00 CR',
      '2025-04-09 | Cash | 20.00 | Dr. | 130.00 Cr',
    ].join('\n'), '100.00')).toEqual([['2025-04-01', '-150.00', '-50.00'], ['2025-04-03', '200.00', '150.00'], ['2025-04-09', '-20.00', '130.00']]);
  });

  it('does not take a marker column right of the balance for the balance\'s own mark', () => {
    expect(signed([
      'Date | Particulars | Amount | Balance | Dr/Cr',
      '2025-04-01 | Rent | 150.00 | 850.00 | DR',
      '2025-04-03 | Wages | 200.00 | 1,050.00 | CR',
    ].join('\n'), '1000.00')).toEqual([['2025-04-01', '-150.00', '850.00'], ['2025-04-03', '200.00', '1050.00']]);
  });
});

describe('descriptions that wrap, beside stacked date and time cells', () => {
  it('joins the wrapped pieces under the description and passes over the time under the date', () => {
    const r = placed([
      [100, 'Posted | Details | Amount | Balance'],
      [200, '2025-07-01 | CARD PAYMENT COFFEE | 4.50 | 995.50'],
      [230, '08:15 | HOUSE REF 5521'],
      [300, '2025-07-02 | 电力公司缴费(网 | 120.00 | 875.50'],
      [330, '10:02 | 上缴费)'],
      [400, '2025-07-03 | TRANSFER | 10.00 | 865.50'],
      [430, '11:40'],
    ], '1000.00');
    expect(r.map((t) => [t.description, t.amount])).toEqual([
      ['CARD PAYMENT COFFEE HOUSE REF 5521', '-4.50'], ['电力公司缴费(网上缴费)', '-120.00'], ['TRANSFER', '-10.00'],
    ]);
  });

  it('leaves a footnote or a page-total line below the last row out of its description', () => {
    const r = placed([
      [100, 'Posted | Details | Amount | Balance'],
      [200, '2025-07-01 | SHOP | 4.50 | 995.50'],
      [230, 'Page total | | 4.50'],
      [300, '2025-07-02 | CAFE | 3.00 | 992.50'],
      [330, 'Figures in this statement are shown for information only'],
    ], '1000.00');
    expect(r.map((t) => t.description)).toEqual(['SHOP', 'CAFE']);
  });

  it('drops a value-date cell that wrapped inside the description area', () => {
    const r = placed([
      [100, 'Booked | Value | Details | Amount | Balance'],
      [200, '2025-08-01 | 2025/08/0 | RENT | 900.00 | 100.00'],
      [230, ' | 1 | '],
    ], '1000.00');
    expect(r.map((t) => t.description)).toEqual(['RENT']);
  });

  it('keeps a counterparty column between description and amounts out of the description', () => {
    const r = placed([
      [100, 'Date | Details | Payee | Amount | Balance'],
      [200, '2025-09-01 | Transfer | ACME TRADING | 100.00 | 1,100.00'],
      [230, ' |  | LIMITED'],
      [300, '2025-09-02 | 代扣 | 某某物业服务有 | 80.00 | 1,020.00'],
      [330, ' |  | 限公司'],
    ], '1000.00');
    expect(r.map((t) => [t.description, t.amount])).toEqual([['Transfer', '100.00'], ['代扣', '-80.00']]);
  });
});

describe('statement summary fields', () => {
  it('reads a summary block with counts beside its totals (zh)', () => {
    const f = fieldValues(extractText([
      '活期账户明细',
      '期初存款余额 | 贷方笔数 | 贷方合计 | 借方笔数 | 借方合计 | 本期账面结余',
      '12,000.00 | 4 | 5,000.00 | 7 | 2,345.60 | 14,654.40',
    ].join('\n'), 'bank_statement', 'zh'));
    expect(f).toMatchObject({ openingBalance: '12000.00', totalCredits: '5000.00', totalDebits: '2345.60', closingBalance: '14654.40' });
  });

  it('takes no statement total from a page or part subtotal', () => {
    const zh = fieldValues(extractText(['活期账户明细', '本页收入合计:1,200.00  本页支出合计:300.00'].join('\n'), 'bank_statement', 'zh'));
    expect([zh.totalCredits, zh.totalDebits]).toEqual([undefined, undefined]);
    const en = fieldValues(extractText(['Account Statement', 'Page total credits: 1,200.00', 'Sub-total debits: 300.00', 'Total debits: 2,300.00'].join('\n'), 'bank_statement', 'en'));
    expect([en.totalCredits, en.totalDebits]).toEqual([undefined, '2300.00']);
  });

  it('tells a closing balance labelled "as at the statement date" from the opening one (en)', () => {
    const f = fieldValues(extractText([
      'Rural Commercial Bank of Jiangsu  Account Statement',
      'Name of the Account: Chen Lu',
      'Period: 2025-Mar-01 to 2025-May-31',
      'Opening Balance: 1,000.00  Balance as at Statement Date: 1,234.00',
    ].join('\n'), 'bank_statement', 'en'));
    expect(f).toMatchObject({ bankName: 'RuralCommercialBankofJiangsu', accountHolder: 'ChenLu', periodStart: '2025-03-01', periodEnd: '2025-05-31', openingBalance: '1000.00', closingBalance: '1234.00' });
  });
});

describe('statement periods', () => {
  const period = (line: string, language: 'zh' | 'en') => {
    const f = fieldValues(extractText(['Account Statement', line, 'Opening Balance: 10.00'].join('\n'), 'bank_statement', language));
    return [f.periodStart, f.periodEnd];
  };

  it('fills in the year an end of the span leaves to the other', () => {
    expect(period('Statement covers 3 March to 2 May 2025', 'en')).toEqual(['2025-03-03', '2025-05-02']);
    expect(period('For the period Nov 15 – Jan 14, 2026', 'en')).toEqual(['2025-11-15', '2026-01-14']);
    expect(period('对账期间：2025年10月1日至12月31日', 'zh')).toEqual(['2025-10-01', '2025-12-31']);
  });

  it('reads year, month word, day dates (2025-Mar-03)', () => {
    expect(period('Period: 2025-Mar-03 to 2025-Jun-02', 'en')).toEqual(['2025-03-03', '2025-06-02']);
  });

  it('takes no year-less day that no span joins to a dated end', () => {
    expect(period('Card renewed 3 March; statement date 2 May 2025', 'en')).toEqual([undefined, undefined]);
  });
});
