/**
 * Third blind set of issue #5 (blind3): clause wordings composed by an independent tester who had
 * not read the rules, the reference library or the earlier sets' wordings. Chinese in formal PRC
 * bank-contract style; English in LMA style, US promissory-note style and plain English.
 * Standard clauses include legitimate near-misses (modest prepayment fee, default interest at
 * +30 % to +50 %, cross-default limited to the borrower's own debts, no-set-off payment clause,
 * usury savings clause, waiver of presentment, lender's-domicile court).
 */
import type { Phrasing, UnusualPhrasing } from './phrasing-types.js';

export const BLIND3_STANDARD_ZH: readonly Phrasing[] = [
  { topic: 'amount', title: '借款金额', text: '甲方同意向乙方发放借款，借款金额以本合同第一部分主要条款载明的金额为准。实际发放金额少于约定金额的，以借款借据记载的金额为准，借款借据为本合同的组成部分，与本合同具有同等法律效力。' },
  { topic: 'purpose', title: '借款用途', text: '本合同项下借款仅限用于乙方自用住房的装修，乙方不得将借款挪作他用，不得用于购买股票、基金、期货等金融产品，亦不得用于支付购房首付款或流入房地产市场。' },
  { topic: 'term', title: '借款期限', text: '借款期限自首笔借款实际发放之日起算，以借款借据记载的起止日期为准。借款借据记载的日期与本合同约定不一致的，以借款借据为准。' },
  { topic: 'rate', title: '借款利率', text: '本合同项下借款执行浮动利率，以借款发放日前一个工作日全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）为定价基准，加四十五个基点（1个基点为0.01%）确定，在借款期限内加点数值保持不变。' },
  { topic: 'rate', title: '利率调整', text: '借款期限内，重定价周期为一年，重定价日为借款发放日在每年的对应日。重定价日当日，贷款人以前一个工作日公布的一年期LPR加上本合同约定的加点数值，确定下一重定价周期的执行利率。' },
  { topic: 'repayment', title: '还款方式', text: '乙方按等额本息方式还款，即在借款期限内每月以相等的金额偿还借款本息，每月还款日为借款发放日在当月的对应日，当月没有对应日的，以该月最后一日为还款日。利率调整后，贷款人按剩余本金和剩余期限重新计算月还款额。' },
  { topic: 'repayment', title: '等额本金还款', text: '经双方协商一致，乙方亦可选择等额本金方式还款，即每月等额偿还借款本金，借款利息随本金逐月递减，按剩余本金和实际占用天数计算。还款方式变更的，应由双方另行签订书面补充协议。' },
  { topic: 'drawdown', title: '提款条件', text: '除非甲方书面放弃，乙方提款须同时满足下列条件：（1）本合同及担保合同已生效，抵押登记手续已办妥；（2）乙方已按甲方要求提供借款用途证明材料；（3）乙方未发生本合同约定的任何违约事件；（4）法律法规及监管规定要求的其他条件已满足。' },
  { topic: 'disbursement', title: '借款的发放与支付', text: '本合同项下借款采用贷款人受托支付方式，甲方根据乙方的提款申请和支付委托，将借款资金直接支付给符合合同约定用途的乙方交易对象。单笔支付金额不超过人民币叁拾万元且符合监管规定的，经甲方审核同意可以采用借款人自主支付方式。' },
  { topic: 'account', title: '还款账户与扣款授权', text: '乙方在甲方开立的还款账户用于归还本合同项下借款本息。乙方应于每期还款日前在该账户内存足当期应还款项，并授权甲方于还款日从该账户中直接扣收。账户余额不足的，乙方应及时补足。' },
  { topic: 'prepayment', title: '提前还款', text: '乙方提前还款的，应提前十五个工作日向甲方提出书面申请，经甲方同意后可提前归还部分或全部借款本金，提前还款时应同时结清已到期的利息。借款发放未满一年提前还款的，乙方应按提前还款本金的百分之一向甲方支付提前还款补偿金；借款发放满一年的，不收取补偿金。' },
  { topic: 'default-interest', title: '逾期罚息', text: '乙方未按约定期限归还借款本金的，甲方对逾期部分自逾期之日起按本合同约定的借款执行利率上浮百分之五十计收罚息，直至本息清偿为止。对应付未付的利息，按罚息利率计收复利。' },
  { topic: 'default-interest', title: '挪用罚息', text: '乙方未按本合同约定用途使用借款的，对挪用部分，甲方自挪用之日起按借款执行利率加收百分之五十计收罚息，并有权停止发放尚未发放的借款。' },
  { topic: 'representations', title: '借款人的陈述与保证', text: '乙方保证具有完全民事行为能力，签署和履行本合同系其真实意思表示；乙方向甲方提供的身份、收入、资产、婚姻状况等资料均真实、准确、完整；乙方不存在未向甲方披露的诉讼、仲裁或其他可能影响其还款能力的重大事项。' },
  { topic: 'covenants', title: '借款人的承诺', text: '乙方承诺：按本合同约定用途使用借款，并配合甲方对借款使用情况进行检查；工作单位、通讯地址、联系电话等发生变更的，于变更后十日内书面通知甲方；发生可能影响还款能力的重大不利事项的，及时告知甲方。' },
  { topic: 'post-loan', title: '贷后管理', text: '借款期间，甲方有权通过电话回访、实地查看、要求乙方提供交易凭证等方式了解借款资金的使用情况和乙方的还款能力，乙方应予以配合。' },
  { topic: 'default', title: '违约事件', text: '下列情形之一构成乙方违约：（1）乙方未按期足额归还借款本息；（2）乙方未按约定用途使用借款；（3）乙方提供的资料存在虚假记载或重大遗漏；（4）乙方擅自处分抵押物或抵押物价值明显减少且未按甲方要求补充担保；（5）乙方违反本合同约定的其他义务。' },
  { topic: 'cross-default', title: '交叉违约', text: '乙方在甲方或其他金融机构的其他借款或授信项下发生逾期，且逾期金额或期限足以影响其在本合同项下还款能力的，视为乙方在本合同项下违约。' },
  { topic: 'remedies', title: '违约责任', text: '乙方发生违约事件的，甲方有权视情节采取以下一项或多项措施：要求乙方限期纠正；停止发放尚未发放的借款；宣布已发放的借款全部或部分提前到期；依法行使担保权利；依法向人民法院提起诉讼。' },
  { topic: 'set-off', title: '扣收', text: '乙方到期应付款项未足额清偿的，甲方有权从乙方在甲方开立的各类账户中扣收相应款项，但法律法规禁止扣收的款项除外。甲方扣收后应及时通知乙方，扣收款项与借款币种不同的，按扣收当日甲方公布的汇率折算。' },
  { topic: 'order', title: '还款顺序', text: '乙方归还的款项不足以清偿全部到期债务的，依次用于清偿甲方实现债权的费用、罚息、复利、利息和本金，法律法规或监管规定另有规定的从其规定。' },
  { topic: 'security', title: '担保', text: '本合同项下借款以乙方名下的房产提供抵押担保，抵押担保事项由双方另行签订抵押合同予以约定。抵押期间抵押物的占有和使用仍由乙方享有，乙方应妥善保管和维护抵押物。' },
  { topic: 'insurance', title: '保险', text: '乙方应当为抵押房产投保财产损失保险，保险金额不低于本合同项下借款本金余额，保险期间不短于借款期限。乙方可自主选择具备资质的保险公司，甲方不得指定保险机构。' },
  { topic: 'fees', title: '费用承担', text: '抵押登记费用按国家规定由相应方承担。甲方不向乙方收取贷款承诺费、资金管理费等费用。因乙方违约导致甲方实现债权所支出的诉讼费、保全费、律师费等合理费用，由乙方承担。' },
  { topic: 'notice', title: '通知与送达', text: '乙方确认本合同首页载明的通讯地址、手机号码为有效送达地址。甲方按上述地址邮寄的文书，自交邮后第三日视为送达；以短信方式发送的，自发送成功之日视为送达。乙方变更送达地址的，应及时书面通知甲方。' },
  { topic: 'assignment', title: '债权转让', text: '甲方可以依法将本合同项下的债权转让给第三方，并以书面或公告形式通知乙方。未经甲方书面同意，乙方不得转让本合同项下的任何义务。' },
  { topic: 'credit-info', title: '征信授权', text: '乙方授权甲方在贷款审查、贷后管理及处理异议期间，向中国人民银行金融信用信息基础数据库查询乙方的信用报告，并依法报送乙方的借款信息及履约情况。' },
  { topic: 'privacy', title: '个人信息保护', text: '甲方将依照《中华人民共和国个人信息保护法》等规定处理乙方的个人信息，仅在实现本合同目的所必需的范围内收集和使用。乙方有权查阅、复制、更正其个人信息，甲方未经乙方单独同意不向第三方提供，法律另有规定的除外。' },
  { topic: 'confidentiality', title: '保密', text: '双方对在订立和履行本合同过程中知悉的对方商业秘密及个人信息负有保密义务，但依法向监管机构、司法机关披露或经对方同意披露的除外。' },
  { topic: 'amendment', title: '合同的变更与解除', text: '本合同生效后，任何一方不得擅自变更或解除本合同。需要变更的，应经双方协商一致并签订书面协议。' },
  { topic: 'force-majeure', title: '不可抗力', text: '因不可抗力导致一方不能履行本合同的，根据不可抗力的影响部分或全部免除责任，但应及时通知对方并在合理期限内提供证明。迟延履行后发生不可抗力的，不免除其责任。' },
  { topic: 'law', title: '法律适用', text: '本合同的订立、效力、解释、履行及争议解决均适用中华人民共和国法律（为本合同之目的，不包括香港特别行政区、澳门特别行政区和台湾地区法律）。' },
  { topic: 'dispute', title: '争议解决', text: '本合同履行中发生争议的，双方可协商解决；协商不成的，任何一方均可向甲方住所地有管辖权的人民法院提起诉讼。诉讼期间，本合同不涉及争议的部分仍应继续履行。' },
  { topic: 'dispute', title: '争议的解决方式', text: '因本合同引起的或与本合同有关的争议，由双方协商解决；协商不成的，提交杭州仲裁委员会按照申请仲裁时该会现行有效的仲裁规则进行仲裁。仲裁裁决是终局的，对双方均有约束力。' },
  { topic: 'dispute', title: '管辖', text: '双方因履行本合同发生纠纷，协商不成的，依法向借款人住所地人民法院起诉。' },
  { topic: 'effect', title: '合同生效', text: '本合同自甲方法定代表人或授权代表签字（或盖章）并加盖公章、乙方签字之日起生效，至本合同项下借款本息及其他应付款项全部清偿之日终止。' },
  { topic: 'copies', title: '合同文本', text: '本合同一式三份，甲方执两份，乙方执一份，每份具有同等法律效力。' },
  { topic: 'notice-of-terms', title: '提示条款', text: '甲方已提请乙方特别注意本合同中有关双方权利义务、违约责任及争议解决的全部条款，并应乙方要求作了相应说明。乙方已仔细阅读并完全理解本合同各条款的含义，自愿签署本合同。' },
  { topic: 'grace', title: '还款宽限期', text: '乙方在约定的还款日后三个自然日内（含第三日）足额归还当期应还款项的，视为按期还款，不计收罚息，亦不作为逾期记录报送信用信息基础数据库。' },
];

