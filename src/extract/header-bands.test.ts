import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { transposeHeaderBands } from './header-bands.js';
import { PAY_SLIP_FIELDS } from './fields/pay-slip.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';
import { groupLines } from '../layout/join.js';
import type { Page, Word } from '../model/document.js';

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

describe('header bands set tight, as PaddleOCR reads them: one word per cell, one space between amounts', () => {
  /** A page of rows of [text, left x, right x]; every word 34 px high, rows at the given tops. */
  const tightPage = (rows: [number, [string, number, number][]][]): Page => {
    const words: Word[] = rows.flatMap(([top, ws]) => ws.map(([text, x0, x1]): Word => ({ text, bbox: [x0, top, x1 - x0, 34], confidence: 96 })));
    return { index: 1, width: 1600, height: 1200, dpi: 200, source: 'ocr', sourceReason: 'test', lines: groupLines(words) };
  };
  const tightValues = (p: Page) => Object.fromEntries(Object.entries(extractFields({ pages: [p], docType: 'pay_slip', language: 'zh' }).fields).map(([k, f]) => [k, f.value]));

  it('parts amounts closer than the cell gap, and wrapped label pieces join the label above them', () => {
    const p = tightPage([
      [100, [['姓名：', 100, 180], ['周予安', 185, 280]]],
      [200, [['基本工资', 110, 210], ['加班补贴', 236, 336], ['应发合计', 362, 462], ['养老保险个', 480, 600], ['住房公积', 612, 712], ['个税', 740, 800], ['实发金额', 850, 950]]],
      [236, [['人', 530, 560], ['金个人', 630, 700]]],
      [275, [['9,800.00', 105, 215], ['1,150.00', 231, 341], ['10,950.00', 352, 472], ['784.00', 500, 590], ['657.00', 622, 712], ['201.30', 735, 815], ['9,307.70', 840, 960]]],
    ]);
    // Every gap between the amounts (16–20 px) is under the cell gap (0.8 × 34 px).
    expect(tightValues(p)).toMatchObject({ grossPay: '10950.00', incomeTax: '201.30', netPay: '9307.70', housingFund: '657.00' });
  });

  it('keeps an amount and its unit or a split figure in one cell, and a row of one amount is no band', () => {
    const lines = (p: Page) => transposeHeaderBands(collectLines({ pages: [p] }), anyLabel).map((l) => l.text);
    const unit = tightPage([
      [200, [['应发工资', 110, 210], ['个税', 240, 300], ['实发工资', 330, 430]]],
      [240, [['12,000', 105, 180], ['元', 185, 210], ['300.00', 240, 300]]],
    ]);
    // Two value cells only ("12,000 元" and "300.00"): under the three a band needs, so nothing is moved.
    expect(lines(unit)).toEqual(['应发工资 个税 实发工资', '12,000元 300.00']);
  });
});
