/**
 * The legal red flags (砍头息, 流押/流质, abusive collection, tie-ins, personal restrictions,
 * personal data) and the rate forms the numeric rules read (multiples of the LPR, points over a
 * base, 月息X分, periodic fees): each caught in both languages in wordings written for these
 * tests, and the lawful wording next to each left alone.
 */
import { describe, expect, it } from 'vitest';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import { findFolkRates, findLprMultiples, findPointsAdded } from '../src/clauses/quantities.js';
import { findRedFlags } from '../src/clauses/red-flags.js';

const policy = loadReviewPolicy();
const rules = (t: string) => findRedFlags(t, policy).map((h) => h.rule);

describe('legal red flags', () => {
  it.each([
    ['interest-deducted-upfront', '放款时贷款人预先扣除首期三个月利息，借款人按合同约定的借款金额还本付息。'],
    ['interest-deducted-upfront', '咨询服务费在发放贷款时一次性从借款本金中扣收。'],
    ['interest-deducted-upfront', 'Interest for the first six months shall be deducted from the loan proceeds on drawdown.'],
    ['interest-deducted-upfront', 'We will withhold a processing fee of 4% from the amount we pay out to you, but you repay the full loan.'],
    ['collateral-vests-in-lender', '借款人到期不能清偿的，抵押房产直接归贷款人所有，双方无需另行办理拍卖。'],
    ['collateral-vests-in-lender', '乙方逾期超过九十日的，质押的股权自动过户至甲方名下。'],
    ['collateral-vests-in-lender', 'Upon default, title to the mortgaged vehicle shall vest in the Lender without any sale.'],
    ['collateral-vests-in-lender', 'If you do not pay, the car becomes our property and we owe you nothing for it.'],
    ['abusive-collection', '借款人逾期的，贷款人有权联系借款人通讯录中的联系人并告知其欠款情况。'],
    ['abusive-collection', '借款人逾期超过三十日的，贷款人可在借款人所在小区张贴催收公告，公开其姓名和欠款金额。'],
    ['abusive-collection', 'If you miss a payment we may contact your family, friends and employer about the debt.'],
    ['abusive-collection', 'The Lender may publish the names of defaulting borrowers on its website and social media.'],
    ['tied-products', '借款人须在贷款人处保持不低于借款金额百分之二十的存款，借款期间不得支取。'],
    ['tied-products', '乙方应同时购买甲方代销的理财产品，金额不低于借款金额的百分之十。'],
    ['tied-products', 'The Borrower shall maintain a compensating balance with the Lender equal to 15% of the Loan.'],
    ['tied-products', 'As a condition of drawdown the Borrower must purchase a life insurance policy from the Lender.'],
    ['personal-restriction', '借款期间借款人不得离婚，借款人再婚须事先取得贷款人书面同意。'],
    ['personal-restriction', '未经贷款人同意，借款人不得更换工作单位或出境。'],
    ['personal-restriction', 'The Borrower shall not marry or change employment without the Lender\'s prior written consent.'],
    ['personal-data-overreach', '借款人同意贷款人在借款期间随时读取其手机通讯录和通话记录。'],
    ['personal-data-overreach', 'You let us track the location of your phone while any amount is owed.'],
  ] as const)('%s: %s', (rule, text) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    '借款人不履行到期债务的，贷款人可与抵押人协议以抵押物折价，或以拍卖、变卖抵押物所得价款优先受偿。',
    'On an Event of Default the Lender may sell the Property and apply the proceeds in repayment, paying any surplus to the Borrower.',
    '借款人到期未能偿还借款本息的，贷款人有权从借款人在贷款人处开立的任一账户中直接扣收。',
    'You authorise us to collect each monthly instalment from your repayment account on the due date.',
    '借款人应在申请时提供一名紧急联系人的姓名和电话。',
    '借款人逾期的，贷款人将按规定向金融信用信息基础数据库报送逾期信息。',
    'We may report missed payments to credit reference agencies.',
    '乙方承诺借款不得用于购买理财产品或股票。',
    '借款人应为抵押物办理足额财产保险，并以贷款人为第一受益人。',
    'The Borrower shall keep the Property insured with the Lender named as loss payee.',
    '借款人的婚姻状况、工作单位发生变化的，应在十日内通知贷款人。',
    'You must tell us if you change your job or your address.',
    '贷款人依法收集借款人的身份信息和收入信息，仅用于本笔贷款的审批和管理。',
    'An arrangement fee of 0.5% of the Facility is payable on the date of this Agreement.',
  ])('stays silent on the lawful wording: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('rate forms', () => {
  it('reads multiples of the LPR, and the 4× judicial cap itself passes', () => {
    expect(findLprMultiples('借款年利率为一年期LPR的五倍')).toMatchObject([{ multiple: 5, fiveYear: false }]);
    expect(findLprMultiples('interest at five (5) times the one-year Loan Prime Rate')).toMatchObject([{ multiple: 5 }]);
    expect(rules('借款年利率为一年期贷款市场报价利率的五倍。')).toEqual(['rate-above-cap']);
    expect(rules('Interest accrues at five (5) times the one-year Loan Prime Rate.')).toEqual(['rate-above-cap']);
    expect(rules('本合同约定的借款利率不超过合同成立时一年期贷款市场报价利率的四倍。')).toEqual([]);
  });

  it('reads percentage and basis points over a base', () => {
    expect(findPointsAdded('执行利率为LPR加300个基点')).toMatchObject([{ points: 3, onLpr: true }]);
    expect(findPointsAdded('at the contract rate plus twenty percentage points')).toMatchObject([{ points: 20, onLpr: false }]);
    expect(rules('Overdue amounts bear interest at the contract rate plus twenty percentage points.')).toEqual(['default-interest-above-limit']);
    expect(rules('逾期的，按合同利率加二十个百分点计收罚息。')).toEqual(['default-interest-above-limit']);
    expect(rules('借款利率以一年期LPR加50个基点确定，按年重定价。')).toEqual([]);
    expect(rules('The interest rate is the one-year Loan Prime Rate plus 1.5 percentage points.')).toEqual([]);
  });

  it('reads private-lending rates (月息X分, 每万元每日X元)', () => {
    expect(findFolkRates('月息2分').map((q) => [q.percent, q.basis])).toEqual([[2, 'monthly']]);
    expect(findFolkRates('年息1分5').map((q) => [q.percent, q.basis])).toEqual([[15, 'annual']]);
    expect(findFolkRates('每万元每日5元').map((q) => [q.percent, q.basis])).toEqual([[0.05, 'daily']]);
    expect(rules('借款利息按月息3分计算。')).toEqual(['rate-above-cap']);
    expect(rules('借款利息按年息5厘计算。')).toEqual([]);
  });

  it('adds a periodic fee to interest', () => {
    expect(rules('借款人每月按借款本金的百分之一点五向贷款人支付账户管理费，利息另计。')).toEqual(['rate-above-cap']);
    expect(rules('In addition to interest, you will pay a monthly service fee of 1.2% of the original loan amount.')).toEqual(['rate-above-cap']);
    expect(rules('A monthly account fee of 0.1% of the balance is charged.')).toEqual([]);
  });
});