export const BLIND3_STANDARD_EN: readonly Phrasing[] = [
  { topic: 'amount', title: 'The Facility', text: 'Subject to the terms of this Agreement, the Lender makes available to the Borrower a term loan facility in an aggregate amount equal to the Principal stated in the Key Terms. The Facility may be utilised in a single Loan only.' },
  { topic: 'purpose', title: 'Purpose', text: 'The Borrower shall apply all amounts borrowed by it under the Facility towards the purchase of a passenger vehicle for personal use, as described in the Utilisation Request. The Lender is not bound to monitor or verify the application of any amount borrowed, but the Borrower shall not use any such amount for investment in securities or real property.' },
  { topic: 'drawdown', title: 'Conditions of Utilisation', text: 'The Borrower may not deliver a Utilisation Request unless the Lender has received all of the documents and other evidence listed in Schedule 1 in form and substance satisfactory to it. The Lender shall notify the Borrower promptly upon being so satisfied.' },
  { topic: 'drawdown', title: 'Utilisation', text: 'The Borrower may utilise the Facility by delivering to the Lender a duly completed Utilisation Request not later than 11:00 a.m. three Business Days before the proposed Utilisation Date. Each Utilisation Request is irrevocable once delivered.' },
  { topic: 'term', title: 'Term', text: 'The Loan shall be repaid in full on the Final Repayment Date, being the date falling thirty-six months after the Utilisation Date. If that date is not a Business Day, it shall be the next Business Day in the same calendar month, or the preceding Business Day if there is none.' },
  { topic: 'rate', title: 'Calculation of Interest', text: 'The rate of interest on the Loan for each Interest Period is the percentage rate per annum which is the aggregate of the applicable Margin of 0.55 per cent. per annum and the one-year Loan Prime Rate published by the National Interbank Funding Center on the Business Day preceding the first day of that Interest Period.' },
  { topic: 'rate', title: 'Interest Periods', text: 'Each Interest Period shall be one month, save that the first Interest Period shall start on the Utilisation Date. Interest accrues from day to day and is calculated on the basis of the actual number of days elapsed and a year of 360 days.' },
  { topic: 'repayment', title: 'Repayment', text: 'The Borrower shall repay the Loan in thirty-six consecutive monthly instalments of principal and interest in equal amounts, the first falling due one month after the Utilisation Date. Following any change in the rate of interest, the Lender shall recalculate the amount of each remaining instalment and notify the Borrower accordingly.' },
  { topic: 'repayment', title: 'Amortisation', text: 'Where the Key Terms so provide, the Borrower shall instead repay the principal of the Loan in equal monthly amounts, together with interest accrued on the outstanding principal, so that the amount of each payment declines over the term.' },
  { topic: 'prepayment', title: 'Voluntary Prepayment', text: 'The Borrower may, if it gives the Lender not less than ten Business Days prior notice, prepay the whole or any part of the Loan. A prepayment made before the first anniversary of the Utilisation Date shall be subject to a prepayment fee of one per cent. of the amount prepaid; no fee is payable for any later prepayment.' },
  { topic: 'default-interest', title: 'Default Interest', text: 'If the Borrower fails to pay any amount payable by it under this Agreement on its due date, interest shall accrue on the overdue amount from the due date up to the date of actual payment at a rate which is thirty per cent. higher than the rate which would otherwise have applied to that amount.' },
  { topic: 'payments', title: 'Payments', text: 'All payments to be made by the Borrower under this Agreement shall be made in Renminbi in immediately available funds to the account specified by the Lender. All payments shall be calculated and made without (and free and clear of any deduction for) set-off or counterclaim.' },
  { topic: 'order', title: 'Partial Payments', text: 'If the Lender receives a payment that is insufficient to discharge all the amounts then due, the Lender shall apply that payment first in or towards payment of any unpaid costs and expenses, secondly in or towards payment of accrued interest and default interest, and thirdly in or towards payment of principal.' },
  { topic: 'representations', title: 'Representations', text: 'The Borrower represents to the Lender on the date of this Agreement that it has full legal capacity to enter into this Agreement, that the obligations expressed to be assumed by it are legal, valid and binding, and that all information supplied by it in connection with its application was true, complete and accurate in all material respects as at the date it was given.' },
  { topic: 'covenants', title: 'Information Undertakings', text: 'The Borrower shall supply to the Lender promptly upon request such information regarding its financial condition and employment as the Lender may reasonably request, and shall notify the Lender within ten days of any change in its residential address, employer or contact details.' },
  { topic: 'covenants', title: 'General Undertakings', text: 'The Borrower shall not, without the prior written consent of the Lender, sell, lease or otherwise dispose of the Vehicle or create any Security over it, other than the Security created under the Security Document.' },
  { topic: 'default', title: 'Events of Default', text: 'Each of the following is an Event of Default: the Borrower does not pay on the due date any amount payable under this Agreement, unless payment is made within three Business Days of its due date; any representation made by the Borrower proves to have been incorrect in any material respect when made; the Borrower becomes bankrupt or is unable to pay its debts as they fall due.' },
  { topic: 'cross-default', title: 'Cross Default', text: 'It is an Event of Default if any Financial Indebtedness of the Borrower is not paid when due (after the expiry of any originally applicable grace period) or is declared due and payable before its specified maturity as a result of an event of default, provided that the aggregate amount of such Financial Indebtedness exceeds RMB 50,000.' },
  { topic: 'acceleration', title: 'Acceleration', text: 'On and at any time after the occurrence of an Event of Default which is continuing, the Lender may by notice to the Borrower cancel the Facility and declare that all or part of the Loan, together with accrued interest, be immediately due and payable.' },
  { topic: 'set-off', title: 'Set-off', text: 'The Lender may set off any matured obligation due from the Borrower under this Agreement against any matured obligation owed by the Lender to the Borrower, regardless of the place of payment or currency of either obligation. The Lender shall notify the Borrower promptly after exercising that right.' },
  { topic: 'security', title: 'Security', text: 'The obligations of the Borrower under this Agreement shall be secured by a first-ranking mortgage over the Vehicle created under the Security Document, which the Borrower shall register with the competent vehicle administration authority within thirty days of the Utilisation Date.' },
  { topic: 'insurance', title: 'Insurance', text: 'The Borrower shall keep the Vehicle insured with a reputable insurer of its choice against loss, theft and damage for its full replacement value, and shall procure that the Lender is named as loss payee under each such policy for so long as any amount is outstanding.' },
  { topic: 'fees', title: 'Arrangement Fee', text: 'No arrangement, commitment or account management fee is payable in respect of the Facility. Any fee charged by a third party for the registration of the Security shall be borne by the party designated by applicable regulations.' },
  { topic: 'costs', title: 'Enforcement Costs', text: 'The Borrower shall, within ten Business Days of demand, reimburse the Lender for the amount of all reasonable costs and expenses (including legal fees) properly incurred by it in connection with the enforcement of, or the preservation of any rights under, this Agreement.' },
  { topic: 'notice', title: 'Notices', text: 'Any communication to be made under or in connection with this Agreement shall be made in writing and may be delivered by hand, by courier or by registered post to the address set out on the first page of this Agreement. A communication shall be effective when delivered by hand, or three Business Days after posting.' },
  { topic: 'assignment', title: 'Changes to the Parties', text: 'The Lender may assign any of its rights under this Agreement to another bank or financial institution, provided that it gives notice of the assignment to the Borrower. The Borrower may not assign or transfer any of its rights or obligations under this Agreement.' },
  { topic: 'confidentiality', title: 'Confidentiality', text: 'Each party shall keep confidential the terms of this Agreement and all information received from the other party in connection with it, except for disclosure required by law, by any regulator or court, or to its professional advisers who are bound by a duty of confidentiality.' },
  { topic: 'privacy', title: 'Personal Information', text: 'The Borrower consents to the Lender collecting, storing and using the personal information supplied in connection with this Agreement for the purposes of assessing the application, administering the Facility and complying with its legal obligations, including reporting to the credit reference system of the People\'s Bank of China. The Lender shall not disclose such information to any third party for marketing purposes.' },
  { topic: 'amendment', title: 'Amendments and Waivers', text: 'Any term of this Agreement may be amended or waived only with the written consent of both the Borrower and the Lender.' },
  { topic: 'remedies', title: 'Remedies and Waivers', text: 'No failure to exercise, nor any delay in exercising, on the part of the Lender, any right or remedy under this Agreement shall operate as a waiver of any such right or remedy. The rights and remedies provided in this Agreement are cumulative and not exclusive of any rights or remedies provided by law.' },
  { topic: 'severability', title: 'Partial Invalidity', text: 'If, at any time, any provision of this Agreement is or becomes illegal, invalid or unenforceable in any respect under any law of any jurisdiction, neither the legality, validity or enforceability of the remaining provisions nor the legality, validity or enforceability of such provision under the law of any other jurisdiction will in any way be affected or impaired.' },
  { topic: 'counterparts', title: 'Counterparts', text: 'This Agreement may be executed in any number of counterparts, and this has the same effect as if the signatures on the counterparts were on a single copy of this Agreement.' },
  { topic: 'law', title: 'Governing Law', text: 'This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of the People\'s Republic of China.' },
  { topic: 'dispute', title: 'Jurisdiction', text: 'Any dispute arising out of or in connection with this Agreement, including a dispute regarding its existence, validity or termination, shall be submitted to the people\'s court having jurisdiction at the place where the Lender is domiciled.' },
  { topic: 'dispute', title: 'Arbitration', text: 'Any dispute arising from or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Shanghai in accordance with its arbitration rules in effect at the time of applying for arbitration. The arbitral award is final and binding upon both parties.' },
  { topic: 'effect', title: 'Effectiveness', text: 'This Agreement shall take effect on the date on which it has been signed by the Borrower and signed and sealed by the authorised signatory of the Lender, and shall remain in force until all amounts payable under it have been paid in full.' },
  { topic: 'us-note', title: 'Promise to Pay', text: 'For value received, the Borrower promises to pay to the order of the Lender the principal sum stated in the Key Terms, plus interest, in lawful money of the People\'s Republic of China. The Borrower understands that the Lender may transfer this Note.' },
  { topic: 'us-note', title: 'Borrower\'s Right to Prepay', text: 'The Borrower may make a full prepayment or partial prepayments at any time after the first anniversary of this Note without paying any prepayment charge. The Note Holder will use all of the Borrower\'s prepayments to reduce the amount of principal that the Borrower owes under this Note.' },
  { topic: 'us-note', title: 'Late Charge for Overdue Payments', text: 'If the Note Holder has not received the full amount of any monthly payment by the end of fifteen calendar days after the date it is due, the Borrower will pay a late charge to the Note Holder. The amount of the charge will be two per cent. of the overdue payment of principal and interest, and will be charged only once on each late payment.' },
  { topic: 'us-note', title: 'Waivers', text: 'The Borrower and any other person who has obligations under this Note waive the rights of presentment and notice of dishonor. Presentment means the right to require the Note Holder to demand payment of amounts due, and notice of dishonor means the right to require the Note Holder to give notice to other persons that amounts due have not been paid.' },
  { topic: 'us-note', title: 'Loan Charges', text: 'If a law which applies to this loan and which sets maximum loan charges is finally interpreted so that the interest or other loan charges collected in connection with this loan exceed the permitted limits, then any such loan charge shall be reduced by the amount necessary to reduce the charge to the permitted limit, and any sums already collected which exceeded permitted limits will be refunded to the Borrower.' },
  { topic: 'us-note', title: 'Obligations of Persons Under This Note', text: 'If more than one person signs this Note, each person is fully and personally obligated to keep all of the promises made in this Note. The Note Holder may enforce its rights under this Note against each person individually or against all of them together.' },
];

