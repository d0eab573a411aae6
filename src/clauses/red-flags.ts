/**
 * Red-flag rules: clauses a person must read before money goes out, each named and explained.
 * Wording rules look at one sentence (or semicolon limb) at a time: every pattern of one
 * alternative must match the same sentence, and none of the rule's `unless` patterns. The
 * drafting rules live here, the rules from statute and supervision in `legal-flags.ts` (security and
 * its enforcement in `security-flags.ts`, the borrower's accounts and payments in `payment-flags.ts`,
 * wages, hearings and cross-defaults to anyone in `protection-flags.ts`),
 * and the numeric rules (rate cap, default interest, prepayment and breach penalties) in `numeric-flags.ts`.
 */
import { foldWidth } from '../extract/lines.js';
import { LEGAL_FLAG_IDS, LEGAL_RULES } from './legal-flags.js';
import { allInCostFlags, numericFlags } from './numeric-flags.js';
import { PAYMENT_FLAG_IDS, PAYMENT_RULES } from './payment-flags.js';
import { PROTECTION_FLAG_IDS, PROTECTION_RULES } from './protection-flags.js';
import type { ReviewPolicy } from './policy.js';
import { SECURITY_FLAG_IDS, SECURITY_RULES } from './security-flags.js';
import { namePlainParties, splitSentences } from './text.js';
import { B, L, matchesRule, re, type WordingRule } from './wording.js';

/** Uses a consumer or personal loan may not fund: securities, futures, crypto-assets, property, other debts. */
const BARRED_USES_ZH = '股票|证券|期货|金融衍生|理财产品|虚拟货币|数字货币|加密货币|数字资产|购房|购买(?:商品)?(?:住)?房|房地产|赌博|博彩|偿还(?:其他|他人|其他机构|其他金融机构)?的?(?:借款|贷款|债务|欠款)|民间借贷|转贷|放贷';
const BARRED_USES_EN = "\\b(?:securities|shares|stocks?|equities|futures|derivatives|crypto[- ]?\\w*|digital (?:assets?|currenc\\w*|tokens?)|virtual (?:currenc\\w*|assets?)|speculat\\w*|gambling|betting|real (?:property|estate)|(?:purchas\\w*|buy\\w*) (?:of )?(?:a |any )?(?:home|house|property|flat|apartment)|on-?lend\\w*)\\b|\\b(?:repay\\w*|refinanc\\w*|pay\\w* off)\\b[^.;]{0,40}\\b(?:other|existing|another)\\b[^.;]{0,12}\\b(?:borrowings?|loans?|debts?|indebtedness|credit)\\b";

/** A notarised debt instrument with compulsory enforcement effect (公证债权文书), in either language. */
const NOTARISED = '(?:赋予|具有|具备)[^。；]{0,8}(?:强制)?执行效力|强制执行公证|执行证书|债权文书公证|公证[^。；]{0,30}强制执行|强制执行[^。；]{0,30}公证|\\bnotari[sz]\\w*\\b[^.;]{0,80}\\b(?:compulsory|enforceab\\w*|enforcement (?:effect|certificate)|execution certificate)|\\b(?:compulsory enforcement|enforcement certificate|execution certificate)\\b[^.;]{0,80}\\bnotari';
/**
 * What makes a notarisation one-sided: the lender applies alone or without the borrower's further
 * consent, the borrower gives up the notary's check or its objections, or the lender's own figure binds.
 */
const NOTARY_ONE_SIDED = [
  `${L}[^。；]{0,6}(?:可|可以|有权|得)?(?:单方|单独|自行|独自|径自)`,
  `(?:无需|无须|不需|不必|毋须|不再)[^。；]{0,6}(?:${B}|另行|再次|重新)[^。；]{0,8}(?:同意|配合|到场|签字|确认|授权)`,
  `${B}[^。；]{0,10}(?:不可撤销地|预先|事先)?(?:授权|委托)${L}[^。；]{0,10}(?:代为|代其|代表)`,
  `以${L}[^。；]{0,10}(?:出具|提供|主张|计算|确定|记载)的[^。；]{0,10}为准`,
  '放弃[^。；]{0,20}(?:异议|核实|抗辩|申辩|陈述|答辩)|不得[^。；]{0,12}(?:提出)?(?:异议|抗辩)',
  "\\b(?:lender|bank)\\b[^.;]{0,30}\\b(?:alone|unilaterally|on its own|without (?:the )?(?:borrower's )?(?:further |separate )?(?:consent|participation|signature|attendance))",
  '\\bwaive\\w*\\b[^.;]{0,40}\\b(?:objection|verification|defen[cs]e|right to be heard)',
].join('|');
const CONFESSION_EXPLANATION = 'The borrower accepts judgment or direct enforcement in advance, without a court hearing its case. '
  + 'In China this is a notarised debt instrument with compulsory enforcement effect (赋予强制执行效力的公证): on default the lender obtains an '
  + 'enforcement certificate and goes to court for enforcement, not for a trial. Many banks use it with the borrower\'s agreement, but it takes away '
  + 'the borrower\'s day in court, so a person confirms the borrower agreed to it knowingly. It is worse when one-sided: the lender obtains it alone '
  + 'or without the borrower\'s further consent, the borrower gives up the notary\'s check, its objections or defences, or the lender\'s own figure binds.';

