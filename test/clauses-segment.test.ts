/**
 * Clause segmentation on hand-built pages: numbering styles of both languages, clauses running
 * across a page break, running heads and page numbers removed, sub-items kept in their clause,
 * the signature block left out, OCR's spaces between Chinese characters dropped.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../src/model/document.js';
import { ordinal, segmentClauses, segmentContract } from '../src/clauses/segment.js';

/** A page of lines, one per 40 px, each line one word. */
function page(index: number, texts: string[]): Page {
  return {
    index, width: 1654, height: 2339, dpi: 200, source: 'text-layer', sourceReason: 'test',
    lines: texts.map((text, row) => {
      const bbox: [number, number, number, number] = [150, 100 + row * 40, Math.max(20, text.length * 20), 30];
      return { text, bbox, confidence: 100, words: [{ text, bbox, confidence: 100 }] };
    }),
  };
}

describe('segmentClauses', () => {
  it('splits 第X条 clauses across a page break without headers, footers or the signature block', () => {
    const pages = [
      page(1, ['合同编号：GR-2025-001', '个人借款合同', '甲方（贷款人）：某银行', '第一条 借款用途', '乙方承诺借款仅用于购买自用住房，', '不得挪作他用。', '第二条 违约责任', '乙方发生下列情形之一的，构成违约：', '（一）未按期还款；', '（二）提供虚假资料；', '第 1 页 共 2 页']),
      page(2, ['合同编号：GR-2025-001', '（三）其他违约行为。', '甲方有权宣布借款提前到期。', '第三条 争议解决', '协商不成的，向甲方所在地人民法院起诉。', '（以下无正文）', '甲方（盖章）：', '乙方（签字）：', '第 2 页 共 2 页']),
    ];
    const clauses = segmentClauses({ pages });
    expect(clauses.map((c) => [c.number, c.title, c.pages])).toEqual([['一', '借款用途', [1]], ['二', '违约责任', [1, 2]], ['三', '争议解决', [2]]]);
    expect(clauses[0]?.text).toBe('乙方承诺借款仅用于购买自用住房,不得挪作他用。');
    expect(clauses[1]?.text).toBe('乙方发生下列情形之一的,构成违约:(一)未按期还款;(二)提供虚假资料;(三)其他违约行为。甲方有权宣布借款提前到期。');
    expect(clauses[2]?.text).toBe('协商不成的,向甲方所在地人民法院起诉。');
    expect(clauses[1]?.page).toBe(1);
    expect(clauses[1]?.bbox).toEqual([150, 340, 340, 150]);
  });

  it('reads 第1条, 一、 and inline titles, and keeps the key-terms section apart', () => {
    const digits = segmentClauses({ pages: [page(1, ['第1条 借款用途 乙方承诺借款仅用于装修。', '第2条 还款', '按月等额本息还款。'])] });
    expect(digits.map((c) => [c.number, c.title, c.text])).toEqual([['1', '借款用途', '乙方承诺借款仅用于装修。'], ['2', '还款', '按月等额本息还款。']]);
    const { preamble, clauses } = segmentContract({ pages: [page(1, ['个人借款合同', '一、借款主要条款', '年利率：3.85%', '二、合同条款', '一、借款用途', '用于装修。', '二、还款', '按月还款。'])] });
    expect(preamble?.text).toBe('个人借款合同');
    expect(clauses.map((c) => [c.number, c.title])).toEqual([['一', '借款主要条款'], ['二', '合同条款'], ['一', '借款用途'], ['二', '还款']]);
  });

  it('reads English numbering: 1. / Article / Section / Clause, with 1.1 and (a) kept inside', () => {
    const pages = [
      page(1, ['PERSONAL LOAN AGREEMENT', '1. Purpose', 'The Borrower shall use the Loan for', 'home renovation only.', '2. Events of Default', '2.1 Each of the following is an Event of Default:', '(a) failure to pay when due;', 'Page 1 of 2']),
      page(2, ['(b) false information.', '2.2 The Lender may accelerate the Loan.', '3. Notices', 'Notices are sent by post.', 'IN WITNESS WHEREOF the parties have signed.', 'Lender (Seal):', 'Page 2 of 2']),
    ];
    const clauses = segmentClauses({ pages });
    expect(clauses.map((c) => [c.number, c.title])).toEqual([['1', 'Purpose'], ['2', 'Events of Default'], ['3', 'Notices']]);
    expect(clauses[1]?.text).toBe('2.1 Each of the following is an Event of Default: (a) failure to pay when due; (b) false information. 2.2 The Lender may accelerate the Loan.');
    expect(clauses[2]?.text).toBe('Notices are sent by post.');
    for (const style of ['Article', 'Section', 'Clause']) {
      const got = segmentClauses({ pages: [page(1, [`${style} 1 Purpose`, 'Home renovation.', `${style} 2. Repayment`, 'Monthly.'])] });
      expect(got.map((c) => [c.number, c.title, c.text]), style).toEqual([['1', 'Purpose', 'Home renovation.'], ['2', 'Repayment', 'Monthly.']]);
    }
  });

  it('drops a running head repeated on every page and OCR spacing between Chinese characters', () => {
    const head = '华东商业银行 个人借款合同';
    const pages = [
      page(1, [head, '第一条 借款 用途', '乙方 承诺 借款 仅用于 装修。', '1/2']),
      page(2, [head, '第二条 还款', '按月 还款。', '2/2']),
    ];
    const clauses = segmentClauses({ pages });
    expect(clauses.map((c) => [c.title, c.text])).toEqual([['借款用途', '乙方承诺借款仅用于装修。'], ['还款', '按月还款。']]);
  });

  it('does not take a wrapped line starting with a number, or a step back in numbering, for a clause', () => {
    const clauses = segmentClauses({ pages: [page(1, ['1. Interest', 'The rate is', '3.85% per annum.', '2. Repayment', 'Monthly, see clause', '1. above.'])] });
    expect(clauses.map((c) => c.number)).toEqual(['1', '2']);
  });

  it('reads a 第X条 heading whose 十 OCR misread (干, 千, 士, 土) when it is the next number, and only then', () => {
    const pages = [page(1, ['第八条 担保', '以房产抵押。', '第九条 违约', '未按期还款构成违约。', '第 千 条 罚息', '逾期加收百分之三十。', '第十一条 通知', '书面通知。', '第土二条 管辖', '由法院管辖。'])];
    expect(segmentClauses({ pages }).map((c) => [c.number, c.title])).toEqual([['八', '担保'], ['九', '违约'], ['十', '罚息'], ['十一', '通知'], ['十二', '管辖']]);
    // Out of sequence, the look-alike stays body text: a clause never starts on a guess.
    const stray = segmentClauses({ pages: [page(1, ['第一条 用途', '用于装修。', '第干条 罚息', '逾期加收罚息。', '第二条 还款', '按月还款。'])] });
    expect(stray.map((c) => c.number)).toEqual(['一', '二']);
    expect(stray[0]?.text).toBe('用于装修。第干条罚息逾期加收罚息。');
  });

  it('ends the last clause at a schedule, annex or 附件 heading, not at a sentence that mentions one', () => {
    const en = segmentClauses({ pages: [
      page(1, ['Article 7 General', 'Two originals are signed.', 'Annex 1 – Collateral Particulars', 'Field Value', 'Site Unit 5, Lane 8, Pudong', 'Owner Wei Li']),
    ] });
    expect(en.map((c) => [c.number, c.text])).toEqual([['7', 'Two originals are signed.']]);
    const caps = segmentClauses({ pages: [page(1, ['Section 3 Notices', 'By registered post.', 'APPENDIX B', 'Location of the pledged car park'])] });
    expect(caps[0]?.text).toBe('By registered post.');
    const zh = segmentClauses({ pages: [page(1, ['第八条 其他', '本合同一式两份。', '附表一：还款计划', '期数 本金', '1 5,000.00'])] });
    expect(zh[0]?.text).toBe('本合同一式两份。');
    const mention = segmentClauses({ pages: [page(1, ['Clause 4 Security', 'The property listed in', 'Schedule 2 forms part of this Agreement', 'and is mortgaged to the Lender.'])] });
    expect(mention[0]?.text).toBe('The property listed in Schedule 2 forms part of this Agreement and is mortgaged to the Lender.');
    const zhMention = segmentClauses({ pages: [page(1, ['第五条 抵押', '抵押物见', '附件，附件为本合同组成部分。'])] });
    expect(zhMention[0]?.text).toBe('抵押物见附件,附件为本合同组成部分。');
  });

  it('turns printed numbers into ordinals', () => {
    expect([ordinal('十二'), ordinal('二十一'), ordinal('12'), ordinal('IV'), ordinal('一百零一')]).toEqual([12, 21, 12, 4, 101]);
  });
});

describe('numbering restarts', () => {
  it('restarts at 一 after the key-terms sections, also with inline titles', () => {
    const pages = [page(1, ['一、借款主要条款', '年利率：3.85%', '二、合同条款', '一、贷款用途 借款人应将贷款用于装修。', '二、还款方式 按月还款。'])];
    expect(segmentClauses({ pages }).map((c) => [c.number, c.title ?? ''])).toEqual([['一', '借款主要条款'], ['二', '合同条款'], ['一', '贷款用途'], ['二', '还款方式']]);
  });
});
