/**
 * Red flags from the law and supervisory rules rather than from drafting habits: terms a court
 * would not enforce or a regulator forbids, whatever words a contract uses for them.
 * - 民法典 第670条: interest may not be deducted from the principal in advance (砍头息); the loan is
 *   the amount actually lent. Courts treat fees taken at disbursement the same way.
 * - 民法典 第401条 / 第428条: an agreement made before the debt falls due that the collateral
 *   belongs to the creditor on default (流押 / 流质) does not take effect as such; the creditor
 *   may only be paid first from the collateral's value.
 * - Collection that reaches the borrower's contacts or shames the borrower in public (互联网金融
 *   催收自律公约; US FDCPA §805(b), §806): unlawful or abusive.
 * - Tied products and compensating balances (银保监 "七不准": 以贷转存, 存贷挂钩, 借贷搭售).
 * - Restrictions on marriage, employment, travel and other personal choices, and harvesting of
 *   location, contacts or call records (个人信息保护法 第6条, 最小必要): beyond what a loan needs.
 * - A standard term that excuses the lender's own errors or puts them on the borrower (民法典
 *   第497条, 第506条): void.
 * - Enforcement costs the borrower pays whatever the outcome and however unreasonable (民法典
 *   第497条: a standard term that excludes the other party's main rights is void; costs follow
 *   the event and must be reasonable).
 * - Acceleration without any default, at the lender's own view or without reasons (民法典 第497条):
 *   a term loan the lender can call at will is no term loan.
 * - A payment authority over any card or account, for amounts the lender picks, that the borrower
 *   cannot cancel (UK CONC 7.6: continuous payment authorities are cancellable).
 * - Loan money paid to a party the lender picks (个人贷款管理办法: entrusted payment goes to the
 *   borrower's own counterparty on the borrower's instruction).
 * - Interest on the original principal whatever has been repaid (flat or add-on interest): the
 *   rate must be stated as an annualised rate on the principal actually outstanding (中国人民银行
 *   公告〔2021〕第3号); a flat rate costs nearly twice the rate it quotes on an instalment loan. A
 *   periodic fee on the original principal that repayments do not reduce is the same charge.
 * - The loan switched into another currency at the lender's choice or rate, or repaid in another
 *   currency than the one lent at the lender's rate: a money debt is paid in
 *   the currency agreed (民法典 第514条), and a standard term that adds to the borrower's burden
 *   without its agreement is void (民法典 第497条).
 */
import { B, L, re, type WordingRule } from './wording.js';

export const LEGAL_FLAG_IDS = [
  'interest-deducted-upfront',
  'collateral-vests-in-lender',
  'abusive-collection',
  'tied-products',
  'personal-restriction',
  'personal-data-overreach',
  'lender-liability-excluded',
  'lender-chosen-payee',
  'costs-regardless-of-outcome',
  'acceleration-without-default',
  'open-payment-authority',
  'interest-on-original-principal',
  'lender-currency-conversion',
] as const;
export type LegalFlagId = (typeof LEGAL_FLAG_IDS)[number];

const CREDITOR = `(?:${L.slice(3, -1)}|债权人|抵押权人|质权人)`;
const COLLATERAL = '(?:抵押物|质物|质押物|抵押财产|质押财产|担保物|(?:抵押|质押|出质)(?:的)?(?:房产|房屋|车辆|财产|土地|股权|股份|存单|设备)|该(?:房产|房屋|车辆|股权)|押品)';
const OVERDUE = '(?:逾期|违约|欠款|催收|未(?:按期|能)?(?:偿还|还款|清偿)|到期未|不履行|拖欠)';
const CONTACTS = '(?:亲友|亲属|家人|家属|家庭成员|配偶|父母|子女|朋友|同事|邻居|紧急联系人|通讯录|联系人|工作单位|单位领导|雇主)';
// "contact" alone is the verb ("may contact the Borrower by telephone"): only plural or qualified contacts are people.
/** Not preceded by a denial: 返还 counts, 不予返还 / 无需返还 does not. */
const AFFIRMED = '(?<!不|不予|亦不予|无需|无须|不必|不再|不得|无)';
const EN_CONTACTS = "(?:family|relatives?|friends?|colleagues?|co-?workers?|neighbou?rs?|employer|(?:phone |mobile |emergency |personal )contacts?|contacts(?: list)?|contact list|references|people (?:the borrower|in the borrower's) (?:knows?|phone))";

