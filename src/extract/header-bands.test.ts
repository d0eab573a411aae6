import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { transposeHeaderBands } from './header-bands.js';
import { PAY_SLIP_FIELDS } from './fields/pay-slip.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

// Pitch 1.2 em: the lines of a wrapped header sit as tight as the lines of one cell.
const page = (text: string) => syntheticPage(text, 1, { pitch: 1.2 });
const anyLabel = new RegExp(PAY_SLIP_FIELDS.map((s) => `(?:${s.label.source})`).join('|'), 'iu');
const values = (text: string) => Object.fromEntries(Object.entries(extractFields({ pages: [page(text)], docType: 'pay_slip', language: 'en' }).fields).map(([k, f]) => [k, f.value]));

describe('header bands: a row of labels over a row of values', () => {
  it('reads several bands down a page, with labels that wrap over two lines', () => {
    const text = [
      'Staff Name | Staff ID | Department',
      'Mei Lin | 40213 | Treasury',
      '',
      'Basic | Allowance | Gross Earnings',
      '18,000.00 | 1,200.00 | 19,200.00',
      '',
      // Wrapped pieces sit centred, off the columns' left edges.
      'Social | Income Tax | Sum of | Net',
      '  Insurance |   Withheld |   Deductions |   Payable',
      '1,900.00 | 870.50 | 2,770.50 | 16,429.50',
    ].join('\n');
    expect(values(text)).toMatchObject({
      employeeName: 'MeiLin', grossPay: '19200.00', socialInsurance: '1900.00', incomeTax: '870.50', totalDeductions: '2770.50', netPay: '16429.50',
    });
  });

  it('reads a Chinese band whose labels wrap inside their brackets', () => {
    const text = ['姓名 | 工号 | 部门', '赵子墨 | A3321 | 财务部', '', '养老保险(个 | 代扣个税 | 实发工资', '人) |  |', '800.00 | 312.40 | 9,887.60'].join('\n');
    expect(values(text)).toMatchObject({ employeeName: '赵子墨', incomeTax: '312.40', netPay: '9887.60' });
  });

  it('leaves stacked key-value rows alone: keys closed by colons, or two cells a row', () => {
    const lines = (text: string) => transposeHeaderBands(collectLines({ pages: [page(text)] }), anyLabel).map((l) => l.text);
    const colons = ['Employee: Mei Lin | Grade: B | Site: Pudong', 'Net Pay: 16,429.50 | Tax: 870.50 | Gross: 19,200.00'].join('\n');
    expect(lines(colons)).toEqual(['Employee: Mei Lin  Grade: B  Site: Pudong', 'Net Pay: 16,429.50  Tax: 870.50  Gross: 19,200.00']);
    const pairs = ['员工姓名 | 赵子墨', '实发工资 | 9,887.60'].join('\n');
    expect(lines(pairs)).toEqual(['员工姓名  赵子墨', '实发工资  9,887.60']);
    // Transaction rows under a statement header hold no field label: no band.
    const table = ['Date | Details | Debit | Balance', '2025-03-04 | Rent | 2,500.00 | 15,500.00'].join('\n');
    expect(lines(table)).toEqual(['Date  Details  Debit  Balance', '2025-03-04  Rent  2,500.00  15,500.00']);
  });
});
