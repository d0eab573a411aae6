/**
 * Red-flag rules and library distance on the development phrasings: every red-flag wording is
 * caught under the rule a reader would name; standard wordings (ours and the shared sample
 * generator's, written by someone else) raise nothing; limits come from the policy, not code.
 */
import { describe, expect, it } from 'vitest';
import { assessClauses } from '../src/clauses/assess.js';
import { loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy, rateCapPercent, type ReviewPolicy } from '../src/clauses/policy.js';
import { findQuantities, findRateMultiples } from '../src/clauses/quantities.js';
import { DRAFTING_FLAG_IDS, findRedFlags } from '../src/clauses/red-flags.js';
import type { Clause } from '../src/clauses/segment.js';
import { clauseLibrary } from '../samples/generate/clauses.js';
import { DEV_OFF_LIBRARY_EN, DEV_OFF_LIBRARY_ZH, DEV_RED_FLAGS_EN, DEV_RED_FLAGS_ZH, DEV_STANDARD_EN, DEV_STANDARD_ZH } from '../samples/generate/clauses/dev-phrasings.js';

const policy = loadReviewPolicy();
const library = loadClauseLibrary();
const asClause = (p: { title: string; text: string }, i = 0): Clause => ({ number: String(i + 1), title: p.title, text: p.text, page: 1, bbox: [0, 0, 1, 1], pages: [1] });

describe('red-flag rules', () => {
  // The legal rules (砍头息, 流押, collection, tie-ins, personal life, data) have their own tests in clauses-legal-flags.test.ts.
  it('has several wordings per drafting rule in both languages', () => {
    for (const rule of DRAFTING_FLAG_IDS) {
      expect(DEV_RED_FLAGS_ZH.filter((p) => p.expect === rule).length, rule).toBeGreaterThanOrEqual(3);
      expect(DEV_RED_FLAGS_EN.filter((p) => p.expect === rule).length, rule).toBeGreaterThanOrEqual(3);
    }
  });

  it.each([...DEV_RED_FLAGS_ZH, ...DEV_RED_FLAGS_EN].map((p) => [p.expect, p.text, p] as const))('%s: %s', (rule, _text, p) => {
    const [a] = assessClauses([asClause(p)], library, policy);
    expect(a?.redFlags.map((h) => h.rule)).toContain(rule);
    expect(a?.unusual).toBe(true);
    expect(a?.score).toBe(1);
  });

  it('explains every hit with the sentence that matched', () => {
    const [hit] = findRedFlags('本合同项下借款的其他事项按约定执行。借款用途不限。', policy);
    expect(hit).toMatchObject({ rule: 'unrestricted-purpose', title: 'Funds usable for any purpose', sentence: '借款用途不限。' });
    expect(hit?.explanation.length).toBeGreaterThan(20);
  });

  it('does not fire on negated or bilateral wordings', () => {
    for (const text of [
      '本合同生效后，任何一方不得擅自变更或解除本合同。',
      '本合同到期后不自动续期，双方另行协商。',
      '甲方未行使或延缓行使任何权利，不视为甲方放弃该权利。',
      'No failure or delay by the Lender in exercising any right shall operate as a waiver of it.',
      'The Borrower shall not use the Loan for any purpose other than that stated in the Schedule.',
      'This Agreement does not renew automatically.',
      '乙方不得将借款用于任何违法违规用途。',
      '乙方提前还款的，甲方不收取违约金。',
      '乙方未按约定用途使用借款的，按合同利率加收百分之百计收罚息。',
    ]) expect(findRedFlags(text, policy).map((h) => h.rule), text).toEqual([]);
  });
});

