/**
 * Mechanisms behind the eighth blind set's misses and false alarms, each tested on wordings written
 * for this file (not the blind set's), in both languages, with standard wordings that must stay silent:
 * - the salary account handed to the lender (frozen or debited at will, the borrower locked in);
 * - arbitration on the papers, without a hearing;
 * - a promise not to appeal, sue or complain, however it is introduced;
 * - a list's lead-in (下列情形构成违约： / "is an Event of Default:") read with each of its limbs;
 * - a change the contract denies ("obligations are not increased") is no unilateral change.
 */
import { describe, expect, it } from 'vitest';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import { findRedFlags, withLeadIns } from '../src/clauses/red-flags.js';

const policy = loadReviewPolicy();
const rules = (t: string) => findRedFlags(t, policy).map((h) => h.rule);

const CASES: { rule: string; flagged: string[]; silent: string[] }[] = [
  {
    rule: 'salary-account-control',
    flagged: [
      '借款人应委托其所在单位将工资发放至其在贷款人处开立的账户，贷款人有权对该账户实施监管并冻结账户资金。',
      '借款人授权贷款人随时扣划其工资卡内资金，借款人在借款结清前不得变更工资代发银行。',
      'Your employer will pay your wages into an account with us, and we may freeze that account and take money from it whenever we decide.',
      'The Borrower may not move its payroll account to another bank while any amount is outstanding, and irrevocably authorises the Lender to debit it.',
    ],
    silent: [
      '借款人同意以其工资账户作为还款账户，授权贷款人在每期还款日从该账户扣收当期应还本息。',
      'The Borrower may nominate its salary account as the repayment account, from which each instalment is debited on its due date.',
    ],
  },
  {
    rule: 'arbitration-without-hearing',
    flagged: [
      '双方发生争议的，提交某市仲裁委员会，仲裁庭以书面方式审理，不再开庭。',
      'All disputes shall be referred to arbitration before the institution named by the Lender and decided on the documents, without an oral hearing.',
    ],
    silent: [
      '因本合同发生的争议，提交贷款人所在地仲裁委员会按其仲裁规则仲裁，仲裁裁决是终局的。',
      'Disputes shall be finally settled by arbitration under the rules in force; the tribunal shall hold a hearing in the city where the Borrower lives.',
      '争议提交仲裁委员会仲裁，可以书面审理，但任何一方申请开庭的，应当开庭审理。',
    ],
  },
  {
    rule: 'waiver-of-defences',
    flagged: [
      '借款人确认，对贷款人的催收行为，借款人不向任何部门投诉，亦不提起诉讼。',
      '借款人保证，法院判决后不再上诉。',
    ],
    silent: [
      '双方协商不成的，任何一方可以向贷款人所在地人民法院提起诉讼。',
      '借款人确认已阅读本合同全部条款，诉讼期间不涉及争议的部分继续履行。',
    ],
  },
  {
    rule: 'cross-default-beyond-borrower',
    flagged: [
      '发生下列情形之一的，贷款人有权宣布贷款提前到期：借款人未按期还款；借款人的父母或子女对其他银行的借款逾期；借款人死亡。',
    ],
    silent: [
      '发生下列情形之一的，贷款人有权宣布贷款提前到期：借款人未按期还款；借款人的配偶提出离婚诉讼的，借款人应及时通知贷款人。',
      '借款人的子女可以代为还款；借款人逾期的，贷款人有权宣布贷款提前到期。',
    ],
  },
];

describe('blind8 mechanisms: each rule on its own wordings', () => {
  for (const { rule, flagged, silent } of CASES) {
    it(`${rule} names what it should`, () => {
      for (const text of flagged) expect(rules(text), text).toContain(rule);
    });
    it(`${rule} stays silent on the standard wording`, () => {
      for (const text of silent) expect(rules(text), text).not.toContain(rule);
    });
  }

  it('reads each list limb with its lead-in, until the list ends', () => {
    expect(withLeadIns(['以下构成违约：甲；', '乙；', '丙。', '丁。'])).toEqual(['以下构成违约：甲；', '以下构成违约： 乙；', '以下构成违约： 丙。', '丁。']);
  });

  it('takes a safeguard against a heavier burden for no unilateral change', () => {
    const safe = "The Lender may assign its rights to another bank without the Borrower's consent, provided the Borrower is told in writing and its obligations are not increased.";
    expect(rules(safe)).not.toContain('unilateral-change');
    expect(rules("The Lender may increase the margin at any time without the Borrower's consent.")).toContain('unilateral-change');
  });
});

describe('blind8 mechanisms: personal data sold or given to the data and advertising trade', () => {
  it('names data sold or handed to advertisers and data brokers, not the credit bureau', () => {
    for (const t of [
      "The Borrower agrees that the Lender may make the Borrower's application data, repayment history and contact details available to data brokers chosen by the Lender.",
      'We may sell your personal information to other companies for their own marketing.',
      '贷款人可以将借款人的个人资料有偿提供给合作的数据公司。',
    ]) expect(rules(t), t).toContain('personal-data-overreach');
    for (const t of [
      "The Lender will report the Borrower's repayment record to the credit reference agency as the law requires.",
      '贷款人依法向金融信用信息基础数据库报送借款人的信贷信息。',
      "The Lender shall not sell or disclose the Borrower's personal information to advertisers.",
    ]) expect(rules(t), t).not.toContain('personal-data-overreach');
  });
});

describe('blind8 mechanisms: the meaning behind rates, deductions, changes and cross-defaults', () => {
  it('names a loan called in by any debt of any amount to anyone, not the ordinary cross-default', () => {
    for (const t of [
      '借款人对其他金融机构的任何债务发生逾期的，无论金额大小，本合同项下全部借款立即到期。',
      'If the Borrower fails to pay any debt owed to any creditor, however small, all sums under this Agreement become immediately due without notice.',
    ]) expect(rules(t), t).toContain('cross-default-any-creditor');
    for (const t of [
      '借款人在贷款人处的其他借款逾期超过人民币5万元，经贷款人书面通知后三十日内仍未清偿的，贷款人有权宣布本合同项下借款提前到期。',
      'If any other debt of the Borrower to any bank in excess of RMB 100,000 is not paid when due, the Lender may declare the loan immediately due.',
    ]) expect(rules(t), t).not.toContain('cross-default-any-creditor');
  });

  it('names interest that still runs on the full principal after part was kept back', () => {
    expect(rules('The Lender keeps back an arrangement deposit on the advance; interest is nevertheless calculated on the whole principal.')).toContain('interest-deducted-upfront');
    expect(rules('Interest is calculated daily on the principal outstanding from time to time.')).not.toContain('interest-deducted-upfront');
  });

  it('reads a daily rate "calculated from drawdown" as interest, not as default interest', () => {
    const hits = rules('Interest accrues at 0.1 per cent per day, calculated from the date of drawdown.');
    expect(hits).toContain('rate-above-cap');
    expect(hits).not.toContain('default-interest-above-limit');
  });

  it('names a change made under the lender\'s internal rules', () => {
    expect(rules('贷款人可依据其内部管理规定的调整，相应修改本合同的还款计划。')).toContain('unilateral-change');
    expect(rules('利率调整按照本合同第三条约定的定价规则执行，加点数值不变。')).not.toContain('unilateral-change');
  });

  it('names contact lists disclosed to others', () => {
    expect(rules("The Borrower agrees that the Lender may disclose its contact lists and call history to the Lender's partners.")).toContain('personal-data-overreach');
  });
});