export const BLIND3_STANDARD_PLAIN: readonly Phrasing[] = [
  { topic: 'amount', title: 'How much you are borrowing', text: 'We will lend you the amount shown in the Key Terms. We will pay it into the account you have named once you have signed this agreement and met the conditions below.' },
  { topic: 'purpose', title: 'What the loan is for', text: 'You must use the loan only to pay for the home renovation work you told us about in your application. You must not use it to buy shares, to invest in property or to repay other loans.' },
  { topic: 'rate', title: 'Interest', text: 'Interest is charged on the balance you owe each day. Your rate is the one-year Loan Prime Rate plus 0.6 percentage points, and it is reset once a year on the anniversary of the day we paid out the loan.' },
  { topic: 'rate', title: 'When your rate changes', text: 'The only reason your rate can change is the yearly reset described above. We will write to you at least fifteen days before a new rate applies and tell you your new monthly payment.' },
  { topic: 'repayment', title: 'Your monthly payments', text: 'You will repay the loan in equal monthly payments that cover both interest and part of the amount you borrowed. Each payment is taken from your account on the same day each month.' },
  { topic: 'prepayment', title: 'Paying off early', text: 'You can pay off all or part of your loan early at any time. Just give us five working days notice. There is no charge for paying early.' },
  { topic: 'default-interest', title: 'If you pay late', text: 'If a payment is late, we will charge extra interest on the overdue amount only, at your normal rate plus half of that rate, until you catch up. We will also send you a reminder.' },
  { topic: 'default', title: 'If you break this agreement', text: 'If you miss three payments in a row, or if you gave us false information when you applied, we can ask you to repay the whole loan straight away. We will write to you first and give you at least fourteen days to put things right.' },
  { topic: 'security', title: 'Your car as security', text: 'The car you buy with this loan is security for the loan. You must not sell it or give it away until the loan is paid off unless we agree in writing.' },
  { topic: 'notice', title: 'How we will contact you', text: 'We will send letters to the address you gave us and texts to your mobile number. Please tell us within ten days if either of them changes.' },
  { topic: 'privacy', title: 'Your personal information', text: 'We use your personal information only to manage this loan and to meet our legal duties, including reporting to the national credit database. We will not sell it or share it with anyone for marketing without your separate consent.' },
  { topic: 'assignment', title: 'Transferring the loan', text: 'We may transfer this loan to another bank. If we do, we will tell you in writing, and your rights under this agreement will stay the same. You may not transfer the loan to anyone else.' },
  { topic: 'complaints', title: 'Complaints', text: 'If you are unhappy with our service, contact any of our branches or call our customer service line. We will reply within fifteen working days.' },
  { topic: 'law', title: 'Which law applies', text: 'This agreement is governed by the laws of the People\'s Republic of China. If we cannot settle a disagreement between us, either of us may take it to the court where you live.' },
  { topic: 'amendment', title: 'Changes to this agreement', text: 'Nothing in this agreement can be changed unless both you and we agree to the change in writing.' },
];

