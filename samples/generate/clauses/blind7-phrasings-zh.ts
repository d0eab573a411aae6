/**
 * The seventh blind clause set's Chinese wordings: plain standard drafts per topic, near-miss
 * standard clauses (harsh-sounding but ordinary practice) and unusual clauses a credit officer must read.
 * Written from the author's own knowledge of 个人/小微企业借款合同, not from any earlier set.
 */
import type { Blind7Clause, Blind7Pool } from './blind7-types.js';

export const BLIND7_STANDARD_ZH: Blind7Pool = {
  purpose: [
    { title: '借款用途', text: '本合同项下借款仅用于乙方家庭装修及购置自用家具家电，乙方不得将借款用于购房、投资股票、期货、理财产品或其他国家法律法规禁止的用途。' },
    { title: '贷款用途及受托支付', text: '借款用于乙方经营的个体工商户采购原材料。单笔支付金额超过人民币三十万元的，采用甲方受托支付方式，由甲方根据乙方的支付委托将借款直接支付给乙方的交易对象。' },
  ],
  amount: [
    { title: '借款金额', text: '借款金额以本合同第一部分主要条款载明的金额为准，实际发放金额以借款借据记载为准，借款借据是本合同的组成部分，与本合同具有同等法律效力。' },
  ],
  term: [
    { title: '借款期限', text: '借款期限为三十六个月，自借款实际发放之日起算。借款借据记载的发放日与本合同约定不一致的，以借款借据记载为准。' },
    { title: '期限', text: '本合同项下借款期限以主要条款载明的月数计算，到期日为发放日在最后一个月的对应日；该月无对应日的，以该月最后一日为到期日。' },
  ],
  rate: [
    { title: '借款利率', text: '本合同项下借款执行固定年利率，具体利率以主要条款载明为准，在借款期限内不作调整。利息按实际借款天数计算，日利率等于年利率除以三百六十。' },
    { title: '利率与计息', text: '借款利率以发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率为基础加点确定，加点幅度在借款期限内保持不变。利息自放款之日起按日计算，按月结息。' },
  ],
  disbursement: [
    { title: '借款的发放', text: '乙方满足下列条件后甲方发放借款：本合同及担保合同已经签署并生效；抵押登记手续已办理完毕；乙方已按甲方要求提供用途证明材料。借款发放至乙方在甲方开立的个人结算账户。' },
  ],
  repayment: [
    { title: '还款方式', text: '乙方按等额本息方式逐月还款，每月还款日为放款日的对应日。乙方应在每期还款日前将当期应还款项足额存入还款账户，由甲方按期扣收。' },
    { title: '还款', text: '借款按月等额本息偿还，首期还款日为放款后的第一个对应日。乙方可以通过柜面、网上银行或自动扣款方式还款，还款金额以甲方出具的还款计划表为准。' },
  ],
  prepayment: [
    { title: '提前还款', text: '乙方可以提前归还全部或部分借款，但应提前十个工作日向甲方提出申请。提前还款的，利息按实际占用天数计算，已还部分不再计收利息。' },
  ],
  security: [
    { title: '担保', text: '本合同项下借款以乙方名下位于主要条款所载地址的住房提供抵押担保，双方另行签订抵押合同并办理抵押登记。抵押合同与本合同具有同等效力。' },
    { title: '担保方式', text: '本合同项下债务由保证人提供连带责任保证，保证人与甲方另行签订保证合同。保证合同的效力不受本合同其他条款效力的影响。' },
  ],
  reps: [
    { title: '乙方的陈述与保证', text: '乙方保证其具有完全民事行为能力，向甲方提供的身份证明、收入证明、婚姻状况等资料真实、完整、有效，且签署和履行本合同不违反其对任何第三方承担的义务。' },
  ],
  covenants: [
    { title: '乙方承诺', text: '乙方承诺按合同约定用途使用借款，配合甲方对借款使用情况和乙方收入状况的检查；乙方的工作单位、住址、联系电话发生变更的，应在变更后十日内书面通知甲方。' },
  ],
  'credit-info': [
    { title: '信用信息', text: '乙方同意甲方在办理本合同项下业务及贷后管理时，依法向金融信用信息基础数据库查询乙方的信用报告，并按规定报送乙方的借款及还款信息。' },
  ],
  default: [
    { title: '违约责任', text: '乙方未按期足额还款、擅自改变借款用途或者提供虚假资料的，构成违约。乙方违约的，甲方有权要求乙方限期纠正，并可依照本合同约定计收罚息。' },
  ],
  'default-interest': [
    { title: '罚息', text: '乙方未按期还款的，对逾期本金自逾期之日起按本合同利率加收百分之三十计收罚息；对应付未付的利息，按罚息利率计收复利。' },
  ],
  assignment: [
    { title: '转让', text: '未经甲方书面同意，乙方不得转让其在本合同项下的任何权利和义务。' },
  ],
  changes: [
    { title: '合同的变更', text: '本合同的任何变更、补充均须经甲乙双方协商一致并以书面形式作出，变更、补充协议是本合同不可分割的组成部分。' },
  ],
  notices: [
    { title: '通知', text: '本合同项下的通知以书面形式作出，发送至本合同首页所载地址或乙方预留的手机号码。一方联系方式变更的，应及时书面通知另一方。' },
  ],
  dispute: [
    { title: '争议解决', text: '本合同履行中发生争议的，双方协商解决；协商不成的，任何一方均可向甲方住所地有管辖权的人民法院提起诉讼。' },
    { title: '争议的解决', text: '因本合同引起的或与本合同有关的争议，由双方友好协商；协商不成的，依法向有管辖权的人民法院起诉。诉讼期间，不涉及争议的条款仍须履行。' },
  ],
  law: [
    { title: '适用法律', text: '本合同的订立、效力、解释、履行及争议的解决均适用中华人民共和国法律。' },
  ],
  effect: [
    { title: '合同生效', text: '本合同自甲方法定代表人或授权代表签字并加盖公章、乙方签字之日起生效，至本合同项下全部本息及费用清偿完毕之日终止。' },
    { title: '生效与份数', text: '本合同经双方签署后生效。本合同一式三份，甲方执两份，乙方执一份，每份具有同等法律效力。' },
  ],
  misc: [
    { title: '其他事项', text: '本合同的附件、借款借据、还款计划表及双方确认的其他文件均为本合同的组成部分。本合同条款的标题仅为方便阅读而设，不影响条款的解释。' },
  ],
};

