/**
 * Red flags on protections the borrower loses: what it lives on, a hearing, and its term:
 * - The salary account handed to the lender: moved to the lender, frozen or debited at will, and
 *   the borrower barred from changing it or revoking the authority. Wages are what the borrower
 *   lives on; set-off needs a debt that has fallen due (民法典 第568条), and a payment authority
 *   the borrower cannot cancel is one it cannot stop (UK CONC 7.6).
 * - Arbitration on the papers only, without a hearing: the borrower is never heard in person, far
 *   from where it lives or not (仲裁法 第39条: arbitration is heard in session unless the parties
 *   agree otherwise; a pre-printed agreement to drop the hearing is the lender's, not the parties').
 * - The loan called in, automatically or without notice, by any debt of any amount to anyone: a term
 *   loan the lender may end on any slip elsewhere is no term loan (民法典 第497条 on standard terms
 *   that exclude the other party's main rights). The ordinary cross-default is limited to the
 *   borrower's debts with this lender, or to material amounts, and comes with notice.
 */
import { L, re, type WordingRule } from './wording.js';

export const PROTECTION_FLAG_IDS = ['salary-account-control', 'arbitration-without-hearing', 'cross-default-any-creditor'] as const;
export type ProtectionFlagId = (typeof PROTECTION_FLAG_IDS)[number];

const WAGES_ZH = '工资|薪酬|薪金|薪资|代发';
const WAGES_EN = "\\b(?:salary|salaries|wages?|payroll|pay ?cheques?|earnings)\\b";

export const PROTECTION_RULES: WordingRule<ProtectionFlagId>[] = [
  {
    id: 'salary-account-control',
    title: 'Salary account under the lender\'s control',
    explanation: 'The borrower\'s salary is paid into an account the lender controls: it may freeze or debit it at will, and the borrower may not move its salary or revoke the authority until the loan is repaid. Wages are what the borrower lives on; set-off needs a debt that has fallen due (民法典 第568条), and a payment authority must be cancellable.',
    patterns: [
      // Frozen, supervised or debited at will: not only the instalment due.
      [re(WAGES_ZH), re(`${L}[^。；]{0,20}(?:冻结|监管|控制|管控|随时扣划|随时扣收|任意扣划|随时划扣)`)],
      // Locked in: the borrower may not move its wages or revoke the authority.
      [re(WAGES_ZH), re('(?:不得|不能|无权)[^。；]{0,10}(?:撤销|撤回|取消|变更|更换|转移)[^。；]{0,10}(?:授权|工资|账户|代发)|不可撤销地?[^。；]{0,10}授权')],
      [re(WAGES_EN), re("\\b(?:control\\w*|freez\\w*|froze\\w*|block\\w*|supervis\\w*|monitor\\w*)\\b[^.;]{0,60}\\b(?:account|salary|wages?)\\b|\\baccount\\b[^.;]{0,40}\\b(?:control\\w*|freez\\w*|froze\\w*|block\\w*)\\b|\\b(?:debit|deduct)\\w*\\b[^.;]{0,40}\\b(?:at any time|at will|whenever|for any amount)\\b|\\birrevocabl\\w*\\b|\\b(?:shall|may|must) not (?:change|move|transfer|close|redirect)\\b[^.;]{0,20}\\b(?:salary|wages?|account)")],
    ],
    unless: [re('(?:不得|无权)[^。；]{0,6}(?:冻结|监管)|\\blender (?:shall|may|will) not (?:freeze|block|control)\\b')],
  },
  {
    id: 'arbitration-without-hearing',
    title: 'Arbitration on the papers, without a hearing',
    explanation: 'Disputes go to arbitration decided on the documents alone, without an oral hearing: the borrower is never heard in person, often before an institution far from where it lives. Arbitration is heard in session unless the parties agree otherwise (仲裁法 第39条); a pre-printed waiver of the hearing is the lender\'s choice, not the parties\'.',
    patterns: [
      [re('仲裁'), re('书面审理|不开庭|无需开庭|无须开庭|不经开庭|书面方式[^。；]{0,4}(?:审理|裁决)')],
      [re('\\barbitra\\w*'), re("\\b(?:documents|papers|written submissions) (?:only|alone)\\b|\\bon the (?:papers|documents)\\b|\\bdocuments-only\\b|\\bwithout (?:an? |any )?(?:oral )?hearings?\\b|\\bno (?:oral )?hearings?\\b|\\bwithout the parties'? (?:attendance|appearance)")],
    ],
    // Both parties may still ask for a hearing: the papers are an option, not the rule.
    unless: [re('(?:任何一方|一方|双方|当事人)[^。；]{0,8}(?:申请|要求)[^。；]{0,6}开庭|\\b(?:either|any) party (?:may|can) (?:request|ask for|require) (?:an? )?(?:oral )?hearing')],
  },
  {
    id: 'cross-default-any-creditor',
    title: 'Loan called in by any debt to anyone',
    explanation: 'Any default on any debt to any creditor, of whatever amount, makes this loan due at once, automatically or without notice: the borrower may lose its term over a small slip elsewhere. The ordinary cross-default is limited to debts with this lender or to material amounts, and comes with notice and time to cure.',
    patterns: [
      [re(`(?:任何|其他|任一)(?:债权人|金融机构|第三方|机构|个人)`), re('无论金额|不论金额|不论数额|无论数额|金额大小|任何(?:一笔)?债务'), re(`(?:视为|即|立即|自动)[^。；]{0,8}(?:到期|提前到期)|无需(?:通知|催告)|无须(?:通知|催告)|不经(?:通知|催告)`)],
      [re('\\b(?:to|with|owed to|from) any (?:other )?(?:person|creditor|lender|third party|financial institution|bank)\\b'), re('\\b(?:regardless of|irrespective of|whatever) (?:the |its )?(?:amount|size|sum)\\b|\\bof any amount\\b|\\bhowever small\\b|\\bany (?:financial )?(?:obligation|indebtedness|debt)\\b'), re('\\bautomatic\\w*|\\bwithout (?:any )?(?:notice|demand)|\\bimmediately (?:due|payable)\\b')],
    ],
    // A threshold or a cure period makes it the ordinary cross-default.
    unless: [re('超过(?:人民币)?\\s*\\d|宽限期|\\bin excess of\\b|\\bexceeding\\b|\\bgrace period\\b|\\bremed(?:y|ied)\\b|\\bcure\\b')],
  },
];
