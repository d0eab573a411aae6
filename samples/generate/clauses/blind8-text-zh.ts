/**
 * blind8 Chinese wordings, written blind (no earlier wording, no rules read): standard clauses per
 * topic, near-miss standard clauses (harsh-looking but ordinary) and unusual clauses with their category.
 */
import type { B8Clause, B8Pool } from './blind8-types.js';

export const ZH_STANDARD: B8Pool = {
  amount: [
    { title: '借款金额', text: '贷款人同意向借款人发放贷款，金额以本合同首部“借款主要条款”所列为准；实际发放金额与借款借据记载不一致的，以借款借据为准，借款借据为本合同的组成部分。' },
    { title: '贷款额度与币种', text: '本合同项下贷款币种为人民币，贷款本金以首部所列金额为上限，借款人可在提款期内一次或分次提取，但累计提款金额不得超过上述上限。' },
  ],
  term: [
    { title: '借款期限', text: '借款期限自首笔贷款实际发放之日起计算，期限长度见首部所列；分次提款的，各笔贷款的到期日均不得晚于本合同约定的最后到期日。' },
    { title: '贷款期间', text: '本合同项下贷款期限以借款借据载明的起止日期为准。借款人需要展期的，应于到期日前三十日向贷款人提出书面申请，经贷款人审查同意并另行签订展期协议后方可展期。' },
  ],
  rate: [
    { title: '借款利率', text: '本合同项下贷款执行浮动利率，以首笔提款日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为定价基准，加八十五个基点（0.85%）确定，在借款期限内加点数值保持不变。' },
    { title: '利率与计息', text: '贷款年利率见首部所列，按日计息，日利率＝年利率/360。利息自贷款实际发放之日起计算，按月结息，结息日为每月二十日。' },
  ],
  repayment: [
    { title: '还款方式', text: '借款人按等额本息方式按月归还贷款本息，每月还款日为贷款发放日在当月的对应日；借款人应于还款日前在约定的还款账户中存足当期应还款项，并授权贷款人于还款日从该账户扣收。' },
    { title: '还款安排', text: '贷款采用等额本金方式按月偿还，每期偿还的本金相同，利息按剩余本金计算。还款日遇法定节假日的，顺延至下一个工作日，顺延期间照常计息。' },
  ],
  purpose: [
    { title: '借款用途', text: '本合同项下借款仅限用于借款人家庭装修及购置家具家电，借款人不得将借款用于购房、证券、期货、理财等投资或任何法律法规禁止的用途。贷款人有权检查、监督贷款的使用情况，借款人应予配合并按要求提供用款凭证。' },
    { title: '贷款用途', text: '借款用于借款人经营的个体工商户日常周转，包括采购原材料和支付货款。借款人不得挪作他用，不得用于房地产开发、股本权益性投资或民间借贷。' },
  ],
  drawdown: [
    { title: '提款条件', text: '借款人提款前应满足下列条件：本合同及担保合同已经签署并生效；约定的抵押登记或质押手续已办妥；借款人已提交提款申请及贷款人要求的用款资料；借款人未发生本合同约定的违约事件。贷款人可对前述条件予以书面豁免。' },
    { title: '贷款发放', text: '在借款人满足提款前提条件后，贷款人按照受托支付的方式，将贷款资金直接支付给借款人的交易对象；单笔支付金额不超过人民币三十万元的，经贷款人同意可采用自主支付方式。' },
  ],
  security: [
    { title: '担保', text: '本合同项下债务由保证人提供连带责任保证，并以借款人名下位于杭州市的房产提供抵押担保，具体担保事项以相应的保证合同、抵押合同为准。担保物价值明显减少的，借款人应在贷款人通知后提供相应的补充担保。' },
    { title: '担保方式', text: '本合同项下贷款为信用贷款，无需提供抵押、质押或保证担保。借款期间借款人信用状况发生重大不利变化的，双方可就追加担保事宜另行协商。' },
  ],
  reps: [
    { title: '陈述与保证', text: '借款人声明：其具有完全民事行为能力，签署和履行本合同不违反其承担的其他义务；向贷款人提供的身份、收入、资产等资料真实、完整、有效；不存在未披露的重大诉讼或债务纠纷。' },
    { title: '借款人的声明', text: '借款人确认已仔细阅读本合同全部条款，贷款人已就利率、还款方式、违约责任等条款作出提示和说明，借款人对此充分理解并自愿签署本合同。' },
  ],
  covenants: [
    { title: '借款人承诺', text: '借款期间，借款人承诺：按期还本付息；工作单位、住址、联系方式等发生变更的，在变更后十日内书面通知贷款人；为他人债务提供超过其净资产一半的担保前，事先告知贷款人；配合贷款人对贷款使用情况的检查。' },
    { title: '借款人义务', text: '借款人应当按照本合同约定的用途使用借款，接受贷款人对其经营和财务状况的监督，按季度向贷款人提供经营流水；发生可能影响还款能力的重大事件时，应及时书面告知贷款人。' },
  ],
  events: [
    { title: '违约事件', text: '下列情形之一构成借款人违约：未按期足额偿还任何一期本金或利息；未按约定用途使用借款；提供虚假资料或隐瞒重要事实；违反本合同项下承诺且经贷款人书面通知后十五日内未纠正；担保人丧失担保能力而借款人未按要求提供新的担保。' },
    { title: '违约情形', text: '借款人出现下列情况之一的，视为违约：逾期还款；擅自改变借款用途；转移、隐匿财产以逃避债务；本合同项下担保发生对贷款人不利的重大变化且未能补足。' },
  ],
  remedies: [
    { title: '违约责任', text: '借款人违约的，贷款人有权要求借款人限期纠正；借款人逾期未纠正的，贷款人可以停止发放尚未提取的贷款，宣布已发放贷款全部或部分提前到期，并要求借款人立即偿还全部本金、利息及其他应付款项。' },
    { title: '贷款人的救济', text: '发生违约事件后，贷款人可采取下列一项或多项措施：要求借款人限期改正；停止发放贷款；提前收回贷款；依法行使担保权利；依法向人民法院提起诉讼。' },
  ],
  penalty: [
    { title: '逾期罚息', text: '借款人未按期还款的，对逾期部分自逾期之日起按本合同约定利率加收百分之五十计收罚息，直至清偿完毕；对不能按时支付的利息，按罚息利率计收复利。' },
    { title: '罚息与复利', text: '贷款逾期的，逾期部分按合同利率上浮50%计收罚息；借款人挪用贷款的，对挪用部分按合同利率上浮100%计收罚息。' },
  ],
  setoff: [
    { title: '扣划与抵销', text: '借款人任何一期应付款项到期未付的，贷款人有权从借款人在贷款人处开立的账户中扣划相应款项用于清偿，扣划后应及时通知借款人；账户内资金币种不同的，按扣划当日贷款人公布的汇率折算。' },
  ],
  prepay: [
    { title: '提前还款', text: '借款人可以提前归还部分或全部贷款本金，但应提前十五个工作日向贷款人提出书面申请。提前还款的，利息按实际用款天数计算，贷款人不收取额外费用。' },
  ],
  assignment: [
    { title: '债权转让', text: '贷款人可以将本合同项下的债权全部或部分转让给第三人，并以书面、短信或在贷款人网站公告等方式通知借款人；转让不影响借款人依法享有的抗辩权利。未经贷款人书面同意，借款人不得转让本合同项下的债务。' },
  ],
  notices: [
    { title: '通知与送达', text: '双方在本合同首部填写的地址、电话及电子邮箱为有效送达地址。一方变更送达地址的，应在变更后五日内书面通知对方；未通知的，按原地址送达即视为送达。该送达地址适用于争议进入诉讼程序后的送达。' },
    { title: '通知', text: '与本合同有关的通知应以书面形式作出，可采用专人递送、邮寄或电子邮件方式。专人递送的，于签收时送达；邮寄的，于交邮后第三日送达；电子邮件的，于进入对方系统时送达。' },
  ],
  dispute: [
    { title: '争议解决', text: '因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方可以向贷款人所在地有管辖权的人民法院起诉。诉讼期间，本合同不涉及争议的部分仍应继续履行。' },
    { title: '争议的解决方式', text: '本合同履行中发生的争议，由双方协商解决；协商不成的，提交杭州仲裁委员会，按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁裁决是终局的，对双方均有约束力。' },
  ],
  law: [
    { title: '适用法律', text: '本合同的订立、效力、解释、履行及争议的解决均适用中华人民共和国法律（为本合同之目的，不包括香港特别行政区、澳门特别行政区和台湾地区法律）。' },
  ],
  costs: [
    { title: '费用承担', text: '因办理抵押登记、评估、公证等发生的费用，按照国家有关规定及双方约定承担；因借款人违约导致贷款人为实现债权而支出的诉讼费、保全费、公告费等合理费用，由借款人承担。' },
  ],
  entire: [
    { title: '完整协议', text: '本合同及其附件构成双方就本合同项下借款事项达成的完整协议，取代双方此前就该事项所作的口头或书面约定。本合同的任何修改或补充须经双方协商一致并以书面形式作出。' },
  ],
  privacy: [
    { title: '个人信息授权', text: '借款人同意贷款人为审核贷款申请、管理贷款及催收之目的，依法收集、使用其身份、联系方式、收入和信用等个人信息，并向金融信用信息基础数据库报送和查询借款人信用信息；贷款人应对上述信息采取安全保护措施，不得用于与本合同无关的用途。' },
    { title: '信息查询与报送', text: '借款人授权贷款人在贷款审批及贷后管理期间查询其个人征信报告，并按照中国人民银行有关规定报送本合同项下的信贷信息。借款人可依法查阅、更正其个人信息。' },
  ],
  counterparts: [
    { title: '合同份数与生效', text: '本合同自双方签字或盖章之日起生效。本合同一式三份，双方各执一份，担保登记机关留存一份，各份具有同等法律效力。' },
    { title: '其他', text: '本合同未尽事宜，由双方另行协商并签订补充协议，补充协议与本合同具有同等效力。本合同一式贰份，甲乙双方各执壹份。' },
  ],
  special: [
    { title: '其他约定', text: '双方另行约定如下：（1）借款人应妥善保管本合同及借款借据；（2）借款人可通过贷款人营业网点或手机银行查询贷款余额及还款记录；（3）本合同的附件与本合同具有同等法律效力。' },
  ],
  schedule: [
    { title: '附件：收费明细', text: '本合同项下收费项目如下：1. 贷款利息：按本合同约定利率计收；2. 抵押登记费：按登记机关公布标准据实收取，由借款人直接缴纳；3. 提前还款手续费：不收取；4. 其他费用：无。' },
  ],
};

