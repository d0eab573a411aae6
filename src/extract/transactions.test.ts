import { describe, expect, it } from 'vitest';
import { extractTransactions } from './transactions.js';
import { collectLines } from './lines.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

const rows = (text: string, opening?: string) => {
  const result = extractTransactions(collectLines({ pages: [syntheticPage(text)] }), undefined, opening);
  return { ...result, signed: result.transactions.map((t) => [t.amount, t.balance]) };
};

describe('statement rows signed by their running balance', () => {
  it('signs unsigned debits of a single amount column from the balances', () => {
    const r = rows([
      'Date | Details | Amount | Balance',
      '2025-03-01 | Salary | 8,000.00 | 18,000.00',
      '2025-03-04 | Rent | 2,500.00 | 15,500.00',
      '2025-03-09 | Refund | 120.00 | 15,620.00',
    ].join('\n'), '10000.00');
    expect(r.signed).toEqual([['8000.00', '18000.00'], ['-2500.00', '15500.00'], ['120.00', '15620.00']]);
  });

  it('signs the first row from a "brought forward" row and reports that balance', () => {
    const r = rows([
      '交易日期 | 摘要 | 发生额 | 余额',
      '2025-03-01 | 上期结余 |  | 5,000.00',
      '2025-03-02 | 消费 | 300.00 | 4,700.00',
      '2025-03-05 | 工资 | 9,000.00 | 13,700.00',
    ].join('\n'));
    expect(r.openingRow?.value).toBe('5000.00');
    expect(r.signed).toEqual([['-300.00', '4700.00'], ['9000.00', '13700.00']]);
  });

  it('leaves amounts as read when the balances do not reconcile or are missing', () => {
    const r = rows([
      'Date | Details | Amount | Balance',
      '2025-03-02 | Shop | 300.00 | 4,700.00',
      '2025-03-03 | Shop | 200.00 | 4,000.00',
      '2025-03-04 | Shop | 100.00 | 3,900.00',
    ].join('\n'));
    // No opening balance: the first row cannot be signed; the second fits neither sum (4,700 ± 200).
    expect(r.signed).toEqual([['300.00', '4700.00'], ['200.00', '4000.00'], ['-100.00', '3900.00']]);
  });

  it('does not flip amounts whose side a column or a sign already shows', () => {
    const r = rows([
      'Date | Details | Credit | Debit | Balance',
      '2025-03-02 | Deposit | 300.00 |  | 4,700.00',
    ].join('\n'), '5000.00');
    // 5,000 − 300 = 4,700 would say debit, but the Credit column says credit: the balance check must see it.
    expect(r.signed).toEqual([['300.00', '4700.00']]);
  });

  it('reads side markers printed in their own column before the amount (Dr/Cr, 收/支)', () => {
    const en = rows([
      'Entry Date | Memo | Dr/Cr | Value | Book Balance',
      '2024-08-10 | PAYROLL | Cr | 38,280.46 | 41,392.70',
      '2024-08-17 | UTILITY BILL | Dr | 65.43 | 41,327.27',
    ].join('\n'));
    expect(en.signed).toEqual([['38280.46', '41392.70'], ['-65.43', '41327.27']]);
    const zh = rows([
      '交易时间 | 业务摘要 | 收/支 | 收支金额 | 账户结余',
      '2025-03-09 | 消费 | 支 | 847.16 | 57,517.28',
      '2025-04-05 | 代发 | 收 | 21,045.56 | 78,562.84',
    ].join('\n'));
    expect(zh.signed).toEqual([['-847.16', '57517.28'], ['21045.56', '78562.84']]);
  });

  it("keeps an OCR'd row with a misread amount only when the running balance confirms it", () => {
    const r = rows([
      'Date | Details | Amount | Balance',
      '2025-12-06 | POS | 1,865.70 | 67,983.34',
      '2025-12-09 | ATM | 900 00 | 67,083.34',
      '2025-12-11 | Shop | 123 45 | 66,000.00',
    ].join('\n'), '69849.04');
    // "900 00" fits the balances; "123 45" fits none and is no row. (An amount cut short to a
    // readable one, 2.424.76 → 2.42, is left for the re-reading check in src/checks/verify-values.)
    expect(r.signed).toEqual([['-1865.70', '67983.34'], ['-900.00', '67083.34']]);
  });

  it('puts back a decimal point OCR lost when the running balance confirms the amount', () => {
    const r = rows([
      'Date | Details | Amount | Balance',
      '2025-07-02 | Gas | 31206 | 9,687.94',
      '2025-07-05 | Shop | 4400 | 9,600.00',
    ].join('\n'), '10000.00');
    // 312.06 fits the balances; "4400" read as 44.00 fits none (87.94 went), so that row stays out.
    expect(r.signed).toEqual([['-312.06', '9687.94']]);
  });
});

