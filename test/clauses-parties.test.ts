import { describe, expect, it } from 'vitest';
import { borrowerLetter, nameLetterParties } from '../src/clauses/text.js';
import { LEGAL_RULES } from '../src/clauses/legal-flags.js';
import { matchesRule } from '../src/clauses/wording.js';

describe('borrowerLetter', () => {
  it('reads the borrower letter from how the parties are introduced', () => {
    expect(borrowerLetter('借款人（甲方）：王小明\n贷款人（乙方）：某某银行')).toBe('甲方');
    expect(borrowerLetter('甲方(借款人)：王小明 乙方(贷款人)：某某银行')).toBe('甲方');
    expect(borrowerLetter('出借人（以下简称“甲方”）：某银行 借款人（以下简称“乙方”）：李四')).toBe('乙方');
    expect(borrowerLetter('贷款银行（甲方）：某银行')).toBe('乙方');
    expect(borrowerLetter('贷款人/乙方   住所\n借款人/甲方   证件号码')).toBe('甲方');
    expect(borrowerLetter('甲方、贷款人：某银行')).toBe('乙方');
    expect(borrowerLetter('双方就乙方向甲方借款事宜订立本合同')).toBe('乙方');
  });
  it('says nothing when the contract does not say, or says both ways', () => {
    expect(borrowerLetter('甲方：某银行 乙方：李四')).toBeUndefined();
    expect(borrowerLetter('借款人（甲方） 借款人（乙方）')).toBeUndefined();
  });
});

describe('nameLetterParties', () => {
  const payee = LEGAL_RULES.find((r) => r.id === 'lender-chosen-payee')!;
  const clause = '乙方按约定将借款一次性发放至甲方指定的账户。';
  it('reads 甲方 as the borrower when the contract makes the borrower 甲方', () => {
    const named = nameLetterParties(clause, '甲方');
    expect(named).toBe('贷款人按约定将借款一次性发放至借款人指定的账户。');
    expect(matchesRule(payee, named)).toBe(false);
  });
  it('still flags payment to an account the lender picks, whichever letter the lender has', () => {
    expect(matchesRule(payee, nameLetterParties('甲方将借款直接支付至乙方指定的合作商户账户。', '甲方'))).toBe(true);
    expect(matchesRule(payee, nameLetterParties('乙方将借款直接支付至甲方指定的合作商户账户。', '乙方'))).toBe(true);
  });
  it('leaves text alone when the roles are unknown', () => {
    expect(nameLetterParties(clause, undefined)).toBe(clause);
  });
});
