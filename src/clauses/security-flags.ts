/**
 * Red flags on security and its enforcement, from the law:
 * - Security or a guarantee that reaches beyond this loan: every present and future debt to the
 *   lender, further loans not yet made, no maximum amount (民法典 第420条 and 第690条: security for
 *   future debts needs a maximum amount), or all the borrower's present and future assets, household
 *   goods and wages (US FTC Credit Practices Rule, 16 CFR 444.2, forbids both in consumer credit).
 * - Collateral sold by the lender alone: without the mortgagor's agreement or a court, at a price the
 *   lender sets, or without paying back the surplus (民法典 第410条, 第413条: the parties agree on
 *   折价 / 拍卖 / 变卖 at market value, failing which the court sells; the surplus is the mortgagor's).
 */
import { B, L, re, type WordingRule } from './wording.js';

export const SECURITY_FLAG_IDS = ['all-monies-security', 'lender-sells-collateral-alone'] as const;
export type SecurityFlagId = (typeof SECURITY_FLAG_IDS)[number];

const ZH_SECURITY = '担保|抵押|质押|出质|保证|押品';
const EN_SECURITY = '\\b(?:secur(?:e|es|ed|ing|ity)|guarant\\w*|mortgag\\w*|charges?|charged|pledg\\w*|collateral|lien|hypothecat\\w*)\\b';
const COLLATERAL = '(?:抵押物|质物|质押物|抵押财产|质押财产|担保物|押品|(?:抵押|质押|出质)(?:的)?(?:房产|房屋|住房|车辆|财产|土地|股权|设备)|该(?:房产|房屋|车辆))';
/** Debts beyond this loan: every present or future debt, other loans the security is said to cover, whatever the cause (a cross-default on other loans is not this). */
const ZH_BEYOND_LOAN = '不限于本合同|(?:本合同|本借款)(?:项下)?(?:以外|之外)|(?:担保|抵押|质押|保证)(?:的)?(?:范围|债权|债务)[^。；]{0,20}(?:包括|及于|涵盖|延及)[^。；]{0,12}其他(?:借款|贷款|债务|授信)|(?:任何|一切|全部|所有)[^。；]{0,12}(?:现存|现有|已有|既有)?的?(?:及|和|或|与|以及)?(?:将来|未来|今后|此后)[^。；]{0,8}(?:债务|负债|借款|欠款|债权)|因任何原因[^。；]{0,12}(?:负有|所欠|产生|形成)|(?:今后|将来|日后|以后|此后|未来)[^。；]{0,16}(?:每一笔|每笔|任何|所有|全部|一切|其他)的?(?:借款|贷款|债务|授信|融资)|(?:主债权|担保范围|担保的债权)[^。；]{0,6}(?:包括|及于|涵盖)(?![^。；]{0,8}本合同项下)[^。；]{0,30}(?:所有|全部|一切|任何|其他)的?(?:借款|贷款|债务|欠款)';
const EN_BEYOND_LOAN = "\\b(?:all|any|every)\\b[^.;]{0,12}\\b(?:present (?:and|or) future|existing (?:and|or) future|future)\\b[^.;]{0,40}\\b(?:liabilit\\w*|debts?|obligations?|indebtedness|sums|monies|moneys)\\b(?![^.;]{0,24}\\bunder this agreement\\b)|\\ball (?:monies|moneys)\\b|\\b(?:any|all) (?:further|other|future|additional|subsequent) (?:loans?|facilities|advances|credit)\\b|\\bwithout (?:any )?limit (?:of|as to|on) amount\\b|\\bunlimited in amount\\b|\\bnot capped\\b|\\buncapped\\b|\\bany other (?:money|monies|sums?|loans?|debts?|amounts?)\\b[^.;]{0,40}\\b(?:borrow\\w*|owe[sd]?|owing|lend\\w*|advance\\w*)\\b|\\b(?:every|each|any) (?:other |further |future )?(?:advance|loan|facility)\\b[^.;]{0,40}\\b(?:from time to time|in (?:the )?future|hereafter|later)\\b|\\bof whatever nature\\b|\\bhowever arising\\b|\\b(?:secur\\w*|extends? to|covers?)\\b[^.;]{0,40}\\b(?:owe[sd]?|owing|due|payable|liabilit\\w*|obligations?)\\b[^.;]{0,30}\\bunder any other (?:agreement|facility|loan|arrangement)";

