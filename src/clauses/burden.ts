/**
 * The borrower-burden signal: wordings that make a clause one-sided against the borrower or reach
 * beyond the loan (the lender's sole discretion, consequences without notice, irrevocable
 * waivers, deemed consent, deductions from the money lent, ownership passing to the lender,
 * obligations on family or contacts, restrictions on the borrower's personal life, disclosure of
 * the debt to others, products the borrower must buy) or that have no bounds (any account at any
 * bank, every future debt, any person for any purpose; obligations that outlive repayment or last
 * until the lender alone releases them). Each cue is general drafting, not one
 * contract's sentence; no cue alone says a clause is unusual — `assess.ts` weighs the cues
 * together with the clause's distance from the standard library.
 */
import { foldWidth } from '../extract/lines.js';
import { namePlainParties, splitSentences } from './text.js';
import { re } from './wording.js';

export const BURDEN_CUES = [
  'lender-discretion',
  'without-notice',
  'irrevocable-waiver',
  'deemed-consequence',
  'deduction-from-principal',
  'ownership-transfer',
  'third-party-reach',
  'personal-restriction',
  'debt-disclosure',
  'tied-obligation',
  'personal-data',
  'unbounded-scope',
  'without-end',
] as const;
export type BurdenCue = (typeof BURDEN_CUES)[number];

export interface BurdenHit {
  cue: BurdenCue;
  /** The sentence that shows it, as written. */
  sentence: string;
}

const L = '(?:甲方|贷款人|出借人|贷款方|银行|本行|\\blender\\b)';

