/**
 * Mechanisms behind the seventh blind set's misses and false alarms, each tested on wordings written
 * for this file (not the blind set's), in both languages, with standard wordings that must stay silent:
 * - security or a guarantee beyond this loan (all monies, all assets, household goods, no maximum);
 * - collateral sold by the lender alone (private sale, no court or agreement, surplus kept);
 * - accounts debited or frozen when nothing is due, and accounts of people who are not party;
 * - payments held unapplied or treated as not received;
 * - a charge for each collection call, message or visit;
 * - a floating rate that follows its reference up but not down;
 * - a lump-sum penalty on the whole principal for a breach, against the configured limit;
 * - periodic fees per instalment against the cap, and fees on the original principal whatever is repaid;
 * - wider cues of existing rules: called in whether or not anything is overdue, repayment in another
 *   currency at the lender's rate, a power to amend any term, costs as a share of the debt or the
 *   lender's staff time, insurance from the lender's insurer, a cut of every sum the borrower receives;
 * - the lender's reservation of "any other competent court" is no choice of forum.
 */
import { describe, expect, it } from 'vitest';
import { findBurdenCues } from '../src/clauses/burden.js';
import { loadReviewPolicy, type ReviewPolicy } from '../src/clauses/policy.js';
import { findRedFlags } from '../src/clauses/red-flags.js';

const policy = loadReviewPolicy();
const rules = (t: string, p: ReviewPolicy = policy) => findRedFlags(t, p).map((h) => h.rule);

