/**
 * blind5 pay slips. Family A `payments-deductions`: a UK-style payslip on a short landscape page —
 * header boxes (employee, staff no., pay period, pay date), then two tables SIDE BY SIDE: Payments
 * (description | this period | year to date) and Deductions (same columns), totals under each, and a
 * NET PAY box. Family B `phone`: a narrow phone-screen page (salary app export): the month as a heading,
 * the net pay large at the top, then label-left / value-right lines grouped into cards.
 */
import { isoMonth } from './calendar.js';
import { makePayFacts, type PayFacts, type PayLine } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES5, fmtDate5, fmtMonth5, num5, pickFooter5, Sheet5, type DateFmt5, type Face5, type PageSize5 } from './kit-blind5.js';
import type { Rng } from './prng.js';
import type { Currency, Lang } from './variant-types.js';

type Key = PayLine['key'];
const LABEL: Record<'A' | 'B', Record<Lang, Record<Key, string>>> = {
  A: {
    zh: { basePay: '基本薪金', allowance: '岗位津贴', bonus: '效益奖金', incomeTax: '个人所得税(预扣)', socialInsurance: '社会保险费(个人部分)', housingFund: '住房公积金(个人部分)', otherDeduction: '其他代扣' },
    en: { basePay: 'Basic pay', allowance: 'Shift & travel allowance', bonus: 'Commission', incomeTax: 'Salaries tax / PAYE', socialInsurance: 'Social security (employee)', housingFund: 'Provident fund (employee)', otherDeduction: 'Staff club' },
  },
  B: {
    zh: { basePay: '固定工资', allowance: '通讯交通补助', bonus: '季度绩效', incomeTax: '代缴个税', socialInsurance: '五险个人', housingFund: '公积金个人', otherDeduction: '餐费扣款' },
    en: { basePay: 'Salary', allowance: 'Allowance', bonus: 'Incentive pay', incomeTax: 'Tax withheld', socialInsurance: 'Social insurance', housingFund: 'Housing fund', otherDeduction: 'Canteen' },
  },
};
const SYM: Record<Currency, string> = { CNY: '¥', USD: 'US$', HKD: 'HK$' };