describe('limits come from the policy', () => {
  it('computes the cap from the LPR and its multiple', () => {
    expect(rateCapPercent(policy)).toBe(12);
    expect(policy.lpr).toMatchObject({ oneYearPercent: 3, asOf: '2025-05-20' });
  });

  it('moves with the configuration', () => {
    const looser: ReviewPolicy = { ...policy, rateCap: { ...policy.rateCap, lprMultiple: 10 }, defaultInterest: { ...policy.defaultInterest, maxSurchargePercent: 150 } };
    expect(findRedFlags('本合同借款年利率为24%。', policy).map((h) => h.rule)).toEqual(['rate-above-cap']);
    expect(findRedFlags('本合同借款年利率为24%。', looser)).toEqual([]);
    expect(findRedFlags('乙方逾期还款的，按合同利率加收百分之百计收罚息。', looser)).toEqual([]);
    const hit = findRedFlags('The Loan bears interest at 15% per annum.', policy)[0];
    expect(hit?.values).toEqual({ annualPercent: 15, capPercent: 12, lprAsOf: '2025-05-20' });
  });

  it('reads rates as written and normalises them to a year', () => {
    const q = (t: string) => findQuantities(t).map((x) => [x.percent, x.basis]);
    expect(q('年利率为3.85%')).toEqual([[3.85, 'annual']]);
    expect(q('月利率千分之二十')).toEqual([[2, 'monthly']]);
    expect(q('日利率万分之五')).toEqual([[0.05, 'daily']]);
    expect(q('按合同利率加收百分之一百五十')).toEqual([[150, undefined]]);
    expect(q('at 2.5 per cent per month')).toEqual([[2.5, 'monthly']]);
    expect(q('the contract rate plus two hundred per cent')).toEqual([[200, undefined]]);
    expect(q('月利率为干分之二十')).toEqual([[2, 'monthly']]);
  });
});

describe('wordings the dev phrasings do not use (issue #5)', () => {
  const rules = (t: string) => findRedFlags(t, policy).map((h) => h.rule);

  it('reads plain-English "we" as the lender and "you" as the borrower', () => {
    expect(rules('We may change the interest rate and our fees whenever we decide to.')).toContain('unilateral-change');
    expect(rules('Any dispute will be heard by whichever court we choose.')).toContain('lender-choice-of-forum');
    expect(rules('This agreement can only be changed if both you and we agree in writing.')).toEqual([]);
    expect(findRedFlags('We can change the fees whenever we like.', policy)[0]?.sentence).toBe('We can change the fees whenever we like.');
    expect(rules('If your bank account changes, you can change the repayment account at any time by notice.')).toEqual([]);
  });

  it('reads default interest written as a multiple of the contract rate', () => {
    expect(findRateMultiples('按执行利率的三倍计收罚息')).toEqual([{ multiple: 3, written: '利率的三倍' }]);
    expect(rules('逾期部分按合同利率的2倍计收罚息。')).toEqual(['default-interest-above-limit']);
    expect(rules('Overdue sums bear interest at double the contract rate.')).toEqual(['default-interest-above-limit']);
    expect(rules('逾期部分按合同利率的1.5倍计收罚息。')).toEqual([]);
  });

  it('finds the period of a rate written away from the figure', () => {
    const q = (t: string) => findQuantities(t).map((x) => [x.percent, x.basis]);
    expect(q('The monthly interest rate applicable to the Loan is 1.2%')).toEqual([[1.2, 'monthly']]);
    expect(q('at the rate of eighteen per cent (18%) per annum')).toEqual([[18, 'annual'], [18, 'annual']]);
    expect(q('a charge of 0.1% of the overdue amount for each day of delay')).toEqual([[0.1, 'daily']]);
    expect(rules('Interest accrues at 3.5% per annum, payable monthly in arrears.')).toEqual([]);
  });

  it('catches wordings of each rule written differently', () => {
    for (const [rule, text] of [
      ['unilateral-change', '贷款人得依其内部政策自行提高贷款利率，毋须借款人另行签署任何文件。'],
      ['waiver-of-defences', '借款人不得以其对贷款人的任何债权抵销本合同项下的还款义务。'],
      ['cross-default-beyond-borrower', '借款人的父母在任何银行的借款逾期的，贷款人有权立即收回全部借款。'],
      ['lender-choice-of-forum', '争议由贷款人认为适当的法院管辖。'],
      ['lender-choice-of-forum', '本合同争议由贷款人选择的人民法院管辖。'],
      ['automatic-renewal', '借款期满借款人未结清的，视为续贷。'],
      ['unrestricted-purpose', '借款人可将借款用于包括投资在内的任何用途。'],
      ['confession-of-judgment', '借款人同意贷款人无须起诉即可申请法院强制执行。'],
      ['land-transfer-condition', '借款人须将承包地交由贷款人指定的合作社经营。'],
      ['prepayment-penalty-above-limit', 'If the Borrower pays off the Loan early it shall pay interest for the rest of the original term.'],
      ['confession-of-judgment', 'The Borrower grants a power of attorney to any lawyer to admit liability for the debt on its behalf.'],
      ['unrestricted-purpose', 'The Borrower may apply the proceeds in any manner it chooses.'],
      ['automatic-renewal', 'The Facility shall be deemed renewed for a further year at maturity.'],
    ] as const) expect(rules(text), text).toContain(rule);
  });

  it('leaves standard wordings near those rules alone', () => {
    for (const text of [
      '还款日遇法定节假日的，顺延至下一工作日。',
      '贷款人未行使或迟延行使本合同项下的任何权利，不构成对该权利的放弃。',
      '借款人需要展期的，应在借款到期日前书面申请，经贷款人同意并签订展期协议后方可展期。',
      '借款人在其他金融机构的借款发生逾期的，贷款人有权宣布借款提前到期。',
      'No failure or delay by the Lender in exercising any right operates as a waiver of it.',
      'You can pay off the loan early and we do not charge a fee for paying early.',
      '利率调整时无需另行签署补充协议，贷款人按调整后的利率计收利息。',
      '实际放款日晚于约定日期的，借款期限相应顺延。',
      '还款日遇节假日的，自动顺延至下一工作日。',
      'Interest Periods shall be successive periods of three months.',
      'The Borrower shall not use the proceeds in any manner that would breach sanctions.',
      '争议由贷款人住所地人民法院管辖。',
    ]) expect(rules(text), text).toEqual([]);
  });
});