export const BLIND3_UNUSUAL_ZH: readonly UnusualPhrasing[] = [
  // rate-above-cap
  { expect: 'rate-above-cap', title: '借款利率', text: '本合同项下借款年利率为百分之二十八（28%），按日计息，按月结息，借款期限内不随市场利率变动而调整。' },
  { expect: 'rate-above-cap', title: '利息', text: '借款月利率为千分之二十五，每月二十日结息，借款人应于结息日当日付息。' },
  { expect: 'rate-above-cap', title: '利率的确定', text: '双方约定，本合同借款利率按照合同签订日全国银行间同业拆借中心公布的一年期贷款市场报价利率的五倍确定，在借款期限内保持不变。' },
  { expect: 'rate-above-cap', title: '账户管理费', text: '除按本合同约定支付利息外，借款人每月还应按借款本金的百分之二向贷款人指定的服务机构支付账户管理费及咨询服务费，该等费用与利息一并扣收。' },
  // default-interest-above-limit
  { expect: 'default-interest-above-limit', title: '逾期罚息', text: '借款人未按期归还借款本息的，自逾期之日起按逾期金额每日万分之十五计收罚息，直至全部清偿之日止。' },
  { expect: 'default-interest-above-limit', title: '罚息利率', text: '借款逾期后，逾期部分的罚息利率为本合同约定借款利率的三倍，对未按时支付的利息按罚息利率计收复利。' },
  { expect: 'default-interest-above-limit', title: '逾期违约金', text: '乙方每逾期一日，应按当期逾期款项的百分之一向甲方支付违约金，违约金与利息、罚息同时计收。' },
  { expect: 'default-interest-above-limit', title: '违约利息', text: '发生逾期的，贷款人有权在借款执行利率基础上加收百分之二百计收罚息，且罚息不因借款人部分还款而停止计收。' },
  // prepayment-penalty-above-limit
  { expect: 'prepayment-penalty-above-limit', title: '提前还款', text: '借款人提前归还借款的，应按提前归还本金金额的百分之八向贷款人支付提前还款违约金。' },
  { expect: 'prepayment-penalty-above-limit', title: '提前结清', text: '借款人要求提前结清全部借款的，除归还剩余本金外，还须一次性支付自提前结清之日起至原定到期日止按合同利率计算的全部剩余利息。' },
  { expect: 'prepayment-penalty-above-limit', title: '提前偿还', text: '乙方在借款期限内提前偿还贷款，不论提前还款的时间和金额，均应向甲方支付相当于所还本金十二个月利息的补偿金，且补偿金不低于人民币贰万元整。' },
  // automatic-renewal
  { expect: 'automatic-renewal', title: '借款展期', text: '借款期限届满前三十日内借款人未以书面形式提出异议的，本合同项下借款自动展期十二个月，展期期间的利率由贷款人确定。' },
  { expect: 'automatic-renewal', title: '合同续期', text: '本合同到期后自动续期，续期次数不限，每次续期的期限与原借款期限相同，续期期间本合同各项条款继续有效。' },
  { expect: 'automatic-renewal', title: '到期处理', text: '借款到期借款人未能清偿的，视为借款人已申请展期，贷款人可据此将借款期限顺延，无需另行签订展期协议，亦无需取得借款人的书面同意。' },
  // unilateral-change
  { expect: 'unilateral-change', title: '合同条款的调整', text: '贷款人有权根据经营需要随时调整本合同项下的借款利率、还款方式及各项收费标准，调整自贷款人公告之日起生效，无需征得借款人同意。' },
  { expect: 'unilateral-change', title: '合同修改', text: '甲方保留单方修改本合同任何条款的权利，修改后的条款于甲方官方网站发布之日即对乙方具有约束力；乙方继续履行本合同的，视为接受修改后的条款。' },
  { expect: 'unilateral-change', title: '借款期限与额度的调整', text: '在本合同履行期间，贷款人可视情况自行决定缩短借款期限或减少尚未发放的借款金额，借款人对此不持任何异议。' },
  // lender-choice-of-forum
  { expect: 'lender-choice-of-forum', title: '管辖法院', text: '因本合同引起的任何争议，由贷款人选择的任一人民法院管辖，借款人放弃提出管辖权异议的权利。' },
  { expect: 'lender-choice-of-forum', title: '诉讼管辖', text: '双方同意，甲方可以在其任一分支机构所在地、合同签订地、乙方财产所在地或甲方认为适当的其他地点的人民法院提起诉讼。' },
  { expect: 'lender-choice-of-forum', title: '争议解决', text: '发生争议时，贷款人有权选择向中国境内任何有管辖权的法院起诉或向其指定的仲裁机构申请仲裁；借款人提起诉讼的，只能向贷款人住所地人民法院起诉。' },
  // waiver-of-defences
  { expect: 'waiver-of-defences', title: '抗辩权的放弃', text: '借款人放弃因本合同或相关交易而对贷款人享有的一切抗辩权、抵销权及追索权。' },
  { expect: 'waiver-of-defences', title: '还款义务的独立性', text: '即使贷款人未按约定发放借款或存在其他违约情形，借款人仍应按期足额还款，不得以任何理由拒绝还款或提出抗辩。' },
  { expect: 'waiver-of-defences', title: '债权转让后的抗辩', text: '本合同项下债权转让给任何第三方后，借款人不得以其对原贷款人享有的任何抗辩事由对抗受让人，亦不得主张抵销。' },
  // cross-default-beyond-borrower
  { expect: 'cross-default-beyond-borrower', title: '关联违约', text: '借款人的配偶、父母、子女或其控制的任何企业在任何金融机构的债务发生逾期的，视为借款人在本合同项下违约。' },
  { expect: 'cross-default-beyond-borrower', title: '其他违约情形', text: '借款人所任职的单位出现经营困难、涉及重大诉讼或被列为失信被执行人的，贷款人有权宣布本合同项下借款立即到期。' },
  { expect: 'cross-default-beyond-borrower', title: '交叉违约', text: '与借款人存在亲属关系或关联关系的任何自然人、法人或其他组织，在贷款人或任何其他债权人处发生违约的，均构成本合同项下的违约事件。' },
  // unrestricted-purpose
  { expect: 'unrestricted-purpose', title: '借款用途', text: '借款人可将本合同项下借款用于其认为合适的任何用途，贷款人不对借款用途进行限制或审查。' },
  { expect: 'unrestricted-purpose', title: '资金用途', text: '本合同不约定借款的具体用途，乙方无需向甲方提供资金用途的证明材料，甲方亦不对资金流向进行跟踪。' },
  { expect: 'unrestricted-purpose', title: '贷款用途', text: '借款用途：个人消费及其他用途（包括但不限于证券投资、购买理财产品及其他经营活动），具体用途由借款人自行决定。' },
  // land-transfer-condition
  { expect: 'land-transfer-condition', title: '放款前提', text: '借款人应于贷款发放前将其名下房屋所有权及对应的国有土地使用权变更登记至贷款人或贷款人指定的第三人名下，待借款全部清偿后再行返还。' },
  { expect: 'land-transfer-condition', title: '发放借款的先决条件', text: '作为甲方发放借款的先决条件，乙方须与甲方指定的公司签订房屋买卖合同，并将该房屋及其占用范围内的土地使用权过户至该公司名下。' },
  { expect: 'land-transfer-condition', title: '授权委托', text: '在本合同项下借款发放之前，乙方应当签署不可撤销的授权委托书，授权甲方将乙方名下的土地使用权转让给甲方或甲方指定的受让人，并办理相应的变更登记。' },
  // confession-of-judgment
  { expect: 'confession-of-judgment', title: '诉讼授权', text: '借款人不可撤销地授权贷款人指定的律师在任何诉讼中代表借款人出庭，并承认本合同项下的全部债务，借款人同意法院据此直接作出判决。' },
  { expect: 'confession-of-judgment', title: '直接执行', text: '借款人同意，一旦发生违约，贷款人无需经过诉讼程序，即可凭本合同及贷款人单方出具的欠款证明直接向人民法院申请强制执行，借款人放弃答辩、举证及上诉的权利。' },
  { expect: 'confession-of-judgment', title: '债务确认', text: '乙方应于签署本合同时一并签署以甲方为申请人的债务确认书及调解协议，并授权甲方在乙方违约时自行填写金额和日期后提交人民法院予以确认。' },
  // unusual (no rule names them)
  { expect: 'unusual', title: '利息的预先扣除', text: '贷款人于发放借款时从借款本金中预先扣除借款期限内的全部利息，借款人仍应按本合同约定的借款金额归还本金。' },
  { expect: 'unusual', title: '抵押物的处置', text: '借款人到期未能清偿债务的，抵押房产直接归贷款人所有，借款人应配合办理过户登记，双方无需对抵押物进行折价、拍卖或变卖。' },
  { expect: 'unusual', title: '借款人个人事项', text: '借款期间，借款人如需结婚、离婚、出境或变更工作单位，应事先取得贷款人的书面同意。' },
  { expect: 'unusual', title: '催收措施', text: '借款人发生逾期的，贷款人及其委托的催收机构有权联系借款人手机通讯录中的任何联系人，并可在借款人所在社区及工作单位公开张贴欠款信息。' },
  { expect: 'unusual', title: '存款及理财要求', text: '借款人须在贷款人处购买金额不低于借款金额百分之二十的理财产品，并在借款期间内不得赎回或转让。' },
];