/** Each rule: wordings it must name, and standard wordings on the same topic that must raise nothing. */
const CASES: { rule: string; flagged: string[]; silent: string[] }[] = [
  {
    rule: 'all-monies-security',
    flagged: [
      "The Borrower's car is also security for any other money the Borrower borrows from the Lender later on.",
      '该房产抵押所担保的债务，除本笔借款外，还包括借款人日后向贷款人申请的其他贷款。',
      "The guarantor's liability is not capped and covers every advance the Lender makes to the Borrower from time to time.",
      '借款人同意，本合同项下抵押物同时担保借款人今后在贷款人处办理的每一笔贷款。',
      '本抵押担保的主债权包括借款人在本合同签订前后与贷款人发生的所有借款。',
      'The charge extends to all sums the Borrower may owe the Lender under any other agreement, present or future.',
      '抵押人以该房产为借款人现在及今后对贷款人所负的全部债务提供担保，包括本合同以外的其他借款。',
      '借款人以其目前拥有及日后购置的一切财产设定抵押，担保本合同项下债务。',
      '本保证为不限金额的连续保证。',
      'The mortgage secures all monies which the Borrower owes the Lender on any account.',
      'The Borrower charges its furniture and household effects as security for the Loan.',
      'The guarantee is unlimited in amount and extends to every other facility the Lender may later make available.',
    ],
    silent: [
      '担保范围包括借款人在本合同项下的全部借款本金、利息、罚息。',
      '保证人以其全部财产对本合同项下债务承担连带保证责任。',
      'If the Borrower defaults under any other agreement with the Lender, the Lender may enforce the security.',
      '保证人对本合同项下借款本金、利息、罚息及实现债权的费用承担连带保证责任。',
      '本合同项下借款以借款人名下位于合同首页所载地址的房产作抵押。',
      'The guarantor guarantees the payment of all amounts due under this Agreement, limited to the principal, interest and enforcement costs.',
      'The Loan is secured by a first mortgage over the property described in the Key Terms.',
    ],
  },
  {
    rule: 'lender-sells-collateral-alone',
    flagged: [
      'If you default we can sell the goods you pledged in any way we like and at a price we choose.',
      '借款人违约后，贷款人有权不经司法程序径行变卖抵押车辆。',
      'The Lender may sell the pledged shares on the market at any time after a default, and need not obtain the best price.',
      '借款人逾期的，贷款人可将质押的黄金自行出售，出售价格由贷款人决定。',
      '借款人违约时，贷款人可不经拍卖程序，以其评估的价格自行变卖质押车辆。',
      'On any default the Lender may sell the car at whatever price it can obtain, without going to court.',
      '借款人逾期超过一个月的，贷款人可以直接出售抵押车辆，不必经过法院，售价由贷款人确定。',
      '处分抵押物所得价款清偿债务后的剩余部分归贷款人所有。',
      'If an instalment is missed the Lender may dispose of the pledged vehicle by private sale.',
      'Any surplus after realisation of the security may be retained by the Lender.',
    ],
    silent: [
      '借款到期未还的，贷款人可与抵押人协商以抵押房产折价，协商不成的，可请求人民法院拍卖该房产，超出债务的价款退还抵押人。',
      '未经贷款人书面同意，借款人不得自行出售或出租抵押房屋。',
      'On default the Lender may apply to the court for an order for sale of the mortgaged property, and shall pay any surplus to the Borrower.',
    ],
  },
  {
    rule: 'account-taken-before-due',
    flagged: [
      'Even when your payments are up to date, we can freeze your account with us.',
      '在借款存续期内，贷款人可视情况对借款人名下存款实施冻结，无需以借款人逾期为条件。',
      "At its discretion the Lender may block the Borrower's savings account before any instalment falls due.",
      '贷款人可以在贷款期限内任何时候冻结借款人的银行卡，而不论借款人有无欠款。',
      '贷款人可在借款人未发生逾期的情况下扣划其账户资金作为还款准备金。',
      'The Lender may place a hold on any of your accounts at any time, even though nothing is owed.',
      '在借款期间，即使借款人未发生任何逾期，贷款人也有权随时止付借款人的储蓄账户。',
      '无论借款人是否违约，贷款人均可从其账户中扣划相当于两期还款额的款项作为备用金。',
      "The Lender may freeze the Borrower's deposit accounts at any time, even if no instalment is overdue.",
      'We may debit your savings account whether or not any payment is owing.',
    ],
    silent: [
      "After an event of default the Lender may place a hold on the Borrower's accounts with the Lender for the amount overdue.",
      '借款人到期未还款的，贷款人可以从借款人在贷款人处开立的账户中扣收逾期款项，并在扣收后通知借款人。',
      "Where any sum due under this Agreement is unpaid, the Lender may set it off against money in the Borrower's accounts with the Lender and will tell the Borrower afterwards.",
    ],
  },
  {
    rule: 'non-party-accounts',
    flagged: [
      "The Lender may deduct overdue amounts from any account held by a member of the Borrower's household.",
      '借款人同意贷款人从其配偶的银行账户中划转款项以偿还本合同项下欠款。',
      "If you fall behind, we may take the money from your parents' bank accounts.",
      '借款人的欠款，贷款人可直接从借款人兄弟姐妹的存款中扣除。',
      '借款人逾期的，贷款人有权从借款人父母的银行卡中划扣欠款。',
      "The Lender may recover any arrears by debiting the bank account of the Borrower's spouse.",
      'The Lender may freeze accounts held in the name of another person if the Borrower uses them.',
    ],
    silent: [
      '共同借款人（借款人配偶）授权贷款人从其本人账户扣收到期款项。',
      "The Lender may debit the Borrower's own repayment account on each due date.",
    ],
  },
  {
    rule: 'payment-not-credited',
    flagged: [
      'We may hold your payment for up to 14 days before applying it to your loan, and interest continues to run meanwhile.',
      '借款人支付的款项，贷款人有权暂时不予入账。',
      'Sums paid to the Lender are not credited to the loan account until the Lender chooses to apply them.',
      '借款人通过柜台归还的款项，贷款人可以延迟三个工作日记账，延迟期间的罚息照计。',
      'Money you pay us may be held in a suspense account and will not count as paid until we release it.',
      '借款人的还款到账后，贷款人可暂缓入账十五日，期间借款人仍须照常支付罚息。',
      '贷款人收到的款项在核对完毕前视为借款人未还款。',
      'Any payment we receive may be kept unapplied in a suspense account for up to two weeks.',
      'The Lender may postpone crediting a payment until it has completed its internal checks.',
    ],
    silent: [
      'Unidentified payments may be held in a suspense account until the payer is identified.',
      '还款账户余额不足导致扣款失败的，视为借款人未按期还款。',
      '借款人未在还款日前将款项存入还款账户的，视为借款人未还款。',
      'A payment received after 5 p.m. is treated as not received until the next business day.',
      'Payments are applied first to costs, then to interest and then to principal.',
    ],
  },
  {
    rule: 'charge-per-collection-contact',
    flagged: [
      'You will pay RMB 200 for every home visit our collectors make while you are in arrears.',
      '借款人逾期后，贷款人每进行一次电话催收，借款人应支付催收费用人民币30元。',
      'Each collection phone call will be billed to you at RMB 60.',
      '每次催收函件收费人民币五十元，由借款人承担。',
      '借款人拖欠款项的，贷款人每发送一次催收短信收取人民币二十元。',
      '逾期期间，每次上门催收，借款人应支付外访费200元。',
      'A fee of RMB 80 is added to the debt for every reminder call made while the account is in arrears.',
    ],
    silent: [
      'We charge £10 for each arrears letter we send, up to a maximum of £30 in any month.',
      '借款人逾期的，贷款人可以通过电话、短信方式提醒借款人还款。',
      'We may charge a fee of RMB 10 for each copy of a statement you request.',
      'A late payment charge of RMB 100 applies to each missed instalment.',
    ],
  },
  {
    rule: 'one-way-rate',
    flagged: [
      'The rate will rise with the LPR, but it will not go down if the LPR goes down.',
      '如基准利率下调，贷款人有权不调整本合同利率。',
      'Decreases in the reference rate will be disregarded.',
      'LPR上行时利率同步上调，LPR下行时维持原利率。',
      'The margin may be increased by the Lender but the interest rate will not be reduced if the LPR is cut.',
      '一年期LPR下降时，本合同执行利率不随之下调；LPR上升时，执行利率相应上调。',
      '借款利率在任何情况下均不得低于放款日的执行利率。',
      'Should the benchmark rate go down, the rate under this Agreement will not change; should it go up, the increase applies at once.',
      'The interest rate can never drop below the initial rate.',
    ],
    silent: [
      'LPR调整的，本合同利率按调整后的LPR加固定点差相应调整，上调或下调均同。',
      '本合同为固定利率，借款期限内不作调整。',
      'If the Loan Prime Rate falls, the interest rate falls by the same amount on the next reset date.',
      'The interest rate shall not fall below zero.',
      'LPR下调的，本合同利率相应下调，加点数值不作调整。',
      'If the LPR falls the interest rate is reduced by the same amount, and the margin will not change.',
    ],
  },
  {
    rule: 'penalty-above-limit',
    flagged: [
      'If the Borrower fails to give the Lender its annual accounts, it must pay a penalty equal to 6% of the loan amount.',
      '借款人擅自变更工作单位未告知贷款人的，按借款本金的12%向贷款人支付违约金。',
      'Any breach of the covenants in this clause obliges the Borrower to pay the Lender ten per cent of the principal as liquidated damages.',
      '借款人未按时提交年度财务报表的，应向贷款人支付贷款金额百分之八的违约金。',
      '借款人违反本条约定擅自出租抵押房屋的，应按贷款本金的百分之十五支付违约金。',
      'If the Borrower moves abroad without telling the Lender, it shall pay liquidated damages of 12 per cent of the principal.',
    ],
    silent: [
      '借款人违反约定用途使用借款的，应按借款金额的百分之二支付违约金。',
      'A prepayment fee of 2 per cent of the principal prepaid applies in the first year.',
    ],
  },
  {
    rule: 'rate-above-cap',
    flagged: [
      'A monthly service charge of 1% of the amount originally borrowed applies for the full term of the loan.',
      '借款期间，借款人每月须按借款合同金额的1.2%缴纳平台管理费，提前还款亦不减免。',
      'An account management fee of 1.1% of the original loan is charged with every monthly instalment until the final repayment date.',
      '借款人每期还款时另付借款金额百分之一点二的管理费。',
      'On each instalment date a service fee of 1 per cent of the loan amount is also payable.',
    ],
    silent: [
      'A service fee of 0.1 per cent of the loan amount is payable on each instalment date.',
      '借款人每期还款时另付借款金额千分之一的账户管理费。',
    ],
  },
  {
    rule: 'interest-on-original-principal',
    flagged: [
      '借款人每期还款时须另付按初始借款金额计算的0.9%信息服务费，该费用不随剩余本金减少。',
      '平台服务费每月按最初借款金额的0.8%收取，不随本金的归还而递减。',
      'A monthly account fee of 0.9% of the initial loan amount is charged throughout, regardless of how much has been repaid.',
    ],
    silent: [
      '账户管理费每月按剩余本金的0.05%收取，随本金归还相应减少。',
      'A monthly fee of 0.05% of the outstanding principal is charged.',
      'The arrangement fee of 1% of the original principal is not refundable even if the Loan is prepaid.',
    ],
  },
  {
    rule: 'acceleration-without-default',
    flagged: [
      'The Lender may declare the Loan immediately due and payable at any time, whether or not any payment has been missed.',
      '无论借款人是否按约还款，贷款人均可根据其风险偏好宣布贷款提前到期。',
      "The Lender may require early repayment of the entire Loan on 30 days' notice for any reason, even where no payment is late.",
      '贷款人可随时要求借款人提前清偿全部借款，不论借款人是否存在违约情形。',
      '即使借款人一直按时足额还款，贷款人仍可根据自身资金安排要求借款人提前归还全部借款。',
      'We may ask you to repay the whole loan at any time, even if all your payments are up to date.',
      '不论借款人是否按时还款，只要贷款人认为其经营前景变差，即可要求借款人立即偿还全部借款。',
      "The Lender may call in the Loan whenever it considers the Borrower's business has weakened, whether or not any instalment has been missed.",
    ],
    silent: [
      '借款人连续两期未按时还款的，贷款人有权宣布借款提前到期。',
      'If an instalment is more than 60 days overdue the Lender may, after written notice, demand repayment of the whole Loan.',
    ],
  },
  {
    rule: 'lender-currency-conversion',
    flagged: [
      'The Borrower shall pay the instalments in sterling at whatever exchange rate the Lender quotes on the day.',
      '贷款人有权将本合同项下剩余借款本金按照贷款人确定的汇率转换为美元计价。',
      'Repayment shall be made in euro, converted at a rate the Lender fixes, although the loan was drawn in yuan.',
      '借款人应按贷款人当日汇率以欧元偿还本合同项下人民币借款。',
      "The Borrower must repay each instalment in Hong Kong dollars at the Lender's selling rate.",
      '借款虽以人民币发放，但借款人须改以港币偿还每期本息，汇率由贷款人确定。',
      '贷款人有权把借款人尚欠的全部贷款本金按照贷款人届时挂牌的汇率换算为欧元。',
      'Repayments must be made in euros at an exchange rate set by the Lender, even though the Loan was paid out in Renminbi.',
    ],
    silent: [
      '借款人账户币种与借款币种不一致的，贷款人按扣款当日牌价折算后扣收。',
      'Where a judgment is given in a currency other than Renminbi, the Borrower shall make good any shortfall when the Lender converts the judgment sum.',
      'The Loan is advanced and repaid in US dollars.',
    ],
  },
  {
    rule: 'unilateral-change',
    flagged: [
      'We may change any of the terms of this agreement simply by emailing you.',
      '贷款人可随时通过手机短信修改本合同任意条款。',
      'The Lender can alter any of these terms at any time by posting the revised terms on its website.',
      '贷款人有权单独决定修订本合同的任何内容，修订自贷款人网站发布之日生效。',
      '贷款人有权以短信方式修改本合同任何约定。',
      'The Lender may vary any of the terms of this Agreement by posting the new terms on its website.',
    ],
    silent: [
      '本合同任何条款的修改须经双方协商一致。',
      "The Lender may amend any provision of this Agreement only with the Borrower's written consent.",
    ],
  },
  {
    rule: 'costs-regardless-of-outcome',
    flagged: [
      "The Borrower shall indemnify the Lender for the cost of its own employees' time spent on collecting overdue amounts.",
      '借款人应按回收金额的30%向贷款人支付催收佣金。',
      'The Borrower shall pay a collection charge equal to 25% of all amounts collected from it after default.',
      '催收产生的费用按借款人欠款金额的20%收取。',
      '贷款人为追讨欠款所发生的内部人员差旅及工时费用，均由借款人承担。',
      '借款人违约的，应承担按欠款总额的25%计算的催收服务费。',
      "Recovery costs include management time spent by the Lender's employees at its usual rates.",
      "Debt collectors' commission of 20% of the amounts collected is added to the Borrower's debt.",
    ],
    silent: [
      '借款人承担贷款人为实现债权实际支出的合理律师费。',
      'The Borrower shall pay the reasonable legal fees actually incurred by the Lender in enforcing this Agreement.',
    ],
  },
  {
    rule: 'tied-products',
    flagged: [
      "The Lender will deduct 0.5 per cent from every sum credited to the Borrower's trading account.",
      '借款人经营账户的每一笔进账，贷款人均按千分之二收取账户监管费。',
      'You must take out payment protection with the insurer we choose.',
      '借款人须购买贷款人指定的保险公司出售的借款人意外险。',
      "The Lender takes a commission of 0.4% on each payment received into the Borrower's business account.",
      '借款人账户每笔到账资金，贷款人按千分之三扣收监管费。',
      'The Borrower is required to buy loan repayment insurance from an insurer the Lender designates.',
      '借款人应投保由贷款人指定保险公司承保的贷款保证保险。',
      '借款人须在贷款人合作的保险公司购买个人意外险，保费随首期还款支付。',
      'As a condition of the Loan the Borrower must hold credit life cover with an insurer nominated by the Lender.',
      "The Lender will retain 0.3% of every deposit credited to the Borrower's current account as a monitoring charge.",
    ],
    silent: [
      '借款人可自主选择保险公司，贷款人不得指定保险机构。',
      '借款人可以选择在贷款人处办理工资代发。',
      // A receipts account with the lending bank is ordinary for a working-capital loan; only a cut of each receipt is flagged.
      '借款人应将经营回款归集至在贷款人处开立的结算账户。',
      'The Borrower shall pay all sales proceeds of its business into its account with the Lender.',
      'The Borrower shall insure the mortgaged home with an insurer of its own choosing.',
      '借款人可自行选择保险公司为抵押房屋投保财产险。',
      'The Borrower shall keep its salary account with the Lender open during the term.',
      '借款人应于每期还款日前将当期应还款项存入还款账户。',
    ],
  },
  {
    rule: 'lender-choice-of-forum',
    flagged: [
      '争议由贷款人所在地法院管辖，贷款人也可以向其他任何法院起诉。',
      'Nothing here limits the Lender in bringing proceedings in any court in any country.',
      'This does not prevent the Lender from bringing concurrent proceedings in other competent courts.',
    ],
    // Only the forums the law already gives: the lender could sue there anyway, the borrower's home court first.
    silent: [
      '争议由贷款人住所地法院管辖；贷款人也可向其他有管辖权的人民法院起诉。',
      "Courts at the Lender's seat hear disputes, and nothing prevents the Lender from suing in any other court having jurisdiction.",
    ],
  },
];