/** Near-miss: harsh-looking, still ordinary; `topic` is the standard clause it stands in for. */
export const ZH_NEAR: B8Clause[] = [
  { topic: 'penalty', title: '逾期利息', text: '借款人未按约定期限归还借款本金的，自逾期之日起至实际清偿之日止，按照本合同约定的借款利率加收50%的标准计收逾期利息；该等利息与本合同约定的其他违约金合计不超过法律规定的上限。', note: 'near-miss: default interest at contract rate +50 %, capped by law' },
  { topic: 'remedies', title: '提前到期', text: '借款人连续三期或累计六期未按时足额还款，经贷款人书面催告后十五日内仍未清偿的，贷款人有权宣布全部贷款提前到期，要求借款人一次性偿还剩余本金及已产生的利息。', note: 'near-miss: acceleration after missed instalments, notice and cure period' },
  { topic: 'rate', title: '利率调整', text: '本合同利率按照LPR加点方式确定，加点数值为六十个基点，在合同期限内固定不变。重定价周期为一年，重定价日为每年的一月一日，调整后的利率为重定价日前最近一个月的一年期LPR加上述加点数值。', note: 'near-miss: LPR + fixed spread repriced yearly by rule' },
  { topic: 'dispute', title: '管辖', text: '因本合同发生的争议，由双方协商解决；协商不成的，依法由贷款人住所地人民法院管辖。', note: "near-miss: lender's-domicile court in an ordinary consumer loan" },
  { topic: 'assignment', title: '贷款人转让权利', text: '贷款人有权在不加重借款人义务的前提下，将本合同项下的全部或部分债权转让给第三方，并应以书面通知或公告方式告知借款人；自通知到达借款人之日起，受让人取得贷款人在本合同项下的相应权利。', note: 'near-miss: assignment with notice, no heavier burden' },
  { topic: 'prepay', title: '提前还款补偿', text: '借款人在首笔贷款发放之日起一年内提前还款的，应按提前还款本金的1%向贷款人支付提前还款补偿金；发放满一年后提前还款的，不收取补偿金。', note: 'near-miss: 1 % prepayment fee in the first year only' },
  { topic: 'setoff', title: '抵销', text: '借款人在本合同项下任何到期应付款项未清偿的，贷款人可以将该到期款项与借款人对贷款人享有的已到期债权相互抵销，并在抵销后书面通知借款人抵销的金额及依据。', note: 'near-miss: set-off limited to matured sums, with notice' },
  { topic: 'costs', title: '实现债权的费用', text: '借款人违约的，贷款人为实现债权而实际支出的诉讼费、仲裁费、保全费、执行费及合理的律师费由借款人承担，律师费以有关收费标准为限。', note: 'near-miss: reasonable enforcement costs borne by defaulting borrower' },
  { topic: 'security', title: '抵押物的处分', text: '借款人到期未清偿债务的，贷款人有权依照法律规定与抵押人协议以抵押财产折价，或者以拍卖、变卖抵押财产所得价款优先受偿；所得价款超过债权数额的部分归抵押人所有，不足部分由借款人清偿。', note: 'near-miss: enforcement of mortgage by legal routes, surplus returned' },
  { topic: 'events', title: '交叉违约', text: '借款人在贷款人处的其他借款合同项下发生逾期且经催告后三十日内未清偿的，贷款人可以认定借款人在本合同项下违约。', note: 'near-miss: cross-default limited to borrower\'s own debts with this lender, after notice' },
  { topic: 'privacy', title: '信息共享', text: '借款人同意贷款人在法律允许的范围内，为贷款管理和风险控制之目的，向为本合同提供担保的担保人、为贷款人提供服务的外包机构提供必要的借款人信息，并要求其承担保密义务。', note: 'near-miss: data shared with guarantor and service providers for loan admin only, under confidentiality' },
];

