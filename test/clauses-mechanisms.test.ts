/**
 * Mechanisms behind the fourth blind set's misses and false alarms, each tested on wordings
 * written for this file (not the blind set's), in both languages, with the standard wording next
 * to each that must stay silent:
 * - a safeguard the clause denies (不予返还, "no surplus shall be returned") does not cancel 流押;
 * - "contact" the verb is not the borrower's contacts; "balance" of the loan is not a deposit;
 * - a late charge on the overdue amount per day of delay, the period written before the figure;
 * - misuse wording and numbered sub-clauses decide which default-interest limit applies;
 * - purpose left to the borrower in either word order, or the lender giving up any check;
 * - objections barred (异议, 管辖 objection, "no right to contest"); consent to judgment;
 * - cross-default failure verbs (未按时履行, "fails to perform"); tied products as a condition;
 * - loan money paid to a party the lender picks; the borrower bearing the lender's own errors;
 * - scope: any account at any bank, all future debts, no end (survives repayment, no time limit).
 */
import { describe, expect, it } from 'vitest';
import { assessClauses } from '../src/clauses/assess.js';
import { findBurdenCues } from '../src/clauses/burden.js';
import { loadClauseLibrary } from '../src/clauses/library.js';
import { loadReviewPolicy } from '../src/clauses/policy.js';
import { findQuantities } from '../src/clauses/quantities.js';
import { findRedFlags } from '../src/clauses/red-flags.js';
import type { Clause } from '../src/clauses/segment.js';
import { splitSentences } from '../src/clauses/text.js';

const policy = loadReviewPolicy();
const library = loadClauseLibrary();
const rules = (t: string) => findRedFlags(t, policy).map((h) => h.rule);
const cues = (t: string) => findBurdenCues(t).map((h) => h.cue);
const assess = (title: string, text: string) => assessClauses([{ number: '1', title, text, page: 1, bbox: [0, 0, 1, 1], pages: [1] } satisfies Clause], library, policy)[0]!;

describe('rules caught in wordings the rules were not written on', () => {
  it.each([
    // A denied safeguard: the surplus is not returned, no sale is needed.
    ['collateral-vests-in-lender', '债务人逾期九十日仍未还清的，质押的股权即归债权人所有，剩余价值不再退还出质人。'],
    ['collateral-vests-in-lender', '借款人违约时，抵押车辆直接归贷款人所有，贷款人无需退还任何差价。'],
    ['collateral-vests-in-lender', 'If the Borrower defaults, the pledged shares become the property of the Lender and no surplus shall be returned to the Borrower.'],
    // Late charge per day of delay, written before the figure or right after it.
    ['default-interest-above-limit', '借款人迟延付款的，每迟延一日，按应付未付款项的千分之三支付违约金。'],
    ['default-interest-above-limit', '借款人逾期的，按逾期本息的万分之八按日计收滞纳金。'],
    ['default-interest-above-limit', '7.1 Late amounts carry default interest at the agreed rate plus forty per cent. 7.2 Misapplied funds carry default interest at the agreed rate plus one hundred and fifty per cent.'],
    // Purpose left to the borrower, in either order; the lender not checking the use.
    ['unrestricted-purpose', '借款资金作何用途，由借款人自主安排，贷款人不加限制。'],
    ['unrestricted-purpose', '贷款人不对借款的使用情况进行核查。'],
    ['unrestricted-purpose', 'The Lender will not monitor or enquire into the use of the proceeds.'],
    ['unrestricted-purpose', "Proceeds may be spent at the Borrower's sole discretion."],
    ['unrestricted-purpose', '对于借款的使用，借款人有完全的自主权，贷款人不予干涉。'],
    ['unrestricted-purpose', 'How you use the money is entirely up to you, and we will not ask.'],
    // Objections barred.
    ['waiver-of-defences', '借款人承诺不对贷款人出具的欠款金额提出任何异议。'],
    ['waiver-of-defences', '借款人放弃以不方便为由申请移送管辖的权利。'],
    ['waiver-of-defences', 'The Borrower is not entitled to dispute any statement of account issued by the Lender.'],
    // Judgment accepted in advance.
    ['confession-of-judgment', 'The Borrower agrees to the entry of judgment against it for any sum the Lender certifies.'],
    ['confession-of-judgment', 'The Borrower constitutes the Lender its agent to admit liability and accept judgment in any proceedings.'],
    ['confession-of-judgment', '借款人同意法院可根据贷款人提交的证据径行作出判决。'],
    ['confession-of-judgment', '借款人在签订本合同时一并签署空白的还款承诺书，由贷款人在违约后填写。'],
    // Someone else's failure to perform.
    ['cross-default-beyond-borrower', '借款人的配偶或其控制的企业未按时履行对任何银行的还款义务的，视为借款人违约。'],
    ['cross-default-beyond-borrower', "If any company controlled by the Borrower's spouse fails to perform any obligation to its creditors, the Lender may demand immediate repayment."],
    // Tied products written as a condition.
    ['tied-products', 'It is a condition precedent to any advance that the Borrower places a term deposit of 10% of the facility with the Lender.'],
    ['tied-products', "Drawdown is conditional on the Borrower buying units of the Lender's money-market fund."],
    // The loan paid to whoever the lender picks.
    ['lender-chosen-payee', '借款资金由贷款人直接划付给贷款人选定的装修公司，视为已向借款人发放。'],
    ['lender-chosen-payee', 'The Lender will transfer the loan funds to a dealer designated by the Lender, and such transfer counts as drawdown.'],
    // The borrower bears the lender's own errors.
    ['lender-liability-excluded', '贷款人工作人员计算错误导致多收的费用，贷款人不予退还。'],
    ['lender-liability-excluded', 'Any loss caused by a mistake of the Lender in crediting payments shall be borne by the Borrower.'],
    ['abusive-collection', 'If you are late we may call your mobile contacts and tell them about the arrears.'],
  ] as const)('%s: %s', (rule, text) => {
    expect(rules(text)).toContain(rule);
  });
});