/** Near-miss standard clauses: worded to sound tough, but ordinary bank practice. */
export const BLIND7_NEAR_ZH: readonly Blind7Clause[] = [
  { topic: 'default-interest', title: '逾期罚息', note: 'near-miss: default interest +50 % of the contract rate on the overdue part only', text: '乙方任何一期款项未按期足额偿还的，对逾期部分自逾期之日起至清偿之日止，在本合同约定利率基础上上浮百分之五十计收罚息，罚息按日计算。' },
  { topic: 'default-interest', title: '挪用罚息', note: 'near-miss: misuse penalty rate +100 % on the misused part, the ordinary band for 挪用', text: '乙方未按本合同约定用途使用借款的，甲方对被挪用部分自挪用之日起，在本合同利率基础上加收百分之一百计收罚息，直至乙方纠正或者清偿为止。' },
  { topic: 'setoff', title: '账户扣收', note: 'near-miss: set-off only of sums due and unpaid, from the borrower\'s own accounts with the lender, notice afterwards', text: '乙方到期未履行还款义务的，甲方有权从乙方在甲方开立的任何账户中扣收到期应付而未付的本金、利息和罚息，账户币种与借款币种不同的，按扣收当日甲方公布的汇率折算。甲方应在扣收后及时通知乙方。' },
  { topic: 'default', title: '提前到期', note: 'near-miss: acceleration only after three consecutive or six cumulative missed instalments', text: '乙方连续三期或者累计六期未按时足额偿还借款本息的，甲方有权宣布本合同项下尚未到期的借款全部提前到期，乙方应当立即偿还全部借款本金、利息及罚息。' },
  { topic: 'default', title: '违约事件及处理', note: 'near-miss: list of the borrower\'s own serious breaches; lender stops undrawn funds and may recall', text: '有下列情形之一的，甲方有权停止发放尚未发放的借款并提前收回已发放的借款：（一）乙方提供虚假的身份、收入或者财产证明；（二）乙方擅自改变借款用途；（三）乙方拒绝或者阻挠甲方对借款使用情况进行检查；（四）抵押物毁损、灭失且乙方未在甲方要求的期限内提供其他担保。' },
  { topic: 'dispute', title: '管辖', note: 'near-miss: jurisdiction of the court where the lender is domiciled, the usual bank choice', text: '因本合同发生的一切争议，双方应协商解决；协商不成的，均应向甲方住所地人民法院提起诉讼。诉讼期间，本合同不涉及争议的部分仍应继续履行。' },
  { topic: 'credit-info', title: '征信授权', note: 'near-miss: credit-bureau inquiry and reporting of arrears as the law requires', text: '乙方授权甲方在本合同审批及存续期间，按照《征信业管理条例》的规定查询乙方的信用报告，并向金融信用信息基础数据库报送乙方的信贷信息。乙方如发生逾期，该逾期信息将被如实记录，可能影响乙方今后办理信贷业务。' },
  { topic: 'assignment', title: '债权转让', note: 'near-miss: lender may transfer the debt and the security, with notice to the borrower', text: '甲方可将本合同项下全部或者部分债权及相应担保权利转让给第三方，转让时应当书面通知乙方，通知到达乙方后转让对乙方发生效力。乙方不因债权转让而增加任何费用或者义务。' },
  { topic: 'prepayment', title: '提前还款', note: 'near-miss: 30 days\' notice, interest already accrued not refunded, no penalty', text: '乙方提前还款的，应至少提前三十日向甲方提出书面申请，经甲方同意后办理。提前还款前已经计收的利息不予退还，提前归还的部分自还款之日起不再计息，甲方不收取其他补偿。' },
  { topic: 'rate', title: '利率调整', note: 'near-miss: LPR-linked reset once a year on 1 January with the spread fixed', text: '本合同利率为定价基准加点利率，加点数值在合同期内不变。定价基准为一年期贷款市场报价利率，每年一月一日按当日最近一期公布的报价利率调整一次，调整后的利率自当日起执行。' },
  { topic: 'insurance', title: '抵押物保险', note: 'near-miss: property insurance on the mortgaged home, lender first beneficiary, borrower free to choose the insurer', text: '乙方应在抵押登记完成前为抵押房屋投保财产损失险，保险金额不低于借款本金，保险期限不短于借款期限，并在保单中列明甲方为第一受益人。乙方可以自行选择依法设立的保险公司投保。' },
  { topic: 'notices', title: '送达地址确认', note: 'near-miss: deemed service at the confirmed address, also in court proceedings', text: '乙方确认本合同首页所载地址为其有效送达地址，该地址适用于合同履行期间及发生纠纷后的诉讼、仲裁和执行程序。邮寄送达的，以交邮后第五日为送达日；乙方地址变更而未书面告知甲方的，文书按原地址寄出即视为送达。' },
  { topic: 'costs', title: '实现债权的费用', note: 'near-miss: the borrower bears enforcement costs actually and reasonably incurred', text: '乙方违约的，甲方为实现债权而实际支出的诉讼费、保全费、公告费、评估拍卖费和合理的律师费用，由乙方承担。' },
  { topic: 'rate', title: '利率政策调整', note: 'near-miss: rate follows changes in the state\'s rate policy, with notice', text: '借款期限内如遇国家利率政策调整，甲方按照调整后的规定确定本合同利率，并以书面或者短信方式告知乙方；已经发生的利息不受影响。' },
  { topic: 'guarantee', title: '保证责任', note: 'near-miss: joint-and-several guarantee with a three-year guarantee period after maturity', text: '保证人对本合同项下全部债务承担连带责任保证，保证范围为借款本金、利息、罚息及实现债权的费用。保证期间为主债务履行期届满之日起三年。' },
  { topic: 'enforcement', title: '抵押权的实现', note: 'near-miss: enforcement of the mortgage by the statutory routes, surplus returned to the borrower', text: '借款全部到期而乙方未清偿的，甲方可以与抵押人协议以抵押房屋折价，或者依法申请拍卖、变卖抵押房屋，所得价款优先受偿；价款超过债权数额的部分归抵押人所有，不足部分由乙方清偿。' },
  { topic: 'repayment', title: '自动扣款', note: 'near-miss: automatic debit of the instalment from the borrower\'s nominated repayment account', text: '乙方指定其在甲方开立的个人账户为还款账户，并授权甲方在每期还款日从该账户自动扣划当期应还本息。还款账户余额不足的，甲方可在当日内多次扣划，直至扣足为止。' },
  { topic: 'supplementary', title: '补充条款', note: 'near-miss: supplementary terms of ordinary housekeeping (copies, attachments, gaps filled by agreement)', text: '双方补充约定如下：（一）本合同未尽事宜，由双方另行签订书面补充协议；（二）借款借据、还款计划表、抵押合同均为本合同的附件；（三）乙方已经仔细阅读本合同全部条款，甲方已应乙方要求对有关条款作出说明，乙方对合同内容无异议。' },
  { topic: 'schedule', title: '附件 收费标准', note: 'near-miss: fee schedule of ordinary charges (registration at cost, 1 % first-year prepayment fee, statement copies)', text: '本合同项下收费标准如下：（一）抵押登记费，按登记机关收费标准由乙方缴纳；（二）借款发放后十二个月内提前还款的，按提前还款本金的百分之一收取提前还款补偿金，满十二个月后不收取；（三）补打还款凭证或者对账单，每份人民币十元。除上述收费外，甲方不收取其他费用。' },
];

