import { labels, type FieldSpec } from './spec.js';
import { readAccount, readMoney, readOrganisation, readPersonName } from '../values.js';

/**
 * Label wordings of Chinese and international banks' statements and account histories. Bare common
 * words (Credits, Customer, Issuer) are in `colonLabel`: they count only as keys closed by a colon.
 */
/**
 * A total of one page or part (本页收入合计, "Page total debits", "Sub-total credits") is no
 * statement total: its label does not name one.
 */
const notPageTotal = (label: RegExp) => new RegExp(`(?<!(?:页|page|sub-?)\\s*(?:total\\s*)?)(?:${label.source})`, 'iu');

export const BANK_STATEMENT_FIELDS: FieldSpec[] = [
  {
    name: 'bankName',
    label: labels('开户银行', '开户行', '开户网点', '开户机构', '开户支行', '银行名称', '发卡行', '发卡银行', '发卡机构', '账户行', '经办行', '经办机构', '出具机构', '打印机构', '所属机构', '开户单位',
      'bank\\s*name', 'bank', 'issuing\\s*bank', 'statement\\s*issuer', 'issued\\s*by', 'account\\s*bank', '(?:servicing|home|account)\\s*branch', 'bank\\s*/\\s*branch', 'banking\\s*institution', 'financial\\s*institution', 'name\\s*of\\s*(?:the\\s*)?bank'),
    colonLabel: labels('issuer', 'institution'),
    read: readOrganisation,
    multiline: true,
  },
  {
    name: 'accountHolder',
    label: labels('客户姓名', '客户名称', '户主', '账户名称', '账户户名', '账户名', '账户持有人', '持有人', '持卡人', '户\\s*名', '存款人', '姓\\s*名', '客户名',
      'customer\\s*name', 'holder(?:\\s*name)?', 'account\\s*(?:holder|name|owner|title)(?:\\s*name)?', 'name\\s*of\\s*(?:the\\s*)?account(?:\\s*holder)?', 'name\\s*on\\s*(?:the\\s*)?(?:account|card)', 'card\\s*holder', 'client\\s*name', 'depositor', 'name'),
    colonLabel: labels('customer', 'client', 'owner'),
    read: readPersonName,
  },
  {
    name: 'accountNumber',
    label: labels('卡\\s*/\\s*账\\s*号', '账\\s*/\\s*卡\\s*号', '账户账号', '账\\s*号', '卡\\s*号', '账户号码', '账户号', '银行账号', '银行卡号', '客户账号', '存折号', '账户',
      'card\\s*/\\s*account\\s*(?:no\\.?|number)', 'account\\s*/\\s*card\\s*(?:no\\.?|number)', 'account\\s*(?:no\\.?|number|#)', 'acc(?:oun)?t\\.?\\s*(?:no\\.?|number|#)', 'card\\s*(?:no\\.?|number)', 'a/c\\s*(?:no\\.?)?'),
    colonLabel: labels('account', 'acct\\.?', 'card'),
    read: readAccount,
  },
  {
    name: 'openingBalance',
    label: labels('期初(?:账户|账面|存款)?(?:余额|结余)', '上期末?(?:账户|账面)?(?:余额|结余)', '期初结余', '期初金额', '上期余额', '上期结余', '上日余额', '承前余额', '承前结余', '起始余额', '起始结余', '起初余额', '初始余额', '原有余额', '上期结转余额', '上期结转结余',
      '(?:opening|beginning|starting|previous|initial|start)\\s*(?:account\\s*|ledger\\s*|statement\\s*)?balance', 'balance\\s*(?:brought\\s*forward|b/f|at\\s*(?:the\\s*)?(?:start|beginning|open(?:ing)?)(?:\\s*of\\s*(?:the\\s*)?period)?)', 'brought\\s*forward', 'balance\\s*forward', 'b/f\\s*balance',
      // "The balance brought from your previous statement was …": a header sentence names the opening balance.
      'balance\\s*brought\\s*(?:forward\\s*)?from\\s*(?:your\\s*|the\\s*)?(?:previous|last|prior)\\s*(?:statement|period|page)'),
    colonLabel: labels('opening', 'b/f'),
    read: readMoney,
    allowProse: true,
  },
  {
    name: 'closingBalance',
    label: labels('期末(?:账户|账面|存款)?(?:余额|结余)', '截至余额', '期末结余', '期末金额', '本期(?:账户|账面)?(?:余额|结余)', '截止余额', '结束余额', '终止余额', '最终余额', '结余',
      '(?:closing|ending|final|end|new)\\s*(?:account\\s*|ledger\\s*|statement\\s*)?balance', 'balance\\s*(?:carried\\s*forward|c/f|(?:at|as\\s*(?:at|of)|on)\\s*(?:the\\s*)?(?:(?:end|close|closing)(?:\\s*of\\s*(?:the\\s*)?period)?|statement\\s*(?:date|end)|period\\s*end))', 'carried\\s*forward', 'c/f\\s*balance'),
    colonLabel: labels('closing', 'c/f'),
    read: readMoney,
    allowProse: true,
  },
  {
    name: 'totalCredits',
    label: notPageTotal(labels('贷方发生额合计', '贷方发生(?:总额|总计|合计)', '贷方合计', '收入金额合计', '收入合计', '收入总额', '收入总计', '存入合计', '转入合计', '入账合计', '入账总额', '本期收入', '收入笔数金额',
      '(?:sum|total)\\s*(?:of\\s*)?(?:credits?|deposits?|money\\s*in|paid\\s*in|receipts?|income|inflows?)', '(?:credits?|deposits?|money\\s*in|paid\\s*in|receipts?|inflows?)\\s*(?:total|sum)', 'total\\s*(?:money\\s*)?in', 'credit\\s*turnover')),
    colonLabel: notPageTotal(labels('credits?', 'deposits?', 'money\\s*in', 'paid\\s*in', 'receipts')),
    read: readMoney,
    allowProse: true,
  },
  {
    name: 'totalDebits',
    label: notPageTotal(labels('借方发生额合计', '借方发生(?:总额|总计|合计)', '支取(?:总额|合计)', '借方合计', '支出金额合计', '支出合计', '支出总额', '支出总计', '取出合计', '转出合计', '出账合计', '出账总额', '本期支出',
      '(?:sum|total)\\s*(?:of\\s*)?(?:debits?|withdrawals?|money\\s*out|paid\\s*out|payments?|expenditure|outflows?|spending)', '(?:debits?|withdrawals?|money\\s*out|paid\\s*out|outflows?)\\s*(?:total|sum)', 'total\\s*(?:money\\s*)?out', 'debit\\s*turnover')),
    colonLabel: notPageTotal(labels('debits?', 'withdrawals?', 'money\\s*out', 'paid\\s*out', 'payments')),
    read: readMoney,
    allowProse: true,
  },
];