/** Unusual clauses. `topic` is the standard clause replaced; `special` and `schedule` mean a list item inside a 其他约定 or fee schedule clause. */
export const ZH_UNUSUAL: B8Clause[] = [
  { topic: 'rate', category: 'unilateral-change', title: '利率', text: '本合同项下贷款年利率以首部所列为准，但在借款期限内，如贷款人认为市场资金成本、监管要求或借款人风险状况发生变化的，贷款人有权视情况调整贷款利率及各项费率，调整自贷款人在其网站或营业网点公告之日起生效，无需另行征得借款人同意。', note: 'unilateral-change: lender may reprice rate and fees by notice on its website, no consent' },
  { topic: 'special', category: 'unilateral-change', title: '其他约定', text: '双方另行约定如下：（1）借款人的还款账户变更须经贷款人书面确认；（2）贷款人可根据其内部管理制度的修订，对本合同的还款计划、服务费标准及其他条款作出相应变更，变更内容以贷款人系统记录为准，借款人继续使用贷款即视为接受；（3）本合同项下的电子签名与手写签名具有同等效力。', note: 'unilateral-change: mid-list item lets lender change schedule, fees and terms by internal policy' },
  { topic: 'reps', category: 'waiver', title: '借款人的确认', text: '借款人确认已充分理解本合同的全部内容，并同意放弃就本合同项下债务向贷款人主张的一切抗辩权、抵销权，包括但不限于基于贷款人未按约定放款、服务瑕疵或其他原因产生的抗辩。', note: 'waiver: borrower waives all defences and set-off against lender' },
  { topic: 'dispute', category: 'waiver', title: '争议解决', text: '本合同发生争议的，由贷款人所在地人民法院管辖。借款人在此不可撤销地承诺，对于一审判决不提起上诉，亦不就贷款人依本合同采取的扣款、催收措施另行提起诉讼或投诉。', note: 'waiver: borrower gives up appeal and right to sue/complain' },
  { topic: 'events', category: 'cross-default', title: '违约事件', text: '下列任一情形均构成借款人在本合同项下的违约：借款人未按期还款；借款人的配偶、直系亲属或借款人担任股东、高管的任何企业在任何金融机构或其他债权人处发生逾期、欠息或被起诉；保证人对任何第三方的债务未能按期履行。', note: "cross-default: triggered by relatives', affiliates' and guarantor's debts to any creditor" },
  { topic: 'special', category: 'cross-default', title: '补充条款', text: '经双方协商一致，补充约定如下：一是借款人应在贷款人处开立结算账户；二是借款人在任何债权人处的任何债务被宣布提前到期或未按期履行的，无论金额大小，本合同项下贷款即视为同时到期，贷款人无需通知即可收回全部贷款；三是本补充条款与正文不一致的，以本补充条款为准。', note: 'cross-default: any debt to any creditor, any amount, auto-accelerates without notice' },
  { topic: 'rate', category: 'above-cap', title: '借款利息', text: '借款利息按日计算，日利率为万分之八，自放款之日起计收，借款人应于每月还款日随本金一并支付。', note: 'above-cap: daily 万分之八 ≈ 29.2 % p.a., above 4×LPR and 24 %' },
  { topic: 'rate', category: 'above-cap', title: '利息标准', text: '经双方协商，本合同项下借款按月息二分五厘计息，不足一月的按实际天数折算，利随本清。', note: 'above-cap: monthly 2分5厘 = 30 % p.a.' },
  { topic: 'schedule', category: 'above-cap', title: '附件：收费明细', text: '本合同项下收费项目如下：1. 抵押登记费：按登记机关标准据实收取；2. 账户管理费：每期按借款本金的1.2%收取，与当期本息一并扣收；3. 综合服务费：每期按借款本金的0.8%收取；4. 提前还款手续费：无。', note: 'above-cap: 2 % of original principal per monthly instalment on top of interest, APR well over 24 %' },
  { topic: 'penalty', category: 'penalty-high', title: '逾期违约金', text: '借款人任何一期款项逾期的，除按约定利率继续计收利息外，还应按逾期金额每日千分之五向贷款人支付违约金，直至全部款项清偿之日止。', note: 'penalty-high: late fee 5‰ per day (≈182 % p.a.) on top of interest' },
  { topic: 'prepay', category: 'penalty-high', title: '提前还款', text: '借款人申请提前还款的，须经贷款人同意，并应按提前还款本金的百分之十支付提前还款违约金，同时支付剩余借款期限内按合同利率计算的全部利息。', note: 'penalty-high: 10 % prepayment penalty plus all future interest' },
  { topic: 'dispute', category: 'jurisdiction', title: '法律适用和争议解决', text: '本合同适用中华人民共和国法律。因本合同产生的争议，贷款人可以选择向其认为适当的任一有管辖权的法院起诉，或者提交由贷款人指定的仲裁机构仲裁，借款人对贷款人的选择不持异议。', note: "jurisdiction: forum or arbitration body at lender's sole choice" },
  { topic: 'special', category: 'jurisdiction', title: '其他约定事项', text: '（一）本合同附件为本合同不可分割的组成部分；（二）因本合同发生的一切纠纷，均提交新疆喀什地区某仲裁委员会按书面审理方式裁决，借款人同意仲裁庭可不开庭审理；（三）本合同未尽事宜，按照国家有关法律规定执行。', note: 'jurisdiction: far-away arbitration (Kashgar) on papers only, chosen by lender' },
  { topic: 'term', category: 'auto-renewal', title: '借款期限', text: '借款期限以首部约定为准。借款到期时借款人未书面提出结清申请，且贷款人未作出相反表示的，本合同项下借款自动续期一个同等期限，续期期间的利率及费用按续期时贷款人公布的标准执行，可连续续期。', note: 'auto-renewal: silent rollover at lender-set rate, repeatedly' },
  { topic: 'purpose', category: 'any-purpose', title: '借款用途', text: '借款人可将本合同项下借款用于其认为需要的任何用途，贷款人不对借款用途进行限制和检查，借款人亦无需提供用款凭证。', note: 'any-purpose: no purpose restriction or monitoring' },
  { topic: 'special', category: 'enforcement', title: '强制执行公证', text: '双方同意对本合同办理具有强制执行效力的债权文书公证。借款人未按约还款的，贷款人可直接向公证机构申请出具执行证书并向人民法院申请强制执行，借款人自愿放弃就债务金额、利息及费用提出任何异议和抗辩的权利。', note: 'enforcement: 赋予强制执行效力 with waiver of all objections' },
  { topic: 'remedies', category: 'enforcement', title: '违约处理', text: '借款人违约时，贷款人有权宣布贷款提前到期。借款人同意，本合同经公证后即具有强制执行效力，贷款人单方出具的欠款证明即为执行依据，借款人不得就执行提出异议，亦不要求贷款人另行举证。', note: "enforcement: lender's own statement as enforcement basis, objections waived" },
  { topic: 'security', category: 'land-rights', title: '担保', text: '借款人以其依法取得的农村土地承包经营权及其地上附着物为本合同提供担保。借款人逾期超过三十日的，贷款人有权视情况直接收回并自行经营该土地，或将土地经营权再流转给贷款人指定的第三方，流转期限及价款由贷款人确定，流转收益优先用于清偿贷款。', note: 'land-rights: lender may seize and re-transfer land contract-management rights at its own price' },
  { topic: 'special', category: 'land-rights', title: '特别约定', text: '本合同项下贷款用于土地流转经营的，双方特别约定：1. 借款人应将土地流转合同原件交贷款人保管；2. 借款期内借款人承包的全部土地的流转收益、政府补贴款一律直接划入贷款人指定账户，由贷款人有权视情况扣收，借款人不得另行流转或变更经营者；3. 借款人应按时支付流转费。', note: 'land-rights: all land transfer income and subsidies diverted to lender, borrower barred from re-transfer' },
  { topic: 'privacy', category: 'data-sharing', title: '个人信息的使用', text: '借款人同意并授权贷款人将其在申请和使用贷款过程中提供或产生的全部个人信息，包括通讯录、位置信息和交易记录，提供给贷款人的关联公司及合作的任何第三方，用于营销推广、产品推荐及其他商业用途，该授权不可撤销且不因本合同终止而失效。', note: 'data-sharing: irrevocable consent to share all data incl. contacts with any third party for marketing' },
  { topic: 'drawdown', category: 'insurance', title: '放款条件', text: '借款人应在放款前向贷款人指定的保险公司投保借款人意外伤害及信用保证保险，保险金额不低于贷款本息总额，保险费一次性从贷款中扣除，第一受益人为贷款人；借款人未投保的，贷款人不予放款。', note: 'insurance: mandatory policy from lender-nominated insurer, premium deducted from loan' },
  { topic: 'repayment', category: 'salary-account', title: '还款方式及账户', text: '借款人按月等额本息还款。借款人应将其工资代发账户变更至贷款人处，并授权贷款人在借款期间对该账户进行监管，贷款人有权冻结该账户内的款项并随时扣划，借款人在贷款结清前不得撤销该授权或变更工资发放账户。', note: 'salary-account: wage account moved to lender, frozen and debited at will, irrevocable' },
  { topic: 'amount', category: 'upfront-fee', title: '借款金额及交付', text: '借款本金以首部所列为准。贷款人在放款时预先扣除借款本金的百分之八作为风险保证金及咨询服务费，借款人实际收到的款项以扣除后为准，但借款人仍按首部所列本金金额计付利息并偿还本金。', note: 'upfront-fee: 8 % deducted at drawdown while interest runs on full principal (砍头息)' },
];