function paymentsDeductions(s: Sheet5, p: PayFacts, lang: Lang, fmt: DateFmt5, sep: boolean, rng: Rng): void {
  const zh = lang === 'zh';
  const m = p.period.m;
  const ytd = (c: number, k: Key): number => (m === 1 ? c : c * m + (k === 'bonus' || k === 'incomeTax' ? rng.int(-Math.min(c, 20_000), 40_000) : 0));
  s.put(p.employer, s.left, s.y, s.width * 0.65, { bold: true, size: s.size + 2 });
  s.put(zh ? '工 资 单' : 'PAYSLIP', s.left + s.width * 0.6, s.y, s.width * 0.4, { bold: true, size: s.size + 4, align: 'right', color: '#5b2c6f' });
  s.y += s.size * 2.6;
  const head: Array<[string, string]> = zh
    ? [['员工姓名', p.employee.name], ['员工号', p.employeeNo || '—'], ['工资所属期', fmtMonth5(p.period, fmt)], ['付款日期', fmtDate5(p.payDate, fmt)], ['结算币种', p.currency === 'CNY' ? '人民币' : p.currency]]
    : [['Employee', p.employee.name], ['Staff number', p.employeeNo || '—'], ['Pay period', fmtMonth5(p.period, fmt)], ['Date paid', fmtDate5(p.payDate, fmt)], ['Paid in', p.currency]];
  const hw = head.map(() => s.width / head.length);
  s.row(head.map((h) => h[0]), hw, { size: s.size - 1.5, fill: '#ece4f1', ruled: 'box', pad: 3, color: '#444444' });
  s.row(head.map((h) => h[1]), hw, { bold: true, ruled: 'box', pad: 4 });
  s.y += 10;
  const gap = 12;
  const tw = (s.width - gap) / 2;
  const w = [tw * 0.5, tw * 0.25, tw * 0.25];
  const al = ['left', 'right', 'right'] as const;
  const top = s.y;
  const cols = zh ? ['本期', '本年累计'] : ['This period', 'Year to date'];
  // Payments (left)
  s.row([zh ? '应发项目' : 'Payments', ...cols], w, { bold: true, fill: '#5b2c6f', color: 'white', aligns: [...al], pad: 3.5 });
  for (const e of p.earnings) { s.row([LABEL.A[lang][e.key], num5(e.cents, sep), num5(ytd(e.cents, e.key), sep)], w, { aligns: [...al], ruled: 'under', pad: 3.5 }) }
  const leftEnd = s.y;
  // Deductions (right)
  s.y = top;
  const x = s.left + tw + gap;
  s.row([zh ? '扣款项目' : 'Deductions', ...cols], w, { x, bold: true, fill: '#5b2c6f', color: 'white', aligns: [...al], pad: 3.5 });
  for (const d of p.deductions) { const v = ytd(d.cents, d.key); s.row([LABEL.A[lang][d.key], num5(d.cents, sep), num5(v, sep)], w, { x, aligns: [...al], ruled: 'under', pad: 3.5 }); }
  s.y = Math.max(s.y, leftEnd) + 4;
  const totalsY = s.y;
  s.row([zh ? '应发合计' : 'Total payments', num5(p.grossCents, sep), ''], w, { bold: true, aligns: [...al], ruled: 'box', pad: 3.5 });
  s.y = totalsY;
  s.row([zh ? '扣款合计' : 'Total deductions', num5(p.totalDeductionsCents, sep), ''], w, { x, bold: true, aligns: [...al], ruled: 'box', pad: 3.5 });
  s.y += 12;
  const bw = tw * 0.9;
  s.box(x + tw - bw, s.y, bw, s.size * 3.4, { stroke: '#5b2c6f', lw: 1.4, fill: '#f6f0f9' });
  s.put(zh ? '实发工资' : 'NET PAY', x + tw - bw + 8, s.y + s.size * 1.05, bw * 0.45, { bold: true });
  s.put(zh ? `${num5(p.netCents, sep)}` : `${SYM[p.currency]}${num5(p.netCents, sep)}`, x + tw - bw * 0.55, s.y + s.size * 0.9, bw * 0.55 - 8, { bold: true, size: s.size + 2, align: 'right' });
  s.put(zh ? '本工资单由系统生成，如有疑问请于发放后七日内联系人事部门。' : 'Please keep this payslip for your records. Queries to Payroll within seven days of the pay date.', s.left, s.y + 4, tw, { size: s.size - 2, color: '#555555' });
  s.y += s.size * 4;
}