/**
 * The lender's further forums are open, not only those the law already gives: a reservation of
 * "any other competent court" / 其他有管辖权的法院 adds nothing to where the lender could sue anyway
 * (the borrower's own domicile first), unless it adds concurrent proceedings in several places.
 */
const OPEN_FORUM = '\\bconcurrent\\b|^(?!.*(?:有管辖权|\\bcompetent\\b|\\b(?:with|having|of competent) jurisdiction\\b))';

/** The drafting red flags the sample sets name (dev phrasings carry several wordings of each). */
export const DRAFTING_FLAG_IDS = [
  'unilateral-change',
  'waiver-of-defences',
  'cross-default-beyond-borrower',
  'rate-above-cap',
  'default-interest-above-limit',
  'prepayment-penalty-above-limit',
  'lender-choice-of-forum',
  'automatic-renewal',
  'unrestricted-purpose',
  'confession-of-judgment',
  'land-transfer-condition',
] as const;
/** Numeric limits added after the dev phrasings were written (tested in their own files). */
export const LIMIT_FLAG_IDS = ['penalty-above-limit'] as const;
export const RED_FLAG_IDS = [...DRAFTING_FLAG_IDS, ...LIMIT_FLAG_IDS, ...LEGAL_FLAG_IDS, ...SECURITY_FLAG_IDS, ...PAYMENT_FLAG_IDS, ...PROTECTION_FLAG_IDS] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export interface RedFlagHit {
  rule: RedFlagId;
  title: string;
  explanation: string;
  /** The sentence that matched, as written. */
  sentence: string;
  /** Numbers behind a numeric rule: the rate found and the limit it broke. */
  values?: Record<string, number | string>;
}