describe('standard clauses', () => {
  const shared = (lang: 'zh' | 'en') => clauseLibrary(lang).map((c) => ({ title: c.title, text: c.body.join(lang === 'zh' ? '' : ' ') }));
  it.each([
    ['our zh rewordings', DEV_STANDARD_ZH], ['our en rewordings', DEV_STANDARD_EN],
    ['shared generator zh', shared('zh')], ['shared generator en', shared('en')],
  ] as const)('%s raise no CLAUSE_UNUSUAL', (_name, phrasings) => {
    const flagged = assessClauses(phrasings.map(asClause), library, policy).filter((a) => a.unusual);
    expect(flagged.map((a) => [a.clause.title, a.redFlags.map((h) => h.rule), a.nearest?.similarity])).toEqual([]);
  });

  it('names the nearest standard clause and its topic', () => {
    const [a] = assessClauses([asClause(DEV_STANDARD_ZH.find((p) => p.topic === 'dispute')!)], library, policy);
    expect(a?.nearest?.topic).toBe('dispute');
    expect(a?.nearest?.similarity).toBeGreaterThan(0.3);
  });

  it('queues the dev off-library clauses, which are both unfamiliar and one-sided', () => {
    const assessed = assessClauses([...DEV_OFF_LIBRARY_ZH, ...DEV_OFF_LIBRARY_EN].map(asClause), library, policy);
    for (const a of assessed) {
      expect(a.unusual, a.clause.text).toBe(true);
      expect(a.farFromLibrary, a.clause.text).toBe(true);
      expect(a.burden.length, a.clause.text).toBeGreaterThan(0);
    }
  });

});
