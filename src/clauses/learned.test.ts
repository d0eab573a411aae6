import { describe, expect, it } from 'vitest';
import { clauseFeatures, loadLearnedModel, scoreClause, trainLearnedModel } from './learned.js';

describe('clauseFeatures', () => {
  it('reads Chinese as character pairs and triples and English as words and word pairs, figures folded', () => {
    expect([...clauseFeatures('单方调整', 'zh').keys()].sort()).toEqual(['单方', '单方调', '方调', '方调整', '调整'].sort());
    expect([...clauseFeatures('Rate 12.5 %', 'en').keys()].sort()).toEqual(['%', '0', '0 %', 'rate', 'rate 0'].sort());
  });
});

describe('trainLearnedModel', () => {
  const examples = [
    ...['the lender may change the rate at its sole discretion without notice', 'the lender may vary any fee at its sole discretion', 'at its sole discretion the lender may amend these terms'].map((text) => ({ text, language: 'en' as const, unusual: true })),
    ...['the borrower shall repay the loan in monthly instalments', 'interest accrues daily on the outstanding principal', 'the loan shall be used to purchase the property', 'notices shall be given in writing to the address above'].map((text) => ({ text, language: 'en' as const, unusual: false })),
  ];

  it('is reproducible and separates what it was shown', () => {
    const a = trainLearnedModel(examples, { minWeight: 0 });
    expect(trainLearnedModel(examples, { minWeight: 0 })).toEqual(a);
    const model = { trainedOn: { sets: [], clauses: examples.length, unusual: 3, at: '' }, ...a };
    expect(scoreClause(model, 'the lender may adjust the margin at its sole discretion', 'en').probability).toBeGreaterThan(0.5);
    expect(scoreClause(model, 'the borrower shall repay each monthly instalment', 'en').probability).toBeLessThan(0.5);
    const { cues } = scoreClause(model, 'the lender may adjust the margin at its sole discretion', 'en');
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) expect('the lender may adjust the margin at its sole discretion').toContain(cue);
  });

  it('refuses a training set of one class', () => {
    expect(() => trainLearnedModel(examples.filter((e) => !e.unusual))).toThrow(/both unusual and standard/u);
  });
});

describe('the shipped model', () => {
  const model = loadLearnedModel();
  // Wordings written for this test, in no sample set.
  // 0.75 when written: below the policy's 0.8, so on its own this wording would not be queued.
  it('reads a one-sided clause in new words as more likely unusual than not', () => {
    const text = 'The Bank may from time to time and as it alone thinks fit revise the margin, the fees and any other term of this facility, and each revision binds the Customer from the date the Bank records it in its own systems, whether or not the Customer has been told of it.';
    expect(scoreClause(model, text, 'en').probability).toBeGreaterThan(0.5);
  });

  it('reads an ordinary repayment clause as usual', () => {
    const text = '借款人应于每月二十日前将当期应还本息存入还款账户，贷款人按约定从该账户扣收；还款日遇法定节假日的，顺延至节假日后第一个工作日，不计收逾期利息。';
    expect(scoreClause(model, text, 'zh').probability).toBeLessThan(0.5);
  });
});