const WORDING_RULES: WordingRule<RedFlagId>[] = [
  {
    id: 'unilateral-change',
    title: 'Unilateral change by the lender',
    explanation: 'The lender may change the rate, fees or terms on its own, without the borrower agreeing to the change.',
    patterns: [
      [re(`${L}.{0,6}(?:有权|可以|可|保留|得)`), re('单方|单方面|自行|随时|根据.{0,10}(?:情况|需要)|视.{0,10}情况|依其.{0,8}(?:政策|需要|规定)|(?:根据|依据|按照)(?:其|本行|自身|贷款人)?(?:的)?内部[^。；]{0,8}(?:制度|政策|规定|规则|办法)'), re('调整|变更|修改|修订|更改|提高|上调|缩短')],
      [re('调整|变更|修改|修订|更改|提高|上调|缩短'), re(`(?:无需|无须|不需|毋须|不必|不再)(?:另行)?(?:经|征得|取得)?${B}?.{0,4}(?:另行)?(?:同意|确认)`)],
      [re(`${L}单方(?:面)?(?:调整|变更|修改|决定|确定)`)],
      [re(`以${L}.{0,6}(?:公告|通知|公示|网站)为准`)],
      // The lender's own act, not a change denied: "the Borrower's obligations are not increased" is a safeguard.
      [re('\\b(?:lender|bank)\\b(?! account| card| statement).{0,40}\\b(?:may|shall be entitled|is entitled|has the right|reserves the right|can)\\b'), re('(?<!\\bnot (?:be )?|\\bnever (?:be )?)\\b(?:vary|varies|amend|change|adjust|modify|revise|alter|increase|raise|shorten|introduce new)'), re('unilateral|at any time|from time to time|whenever|discretion|without (?:the )?(?:borrower\'s )?(?:prior )?(?:consent|agreement|approval)|reserves the right|deemed to (?:have )?accept|(?:does|do|shall) not (?:need|require) (?:the )?(?:borrower\'s )?(?:consent|agreement)')],
      [re('\\blender\\b.{0,20}\\bunilaterally\\b')],
      // A power over any term at all, however it is announced: "may amend any provision of this Agreement by notice".
      [re("\\b(?:lender|bank)\\b[^.;]{0,30}\\b(?:may|can|is entitled to|shall be entitled to|reserves the right to)\\b[^.;]{0,10}\\b(?:amend|vary|change|modify|alter|revise|supplement)\\b[^.;]{0,10}\\b(?:any|all|each|every)\\b[^.;]{0,10}\\b(?:provisions?|terms?|conditions?|clauses?)\\b(?! of (?:drawdown|disbursement|the (?:repayment|payment) account))"), re("^(?!.*\\b(?:with the (?:prior )?(?:written )?(?:consent|agreement|approval) of the borrower|with the borrower's (?:prior )?(?:written )?(?:consent|agreement|approval)|signed by both|may not|shall not|cannot)\\b)")],
      [re(`${L}[^。；]{0,10}(?:可以|可|有权)[^。；]{0,16}(?:修改|变更|调整|修订)[^。；]{0,6}本合同的?(?:任何|任一|全部|所有)(?:条款|内容|约定)`)],
    ],
    unless: [re('不得擅自|任何一方不得|双方协商一致|by both parties|agreed by both')],
  },
  {
    id: 'waiver-of-defences',
    title: 'Waiver of defences or of the right to sue',
    explanation: 'The borrower gives up its defences, set-off or the right to go to court or arbitration against the lender.',
    patterns: [
      [re('放弃'), re('抗辩|起诉|诉讼|上诉|诉权|仲裁|抵销|抵消|异议')],
      // Statutory remedies given up in advance: rescission, invalidity of a standard term, limitation, cooling-off, complaint.
      [re('放弃'), re('撤销|无效|格式条款|显失公平|重大误解|诉讼时效|冷静期|犹豫期|撤回|解除合同|投诉|申诉|集体诉讼|代表人诉讼')],
      [re(`${B}.{0,20}(?:不得|不会|不再|同意不|承诺不)(?:就|对|以)?.{0,20}(?:提起诉讼|起诉|提出抗辩|抗辩|提出(?:任何)?异议)`)],
      // A promise not to appeal, sue or complain, however it is introduced: 承诺……不提起上诉，亦不……提起诉讼或投诉.
      [re(`${B}[^。；]{0,30}(?:承诺|保证|同意|确认|声明)[^。；]{0,40}(?:不|不再|亦不|也不)(?:就[^。；]{0,40})?(?:另行)?(?:提起|提出|申请)?(?:上诉|起诉|诉讼|投诉|申诉|再审)`)],
      [re('(?:不得|不能|不会|不再|无权)(?:以|就|对)?[^，,]{0,30}(?:主张|提出)[^，,]{0,10}(?:抗辩|抵销|抵消|异议|质疑)')],
      // Barred from objecting to the court: 不得以……为由申请移送管辖 / 不得提出管辖权异议.
      [re('(?:不得|不能|无权|放弃)[^。；]{0,24}(?:申请移送|移送管辖|管辖权?异议|管辖提出异议)')],
      [re(`${B}.{0,6}不得以.{0,20}(?:债权|款项).{0,6}(?:抵销|抵消)`)],
      [re('\\bwaive[sd]?\\b|\\bwaiver of\\b|\\brelinquish|\\brenounc|\\bforgo|\\bgives? up\\b'), re('defen[cs]e|right to (?:sue|bring|commence|object|appeal|a trial|dispute)|set-?off|counterclaim|legal (?:action|proceedings)|jury trial|objection|\\bplea\\b|claim against')],
      [re('\\bborrower\\b.{0,20}\\b(?:shall|will|may) not (?:raise|assert|plead)\\b'), re('defen[cs]e|\\bplea\\b|objection|counterclaim|set-?off')],
      [re('\\b(?:waive[sd]?|waiver of|relinquish\\w*|gives? up|forgo\\w*|(?:shall|will|may) not (?:exercise|have))\\b'), re('\\bcooling[- ]off\\b|\\bright(?:s)? (?:to (?:cancel|withdraw|rescind|complain|refer)|of (?:withdrawal|cancellation|rescission))|\\bombudsman\\b|\\blimitation (?:period|act|defen[cs]e)|\\bstatutory (?:rights?|protections?)|\\bunfair (?:contract )?terms?\\b|\\bclass (?:action|actions|proceedings|arbitration)')],
      // Collective redress barred: "shall not commence or participate in any class, collective or representative proceedings".
      [re('\\b(?:not|never|no right to)\\b[^.;]{0,40}\\b(?:commence|bring|join|participate|take part)\\w*\\b[^.;]{0,30}\\b(?:class|collective|representative|group)\\b[^.;]{0,30}\\b(?:proceedings|actions?|claims?|arbitration|suits?)\\b')],
      [re('holder in due course|free (?:of|from) (?:any |all )?(?:defen[cs]es|claims|equities|rights of set-?off)|(?:takes?|hold)\\w* (?:the )?(?:note|loan|debt|rights?)\\b.{0,30}\\bfree of')],
      [re('\\b(?:not|never) (?:to )?(?:assert|raise|plead|set up)\\b.{0,60}\\b(?:assignee|transferee|holder|purchaser)')],
      [re(`(?:不得|不能|无权|放弃)(?:向|对)(?:受让人|受让方|债权受让人|新债权人|持票人).{0,12}(?:主张|提出|行使)`)],
      [re('\\bborrower\\b.{0,40}\\b(?:shall|will|agrees? to|undertakes to) not\\b|\\bborrower\\b.{0,30}\\bnot to\\b'), re('\\b(?:sue|commence|bring|institute)\\b')],
      // The right to contest taken away, whatever the modal: "shall have no right to question or contest".
      [re("\\bborrower\\b[^.;]{0,60}\\b(?:(?:shall |will )?(?:have|has) no right to|(?:shall|will|is|are) not (?:be )?entitled to|shall not|may not|will not|cannot|can not|agrees? not to|undertakes? not to)\\b[^.;]{0,20}\\b(?:question|contest|dispute|challenge|object to|raise any objection|bring (?:any )?(?:proceedings|action|claim|suit)|sue|commence (?:any )?(?:proceedings|action))\\b")],
    ],
    unless: [re(`不视为.{0,6}放弃|不构成.{0,6}放弃|${L}.{0,10}(?:未行使|延缓行使|宽限)`), re('no (?:failure|delay)|shall not (?:operate|constitute|be deemed|be construed)(?: as)? (?:a )?waiver')],
  },
  {
    id: 'cross-default-beyond-borrower',
    title: 'Cross-default beyond the borrower',
    explanation: 'A default by someone other than the borrower (an affiliate, relative, shareholder or any third party) puts this loan in default.',
    patterns: [
      [re('关联方|关联企业|关联公司|关联人|家庭成员|家人|兄弟姐妹|兄弟|姐妹|配偶|子女|父母|亲属|股东|实际控制人|控制的(?:任何)?企业|任职(?:的)?单位|(?:投资|入股|持股)(?:入股)?的(?:任何)?(?:公司|企业)|任何第三方'), re('违约|逾期|未(?:能)?(?:按期|按时|如期|及时|足额)?(?:履行|偿还|清偿|支付|归还)|不能清偿|不履行|被起诉|失信'), re(`(?:视为|视同|构成|即为|属于).{0,12}违约|宣布.{0,20}到期|提前到期|(?:提前|立即)收回|要求.{0,8}(?:立即|提前)(?:偿还|还款|清偿|归还)|立即到期|停止发放`)],
      [re('\\baffiliates?\\b|related part(?:y|ies)|subsidiar(?:y|ies)|shareholders?|\\bfamily\\b|relatives?|spouse|household|\\bparents?\\b|\\bchildren\\b|\\bchild\\b|siblings?|brothers?|sisters?|in-laws?|partner\\b|parent company|any (?:company|entity|business) (?:in which|of which|the borrower owns)|group company|controlling person|connected with the borrower'), re('default|fail(?:s|ed|ure)? to (?:pay|repay|meet|perform|honou?r|discharge|satisfy)|non-?payment|non-?performance|overdue|insolven|\\blate\\b|in arrears'), re('event of default|accelerat|immediately due|immediate repayment|constitutes? (?:a|an) default|in default|treat.{0,20}as (?:a|an) (?:default|event of default)|demand (?:immediate |full |early )?(?:re)?payment|becomes? (?:immediately |at once )?(?:due|payable|repayable)|call (?:in )?the (?:loan|facility)|cancel the (?:loan|facility)')],
    ],
  },
  {
    id: 'lender-choice-of-forum',
    title: 'Court or arbitration at the lender\'s sole choice',
    explanation: 'The lender alone chooses where, or whether by court or arbitration, disputes are decided.',
    patterns: [
      [re(`${L}.{0,4}(?:选择|选定|指定|决定|确定)(?!的?(?:律师|代理人|人员))的?(?:任一|任何)?.{0,10}(?:法院|仲裁|管辖)`)],
      [re(`${L}.{0,4}认为(?:适当|合适|方便|必要)的.{0,10}(?:法院|仲裁|地点|管辖)`)],
      [re(`${L}.{0,4}(?:有权|可以|可)(?:选择|决定|确定|指定).{0,24}(?:仲裁|诉讼|起诉|法院|管辖)`)],
      [re(`(?:法院|仲裁|管辖|争议|纠纷).{0,24}由${L}.{0,6}(?:选择|指定|决定|确定)`)],
      [re(`${L}.{0,8}(?:也|亦|还|同时|另)?(?:可|可以|有权)(?:向|在|选择)(?:其他|任何|任一|另外)[^。；]{0,12}(?:法院|仲裁|管辖)`), re(OPEN_FORUM)],
      [re(`仅为${L}.{0,4}(?:利益|之利益)|${B}.{0,6}(?:只能|仅能|仅可|只可|仅得)(?:向|在)[^。；]{0,20}(?:法院|仲裁)`)],
      [re('\\b(?:nothing|not)\\b.{0,40}\\b(?:prevent|limit|restrict|preclude)\\w*\\b.{0,20}\\blender\\b.{0,40}\\b(?:proceedings|action|suit|sue)'), re('\\b(?:other|any|another|concurrent)\\b'), re(OPEN_FORUM)],
      [re('\\blender\\b.{0,30}\\b(?:may|shall be entitled to|is free to|retains the right to|reserves the right to)\\b.{0,20}\\b(?:bring|take|commence|institute|start|file)\\b.{0,40}\\b(?:in|before) (?:any|other|another)\\b.{0,20}\\b(?:court|jurisdiction|forum|tribunal)'), re(OPEN_FORUM)],
      [re('\\bborrower\\b.{0,20}\\b(?:may|can) only\\b.{0,30}\\b(?:bring|take|commence|sue)'), re('\\blender\\b.{0,30}\\b(?:any|other)\\b')],
      [re('court|forum|jurisdiction|arbitrat|proceedings|dispute'), re('(?:chosen|selected|nominated|designated|determined|elected|appointed|named) (?:solely |only )?by the lender|lender\'?s? (?:sole |absolute |own |exclusive )?(?:option|election|choice|discretion)|(?:option|election|choice|discretion) of the lender|lender may (?:bring proceedings|take proceedings|elect|choose|select)|of (?:its|the lender\'s) choice|for the (?:sole |exclusive )?benefit of the lender(?: only| alone)?|for the lender\'s (?:sole |exclusive )?benefit|lender[\\w ]{0,20}(?:exclusive|sole) right to (?:determine|choose|select|decide)|\\blender\\b.{0,20}\\b(?:at|in) its (?:sole |absolute |own )?(?:option|election|discretion|choice)|(?:whichever|such) (?:court|forum|tribunal|arbitra)[\\w ]{0,40}the lender (?:chooses|choose|selects|select|nominates|designates|prefers)')],
    ],
  },
  {
    id: 'automatic-renewal',
    title: 'Automatic renewal',
    explanation: 'The loan renews or extends itself without a new decision by the borrower and the lender.',
    patterns: [
      [re('自动.{0,12}(?:续期|展期|续借|续约|延期|延长|延续|续展|续贷|续签|顺延|转期)')],
      [re('视为(?:续贷|续期|展期|续借|续约|续签)|借款期限(?:自动)?顺延(?:\\d+|[一二两三四五六七八九十]+)个?(?:月|年)')],
      [re('\\bautomatic(?:ally)?\\b.{0,30}\\b(?:renew|extend|roll|continu)|\\b(?:renew|extend|roll(?:ed|s)? over)\\w*\\b.{0,20}\\bautomatic')],
      [re(`(?:转为|转成|转入|转作|滚入|计入)(?:一笔|一期)?新的?(?:一笔|一期)?(?:借款|贷款)|借新还旧|以新贷还旧贷|(?:续贷|展期)(?:手续)?(?:由${L}|自动)`)],
      [re("\\broll(?:ed|s|ing)?(?: it| them| the (?:balance|loan|amount))? over\\b.{0,30}\\binto (?:a |another )?new (?:loan|facility|agreement|term|note)|\\bconvert\\w*\\b.{0,30}\\binto (?:a |another )?new (?:loan|facility|note)")],
      [re('deemed (?:to (?:be|have been) )?(?:renewed|extended|rolled over)|\\b(?:renew|extend|roll)s? (?:itself|themselves)|\\b(?:continue|renew\\w*|extend\\w*)\\b[^.;]{0,20}\\bsuccessive (?:renewal )?(?:periods|terms)|successive renewal')],
    ],
    // 还款日遇节假日顺延 moves a payment date; it renews nothing.
    unless: [re('(?:不|不得|不会|非|并不)自动|\\bnot\\b.{0,12}automatic|\\bno automatic|节假日|非工作日|\\bholiday|\\bbusiness day')],
  },
  {
    id: 'unrestricted-purpose',
    title: 'Funds usable for any purpose',
    explanation: 'The contract does not bind the loan to a stated purpose: the funds may be used for anything, or expressly for uses lending rules bar for such loans (securities, futures, crypto-assets, buying property, repaying other debts).',
    patterns: [
      // Barred uses expressly allowed (个人贷款管理办法 and consumer-loan rules keep loan money out of securities, futures, property and other debts).
      // Among other uses, not as the loan's one stated purpose (a mortgage is lent to buy the property).
      [re(`^(?!.*(?:不得|禁止|严禁|不能|不可|不应|不准|仅|只能|专项|限于|除外|除[^。；]{0,20}外))`), re('(?:可|可以|能够|允许|亦可|也可)[^。；]{0,16}用于|用途[^。；]{0,6}包括|包括(?:但不限于)?[^。；]{0,4}用于'), re('、|及|以及|或者|包括|和'), re(BARRED_USES_ZH)],
      [re("^(?!.*\\b(?:not|never|prohibited|except|excluding|other than|nor|no part|only|solely|exclusively)\\b)"), re('\\b(?:loan|proceeds|funds|money|advance|facility)\\b'), re('\\b(?:may|can|shall|will|is to|are to)\\s+(?:also\\s+)?(?:be\\s+)?(?:used|applied|spent|put)\\b|\\b(?:use|apply|spend)\\b[^.;]{0,30}\\b(?:for|on|in|towards?)\\b|\\bpurposes?\\b[^.;]{0,30}\\binclud'), re('\\b(?:including|such as|as well as|general|any|whatever|all kinds of)\\b'), re(BARRED_USES_EN)],
      [re(`用途.{0,4}(?:不限|不受限|无限制|不作(?:任何)?限制|由${B}.{0,2}(?:自行|自主)决定)`)],
      [re('(?:不限定|不限制|不作(?:任何)?限制).{0,6}用途')],
      [re('(?<!不得|不能|不可|严禁|禁止)(?:可|可以|能够|得)?用于任何(?:合法)?(?:用途|目的)')],
      [re('(?<!不)(?:可|可以|能够|允许)[^。；，不]{0,10}用于[^。；不]{0,14}任何(?:合法)?(?:用途|目的)')],
      [re('用途.{0,4}不设(?:任何)?限|自由(?:安排|支配)|任意(?:使用|支配)|(?:无须|无需|不必|不需)(?:向.{0,6})?(?:说明|提供|证明).{0,12}用途|不约定.{0,8}用途')],
      // Either word order: 借款人可自行决定……用途，贷款人对此不作任何限制.
      [re('^(?!.*(?:不得|禁止|严禁|专项|仅(?:限|用于)|限于|只能))(?=.*用途).*(?:(?:自行|自主|自由|任意)(?:决定|确定|选择|安排)|(?:不作|不加|不设)(?:任何)?限制|不受(?:任何)?限制)')],
      // The lender gives up checking the use: 不对资金流向进行检查 / "no right to enquire into their use".
      [re('(?:不|无需|无须|不必|无权)(?:对)?[^。；，,]{0,6}(?:资金|借款|贷款)?(?:流向|用途|使用情况)[^。；，,]{0,6}(?:检查|监督|跟踪|监控|核查|审查)')],
      [re('用途|使用|用于|流向|去向'), re(`${L}.{0,4}(?:不予|不会|不|无权|无需)(?:干涉|干预|过问|限制|追问)|${B}.{0,6}(?:完全|充分)?(?:的)?(?:自主权|自由支配)`)],
      [re("\\b(?:no right|not (?:be )?entitled|(?:shall|will|does|do) not|need not|(?:has|have|is under|owes) no (?:duty|obligation|responsibility))\\b[^.;]{0,12}\\b(?:to )?(?:enquire|inquire|monitor|check|verify|investigate|supervise|track|follow)\\w*\\b[^.;]{0,24}\\b(?:use|uses|used|application|applied|proceeds|spent|spending|spends|funds)\\b")],
      // The choice of use left open: "whatever purpose", "to any use", "no limit on how … spends", "decides how to use".
      [re('^(?!.*\\b(?:not|never|only|solely|other than|except)\\b)'), re('\\bwhatever (?:purposes?|uses?|way|manner)\\b|\\b(?:to|for) any (?:use|uses)(?: whatsoever| at all)?\\b|\\bany (?:purpose|use) (?:whatsoever|at all)\\b')],
      [re('\\b(?:no|without(?: any)?)\\s+(?:limits?|limitations?|restrictions?|conditions?|controls?)\\b[^.;]{0,20}\\b(?:how|what|where)\\b[^.;]{0,30}\\b(?:use[sd]?|spends?|spent|appl(?:y|ies|ied))\\b')],
      [re('\\bborrower\\b[^.;]{0,20}\\b(?:alone |freely |solely )?(?:decides?|determines?|chooses?|is free to (?:decide|choose))\\b[^.;]{0,10}\\bhow\\b[^.;]{0,20}\\b(?:use|spend|apply)\\b')],
      [re('\\bhow\\b[^.;]{0,20}\\b(?:loan|proceeds|funds|money|advance)\\b[^.;]{0,10}\\b(?:is|are)\\s+(?:used|spent|applied)\\b'), re("\\b(?:entirely |wholly |completely |solely )?(?:up to|a matter for|for) the borrower\\b(?!'| to (?:prove|show|repay|pay))")],
      [re('\\b(?:use|uses|spend|spends|apply|applies)\\b[^.;]{0,30}\\b(?:money|loan|proceeds|funds)\\b'), re("^(?!.*\\b(?:only|must not|shall not|may not)\\b).*\\b(?:entirely |wholly |completely |solely )?(?:up to|a matter for) the borrower\\b(?!'| to (?:prove|show|repay|pay))|\\blender\\b[^.;]{0,12}\\b(?:will|shall|does) not (?:ask|enquire|inquire|question|check|monitor)\\b")],
      [re('\\b(?:use|purpose|proceeds)\\b'), re("\\bat the (?:sole |absolute |entire )?discretion of the borrower\\b|\\bborrower'?s? (?:sole |absolute |own )?discretion\\b|\\bas the borrower (?:chooses|sees fit|thinks fit|wishes|decides)\\b|\\bany purpose (?:it|the borrower) (?:chooses|wishes|likes)\\b")],
      [re('\\bfor any purposes?\\b(?!\\s+(?:other|not|prohibited|except))')],
      [re('\\b(?:use|purpose|proceeds|application)\\b'), re('\\bnot (?:be )?restricted|\\bno restrictions?\\b|\\bunrestricted\\b|without (?:any )?restriction|as it sees fit')],
      [re('\\b(?:may|can|is free to|shall be free to) (?:use|apply|spend)\\b[^.;]{0,30}\\bin any (?:manner|way)\\b(?! other| not| prohibited| that)')],
      [re('\\b(?:spend|use|apply)\\b.{0,30}\\bon anything\\b(?! other| except| but)|\\banything (?:the borrower|it) (?:likes?|wants?|wish(?:es)?)\\b')],
    ],
  },
  {
    id: 'confession-of-judgment',
    title: 'Confession of judgment or enforcement without trial',
    explanation: CONFESSION_EXPLANATION,
    patterns: [
      // Enforceability the contract gives itself, or the borrower accepts, with no notary at all.
      [re('^(?!.*(?:公证|notari))'), re('(?:赋予|具有|具备)[^。；]{0,8}(?:直接)?(?:强制)?执行(?:效力|力)|(?:自愿)?(?:接受|认可)[^。]{0,4}强制执行')],
      // Notarised enforceability, agreed by both parties or made one-sided: a person reads it either way.
      [re(NOTARISED)],
      [re(`(?:直接|径行)(?:向[^。；]{0,10})?申请(?:[^。；]{0,10}法院)?(?:强制)?执行`)],
      [re('不经(?:过)?(?:诉讼|审判|庭审|法院)')],
      [re('(?:无须|无需|不必|不经)(?:提起)?(?:起诉|诉讼|审理|审判).{0,24}强制执行')],
      [re(`(?:代表|代为|代其|代${B})`), re('(?:债务|欠款)(?:确认|承认)|(?:承认|认可|确认).{0,12}(?:债务|欠款)'), re('法院|判决|裁判|裁决')],
      [re('(?:同意|接受|认可)[^。；]{0,10}(?:法院|仲裁)?[^。；]{0,6}(?:直接|径行|据此)(?:作出|出具|制作)?(?:判决|裁决|裁定|调解书)')],
      // A debt acknowledgement or settlement signed in advance, for the lender to file: 预先签署债务确认书/调解协议.
      [re('(?:预先|事先|签约时|签署本合同时|一并)[^。；]{0,12}(?:签署|出具|认可)[^。；]{0,16}(?:债务确认|欠款确认|调解协议|还款承诺书)')],
      [re('^(?!.*notari)'), re('compulsory enforcement|enforceable (?:directly )?without (?:litigation|proceedings|trial|a court)')],
      [re('confess(?:ion|es|ed)?\\s+(?:of\\s+)?judge?ment|cognovit|warrant of attorney|enforcement without (?:litigation|proceedings|trial)|(?:apply|applies|proceed)\\w*\\b[^.;]{0,40}\\b(?:directly|straight)\\b[^.;]{0,20}\\b(?:enforcement|execution)|(?:enforcement|execution)\\b[^.;]{0,60}\\bwithout (?:commencing|bringing|filing|starting) (?:an? |any )?(?:action|proceedings|suit|lawsuit|claim)|judge?ment.{0,40}without (?:notice|a hearing|hearing|trial)|(?:waives?|without) (?:the )?(?:issue and )?service of process')],
      [re('power of attorney|authori[sz]es?.{0,30}(?:attorney|lawyer)'), re('\\badmit(?:s|ting)?\\b.{0,30}(?:liability|debt|indebtedness|owes?)|\\badmission\\b')],
      [re('\\b(?:consent\\w*|submit\\w*|agree\\w*) to (?:the )?(?:entry of )?(?:a |any )?judge?ment\\b|\\bjudge?ment (?:being |may be |to be )?entered against\\b')],
      [re('\\b(?:appoint\\w*|constitut\\w*|authori[sz]\\w*)\\b.{0,60}\\b(?:attorney|agent|lawyer)\\b'), re('\\bjudge?ment\\b|\\bconfess|\\badmit')],
    ],
  },
  {
    id: 'land-transfer-condition',
    title: 'Land-transfer (土地流转) condition',
    explanation: 'The loan depends on transferring or pledging rural land rights: a special condition a person must check.',
    patterns: [
      [re('土地(?:承包)?(?:经营权)?流转|流转.{0,10}土地|土地(?:承包)?经营权|承包(?:的)?(?:集体)?(?:土地|耕地)|承包地|耕地|宅基地|集体(?:土地|建设用地)')],
      [re('land (?:contract(?:ual|ed)? )?management rights?|rural land|contracted land|land transfer|collective land|homestead')],
    ],
  },
];

