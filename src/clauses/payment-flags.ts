/**
 * Red flags on the borrower's money and what it pays, from the law:
 * - Accounts debited, frozen or held back when nothing is due: set-off needs a debt that has fallen
 *   due (民法典 第568条); before that, the money in the borrower's accounts is the borrower's.
 * - Accounts of people who are not party to the loan (a spouse, relatives, accounts in another's
 *   name): a creditor sets off only against its own debtor (民法典 第568条).
 * - Payments held unapplied or treated as not received: a payment discharges what it pays when the
 *   creditor receives it (民法典 第557条, 第560–561条 on the order of application).
 * - A charge for each collection call, message, letter or visit: default charges are limited to the
 *   costs reasonably caused (UK CONC 7.7; 互联网金融逾期债务催收自律公约), and a charge per contact
 *   pays the lender for chasing harder.
 * - A floating rate that follows its reference up but not down, or never falls below its starting
 *   level: LPR pricing resets the rate with the LPR, the spread fixed (中国人民银行公告〔2019〕第15号).
 */
import { B, L, re, type WordingRule } from './wording.js';

export const PAYMENT_FLAG_IDS = ['account-taken-before-due', 'non-party-accounts', 'payment-not-credited', 'charge-per-collection-contact', 'one-way-rate'] as const;
export type PaymentFlagId = (typeof PAYMENT_FLAG_IDS)[number];

const ZH_TAKE = '冻结|止付|扣划|扣收|划扣|划转|扣款|扣除|圈存|代扣';
const EN_TAKE = '\\b(?:(?:place|put)s? a hold on|debit\\w*|set(?:s|ting)? off|freez\\w*|froze\\w*|block\\w*|withh[eo]ld\\w*|combin\\w*|deduct\\w*)\\b';
const REFERENCE = '(?:loan prime rate|\\blpr\\b|reference rate|base rate|benchmark(?: rate)?|index rate)';