export const BLIND3_UNUSUAL_EN: readonly UnusualPhrasing[] = [
  // rate-above-cap
  { expect: 'rate-above-cap', title: 'Interest Rate', text: 'The Loan shall bear interest at a fixed rate of thirty-two per cent. (32%) per annum, calculated on the basis of a 360-day year, which rate shall not be adjusted by reference to the Loan Prime Rate or otherwise.' },
  { expect: 'rate-above-cap', title: 'Interest', text: 'Interest shall accrue on the unpaid principal balance of this Note at the rate of 2.75% per month, compounded monthly, from the date of this Note until paid in full.' },
  { expect: 'rate-above-cap', title: 'Note Rate', text: 'The Borrower shall pay interest at a rate per annum equal to five (5) times the one-year Loan Prime Rate published on the date of this Note, fixed for the life of the Note.' },
  // default-interest-above-limit
  { expect: 'default-interest-above-limit', title: 'Default Interest', text: 'Any amount not paid when due shall bear interest from the due date until the date of actual payment at the rate otherwise applicable plus twenty (20) percentage points per annum.' },
  { expect: 'default-interest-above-limit', title: 'Default Rate', text: 'Upon the occurrence of any Event of Default, the interest rate on this Note shall automatically increase to twice the Note Rate, and interest at such increased rate shall compound daily on all unpaid sums.' },
  // prepayment-penalty-above-limit
  { expect: 'prepayment-penalty-above-limit', title: 'Prepayment Fee', text: 'If the Borrower prepays the whole or any part of the Loan, it shall pay to the Lender on the date of prepayment a prepayment fee equal to ten per cent. (10%) of the amount prepaid, irrespective of the date on which the prepayment is made.' },
  { expect: 'prepayment-penalty-above-limit', title: 'Make-Whole Premium', text: 'Any prepayment of this Note, whether voluntary or following acceleration, shall be accompanied by a premium equal to all interest that would have accrued on the principal prepaid from the date of prepayment through the scheduled Maturity Date.' },
  // automatic-renewal
  { expect: 'automatic-renewal', title: 'Extension', text: 'Unless the Borrower has given written notice of termination not less than sixty (60) days before the Final Repayment Date, the Facility shall be automatically extended for successive periods of twelve months each, on such terms (including as to interest) as the Lender may then specify.' },
  { expect: 'automatic-renewal', title: 'Renewal', text: 'On the Maturity Date and on each anniversary thereof, this Note shall renew automatically for a further term equal to the original term, without any further act or consent of the Borrower.' },
  // unilateral-change
  { expect: 'unilateral-change', title: 'Variation', text: 'The Lender may at any time and from time to time amend, supplement or replace any term of this Agreement (including the Margin, the fees and the repayment schedule) by notice to the Borrower, and any such amendment shall take effect on the date specified in that notice.' },
  { expect: 'unilateral-change', title: 'Lender\'s Discretion', text: 'The Lender reserves the right, in its sole and absolute discretion, to vary the rate of interest, the amount of any Repayment Instalment or the Final Repayment Date without the consent of the Borrower.' },
  // lender-choice-of-forum
  { expect: 'lender-choice-of-forum', title: 'Submission to Jurisdiction', text: 'The Borrower irrevocably submits to the jurisdiction of any court which the Lender may in its sole discretion select, whether in the People\'s Republic of China or elsewhere, and waives any objection to proceedings in any such court on the grounds of venue or inconvenient forum.' },
  { expect: 'lender-choice-of-forum', title: 'Jurisdiction', text: 'The courts of the place where the Lender is domiciled have exclusive jurisdiction to settle any dispute arising out of this Agreement. This Clause is for the benefit of the Lender only; the Lender shall not be prevented from taking proceedings in any other court with jurisdiction, and may take concurrent proceedings in any number of jurisdictions.' },
  // waiver-of-defences
  { expect: 'waiver-of-defences', title: 'Obligations Absolute', text: 'The obligations of the Borrower under this Agreement are absolute and unconditional and shall not be affected by any defence, set-off, counterclaim or right of recoupment which the Borrower may have against the Lender or any other person, all of which the Borrower hereby irrevocably waives.' },
  { expect: 'waiver-of-defences', title: 'Holder Takes Free of Defenses', text: 'The Borrower agrees that any holder of this Note, including any assignee, takes it free of all claims and defenses that the Borrower could assert against the original Lender, including fraud, failure of consideration and breach of warranty.' },
  // cross-default-beyond-borrower
  { expect: 'cross-default-beyond-borrower', title: 'Cross Default', text: 'An Event of Default occurs if any Financial Indebtedness of any member of the Borrower\'s family, or of any company in which the Borrower holds any interest, is not paid when due or is declared due and payable prior to its specified maturity.' },
  { expect: 'cross-default-beyond-borrower', title: 'Default by Related Persons', text: 'The Borrower shall be in default under this Note if any guarantor, co-signer, relative or employer of the Borrower defaults on any obligation owed to any creditor, whether or not the Borrower is liable for that obligation.' },
  // unrestricted-purpose
  { expect: 'unrestricted-purpose', title: 'Purpose', text: 'The Borrower may apply all amounts borrowed under the Facility for any purpose whatsoever, and the Lender shall have neither the obligation nor the right to monitor or verify the application of any such amount.' },
  { expect: 'unrestricted-purpose', title: 'Use of Proceeds', text: 'The proceeds of the Loan may be used for general purposes at the discretion of the Borrower, including without limitation investment in listed securities, futures contracts or real property.' },
  // land-transfer-condition
  { expect: 'land-transfer-condition', title: 'Conditions Precedent', text: 'It is a condition precedent to the first Utilisation that the Borrower shall have transferred to the Lender, or to such nominee as the Lender may designate, registered title to the land use rights and buildings comprising the Property, such title to be reconveyed only upon the discharge in full of the Secured Liabilities.' },
  { expect: 'land-transfer-condition', title: 'Conveyance Before Advance', text: 'The Lender shall not be obliged to advance any funds under this Note unless and until the Borrower has executed and recorded a deed conveying the Real Property and the underlying land use right to the Lender\'s designee.' },
  // confession-of-judgment
  { expect: 'confession-of-judgment', title: 'Confession of Judgment', text: 'The Borrower hereby irrevocably authorizes and empowers any attorney of any court of record to appear for the Borrower and to confess judgment against the Borrower in favor of the holder of this Note for the unpaid balance, together with costs and an attorney\'s commission of fifteen percent (15%), and waives all rights of appeal and stay of execution.' },
  { expect: 'confession-of-judgment', title: 'Consent to Judgment', text: 'The Borrower irrevocably consents to judgment being entered against it for the full amount claimed by the Lender without notice, service of process or hearing, and agrees that a certificate signed by the Lender shall be conclusive evidence of the amount due for the purpose of obtaining such judgment.' },
  // unusual (no rule names them)
  { expect: 'unusual', title: 'Interest Withheld', text: 'The Lender may deduct from the principal amount on the Utilisation Date all interest which would accrue over the entire term of the Loan, and the Borrower shall nonetheless repay the full principal amount stated in the Key Terms.' },
  { expect: 'unusual', title: 'Compensating Balances', text: 'The Borrower shall, for the duration of the Loan, maintain deposits with the Lender of not less than thirty per cent. of the Loan amount and shall purchase such wealth management products of the Lender as the Lender may from time to time recommend.' },
  { expect: 'unusual', title: 'Personal Restrictions', text: 'The Borrower shall not marry, divorce, change employer or travel outside mainland China for more than fourteen days without the prior written consent of the Lender.' },
  { expect: 'unusual', title: 'Vesting of Mortgaged Property', text: 'Upon any default, title to the Mortgaged Property shall vest in the Lender automatically at a value determined by the Lender, without any sale or independent valuation and without any obligation to account to the Borrower for any surplus.' },
];