/** Every wording rule, drafting and legal, in the order hits are reported. */
const RULES: readonly WordingRule<RedFlagId>[] = [...WORDING_RULES, ...LEGAL_RULES, ...SECURITY_RULES, ...PAYMENT_RULES, ...PROTECTION_RULES];
const NOTARISED_RE = re(NOTARISED);
const NOTARY_ONE_SIDED_RE = re(NOTARY_ONE_SIDED);

/**
 * Every red flag a clause raises, one hit per rule (the first sentence that shows it).
 * @example findRedFlags('借款用途不限。', policy) // [{ rule: 'unrestricted-purpose', … }]
 */
export function findRedFlags(clauseText: string, policy: ReviewPolicy): RedFlagHit[] {
  const hits = new Map<RedFlagId, RedFlagHit>();
  const add = (hit: RedFlagHit): void => { if (!hits.has(hit.rule)) hits.set(hit.rule, hit); };
  const sentences = splitSentences(foldWidth(clauseText));
  // Rules read "we"/"you" as the lender/borrower; hits quote the sentence as written.
  const read = sentences.map(namePlainParties);
  const listed = withLeadIns(read);
  sentences.forEach((sentence, i) => {
    for (const rule of RULES) {
      if (matchesRule(rule, listed[i]!)) add({ rule: rule.id, title: rule.title, explanation: rule.explanation, sentence });
    }
    for (const hit of numericFlags(read[i]!, policy)) add({ ...hit, sentence });
  });
  if (!hits.has('rate-above-cap')) for (const hit of allInCostFlags(read, policy)) add(hit);
  // Notarised enforceability made one-sided (the lender alone, safeguards given up): the reviewer is told so.
  const confession = hits.get('confession-of-judgment');
  if (confession) {
    const oneSided = read.some((s) => NOTARISED_RE.test(s) && NOTARY_ONE_SIDED_RE.test(s));
    if (oneSided) hits.set('confession-of-judgment', { ...confession, values: { ...confession.values, form: 'one-sided' } });
  }
  return [...hits.values()];
}

/**
 * Each limb of a list read with the list's lead-in: in `下列情形构成违约：A；B；C。` or "Each of the
 * following is an Event of Default: A; B; C." the consequence is written once, before the colon,
 * and every limb means it. A limb starts a new lead-in when it has its own colon; a full stop ends the list.
 */
export function withLeadIns(limbs: readonly string[]): string[] {
  let lead = '';
  return limbs.map((limb) => {
    const own = /^(.*?[:：])\s*\S/u.exec(limb);
    const read = own || !lead ? limb : `${lead} ${limb}`;
    if (own) lead = own[1] as string;
    if (!/[;；]$/u.test(limb)) lead = '';
    return read;
  });
}
