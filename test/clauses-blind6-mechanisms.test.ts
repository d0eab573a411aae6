/**
 * Mechanisms behind the sixth blind set's misses and false alarms, each tested on wordings written
 * for this file (not the blind set's), in both languages, with standard wordings that must stay silent:
 * - the all-in cost of a loan: a figure named as the annualised total cost, or interest and periodic
 *   fees written in different sentences and summed against the cap;
 * - a one-off charge as a share of the overdue amount, against the configured limit;
 * - interest on the original principal whatever has been repaid (flat / add-on interest);
 * - the loan switched into another currency at the lender's choice or rate;
 * - purpose left open in more English wordings, and barred uses (securities, property, other debts) allowed;
 * - notarised enforceability: flagged for a person whether agreed by both parties or one-sided (the confession of judgment).
 */
import { describe, expect, it } from 'vitest';
import { loadReviewPolicy, type ReviewPolicy } from '../src/clauses/policy.js';
import { findRedFlags } from '../src/clauses/red-flags.js';

const policy = loadReviewPolicy();
const rules = (t: string, p: ReviewPolicy = policy) => findRedFlags(t, p).map((h) => h.rule);

describe('all-in cost above the cap', () => {
  it.each([
    '借款的年化综合成本（含利息、平台服务费）为百分之二十二。',
    '本借款年化综合费率为18%，已包含全部利息及费用。',
    'The all-in annual cost of the loan (interest together with all fees) is 19 per cent.',
    'The annual percentage rate (APR) of this loan is 26%.',
    // Interest and a periodic fee in separate sentences, each under the cap, together above it.
    '本合同年利率为9%。借款人还应每月按贷款本金的0.4%支付账户管理费。',
    'The interest rate is 7 per cent per annum. In addition the Borrower pays a monthly service fee of 0.6% of the loan amount.',
    '贷款年利率8%。另按日收取借款本金万分之二的信息服务费。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('rate-above-cap');
  });

  it('explains the sum it found', () => {
    const [hit] = findRedFlags('本合同年利率为9%。借款人还应每月按贷款本金的0.4%支付账户管理费。', policy);
    expect(hit?.values).toMatchObject({ allInPercent: 13.8, interestPercent: 9, capPercent: 12 });
  });

  it.each([
    // The whole cost already holds the interest and fees it names: nothing is added to it.
    '借款的年化综合成本（包括利息、服务费）为10%。',
    'The all-in annual cost of the loan (interest and the monthly service fee) is 11 per cent.',
    'The annual percentage rate (APR) of this loan is 8.9%.',
    '本合同年利率为4.5%。借款人每月支付本金0.05%的账户管理费。',
    'Interest is 5 per cent per annum. An arrangement fee of 1% of the Loan is payable once on drawdown.',
  ])('stays silent under the cap: %s', (text) => {
    expect(rules(text)).not.toContain('rate-above-cap');
  });
});

describe('one-off default charge on the overdue amount', () => {
  it.each([
    '借款人任一期还款逾期的，除罚息外，应按当期应还款项的25%一次性支付逾期服务费。',
    '逾期未还的，借款人须另按拖欠金额的百分之二十缴纳催收管理费。',
    'If any instalment is overdue, the Borrower shall pay a one-off late charge of 20 per cent of the overdue instalment in addition to default interest.',
    'A collection fee equal to 15% of each missed payment is charged when a payment is late.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('default-interest-above-limit');
  });

  it.each([
    '借款人逾期的，应按逾期金额的5%一次性支付违约金。',
    'A late payment fee of 3% of the overdue amount is payable once for each missed instalment.',
    '逾期罚息按本合同利率上浮50%计收。',
    'Overdue amounts bear interest at the contract rate plus 50 per cent.',
  ])('stays silent within the limit: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('reads the limit from the policy', () => {
    const text = '借款人任一期还款逾期的，应按当期应还款项的25%一次性支付逾期服务费。';
    const looser: ReviewPolicy = { ...policy, defaultInterest: { ...policy.defaultInterest, maxOneOffChargePercentOfOverdue: 30 } };
    expect(rules(text)).toContain('default-interest-above-limit');
    expect(rules(text, looser)).not.toContain('default-interest-above-limit');
  });
});