export const PAYMENT_RULES: WordingRule<PaymentFlagId>[] = [
  {
    id: 'account-taken-before-due',
    title: 'Borrower\'s money taken or blocked when nothing is due',
    explanation: 'The lender may debit, freeze or hold the borrower\'s accounts at any time, whether or not anything is due or in default. Set-off needs a debt that has fallen due (民法典 第568条); until then the money is the borrower\'s.',
    patterns: [
      [re(ZH_TAKE), re(`(?:不|无需|无须|不必|不需)以[^。；]{0,10}(?:违约|逾期|到期|欠款)为(?:前提|条件)|(?:无论|不论|不管)[^。；]{0,10}(?:是否|有无|有没有)[^。；]{0,8}(?:违约|逾期|到期|欠款|应付)|(?:未到期|尚未到期|到期前|未发生违约)[^。；]{0,10}(?:即|亦|也)?(?:可|有权)|(?:未发生|没有|不存在)(?:任何)?(?:违约|逾期|欠款)[^。；]{0,4}(?:的)?(?:情况|情形)下|${L}[^。；]{0,6}(?:有权|可以?)?[^。；]{0,8}(?:随时|任何时候|任何时间)(?:冻结|止付|圈存)`)],
      [re(EN_TAKE), re('\\bwhether or not (?:any |an )?(?:amount|sum|payment|instalment|money)s? (?:is|are|has|have|shall be|becomes?)\\b[^.;]{0,12}\\b(?:due|owing|overdue|payable|outstanding|in arrears)|\\bwhether or not (?:the borrower is in|there is (?:a|any)) (?:default|arrears)|\\b(?:even if no|although no|even though no|when no|before any)\\b[^.;]{0,12}\\b(?:amount|sum|payment|instalment)s? (?:is |are |has |have )?(?:yet )?(?:fallen |falls? |becomes? )?(?:due|owing|payable|overdue)|\\bnothing (?:is |being )?(?:due|owing|owed|overdue)\\b|\\beven (?:if|though|when|where)\\b[^.;]{0,30}\\b(?:payments?|instalments?)\\b[^.;]{0,12}\\b(?:are|is|have been|were) (?:up to date|paid on time|made on time|current)\\b|\\beven (?:if|though|when|where) no (?:payment|instalment|amount|sum)s? (?:is|are|has been|have been) (?:late|overdue|missed|in arrears|unpaid|due)\\b')],
    ],
    unless: [re(`(?:不得|无权)[^。；]{0,6}(?:${ZH_TAKE})|\\b(?:shall|may|will) not (?:debit|freeze|block|set off)\\b`)],
  },
  {
    id: 'non-party-accounts',
    title: 'Accounts of people other than the borrower',
    explanation: 'The lender may debit or freeze accounts belonging to someone who is not party to the loan: the borrower\'s spouse or relatives, or accounts held in another\'s name. A creditor sets off only against its own debtor (民法典 第568条); a relative is not liable by the borrower\'s signature.',
    patterns: [
      [re(ZH_TAKE), re('(?:配偶|亲属|家属|家人|家庭成员|父母|子女|兄弟姐妹|兄弟|姐妹|亲友|朋友|同事|他人|第三人)(?:名下|的)?[^。；]{0,8}(?:账户|银行卡|工资卡|存款|资金)|(?:登记|开立|开设)在他人名下')],
      [re(`${EN_TAKE}|\\b(?:take|collect)\\b`), re("\\b(?:spouse|partner|relatives?|family members?|parents?|children|any other person|another person|third part(?:y|ies))(?:'s|s')?\\b[^.;]{0,20}\\b(?:accounts?|cards?|salary|wages|deposits?)\\b|\\baccounts? (?:held|opened|registered|maintained|standing) in (?:the name of )?(?:another|any other|a third)|\\bin the name of (?:any )?(?:other|another|third)|\\baccounts?\\b[^.;]{0,20}\\bof (?:the borrower's |his |her |any )?(?:spouse|partner|relatives?|family members?|parents?|children)\\b|\\baccounts?\\b[^.;]{0,30}\\b(?:held|owned|in the name of)\\b[^.;]{0,6}\\b(?:by )?(?:a |any )?(?:member of the borrower's (?:household|family)|household members?|family members?|relatives?|spouse|partner|parents?|children)\\b")],
    ],
    // A spouse who signs as co-borrower is a party.
    unless: [re('共同(?:借款|还款|债务)人|\\b(?:joint|co-?)[- ]?borrower')],
  },
  {
    id: 'payment-not-credited',
    title: 'Payments held back or treated as unpaid',
    explanation: 'A payment the borrower has made may be left unapplied or counted as not received at the lender\'s choice, so the borrower falls into arrears and default interest runs although it paid. A payment discharges the debt when the creditor receives it (民法典 第557条), in the order the law sets (第560–561条).',
    patterns: [
      [re('还款|款项|资金|已付|已还|入账|付款'), re(`视为${B}?(?:未|没有)(?:还款|偿还|支付|清偿|收到|到账|归还)|(?:暂不|延迟|推迟|暂缓|迟延)[^。；，,]{0,8}(?:入账|冲抵|冲还|抵扣|用于(?:偿还|清偿)|记账)|(?:暂时|暂|有权)[^。；，,]{0,2}不予?(?:入账|冲抵|记账)|(?:挂账|暂挂|暂存)[^。；]{0,10}(?:不|暂不)(?:冲抵|清偿|入账)`)],
      [re('\\bpayments?\\b|\\b(?:money|sums?|amounts?) (?:the borrower )?(?:pays?|paid)\\b'), re('\\b(?:treated|deemed|regarded|considered) as (?:not|never) (?:having been )?(?:received|made|paid)|\\bnot (?:count|be counted|be treated|be regarded) as (?:paid|received|made)\\b|\\bnot (?:be )?(?:credited|applied|allocated)\\b[^.;]{0,40}\\buntil\\b[^.;]{0,20}\\blender\\b[^.;]{0,10}\\b(?:chooses|decides|elects|sees fit|thinks fit|wishes)\\b|\\b(?:delay|defer|postpone|suspend|withhold)\\w*\\b[^.;]{0,12}\\b(?:applying|crediting|(?:the )?(?:application|crediting|allocation) of)\\b|\\b(?:hold|held|keep|kept|retain)\\w*\\b[^.;]{0,20}\\bunapplied\\b|\\b(?:hold|held|keep|kept|retain)\\w*\\b[^.;]{0,50}\\bbefore (?:applying|crediting|allocating)\\b')],
    ],
    // A debit that failed, money never paid in, or a payment after the day's cut-off, is not yet a payment.
    unless: [re(`${B}未(?:按期|按时|按约定|足额|及时)?[^。；]{0,8}(?:存入|存足|还款|支付|偿还)[^。；]{0,12}视为|余额不足|扣款(?:失败|不成功)|未能扣款|退票|\\binsufficient\\b|\\breturned unpaid\\b|\\bdishonou?r|\\bbounced?\\b|\\bcut-?off\\b|\\bbusiness day\\b|\\bcleared funds\\b`)],
  },
  {
    id: 'charge-per-collection-contact',
    title: 'A charge for each collection call, message or visit',
    explanation: 'The borrower pays for every call, message, letter or visit made to chase arrears: the charge grows with the lender\'s own collection effort rather than with a cost the borrower caused. Default charges are limited to the costs reasonably caused (UK CONC 7.7; 互联网金融逾期债务催收自律公约).',
    patterns: [
      [re('电话|通话|短信|信息|信函|函件|律师函|上门|外访|拜访|催收函|催告函|提醒'), re('每[^。；，,]{0,4}(?:次|通|条|封)'), re('催收|催告|催缴|追讨|逾期|欠款|拖欠'), re('(?:人民币|￥|¥)\\s*\\d|\\d+\\s*元|[一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟]+元|费')],
      [re('\\b(?:each|every|per)\\s+(?:[\\w-]+\\s+){0,2}(?:call|text|sms|message|letter|e-?mail|visit|reminder)s?\\b|\\b(?:call|text|message|letter|visit|reminder)s?\\b[^.;]{0,20}\\b(?:each|every|per)\\b'), re('\\b(?:arrears|overdue|collect\\w*|late|missed|default\\w*|chas\\w*)\\b'), re('\\b(?:fee|charge|payable|pay|bill(?:ed)?|charged)\\b|\\b(?:RMB|CNY|USD|GBP|HKD)\\b|[$£€¥]')],
    ],
    // A small charge per letter with a stated ceiling is the regulated practice (UK CONC 7.7); no ceiling is not.
    unless: [re('(?:最高|累计|合计|每月)[^。；]{0,6}不(?:超过|高于)|上限|\\bup to a maximum\\b|\\bmaximum of\\b|\\bcapped at\\b|\\bno more than\\b|\\bnot (?:to )?exceed')],
  },
  {
    id: 'one-way-rate',
    title: 'Floating rate that only moves up',
    explanation: 'Rises in the reference rate are passed on to the borrower but falls are not, or the rate may never fall below its starting level: the borrower carries the rate risk both ways. LPR pricing resets the rate with the LPR in both directions, the spread fixed (中国人民银行公告〔2019〕第15号).',
    patterns: [
      [re('(?:LPR|报价利率|基准利率|定价基准|参考利率)[^。；]{0,20}(?:下调|下降|降低|减少|调低|下行|走低)'), re('(?:利率|利息)[^。；，,]{0,8}(?:不|不予|不作|不相应|不随之|不会|均不|不得)(?:调整|下调|降低|调低|变动|减少)|(?:不|不予)(?:随之|相应)?(?:下调|降低|调低)|维持(?:原|原有|原来|现行)的?(?:执行)?利率|(?:不|不予|无需|有权不)(?:调整|下调|降低|调低)[^。；，,]{0,8}(?:利率|利息)')],
      [re('利率'), re('(?:不低于|不得低于|最低为|下限为)[^。；]{0,10}(?:签约|放款|发放|首期|初始|原)(?:时|日|当日)?的?(?:执行)?利率|只升不降|只上调不下调|仅(?:上调|上浮)不(?:下调|下浮)')],
      [re(`\\b(?:reduction|decrease|fall|decline|drop|lowering|cut)s?\\b[^.;]{0,30}${REFERENCE}|${REFERENCE}[^.;]{0,20}\\b(?:falls?|decreases?|declines?|drops?|is (?:reduced|cut|lowered)|go(?:es)? down)\\b`), re('\\b(?:shall|will|does|do) not (?:reduce|lower|decrease|affect|be passed on)\\b|\\b(?:rate|interest)\\b[^.;,]{0,30}\\b(?:shall|will|does|do) not (?:change|move|fall)\\b|\\bnot be (?:reduced|lowered|passed on)\\b|\\bno (?:reduction|decrease)\\b|\\b(?:in no case|never|not) fall below\\b|\\b(?:disregarded|ignored|not (?:be )?taken into account|have no effect)\\b|\\b(?:it|the rate|the interest rate|interest)\\b (?:will|shall|does|do) not (?:go down|decrease|fall|drop|be lowered)\\b')],
      [re('\\brate\\b'), re('\\b(?:shall|will|may|can)\\b[^.;]{0,12}\\b(?:in no case|not|never)\\b[^.;]{0,6}\\b(?:fall|be reduced|go|drop) below (?:the )?(?:initial|original|starting|opening|rate (?:applying|applicable|in force) (?:on|at) the (?:advance|drawdown|signing)|rate on the (?:advance|drawdown|signing) date)')],
    ],
  },
];
