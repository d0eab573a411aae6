/**
 * blind4 pay slips. Family A `certificate`: an HR income certificate in prose (收入证明 / Employment
 * and Salary Verification) naming the month and every amount. Family B `months`: a salary statement
 * with three months side by side (oldest left); the expected values are the LATEST month (rightmost
 * column), which is what an officer reads.
 */
import { addMonths, isoMonth } from './calendar.js';
import { makePayFacts, type PayFacts, type PayLine } from './content.js';
import type { RenderedDoc } from './expected.js';
import { moneyValue } from './format.js';
import { FACES4, fmtDate4, fmtMonth4, num4, pickFooter4, Sheet4, type DateFmt4 } from './kit-blind4.js';
import type { Rng } from './prng.js';
import { makeSeal } from './seal.js';
import type { Currency, Lang } from './variant-types.js';

type Key = PayLine['key'];
const CUR: Record<Lang, Record<Currency, string>> = { zh: { CNY: '人民币', USD: '美元', HKD: '港币' }, en: { CNY: 'RMB', USD: 'US$', HKD: 'HK$' } };

async function certificate(s: Sheet4, p: PayFacts, lang: Lang, dateFmt: DateFmt4, sep: boolean, issue: string): Promise<void> {
  const zh = lang === 'zh';
  const amt = (k: Key): number => p.deductions.find((d) => d.key === k)?.cents ?? 0;
  const m = (c: number): string => (zh ? `${num4(c, sep)}元` : `${CUR.en[p.currency]}${num4(c, sep)}`);
  s.put(p.employer, s.left, s.y, s.width, { bold: true, size: s.size + 3, align: 'center' });
  s.y += s.size * 2 + 4;
  s.line(s.left, s.y, s.left + s.width, s.y, 1.2, '#7a1f1f');
  s.y += 18;
  s.para(zh ? '收 入 证 明' : 'EMPLOYMENT AND SALARY VERIFICATION', { bold: true, size: s.size + 5, align: 'center', after: 16 });
  if (zh) {
    s.para('致：有关金融机构', { after: 10 });
    s.para(`兹证明${p.employee.name}（身份证号：${p.employee.idNumber}）为我单位正式员工，现任${p.department}职员。`, { firstIndent: s.size * 2, align: 'justify' });
    const other = amt('otherDeduction');
    s.para(`该员工${fmtMonth4(p.period, dateFmt)}税前月收入为人民币${m(p.grossCents)}，当月由单位代扣代缴个人所得税${m(amt('incomeTax'))}、社会保险个人缴纳部分${m(amt('socialInsurance'))}、住房公积金个人缴纳部分${m(amt('housingFund'))}${other ? `、其他扣款${m(other)}` : ''}，扣款合计${m(p.totalDeductionsCents)}，实发工资${m(p.netCents)}。`, { firstIndent: s.size * 2, align: 'justify' });
    s.para('本证明仅用于该员工办理贷款业务，不作其他用途。我单位对本证明内容的真实性负责。', { firstIndent: s.size * 2, align: 'justify', after: 14 });
    s.para('单位联系人：人力资源部', { after: 20 });
    s.para(`证明单位（盖章）：${p.employer}`, { align: 'right', after: 4 });
    s.para(issue, { align: 'right' });
  } else {
    s.para('TO WHOM IT MAY CONCERN', { bold: true, after: 10 });
    s.para(`This is to confirm that ${p.employee.name} has been employed by ${p.employer} on a permanent, full-time basis and currently works in our ${p.department} department (staff no. ${p.employeeNo || 'n/a'}).`, { align: 'justify' });
    const other = amt('otherDeduction');
    s.para(`For the pay month of ${fmtMonth4(p.period, dateFmt)} the employee's gross salary was ${m(p.grossCents)}. From this we withheld income tax of ${m(amt('incomeTax'))}, the employee's social insurance contribution of ${m(amt('socialInsurance'))} and housing fund contribution of ${m(amt('housingFund'))}${other ? `, and other deductions of ${m(other)}` : ''}, a total of ${m(p.totalDeductionsCents)} withheld; the net salary paid to the employee's bank account was ${m(p.netCents)}.`, { align: 'justify' });
    s.para('This letter is issued at the employee\'s request for a loan application and implies no guarantee by the company.', { align: 'justify', after: 16 });
    s.para('Sincerely,', { after: 44 });
    s.para(`Human Resources, ${p.employer}`, { after: 4 });
    s.para(`Date: ${issue}`);
  }
  const seal = await makeSeal(p.employer.slice(0, 24), lang, zh ? '人力资源部' : 'HUMAN RESOURCES');
  s.image(seal, s.left + s.width - 120, s.y - 80, 86);
}

interface Month { period: PayFacts['period']; lines: Record<Key, number>; gross: number; ded: number; net: number }

function months(p: PayFacts, rng: Rng): Month[] {
  const base: Record<Key, number> = { basePay: 0, allowance: 0, bonus: 0, incomeTax: 0, socialInsurance: 0, housingFund: 0, otherDeduction: 0 };
  for (const l of [...p.earnings, ...p.deductions]) base[l.key] = l.cents;
  const out: Month[] = [];
  for (let back = 2; back >= 0; back--) {
    const lines = { ...base };
    if (back > 0) {
      const delta = rng.int(-40_000, 60_000);
      lines.bonus = Math.max(0, base.bonus + (base.bonus ? delta : 0));
      lines.incomeTax = Math.max(0, base.incomeTax + Math.round((lines.bonus - base.bonus) * 0.1));
    }
    const gross = lines.basePay + lines.allowance + lines.bonus;
    const ded = lines.incomeTax + lines.socialInsurance + lines.housingFund + lines.otherDeduction;
    out.push({ period: addMonths(p.period, -back), lines, gross, ded, net: gross - ded });
  }
  return out;
}