export const BLIND3_UNUSUAL_PLAIN: readonly UnusualPhrasing[] = [
  { expect: 'rate-above-cap', title: 'Monthly service fee', text: 'On top of the interest shown in the Key Terms, you will pay us a monthly service fee of 1.8% of the original amount of the loan for every month of the loan term.' },
  { expect: 'default-interest-above-limit', title: 'Late payments', text: 'If a payment is late, we will charge you 0.5% of the overdue amount for every day it stays unpaid, on top of your normal interest.' },
  { expect: 'prepayment-penalty-above-limit', title: 'Early repayment', text: 'You can repay early, but if you do, you must still pay us all the interest you would have paid had the loan run for its full term.' },
  { expect: 'automatic-renewal', title: 'End of the loan term', text: 'When the loan term ends, your loan will roll over into a new loan for the same amount and period unless you tell us in writing at least 45 days before. The new loan will carry our standard rate at that time.' },
  { expect: 'unilateral-change', title: 'Changes we can make', text: 'We may change any part of this agreement whenever we choose. We will post the new terms on our website, and they will apply to you from the day they are posted.' },
  { expect: 'lender-choice-of-forum', title: 'Disputes', text: 'If there is a dispute, we can choose which court hears it, anywhere in China. You can only bring a claim in the court where our head office is located.' },
  { expect: 'waiver-of-defences', title: 'Your obligation to pay', text: 'You give up every right to dispute what you owe us, even if we make a mistake or fail to do something this agreement says we must do.' },
  { expect: 'cross-default-beyond-borrower', title: 'Other people\'s debts', text: 'If your husband or wife, your parents or any business you are connected with fails to pay a debt to anyone, we can treat that as you breaking this agreement and demand everything back at once.' },
  { expect: 'unrestricted-purpose', title: 'Using the money', text: 'You can spend the money on anything you like. We will not ask what it is for, and you do not need to show us any receipts.' },
  { expect: 'land-transfer-condition', title: 'Before we pay out', text: 'Before we pay out the loan, you must sign over ownership of your land use rights to a company we name. We will give them back once the loan is fully repaid.' },
  { expect: 'confession-of-judgment', title: 'If you fall behind', text: 'If you fall behind, you agree that we can go to court and get a judgment against you for whatever we say you owe, without telling you first and without you having a chance to argue your side.' },
  { expect: 'unusual', title: 'Contacting people you know', text: 'If you miss a payment, you agree that we and our collection agents may contact anyone in your phone contact list and tell them about your debt.' },
];
