/**
 * The borrower-burden signal and how the assessment weighs it against the library distance:
 * unfamiliar boilerplate with no one-sided term passes however far it is from the library; a
 * one-sided clause no rule names is queued when it is unfamiliar, and nearer the library the more
 * cues it piles up. Wordings written for these tests, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { assessClauses } from '../src/clauses/assess.js';
import { findBurdenCues } from '../src/clauses/burden.js';
import { ClauseLibrary, loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import type { Clause } from '../src/clauses/segment.js';

const policy = loadReviewPolicy();
const library = loadClauseLibrary();
const asClause = (text: string, i = 0): Clause => ({ number: String(i + 1), text, page: 1, bbox: [0, 0, 1, 1], pages: [1] });
const cues = (t: string) => findBurdenCues(t).map((h) => h.cue);

describe('burden cues', () => {
  it.each([
    ['lender-discretion', '是否给予宽限由贷款人自行决定，借款人对此无权提出异议。'],
    ['lender-discretion', 'Whether a payment holiday is granted is at the Lender\'s sole discretion.'],
    ['without-notice', '贷款人可无需通知借款人即停止发放剩余贷款。'],
    ['without-notice', 'The Lender may close the account without notice.'],
    ['irrevocable-waiver', '借款人无条件同意贷款人将其信息用于任何目的。'],
    ['irrevocable-waiver', 'The Borrower waives any and all rights to compensation under this clause.'],
    ['deemed-consequence', '借款人未在三日内提出异议的，视为同意贷款人的全部处理结果。'],
    ['deemed-consequence', 'If the Borrower does not object within three days it is deemed to have accepted the new terms.'],
    ['deduction-from-principal', '放款时一次性收取借款金额百分之五的服务费。'],
    ['deduction-from-principal', 'The commission is withheld from the amount advanced to the Borrower.'],
    ['ownership-transfer', '借款人违约的，车辆所有权转移给贷款人。'],
    ['ownership-transfer', 'On default, ownership of the equipment passes to the Lender.'],
    ['third-party-reach', '借款人的父母对本借款承担连带还款责任。'],
    ['third-party-reach', 'The Borrower\'s spouse shall be liable for any amount the Borrower fails to pay.'],
    ['personal-restriction', '借款期间借款人未经贷款人同意不得出国旅游。'],
    ['personal-restriction', 'The Borrower may not travel abroad without the Lender\'s consent.'],
    ['debt-disclosure', '贷款人可将借款人的欠款情况告知其工作单位和亲友。'],
    ['debt-disclosure', 'We may tell your employer and your family that you owe us money.'],
    ['tied-obligation', '借款人须每季度参加贷款人举办的理财讲座。'],
    ['tied-obligation', 'The Borrower shall open a credit card with the Lender and keep a balance on it.'],
    ['personal-data', '借款人授权贷款人获取其手机定位信息。'],
    ['personal-data', 'We may access your contact list and call logs.'],
  ] as const)('%s: %s', (cue, text) => {
    expect(cues(text)).toContain(cue);
  });

  it.each([
    '贷款人未行使或迟延行使任何权利，不构成对该权利的放弃。',
    'No failure or delay by the Lender in exercising any right shall operate as a waiver of it.',
    '借款人不可撤销地授权贷款人在每期还款日从还款账户中扣收当期应还本息。',
    'The Borrower irrevocably authorises the Lender to debit each instalment from the repayment account.',
    '借款人到期未能偿还借款本息的，贷款人有权从借款人在贷款人处开立的账户中直接扣收。',
    '借款人未按期归还借款本息的，视为借款人违约。',
    '按上述地址邮寄的通知，自交邮后第三日视为送达。',
    'A notice sent by post is deemed received two Business Days after posting.',
    '借款人的工作单位、通讯地址发生变更的，应及时通知贷款人。',
    'You must tell us if you change your job or your address.',
    '借款人应为抵押房产办理财产保险。',
    '借款人同意贷款人向金融信用信息基础数据库报送其逾期信息。',
    'The Borrower and every other person liable under this Note waive presentment and notice of dishonour.',
  ])('no cue on standard wording: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});

describe('burden against distance', () => {
  // A one-clause library: everything else is far from it, so only the cues can decide.
  const tiny = new ClauseLibrary({ zh: [{ id: 'zh-x', topic: 'x', text: '本合同经双方签字后生效。' }], en: [{ id: 'en-x', topic: 'x', text: 'This Agreement takes effect on signature.' }] });

  it('passes unfamiliar boilerplate with no one-sided term, however far from the library', () => {
    const boilerplate = [
      '任何一方因地震、洪水、战争等不可抗力不能履行本合同的，应及时通知对方并提供证明，双方协商是否延期履行。',
      '借款人归还的款项不足以清偿全部到期债务时，依次用于偿还费用、利息和本金。',
      '借款人对贷款服务有疑问或投诉的，可拨打客服电话，贷款人将在十五个工作日内答复。',
      'All payments shall be made in full in immediately available funds without set-off or counterclaim.',
      'If any law that limits loan charges is interpreted so that the charges exceed the permitted limits, they are reduced to the limit and any excess is refunded.',
      'Each person who signs this Note as Borrower is jointly and severally liable for all amounts owing.',
      'If you have a complaint, contact our customer relations team and we will respond within fifteen business days.',
      'A Utilisation Request must reach the Lender three Business Days before the proposed Utilisation Date.',
    ];
    const assessed = assessClauses(boilerplate.map(asClause), tiny, policy);
    for (const a of assessed) {
      expect(a.farFromLibrary, a.clause.text).toBe(true);
      expect(a.unusual, a.clause.text).toBe(false);
    }
  });

  it('queues an unfamiliar one-sided clause no rule names, and explains it with its cues', () => {
    const [a] = assessClauses([asClause('借款人的父母对本借款承担连带还款责任，借款人父母的房产亦作为还款来源。')], library, policy);
    expect(a?.redFlags).toEqual([]);
    expect(a?.burden.map((h) => h.cue)).toEqual(['third-party-reach']);
    expect(a?.unusual).toBe(true);
    expect(a?.score).toBeGreaterThan(0.5);
  });

  it('raises the similarity bar with each further cue', () => {
    const text = '借款人无条件同意贷款人将本合同项下的任何权利义务转让给任何第三方，无需通知借款人。';
    const [a] = assessClauses([asClause(text)], library, policy);
    expect(a?.redFlags).toEqual([]);
    expect(a?.burden.length).toBe(2);
    expect(a?.nearest?.similarity).toBeGreaterThan(policy.burden.oneCueSimilarity);
    expect(a?.unusual).toBe(true);
    const oneCue = { ...policy, burden: { ...policy.burden, similarityStepPerCue: 0 } };
    expect(assessClauses([asClause(text)], library, oneCue)[0]?.unusual).toBe(false);
  });

  it('leaves a cue alone on a clause the library holds', () => {
    const text = '借款人的配偶应对本借款承担共同还款责任。';
    const own = new ClauseLibrary({ zh: [{ id: 'zh-spouse', topic: 'joint-borrower', text }], en: [{ id: 'en-x', topic: 'x', text: 'This Agreement takes effect on signature.' }] });
    const [near] = assessClauses([asClause(text)], own, policy);
    expect(near?.burden.map((h) => h.cue)).toEqual(['third-party-reach']);
    expect(near?.unusual).toBe(false);
    expect(assessClauses([asClause(text)], tiny, policy)[0]?.unusual).toBe(true);
  });
});