describe.each(CASES)('$rule', ({ rule, flagged, silent }) => {
  it.each(flagged)('names %s', (text) => {
    expect(rules(text)).toContain(rule);
  });
  it.each(silent)('stays silent on %s', (text) => {
    expect(rules(text)).not.toContain(rule);
  });
});

describe('the penalty limit comes from the policy', () => {
  it('reads the configured share of the principal', () => {
    const text = '借款人违反本条约定擅自出租抵押房屋的，应按贷款本金的百分之十五支付违约金。';
    const [hit] = findRedFlags(text, policy).filter((h) => h.rule === 'penalty-above-limit');
    expect(hit?.values).toMatchObject({ penaltyPercent: 15, limitPercent: policy.breachPenalty.maxPercentOfPrincipal });
    const looser: ReviewPolicy = { ...policy, breachPenalty: { maxPercentOfPrincipal: 20 } };
    expect(rules(text, looser)).not.toContain('penalty-above-limit');
  });
});

describe('burden cues reach property that is not the collateral and every present and future debt', () => {
  it.each([
    '借款人名下所有房产，不论是否已抵押给贷款人，出租前均须征得贷款人同意。',
    'The Borrower shall not sell any of its property, whether or not it is subject to the mortgage, without consent.',
    '借款人对贷款人负有的一切现有及将来债务均适用本条。',
  ])('%s', (text) => {
    expect(findBurdenCues(text).map((h) => h.cue)).toContain('unbounded-scope');
  });

  it.each([
    "The Borrower shall not sell the mortgaged property without the Lender's consent.",
    '借款人出租抵押房屋须征得贷款人同意。',
  ])('stays silent on %s', (text) => {
    expect(findBurdenCues(text).map((h) => h.cue)).not.toContain('unbounded-scope');
  });
});
