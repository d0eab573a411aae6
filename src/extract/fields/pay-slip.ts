import { labels, type FieldSpec } from './spec.js';
import { readMoney, readMonth, readOrganisation, readPersonName } from '../values.js';

export const PAY_SLIP_FIELDS: FieldSpec[] = [
  { name: 'employerName', label: labels('单位名称', '用人单位', '工作单位', '发放单位', '公司名称', '企业名称', '所在单位', '单\\s*位', '公\\s*司', 'employer(?:\\s*name)?', 'company(?:\\s*name)?', 'organi[sz]ation', 'paying\\s*entity'), read: readOrganisation, multiline: true },
  { name: 'employeeName', label: labels('员工姓名', '职工姓名', '雇员姓名', '姓\\s*名', '员\\s*工', 'employee(?:\\s*name)?', 'staff\\s*name', 'name\\s*of\\s*employee', 'name'), read: readPersonName },
  { name: 'payPeriod', label: labels('工资月份', '工资所属期', '所属期间', '所属月份', '发放月份', '工资期间', '薪资月份', '薪资期间', '计薪期间', '计薪月份', '期\\s*间', '月\\s*份', 'pay\\s*period', 'pay\\s*month', 'payroll\\s*(?:period|month)', 'salary\\s*(?:period|month)', 'period', 'month'), read: readMonth },
  { name: 'grossPay', label: labels('应发工资', '应发合计', '应发金额', '应发总额', '应发薪资', '税前工资', '工资总额', '收入合计', 'gross\\s*(?:pay|salary|earnings|income|wages)', 'total\\s*(?:earnings|gross|income)', 'gross'), read: readMoney, allowProse: true },
  { name: 'totalDeductions', label: labels('扣款合计', '扣除合计', '代扣合计', '应扣合计', '扣款总额', '扣减合计', '扣项合计', '代扣款合计', 'total\\s*deductions?', 'deductions?\\s*total', 'total\\s*withholdings?'), read: readMoney, allowProse: true },
  { name: 'netPay', label: labels('实发工资', '实发金额', '实发合计', '实发薪资', '实发数', '实领工资', '税后工资', '到手工资', 'net\\s*(?:pay|salary|amount|income|wages|payment)', 'take[-\\s]*home\\s*(?:pay)?', 'amount\\s*paid'), read: readMoney, allowProse: true },
  { name: 'incomeTax', label: labels('个人所得税', '代扣个税', '代扣个人所得税', '个\\s*税', '所得税', 'income\\s*tax', 'individual\\s*income\\s*tax', 'iit', 'tax\\s*withheld', 'paye', 'withholding\\s*tax'), read: readMoney, allowProse: true },
  { name: 'socialInsurance', label: labels('社会保险费', '社会保险', '社保个人部分', '社保扣款', '社保代扣', '社\\s*保', '五险', 'social\\s*(?:insurance|security)', 'pension\\s*(?:&|and)\\s*insurance'), read: readMoney, allowProse: true },
  { name: 'housingFund', label: labels('住房公积金', '公积金', 'housing\\s*(?:provident\\s*)?fund', 'provident\\s*fund', 'hpf'), read: readMoney, allowProse: true },
];
