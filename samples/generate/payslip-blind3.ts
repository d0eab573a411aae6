/**
 * blind3 pay slips. Layout `ytd`: an item table with this-month and year-to-date columns under a
 * boxed header grid. Layout `register`: a landscape one-row payroll register extract, every amount
 * in its own column.
 */
import { isoMonth } from './calendar.js';
import { makePayFacts, type PayFacts, type PayLine } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES, fmtDate, fmtMonth, money, num, pickFooter, Sheet, type DateFmt } from './kit-blind3.js';
import type { Rng } from './prng.js';
import type { Currency, Lang } from './variant-types.js';

type Key = PayLine['key'];
const ITEM: Record<Lang, Record<Key, string>> = {
  zh: { basePay: '岗位工资', allowance: '津补贴', bonus: '绩效奖金', socialInsurance: '社会保险（个人缴纳）', housingFund: '住房公积金（个人缴纳）', incomeTax: '代扣个人所得税', otherDeduction: '工会会费' },
  en: { basePay: 'Basic Salary', allowance: 'Transport & Meal Allowance', bonus: 'Performance Award', socialInsurance: 'Social Security (employee share)', housingFund: 'Housing Provident Fund (employee)', incomeTax: 'Individual Income Tax withheld', otherDeduction: 'Staff Union Dues' },
};
const SHORT: Record<Lang, Record<Key, string>> = {
  zh: { basePay: '基本工资', allowance: '津贴', bonus: '奖金', socialInsurance: '社保个人', housingFund: '公积金个人', incomeTax: '个税', otherDeduction: '其他扣款' },
  en: { basePay: 'Basic', allowance: 'Allow.', bonus: 'Award', socialInsurance: 'Soc. Sec.', housingFund: 'HPF', incomeTax: 'IIT', otherDeduction: 'Other Ded.' },
};

function header(s: Sheet, p: PayFacts, lang: Lang, dateFmt: DateFmt): void {
  const zh = lang === 'zh';
  s.put(p.employer, s.left, s.y, s.width, { bold: true, size: s.size + 5, align: 'center' });
  s.y += s.size + 14;
  s.put(zh ? '薪酬明细单（个人联）' : 'EARNINGS STATEMENT — employee copy', s.left, s.y, s.width, { size: s.size + 1, align: 'center', color: '#444444' });
  s.y += s.size + 14;
  const w = s.width / 6;
  const cells = zh
    ? [['领薪人', p.employee.name, '员工编号', p.employeeNo || '—', '所属部门', p.department], ['计薪月份', fmtMonth(p.period, dateFmt), '发放日', fmtDate(p.payDate, dateFmt), '币种', '人民币']]
    : [['Employee', p.employee.name, 'Staff ID', p.employeeNo || '—', 'Cost Centre', p.department], ['Earnings Month', fmtMonth(p.period, dateFmt), 'Value Date', fmtDate(p.payDate, dateFmt), 'Currency', p.currency]];
  for (const r of cells) s.row(r, [w * 0.9, w * 1.1, w * 0.9, w * 1.1, w * 0.8, w * 1.2], { ruled: 'box', size: s.size - 0.5 });
  s.y += 14;
}

async function ytdLayout(s: Sheet, p: PayFacts, lang: Lang, dateFmt: DateFmt, sep: boolean): Promise<void> {
  const zh = lang === 'zh';
  header(s, p, lang, dateFmt);
  const months = p.period.m;
  const w = [s.width * 0.46, s.width * 0.27, s.width * 0.27];
  const al = ['left', 'right', 'right'] as const;
  s.row(zh ? ['项目', '本月', '本年累计'] : ['Description', 'Current', 'Year-to-Date'], w, { bold: true, fill: '#dfe6df', ruled: 'box', aligns: [...al] });
  const line = (label: string, cents: number, bold = false): void => {
    s.row([label, num(cents, sep), num(cents * months, sep)], w, { ruled: 'box', aligns: [...al], bold });
  };
  s.row([zh ? '一、应发项目' : 'EARNINGS', '', ''], w, { ruled: 'box', bold: true, size: s.size - 0.5 });
  for (const e of p.earnings) line(ITEM[lang][e.key], e.cents);
  line(zh ? '应发小计' : 'Total Earnings', p.grossCents, true);
  s.row([zh ? '二、代扣项目' : 'WITHHOLDINGS', '', ''], w, { ruled: 'box', bold: true, size: s.size - 0.5 });
  for (const d of p.deductions) line(ITEM[lang][d.key], d.cents);
  line(zh ? '代扣小计' : 'Total Withholdings', p.totalDeductionsCents, true);
  s.y += 6;
  line(zh ? '三、本月实发（转入工资卡）' : 'NET PAY CREDITED TO BANK', p.netCents, true);
  s.y += 18;
  s.para(zh ? '说明：本年累计栏为自本年一月起至本月的合计数，仅供参考；如有疑问请于发放日后五个工作日内联系人力资源部。'
    : 'Year-to-date figures cover January to the current month and are for information only. Queries to Payroll within five working days of the value date.', { size: s.size - 1.5 });
}

