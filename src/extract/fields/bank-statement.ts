import { labels, type FieldSpec } from './spec.js';
import { readAccount, readMoney, readOrganisation, readPersonName } from '../values.js';

export const BANK_STATEMENT_FIELDS: FieldSpec[] = [
  { name: 'bankName', label: labels('开户银行', '开户行', '开户机构', '银行名称', 'bank\\s*name', 'bank', 'issuing\\s*bank'), read: readOrganisation, multiline: true },
  { name: 'accountHolder', label: labels('账户名称', '账户户名', '客户名称', '客户姓名', '持卡人', '户\\s*名', '姓\\s*名', 'account\\s*(?:holder|name)', 'customer\\s*name', 'name\\s*of\\s*account\\s*holder', 'card\\s*holder', 'name'), read: readPersonName },
  { name: 'accountNumber', label: labels('账\\s*号', '卡\\s*号', '账户号码', '银行账号', '银行卡号', '客户账号', '账户', 'account\\s*(?:no\\.?|number)', 'card\\s*(?:no\\.?|number)', 'a/c\\s*(?:no\\.?)?'), read: readAccount },
  { name: 'openingBalance', label: labels('期初余额', '上期余额', '起始余额', '期初金额', '承前余额', '上期结余', 'opening\\s*balance', 'balance\\s*brought\\s*forward', 'beginning\\s*balance', 'starting\\s*balance', 'previous\\s*balance', 'balance\\s*b/f'), read: readMoney, allowProse: true },
  { name: 'closingBalance', label: labels('期末余额', '本期余额', '截止余额', '期末金额', '本期结余', '结余', 'closing\\s*balance', 'balance\\s*carried\\s*forward', 'ending\\s*balance', 'final\\s*balance', 'balance\\s*c/f'), read: readMoney, allowProse: true },
  { name: 'totalCredits', label: labels('收入合计', '存入合计', '贷方发生额合计', '贷方合计', '本期收入', '收入总额', '转入合计', '入账合计', 'total\\s*credits?', 'total\\s*deposits?', 'total\\s*(?:money\\s*)?in', 'credits?\\s*total', 'total\\s*paid\\s*in'), read: readMoney, allowProse: true },
  { name: 'totalDebits', label: labels('支出合计', '取出合计', '借方发生额合计', '借方合计', '本期支出', '支出总额', '转出合计', '出账合计', 'total\\s*debits?', 'total\\s*withdrawals?', 'total\\s*(?:money\\s*)?out', 'debits?\\s*total', 'total\\s*paid\\s*out'), read: readMoney, allowProse: true },
];
