import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { splitGridColumns } from './grid-columns.js';
import type { Page } from '../model/document.js';
import { groupLines } from '../layout/join.js';

/**
 * A grid of two key-value pairs per row as a text layer gives it: the first value set flush right
 * at x=800 and the second key starting at x=830, joined to it by a single blank in the line's text.
 */
function gridPage(rows: [string, string, string, string][]): Page {
  const words = rows.flatMap(([k1, v1, k2, v2], r) => {
    const y = 100 + r * 60;
    const w = (text: string, x: number) => ({ text, bbox: [x, y, text.length * 16, 30] as [number, number, number, number], confidence: 100 });
    const tokens = (s: string, x: number) => s.split(' ').reduce<{ out: ReturnType<typeof w>[]; x: number }>((acc, t) => ({ out: [...acc.out, w(t, acc.x)], x: acc.x + t.length * 16 + 12 }), { out: [], x }).out;
    const right = (s: string, end: number) => tokens(s, end - (s.length * 16));
    return [...tokens(k1, 100), ...right(v1, 800), ...tokens(k2, 830), ...right(v2, 1500)];
  });
  return { index: 1, width: 1700, height: 2200, dpi: 200, source: 'text-layer', sourceReason: 'test', lines: groupLines(words) };
}

describe('two key-value pairs per row, the column gap lost in the text', () => {
  const page = gridPage([
    ["Employee's Name", 'Emily Wang', 'Badge No.', '116049'],
    ['Dept', 'Sales', 'Earnings Period', 'August 2025'],
    ['Basic Pay', '34,200.00', 'Earnings Total', '44,229.42'],
    ['Provident Fund', '2,100.00', 'Personal Income Tax', '5,834.86'],
  ]);

  it('splits each row where the second key column starts', () => {
    const lines = splitGridColumns(collectLines({ pages: [page] }));
    expect(lines.map((l) => l.text.replace(/\s{2,}/gu, ' | '))).toEqual([
      "Employee's Name | Emily Wang | Badge No. | 116049",
      'Dept | Sales | Earnings Period | August 2025',
      'Basic Pay | 34,200.00 | Earnings Total | 44,229.42',
      'Provident Fund | 2,100.00 | Personal Income Tax | 5,834.86',
    ]);
    const fields = extractFields({ pages: [page], docType: 'pay_slip', language: 'en' }).fields;
    expect([fields.employeeName?.value, fields.payPeriod?.value, fields.grossPay?.value, fields.incomeTax?.value]).toEqual(['EmilyWang', '2025-08', '44229.42', '5834.86']);
  });

  it('leaves numbered key-value rows alone, whose keys line up by chance', () => {
    const numbered = gridPage([
      ['1', 'Amount of', 'Loan', 'RMB 50,000.00'],
      ['2', 'Nominated', 'Account', '6230 5259 9488'],
      ['3', 'Location of', 'Collateral', 'Room 1703'],
    ]);
    expect(splitGridColumns(collectLines({ pages: [numbered] })).map((l) => l.text)).toEqual(collectLines({ pages: [numbered] }).map((l) => l.text));
  });
});
