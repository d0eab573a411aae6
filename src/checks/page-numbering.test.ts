import { describe, expect, it } from 'vitest';
import { pageNumbering } from './page-numbering.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const body = (n: number) => [`第${'一二三四五六七八九十'[n - 1]}条 条款标题${n}`, `这是第${n}页的正文内容，约定双方的权利义务，文字各不相同以便区分页面内容。编号${n * 7919}。`.repeat(2)];
const pages = (footers: string[], order = footers.map((_, i) => i + 1)) => makeDocument(order.map((n) => [...body(n), footers[n - 1]!]), { docType: 'loan_contract' });

describe('page-numbering', () => {
  const zh = ['第 1 页 共 3 页', '第 2 页 共 3 页', '第 3 页 共 3 页'];
  const en = ['Page 1 of 3', 'Page 2 of 3', 'Page 3 of 3'];
  it('stays silent on complete documents (第 X 页 共 Y 页, Page X of Y, X/Y)', async () => {
    expect(codes(await runCheck(pageNumbering, pages(zh)))).toEqual([]);
    expect(codes(await runCheck(pageNumbering, pages(en)))).toEqual([]);
    expect(codes(await runCheck(pageNumbering, pages(['1/3', '2/3', '3/3'])))).toEqual([]);
  });
  it('finds a missing page, a duplicate and pages out of order', async () => {
    expect(codes(await runCheck(pageNumbering, pages(zh, [1, 3])))).toEqual(['PAGE_MISSING']);
    expect(codes(await runCheck(pageNumbering, pages(en, [1, 2, 2, 3])))).toContain('PAGE_DUPLICATE');
    expect(codes(await runCheck(pageNumbering, pages(en, [2, 1, 3])))).toEqual(['PAGE_OUT_OF_ORDER']);
  });
  it('reads the abbreviated "p. X/Y" footer: complete, a page repeated, two pages fed backwards', async () => {
    // No clause numbers to fall back on: only the footers tell the order.
    const prose = (footers: string[], order: number[]) => makeDocument(order.map((n) => [`Schedule text of sheet ${n}, which differs from sheet to sheet: reference ${n * 7919}.`, footers[n - 1]!]), { docType: 'loan_contract', language: 'en' });
    const abbreviated = ['p. 1/3', 'pg. 2 of 3', 'P.3/3'];
    expect(codes(await runCheck(pageNumbering, prose(abbreviated, [1, 2, 3])))).toEqual([]);
    expect(codes(await runCheck(pageNumbering, prose(abbreviated, [1, 3])))).toEqual(['PAGE_MISSING']);
    expect(codes(await runCheck(pageNumbering, prose(['p. 1/2', 'p. 2/2'], [2, 1])))).toEqual(['PAGE_OUT_OF_ORDER']);
  });
  it('falls back to clause numbers when there are no footers', async () => {
    expect(codes(await runCheck(pageNumbering, pages(['', '', ''], [1, 3])))).toEqual(['PAGE_MISSING']);
    expect(codes(await runCheck(pageNumbering, pages(['', '', ''], [1, 2, 3])))).toEqual([]);
  });
  describe('footers the OCR garbled ("20f3")', () => {
    const text = (n: number) => [`The parties agree to the terms set out on page ${n}; this paragraph differs from page to page, reference ${n * 7919}.`.repeat(2)];
    const scanned = (footers: string[], order: number[], source: 'ocr' | 'text-layer' = 'ocr') => {
      const doc = makeDocument(order.map((n) => [...text(n), footers[n - 1]!]), { docType: 'loan_contract', language: 'en', source, confidence: 90 });
      for (const page of doc.pages) page.lines.at(-1)!.bbox[1] = 2200;
      return doc;
    };
    const three = ['1lof3', '20f3', '30f3'];
    it('reads them on OCR\'d pages: pages out of order, a page missing; silent when complete', async () => {
      expect(codes(await runCheck(pageNumbering, scanned(three, [1, 3, 2])))).toEqual(['PAGE_OUT_OF_ORDER']);
      expect(codes(await runCheck(pageNumbering, scanned(['1of4', '20f4', '30f4', '4 of 4'], [1, 2, 4])))).toEqual(['PAGE_MISSING']);
      expect(codes(await runCheck(pageNumbering, scanned(three, [1, 2, 3])))).toEqual([]);
    });
    it('reads "p. 12" as p. 1/2 when the other footers print the total 2; never a real page 12', async () => {
      expect(codes(await runCheck(pageNumbering, scanned(['p. 12', 'p. 2/2'], [2, 1])))).toEqual(['PAGE_OUT_OF_ORDER']);
      expect(codes(await runCheck(pageNumbering, scanned(['p. 12', 'p. 2/2'], [1, 2])))).toEqual([]);
      expect(codes(await runCheck(pageNumbering, scanned(['p.13', 'p. 2/3', 'p. 3/3'], [1, 3, 2])))).toEqual(['PAGE_OUT_OF_ORDER']);
      // 12 does not end in the total 3: not split, so that page is simply unread, not page 1 twice.
      expect(codes(await runCheck(pageNumbering, scanned(['p. 1/3', 'p. 12', 'p. 3/3'], [1, 2, 3])))).toEqual([]);
    });
    it('not on text layers, and not a number above its total', async () => {
      expect(codes(await runCheck(pageNumbering, scanned(three, [1, 3, 2], 'text-layer')))).toEqual([]);
      expect(codes(await runCheck(pageNumbering, scanned(['1of3', '80f3', '30f3'], [1, 2, 3])))).toEqual([]);
    });
  });
  it('without footers, calls two swapped clause pages out of order, not missing', async () => {
    expect(codes(await runCheck(pageNumbering, pages(['', '', '', ''], [1, 3, 2, 4])))).toEqual(['PAGE_OUT_OF_ORDER']);
    // A page gone and the rest in order is still a missing page.
    expect(codes(await runCheck(pageNumbering, pages(['', '', '', ''], [1, 2, 4])))).toEqual(['PAGE_MISSING']);
  });
});
