/**
 * Chinese wordings for the sixth blind clause set, written by a tester who had read neither the
 * review rules nor any earlier sample wording: standard clauses by topic (two or more drafts each),
 * near-miss standard clauses (harsh-looking, normal market practice) and unusual clauses.
 */
import type { Blind6Clause, Blind6Pool } from './blind6-types.js';

export const BLIND6_STANDARD_ZH: Blind6Pool = {
  purpose: [
    { title: '借款用途', text: '本合同项下借款仅限用于乙方购买家用汽车，乙方不得将借款挪作他用，不得用于购房、股票、债券、期货、理财产品等投资，亦不得用于任何国家法律法规禁止的用途。' },
    { title: '贷款用途', text: '借款人申请的贷款用于支付其位于合同所载地址房屋的装修费用。贷款人采用受托支付方式将款项直接支付给借款人的交易对象，借款人应提供装修合同、发票等用途证明材料。' },
    { title: '借款用途及用途监督', text: '本借款用于乙方子女出国留学学费及生活费支出。甲方有权以检查、要求提供凭证等方式了解借款的使用情况，乙方应予配合并如实提供相关资料。' },
  ],
  amount: [
    { title: '借款金额', text: '本合同项下借款金额为人民币伍拾万元整（小写：¥500,000.00）。实际发放金额以借款借据记载为准，借款借据是本合同的组成部分，与本合同具有同等法律效力。' },
    { title: '借款币种与金额', text: '借款币种为人民币，金额为伍拾万元整。如借款借据记载的金额、日期与本合同不一致的，以借款借据为准，但借款借据记载的金额不得超过本合同约定的借款金额。' },
  ],
  term: [
    { title: '借款期限', text: '本合同项下借款期限为36个月，自借款实际发放之日起计算。借款分次发放的，起始日以首次发放日为准，到期日以本合同约定为准。' },
    { title: '贷款期限', text: '贷款期限为叁拾陆个月。借款实际发放日与本合同约定不一致的，以借款借据记载的发放日为起算日，到期日相应顺延或提前。' },
  ],
  rate: [
    { title: '借款利率', text: '本合同项下借款利率为固定利率，年利率以本合同第一部分主要条款所载为准，在借款期限内不作调整。利息自借款发放之日起按实际借款天数计算，日利率＝年利率÷360。' },
    { title: '利率及计息', text: '借款执行年利率按主要条款约定。借款按日计息，按月结息，结息日为每月的20日。计息天数按实际占用天数计算，一年按360天计。' },
  ],
  disbursement: [
    { title: '借款的发放', text: '在下列条件全部满足后，甲方按约定发放借款：乙方已办妥本合同约定的担保手续；乙方已提交借款用途证明；乙方未发生本合同约定的违约事件。甲方将借款划入乙方在甲方开立的账户。' },
    { title: '放款条件与账户', text: '贷款人在借款人提交提款申请、担保合同生效且抵押登记办理完毕后五个工作日内发放贷款。贷款发放至借款人指定的、以借款人本人名义开立的结算账户。' },
  ],
  repayment: [
    { title: '还款方式', text: '本借款按月等额本息还款，每月20日为还款日。乙方应在每个还款日前将当期应还款项足额存入其还款账户，并授权甲方于还款日从该账户扣收。' },
    { title: '还款', text: '借款人按照主要条款约定的还款方式分期归还借款本息。还款日遇法定节假日的不顺延。借款人还款时，按先费用、后利息、再本金的顺序清偿。' },
  ],
  prepayment: [
    { title: '提前还款', text: '乙方可以提前归还全部或部分借款，但应提前十个工作日向甲方提出书面申请。提前还款的，利息按实际借款期限计算，甲方不收取其他费用。' },
    { title: '提前清偿', text: '借款人提前还款的，应当提前书面通知贷款人。提前归还部分借款后，借款人可选择缩短还款期限或减少每期还款额，已经支付的利息不予退还。' },
  ],
  security: [
    { title: '担保', text: '本合同项下借款由乙方以其所有的位于主要条款所载地址的房产提供抵押担保，抵押合同另行签订。抵押物应办理抵押登记，登记费用由乙方承担。' },
    { title: '担保方式', text: '本借款的担保方式为保证担保，由保证人与贷款人另行签订保证合同，保证方式为连带责任保证。担保人的担保能力发生不利变化的，借款人应按贷款人要求另行提供担保。' },
  ],
  'default-interest': [
    { title: '逾期罚息', text: '乙方未按约定期限归还借款本息的，甲方对逾期部分自逾期之日起按本合同约定利率加收30%计收罚息，直至本息清偿为止。' },
    { title: '逾期及挪用罚息', text: '借款人逾期还款的，对逾期借款按合同利率上浮50%计收罚息；借款人未按约定用途使用借款的，对挪用部分按合同利率加收100%计收罚息。' },
  ],
  reps: [
    { title: '借款人陈述与保证', text: '乙方保证其具有完全民事行为能力，向甲方提供的身份证明、收入证明等资料真实、完整、有效，不存在隐瞒重大债务或涉诉情况。' },
    { title: '陈述和保证', text: '借款人在此保证：签署和履行本合同是其真实意思表示；其提交的全部资料均真实准确；签订本合同时未涉及可能影响其还款能力的重大诉讼、仲裁或行政处罚。' },
  ],
  covenants: [
    { title: '借款人的义务', text: '乙方应按期归还借款本息；乙方的工作单位、住所、通讯地址、联系电话发生变更的，应在变更后十日内书面通知甲方；乙方应配合甲方对借款使用情况进行检查。' },
    { title: '借款人承诺', text: '借款人承诺按合同约定用途使用借款，按期还本付息；在借款未清偿前，未经贷款人书面同意不得将抵押物出售、赠与或再次设定抵押。' },
  ],
  lender: [
    { title: '贷款人的义务', text: '甲方应按本合同约定发放借款；对乙方提供的个人信息及财务资料负有保密义务，但法律法规另有规定或监管机构另有要求的除外。' },
    { title: '贷款人的权利与义务', text: '贷款人有权了解借款人的资信状况及借款使用情况；贷款人应按约定及时足额发放贷款，并按借款人要求提供借款余额、还款记录等信息。' },
  ],
  fees: [
    { title: '费用', text: '与本合同及担保有关的抵押登记费、评估费由乙方承担；其他费用按国家有关规定和双方约定承担。甲方不收取本合同未约定的其他费用。' },
    { title: '相关费用承担', text: '本合同项下的公证费、保险费、抵押登记费按实际发生额由借款人承担，贷款人应向借款人出示收费依据。' },
  ],
  'credit-info': [
    { title: '征信授权', text: '乙方同意甲方在贷前审查、贷后管理过程中向中国人民银行金融信用信息基础数据库查询其信用报告，并将本合同的相关信息及履约情况报送该数据库。' },
    { title: '信息查询及报送', text: '借款人授权贷款人依法查询、使用和报送借款人的信用信息。借款人有不良信用记录的，贷款人将依法报送征信系统，借款人可依法提出异议。' },
  ],
  default: [
    { title: '违约事件', text: '发生下列情形之一的，构成乙方违约：（1）乙方未按期偿还借款本息；（2）乙方提供虚假资料；（3）乙方未按约定用途使用借款；（4）担保人不履行担保义务或担保物灭失，且乙方未按要求另行提供担保。' },
    { title: '违约责任', text: '借款人违反本合同约定的，应当承担违约责任。借款人未按期偿还借款本息或者擅自改变借款用途的，贷款人有权要求借款人限期纠正，并可以停止发放尚未发放的借款。' },
  ],
  assignment: [
    { title: '债权转让', text: '未经甲方书面同意，乙方不得转让本合同项下的债务。甲方转让本合同项下债权的，应当通知乙方，乙方在收到通知后向受让人履行。' },
  ],
  notices: [
    { title: '通知与送达', text: '双方在本合同中载明的地址为各自的送达地址。一方送达地址变更的，应书面通知对方，否则按原地址寄送即为有效送达。' },
    { title: '通知', text: '本合同项下的通知以书面形式作出，可以专人送达、邮寄或双方确认的电子方式发出。以邮寄方式发出的，以对方签收之日为送达日。' },
  ],
  dispute: [
    { title: '争议解决', text: '本合同履行中发生的争议，由双方协商解决；协商不成的，任何一方均可向被告住所地人民法院提起诉讼。争议期间，各方仍应继续履行未涉争议的条款。' },
    { title: '争议的解决', text: '因本合同引起的或与本合同有关的争议，双方应友好协商；协商不成的，提交杭州仲裁委员会按照其届时有效的仲裁规则仲裁。仲裁裁决是终局的，对双方均有约束力。' },
  ],
  law: [
    { title: '适用法律', text: '本合同的订立、效力、解释、履行及争议的解决均适用中华人民共和国法律。' },
    { title: '法律适用', text: '本合同适用中华人民共和国法律（为本合同之目的，不包括香港特别行政区、澳门特别行政区及台湾地区法律）。' },
  ],
  changes: [
    { title: '合同的变更和解除', text: '本合同生效后，任何一方不得擅自变更或解除本合同。需要变更的，应经双方协商一致并签订书面协议，书面协议达成前原合同继续有效。' },
  ],
  effect: [
    { title: '合同生效', text: '本合同自双方签字或盖章之日起生效，至本合同项下借款本息及其他应付款项全部清偿之日终止。' },
    { title: '生效与终止', text: '本合同经借款人签字、贷款人加盖合同专用章后成立并生效。本合同一式三份，借款人、贷款人、抵押登记机关各执一份，具有同等法律效力。' },
  ],
  misc: [
    { title: '其他约定', text: '本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。本合同各条款标题仅为方便阅读而设，不影响条款的解释。' },
    { title: '其他事项', text: '贷款人已提请借款人注意本合同中与其有重大利害关系的条款，并应借款人要求作了说明。借款人对本合同全部条款的含义已充分理解。' },
  ],
};