describe('standard wordings next to them stay silent', () => {
  it.each([
    '双方可协议以抵押房产折价归贷款人所有，折价款超过债务的部分返还借款人。',
    'We may contact you by phone or letter during reasonable hours to collect overdue amounts.',
    'The Borrower shall keep the charged vehicle insured against theft and damage for not less than the outstanding balance of the Loan with an insurer of its own choice.',
    '借款人逾期的，每逾期一日按逾期金额的万分之二计收违约金。',
    '7.1 Late amounts carry default interest at the agreed rate plus forty per cent. 7.2 Any part of the Loan applied to an unauthorised use carries default interest at the agreed rate plus ninety per cent.',
    '借款人应按约定用途使用借款，贷款人有权对借款使用情况进行检查。',
    '借款人不得改变借款用途，具体采购品种可由借款人自行决定。',
    'The Borrower may, at its discretion, apply a prepayment to shorten the term or reduce the instalments.',
    'The Borrower shall use the proceeds only for the purpose stated, and the Lender may check their use on reasonable notice.',
    'You must use the money only to pay for the kitchen works described above, for your own use.',
    '借款人对扣款金额有异议的，可在收到对账单后十日内向贷款人提出，贷款人应予核实。',
    'If the Borrower disputes a statement it shall notify the Lender within thirty days.',
    '双方同意，发生争议时可向人民法院起诉，法院作出的判决对双方均有约束力。',
    'Judgment on the award may be entered in any court having jurisdiction.',
    '借款人在贷款人处的其他借款未按期履行的，视为本合同项下违约。',
    '贷款人根据借款人的支付委托，将借款资金支付给借款人指定的售房人。',
    '借款人应于还款日前将应还款项转入贷款人指定的账户。',
    'The Borrower shall pay each instalment into the account designated by the Lender.',
    "The Loan will be credited to the Borrower's account designated by the Lender.",
    '因借款人提供的账户信息错误导致扣款失败的，由借款人承担相应后果。',
    '因贷款人系统故障导致未能按时扣款的，不视为借款人逾期，贷款人不收取罚息。',
    'The Lender is not liable for any delay caused by events beyond its reasonable control.',
    'The Lender shall refund any amount debited in error by the Lender.',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
    expect(assess('', text).unusual).toBe(false);
  });

  it('reads a late charge per day of delay and nothing from a plain surcharge', () => {
    const [charge] = findQuantities('每迟延一日，按应付未付款项的千分之三支付违约金');
    expect(charge?.basis).toBe('daily');
    expect(charge?.percent).toBeCloseTo(0.3, 6);
    expect(findQuantities('每月还款日为二十日，逾期的，按合同利率上浮百分之五十计收罚息')[0]?.basis).toBeUndefined();
  });

  it('starts a sentence at a numbered sub-clause but not inside a figure', () => {
    expect(splitSentences('Interest is 4.35 per cent. 7.2 The Borrower shall pay.')).toEqual(['Interest is 4.35 per cent.', '7.2 The Borrower shall pay.']);
  });
});

