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
  it('falls back to clause numbers when there are no footers', async () => {
    expect(codes(await runCheck(pageNumbering, pages(['', '', ''], [1, 3])))).toEqual(['PAGE_MISSING']);
    expect(codes(await runCheck(pageNumbering, pages(['', '', ''], [1, 2, 3])))).toEqual([]);
  });
});