describe('near-miss standard wordings stay silent', () => {
  it.each([
    '借款人提前还款的，按提前还款本金的百分之一收取违约金。',
    'The Borrower may prepay the Loan subject to a prepayment fee of one per cent of the amount prepaid.',
    '借款人逾期还款的，逾期罚息利率为本合同借款利率上浮百分之三十。',
    'Overdue amounts bear interest at the contract rate increased by fifty per cent.',
    'Overdue amounts bear interest at two per cent per annum above the rate otherwise applicable.',
    '借款人在贷款人或其他金融机构的其他借款发生逾期的，贷款人有权宣布本合同项下借款提前到期。',
    'It is an Event of Default if any other borrowing of the Borrower is not paid when due.',
    '本合同履行中发生争议的，由贷款人住所地人民法院管辖。',
    'The courts of the city where the Lender has its head office have jurisdiction over any dispute.',
    '提前还款时，借款人应结清截至还款日的应付利息。',
    'Any unpaid balance at maturity must be repaid unless the Borrower applies for, and the Lender agrees to, an extension in writing.',
    '贷款人转让本合同项下债权的，应当通知借款人，借款人可以向受让人主张其对贷款人的抗辩。',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('drafting rules read more wordings', () => {
  it.each([
    ['prepayment-penalty-above-limit', 'If you repay early you must still pay all the interest you would have paid over the full term.'],
    ['automatic-renewal', 'Any balance unpaid at maturity will be rolled over into a new loan on our then current terms.'],
    ['automatic-renewal', '借款到期未还清的部分将转为一笔新的借款，期限和利率由贷款人确定。'],
    ['lender-choice-of-forum', 'The courts of Hong Kong have jurisdiction. This clause is for the exclusive benefit of the Lender, which may take proceedings in any other court.'],
    // Not "其他有管辖权的法院": the forums the law already gives are no choice (clauses-blind7-mechanisms.test.ts).
    ['lender-choice-of-forum', '争议由贷款人所在地法院管辖，贷款人也可以在其他任何地方的法院起诉。'],
    ['waiver-of-defences', 'Any holder in due course of this Note takes it free of all claims and defences the Borrower may have.'],
    ['cross-default-beyond-borrower', 'If the Borrower\'s brother or sister fails to repay any loan from the Lender, the Lender may demand immediate repayment of this Loan.'],
    ['cross-default-beyond-borrower', '借款人的兄弟姐妹在贷款人处的借款逾期的，贷款人有权要求借款人立即偿还全部借款。'],
  ] as const)('%s: %s', (rule, text) => {
    expect(rules(text)).toContain(rule);
  });
});
