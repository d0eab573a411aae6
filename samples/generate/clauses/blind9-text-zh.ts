/** Chinese wordings of the ninth blind clause set, written blind (see samples/clauses/blind9/README.md). */
import type { Blind9Clause, Blind9Pool } from './blind9-types.js';

export const ZH_STANDARD: Blind9Pool = {
  definitions: [
    { title: '定义与解释', text: '除本合同另有约定外，“工作日”指中华人民共和国法定工作日；“还款日”指每月与放款日对应的日期，当月无对应日期的，为当月最后一日；本合同各条标题仅为阅读方便而设，不影响条款的解释。' },
    { title: '释义', text: '本合同所称“借款”指贷款人依本合同向借款人发放的人民币贷款；“借据”指记载放款金额、放款日及到期日的凭证，借据是本合同的组成部分，与本合同约定不一致的，以本合同为准。' },
  ],
  amount: [
    { title: '借款金额', text: '借款人向贷款人申请借款人民币{AMOUNT}，实际发放金额以借据记载为准。' },
    { title: '借款种类和金额', text: '本合同项下借款为个人经营性贷款，金额为人民币{AMOUNT}。贷款人根据审批结果可分次发放，但累计发放金额不超过上述金额。' },
  ],
  term: [
    { title: '借款期限', text: '借款期限为{TERM}个月，自首次放款之日起算；分次放款的，各笔借款的到期日以借据记载为准，但均不得晚于本合同约定的最终到期日。' },
    { title: '期限', text: '本合同项下借款期限自实际放款日起至借据载明的到期日止，共计{TERM}个月。借款人需要展期的，应在到期日前三十日提出书面申请，经贷款人审查同意并签订展期协议后方可展期。' },
  ],
  purpose: [
    { title: '借款用途', text: '本合同项下借款仅用于借款人{PURPOSE}，借款人不得将借款用于购买理财产品、股票、期货等投资，不得用于购房或偿还其他债务，不得用于国家法律法规禁止的领域。' },
    { title: '贷款用途及监督', text: '借款人应将借款专项用于{PURPOSE}，并按贷款人要求提供购销合同、发票等用途证明材料。贷款人有权对借款使用情况进行检查，借款人应予配合。' },
  ],
  rate: [
    { title: '借款利率', text: '本合同借款执行固定年利率{RATE}%，在借款期限内不作调整。', note: undefined },
    { title: '利率及调整', text: '借款利率以放款前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为基准，加55个基点确定。借款期限内，利率每年一月一日按当时的LPR重新定价一次，加点数值在合同期内保持不变。', note: 'near-miss: LPR + fixed spread repriced once a year by a stated rule' },
    { title: '贷款利率', text: '本合同项下借款年利率为{RATE}%（单利），按日计息，日利率＝年利率/360。' },
  ],
  'interest-calc': [
    { title: '计息与结息', text: '借款自实际放款之日起计息，按实际占用天数计算。按月结息，结息日为每月二十日，借款人应于结息日当日支付当期利息。' },
  ],
  'drawdown-conditions': [
    { title: '放款前提条件', text: '贷款人发放借款以下列条件均已满足为前提：借款人已提交贷款人要求的全部资料；担保合同已生效并已办妥抵押登记（如适用）；借款人未发生本合同约定的违约事件。上述条件未满足的，贷款人有权暂缓放款。' },
    { title: '提款条件', text: '借款人提款前，应当已经签署本合同及相关担保文件，并向贷款人提交提款申请书和用途证明；贷款人审核无误后方予放款。' },
  ],
  drawdown: [
    { title: '借款发放', text: '借款人同意贷款人采用受托支付方式，将借款直接支付给借款人的交易对象。受托支付金额、对象与交易合同不一致的，贷款人有权拒绝支付。' },
    { title: '放款方式', text: '贷款人将借款划入借款人在贷款人处开立的账户（账号以借据为准），划入之日即为放款日。' },
  ],
  repayment: [
    { title: '还款方式', text: '借款人按等额本息方式按月还款，每期还款额见还款计划表。借款人应于每个还款日前在还款账户中存足当期应还款项，并授权贷款人于还款日从该账户扣收。' },
    { title: '还本付息', text: '本合同项下借款按月付息、到期一次还本。借款人应在每月还款日支付当月利息，并于借款到期日归还全部本金及剩余利息。' },
    { title: '还款', text: '借款采用等额本金方式归还，即每期归还相同数额的本金及按剩余本金计算的利息。还款日遇节假日的，不顺延。' },
  ],
  prepayment: [
    { title: '提前还款', text: '借款人可以提前归还全部或部分借款，但应提前十个工作日书面通知贷款人。提前还款的，利息按实际占用天数计算，贷款人不另行收取费用。' },
    { title: '提前还款', text: '借款人在放款后一年内提前还款的，应按提前归还本金的1%支付提前还款补偿金；满一年后提前还款的，不收取补偿金。已收取的利息不予退还，未到期利息不再计收。', note: 'near-miss: 1 % prepayment fee in the first year only' },
  ],
  security: [
    { title: '担保', text: '本合同项下借款由{GUARANTOR}提供连带责任保证担保，担保事宜由贷款人与保证人另行签订保证合同。' },
    { title: '抵押担保', text: '借款人以其名下位于{CITY}的房产为本合同项下借款提供抵押担保，并应在放款前办妥抵押登记。抵押物价值明显减少的，借款人应在贷款人通知后三十日内恢复抵押物价值或提供贷款人认可的其他担保。' },
  ],
  reps: [
    { title: '借款人的陈述与保证', text: '借款人保证：其具有完全民事行为能力，签订和履行本合同已取得必要的同意；向贷款人提供的身份、收入、资产及负债等资料真实、完整、有效；不存在未披露的重大诉讼或对外担保。' },
    { title: '声明与承诺', text: '借款人声明已仔细阅读并理解本合同全部条款，贷款人已应借款人要求对有关条款作出说明。借款人承诺其提供的全部材料均真实有效，如有变化将及时告知贷款人。' },
  ],
  covenants: [
    { title: '借款人的义务', text: '借款人应按期足额还本付息；按贷款人要求提供收入及财务状况资料；住所、工作单位、联系方式变更的，应在变更后十日内书面通知贷款人；对外提供担保可能影响其还款能力的，应事先告知贷款人。' },
    { title: '借款人承诺事项', text: '在借款清偿完毕前，借款人应维持其经营主体的正常经营，按时办理年报，不得擅自转让、出租主要经营资产；借款人发生重大经营变化的，应及时告知贷款人。' },
  ],
  'lender-rights': [
    { title: '贷款人的权利和义务', text: '贷款人有权了解借款人的资信状况及借款使用情况；贷款人应按本合同约定按时足额发放借款，并对借款人的个人信息和经营资料依法保密。' },
  ],
  'default-events': [
    { title: '违约事件', text: '下列任一情形构成借款人违约：（1）未按期归还本金或支付利息；（2）未按约定用途使用借款；（3）提供虚假资料或隐瞒重要事实；（4）借款人在本合同项下的担保人丧失担保能力而借款人未按要求提供新的担保；（5）借款人违反本合同其他约定，经贷款人通知后十五日内仍未纠正。' },
    { title: '违约', text: '借款人连续三期或累计六期未按时足额还款的，或擅自改变借款用途的，或转移、隐匿财产以逃避债务的，均构成违约。' },
  ],
  acceleration: [
    { title: '违约处理', text: '发生违约事件的，贷款人有权要求借款人限期纠正；借款人逾期未纠正的，贷款人有权停止发放尚未发放的借款，并书面通知借款人宣布借款提前到期，要求借款人立即归还已发放的全部借款本息。', note: 'near-miss: acceleration only after demand and an unremedied cure period' },
    { title: '提前到期', text: '借款人连续两期未按时足额还款的，贷款人可以书面通知借款人在通知送达之日起十五日内清偿逾期款项；期满仍未清偿的，贷款人有权宣布全部借款提前到期。', note: 'near-miss: acceleration after two missed instalments with written notice and 15-day cure' },
  ],
  'default-interest': [
    { title: '罚息和复利', text: '借款人未按期还款的，自逾期之日起，就逾期本金按本合同利率上浮50%计收罚息；对未按时支付的利息，按罚息利率计收复利。借款人未按约定用途使用借款的，就挪用部分按本合同利率上浮100%计收罚息。', note: 'near-miss: default interest +50 %, misuse +100 % (PBOC standard levels)' },
    { title: '逾期利息', text: '借款逾期的，自逾期之日起至清偿之日止，按本合同约定利率加收30%计收逾期利息。', note: 'near-miss: overdue interest +30 %' },
  ],
  setoff: [
    { title: '扣收', text: '借款人到期未清偿的款项，贷款人有权从借款人在贷款人处开立的账户中扣收，并在扣收后及时通知借款人。账户资金为外币的，按扣收当日贷款人公布的汇率折算。', note: 'near-miss: debit of matured sums from accounts at the lender, with notice' },
  ],
  costs: [
    { title: '费用承担', text: '与本合同有关的抵押登记费、公证费（如有）由借款人承担。因借款人违约，贷款人为实现债权而支付的诉讼费、保全费及合理的律师费，由借款人承担。', note: 'near-miss: reasonable enforcement costs borne by a defaulting borrower' },
  ],
  assignment: [
    { title: '债权转让', text: '贷款人可以将本合同项下的债权全部或部分转让给第三人，转让时应通知借款人，借款人的还款义务不因此增加。未经贷款人书面同意，借款人不得转让其在本合同项下的义务。', note: 'near-miss: assignment by the lender with notice to the borrower' },
  ],
  'personal-info': [
    { title: '个人信息查询与报送', text: '借款人授权贷款人在本合同审批及贷后管理期间向中国人民银行征信中心金融信用信息基础数据库查询其信用报告，并按规定报送本合同项下的借款信息及还款记录。贷款人对上述信息负有保密义务，法律另有规定的除外。', note: 'near-miss: credit-bureau query and reporting only' },
    { title: '个人信息', text: '借款人同意贷款人为办理本笔贷款及贷后管理之目的处理其个人信息，并可向保证人及为本笔贷款提供催收、档案保管服务的受托机构在必要范围内提供。贷款人应要求受托机构履行保密义务。', note: 'near-miss: data to guarantor and outsourced servicers for administration, confidentiality bound' },
  ],
  notices: [
    { title: '通知与送达', text: '本合同首部载明的地址为双方的送达地址，适用于各类通知、协议等文件以及发生纠纷时相关文书和法律文书的送达。一方地址变更的，应在变更后五日内书面通知对方，否则按原地址送达即视为送达。', note: 'near-miss: deemed service at the stated address' },
    { title: '通知', text: '贷款人可通过短信、信函或电话方式向借款人发出通知。以信函方式发出的，自交邮后第三日视为送达。' },
  ],
  'governing-law': [
    { title: '适用法律', text: '本合同的订立、效力、解释、履行及争议解决，均适用中华人民共和国法律（不含港澳台地区法律）。' },
  ],
  dispute: [
    { title: '争议解决', text: '履行本合同发生争议的，双方协商解决；协商不成的，任何一方均可向贷款人住所地人民法院提起诉讼。争议期间，本合同不涉及争议的条款仍应继续履行。', note: 'near-miss: lender-domicile court (usual in China)' },
    { title: '争议的解决', text: '因本合同引起的争议，由双方协商解决；协商不成的，依法向本合同签订地人民法院起诉。' },
  ],
  effectiveness: [
    { title: '合同生效', text: '本合同自双方签字或盖章之日起生效，至本合同项下借款本息及其他应付款项全部清偿之日终止。本合同一式三份，双方各执一份，抵押登记机关一份，具有同等效力。' },
    { title: '生效及其他', text: '本合同经借款人签字、贷款人加盖合同专用章后生效。本合同未尽事宜，双方可另行签订补充协议，补充协议与本合同具有同等法律效力。' },
  ],
  other: [
    { title: '其他约定事项', text: '双方另行约定如下：（一）借款人同意以其在贷款人处开立的借记卡账户作为还款账户；（二）借款人应在每年六月底前向贷款人提供上一年度的收入证明或经营流水；（三）还款计划表作为本合同附件，与本合同具有同等效力。' },
    { title: '补充条款', text: '1. 借款人可通过贷款人网点或手机银行查询借款余额及还款记录。2. 本合同附件包括借据、还款计划表及担保合同。3. 本合同项下的计算以贷款人的系统记录为初步证据，借款人有异议的，可以提供相反证据。' },
  ],
  'fees-schedule': [
    { title: '附件：收费明细', text: '本合同项下贷款人收取的费用如下：抵押登记费按登记机关标准代收；账户管理费、贷款手续费不收取；提前还款补偿金按本合同提前还款条款执行；除上述费用外，贷款人不收取其他任何费用。' },
  ],
};