/** Harsh-looking clauses that are normal practice in Chinese retail lending. */
export const BLIND6_NEAR_ZH: Blind6Clause[] = [
  { topic: 'default', title: '违约及处理', note: 'near-miss: acceleration only on the borrower\'s own real default (30 days overdue, misuse of funds, false information)', text: '乙方有下列情形之一的，甲方有权宣布本合同项下借款全部提前到期，要求乙方立即偿还全部借款本息：连续三期或累计六期未按时足额还款；逾期超过三十日；擅自改变借款用途；提供虚假材料骗取借款。' },
  { topic: 'default-interest', title: '罚息与复利', note: 'near-miss: penalty rate contract rate +50 % and compound interest on unpaid interest, the usual PBoC-style terms', text: '借款人未按期还款的，对逾期本金自逾期之日起按本合同执行利率加收50%计收罚息；对不能按期支付的利息，按罚息利率计收复利。罚息及复利计至全部逾期款项清偿之日止。' },
  { topic: 'dispute', title: '管辖', note: 'near-miss: jurisdiction of the court at the lender\'s domicile, common and enforceable in China', text: '本合同项下发生的争议，双方协商不成的，任何一方均应向甲方住所地有管辖权的人民法院提起诉讼。' },
  { topic: 'setoff', title: '扣收', note: 'near-miss: set-off limited to amounts due and unpaid, from accounts at the lender, with notice afterwards', text: '乙方到期未偿还的借款本息，甲方有权从乙方在甲方开立的任何账户中直接扣收已到期未付的款项，扣收后应及时通知乙方。扣收金额以已到期应付金额为限。' },
  { topic: 'rate', title: '浮动利率及调整', note: 'near-miss: LPR-linked rate reset once a year with a fixed spread', text: '本合同借款利率为浮动利率，以借款发放日前一个工作日公布的五年期以上贷款市场报价利率（LPR）加25个基点确定。利率每年1月1日按当日最近一期LPR调整一次，加点数值在借款期限内保持不变。' },
  { topic: 'notarization', title: '强制执行公证', note: 'near-miss: notarised enforceability agreed by both parties with explicit, informed borrower consent', text: '甲乙双方自愿就本合同办理赋予强制执行效力的债权文书公证。乙方已经公证员告知并明确知悉：乙方不履行或不完全履行还款义务的，甲方可以向公证机构申请出具执行证书，并持公证债权文书和执行证书向有管辖权的人民法院申请强制执行。乙方确认在公证机构出具执行证书前有权对债务履行情况提出异议。' },
  { topic: 'prepayment', title: '提前还款补偿', note: 'near-miss: prepayment fee of 1 % of the prepaid principal within the first year only', text: '乙方在借款发放后十二个月内提前还款的，应按提前归还本金金额的1%向甲方支付提前还款补偿金；借款发放满十二个月后提前还款的，不收取补偿金。' },
  { topic: 'notices', title: '送达地址确认', note: 'near-miss: deemed service at the confirmed address, also for court documents', text: '乙方确认本合同所载地址为其有效送达地址，该地址同时适用于诉讼、仲裁阶段法律文书的送达。乙方地址变更未书面通知甲方的，甲方按原地址邮寄的，退回之日视为送达。' },
  { topic: 'crossdefault', title: '交叉违约', note: 'near-miss: cross-default limited to the borrower\'s own other loans with this lender', text: '乙方在甲方处的其他借款合同项下发生违约的，甲方有权视为乙方在本合同项下违约，并按本合同约定处理。' },
  { topic: 'fees', title: '实现债权的费用', note: 'near-miss: borrower bears the reasonable costs of enforcement after its own default', text: '因乙方违约致使甲方采取诉讼、仲裁等方式实现债权的，甲方为此支付的诉讼费、仲裁费、保全费、公告费、执行费及合理的律师费由乙方承担。' },
  { topic: 'security', title: '追加担保', note: 'near-miss: top-up security only on a real deterioration of the collateral, with a cure period', text: '抵押物价值明显减少，足以危及甲方债权实现的，甲方有权要求乙方在三十日内恢复抵押物价值或提供与减少价值相当的其他担保；乙方逾期不提供的，甲方有权要求乙方提前偿还相应部分借款。' },
  { topic: 'assignment', title: '债权转让与通知', note: 'near-miss: lender may transfer the loan with notice to the borrower', text: '甲方有权将本合同项下的债权全部或部分转让给第三人，无需征得乙方同意，但应通知乙方。转让不增加乙方的负担，乙方对甲方的抗辩可以向受让人主张。' },
  { topic: 'disbursement', title: '暂停发放', note: 'near-miss: lender may stop undrawn disbursement on an event of default or misuse', text: '在借款发放前，乙方发生本合同约定违约情形或擅自改变借款用途的，甲方有权停止发放尚未发放的借款。' },
  { topic: 'reps', title: '资料真实性保证', note: 'near-miss: false information is a default, a standard warranty', text: '乙方保证所提交的收入证明、婚姻状况证明及其他资料真实有效。乙方提供虚假资料的，甲方有权解除本合同并要求乙方立即归还已发放借款本息。' },
];