export const SECURITY_RULES: WordingRule<SecurityFlagId>[] = [
  {
    id: 'all-monies-security',
    title: 'Security or guarantee beyond this loan',
    explanation: 'The collateral or guarantee covers more than this loan: every present and future debt to the lender, further loans, no maximum amount, or all the borrower\'s present and future assets, household goods or wages. Security for future debts needs a maximum amount (民法典 第420条, 第690条); security in household goods and wage assignments are unfair practices in consumer credit (16 CFR 444.2).',
    patterns: [
      [re(ZH_SECURITY), re(ZH_BEYOND_LOAN)],
      // All assets as collateral, not the liability every debtor has with all it owns (保证人以其全部财产承担保证责任).
      [re(ZH_SECURITY), re('(?:现有|现在|目前|已有)的?(?:和|及|或|以及|与)(?:将来|未来|今后)(?:取得|获得|拥有|购置)?的?(?:全部|一切|所有)?(?:财产|资产|动产|不动产|收入)|(?:全部|一切|所有)的?(?:财产|资产|动产|家庭财产|家庭用品|家具家电|工资收入)[^。；]{0,24}(?:设定|提供|作为|办理)[^。；]{0,4}(?:抵押|质押|担保)')],
      [re(ZH_SECURITY), re('不限(?:金额|额度)|(?:金额|额度)不(?:设|受)(?:上限|限制)|无(?:最高额|金额上限)')],
      [re(EN_SECURITY), re(EN_BEYOND_LOAN)],
      [re(EN_SECURITY), re("\\ball (?:of )?(?:its|his|her|their|the borrower's) (?:present and future |present or future |existing and future )?(?:assets|property|undertaking|possessions|belongings)\\b|\\bhousehold (?:goods|effects|furniture|items)\\b|\\b(?:wages?|salary|earnings)\\b[^.;]{0,12}\\breceivable\\b|\\bassign\\w*\\b[^.;]{0,30}\\b(?:wages?|salary|earnings)\\b")],
    ],
    // The security for this loan alone, however worded, is the ordinary case.
    unless: [re('仅(?:为|限于|担保)本合同|\\bonly (?:for|the) (?:the )?(?:loan|obligations) under this agreement\\b')],
  },
  {
    id: 'lender-sells-collateral-alone',
    title: 'Collateral sold by the lender alone',
    explanation: 'The lender may sell the collateral by itself: without the mortgagor\'s agreement or a court, by private sale at a price it sets, without notice, or keeping the surplus. The parties agree on 折价, 拍卖 or 变卖 at market value, failing which a court sells, and any surplus belongs to the mortgagor (民法典 第410条, 第413条).',
    patterns: [
      [re(`${COLLATERAL}|抵押|质押|出质`), re(`${L}[^。；]{0,20}(?:自行|单方|直接|径行)(?:委托[^。；]{0,10})?(?:拍卖|变卖|出售|处分|处置|转让)|${L}[^。；]{0,10}(?:委托|通过)其?(?:自行)?(?:选定|指定|选择)的[^。；]{0,10}(?:拍卖|处置|中介|机构)`), re(`(?:无需|无须|不需|不必|毋须|不经|未经)[^。；]{0,6}(?:诉讼|法院|司法|协商|同意|协议|评估|通知|拍卖|程序)|(?:价格|价款)[^。；]{0,6}由${L}|以${L}?其?(?:自行)?(?:评估|确定|认定|决定)的价格`)],
      // The surplus itself kept: 剩余部分归贷款人所有 (a price agreed with the mortgagor, 折价归贷款人所有, is lawful).
      [re(`(?:剩余|超出|多余|超过[^。；，,]{0,8}的)的?(?:价款|部分|款项)[^。；，,]{0,6}(?:归${L}[^。；]{0,4}所有|(?:不予|不|无需|无须)(?:返还|退还))`)],
      [re('\\b(?:sell|sale|dispose|realis|realiz)\\w*\\b'), re('\\b(?:collateral|security|mortgaged|charged|pledged|property|vehicle|car|home|house|goods)\\b'), re("\\bprivate (?:treaty|sale|contract)\\b|\\bat (?:such|any|whatever) price\\b|\\bwithout (?:a |any )?(?:going to |applying to |an order of )?(?:the )?(?:court|valuation|auction|the borrower's consent|the mortgagor's consent)\\b|\\b(?:need not|not (?:be )?(?:obliged|required|bound) to|(?:has |have )?no (?:duty|obligation) to) (?:obtain|seek|get|achieve) (?:the )?(?:best|market|full|a fair) (?:price|value)\\b|\\bat (?:a|any|the) price (?:the lender|it) (?:chooses?|sets?|fix(?:es)?|decides?|thinks? fit)\\b|\\bin any (?:way|manner) (?:the lender|it) (?:likes?|chooses?|wish(?:es)?|thinks? fit)\\b")],
      [re('\\bsurplus\\b'), re('\\b(?:no|not|never)\\b[^.;]{0,30}\\b(?:account|pay|return|refund|remit)\\w*\\b|\\bretain\\w* (?:any|the) surplus\\b|\\b(?:retained|kept) by the lender\\b')],
    ],
    unless: [re(`${B}[^。；]{0,6}(?:不得|不能|无权)|依法[^。；]{0,6}(?:申请|请求)[^。；]{0,6}(?:法院|拍卖)|\\b(?:borrower|mortgagor) (?:shall|may|must) not\\b|\\bapply(?:ing)? to the court\\b`)],
  },
];