export const LEGAL_RULES: WordingRule<LegalFlagId>[] = [
  {
    id: 'interest-deducted-upfront',
    title: 'Interest or fees deducted from the principal in advance',
    explanation: 'Interest or fees are taken out of the money lent at disbursement (砍头息), while the borrower repays the full amount: 民法典 第670条 limits the loan to the amount actually lent.',
    patterns: [
      [re('(?:预先|预|事先|提前|直接|一次性|先行|放款时|发放时)(?:在本金中|从本金中|从借款中)?(?:扣除|扣收|扣减|扣留|扣取|收取|坐扣)'), re('利息|息|服务费|咨询费|手续费|管理费|评估费|顾问费|费用'), re('本金中|借款中|贷款中|放款|发放|到账|出借|交付')],
      [re('(?:借款|贷款|本金|放款|发放)(?:金额|资金|款项)?(?:中|内)?(?:直接|预先)?(?:扣除|扣收|扣减|扣留|坐扣)'), re('利息|服务费|咨询费|手续费|管理费|费用')],
      [re('(?:实际|实付|到账).{0,8}(?:金额|款项)'), re('(?:仍|均)(?:按|以).{0,10}(?:借款|合同|约定)(?:本金|金额).{0,8}(?:计息|还款|偿还|归还)')],
      // The other half of a deduction sentence: interest still runs on the full principal, whatever was kept back.
      [re('\\binterest\\b[^.;]{0,40}\\b(?:accru\\w*|charg\\w*|calculat\\w*|runs?)\\b'), re('\\b(?:nevertheless|in any event|even though|although|despite|regardless)\\b'), re('\\b(?:full|whole|entire|gross|original) (?:principal|loan amount|amount of the loan|facility amount)\\b')],
      [re('\\b(?:deduct\\w*|withh[eo]ld\\w*|retain\\w*|net(?:ted)? off|taken? out|kept back)\\b'), re('\\binterest|\\bfees?\\b|\\bcharges?\\b|commission'), re('\\b(?:loan|advance|advanced|proceeds|principal|disburse\\w*|amount lent|amount paid out|drawdown)\\b')],
      [re('\\binterest\\b.{0,40}\\b(?:in advance|up-?front|at (?:the time of )?(?:drawdown|disbursement|funding))\\b'), re('\\b(?:deduct|withh[eo]ld|retain|paid out of|taken from|discount)\\w*')],
    ],
    // Debiting an instalment from the repayment account happens after disbursement; it is not this.
    // A single stated fee of at most 2 % of the facility, netted from the drawdown, is disclosed
    // ordinary practice in English lending; interest, or a fee of no stated or a larger size, is not.
    unless: [re('还款账户|还款日|当期应还|(?:开立|名下)的?.{0,6}账户|到期未|逾期|repayment account|instalment|due date|overdue|(?:不得|不会|不)(?:预先)?(?:扣除|扣收)|shall not (?:be )?deduct|no (?:interest|fee) (?:is|shall be) deducted'),
      re('^(?!.*\\binterest\\b)(?!.*\\bfees\\b)(?!.*\\b(?:and|plus) (?:a|an|the) [\\w-]+ (?:fee|charge)\\b).*\\b(?:arrangement|facility|origination|commitment|front-end|set-?up|administration) fee (?:of|equal to) (?:(?:0|1)(?:\\.\\d+)?|2(?:\\.0+)?|one|two|one and a half) ?(?:per ?cent|%)')],
  },
  {
    id: 'collateral-vests-in-lender',
    title: 'Collateral vests in the lender on default (流押 / 流质)',
    explanation: 'On default the mortgaged or pledged property becomes the lender\'s without a sale or valuation: 民法典 第401条 and 第428条 let the lender only be paid first from its value.',
    patterns: [
      [re(COLLATERAL), re(`归${CREDITOR}.{0,4}所有|(?:所有权|产权).{0,10}(?:转移|归属|归|过户)|(?:直接|自动|即)(?:归|取得|过户|转归|抵偿|抵作|折抵)|(?:过户|转让)(?:至|给|到|予)${CREDITOR}|${CREDITOR}.{0,6}(?:直接|自动|即可)?取得.{0,8}(?:所有权|产权)`)],
      [re('以物抵债|流押|流质')],
      // A cash deposit kept by the lender on a default instead of paying the debt (applying it to the arrears is ordinary).
      [re('保证金|押金|履约金'), re(`归${CREDITOR}.{0,4}所有|没收|(?:不予|不|不再)(?:退还|返还)`), re(`${OVERDUE}|到期`)],
      [re(`${CREDITOR}.{0,6}(?:有权)?(?:直接|自动)?(?:取得|占有|收归).{0,6}${COLLATERAL}`), re(`${OVERDUE}|到期`)],
      [re('\\b(?:title|ownership|property|all rights?)\\b.{0,60}\\b(?:vest\\w*|pass\\w*|transfer\\w*)\\b.{0,30}\\b(?:to|in|on)\\b.{0,10}\\blender\\b')],
      [re("\\b(?:becomes?|shall become|will become)\\b.{0,20}\\b(?:the )?(?:absolute |sole )?property of the lender|\\blender's (?:absolute |sole )?property\\b")],
      [re('\\blender\\b.{0,30}\\b(?:retain|keep|take|appropriate|acquire)\\w*\\b.{0,40}\\b(?:mortgaged|pledged|charged|secured)?\\s?(?:property|collateral|vehicle|security|goods|shares)\\b'), re('\\bin (?:full |complete )?(?:satisfaction|discharge) of|\\bwithout (?:a |any )?(?:sale|auction|valuation|accounting)|\\bforeclos|\\bforfeit')],
      [re('\\bforfeit\\w*\\b'), re('\\b(?:property|collateral|vehicle|security|mortgaged|pledged|deposit|margin)\\b'), re('\\blender\\b')],
    ],
    // A surplus paid back is the lawful settlement; a surplus the clause denies (不予返还) is not.
    unless: [re(`不得.{0,6}(?:约定|直接)?.{0,6}(?:归|取得)|(?:不|非)(?:直接)?归.{0,6}所有|shall not (?:vest|pass|become)|(?:redeem|release|discharge)\\w*\\b.{0,30}\\b(?:to|in favour of) the borrower|${AFFIRMED}(?:返还|退还|归还(?:给)?(?:乙方|借款人|抵押人))|(?<!\\b(?:no|not|never|nothing)\\b[^.;]{0,30})returned? to the borrower`)],
  },
  {
    id: 'abusive-collection',
    title: 'Collection through third parties or public shaming',
    explanation: 'The lender may chase the debt through the borrower\'s relatives, contacts or employer, or make the debt public: abusive collection that courts and regulators forbid.',
    patterns: [
      [re('联系|通知|告知|致电|拨打|电话|短信|发送|上门|走访|催收|催讨|追讨'), re(CONTACTS), re(`${OVERDUE}|催收|追讨|催讨|还款`)],
      [re('公开|公布|曝光|张贴|发布|公示|悬挂|通报|传播'), re('欠款|债务|逾期|违约|失信|欠债|老赖|姓名|照片|身份信息'), re('网络|网站|媒体|社交|朋友圈|小区|社区|单位|公共场所|公告栏|群|街道|公开|曝光')],
      [re('\\b(?:contact\\w*|call\\w*|messag\\w*|text\\w*|notif\\w*|inform\\w*|visit\\w*|tell\\w*|approach\\w*|writ(?:e|ing) to)\\b'), re(`\\b${EN_CONTACTS}\\b`), re('\\b(?:collect\\w*|recover\\w*|overdue|arrears|default\\w*|debt|late|owe[sd]?|owing|unpaid|missed)\\b')],
      [re('\\b(?:publish\\w*|post\\w*|publici[sz]\\w*|display\\w*|expos\\w*|announc\\w*|shame\\w*|name and shame)\\b'), re('\\b(?:name|photo\\w*|picture|debt|default\\w*|arrears|overdue|defaulter)\\b'), re('\\b(?:online|internet|social media|website|newspaper|public\\w*|notice ?board|community|workplace|neighbou?rhood)\\b')],
    ],
    // Reporting to the credit bureau is the lawful route; asking for an emergency contact is not collection.
    unless: [re('征信|信用信息基础数据库|信用报告|credit (?:reference|bureau|report|information)|不得|禁止|严禁|shall not|will not|must not|may not')],
  },
  {
    id: 'tied-products',
    title: 'Tied products or compensating balances',
    explanation: 'The loan obliges the borrower to buy the lender\'s products, keep deposits with it or bring it business (以贷转存 / 存贷挂钩 / 借贷搭售): forbidden tie-ins that raise the real cost of credit.',
    patterns: [
      // The duty must govern the purchase: 承诺……不得用于购买理财 forbids, it does not tie.
      [re('(?:须|应|应当|必须|需|需要|同意|承诺|负责)[^，,。；;不]{0,12}(?:购买|认购|申购|投保|存入|存放|保持|保留|维持|转入|开办|办理|介绍|推荐|引荐)[^。；;]{0,30}(?:理财|基金|保险产品|寿险|人寿保险|定期存款|存款|保证金|日均余额|代发|信用卡|贵金属|新客户|产品)')],
      [re('存贷挂钩|以贷转存|以贷收费|搭售|捆绑销售|补偿性余额')],
      // Enrolment in products without a separate decision: 自动开通……产品，无需另行确认 / "automatically enrolled in".
      [re('自动(?:开通|订阅|加入|参加|购买|投保|办理|开立|签约|激活)[^。；]{0,40}(?:产品|服务|保险|会员|账户|计划|业务)'), re('^(?!.*(?:不会|不得|不予|不)自动)')],
      [re('(?:产品|服务|保险|会员|业务)[^。；]{0,12}(?:开通|购买|订阅|办理|签约)'), re('(?:无需|无须|不需|不必|毋须)[^。；]{0,8}(?:另行|单独|逐项|再次|另外)?(?:确认|同意|授权|签署)')],
      [re('\\b(?:automatic(?:ally)?|auto-?)\\s?(?:enrol\\w*|subscrib\\w*|sign\\w* (?:you |the borrower )?up|opt\\w* (?:you |the borrower )?in|activat\\w*|renew\\w* (?:your |the )?(?:membership|subscription|insurance))|\\b(?:enrol\\w*|subscrib\\w*|signed up|opted in|activat\\w*)\\b[^.;]{0,40}\\bautomatically\\b'), re('\\b(?:products?|services?|insurance|membership|plans?|programmes?|programs?|subscriptions?)\\b'), re("^(?!.*\\b(?:not|never|only (?:if|with|when)|unless)\\b)")],
      // Insurance bought from the insurer the lender picks (银保监: no tied or designated insurance), whatever the cover.
      [re('保险|保单|\\binsur\\w*'), re(`${L}[^。；]{0,4}(?:指定|选定|选择|合作)的?(?:保险公司|保险机构|承保人)|(?:不得|不能|无权)[^。；]{0,6}(?:自行)?选择(?:其他)?(?:的)?保险(?:公司|机构)|\\binsurer\\b[^.;]{0,10}\\b(?:selected|chosen|nominated|designated|appointed|specified|named) by the lender\\b|\\blender'?s? (?:chosen|selected|nominated|designated|panel|appointed) insurer|\\binsurer (?:that |which )?the lender (?:designates?|selects?|chooses?|nominates?|appoints?|specif(?:y|ies)|names?)\\b|\\binsurer (?:of|chosen at) the lender'?s? (?:choice|discretion)`)],
      // A cut of every sum the borrower receives. (Routing sales receipts through the lender is ordinary:
      // 流动资金贷款管理办法 asks the lender to agree a receipts account with a working-capital borrower.)
      [re('收取|计收|扣收|扣取|提取|\\b(?:fee|charge|commission|levy|deduct\\w*|retain\\w*|take|takes)\\b'), re('每一?笔[^。；]{0,6}(?:入账|到账|进账|收入|收款|流水)(?:金额)?|(?:入账|到账|进账|收款|流水)金额的|\\b(?:per ?cent|%)[^.;]{0,20}\\b(?:of|on|from) (?:each|every|all) (?:credits?|deposits?|receipts?|incoming payments?|payments? received|sums? (?:received|credited)|amounts? (?:received|credited))\\b')],
      [re('\\bcompensating (?:balance|deposit)s?\\b|\\bminimum (?:average )?(?:balance|deposit)\\b.{0,40}\\bwith the lender\\b|\\btied (?:product|sale|purchase)')],
      [re('\\b(?:shall|must|will|agrees? to|undertakes? to|is required to|(?:as|is) a (?:pre-?)?condition|condition (?:of|precedent)|conditional (?:up)?on)\\b'), re('\\b(?:purchas\\w*|buy\\w*|subscrib\\w*|maintain\\w*|keep\\w*|hold\\w*|deposit\\w*|plac\\w*|open\\w*|introduc\\w*|refer\\w*|bring)\\b'), re('\\b(?:fund units?|units (?:in|of) (?:the lender|a|an|any)|mutual funds?|insurance polic(?:y|ies)|life (?:insurance|policy|cover)|investment (?:products?|plans?)|wealth[- ]management|fixed deposits?|time deposits?|term deposits?|deposits? with the lender|balance with the lender|savings|credit cards?|new customers?|products? (?:offered|sold|distributed|issued) by the lender)\\b')],
    ],
    // Insuring the mortgaged property and funding the repayment account are ordinary duties.
    unless: [re('抵押物|抵押财产|财产保险|财产险|房屋保险|还款账户|当期应还|不得(?:强制|要求|搭售|捆绑|指定)|(?:自主|自行)选择[^。；]{0,10}保险|\\b(?:its|his|her|borrower.s) own (?:choice of )?insurer\\b|(?:不|无需|无须)(?:强制|要求)|自愿|property insurance|buildings insurance|insure the property|insurance (?:over|of|on) the (?:property|vehicle|mortgaged)|repayment account|shall not|is not required|not a condition')],
  },
  {
    id: 'personal-restriction',
    title: 'Restrictions on the borrower\'s personal life',
    explanation: 'The borrower needs the lender\'s consent, or is forbidden, to marry, divorce, change jobs, travel or make other personal choices: beyond what a loan may bind.',
    patterns: [
      [re('结婚|再婚|婚姻|离婚|生育|怀孕|出境|出国|离开(?:本市|本省|居住地|所在地)|更换工作|变更工作|更换工作单位|辞职|离职|跳槽|迁居|搬家|宗教|加入.{0,4}(?:组织|团体)'), re(`不得|禁止|严禁|须经${L}|应经${L}|未经${L}|征得${L}|取得${L}.{0,4}同意|${L}.{0,4}(?:批准|同意)后`)],
      [re("\\b(?:marr(?:y|ies|ied|iage)|remarr\\w*|divorc\\w*|pregnan\\w*|have (?:a )?child(?:ren)?|travel\\w* (?:abroad|overseas|outside)|leave (?:the )?(?:country|city|province|jurisdiction)|chang\\w* (?:his |her |their |the borrower's )?(?:job|employer|employment|occupation)|resign\\w*|quit\\w*|relocat\\w*|move (?:house|home|away)|religio\\w*|join\\w* (?:a |any )?(?:union|party|organi[sz]ation))\\b"), re("\\b(?:shall not|must not|may not|will not|is not (?:permitted|allowed)|without the lender'?s? (?:prior )?(?:written )?(?:consent|approval|permission)|only with the lender'?s? (?:prior )?(?:written )?(?:consent|approval|permission)|(?:obtain|seek|get)\\w* the lender'?s? (?:prior )?(?:written )?(?:consent|approval|permission))")],
    ],
  },
  {
    id: 'lender-liability-excluded',
    title: 'The borrower bears the lender\'s own errors',
    explanation: 'Losses caused by the lender\'s own systems, staff, errors or negligence fall on the borrower, or the lender is excused from them: a standard term that excludes the drafter\'s liability or shifts it to the other party is void (民法典 第497条, 第506条).',
    patterns: [
      [re(`${L}(?:的|方|自身|内部)?.{0,4}(?:系统|设备|技术|工作人员|员工|职员|操作|过错|过失|失误|差错|错误|疏忽)|(?:系统故障|操作失误|工作失误|计算错误|记录错误|重复扣款|错误扣款|错误计息)`), re(`(?:由${B}|${B}).{0,4}(?:自行)?(?:承担|负担|负责)|${L}.{0,4}(?:不予|不)(?:退还|赔偿|补偿|承担|负责)|(?:免除|豁免)${L}.{0,6}责任`)],
      [re("\\b(?:errors?|omissions?|mistakes?|negligen\\w*|fault|misconduct|system (?:failures?|errors?)|miscalculat\\w*)\\b[^.;]{0,60}\\b(?:of|by) the lender\\b|\\blender'?s? (?:own )?(?:errors?|omissions?|mistakes?|negligen\\w*|fault|staff|employees|systems?)\\b|\\b(?:the lender|its (?:staff|employees|officers|systems?))\\b[^.;]{0,20}\\b(?:errs?|errors?|negligen\\w*|mistakes?)\\b"), re("\\bborrower\\b[^.;]{0,20}\\b(?:bears?|shall bear|is liable|shall be liable|assumes?|shall indemnify|indemnif\\w*)\\b|\\bborne by the borrower\\b|\\bat the borrower'?s? (?:sole |own )?(?:risk|cost)\\b|\\blender\\b[^.;]{0,20}\\b(?:shall|will) (?:not|have no|bear no)\\b[^.;]{0,12}\\b(?:liab\\w*|responsib\\w*|refund|compensat\\w*)")],
    ],
    // Force majeure, third parties' failures and carve-outs for the lender's fault are the ordinary allocation.
    unless: [re(`不可抗力|非${L}|第三方原因|${B}(?:的|自身)?(?:原因|过错|过失)|不视为${B}|beyond (?:its|the lender's) (?:reasonable )?control|force majeure|\\bexcept\\b|\\bsave (?:for|where|to)\\b|\\bunless (?:caused|due)|other than (?:any )?(?:loss|losses) (?:caused|arising)|(?:故意|重大过失).{0,8}(?:除外|不在此限)|borrower'?s? (?:own )?(?:fault|error|negligence|failure)|not (?:be )?treated as (?:a )?default`)],
  },
  {
    id: 'personal-data-overreach',
    title: 'Collection or sharing of personal data beyond the loan',
    explanation: 'The lender may collect the borrower\'s location, contacts, call records or social accounts, or pass personal data to others for marketing: beyond what the loan needs (个人信息保护法 第6条, minimum necessary).',
    patterns: [
      [re('定位|位置信息|行踪|通话记录|通讯录|联系人信息|社交账户|社交媒体|短信记录|相册|浏览记录'), re('采集|收集|获取|读取|调取|提供|共享|使用|授权|访问|监控')],
      [re('(?:提供|共享|出售|转让|披露)(?:给|予)?.{0,16}(?:合作伙伴|合作机构|关联公司|第三方|商户)'), re('营销|推广|广告|商业用途')],
      [re('\\b(?:location|whereabouts|gps|call (?:records?|logs?|history)|contact lists?|address books?|phone contacts|social media (?:accounts?|information|profiles?|data)|text messages|browsing (?:history|data)|photos)\\b'), re('\\b(?:collect\\w*|access\\w*|obtain\\w*|read\\w*|monitor\\w*|track\\w*|share\\w*|record\\w*|disclos\\w*|sell\\w*|pass\\w* (?:on|to)|use|uses|using|upload\\w*)\\b')],
      [re('\\b(?:share\\w*|sell\\w*|disclos\\w*|provid\\w*|pass\\w*|transfer\\w*|available|give)\\b[^.;]{0,120}\\b(?:business partners?|third part(?:y|ies)|affiliates|partners|merchants?|any (?:other )?persons?|(?:other|any) (?:companies|organi[sz]ations|firms|businesses))\\b'), re('\\b(?:marketing|advertis\\w*|promot\\w*|cross-?sell\\w*|commercial purposes?)\\b')],
      // Sold, or handed to those whose trade is data or advertising: beyond the loan whatever the stated purpose.
      [re('\\b(?:share\\w*|sell\\w*|sold|disclos\\w*|provid\\w*|pass\\w*|transfer\\w*|available|give)\\b[^.;]{0,120}\\b(?:advertisers?|data (?:companies|brokers?|vendors?|aggregators?|traders?)|marketers|marketing (?:companies|firms|agencies))\\b')],
      [re('(?:出售|售卖|买卖|有偿提供)[^。；]{0,20}(?:个人信息|个人资料|信息|资料|数据)|(?:提供|共享|披露|转让)[^。；]{0,30}(?:数据公司|广告商|营销公司|广告公司)')],
    ],
    unless: [re('征信|信用信息基础数据库|credit (?:reference|bureau)|不得|禁止|shall not|will not|must not|may not')],
  },
  {
    id: 'lender-chosen-payee',
    title: 'Loan paid to a party the lender chooses',
    explanation: 'The money lent goes to a merchant, platform or account the lender picks, not to the borrower or a counterparty the borrower names, and still counts as lent to the borrower (个人贷款管理办法: entrusted payment goes to the borrower\'s own counterparty on the borrower\'s instruction).',
    patterns: [
      [re('借款|贷款|放款|资金|款项'), re(`(?:支付|划付|划入|划转|汇入|转入|发放|交付)(?:至|到|给|予|入)?[^。；，,]{0,4}${L}.{0,2}(?:指定|选定|选择|确定|认可|合作)的(?!${B})`)],
      [re('\\b(?:loan|proceeds|advance|funds|amount lent)\\b'), re('\\b(?:pay|paid|paying|transfer\\w*|remit\\w*|disburs\\w*|credit\\w*)\\b'), re("\\b(?:as|which|that|whom) the lender (?:may |shall |will )?(?:nominate|designate|choose|select|specify|direct|appoint)|\\b(?:nominated|designated|chosen|selected|specified|appointed) by the lender\\b|\\blender'?s? (?:nominee|chosen|designated|partner)")],
    ],
    // Repayment into an account the lender names, or payout to the borrower's own account, is ordinary.
    unless: [re(`还款|归还|偿还|清偿|${B}(?:本人)?(?:名下|在.{0,8}开立)|${B}(?:本人)?的?(?:账户|银行卡)|\\brepay\\w*|\\binstalments?\\b|borrower'?s? (?:own )?(?:account|bank account)|account (?:in|held in) the (?:name of the )?borrower|in the borrower'?s name`)],
  },
  {
    id: 'costs-regardless-of-outcome',
    title: 'Costs borne whatever the outcome or however unreasonable',
    explanation: 'The borrower pays the lender\'s enforcement or dispute costs even where the lender loses, without any limit of reasonableness, as a share of the debt rather than as incurred, or including the lender\'s own staff time: costs normally follow the event and must be reasonable and actually incurred (民法典 第497条).',
    patterns: [
      [re('费|律师|诉讼|仲裁|催收|损失'), re('(?:无论|不论|不管)[^。；]{0,24}(?:是否|胜诉|败诉|结果|支持|成立)|不(?:以|限于)[^。；]{0,8}(?:合理|必要|实际发生)[^。；]{0,4}(?:为限|为准|范围)|不受[^。；]{0,6}(?:合理性?|必要性?)[^。；]{0,4}限制|(?:即使|即便)[^。；]{0,12}(?:败诉|未获支持|被驳回)')],
      [re('\\b(?:costs?|expenses?|fees|charges)\\b'), re("\\bwhether or not (?:the lender|it|they|such \\w+|the \\w+) (?:is|are|was|were|has been|have been) (?:successful|reasonabl\\w*|properly incurred|necessar\\w*)|\\bwhether or not\\b[^.;]{0,30}\\breasonabl\\w*|\\bregardless of (?:the )?(?:outcome|result|success|reasonableness)|\\b(?:even )?if the lender (?:is unsuccessful|loses)|\\bhowever (?:unreasonabl\\w*|incurred)|\\bwhatever the outcome\\b")],
      // Costs set as a share of the claim or of what is recovered, or the lender's own overheads, are not costs incurred.
      [re('内部(?:人员|员工|工作人员)?[^。；]{0,8}(?:工时|人工|差旅|管理)(?:费用|成本)?|(?:员工|工作人员)的?工时')],
      [re('律师费|催收|佣金|代理费|服务费|手续费'), re('按[^。；]{0,10}(?:诉讼标的|标的额|债权(?:总)?(?:金额|额)|欠款(?:总)?(?:金额|额)|回收(?:金额|款项)|催回(?:金额|款项)|追回(?:金额|款项)|应还(?:款项)?总额)[^。；]{0,4}的?\\s*(?:百分之|[千万]分之|\\d)')],
      [re('\\b(?:commissions?|fees?|costs?|charges?)\\b'), re('\\b(?:per ?cent|%)[^.;]{0,20}\\bof (?:the |any |all )?(?:sums?|amounts?|monies|debts?|balances?) (?:recovered|collected|claimed)\\b')],
      [re('\\b(?:costs?|expenses?|indemnif\\w*)\\b'), re('\\bfull indemnity basis\\b|\\binternal (?:staff |management |administrative )?(?:time|costs?|overheads?)\\b|\\b(?:staff|management|employees.?) time\\b|\\b(?:its|the lender.s) own (?:employees|staff)\\b|\\ball costs of (?:any|every|whatever) (?:kind|nature|description)\\b')],
    ],
    // "Reasonable costs of the party that wins" is the ordinary allocation.
    unless: [re('(?:守约方|胜诉方|败诉方承担)|\\b(?:successful|winning|prevailing) party\\b|\\bloser pays\\b')],
  },
  {
    id: 'acceleration-without-default',
    title: 'Loan called in without a default',
    explanation: 'The lender may demand the whole loan early without any event of default, on its own view or without giving reasons: a term loan it can call at will.',
    patterns: [
      // The lender's view of the need itself, or its internal model, is the trigger (a lender's view
      // that its claim is endangered, 危及债权安全, is an ordinary MAC-style event and stays silent).
      [re(`${L}[^。；]{0,8}(?:认为|判断|认定)(?:需要|必要|有必要|适当|合适)(?:时|的)?[^。；]{0,12}(?:提前收回|提前到期|宣布.{0,8}到期|立即(?:清偿|偿还|归还))|(?:内部|自身)(?:风险|信用)?(?:模型|评分|打分)[^。；]{0,30}(?:提前收回|提前到期|宣布.{0,8}到期)|(?:提前收回|提前到期|宣布.{0,8}到期)[^。；]{0,30}(?:内部|自身)(?:风险|信用)?(?:模型|评分|打分)`)],
      [re('(?:无需|无须|不必|不需|毋须|不需要)(?:向[^。；]{0,6})?(?:说明|解释|告知|给出|提供)(?:任何)?(?:理由|原因)'), re(`行使[^。；]{0,8}(?:本条|上述|该等?)?[^。；]{0,4}权利|提前收回|提前到期|宣布[^。；]{0,8}到期|立即(?:清偿|偿还|归还)`)],
      // Called in although the borrower has paid everything on time: 无论乙方是否按期还款 / "whether or not any amount is overdue".
      [re('(?:无论|不论|不管)[^。；]{0,12}是否[^。；]{0,8}(?:按期|按时|如期|正常|足额)?(?:还款|偿还|违约|逾期|履约)|(?:即使|即便)[^。；]{0,10}(?:按期|按时|正常|如期)[^。；]{0,4}(?:还款|偿还|履约)'), re('提前收回|提前到期|宣布[^。；]{0,12}到期|立即到期|立即(?:清偿|偿还|归还)|全额清偿|提前(?:归还|偿还|清偿)全部')],
      [re('\\b(?:demand|call|accelerat\\w*|repay\\w*|repayable|due and payable|event of default)\\b'), re('\\bwhether or not (?:any |an )?(?:amount|sum|payment|instalment)s? (?:is|are|has been|have been|shall be)\\b[^.;]{0,10}\\b(?:overdue|due|unpaid|in arrears|missed)\\b|\\beven (?:if|though|where) (?:all |every )?(?:payments?|instalments?|amounts?)\\b[^.;]{0,20}\\b(?:up to date|paid|made) (?:on time|when due|punctually)\\b|\\beven (?:if|though|where|when)\\b[^.;]{0,30}\\b(?:payments?|instalments?)\\b[^.;]{0,12}\\b(?:are|is|have been|were) (?:up to date|paid on time|made on time|current)\\b|\\beven (?:if|though|where|when) no (?:payment|instalment|amount|sum)s? (?:is|are|has been|have been) (?:late|overdue|missed|in arrears|unpaid)\\b')],
      [re('\\b(?:demand|call|accelerat\\w*|repay\\w*|repayable|due and payable)\\b'), re('\\bwithout (?:the occurrence of |there being |the existence of )?(?:any |an )?event of default\\b|\\bwhether or not (?:any |an )?(?:event of )?default (?:has|shall have) (?:occurred|happened)|\\b(?:need|shall|will) not (?:be required to )?(?:give|state|provide|explain) (?:any )?reasons?\\b|\\bwithout (?:giving|stating|providing) (?:any )?reasons?\\b|\\bfor any reason or (?:for )?no reason\\b')],
    ],
    unless: [re('\\bon demand\\b[^.;]{0,30}\\b(?:overdraft|facility limit)|(?:不得|不能|无权)[^。；]{0,6}(?:提前收回|宣布)')],
  },
  {
    id: 'open-payment-authority',
    title: 'Payment authority without limits or the right to cancel',
    explanation: 'The lender may take payments from any card or account the borrower has, as often and for whatever amounts it decides, and the borrower may not cancel the authority: continuous payment authorities must be limited and cancellable.',
    patterns: [
      [re('\\b(?:take|collect|debit|deduct|charge|draw)\\w*\\b[^.;]{0,40}\\b(?:payments?|amounts?|sums?|money)\\b'), re('\\b(?:for )?(?:whatever|any) (?:amounts?|sums?) (?:the lender|it) (?:decides?|determines?|chooses?|thinks? fit|sees? fit)\\b|\\bas many (?:occasions|times)\\b|\\bany (?:debit or credit |credit or debit |payment |bank )?cards?\\b[^.;]{0,40}\\b(?:find|found|registered|linked|associated|hold|held)\\b')],
      [re("\\b(?:borrower|you)\\b[^.;]{0,12}\\b(?:may not|cannot|can not|shall not|will not be (?:able|entitled) to|is not (?:entitled|permitted) to|has no right to)\\b[^.;]{0,6}\\b(?:cancel|revoke|withdraw|terminate|stop)\\b[^.;]{0,12}\\b(?:this |the |such |that |your )?(?:continuous |recurring )?(?:payment |card |debit )?(?:authority|authorisation|authorization|mandate|consent)\\b")],
      [re('(?:扣款|扣划|划扣|扣收|代扣|划款|扣除)'), re(`(?:金额|次数|频率)[^。；]{0,6}(?:由${L}.{0,4}(?:自行|单方)?(?:决定|确定)|不限|不受限制)|次数不限|不限次数|(?:任何|所有|全部)(?:银行卡|信用卡|支付账户|第三方支付)`)],
    ],
    unless: [re('还款账户|当期应还|每期应还|(?:instalment|monthly payment)s? (?:then )?due\\b|\\bmay (?:cancel|revoke|withdraw)\\b|\\bcan (?:cancel|revoke)\\b')],
  },
  {
    id: 'interest-on-original-principal',
    title: 'Interest or fees on the original principal whatever is repaid',
    explanation: 'Interest, or a periodic fee, is charged on the full amount first lent for the whole term, not on the principal still owed: as instalments are repaid the real annual rate climbs to nearly twice the rate quoted. Rates must be stated on the principal actually outstanding (中国人民银行公告〔2021〕第3号).',
    patterns: [
      [re('利息|计息|息费'), re('(?:原始|初始|最初)(?:借款|贷款)?(?:金额|本金)|(?:原始|初始|最初|首次发放的|全部|全额)(?:借款)?本金|本金(?:总额|全额)|借款(?:总额|全额|合同金额)|合同(?:约定的)?(?:借款)?(?:金额|总额)|发放(?:总)?金额'), re('(?:不因|不论|无论|不考虑|不扣除|不随|即使|不予扣减|不作扣减|不相应减少|始终|一直|全程)[^。；]{0,14}(?:还款|归还|偿还|还本|减少|扣减|递减|余额|变化)')],
      // A periodic fee on the original principal that repayments do not reduce is the same flat charge under another name.
      [re('服务费|管理费|手续费|咨询费|平台费|账户费'), re('(?:原始|初始|最初)(?:借款|贷款)?(?:金额|本金)|(?:原始|初始|最初|首次发放的|全部|全额)(?:借款)?本金|本金(?:总额|全额)|借款(?:总额|全额|合同金额)|合同(?:约定的)?(?:借款)?(?:金额|总额)|发放(?:总)?金额'), re('(?:不因|不论|无论|不考虑|不扣除|不随|即使|不予扣减|不作扣减|不相应减少|始终|一直|全程)[^。；]{0,14}(?:还款|归还|偿还|还本|减少|扣减|递减|余额|变化)'), re('每月|按月|逐月|每期|按期|月度|月(?:综合)?(?:服务费|管理费|费率)|每年|按年')],
      [re('等本等息|平息(?:法|方式)?计(?:息|算)|(?:每期|每月)利息(?:固定|均)?(?:为|按|=)[^。；]{0,6}(?:借款|贷款)?本金(?:总额|全额)?[×*x乘]')],
      [re('\\binterest\\b'), re('\\b(?:original|initial|full|entire|whole|total|gross|first)\\s+(?:principal|loan|amount (?:of the loan|advanced|lent|borrowed)|sum (?:advanced|lent|borrowed)|amount)\\b|\\bprincipal amount (?:originally )?(?:advanced|lent|drawn|borrowed)\\b|\\bamount (?:originally )?(?:advanced|lent|borrowed|drawn)\\b'), re('\\b(?:regardless|irrespective|notwithstanding|despite|whether or not)\\b[^.;]{0,40}\\b(?:repa\\w*|prepa\\w*|reduc\\w*|paid)|\\beven (?:if|though|after|where)\\b[^.;]{0,40}\\b(?:repa\\w*|prepa\\w*|reduc\\w*|paid)|\\bwithout (?:any )?(?:regard to|reduction for|deduction for|taking (?:into )?account (?:of )?)[^.;]{0,30}\\b(?:repa\\w*|prepa\\w*|paid)|\\b(?:is|are|shall be|will be) not (?:be )?reduced\\b[^.;]{0,30}\\b(?:repa\\w*|prepa\\w*)')],
      [re('\\b(?:fees?|charges?|commissions?)\\b'), re('\\b(?:original|initial|full|entire|whole|total|gross|first)\\s+(?:principal|loan|amount (?:of the loan|advanced|lent|borrowed)|sum (?:advanced|lent|borrowed)|amount)\\b|\\bprincipal amount (?:originally )?(?:advanced|lent|drawn|borrowed)\\b|\\bamount (?:originally )?(?:advanced|lent|borrowed|drawn)\\b'), re('\\b(?:regardless|irrespective|notwithstanding|despite|whether or not)\\b[^.;]{0,40}\\b(?:repa\\w*|prepa\\w*|reduc\\w*|paid)|\\beven (?:if|though|after|where)\\b[^.;]{0,40}\\b(?:repa\\w*|prepa\\w*|reduc\\w*|paid)|\\bwithout (?:any )?(?:regard to|reduction for|deduction for|taking (?:into )?account (?:of )?)[^.;]{0,30}\\b(?:repa\\w*|prepa\\w*|paid)|\\b(?:is|are|shall be|will be) not (?:be )?reduced\\b[^.;]{0,30}\\b(?:repa\\w*|prepa\\w*)'), re('\\b(?:monthly|each month|every month|per month|(?:each|every) instalment|per annum|annual|each year|for the (?:whole|entire|full) (?:term|life))\\b')],
      [re('\\b(?:flat|add-on)[- ](?:rate )?(?:interest|rate|basis)\\b'), re('\\binterest\\b')],
    ],
    unless: [re('不得[^。；]{0,6}(?:按|以)[^。；]{0,8}本金(?:总额|全额)|\\b(?:not|never) (?:be )?(?:calculated|charged|computed) on the original')],
  },
  {
    id: 'lender-currency-conversion',
    title: 'Loan switched into another currency at the lender\'s choice',
    explanation: 'The lender may convert or redenominate the loan itself into another currency, or have it repaid in a currency other than the one lent, at a time or exchange rate it sets: the borrower carries an exchange risk it never agreed to and cannot price. A money debt is paid in the currency agreed (民法典 第514条); a standard term adding to the borrower\'s burden is void (民法典 第497条).',
    patterns: [
      [re('\\bredenominat\\w*\\b[^.;]{0,60}\\b(?:loan|facility|debt|indebtedness|advance|outstanding|principal|agreement)\\b|\\b(?:loan|facility|debt|indebtedness|advance|outstanding|principal)\\b[^.;]{0,40}\\bredenominat')],
      [re('\\b(?:lender|bank)\\b[^.;]{0,40}\\b(?:may|shall be entitled to|is entitled to|has the right to|reserves the right to|can|is free to)\\b'), re('\\b(?:convert|switch|change|transfer|re-?designate)\\w*\\b[^.;]{0,20}\\b(?:the |all or part of the |any part of the )?(?:loan|facility|debt|indebtedness|outstanding (?:amount|balance|principal)|principal|currency of (?:the )?(?:loan|facility|debt))\\b[^.;]{0,40}\\binto\\b[^.;]{0,12}\\b(?:another|other|a foreign|foreign|any)\\b[^.;]{0,6}\\bcurrenc|\\b(?:convert|switch)\\w*\\b[^.;]{0,20}\\b(?:the )?(?:outstanding )?(?:loan|facility|debt|indebtedness|principal)\\b[^.;]{0,30}\\binto\\b[^.;]{0,20}\\b(?:(?:us|u\\.s\\.|united states|hong kong|singapore|australian|canadian) dollars?|dollars|euros?|yen|sterling|pounds|swiss francs?)\\b')],
      [re(`${L}[^。；]{0,10}(?:有权|可|可以|得)[^。；]{0,16}(?:借款|贷款|债务|本金|本息|欠款)[^。；]{0,30}(?:转换|折算|换算|兑换|变更|转为|转成|折合|改为)(?:为|成)?[^。；]{0,8}(?:外币|美元|港币|港元|欧元|日元|英镑|其他币种|其他货币|他种货币)`)],
      // Repaid in another currency than the one lent, at the lender's rate or with the exchange loss on the borrower.
      [re('(?:以|用|改以|改用)(?:美元|港币|港元|欧元|日元|英镑|外币|其他币种|其他货币)(?:计息|偿还|归还|还款|支付|清偿)'), re(`${L}[^。；]{0,8}(?:公布|确定|决定|选定|报出|挂牌)的[^。；]{0,10}汇率|${L}(?:当日|当天|届时|公布)?的?汇率|汇率[^。；]{0,4}由${L}[^。；]{0,4}(?:确定|决定|选定|公布)|(?:汇率|汇兑)(?:损失|风险)[^。；]{0,6}由${B}`)],
      [re("\\b(?:paid|repaid|payable|repayable|made|settled|discharged|repay|pay|settle)\\b[^.;]{0,30}\\bin (?:(?:united states|us|u\\.s\\.|hong kong|singapore|australian|canadian) dollars|dollars|euros?|yen|sterling|pounds|swiss francs?|(?:a|any) (?:foreign|other|different) currency|a currency other than)"), re("\\brates?\\b[^.;]{0,12}\\b(?:determined|set|fixed|chosen|quoted|specified|selected) by the lender\\b|\\brates? (?:that |which )?the lender (?:fixes|sets|determines|chooses|selects|quotes)\\b|\\blender'?s? (?:own )?(?:exchange |conversion |selling |buying )?rate\\b|\\b(?:margin|spread|commission)\\b[^.;]{0,20}\\b(?:retained|kept|charged|added) by the lender\\b|\\bexchange (?:rate )?loss(?:es)?\\b[^.;]{0,30}\\b(?:borrower|for the account of)")],
      [re('(?:借款|贷款|债务)(?:的)?(?:币种|计价货币)'), re(`由${L}[^。；]{0,6}(?:决定|确定|选择|变更|调整)|${L}[^。；]{0,6}(?:有权|可|可以)[^。；]{0,6}(?:变更|调整|转换|改变)`)],
    ],
    unless: [re('(?:不得|无权)[^。；]{0,10}(?:变更|转换)[^。；]{0,6}币种|\\b(?:may not|shall not|cannot)\\b[^.;]{0,20}\\b(?:redenominat|convert)')],
  },
];