/** Unusual clauses: terms a credit officer should read before disbursement. */
export const BLIND7_UNUSUAL_ZH: readonly Blind7Clause[] = [
  { topic: 'fees', title: '账户管理费', category: 'fees-costs', note: 'management fee of 6 % deducted from the principal at disbursement while interest runs on the full principal (砍头息)', text: '借款发放当日，甲方从放款金额中一次性扣收相当于借款金额百分之六的账户管理费，扣收后的余额划入乙方账户。乙方仍按本合同载明的借款金额计付利息并归还本金，账户管理费在任何情况下均不予退还。' },
  { topic: 'rate', title: '执行利率', category: 'rate', note: 'lender may change rate and spread at will by recording it in its system, without the borrower\'s consent', text: '合同履行期间，甲方可以根据其资金成本、风险定价及经营需要，单方调整本合同的执行利率和加点幅度。调整自甲方业务系统记载之日起生效，甲方无需另行征得乙方同意，乙方不得以未收到通知为由拒绝按调整后的利率还款。' },
  { topic: 'schedule', title: '附件 收费明细', category: 'fees-costs', note: 'schedule hides a monthly service fee of 1.5 % of the original principal (≈ 18 % a year on top of interest, above 4× LPR)', text: '乙方应按以下标准向甲方支付费用：（一）借款发放手续费：免收；（二）月综合服务费：按原始借款金额的百分之一点五逐月收取，至借款到期日止，不因乙方分期还款而减少；（三）还款账户变更手续费：每次人民币五十元。' },
  { topic: 'default', title: '加速到期', category: 'default-acceleration', note: 'acceleration on any change in income, credit, marital or family status the lender thinks may affect repayment, even when nothing is overdue', text: '甲方认为乙方的收入、资信、婚姻或者家庭状况发生任何可能影响还款的变化的，无论乙方此前是否按期还款，甲方均有权宣布本合同项下全部借款立即到期，乙方应于甲方通知之日全额清偿。' },
  { topic: 'crossdefault', title: '关联违约', category: 'default-acceleration', note: 'cross-default on the debts of any company in which the borrower is a shareholder, director or manager, owed to anyone', text: '乙方担任股东、董事、监事或者高级管理人员的任何企业，在任何金融机构或者其他债权人处的债务发生逾期、被起诉或者被采取财产保全措施的，视为乙方在本合同项下违约，甲方有权采取本合同约定的全部救济措施。' },
  { topic: 'default-interest', title: '逾期违约金', category: 'fees-costs', note: 'default interest +200 %, compounded, plus a fixed RMB 100 overdue-management fee for every day late', text: '乙方逾期还款的，逾期部分按本合同利率加收百分之二百计收罚息，对未付利息及罚息按同一利率计收复利；此外，每逾期一日，乙方还应向甲方支付逾期管理费人民币一百元，直至全部欠款清偿之日。' },
  { topic: 'security', title: '最高额概括担保', category: 'security-guarantee', note: 'all-monies security over all present and future movables, income rights and deposits, for every present or future debt to the lender', text: '为担保乙方对甲方的债务，乙方以其现有的和将来取得的全部动产、应收账款、收益权及银行存款向甲方提供担保。担保范围不限于本合同项下的债务，还包括乙方因任何原因对甲方负有的一切现存及将来债务，担保期间至上述债务全部清偿为止。' },
  { topic: 'guarantee', title: '保证人的责任', category: 'security-guarantee', note: 'guarantor stays liable for increased amount/rate/term without consent, with a ten-year guarantee period', text: '甲乙双方变更本合同的借款金额、期限、利率或者还款方式的，无需征得保证人同意，保证人仍按变更后的合同承担连带保证责任。保证期间为最后一期债务履行期限届满之日起十年。' },
  { topic: 'accounts', title: '账户监管', category: 'setoff-accounts', note: 'lender may freeze all the borrower\'s accounts (and accounts in others\' names he uses) at any time, default or not', text: '借款存续期间，甲方有权随时冻结乙方在甲方及甲方关联机构开立的全部账户，以及登记在他人名下但实际由乙方使用的账户。冻结不以乙方违约为前提，冻结期间乙方不得支取、转账，甲方亦不承担由此产生的任何损失。' },
  { topic: 'waiver', title: '责任限制', category: 'waiver', note: 'lender excluded from all liability for its own system failures, staff errors and late disbursement; borrower may not suspend payment or rescind', text: '因甲方系统故障、工作人员操作失误或者延迟放款给乙方造成的任何直接或者间接损失，甲方均不承担赔偿责任。乙方不得以上述事由主张解除本合同、暂停还款或者减少应付利息。' },
  { topic: 'dispute', title: '仲裁', category: 'dispute', note: 'online arbitration at an institution at the lender\'s seat, paper-only with no hearing, borrower waives applying to set the award aside', text: '因本合同引起的争议，提交甲方总行所在地的仲裁委员会，按照该会网络仲裁规则进行书面审理，不开庭审理。乙方同意放弃申请撤销仲裁裁决及申请不予执行的权利，仲裁费用由乙方承担。' },
  { topic: 'assignment', title: '债权处置', category: 'assignment', note: 'transfer to anyone (incl. collection firms) without notice, and the borrower\'s defences against the lender cannot be raised against the buyer', text: '甲方可以将本合同项下的债权转让给任何第三方，包括非金融机构和催收服务机构，转让无需通知乙方。乙方对甲方享有的任何抗辩及抵销权，均不得向受让人主张。' },
  { topic: 'credit-info', title: '信息使用授权', category: 'data-consent', note: 'irrevocable consent to pass contacts, location and transaction data to third parties for marketing and collection, surviving the contract', text: '乙方不可撤销地授权甲方收集乙方的通讯录、位置信息、网络行为信息和交易记录，并提供给与甲方合作的任何第三方用于营销推广、催收及其他商业用途。本授权在本合同终止后继续有效，乙方不得撤回。' },
  { topic: 'insurance', title: '保险', category: 'insurance', note: 'compulsory credit/accident insurance with the lender\'s insurer, 4 % premium deducted from the loan, no other insurer allowed', text: '乙方应向甲方指定的保险公司投保借款人意外伤害保险及个人贷款信用保证保险，保险费按借款金额的百分之四一次性计收，并于放款时从借款中直接扣除；保单第一受益人为甲方。乙方不得自行选择其他保险公司或者以其他保单替代。' },
  { topic: 'prepayment', title: '提前清偿', category: 'prepayment', note: 'prepayment requires paying all interest for the remaining original term', text: '乙方要求提前还款的，除应归还全部剩余本金外，还应向甲方支付自提前还款之日起至原约定到期日止的全部剩余期限利息，该利息作为甲方的预期收益损失补偿。' },
  { topic: 'currency', title: '币种转换', category: 'currency', note: 'lender may convert the RMB loan to US dollars at its own selling rate after a 3 % exchange-rate move', text: '本合同项下借款以人民币发放。签约后人民币对美元汇率较签约日中间价变动超过百分之三的，甲方有权将乙方尚未归还的本金按甲方当日公布的美元现汇卖出价折算为美元，此后乙方以美元计息并归还，汇率损失由乙方承担。' },
  { topic: 'enforcement', title: '抵押物处分', category: 'enforcement', note: 'lender may sell the mortgaged home through an auctioneer of its choice after 10 days\' arrears, without court or agreement; collection costs paid first', text: '乙方任何一期还款逾期满十日的，甲方即可委托其选定的拍卖机构自行拍卖或者变卖抵押房屋，无需经过诉讼程序，亦无需与乙方协商价格。所得价款首先用于支付甲方的催收费用和律师费，其余用于清偿借款本息。' },
  { topic: 'costs', title: '催收及律师费用', category: 'fees-costs', note: 'lawyer fee fixed at 30 % of the claim and collection-agency commission payable whether incurred or not', text: '乙方违约的，甲方为实现债权发生的一切费用由乙方承担，包括但不限于按诉讼标的额百分之三十计算的律师费、委托外部催收机构的佣金以及差旅费，上述费用不以实际发生为限。' },
  { topic: 'repayment', title: '还款账户', category: 'setoff-accounts', note: 'lender may debit the spouse\'s salary account; borrower warrants the spouse\'s consent and the spouse may not reclaim', text: '乙方同意甲方直接从乙方配偶名下的工资账户中扣划到期应还款项。乙方保证已取得其配偶的同意，乙方配偶事后不得向甲方主张返还已扣划的款项。' },
  { topic: 'changes', title: '条款修订', category: 'rate', note: 'lender may change any term (rate, fees, term) by a website notice; deemed accepted after seven days', text: '甲方可以通过其官方网站或者营业网点公告的方式修改本合同的任何条款，包括利率、收费项目和还款期限。公告满七日，视为乙方已经同意修改；乙方继续履行本合同的，即视为接受修改后的全部条款。' },
  { topic: 'supplementary', title: '补充条款', category: 'setoff-accounts', note: 'supplementary term: all business receipts must run through the lender, which skims 0.5 % of every receipt', text: '双方补充约定：（一）本补充条款与合同正文不一致的，以本补充条款为准；（二）借款存续期间，乙方及其经营的个体工商户的全部经营收入均应归集至乙方在甲方开立的结算账户，甲方有权按每笔入账金额的千分之五收取资金监管费；（三）本合同一式三份。' },
  { topic: 'covenants', title: '特别约定', category: 'security-guarantee', note: 'negative pledge over all the borrower\'s real estate (not just the collateral) with a 20 % penalty', text: '借款存续期间，乙方出售、出租、赠与或者再抵押其名下任何不动产的，不论该不动产是否为本合同的抵押物，均须事先取得甲方书面同意；否则乙方应按借款金额的百分之二十向甲方支付违约金。' },
  { topic: 'effect', title: '合同生效及费用', category: 'fees-costs', note: 'RMB 8,000 assessment and service fees payable on signature even if the lender never disburses', text: '本合同自双方签署之日起生效。乙方签署本合同后，无论甲方最终是否发放借款，乙方均应向甲方支付评估费和服务费合计人民币捌仟元，甲方不放款的，上述费用亦不予退还。' },
];