describe('interest on the original principal', () => {
  it.each([
    '每期利息按借款本金总额乘以月利率计算，不因借款人已归还部分本金而减少。',
    '利息以初始借款本金为基数计收，无论借款人是否已提前偿还部分本金。',
    '本贷款采用等本等息方式还款。',
    'Interest is charged on the full amount advanced for the whole term, regardless of any instalments already repaid.',
    'Monthly interest is worked out on the initial principal, even if part of the Loan has been prepaid.',
    'Interest will be calculated at a flat rate of 6% on the loan.',
  ])('%s', (text) => {
    expect(rules(text)).toContain('interest-on-original-principal');
  });

  it.each([
    'Interest accrues daily on the principal outstanding from time to time.',
    '计息基数为借款本金余额，按日计息。',
    '本贷款按等额本息方式按月还款。',
    'A prepayment fee of 1% of the original principal is payable if the Borrower prepays in the first year.',
  ])('stays silent on the reducing balance: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('loan switched into another currency by the lender', () => {
  it.each([
    'The Lender may convert the outstanding Loan into euros at any time at the exchange rate it quotes, and any resulting loss is for the Borrower\'s account.',
    'The Bank may redenominate the Facility in a currency of its choice.',
    '贷款人有权将本合同项下借款本息折算为美元，汇率由贷款人确定，汇兑损失由借款人承担。',
    '本合同借款币种由贷款人根据市场情况决定并可随时变更。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('lender-currency-conversion');
  });

  it.each([
    'If the Lender receives an amount in a currency other than Renminbi, it may convert that amount into Renminbi at its prevailing spot rate.',
    '借款人以外币还款的，贷款人按当日牌价折算为人民币。',
    'The Loan is denominated in Renminbi and all payments shall be made in Renminbi.',
    '本合同项下借款币种为人民币，任何一方不得变更币种。',
  ])('stays silent on ordinary currency terms: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('purpose left open', () => {
  it.each([
    'The Borrower may use the money for whatever purpose it likes.',
    'There is no limit on how the Borrower spends the Loan.',
    'How the loan is used is entirely up to you.',
    'The Borrower may put the advance to any use.',
    'We need not verify how the funds are spent.',
    'The Borrower decides how to use the proceeds.',
    'The Loan may be applied towards the Borrower\'s general needs, including trading in shares and paying down debts owed to other lenders.',
    '借款可用于日常消费、购买理财产品及偿还其他贷款。',
  ])('%s', (text) => {
    expect(rules(text)).toContain('unrestricted-purpose');
  });

  it.each([
    'The facility is available for the Borrower\'s general corporate purposes.',
    'The Loan shall be used for working capital and not for speculation in securities.',
    'The Borrower shall not use the Loan for investment in securities, futures or real estate, or to repay other borrowings.',
    '借款不得用于购房、股票、期货等投资，也不得用于偿还其他债务。',
    'The Lender may monitor the use of the funds.',
    'The Borrower shall tell the Lender how the loan is used.',
    'The Loan shall be used solely for the purchase of the vehicle described in the Schedule.',
    // A loan whose one purpose is buying the property or refinancing is not an open purpose.
    'The Loan shall be used to purchase the real property described in Schedule 1.',
    '本借款用于购买位于本市的住房一套。',
    '本笔贷款可用于偿还借款人在他行的住房贷款。',
  ])('stays silent on a bound purpose: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});

describe('notarised enforceability', () => {
  it.each([
    '双方同意就本合同向公证机构申请办理赋予强制执行效力的公证，借款人已知悉其法律后果。',
    '借贷双方经协商一致，共同申请对本合同进行强制执行公证。借款人不履行还款义务时，贷款人可向原公证机构申请签发执行证书。',
    'The parties jointly agree to have this Agreement notarised as a debt instrument with compulsory enforcement effect; the Borrower confirms it understands the consequences.',
  ])('agreed by both parties is still queued for a person: %s', (text) => {
    expect(rules(text)).toEqual(['confession-of-judgment']);
  });

  it.each([
    '借款人可以向公证处咨询本合同条款的含义。',
    'The signatures of the parties may be witnessed by a notary public at the Borrower\'s request.',
    '因本合同发生的争议，由贷款人所在地人民法院管辖，判决生效后双方应自觉履行。',
  ])('a notary or a court without enforcement effect stays silent: %s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it.each([
    '本合同签订后，贷款人可单独向公证处申请赋予本合同强制执行效力，无需借款人另行同意。',
    '借款人同意办理强制执行公证，并放弃在公证机构出具执行证书前提出异议的权利。',
    '双方同意办理赋予强制执行效力的债权文书公证。执行证书所载欠款金额以贷款人出具的计算单为准。',
    'The Lender may on its own apply to a notary to have this Agreement notarised with compulsory enforcement effect.',
    'The Borrower waives any objection to the notary issuing an enforcement certificate for this notarised Agreement.',
    // No notary at all: the contract claims enforceability for itself.
    '本合同一经签署即具有强制执行效力。',
  ])('one-sided or unnotarised is flagged: %s', (text) => {
    expect(rules(text)).toContain('confession-of-judgment');
  });

  it('tells the reviewer when the notarisation is one-sided', () => {
    const [oneSided] = findRedFlags('本合同签订后，贷款人可单独向公证处申请赋予本合同强制执行效力，无需借款人另行同意。', policy);
    expect(oneSided?.values).toMatchObject({ form: 'one-sided' });
    const [agreed] = findRedFlags('双方同意就本合同向公证机构申请办理赋予强制执行效力的公证，借款人已知悉其法律后果。', policy);
    expect(agreed?.values?.form).toBeUndefined();
  });

  it('flags a notarisation beside another one-sided term, and says why', () => {
    const hits = findRedFlags('双方同意办理强制执行公证。贷款人有权随时单方调整利率。', policy);
    expect(hits.map((h) => h.rule).sort()).toEqual(['confession-of-judgment', 'unilateral-change']);
    expect(hits.find((h) => h.rule === 'confession-of-judgment')?.explanation).toMatch(/borrower agreed to it knowingly.*one-sided/su);
  });
});