describe('scope cues: beyond this loan, without end', () => {
  it.each([
    ['unbounded-scope', '借款人授权贷款人从其在任何银行开立的所有账户中扣收欠款。'],
    ['unbounded-scope', 'You allow us to take any overdue amount from any of your accounts with any bank or e-wallet provider.'],
    ['unbounded-scope', '抵押担保的范围包括借款人今后对贷款人产生的一切债务。'],
    ['unbounded-scope', 'The mortgage secures all present and future liabilities of the Borrower to the Lender of whatever nature.'],
    ['without-end', '保证人的责任不因主债务的清偿而消灭。'],
    ['without-end', '抵押期限至贷款人同意解除之日止。'],
    ['without-end', 'The guarantee shall continue notwithstanding payment of the secured amounts.'],
    ['without-end', 'This security remains in force without limit of time.'],
    ['without-end', 'This guarantee stays in effect even after the Loan has been repaid.'],
    ['unbounded-scope', 'The Guarantor is liable for all sums which the Borrower now or at any time in the future owes the Lender.'],
    ['irrevocable-waiver', '借款人不可撤销地授权贷款人划扣其名下任何账户的资金。'],
  ] as const)('%s: %s', (cue, text) => {
    expect(cues(text)).toContain(cue);
  });

  it.each([
    '借款人逾期的，贷款人有权从借款人在贷款人处开立的任何账户中扣收。',
    'The Lender may set off overdue sums against any account the Borrower holds with the Lender.',
    "It is an event of default if any other borrowing of the Borrower from any other financial institution is declared due early.",
    'The mortgage secures all present and future obligations of the Borrower under this Agreement.',
    '保密义务不因本合同终止而失效。',
    'The confidentiality obligations survive termination of this Agreement.',
    'The guarantee is released when all amounts have been paid in full.',
    '借款人不可撤销地授权贷款人在每期还款日从还款账户中扣收当期应还本息。',
  ])('no scope cue: %s', (text) => {
    expect(cues(text).filter((c) => c === 'unbounded-scope' || c === 'without-end' || c === 'irrevocable-waiver')).toEqual([]);
  });

  it('queues a guarantee that outlives repayment and covers later debts, not the ordinary one', () => {
    const en = assess('Guarantee', 'The Guarantor answers for everything the Borrower owes the Lender now or at any time in the future, and this guarantee continues after the Loan is paid off.');
    expect(en.burden.map((h) => h.cue)).toEqual(expect.arrayContaining(['unbounded-scope', 'without-end']));
    expect(en.unusual).toBe(true);
    expect(assess('Guarantee', "The guarantee covers the Borrower's obligations under this Agreement and ends three years after the final repayment date.").unusual).toBe(false);
    const odd = assess('保证', '保证人为借款人的全部债务提供连带责任保证。本保证不因借款人还清本合同项下借款而消灭，借款人日后对贷款人所负的任何债务均在保证范围内。');
    expect(odd.burden.map((h) => h.cue)).toEqual(expect.arrayContaining(['unbounded-scope', 'without-end']));
    expect(odd.unusual).toBe(true);
    const usual = assess('保证', '保证人为借款人在本合同项下的全部债务提供连带责任保证，保证期间为主债务履行期届满之日起三年。');
    expect(usual.unusual).toBe(false);
  });
});

/**
 * Mechanisms behind the fifth blind set's misses and false alarms, on wordings written for this
 * file, with the standard wording beside each that must stay silent:
 * - costs the borrower pays whatever the outcome or without a reasonableness limit;
 * - a deposit (保证金) that becomes the lender's on a default instead of paying the debt;
 * - statutory remedies given up in advance (格式条款 challenge, rescission, cooling-off,
 *   limitation, complaints, class proceedings);
 * - prepayment costing all the interest of the remaining term, however worded;
 * - enrolment in future products without a separate decision;
 * - the loan called in without a default, on the lender's own view or without reasons;
 * - an arbitrator the lender appoints;
 * - a payment authority over any card, for any amount, that cannot be cancelled;
 * - a modest stated arrangement fee netted from the drawdown stays silent; interest does not.
 */