async function registerLayout(s: Sheet, p: PayFacts, lang: Lang, dateFmt: DateFmt, sep: boolean): Promise<void> {
  const zh = lang === 'zh';
  s.put(zh ? '工 资 发 放 表' : 'PAYROLL REGISTER — SINGLE EMPLOYEE EXTRACT', s.left, s.y, s.width, { bold: true, size: s.size + 6, align: 'center' });
  s.y += s.size + 20;
  s.put(zh ? `编制单位：${p.employer}` : `Prepared by: ${p.employer}`, s.left, s.y, s.width * 0.55);
  s.put(zh ? `所属期间：${fmtMonth(p.period, dateFmt)}` : `Payroll month: ${fmtMonth(p.period, dateFmt)}`, s.left + s.width * 0.55, s.y, s.width * 0.25);
  s.put(zh ? '金额单位：人民币元' : `Amounts in ${p.currency}`, s.left + s.width * 0.8, s.y, s.width * 0.2, { align: 'right' });
  s.y += s.size + 12;
  const keys: Key[] = ['basePay', 'allowance', 'bonus', 'socialInsurance', 'housingFund', 'incomeTax', 'otherDeduction'];
  const amount = (k: Key): string => {
    const line = [...p.earnings, ...p.deductions].find((l) => l.key === k);
    return line ? num(line.cents, sep) : (zh ? '0.00' : '-');
  };
  s.put(zh ? `部门：${p.department}` : `Department: ${p.department}`, s.left, s.y, s.width);
  s.y += s.size + 8;
  const headers = [zh ? '序号' : 'No.', zh ? '姓名' : 'Name', zh ? '工号' : 'Emp. No.',
    SHORT[lang].basePay, SHORT[lang].allowance, SHORT[lang].bonus, zh ? '应发合计' : 'Gross',
    SHORT[lang].socialInsurance, SHORT[lang].housingFund, SHORT[lang].incomeTax, SHORT[lang].otherDeduction, zh ? '扣款合计' : 'Deduct. Total',
    zh ? '实发工资' : 'Net Paid', ...(zh ? ['领款人签收'] : [])];
  const shares = [0.035, 0.09, 0.07, ...Array(10).fill(0.078) as number[], ...(zh ? [0.07] : [])];
  const w = shares.map((x) => (x / shares.reduce((a, b) => a + b, 0)) * s.width);
  const al = headers.map((_, i) => (i >= 3 && i <= 12 ? 'right' : 'center')) as Array<'right' | 'center'>;
  s.row(headers, w, { bold: true, ruled: 'box', fill: '#eeeeee', size: s.size - 0.5, aligns: headers.map(() => 'center'), pad: 3 });
  s.row(['1', p.employee.name, p.employeeNo || '—', amount('basePay'), amount('allowance'), amount('bonus'), num(p.grossCents, sep),
    amount('socialInsurance'), amount('housingFund'), amount('incomeTax'), amount('otherDeduction'), num(p.totalDeductionsCents, sep), num(p.netCents, sep), ...(zh ? [''] : [])], w,
  { ruled: 'box', size: s.size - 0.5, aligns: al, pad: 3 });
  s.y += 16;
  s.put(zh ? `发放日期：${fmtDate(p.payDate, dateFmt)}　　发放方式：银行代发` : `Paid on ${fmtDate(p.payDate, dateFmt)} by bank transfer (${money(p.netCents, 'code-prefix', p.currency, sep)}).`, s.left, s.y, s.width);
  s.y += 30;
  s.put(zh ? '制表：薪酬组　　　复核：财务部　　　审批：' : 'Prepared: Payroll Team        Checked: Finance        Approved: ________', s.left, s.y, s.width, { color: '#333333' });
}

/** One blind3 pay slip; `ordinal` even → ytd layout, odd → register. */
export async function renderPayslipBlind3(rng: Rng, lang: Lang, ordinal: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['HKD', 'USD', 'CNY'] as const);
  const p = makePayFacts(rng, lang, currency, 0.6);
  const layout = ordinal % 2 === 0 ? 'ytd' : 'register';
  const face = FACES[lang][(ordinal + 1) % 4] as (typeof FACES)['zh'][number];
  const size = layout === 'register' ? rng.pick([8.5, 9, 9.5]) : rng.pick(lang === 'zh' ? [10, 11] : [9.5, 10.5]);
  const margin = rng.pick([40, 52, 60]);
  const dateFmt: DateFmt = rng.pick(lang === 'zh' ? ['zh-pad', 'dot', 'slash'] as const : ['en-long', 'en-dmon', 'dmy'] as const);
  const sep = rng.chance(0.6);
  const footer = pickFooter(rng, lang, lang === 'zh' ? '薪酬明细' : 'Payslip');
  const s = new Sheet(face, size, margin, layout === 'register', lang === 'zh' ? '工资条' : 'Payslip', rng.pick(['SAP NetWeaver', 'Kingdee K/3 Cloud', 'Workday']));
  if (layout === 'ytd') await ytdLayout(s, p, lang, dateFmt, sep);
  else await registerLayout(s, p, lang, dateFmt, sep);
  const out = await s.finish(footer.footer);
  const find = (k: Key): number => p.deductions.find((d) => d.key === k)?.cents ?? 0;
  return {
    pdf: out.pdf,
    pageCount: out.pageCount,
    pages: out.pages,
    fields: {
      employerName: p.employer.replace(/\s+/g, ''),
      employeeName: p.employee.name.replace(/\s+/g, ''),
      payPeriod: isoMonth(p.period),
      grossPay: moneyValue(p.grossCents),
      incomeTax: moneyValue(find('incomeTax')),
      socialInsurance: moneyValue(find('socialInsurance')),
      housingFund: moneyValue(find('housingFund')),
      totalDeductions: moneyValue(p.totalDeductionsCents),
      netPay: moneyValue(p.netCents),
      currency,
    },
    generator: { set: 'blind3', layout, font: face.id, size, margin, footer: footer.id, dateFmt, thousands: sep, landscape: layout === 'register' },
  };
}
