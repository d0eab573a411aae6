import { labels, type FieldSpec } from './spec.js';
import { readMoney, readMonth, readOrganisation, readPersonName, type ValueReader } from '../values.js';

/**
 * An amount withheld from pay: slips that print deductions as signed entries ("-2,530.50", a salary
 * app's 扣除 card, "(1,418.50)") still state how much was withheld, so the value is the magnitude.
 */
export const readWithheld: ValueReader = (text, label, context) => {
  const read = readMoney(text, label, context);
  if (!read || typeof read.value !== 'string' || !read.value.startsWith('-')) return read;
  return { ...read, value: read.value.slice(1) };
};

/**
 * Label wordings of Chinese and international employers' pay slips. A key may carry a qualifier
 * before its label (个人社会保险费, Total Gross Pay) or words after it (应发小计, Net Pay Credited):
 * the finder reads those; the lists hold the head wordings.
 */
export const PAY_SLIP_FIELDS: FieldSpec[] = [
  {
    name: 'employerName',
    label: labels('单位名称', '用人单位', '工作单位', '发放单位', '公司名称', '企业名称', '所在单位', '雇主名称', '单\\s*位', '公\\s*司',
      'employer(?:\\s*name)?', 'employing\\s*(?:company|entity)', 'company(?:\\s*name)?', 'organi[sz]ation', 'paying\\s*entity', 'legal\\s*entity'),
    read: readOrganisation,
    multiline: true,
  },
  {
    name: 'employeeName',
    label: labels('员工姓名', '职工姓名', '雇员姓名', '职员姓名', '人员姓名', '员工名称', '员工名字', '职工名字', '领款人', '领薪人', '收款人', '姓\\s*名', '员\\s*工', '职\\s*工', '职\\s*员', '雇\\s*员',
      'payee', 'paid\\s*to', 'recipient', '领取人', 'staff\\s*member', 'worker', 'employee(?:\\s*name)?', 'staff\\s*name', 'name\\s*of\\s*(?:the\\s*)?employee', 'name'),
    colonLabel: labels('staff', 'associate', 'team\\s*member'),
    read: readPersonName,
  },
  {
    name: 'payPeriod',
    label: labels('工资月份', '工资所属期', '所属期间', '所属月份', '所属年月', '发放月份', '工资期间', '工资年月', '薪资月份', '薪资期间', '薪资所属期', '计薪期间', '计薪月份', '计薪周期', '核算月份', '结算月份', '发薪月份', '期\\s*间', '月\\s*份',
      'pay\\s*period', 'pay\\s*month', 'payroll\\s*(?:period|month)', 'salary\\s*(?:period|month)', '(?:salary|pay|wages?)\\s*for(?:\\s*the\\s*month\\s*of)?', 'for\\s*the\\s*month\\s*of', 'month\\s*of\\s*pay(?:ment)?', 'period\\s*covered', 'period', 'month'),
    read: readMonth,
  },
  {
    name: 'grossPay',
    label: labels('税前工资', '税前收入', '税前月收入', '税前月工资', '税前月薪', '税前合计', '税前总额', '扣除前合计', '扣款前合计', '税前应发', '应发', '应发工资', '应发合计', '应发金额', '应发总额', '应发薪资', '应付工资', '应付合计', '工资总额', '收入合计', '工资合计',
      'gross\\s*(?:pay|salary|earnings|income|wages|amount|remuneration|total)', 'total\\s*(?:pay|remuneration|compensation|earnings|gross|income)', 'earnings\\s*total', '(?:total|pay|earnings)\\s*before\\s*(?:any\\s*)?deductions?', 'gross'),
    read: readMoney,
    allowProse: true,
  },
  {
    name: 'totalDeductions',
    label: labels('应扣合计', '应扣总额', '代扣总额', '扣项总额', '扣款小计', '扣除小计', '代扣小计', '扣款总计', '扣款合计', '扣除合计', '代扣合计', '扣款总额', '扣除总额', '扣减合计', '扣项合计', '扣除项合计', '扣款项合计', '减项合计', '代扣款合计',
      'deduct(?:ions?|s?\\.)?\\s*(?:total|sum)', 'total\\s*ded(?:uct)?(?:ions?|s?\\.)', '(?:total|sum\\s*of)\\s*deduct(?:ions?|ed)', 'gross\\s*deductions?', 'total\\s*(?:of\\s*)?withholdings?', 'deductions?\\s*(?:for|this)\\s*(?:the\\s*)?(?:pay\\s*)?(?:period|month)', 'deducted\\s*total'),
    colonLabel: labels('deductions'),
    read: readWithheld,
    allowProse: true,
  },
  {
    name: 'netPay',
    label: labels('税后实发', '实发', '实付工资', '实得工资', '实付金额', '实发工资', '实发金额', '实发合计', '实发薪资', '实发数', '实领工资', '实领金额', '本月实领', '实领', '税后工资', '到手工资', '到账金额',
      'net\\s*(?:pay(?:ment)?|salary|amount|income|wages|earnings)\\s*(?:payable|paid)?', 'net\\s*payable', 'net\\s*paid', 'net\\s*(?:transferred|credited|deposited|disbursed)', 'take[-\\s]*home\\s*(?:pay)?', 'amount\\s*(?:paid|credited)', 'pay\\s*credited'),
    read: readMoney,
    allowProse: true,
  },
  {
    name: 'incomeTax',
    label: labels('个人所得税', '代扣个税', '个\\s*税', '所得税',
      '(?:income|salary|wage|payroll)\\s*tax(?:\\s*withheld)?', 'tax\\s*(?:withheld|deducted|deduction)', 'individual\\s*income\\s*tax', '\\biit\\b', '\\bpaye\\b', '\\bpit\\b', 'withholding\\s*tax'),
    read: readWithheld,
    allowProse: true,
  },
  {
    name: 'socialInsurance',
    // Two or more of the insurances named together (养老医疗失业保险, 养老、医疗保险) are the employee's social insurance as a whole.
    label: labels('社保个人', '个人社保', '社保费', '社会保险费', '社会保险', '社保个人部分', '社保扣款', '社保代扣', '社\\s*保', '五险',
      '(?:养老|医疗|失业|工伤|生育)(?:[、/和及]?(?:养老|医疗|失业|工伤|生育)){1,4}保险',
      'social\\s*(?:insurance|security)?\\s*contributions?', '(?:employee\\s*)?social\\s*contributions?', 'social\\s*(?:insurance|security)', 'soc(?:ial)?\\.?\\s*(?:sec(?:urity)?|ins(?:urance)?)\\.?', 'pension\\s*(?:&|and)\\s*insurance', '\\bsi\\b'),
    partLabel: labels('养老\\s*/\\s*医疗', '养老保险', 'pension'),
    read: readWithheld,
    allowProse: true,
  },
  {
    name: 'housingFund',
    label: labels('公积金个人', '个人公积金', '住房公积金', '公积金', 'housing\\s*(?:provident\\s*)?fund', 'provident\\s*fund', '\\bhpf\\b'),
    read: readWithheld,
    allowProse: true,
  },
];