/** Clauses a credit officer should read before money goes out (all labelled `unusual`; the note names the kind). */
export const BLIND6_UNUSUAL_ZH: Blind6Clause[] = [
  { topic: 'rate', title: '利率调整', note: 'unilateral change: lender may change rate and schedule at will, effective without consent', text: '甲方有权根据自身经营需要及资金成本变化，随时调整本合同项下借款利率、还款计划及其他借款条件，调整自甲方业务系统更新之日起生效，无需另行征得乙方同意。' },
  { topic: 'changes', title: '条款的修订', note: 'unilateral change: terms amended by the lender\'s website announcement, continued performance deemed acceptance', text: '本合同条款的修改、补充以甲方在其官方网站或营业网点公告的内容为准。公告发布之日即视为已通知乙方，乙方继续履行本合同的，视为同意修改后的条款。' },
  { topic: 'waiver', title: '放弃抗辩', note: 'waiver of all defences, set-off rights and the right to sue', text: '乙方不可撤销地放弃其基于本合同或与本合同有关的一切抗辩权、抵销权及诉权，不得以任何理由拒绝、迟延或减少支付本合同项下任何款项。' },
  { topic: 'waiver', title: '债务确认', note: 'waiver of the right to challenge validity, charges or to complain to any authority', text: '乙方确认本合同项下债务的真实性及金额，承诺不就本合同的效力、履行以及甲方收取的各项费用提出任何异议或主张，亦不向任何行政机关、监管部门或司法机关申诉、投诉或起诉。' },
  { topic: 'crossdefault', title: '关联违约', note: 'cross-default on relatives\' and affiliated companies\' debts at any financial institution', text: '乙方的配偶、父母、子女，或者乙方担任股东、董事、监事、高级管理人员的任何企业，对任何金融机构的任何债务发生逾期的，均视为乙方在本合同项下违约。' },
  { topic: 'crossdefault', title: '其他债务违约', note: 'cross-default on third parties\' debts (guarantee circle, guarantees given)', text: '乙方为任何第三方提供的担保被要求履行担保责任的，或与乙方存在互保、联保关系的其他主体对任何债权人发生违约的，甲方有权宣布本合同项下全部借款立即到期。' },
  { topic: 'rate', title: '利息', note: 'rate above the legal cap shown only as a monthly rate: 2 % a month = 24 % a year', text: '本合同项下借款按月利率千分之二十计息，按月结息，利息于每月还款日随本金一并支付。' },
  { topic: 'rate', title: '计息方式', note: 'rate above the legal cap shown only as a daily rate: 万分之八 a day ≈ 29.2 % a year', text: '借款利息自放款之日起按日计收，日利率为万分之八，计息基数为借款本金余额，利随本清。' },
  { topic: 'fees', title: '综合费用', note: 'all-in annual cost 24 % (interest plus monthly service fee) above 4× LPR', text: '除利息外，乙方应按月向甲方或甲方指定的合作机构支付服务费。借款的综合年化成本（包括利息、服务费及担保费）为24%，各项费用随每期本息一并扣收。' },
  { topic: 'default-interest', title: '逾期违约金', note: 'default charge 0.5 % a day (≈ 182 % a year)', text: '乙方逾期还款的，自逾期之日起按逾期金额每日千分之五向甲方支付违约金，直至全部清偿之日止。' },
  { topic: 'default-interest', title: '逾期管理费', note: 'excessive default charge: one-off fee of 30 % of each overdue instalment on top of penalty interest', text: '乙方任何一期款项逾期的，除按约定计收罚息外，还应按该期应还金额的30%一次性支付逾期管理费，逾期管理费不因乙方其后还款而减免。' },
  { topic: 'prepayment', title: '提前还款违约金', note: 'prepayment penalty 10 % of principal plus all interest for the remaining term', text: '乙方提前归还借款的，应按提前归还本金的10%向甲方支付违约金，并支付自提前还款日至原到期日的全部利息。' },
  { topic: 'dispute', title: '争议解决方式', note: 'forum at the lender\'s sole choice (arbitration or any court), no jurisdiction objection', text: '因本合同发生的争议，由甲方选择向其指定的仲裁机构申请仲裁或者向其选定的任何人民法院提起诉讼，乙方对甲方的选择不得提出管辖异议。' },
  { topic: 'dispute', title: '仲裁', note: 'arbitration institution chosen by the lender later, written procedure, borrower waives hearing and counsel', text: '本合同争议提交甲方届时选定的仲裁机构，适用该机构的简易程序进行书面审理。乙方同意放弃开庭审理及委托代理人的权利，仲裁裁决为终局裁决。' },
  { topic: 'renewal', title: '自动续期', note: 'automatic renewal at the lender\'s then terms unless the borrower objects in writing', text: '借款期限届满前十日内乙方未以书面形式提出异议的，本合同借款期限自动延长一年，延长期间的利率按甲方届时公布的标准执行，以后各期依此类推。' },
  { topic: 'purpose', title: '借款用途', note: 'funds usable for any purpose, lender disclaims any check', text: '乙方可将本合同项下借款用于任何用途，甲方不对借款用途进行审查或限制，因借款使用产生的一切后果由乙方自行承担。' },
  { topic: 'notarization', title: '执行证书', note: 'enforceable notarisation the lender obtains alone; borrower waives the notary\'s verification in advance', text: '乙方同意，本合同签订后甲方可单方持本合同向公证机构申请办理赋予强制执行效力的公证并申请出具执行证书，乙方在此预先放弃在公证机构核实程序中提出异议的权利。' },
  { topic: 'notarization', title: '强制执行', note: 'contract declared directly enforceable without any notarisation or borrower consent procedure', text: '本合同自签署之日起即具有强制执行效力。乙方逾期还款的，甲方可直接向人民法院申请强制执行，无需经过诉讼或仲裁程序。' },
  { topic: 'land', title: '土地经营权流转', note: 'land transfer: borrower must transfer all contracted farmland to a cooperative the lender names, beyond the loan term', text: '乙方应将其承包经营的全部农村土地经营权流转给甲方指定的合作社经营，流转期限不短于借款期限届满后五年，流转收益由合作社直接支付甲方用于归还借款，乙方在借款结清前不得收回土地。' },
  { topic: 'land', title: '土地经营权处置', note: 'land transfer: contracted-land management right passes to the lender automatically on 30 days\' arrears', text: '乙方以其承包土地的经营权为本借款提供担保。乙方逾期超过三十日的，该土地经营权自动转归甲方，由甲方自行决定流转对象、期限及价格，流转所得不足清偿借款的，乙方仍应补足。' },
  { topic: 'deposit', title: '存款保证', note: 'other: frozen non-interest compensating deposit of 20 % while interest runs on the full amount', text: '乙方应在甲方处保留不低于借款金额20%的存款，该存款在借款期间冻结、不计利息，乙方不得支取；本合同项下利息仍按全部借款金额计收。' },
  { topic: 'records', title: '记录效力', note: 'other: the lender\'s system records override the signed contract, even later ones', text: '本合同文本与甲方业务系统记录不一致的，以甲方业务系统记录为准，即使该记录形成于本合同签订之后，乙方亦予以认可。' },
];