describe('side markers', () => {
  it('takes CR at the end of a narration for part of a shop name, not a credit mark', () => {
    const r = rows([
      'Date | Narration | Debit | Credit | Balance',
      '2024-11-03 | UTILITY BILL | 53.77 |  | 31,496.25',
      '2024-11-04 | POS PURCHASE CR | 927.52 |  | 30,568.73',
    ].join('\n'), '31550.02');
    expect(r.signed).toEqual([['-53.77', '31496.25'], ['-927.52', '30568.73']]);
  });

  it('still reads a marker standing in its own cell', () => {
    const r = rows(['Date | Details | Dr/Cr | Amount | Balance', '2025-03-02 | Refund | Cr | 120.00 | 1,120.00'].join('\n'), '1000.00');
    expect(r.signed).toEqual([['120.00', '1120.00']]);
  });
});

/**
 * A page whose lines sit at the given tops (px, line height 30): wrapped cells stand closer to the
 * line above them than table rows do to each other.
 */
function placed(lines: [number, string][]) {
  const page = syntheticPage(lines.map(([, t]) => t).join('\n'));
  page.lines.forEach((line, i) => {
    const dy = lines[i]![0] - line.bbox[1];
    line.bbox = [line.bbox[0], line.bbox[1] + dy, line.bbox[2], line.bbox[3]];
    for (const w of line.words) w.bbox = [w.bbox[0], w.bbox[1] + dy, w.bbox[2], w.bbox[3]];
  });
  return extractTransactions(collectLines({ pages: [page] }), undefined, undefined);
}
const signedOf = (r: ReturnType<typeof placed>) => r.transactions.map((t) => [t.date, t.amount, t.balance]);

describe('wrapped row dates and headers', () => {
  it('reads a date whose year wrapped onto the line below, and a header whose "Balance" wrapped', () => {
    const r = placed([
      [100, 'Value Day | Narrative | Paid-out | Paid-in | Running'],
      [130, ' |  |  |  | Balance'],
      [200, '3 Feb 2026 | Opening Balance |  |  | 9,000.00'],
      [260, '7 Feb | Grocer |  450.10 |  | 8,549.90'],
      [290, '2026'],
      [350, '19 Feb | Wages |  | 6,200.00 | 14,749.90'],
      [380, '2026'],
      [440, '21 Feb 2026 | Rent |  2,000.00 |  | 12,749.90'],
    ]);
    expect(r.openingRow?.value).toBe('9000.00');
    expect(signedOf(r)).toEqual([['2026-02-07', '-450.10', '8549.90'], ['2026-02-19', '6200.00', '14749.90'], ['2026-02-21', '-2000.00', '12749.90']]);
  });

  it('does not join a full date with the line below it', () => {
    const r = placed([
      [100, 'Date | Details | Amount | Balance'],
      [200, '2026-03-02 | Transfer |  120.00 | 1,120.00'],
      [230, '12 | Ref'],
    ]);
    expect(signedOf(r)).toEqual([['2026-03-02', '120.00', '1120.00']]);
  });
});

describe('column sides from the running balance', () => {
  it('signs a column the header words miss, and one the header names wrongly, by what the balance does', () => {
    // "Lodged" is no known header word, and "Credit" heads a column the balances subtract.
    const r = rows([
      'Date | Details | Credit | Lodged | Balance',
      '2026-05-01 | Shop | 100.00 |  | 900.00',
      '2026-05-02 | Pay |  | 3,000.00 | 3,900.00',
      '2026-05-03 | Fuel | 250.00 |  | 3,650.00',
      '2026-05-04 | Cafe | 40.00 |  | 3,610.00',
    ].join('\n'), '1000.00');
    expect(r.signed).toEqual([['-100.00', '900.00'], ['3000.00', '3900.00'], ['-250.00', '3650.00'], ['-40.00', '3610.00']]);
  });

  it("keeps an edited row against its column's side, so the balance check still sees it", () => {
    const r = rows([
      'Date | Details | Withdrawn | Deposited | Balance',
      '2026-05-01 | Shop | 100.00 |  | 900.00',
      '2026-05-02 | Fuel | 250.00 |  | 650.00',
      '2026-05-03 | Cafe | 40.00 |  | 690.00',
      '2026-05-04 | Shop | 10.00 |  | 680.00',
    ].join('\n'), '1000.00');
    // Row 3 was added where it should have been subtracted: it stays a debit (650 − 40 ≠ 690).
    expect(r.signed.map(([a]) => a)).toEqual(['-100.00', '-250.00', '-40.00', '-10.00']);
  });

  it('leaves a signed amount column as printed', () => {
    const r = rows([
      'Date | Details | Amount | Balance',
      '2026-05-01 | Shop | -100.00 | 900.00',
      '2026-05-02 | Pay | +3,000.00 | 3,900.00',
      '2026-05-03 | Fuel | -250.00 | 3,650.00',
    ].join('\n'), '1000.00');
    expect(r.signed.map(([a]) => a)).toEqual(['-100.00', '3000.00', '-250.00']);
  });
});
