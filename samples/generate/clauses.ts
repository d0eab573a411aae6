import type { Lang } from './variant-types.js';

/** Standard loan-contract clauses: a title and its paragraphs. Terms already stated elsewhere are not repeated. */
export interface Clause {
  title: string;
  body: readonly string[];
}

const ZH: readonly Clause[] = [
  { title: '借款用途', body: ['乙方承诺本合同项下借款仅用于个人合法消费或购置自住房产，不得用于证券、期货、理财等投资，不得用于购买非自用住房，不得流入股本权益性投资，亦不得用于任何违法违规用途。', '甲方有权对借款的使用情况进行检查和监督，乙方应予以配合并按甲方要求提供相关资料。'] },
  { title: '借款的发放', body: ['在乙方满足本合同约定的全部放款条件后，甲方按约定将借款一次性发放至乙方指定的账户。借款实际发放日以借款借据记载的日期为准，借款借据是本合同的组成部分，与本合同具有同等法律效力。'] },
  { title: '利率与计息', body: ['本合同项下借款按日计息，日利率＝年利率/360。借款期限内如遇国家利率政策调整，按照中国人民银行及国家金融监督管理总局的有关规定执行。', '乙方未按期归还借款本息的，甲方有权自逾期之日起按本合同约定利率加收百分之五十计收罚息，对不能按时支付的利息按罚息利率计收复利。'] },
  { title: '还款', body: ['乙方应按本合同约定的还款方式按月偿还借款本息，每月还款日为借款发放日的对应日。乙方应于每期还款日前在还款账户中存足当期应还款项，并授权甲方从该账户中直接扣收。', '乙方提前还款的，应提前三十日向甲方提出书面申请，经甲方同意后方可办理，已计收的利息不予退还。'] },
  { title: '担保', body: ['本合同项下借款以乙方所有的房产作为抵押担保，抵押双方另行签订抵押合同并依法办理抵押登记。抵押物的保险、评估、登记等费用由乙方承担。', '担保合同无效或担保人丧失担保能力的，乙方应在甲方要求的期限内提供甲方认可的新的担保。'] },
  { title: '乙方的声明与承诺', body: ['乙方保证向甲方提供的身份证明、收入证明、银行流水等全部资料真实、完整、有效，不存在任何虚假记载或重大遗漏。', '乙方的工作单位、通讯地址、联系电话等发生变更的，应在变更之日起七日内书面通知甲方。'] },
  { title: '甲方的权利与义务', body: ['甲方有权了解乙方的资信状况，有权依法向金融信用信息基础数据库查询和报送乙方的信用信息。', '甲方应对乙方的个人信息、财务资料保密，但法律法规另有规定或双方另有约定的除外。'] },
  { title: '违约责任', body: ['乙方发生下列情形之一的，构成违约：（一）未按期足额归还借款本息；（二）未按约定用途使用借款；（三）提供虚假资料或隐瞒重要事实；（四）其他违反本合同约定的行为。', '乙方违约的，甲方有权要求乙方限期纠正，停止发放尚未发放的借款，宣布已发放的借款全部提前到期，并要求乙方承担甲方为实现债权而支出的律师费、诉讼费等全部费用。'] },
  { title: '合同的变更与解除', body: ['本合同生效后，任何一方不得擅自变更或解除本合同。需要变更或解除的，应经双方协商一致并达成书面协议。'] },
  { title: '争议解决', body: ['本合同履行中发生争议的，双方可协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。争议期间，本合同不涉及争议的条款仍须履行。'] },
  { title: '通知与送达', body: ['本合同首部载明的地址为双方的送达地址。任何一方按该地址以邮寄方式发送的通知，自交邮后第三日视为送达。'] },
  { title: '合同生效', body: ['本合同自甲方法定代表人或授权代表签字并加盖公章、乙方签字之日起生效，至本合同项下借款本息及相关费用全部清偿之日终止。本合同一式三份，甲方执两份，乙方执一份，具有同等法律效力。'] },
];

const EN: readonly Clause[] = [
  { title: 'Purpose', body: ['The Borrower shall use the Loan solely for lawful personal consumption or for the purchase of a self-occupied residence, and shall not use any part of it for investment in securities, futures or wealth-management products, or for any unlawful purpose.', 'The Lender may inspect the use of the Loan and the Borrower shall provide such documents as the Lender reasonably requests.'] },
  { title: 'Drawdown', body: ['Subject to the conditions precedent being satisfied, the Lender shall advance the Loan in a single drawdown to the account designated by the Borrower. The actual date of drawdown shall be the date stated in the loan receipt, which forms an integral part of this Agreement.'] },
  { title: 'Interest', body: ['Interest accrues daily on the outstanding principal on the basis of a 360-day year. Should the applicable interest rate policy change during the term, the rules of the People\'s Bank of China shall apply.', 'Any amount not paid when due bears default interest at the contract rate plus fifty per cent from the due date until the date of actual payment.'] },
  { title: 'Repayment', body: ['The Borrower shall repay principal and interest monthly by the method stated in the key terms. The Borrower shall keep sufficient funds in the repayment account on or before each repayment date and irrevocably authorises the Lender to debit that account.', 'Early repayment requires thirty days\' prior written notice and the Lender\'s consent; interest already charged is not refundable.'] },
  { title: 'Security', body: ['The Loan is secured by a first-ranking mortgage over the property described in the key terms. The parties shall enter into a separate mortgage agreement and register the mortgage; registration, valuation and insurance costs are borne by the Borrower.'] },
  { title: 'Representations of the Borrower', body: ['The Borrower represents that all identity documents, income certificates, bank statements and other information provided to the Lender are true, complete and accurate.', 'The Borrower shall notify the Lender in writing within seven days of any change of employer, address or telephone number.'] },
  { title: 'Rights and Obligations of the Lender', body: ['The Lender may enquire into the credit standing of the Borrower and may report the Borrower\'s credit information to the credit reference centre in accordance with law.', 'The Lender shall keep the Borrower\'s personal and financial information confidential save as required by law.'] },
  { title: 'Events of Default', body: ['Each of the following is an Event of Default: (a) failure to pay any amount when due; (b) use of the Loan for a purpose other than that agreed; (c) provision of false information; (d) any other breach of this Agreement.', 'Upon an Event of Default the Lender may declare all outstanding amounts immediately due and payable and recover all costs of enforcement, including legal fees, from the Borrower.'] },
  { title: 'Amendment and Termination', body: ['No amendment to or termination of this Agreement is effective unless agreed by both parties in writing.'] },
  { title: 'Governing Law and Disputes', body: ['This Agreement is governed by the laws of the People\'s Republic of China. Any dispute arising from it shall first be settled by negotiation, failing which either party may bring proceedings before the competent people\'s court at the place where the Lender is domiciled.'] },
  { title: 'Notices', body: ['Notices shall be sent to the addresses stated at the head of this Agreement and are deemed received on the third day after posting.'] },
  { title: 'Effectiveness', body: ['This Agreement takes effect on the date it is signed by the Borrower and signed and sealed by the Lender, and terminates when all amounts due under it have been repaid in full. It is executed in three counterparts of equal validity.'] },
];

export function clauseLibrary(lang: Lang): readonly Clause[] {
  return lang === 'zh' ? ZH : EN;
}

const CN_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 20 → 二十. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return CN_NUMERALS[n] as string;
  if (n < 20) return `十${CN_NUMERALS[n - 10]}`;
  return `${CN_NUMERALS[Math.floor(n / 10)]}十${n % 10 === 0 ? '' : CN_NUMERALS[n % 10]}`;
}
