/**
 * Numbering styles of the eighth blind set's contracts, on pages written for this file: clauses
 * numbered （一）…, § 1 … or (a) … beneath two section lines or a key-terms block, English titles
 * run into their paragraph, and (i) read as the ninth letter where the letters count on.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../src/model/document.js';
import { ordinal, segmentContract } from '../src/clauses/segment.js';

function page(index: number, texts: string[]): Page {
  return {
    index, width: 1654, height: 2339, dpi: 200, source: 'text-layer', sourceReason: 'test',
    lines: texts.map((text, row) => {
      const bbox: [number, number, number, number] = [150, 100 + row * 40, Math.max(20, text.length * 20), 30];
      return { text, bbox, confidence: 100, words: [{ text, bbox, confidence: 100 }] };
    }),
  };
}

const CN = ['一', '二', '三', '四', '五', '六'];

describe('clause numbering under section lines', () => {
  it('numbers the clauses （一）… when 一、二、 only print the two sections', () => {
    const lines = ['个人消费借款合同', '一、借款主要条款', '借款金额：人民币50,000.00元', '二、合同条款'];
    CN.forEach((n, i) => lines.push(`（${n}）条款${n} 借款人应当按约定履行第${i + 1}项义务，`, '并配合贷款人检查。'));
    const { preamble, clauses } = segmentContract({ pages: [page(1, lines)] });
    expect(clauses.map((c) => [c.number, c.title])).toEqual(CN.map((n) => [n, `条款${n}`]));
    expect(preamble?.text).toContain('合同条款');
  });

  it('keeps （一）（二） sub-items inside 一、 clauses that count on themselves', () => {
    const lines: string[] = [];
    CN.forEach((n) => lines.push(`${n}、条款${n}`, '下列情形之一：', '（一）未按期还款；', '（二）提供虚假资料。'));
    const { clauses } = segmentContract({ pages: [page(1, lines)] });
    expect(clauses.map((c) => c.number)).toEqual(CN);
    expect(clauses[0]?.text).toBe('下列情形之一:(一)未按期还款;(二)提供虚假资料。');
  });
});

describe('§ and letter numbering with inline English titles', () => {
  it('reads § 1 … with the title before the first full stop', () => {
    const { clauses } = segmentContract({ pages: [page(1, ['KEY TERMS', 'Principal: RMB 10,000.00',
      '§ 1 Loan Amount. The amount is the Principal.', '§ 2 Use of Proceeds. The proceeds fund stock.', '§ 3 Notices. Notices go by post, see', '§ 2 above.'])] });
    expect(clauses.map((c) => [c.number, c.title, c.text])).toEqual([
      ['1', 'Loan Amount', 'The amount is the Principal.'],
      ['2', 'Use of Proceeds', 'The proceeds fund stock.'],
      ['3', 'Notices', 'Notices go by post, see § 2 above.'],
    ]);
  });

  it('counts (a) … (k) with (i) as the ninth, and leaves sub-items (a), (c) inside a clause', () => {
    const letters = 'abcdefghijk'.split('');
    const lines = ['KEY TERMS', 'Term: 12 months'];
    letters.forEach((l) => lines.push(`(${l}) Heading ${l.toUpperCase()}. The Borrower shall comply with item ${l};`, l === 'd' ? '(a) first, and' : 'and so on.', l === 'd' ? '(c) last.' : 'Done.'));
    const { clauses } = segmentContract({ pages: [page(1, lines)] });
    expect(clauses.map((c) => c.number)).toEqual(letters);
    expect(clauses[8]?.title).toBe('Heading I');
    expect(clauses[3]?.text).toContain('(a) first, and (c) last.');
    expect([ordinal('a'), ordinal('i'), ordinal('q')]).toEqual([1, 9, 17]);
  });
});
