import { labels, type FieldSpec } from './spec.js';
import { readAccount, readAddress, readCode, readDate, readIdNumber, readMoney, readMonths, readOrganisation, readPersonName, readRate, readText } from '../values.js';

/** Parenthesised role markers around a party label: 乙方（借款人）, 借款人（乙方）, Borrower ("the Borrower"). */
const ROLE = '(?:\\s*[(（]\\s*[甲乙丙]方\\s*[)）])?';

export const LOAN_CONTRACT_FIELDS: FieldSpec[] = [
  { name: 'contractNumber', label: labels('合同编号', '合同号', '协议编号', '合同编码', '借款合同编号', '编\\s*号', 'contract\\s*(?:no\\.?|number|ref(?:erence)?)', 'agreement\\s*(?:no\\.?|number|ref(?:erence)?)', 'loan\\s*(?:agreement\\s*)?(?:no\\.?|number)', 'reference\\s*(?:no\\.?|number)', 'ref\\.?\\s*no\\.?'), read: readCode },
  { name: 'borrowerName', label: new RegExp(`(?:乙方\\s*[(（]\\s*借款人\\s*[)）]|借款人${ROLE}|借款方|借款人姓名|借款人名称|债务人|borrower(?:'s)?\\s*(?:full\\s*)?name|name\\s*of\\s*(?:the\\s*)?borrower|(?:the\\s*)?borrower)(?:\\s*[(（]\\s*(?:签字|签章|盖章)\\s*[)）])?`, 'iu'), read: readPersonName },
  { name: 'borrowerIdNumber', label: labels('居民身份证号码', '居民身份证号', '身份证号码', '身份证号', '身份证件号码', '证件号码', '证件号', 'id\\s*(?:card\\s*)?(?:no\\.?|number)', 'identity\\s*card\\s*(?:no\\.?|number)', 'identification\\s*(?:no\\.?|number)', 'passport\\s*(?:no\\.?|number)'), read: readIdNumber },
  { name: 'lenderName', label: new RegExp(`(?:甲方\\s*[(（]\\s*(?:贷款人|出借人)\\s*[)）]|贷款人${ROLE}|出借人${ROLE}|贷款方|债权人|lender(?:'s)?\\s*name|name\\s*of\\s*(?:the\\s*)?lender|(?:the\\s*)?lender|bank)`, 'iu'), read: readOrganisation },
  { name: 'principal', label: labels('借款金额', '贷款金额', '借款本金', '贷款本金', '借款额度', '贷款额度', '合同金额', '本金金额', '金额\\s*[(（]\\s*小写\\s*[)）]', '小写金额', 'loan\\s*amount', 'principal\\s*amount', 'amount\\s*of\\s*(?:the\\s*)?loan', 'facility\\s*amount', 'loan\\s*principal', 'principal', 'sum\\s*of'), read: readMoney, allowProse: true },
  { name: 'annualRatePercent', label: labels('年利率', '年化利率', '借款年利率', '贷款年利率', '执行年利率', '借款利率', '贷款利率', '执行利率', '月利率', '日利率', '利率', 'annual\\s*(?:interest\\s*)?rate', 'interest\\s*rate', 'rate\\s*of\\s*interest', 'interest'), read: readRate, allowProse: true },
  { name: 'termMonths', label: labels('借款期限', '贷款期限', '借款期间', '期限', 'loan\\s*term', 'term\\s*of\\s*(?:the\\s*)?loan', 'tenor', 'tenure', 'term'), read: readMonths, allowProse: true },
  { name: 'startDate', label: labels('起始日期', '起始日', '起息日', '开始日期', '借款起始日', '放款日', '放款日期', 'start\\s*date', 'commencement\\s*date', 'drawdown\\s*date', 'value\\s*date', 'disbursement\\s*date', 'effective\\s*date'), read: readDate, allowProse: true },
  { name: 'endDate', label: labels('到期日期', '到期日', '终止日期', '结束日期', '借款到期日', 'maturity\\s*date', 'end\\s*date', 'expiry\\s*date', 'final\\s*repayment\\s*date', 'termination\\s*date'), read: readDate, allowProse: true },
  { name: 'repaymentMethod', label: labels('还款方式', '还本付息方式', '偿还方式', '还款方法', 'repayment\\s*(?:method|schedule|terms|mode|basis)', 'method\\s*of\\s*repayment', 'repayment'), read: readText },
  { name: 'disbursementAccount', label: labels('放款账户', '放款账号', '收款账户', '收款账号', '借款人账户', '借款人账号', '指定账户', '放款卡号', '收款卡号', '银行账号', '银行卡号', '账\\s*号', '卡\\s*号', 'disbursement\\s*account(?:\\s*(?:no\\.?|number))?', "borrower'?s?\\s*account(?:\\s*(?:no\\.?|number))?", 'designated\\s*account(?:\\s*(?:no\\.?|number))?', 'bank\\s*account(?:\\s*(?:no\\.?|number))?', 'account\\s*(?:no\\.?|number)'), read: readAccount },
  { name: 'collateralAddress', label: labels('抵押物地址', '抵押物坐落', '抵押物座落', '抵押房产地址', '抵押房屋地址', '抵押物所在地', '房屋坐落', '房产坐落', '房产地址', '不动产坐落', '坐落', 'collateral\\s*address', 'address\\s*of\\s*(?:the\\s*)?(?:collateral|mortgaged\\s*property|property)', 'mortgaged\\s*property(?:\\s*address)?', 'property\\s*address', 'secured\\s*property', 'collateral\\s*(?:property|location)', 'location\\s*of\\s*(?:the\\s*)?property'), read: readAddress },
  { name: 'signingDate', label: labels('签订日期', '签署日期', '签约日期', '签订时间', '签署时间', '合同签订日', '日\\s*期', 'date\\s*of\\s*signing', 'signing\\s*date', 'signed\\s*on', 'dated', 'date'), read: readDate, prefer: 'last' },
];