/** Each cue: alternatives of patterns that must all match one sentence, and wordings that cancel it. */
const CUES: { cue: BurdenCue; patterns: RegExp[][]; unless?: RegExp[] }[] = [
  {
    cue: 'lender-discretion',
    patterns: [
      [re(`${L}.{0,12}(?:自行|单方|全权|酌情|独立)(?:决定|确定|判断|认定|处理|处置|选择)|以${L}.{0,4}(?:认定|判断|记录|决定)为准|由${L}.{0,4}(?:自行|单方|全权)`)],
      [re("\\b(?:sole|absolute|unfettered|complete) discretion\\b|\\bas (?:it|the lender) (?:sees|thinks|deems) fit\\b|\\bconclusive(?:ly)?\\b.{0,30}\\b(?:determination|certificate|records?)\\b|\\blender'?s? (?:determination|decision|records?) (?:shall be|is|are) (?:final|conclusive|binding)")],
    ],
  },
  {
    cue: 'without-notice',
    patterns: [
      [re('(?:无需|无须|毋须|不需|不必|不再)(?:事先|另行|提前)?(?:通知|告知|催告)|不另行通知|不经通知|未经.{0,4}通知即')],
      [re('\\bwithout (?:any )?(?:prior |further |advance )?(?:notice|demand|warning)\\b|\\bno (?:prior |further )?notice (?:is|shall be|need be) (?:required|given)')],
    ],
    unless: [re('presentment|dishonou?r|protest')],
  },
  {
    cue: 'irrevocable-waiver',
    patterns: [
      [re('无条件|不可撤销|不可撤回'), re('放弃|同意|授权|接受|承担|认可|承诺')],
      [re('放弃.{0,12}(?:任何|一切|全部|所有)?.{0,6}(?:权利|权益|主张|请求|救济|保护)')],
      [re('\\b(?:irrevocabl[ye]|unconditional(?:ly)?)\\b'), re('\\b(?:waive|agree|consent|accept|surrender|assign|authori[sz]e)')],
      [re('\\bwaives?\\b.{0,30}\\b(?:any and all|all|any) (?:rights?|claims?|remed(?:y|ies)|protections?|benefits?)\\b')],
    ],
    // Authorising the direct debit of each instalment from the repayment account is standard (both
    // must be said: an irrevocable debit of any account is not); so is a guarantee said to be irrevocable.
    unless: [re('^(?=.*(?:扣收|扣划|划扣|扣款|代扣|debit))(?=.*(?:还款账户|该账户|当期|每期|还款日|应还本息|repayment account|that account|the account|instalments?|due date))'), re('guarantee|保证|presentment|dishonou?r|protest|(?:不构成|不视为|不得视为|不应视为|并非).{0,10}放弃|not (?:operate|constitute|be (?:deemed|construed|treated))(?: as)? (?:a )?waiver')],
  },
  {
    cue: 'deemed-consequence',
    patterns: [
      [re('视为(?:乙方|借款人|借款方)?.{0,4}(?:同意|接受|认可|确认|放弃|自愿|知悉)|自动(?:生效|成立|转为|归|取得)')],
      [re('\\b(?:deemed|treated as having|taken to have)\\b.{0,20}\\b(?:consent|accept|agree|approv|waive)|\\bautomatically (?:become|vest|pass|transfer)')],
    ],
    // Service of notices deemed received, a guarantee deemed continuing: ordinary boilerplate.
    unless: [re('送达|收到|交邮|\\breceived\\b|\\bdelivered\\b|\\bserved\\b')],
  },
  {
    cue: 'deduction-from-principal',
    // Set-off from the borrower's accounts after a default is standard; taking money at disbursement is not.
    unless: [re('(?:开立|名下)的?.{0,6}账户|到期未|逾期|还款账户|repayment account|overdue')],
    patterns: [
      [re('(?:预先|预|事先|提前|直接|一次性|放款时|发放时)(?:扣除|扣收|收取|扣减|扣留|坐扣)'), re('利息|费|息'), re('本金中|借款中|贷款中|放款|发放|到账|出借|交付')],
      [re('(?:从|在)(?:借款|贷款|本金|放款)(?:金额|资金|款项)?(?:中|内)(?:预先|直接)?(?:扣除|扣收|扣减|扣留)')],
      [re('\\b(?:deduct(?:ed)?|withh[eo]ld|retain(?:ed)?|net(?:ted)? off)\\b.{0,40}\\b(?:from|out of)\\b.{0,20}\\b(?:the )?(?:loan|advance|proceeds|principal|amount (?:advanced|lent|disbursed))|\\b(?:in advance|up-?front)\\b.{0,30}\\b(?:deduct|withh[eo]ld)')],
    ],
  },
  {
    cue: 'ownership-transfer',
    patterns: [
      [re(`(?:抵押物|质物|抵押财产|质押财产|房产|房屋|车辆|财产|担保物).{0,20}(?:归${L}.{0,4}所有|所有权.{0,6}(?:转移|归属|归)|直接(?:取得|归)|抵偿|抵债)|以物抵债|(?:所有权|产权).{0,8}(?:转移|过户).{0,6}(?:给|至|予)${L}`)],
      [re('\\b(?:title|ownership|property)\\b.{0,40}\\b(?:vest|pass|transfer)\\w*\\b.{0,20}\\b(?:to|in)\\b.{0,6}\\blender\\b|\\bbecomes?\\b.{0,10}\\bthe (?:absolute )?property of the lender\\b|\\bforfeit(?:ed|s)?\\b|\\bin (?:full )?satisfaction of\\b.{0,30}\\b(?:debt|loan)')],
    ],
    // Selling the collateral by auction and applying the proceeds is the lawful way.
    unless: [re('拍卖|变卖|折价.{0,10}(?:协议|协商)|\\bauction|\\bsale\\b|\\bsell\\b|proceeds')],
  },
  {
    cue: 'third-party-reach',
    patterns: [
      [re('配偶|亲属|亲友|家属|家人|家庭成员|父母|子女|兄弟姐妹|朋友|同事|紧急联系人|联系人|通讯录|邻居'), re('承担|偿还|代偿|签字|签署|连带|责任|违约|追偿|追索|催收|担保|抵押|作为')],
      [re('\\b(?:spouse|relatives?|family|members of (?:the borrower\'s|his|her) family|parents?|children|siblings?|brothers?|sisters?|friends?|colleagues?|neighbou?rs?|emergency contacts?|contacts? list|phone contacts|household members?)\\b'), re('\\b(?:liable|liability|repay\\w*|responsible|obligors?|co-?sign\\w*|guarant\\w*|recover\\w*|pursu\\w*|contact\\w*|inform\\w*|notif\\w*|default\\w*|pay)\\b')],
    ],
  },
  {
    cue: 'personal-restriction',
    patterns: [
      [re('结婚|婚姻|离婚|生育|怀孕|出境|出国|离开.{0,6}(?:本市|居住地)|更换工作|变更工作|辞职|跳槽|宗教|政治|社交|言论|旅行|旅游|搬迁|迁居'), re(`不得|禁止|严禁|限制|须经|应经|未经|征得|取得.{0,8}同意|批准|报备`)],
      [re('\\b(?:marr(?:y|iage|ied)|divorce|pregnan|childbirth|travel(?:ling)? abroad|leave the (?:country|city)|change (?:his|her|their|the borrower\'s)? ?(?:job|employer|employment)|resign|religio|political|social media posts?|holiday abroad|relocat|move (?:house|home))\\w*'), re("\\b(?:shall not|must not|may not|not (?:permitted|allowed)|prohibit\\w*|restrict\\w*|consent|approval|permission)\\b")],
    ],
  },
  {
    cue: 'debt-disclosure',
    patterns: [
      [re('公开|公布|曝光|张贴|公示|发布'), re('欠款|债务|逾期|违约|姓名|照片|失信')],
      [re('(?:披露|告知|通报|透露|通知|提供)(?:给|予)?.{0,12}(?:第三方|他人|亲友|家人|单位|社会|公众|媒体|合作)'), re('欠款|债务|逾期|违约|借款|负债|信息')],
      [re('\\b(?:publish|post(?:ing)?|publici[sz]e|display|expose)\\w*\\b'), re('\\b(?:debt|arrears|default|overdue|name|photo|owes?|owing)\\w*\\b')],
      [re('\\b(?:disclose|inform|notify|tell|share|reveal)\\w*\\b.{0,40}\\b(?:third part(?:y|ies)|others|public|family|friends|employer|anyone|any person)\\b'), re('\\b(?:debt|arrears|default|overdue|owes?|owing|borrowing|loan)\\w*\\b')],
    ],
    // Reporting to the credit bureau is lawful and standard; so is disclosure the law requires.
    unless: [re('征信|信用信息基础数据库|信用报告|credit (?:reference|bureau|report|information)|监管|法律(?:法规)?(?:另有)?规定|required by (?:law|regulation)|regulator|保密|confidential')],
  },
  {
    cue: 'tied-obligation',
    patterns: [
      [re('(?:须|应|应当|必须|需|需要|同意|承诺|负责)[^，,。；;不]{0,12}(?:购买|认购|投保|办理|开立|存入|存放|保持|保留|维持|转入|介绍|推荐|参加|使用)[^。；;]{0,30}(?:理财|基金|保险产品|人寿保险|定期存款|存款|保证金|余额|代发|信用卡|新客户|客户|讲座|活动|调查|产品)')],
      // "balance" alone is as often the loan's outstanding balance: only a balance kept with someone counts.
      [re('\\b(?:purchase|buy|subscribe|maintain|keep|hold|deposit|open|introduce|refer|attend|transfer (?:his|her|the borrower\'s)? ?salary)\\w*\\b'), re('\\b(?:fund units?|insurance polic(?:y|ies)|life insurance|investment products?|deposits?|(?:minimum|average|credit|deposit|cash) balance|balance (?:with|at|of not less than)|savings|credit card|new customers?|seminars?|surveys?|events?|products? (?:offered|sold|distributed) by)\\b')],
    ],
    // Insuring the mortgaged home and keeping the repayment account funded are standard.
    unless: [re('抵押物|财产保险|财产险|房屋保险|还款账户|当期应还|到期应付|property insurance|buildings insurance|insure the property|(?:mortgaged|charged|secured) (?:property|vehicle|goods) insured|insured against (?:fire|loss|damage|theft)|insurer of (?:its|the borrower\'s|his|her) (?:own )?choice|repayment account|enough money|sufficient (?:funds|balance) (?:in|on) the (?:repayment|designated) account|instalment')],
  },
  {
    // Reach beyond this loan and the lender's own books: any account at any bank, every present and
    // future debt, any person for any purpose, no cap on the amount.
    cue: 'unbounded-scope',
    patterns: [
      [re('(?:任一|任何|所有|全部|一切|各)(?:银行|金融机构)?(?:账户|银行卡)|名下.{0,6}账户'), re('(?:其他|任何|任一|各)(?:商业)?银行|他行|其他金融机构|第三方支付|支付机构|支付账户|公积金|证券账户|理财账户')],
      [re('(?:此后|今后|将来|未来|以后|日后|现有(?:及|和|或)将来|现在(?:及|和|或)将来)[^。；]{0,24}(?:任何|一切|全部|所有)[^。；]{0,8}(?:债务|负债|借款|欠款)|(?:任何|一切|全部|所有)[^。；]{0,8}(?:现存|现有|已有|既有)的?(?:及|和|或|与|以及)(?:将来|未来)[^。；]{0,8}(?:债务|负债|借款|欠款)')],
      // Property that is not the collateral bound all the same: 名下任何不动产，不论是否为抵押物 / "any of its property, whether or not mortgaged".
      [re('(?:任何|全部|所有|一切)的?(?:不动产|房产|房屋|财产|资产)'), re('(?:不论|无论|不管)[^。；]{0,16}是否[^。；]{0,10}(?:抵押物|担保物|抵押财产|押品|抵押)')],
      [re("\\b(?:any|all) (?:of (?:its|the borrower's|his|her) )?(?:real estate|real property|properties|assets|property)\\b"), re('\\bwhether or not\\b[^.;]{0,30}\\b(?:mortgaged|charged|pledged|secured|collateral|subject to (?:the|any) (?:mortgage|security))\\b')],
      [re('任何第三方|任何人'), re('任何(?:用途|目的)')],
      [re('不限(?:金额|额度)|(?:金额|额度)不(?:设|受)(?:上限|限制)|无(?:金额|最高额)?上限')],
      // Accounts anywhere: the other banks count only where accounts are debited (a cross-default on
      // debts to other banks is ordinary).
      [re('\\bany (?:account|bank account)s?\\b[^.;]{0,60}\\bwith any\\b|\\b(?:any|all|every) (?:other )?(?:banks?|financial institutions?|payment institutions?|securities firms?)\\b|\\ball (?:of the borrower\'s )?accounts\\b(?! (?:with|at|held with|maintained with) the lender)'), re('\\b(?:accounts?|debit\\w*|set[- ]?off|deduct\\w*|withdraw\\w*|freez\\w*)\\b')],
      [re('\\b(?:every|all|any) (?:present (?:and|or) future|existing (?:and|or) future|future)\\b[^.;]{0,12}\\b(?:liabilit\\w*|debts?|obligations?|indebtedness|sums|monies)\\b(?![^.;]{0,24}\\bunder this agreement\\b)|\\b(?:now or (?:at any time )?(?:in the )?(?:future|hereafter)|at any time in the future|from time to time hereafter)\\b[^.;]{0,20}\\b(?:owes?|owing|owed|liab\\w*|indebted\\w*)\\b(?![^.;]{0,24}\\bunder this agreement\\b)|\\b(?:owes?|owing|owed|liab\\w*|indebted\\w*)\\b[^.;]{0,30}\\b(?:now or (?:at any time )?(?:in the )?(?:future|hereafter)|at any time in the future)\\b')],
      [re('\\b(?:with|to) any (?:person|third party|one)\\b[^.;]{0,20}\\bfor any purpose\\b|\\bfor any purpose whatsoever\\b')],
      [re('\\bwithout (?:any )?limit (?:of|as to|on) (?:time (?:or|and) )?amount\\b|\\bunlimited in amount\\b')],
    ],
  },
  {
    // No end the borrower can reach: obligations that outlive repayment, last without limit of
    // time or until the lender alone releases them. (Surviving termination is ordinary for
    // confidentiality and is not counted.)
    cue: 'without-end',
    patterns: [
      [re('不因[^。；]{0,24}(?:清偿|还清|偿还|履行完毕|结清|清算)[^。；]{0,12}(?:消灭|解除|终止|免除|失效)')],
      [re(`(?:至|直至|直到)${L}.{0,6}(?:书面)?(?:解除|同意解除|通知解除|释放)(?:之日|时)|无(?:固定)?期限|永久(?:有效)?|长期有效|无限期|次数不限|不限次数`)],
      [re('\\bnotwithstanding (?:any |the )?(?:re)?payment\\b|\\b(?:surviv|continu|remain|stay|subsist)\\w*\\b[^.;]{0,40}\\b(?:repa(?:id|yment)|paid (?:off|in full)|discharge[ds]?|settle(?:d|ment)|payment in full)\\b')],
      [re('\\bwithout (?:any )?limit (?:of|as to|on) time\\b|\\bindefinitely\\b|\\bin perpetuity\\b|\\bforever\\b|\\buntil (?:released|discharged) (?:in writing )?by the lender\\b|\\bunlimited (?:number of )?(?:renewals|extensions|times)\\b')],
    ],
    unless: [re('不因.{0,10}(?:终止|解除|无效)而|survives? (?:the )?termination')],
  },
  {
    cue: 'personal-data',
    patterns: [
      [re('定位|位置信息|行踪|通话记录|通讯录|社交账户|社交媒体|短信|相册|浏览记录|设备信息')],
      [re('\\b(?:location|whereabouts|call records?|call logs?|contact list|address book|social media|text messages|browsing|photos? on)\\b')],
    ],
  },
];

/**
 * Every burden cue a clause shows, one hit per cue.
 * @example findBurdenCues('借款人同意贷款人随时采集其手机定位信息。') // [{ cue: 'personal-data', … }]
 */
export function findBurdenCues(clauseText: string): BurdenHit[] {
  const hits = new Map<BurdenCue, BurdenHit>();
  for (const sentence of splitSentences(foldWidth(clauseText))) {
    const read = namePlainParties(sentence);
    for (const { cue, patterns, unless } of CUES) {
      if (hits.has(cue) || unless?.some((p) => p.test(read))) continue;
      if (patterns.some((all) => all.every((p) => p.test(read)))) hits.set(cue, { cue, sentence });
    }
  }
  return [...hits.values()];
}