function phone(s: Sheet5, p: PayFacts, lang: Lang, fmt: DateFmt5, sep: boolean): void {
  const zh = lang === 'zh';
  const L = LABEL.B[lang];
  const w = s.width;
  s.put(zh ? '‹　我的工资条' : '‹  My Payslips', s.left, s.y, w, { size: s.size + 1, bold: true });
  s.y += s.size * 2.2;
  s.line(s.left, s.y, s.left + w, s.y, 0.5, '#cccccc');
  s.y += 10;
  s.put(zh ? `${fmtMonth5(p.period, fmt)}工资` : `Pay for ${fmtMonth5(p.period, fmt)}`, s.left, s.y, w, { align: 'center', size: s.size + 1 });
  s.y += s.size * 2;
  s.put(zh ? '实发金额（元）' : `Take-home pay (${p.currency})`, s.left, s.y, w, { align: 'center', size: s.size - 1, color: '#777777' });
  s.y += s.size * 1.6;
  s.put(num5(p.netCents, sep), s.left, s.y, w, { align: 'center', bold: true, size: s.size + 10, color: '#c0392b' });
  s.y += s.size * 3.2;
  s.put(zh ? `${p.employer}` : p.employer, s.left, s.y, w, { align: 'center', size: s.size - 1.5, color: '#777777' });
  s.y += s.size * 2.6;
  const card = (title: string, lines: Array<[string, string]>): void => {
    const h = s.size * 2.1 * (lines.length + 1) + 8;
    s.box(s.left - 6, s.y - 4, w + 12, h, { fill: '#f4f5f7', radius: 6 });
    s.put(title, s.left, s.y + 2, w, { bold: true, size: s.size - 0.5 });
    s.y += s.size * 2.1;
    for (const [k, v] of lines) {
      s.put(k, s.left, s.y, w * 0.55, { color: '#555555' });
      s.put(v, s.left + w * 0.4, s.y, w * 0.6, { align: 'right' });
      s.y += s.size * 2.1;
    }
    s.y += 16;
  };
  card(zh ? '基本信息' : 'Details', zh
    ? [['姓名', p.employee.name], ['工号', p.employeeNo || '—'], ['部门', p.department], ['币种', '人民币'], ['发薪日', fmtDate5(p.payDate, fmt)]]
    : [['Name', p.employee.name], ['Employee ID', p.employeeNo || '—'], ['Department', p.department], ['Payday', fmtDate5(p.payDate, fmt)]]);
  card(zh ? '收入' : 'Earnings', [...p.earnings.map((e): [string, string] => [L[e.key], num5(e.cents, sep)]), [zh ? '税前合计' : 'Total before deductions', num5(p.grossCents, sep)]]);
  card(zh ? '扣除' : 'Deductions', [...p.deductions.map((d): [string, string] => [L[d.key], `-${num5(d.cents, sep)}`]), [zh ? '扣除合计' : 'Total deducted', `-${num5(p.totalDeductionsCents, sep)}`]]);
  s.put(zh ? '数据来源：薪酬服务平台　仅供个人查阅' : 'Data from your employer\'s payroll portal. For personal reference only.', s.left, s.y, w, { align: 'center', size: s.size - 2.5, color: '#999999' });
  s.y += s.size * 2;
}

export async function renderPayslipBlind5(rng: Rng, lang: Lang, ordinal: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const p = makePayFacts(rng, lang, currency, 0.5);
  const family = ordinal % 2 === 0 ? 'A' : 'B';
  const layout = family === 'A' ? 'payments-deductions' : 'phone';
  const face = FACES5[lang][(ordinal + 1) % 3] as Face5;
  const size = layout === 'phone' ? rng.pick([9.5, 10]) : rng.pick([8.5, 9]);
  const fmt: DateFmt5 = rng.pick(lang === 'zh' ? ['slash-nopad', 'dot-nopad', 'zh-full'] as const : ['dmy-dot', 'dmon', 'mdy-slash'] as const);
  const sep = rng.chance(0.6);
  const footer = pickFooter5(rng, lang, lang === 'zh' ? '工资单' : 'Payslip');
  const pageSize: PageSize5 = layout === 'phone' ? [300, 780] : lang === 'zh' ? 'B5' : [612, 396];
  const landscape = layout !== 'phone' && lang === 'zh';
  const s = new Sheet5(face, size, layout === 'phone' ? 22 : 34, pageSize, landscape, lang === 'zh' ? '工资' : 'Payslip', rng.pick(['Sage Payroll', 'Kingdee Cloud HR', 'ADP Workforce Now']));
  if (layout === 'payments-deductions') paymentsDeductions(s, p, lang, fmt, sep, rng);
  else phone(s, p, lang, fmt, sep);
  const out = await s.finish(footer.footer);
  if (out.pageCount > 1) throw new Error(`blind5 pay slip has ${out.pageCount} pages`);
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
    generator: { set: 'blind5', layout, family, font: face.id, size, pageSize: Array.isArray(pageSize) ? pageSize.join('x') : pageSize, landscape, footer: footer.id, dateFmt: fmt, thousands: sep },
  };
}