/** The unusual ones; each replaces the standard clause of its topic. */
export const ZH_UNUSUAL: readonly Blind9Clause[] = [
  // unilateral-change ×2
  { topic: 'rate', title: '利率', expect: 'unusual', text: '本合同借款年利率暂定为{RATE}%。借款期限内，贷款人有权根据市场资金成本及自身经营情况视情况调整借款利率及相关费用标准，调整结果在贷款人营业网点或官方网站公布之日起执行，无需另行征得借款人同意。', note: 'unilateral-change: lender may reset rate and fees at its discretion by posting, without consent' },
  { topic: 'other', title: '其他约定', expect: 'unusual', text: '（一）借款人同意以其工资卡作为还款账户；（二）本合同附件与本合同具有同等效力；（三）贷款人可根据内部管理制度的变化对本合同的还款方式、期限安排作相应变更，变更内容以贷款人系统记载为准，借款人继续使用借款或继续还款的，视为接受变更；（四）本合同未尽事宜按贷款人相关业务规定执行。', note: 'unilateral-change: lender may change repayment method and term under internal rules; continued repayment = acceptance' },
  // waiver ×2
  { topic: 'setoff', title: '扣收与抵销', expect: 'unusual', text: '借款人在贷款人及其关联机构开立的任何账户中的款项，贷款人均可随时直接扣划以清偿本合同项下任何款项，无论该款项是否到期，扣划无需事先通知借款人。借款人放弃对上述扣划提出抗辩或主张抵销的权利。', note: 'waiver: set-off of unmatured sums without notice across affiliates, borrower gives up defences' },
  { topic: 'reps', title: '借款人声明', expect: 'unusual', text: '借款人确认本合同全部条款均经充分协商，借款人对贷款人出具的欠款数额计算结果予以认可，放弃就借款本息、罚息及费用的计算向贷款人提出异议的权利，亦放弃以贷款人未履行提示说明义务为由主张任何条款无效或可撤销的权利。', note: 'waiver: borrower gives up objection to the lender\'s amounts and any challenge to terms' },
  // cross-default ×2
  { topic: 'default-events', title: '违约情形', expect: 'unusual', text: '下列情形之一发生时，视为借款人违约：（1）未按期还本付息；（2）未按约定用途使用借款；（3）借款人的配偶、父母、子女或借款人投资的企业在任何金融机构或其他债权人处的任一债务逾期或被起诉的；（4）提供的资料不真实。', note: 'cross-default: default triggered by relatives\' or invested companies\' debts with any creditor' },
  { topic: 'default-events', title: '违约事件', expect: 'unusual', text: '借款人未按时足额偿还任何一期本息，或借款人、保证人在其他任何债权人处存在任何逾期、欠息或涉诉记录，不论金额大小、是否已被宣布到期，贷款人均有权认定借款人在本合同项下违约。', note: 'cross-default: any overdue of borrower or guarantor with any creditor, no threshold' },
  // above-cap ×4
  { topic: 'rate', title: '借款利率', expect: 'unusual', text: '本合同项下借款按日计息，日利率为万分之五，按借款实际使用天数计算，利随本清。', note: 'above-cap: daily 0.05 % = 18.25 % a year, above 4×LPR' },
  { topic: 'rate', title: '利息', expect: 'unusual', text: '借款月利率为1分5厘，按月付息。借款人应于每月还款日将当月利息足额存入还款账户。', note: 'above-cap: monthly 1.5 % = 18 % a year' },
  { topic: 'rate', title: '利率', expect: 'unusual', text: '本合同借款年化利率为19.8%，在借款期限内保持不变。', note: 'above-cap: fixed 19.8 % a year, far above 4×LPR (12 %)' },
  { topic: 'fees-schedule', title: '附件：收费明细', expect: 'unusual', text: '借款人除按年利率{RATE}%支付利息外，还应按以下标准支付费用：账户管理费每月按借款本金的0.8%收取，随每期还款一并支付；服务费于放款时按借款本金的3%一次性收取；上述费用不因提前还款而退还。', note: 'above-cap: monthly 0.8 % management fee on original principal plus 3 % upfront fee pushes all-in cost far above 24 %' },
  // penalty-high ×2
  { topic: 'default-interest', title: '逾期责任', expect: 'unusual', text: '借款人逾期还款的，每逾期一日，按逾期金额的千分之三向贷款人支付违约金，直至全部清偿之日止，且该违约金与逾期利息同时计收。', note: 'penalty-high: 0.3 % per day (~110 % a year) on top of overdue interest' },
  { topic: 'prepayment', title: '提前还款', expect: 'unusual', text: '借款人申请提前还款的，须经贷款人同意，并应一次性支付提前还款本金10%的补偿金，以及自提前还款日起至原到期日止的全部剩余利息。', note: 'penalty-high: 10 % prepayment charge plus all remaining interest to maturity' },
  // jurisdiction ×2
  { topic: 'dispute', title: '管辖', expect: 'unusual', text: '因本合同发生的争议，贷款人有权选择向其认为合适的任一人民法院提起诉讼，借款人对此不持异议。', note: 'jurisdiction: lender picks any court it sees fit' },
  { topic: 'dispute', title: '争议解决方式', expect: 'unusual', text: '本合同项下争议提交海南国际仲裁院，适用该院网络仲裁规则进行书面审理，不开庭，裁决为终局。借款人同意仲裁文书通过贷款人提供的电子送达平台送达。', note: 'jurisdiction: distant online documents-only arbitration with service via lender platform' },
  // auto-renewal ×2
  { topic: 'term', title: '借款期限', expect: 'unusual', text: '借款期限为{TERM}个月。借款到期时，借款人未提出书面异议且未结清借款的，本合同自动续期一年，续期期间的利率及费用按续期时贷款人执行的标准确定，续期次数不限。', note: 'auto-renewal: silent unlimited renewal at the lender\'s then rate' },
  { topic: 'other', title: '特别约定', expect: 'unusual', text: '一是借款人应配合贷款人进行贷后检查；二是本合同项下循环额度有效期届满时，如借款人未结清且未书面申请终止，额度及已用借款按贷款人届时的定价自动延续；三是借款人联系方式变更应及时告知。', note: 'auto-renewal: revolving line and drawn debt roll over at lender\'s then pricing unless borrower terminates' },
  // any-purpose ×1
  { topic: 'purpose', title: '借款用途', expect: 'unusual', text: '借款人可自行决定借款的具体用途，贷款人不对借款用途作任何限制，亦不要求借款人提供用途证明。', note: 'any-purpose: no purpose restriction or evidence' },
  // enforcement ×2
  { topic: 'other', title: '公证', expect: 'unusual', text: '双方同意就本合同办理具有强制执行效力的债权文书公证。借款人不履行或不完全履行本合同义务的，贷款人可直接向有管辖权的人民法院申请强制执行，借款人自愿接受强制执行，并承诺不提出任何异议。', note: 'enforcement: notarised enforceable debt instrument with advance waiver of objections' },
  { topic: 'costs', title: '费用与执行', expect: 'unusual', text: '本合同签订后，借款人应配合贷款人到公证机构办理赋予强制执行效力公证，公证费由借款人承担；贷款人申请执行证书时，以贷款人出具的欠款清单为准，借款人放弃核实程序中的陈述权利。', note: 'enforcement: 赋予强制执行效力 with the lender\'s own debt statement and waived verification' },
  // land-rights ×3
  { topic: 'security', title: '担保方式', expect: 'unusual', text: '借款人以其依法取得的{LAND}亩农村土地承包经营权作为本合同项下借款的担保。借款人未按期还款的，贷款人有权自行将该土地经营权流转给第三方，流转价格和期限由贷款人确定，流转收益直接用于清偿借款。', note: 'land-rights: lender may itself re-transfer the land management right at a price and term it fixes' },
  { topic: 'repayment', title: '还款来源', expect: 'unusual', text: '借款人以其土地承包经营权流转收益作为第一还款来源，并同意由贷款人直接向流转受让方收取全部流转收益；借款未结清前，借款人不得另行收取、变更或终止流转合同，贷款人亦可代借款人与受让方续签流转合同。', note: 'land-rights: lender collects all land transfer income and can renew the transfer contract for the borrower' },
  { topic: 'other', title: '其他约定', expect: 'unusual', text: '（一）借款人应按时参加贷款人组织的贷后回访；（二）借款人家庭承包的耕地，在借款期间由贷款人指定的合作社统一经营，经营收入优先归还本合同项下借款，借款人不得收回；（三）本合同附件包括借据和还款计划表。', note: 'land-rights: family contracted farmland handed to a lender-chosen cooperative for the life of the loan' },
  // data-sharing ×2
  { topic: 'personal-info', title: '信息使用授权', expect: 'unusual', text: '借款人不可撤销地授权贷款人将其身份信息、联系方式、借款及还款信息提供给贷款人的合作机构，用于产品推荐、营销及其他商业用途；该授权在本合同终止后继续有效。', note: 'data-sharing: irrevocable consent to give data to partners for marketing, surviving the contract' },
  { topic: 'personal-info', title: '个人信息', expect: 'unusual', text: '借款人同意贷款人为提升服务之需要，向第三方数据服务机构采集并交换其通讯录、位置、消费记录等信息，并可将加工后的信息提供给其他机构使用。', note: 'data-sharing: harvesting contacts/location and passing processed data on to other institutions' },
];