describe('blind5 mechanisms: fee, waiver, acceleration and authority families', () => {
  it.each([
    ['costs-regardless-of-outcome', '借款人应承担贷款人为追索欠款支出的一切费用（含律师费、公告费），不论贷款人最终是否胜诉。'],
    ['costs-regardless-of-outcome', '贷款人实现债权的费用由借款人负担，该等费用不以合理及必要为限。'],
    ['costs-regardless-of-outcome', 'All legal fees of the Lender in any dispute are for the account of the Borrower regardless of the outcome.'],
    ['costs-regardless-of-outcome', 'The Borrower shall reimburse the costs of the Lender whether or not they were reasonable.'],
    ['collateral-vests-in-lender', '借款人出现逾期的，其缴纳的押金直接归出借人所有，不用于抵扣欠款。'],
    ['collateral-vests-in-lender', 'On any missed payment the security deposit is forfeited to the Lender and does not reduce the debt.'],
    ['waiver-of-defences', '借款人确认放弃就本合同主张诉讼时效抗辩及申请撤销合同的权利。'],
    ['waiver-of-defences', '借款人放弃冷静期内无理由撤回借款申请的权利。'],
    ['waiver-of-defences', 'The Borrower waives any cooling-off period and any right to complain to the financial ombudsman.'],
    ['waiver-of-defences', 'The Borrower agrees never to join any class or collective action against the Lender.'],
    ['prepayment-penalty-above-limit', '借款人提前结清的，须补足剩余还款期数对应的全部利息。'],
    ['tied-products', '借款成功后，借款人将被自动加入贷款人的会员计划并按月缴纳会员费。'],
    ['tied-products', '贷款人后续上线的保险产品，借款人同意开通，无需逐项确认。'],
    ['tied-products', 'By drawing the loan the Borrower is automatically enrolled in the Lender\'s payment protection insurance plan.'],
    ['acceleration-without-default', '贷款人认为有必要时，可随时提前收回全部借款。'],
    ['acceleration-without-default', '借款人的内部信用评分低于贷款人设定的分值的，贷款人可宣布借款提前到期。'],
    ['acceleration-without-default', '贷款人要求提前收回贷款的，无需向借款人说明原因。'],
    ['acceleration-without-default', 'The Lender may call for repayment of the Loan at any time whether or not an Event of Default has occurred.'],
    ['acceleration-without-default', 'The Lender may demand early repayment without giving any reason.'],
    ['lender-choice-of-forum', 'Disputes go before a single arbitrator appointed by the Lender.'],
    ['open-payment-authority', 'We may collect payments from any card linked to your account, as many times as needed, for any amount we decide.'],
    ['open-payment-authority', 'You cannot revoke this payment authority until the loan is repaid.'],
    ['open-payment-authority', '借款人授权贷款人从其任何银行卡扣款，扣款次数不限。'],
    ['interest-deducted-upfront', 'Interest for the first year at 1 per cent a month is deducted from the amount advanced on drawdown.'],
    ['interest-deducted-upfront', 'An arrangement fee of 8 per cent is deducted from the loan proceeds when paid out.'],
  ] as const)('%s: %s', (rule, text) => {
    expect(rules(text)).toContain(rule);
  });

  it.each([
    '借款人违约的，应承担贷款人为实现债权支付的合理律师费，律师费以政府指导价为上限。',
    '违约方应赔偿守约方为维权支出的合理费用。',
    'The Borrower shall pay the reasonable and properly incurred costs of enforcing this Agreement.',
    'The party that loses an arbitration bears its own costs and the reasonable costs of the successful party.',
    '借款人交存的保证金在借款人逾期时用于冲抵欠款，结清后剩余保证金退还借款人。',
    '借款人违约时，贷款人有权直接以保证金抵偿借款人的到期债务。',
    '借款人在贷款发放前可以书面通知贷款人放弃借款，本合同随即解除。',
    '贷款人有权拒绝借款人的提款申请，且无需说明理由。',
    'The Borrower shall pay all enforcement costs, whether or not legal proceedings are commenced.',
    'The deposit may be applied against any overdue amount and any balance will be refunded to the Borrower.',
    '双方均放弃对本合同条款进行口头修改的方式，修改须采用书面形式。',
    'Nothing in this Agreement affects your statutory rights, including your right to withdraw within 14 days.',
    '借款人提前还款的，按实际使用天数计收利息，不收取其他费用。',
    'If you repay early you only pay interest up to the date of repayment.',
    '借款人可自愿选择是否购买贷款人代销的保险产品，是否购买不影响贷款审批。',
    'Payment protection insurance is optional and will not be added automatically.',
    '借款人连续三期未按约还款，经催告后三十日内仍未还款的，贷款人可宣布借款提前到期。',
    '出现贷款人认为可能危及本合同项下债权安全的其他情形的，贷款人有权宣布借款提前到期。',
    'If an Event of Default is continuing the Lender may by notice declare the Loan immediately due and payable.',
    'Disputes shall be referred to arbitration before three arbitrators, one appointed by each party and the third by the two so appointed.',
    'You authorise us to debit each monthly instalment from your nominated account; you may cancel this direct debit at any time by telling your bank.',
    '借款人不可撤销地授权贷款人于每期还款日从还款账户扣收当期应还本息。',
    'The Borrower shall pay the Lender an arrangement fee of 1.5% of the Facility, deducted from the amount advanced on the drawdown date.',
    '贷款利率按一年期LPR加点确定，每年1月1日按届时LPR重定价。',
    '借款人逾期的，贷款人有权将逾期信息报送金融信用信息基础数据库。',
  ])('silent: %s', (text) => {
    const found = rules(text).filter((r) => ['costs-regardless-of-outcome', 'collateral-vests-in-lender', 'waiver-of-defences', 'prepayment-penalty-above-limit', 'tied-products', 'acceleration-without-default', 'lender-choice-of-forum', 'open-payment-authority', 'interest-deducted-upfront'].includes(r));
    expect(found).toEqual([]);
  });
});