function monthsTable(s: Sheet4, p: PayFacts, lang: Lang, dateFmt: DateFmt4, sep: boolean, rng: Rng): void {
  const zh = lang === 'zh';
  const ms = months(p, rng);
  s.put(zh ? '工资发放明细（近三个月）' : 'SALARY STATEMENT — LAST THREE MONTHS', s.left, s.y, s.width, { bold: true, size: s.size + 3 });
  s.y += s.size * 2 + 2;
  const info: Array<[string, string]> = zh
    ? [['单位', p.employer], ['姓名', p.employee.name], ['工号', p.employeeNo || '—'], ['计量单位', '元（人民币）']]
    : [['Company', p.employer], ['Employee name', p.employee.name], ['Payroll no.', p.employeeNo || '—'], ['Currency', p.currency]];
  for (const [k, v] of info) s.row([k, v], [s.width * 0.2, s.width * 0.8], { ruled: 'none', pad: 2 });
  s.y += 8;
  const w = [s.width * 0.34, s.width * 0.22, s.width * 0.22, s.width * 0.22];
  const al = ['left', 'right', 'right', 'right'] as const;
  s.row([zh ? '项目 \\ 月份' : 'Item \\ Month', ...ms.map((m) => fmtMonth4(m.period, dateFmt))], w, { bold: true, ruled: 'box', fill: '#d9e2ec', aligns: [...al] });
  const label: Record<Lang, Record<Key, string>> = {
    zh: { basePay: '基础薪资', allowance: '补贴', bonus: '月度奖金', incomeTax: '个人所得税', socialInsurance: '养老医疗失业保险(个人)', housingFund: '公积金(个人)', otherDeduction: '工会费' },
    en: { basePay: 'Base salary', allowance: 'Allowances', bonus: 'Monthly bonus', incomeTax: 'Income tax', socialInsurance: 'Social insurance (EE)', housingFund: 'Housing fund (EE)', otherDeduction: 'Union fee' },
  };
  const line = (t: string, vals: number[], bold = false, fill?: string): void => {
    s.row([t, ...vals.map((v) => num4(v, sep))], w, { ruled: 'box', aligns: [...al], bold, ...(fill ? { fill } : {}) });
  };
  for (const k of ['basePay', 'allowance', 'bonus'] as const) if (p.earnings.some((e) => e.key === k)) line(label[lang][k], ms.map((m) => m.lines[k]));
  line(zh ? '税前收入合计' : 'Gross earnings', ms.map((m) => m.gross), true, '#f3f3f3');
  for (const k of ['socialInsurance', 'housingFund', 'incomeTax', 'otherDeduction'] as const) if (p.deductions.some((e) => e.key === k)) line(label[lang][k], ms.map((m) => m.lines[k]));
  line(zh ? '扣款合计' : 'Total withheld', ms.map((m) => m.ded), true, '#f3f3f3');
  line(zh ? '实发金额' : 'Net paid', ms.map((m) => m.net), true, '#e6efe6');
  s.y += 12;
  s.para(zh ? `打印日期：${fmtDate4(p.payDate, dateFmt)}　本表由薪酬系统生成，各月实发金额已划入员工工资卡。` : `Printed ${fmtDate4(p.payDate, dateFmt)}. Generated by the payroll system; each month's net pay was credited to the employee's salary account.`, { size: s.size - 1.5, after: 4 });
  const last = ms[2] as Month;
  if (last.net !== p.netCents || last.gross !== p.grossCents || last.ded !== p.totalDeductionsCents) throw new Error('blind4 months table: latest month differs from the facts');
}

export async function renderPayslipBlind4(rng: Rng, lang: Lang, ordinal: number): Promise<RenderedDoc> {
  const currency: Currency = lang === 'zh' ? 'CNY' : rng.pick(['USD', 'HKD', 'CNY'] as const);
  const p = makePayFacts(rng, lang, currency, 0.5);
  const family = ordinal % 2 === 0 ? 'A' : 'B';
  const layout = family === 'A' ? 'certificate' : 'months';
  const face = FACES4[lang][(ordinal + 1) % 3] as (typeof FACES4)['zh'][number];
  const size = rng.pick(lang === 'zh' ? [10.5, 11] : [10, 11]);
  const margin = rng.pick([54, 62, 70]);
  const dateFmt: DateFmt4 = rng.pick(lang === 'zh' ? ['zh-full', 'zh-pad', 'dot'] as const : ['en-ord', 'en-mdy-short', 'iso'] as const);
  const sep = rng.chance(0.6);
  const footer = pickFooter4(rng, lang, lang === 'zh' ? '收入证明' : 'Salary');
  const pageSize = layout === 'months' ? 'A5' : lang === 'en' ? 'LETTER' : 'A4';
  const s = new Sheet4(face, layout === 'months' ? size - 1.5 : size, layout === 'months' ? 36 : margin, pageSize, layout === 'months', lang === 'zh' ? '收入' : 'Salary', rng.pick(['Beisen HCM', 'UKG Pro', 'Yonyou NC Cloud']));
  const issue = fmtDate4(p.payDate, dateFmt);
  if (layout === 'certificate') await certificate(s, p, lang, dateFmt, sep, issue);
  else monthsTable(s, p, lang, dateFmt, sep, rng);
  const out = await s.finish(footer.footer);
  if (out.pageCount > 1) throw new Error(`blind4 pay slip has ${out.pageCount} pages`);
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
    generator: { set: 'blind4', layout, family, font: face.id, size, pageSize, landscape: layout === 'months', footer: footer.id, dateFmt, thousands: sep },
  };
}
