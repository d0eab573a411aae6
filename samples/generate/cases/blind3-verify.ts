/**
 * Independent look at the committed blind3 folders: `npx tsx samples/generate/cases/blind3-verify.ts`.
 * Reads only samples/cases/blind3 (truth.json, application.json and the PDFs through pdftotext,
 * pdfinfo and pdfimages), never the generator's facts. For every text-layer case it re-derives the
 * consistency rules a clean case must satisfy: every principal in figures equals the application,
 * every amount in words (大写 or English) equals the figures, end = start + term (either convention)
 * in every mention, no signing date after the start, every account and name mention equals the
 * application, the collateral address printed in the key terms and the schedule, pay-slip items add up
 * and gross − deductions = net, statement rows reconcile (opening, running balances, totals, closing)
 * and lie inside the period, the salary credit equals net pay, page marks run 1…N of N, four images
 * (seals and signatures) on the contract, all three documents present. Fails when a clean twin breaks
 * any rule, or a defective text case breaks none; scanned pairs are compared by pages and bytes only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACES } from '../places.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases', 'blind3');

interface Truth { id: string; form: string; lang: string; defect: string | null; expected: string[]; twin: string }
interface App { caseId: string; borrower: { name: string; idNumber: string }; loan: { principal: string; termMonths: number; disbursementAccount: string; collateralAddress: string } }

const text = (file: string, page?: number): string => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', '-enc', 'UTF-8', file, '-']).toString();
const pageCount = (file: string): number => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
const images = (file: string): number => execFileSync('pdfimages', ['-list', file]).toString().split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/u.test(l)).length;
const squash = (t: string): string => t.replace(/\s+/gu, '');
const cents = (m: string): number => Math.round(Number(m.replace(/,/gu, '')) * 100);

const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UNIT: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };
/** 大写 → cents (a sketch of the bank rules: sections by 亿/万, units 拾佰仟, 元 角 分). */
export function parseDaxie(words: string): number {
  let total = 0; let section = 0; let digit = 0; let yuan = 0; let fraction = 0;
  for (const ch of words.replace(/^人民币/u, '')) {
    if (ch in DIGIT) digit = DIGIT[ch]!;
    else if (ch in UNIT) { section += (digit || 1) * UNIT[ch]!; digit = 0; }
    else if (ch === '万' || ch === '亿') { total = (total + section + digit) * (ch === '万' ? 10_000 : 100_000_000); section = 0; digit = 0; }
    else if (ch === '元' || ch === '圆') { yuan = total + section + digit; digit = 0; }
    else if (ch === '角') { fraction += digit * 10; digit = 0; }
    else if (ch === '分') { fraction += digit; digit = 0; }
  }
  return yuan * 100 + fraction;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "RenminbiTwoHundredSixty-FiveThousandYuanand45/100Only" (white space removed) → cents. */
export function parseEnglish(words: string): number {
  const fraction = /and(\d\d)\/100/u.exec(words);
  const tokens = words.replace(/^Renminbi/u, '').replace(/Yuan.*$/u, '').split(/(?=[A-Z])|-/u).map((t) => t.toLowerCase()).filter(Boolean);
  let total = 0; let chunk = 0;
  for (const t of tokens) {
    if (ONES.includes(t)) chunk += ONES.indexOf(t);
    else if (TENS.includes(t)) chunk += TENS.indexOf(t) * 10;
    else if (t === 'hundred') chunk *= 100;
    else if (t === 'thousand' || t === 'million' || t === 'billion') { total += chunk * (t === 'thousand' ? 1e3 : t === 'million' ? 1e6 : 1e9); chunk = 0; }
  }
  return (total + chunk) * 100 + (fraction ? Number(fraction[1]) : 0);
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
type Ymd = [number, number, number];
const ZH_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const EN_DATE = /(\d{1,2})(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\d{4})/u;
const DOT_DATE = /(\d{4})\.(\d{2})\.(\d{2})/u;
function ymd(s: string): Ymd | null {
  let m = ZH_DATE.exec(s); if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  m = EN_DATE.exec(s); if (m) return [Number(m[3]), MON.indexOf(m[2]!) + 1, Number(m[1])];
  m = DOT_DATE.exec(s); if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  return null;
}
const ms = (d: Ymd): number => Date.UTC(d[0], d[1] - 1, d[2]);
function addMonths(d: Ymd, n: number): Ymd {
  const i = d[0] * 12 + d[1] - 1 + n; const y = Math.floor(i / 12); const m = (i % 12) + 1;
  return [y, m, Math.min(d[2], new Date(Date.UTC(y, m, 0)).getUTCDate())];
}

function luhn(n: string): boolean {
  let s = 0;
  [...n].reverse().forEach((c, i) => { let d = Number(c); if (i % 2) { d *= 2; if (d > 9) d -= 9; } s += d; });
  return s % 10 === 0;
}
function idOk(id: string): boolean {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...id.slice(0, 17)].reduce((a, c, i) => a + Number(c) * w[i]!, 0);
  return '10X98765432'[s % 11] === id[17];
}

/** Every rule a clean text-layer case satisfies; returns the rules broken. */
function problems(dir: string, lang: string): string[] {
  const out: string[] = [];
  const app = JSON.parse(readFileSync(join(dir, 'application.json'), 'utf8')) as App;
  const zh = lang === 'zh';
  if (!idOk(app.borrower.idNumber)) out.push('application ID checksum');
  if (!luhn(app.loan.disbursementAccount)) out.push('application account fails Luhn');
  for (const f of ['contract.pdf', 'payslip.pdf', 'statement.pdf']) if (!existsSync(join(dir, f))) out.push(`${f} missing`);
  const principal = cents(app.loan.principal);
  const c = join(dir, 'contract.pdf');
  if (existsSync(c)) {
    const t = squash(text(c));
    const figures = [...t.matchAll(zh ? /人民币([\d,]+\.\d{2})元/gu : /RMB([\d,]+\.\d{2})/gu)].map((m) => cents(m[1]!));
    if (figures.some((v) => v !== principal)) out.push(`principal figures ${figures.map((v) => v / 100).join('/')} vs application ${principal / 100}`);
    const words = [...t.matchAll(zh ? /人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]{3,})/gu : /(Renminbi.+?Only)/gu)].map((m) => (zh ? parseDaxie(m[1]!) : parseEnglish(m[1]!)));
    if (words.length < 2 || words.some((v) => v !== principal)) out.push(`amounts in words ${words.map((v) => v / 100).join('/')} vs ${principal / 100}`);
    const term = Number((zh ? /借款期限(\d+)个月/u : /Term(\d+)months/u).exec(t)?.[1]);
    const start = ymd((zh ? /起始日（放款日）(.{8,12}日)/u : /Drawdowndate(\d{1,2}[A-Z][a-z]{2}\d{4})/u).exec(t)?.[1] ?? '');
    const ends = [...t.matchAll(zh ? /(?:到期日|末期还款日|起至)(\d{4}年\d{1,2}月\d{1,2}日)/gu : /(?:Maturitydate|Finalinstalment|to)(\d{1,2}[A-Z][a-z]{2}\d{4})/gu)].map((m) => ymd(m[1]!)!);
    const clauseTerm = Number((zh ? /借款期限为(\d+)个月/u : /termoftheloanis(\d+)months/u).exec(t)?.[1]);
    if (term !== app.loan.termMonths || clauseTerm !== term) out.push(`term ${term}/${clauseTerm} vs ${app.loan.termMonths}`);
    if (!start) out.push('no start date');
    else {
      const plus = addMonths(start, term);
      const okEnds = [ms(plus), ms(plus) - 86_400_000];
      if (ends.length < 2 || ends.some((e) => !okEnds.includes(ms(e)))) out.push(`end dates ${ends.map((e) => e.join('-')).join(', ')} ≠ start + ${term} months`);
      const signed = [...t.matchAll(zh ? /日期：(\d{4}年\d{1,2}月\d{1,2}日)/gu : /(?:Date:|madeon)(\d{1,2}[A-Z][a-z]{2}\d{4})/gu)].map((m) => ymd(m[1]!)!);
      if (signed.length < 2 || signed.some((d) => ms(d) > ms(start))) out.push(`signing dates ${signed.map((d) => d.join('-')).join(', ')} after start ${start.join('-')}`);
    }
    const accounts = [...t.matchAll(/(?<!\d)(62\d{14,17})(?!\d)/gu)].map((m) => m[1]!);
    if (accounts.length < 2 || accounts.some((a) => a !== app.loan.disbursementAccount)) out.push(`contract accounts ${accounts.join('/')}`);
    const address = squash(app.loan.collateralAddress);
    const known = PLACES.some((pl) => (zh
      ? address.includes(`${pl.city}${pl.district}`) && (/^(.+?省)/u.exec(address)?.[1] ?? pl.province) === pl.province
      : address.includes(squash(`${pl.districtEn}, ${pl.cityEn}`))));
    if (!known) out.push(`collateral address ${app.loan.collateralAddress} names no place of the gazetteer`);
    if (t.split(address).length - 1 < 2) out.push('collateral address not printed in key terms and schedule as the application has it');
    const name = squash(app.borrower.name);
    const names = [...t.matchAll(zh ? /(?:借款人|抵押人|姓名：)([\u4e00-\u9fff]{2,4}?)(?=身份证件号码|日期|项目|$|\n|抵押)/gu : /(?:Borrower|Mortgagor|Name:)([A-Z][a-z]+[A-Z][a-z]+)(?=IDcard|Date|Lender|Mortgagor|\(|$)/gu)].map((m) => m[1]!);
    if (!names.length || names.some((n) => n !== name)) out.push(`contract names ${names.join('/')} vs ${name}`);
    const n = pageCount(c);
    for (let i = 1; i <= n; i++) {
      const p = squash(text(c, i));
      const m = /共(\d+)页第(\d+)页|第(\d+)页\/共(\d+)页|Page(\d+)of(\d+)|p\.(\d+)\/(\d+)/u.exec(p);
      const [num, tot] = m ? (m[1] ? [m[2], m[1]] : m[3] ? [m[3], m[4]] : m[5] ? [m[5], m[6]] : [m[7], m[8]]).map(Number) : [0, 0];
      if (num !== i || tot !== n) out.push(`physical page ${i} of ${n} marked ${num}/${tot}`);
    }
    if (images(c) !== 4) out.push(`contract has ${images(c)} images, expected 4 (two seals, two signatures)`);
  }
  let net: number | null = null;
  const ps = join(dir, 'payslip.pdf');
  if (existsSync(ps)) {
    const lines = text(ps).split('\n');
    const pairs: Array<[string, number]> = [];
    for (const l of lines) for (const m of l.matchAll(/([A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff ]*?)\s+([\d,]+\.\d{2})(?!\S)/gu)) pairs.push([m[1]!.trim(), cents(m[2]!)]);
    const EARN = /基本工资|岗位津贴|绩效奖金|Basic salary|Position allowance|Performance bonus/u;
    const DED = /养老保险|医疗保险|失业保险|住房公积金|个人所得税|Pension|Medical|Unemployment|Housing fund|income tax/u;
    const get = (re: RegExp): number | undefined => pairs.find(([k]) => re.test(k))?.[1];
    const gross = get(/应发合计|Gross pay/u); const ded = get(/扣款合计|Total deductions/u);
    const sumOf = (re: RegExp): number => pairs.filter(([k]) => re.test(k)).reduce((a, [, v]) => a + v, 0);
    const netM = /(?:实发金额（转入工资卡）：|salary account: RMB )([\d,]+\.\d{2})/u.exec(text(ps).replace(/[ \t]+/gu, ' '));
    net = netM ? cents(netM[1]!) : null;
    if (gross === undefined || ded === undefined || net === null) out.push('pay slip totals not found');
    else {
      if (sumOf(EARN) !== gross) out.push(`earnings ${sumOf(EARN) / 100} ≠ gross ${gross / 100}`);
      if (sumOf(DED) !== ded) out.push(`deduction items ${sumOf(DED) / 100} ≠ total ${ded / 100}`);
      if (gross - ded !== net) out.push(`gross − deductions ${(gross - ded) / 100} ≠ net ${net / 100}`);
    }
    if (!squash(text(ps)).includes(squash(app.borrower.name))) out.push('pay slip name ≠ application');
  }
  const st = join(dir, 'statement.pdf');
  if (existsSync(st)) {
    const raw = text(st);
    const t = squash(raw);
    const opening = cents((/(?:期初余额：|Openingbalance:)([\d,]+\.\d{2})/u.exec(t) ?? ['', 'NaN'])[1]!);
    const credits = cents((/(?:收入合计：|Totalcredits:)([\d,]+\.\d{2})/u.exec(t) ?? ['', 'NaN'])[1]!);
    const debits = cents((/(?:支出合计：|Totaldebits:)([\d,]+\.\d{2})/u.exec(t) ?? ['', 'NaN'])[1]!);
    const closing = cents((/(?:期末余额：|Closingbalance:)([\d,]+\.\d{2})/u.exec(t) ?? ['', 'NaN'])[1]!);
    const period = /(?:查询期间：|Period:)(.+?)(?:至|to)(.+?)(?:期初|Opening)/u.exec(t);
    const [from, to] = period ? [ymd(period[1]!), ymd(period[2]!)] : [null, null];
    const rows = raw.split('\n').map((l) => l.trim()).filter((l) => /^(\d{4}\.\d{2}\.\d{2}|\d{1,2} [A-Z][a-z]{2} \d{4})/u.test(l))
      .map((l) => ({ date: ymd(squash(l))!, salary: /代发工资|PAYROLL/u.test(l), amounts: (l.replace(/^(\d{4}\.\d{2}\.\d{2}|\d{1,2} [A-Z][a-z]{2} \d{4})/u, '').match(/[\d,]+\.\d{2}/gu) ?? []).map(cents) }));
    let prev = opening; let up = 0; let down = 0;
    for (const r of rows) {
      const balance = r.amounts.at(-1)!; const amount = r.amounts[0]!;
      if (Math.abs(balance - prev) !== amount) out.push(`row ${r.date.join('-')}: balance moves ${(balance - prev) / 100}, amount ${amount / 100}`);
      if (balance > prev) up += amount; else down += amount;
      prev = balance;
      if (from && to && (ms(r.date) < ms(from) || ms(r.date) > ms(to))) out.push(`row ${r.date.join('-')} outside the period`);
      if (r.salary && net !== null && amount !== net) out.push(`salary credit ${amount / 100} ≠ pay slip net ${net / 100}`);
    }
    if (up !== credits || down !== debits) out.push(`rows credit ${up / 100} debit ${down / 100} vs totals ${credits / 100} / ${debits / 100}`);
    if (opening + credits - debits !== closing || prev !== closing) out.push(`opening + credits − debits = ${(opening + credits - debits) / 100}, last balance ${prev / 100}, closing ${closing / 100}`);
    if (!t.includes(squash(app.borrower.name))) out.push('statement holder ≠ application');
    if (!t.includes(app.loan.disbursementAccount)) out.push('statement account ≠ application');
  }
  return out;
}

const truth = (JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as { cases: Truth[] }).cases;
let failures = 0;
for (const t of truth.filter((c) => c.defect)) {
  const [bad, good] = [join(DIR, t.id), join(DIR, t.twin)];
  const pdfs = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.pdf')).sort();
  const line: string[] = [`${t.id} [${t.expected.join(',')}]`];
  if (t.form === 'text-pdf') {
    const [pb, pg] = [problems(bad, t.lang), problems(good, t.lang)];
    if (pg.length) { failures++; line.push(`  FAIL clean twin: ${pg.join('; ')}`); }
    if (!pb.length) { failures++; line.push('  FAIL defective case breaks no rule'); } else line.push(`  defective breaks: ${pb.join('; ')}`);
  } else {
    const differs = pdfs(bad).join() !== pdfs(good).join() || readFileSync(join(bad, 'application.json'), 'utf8').replace(/"caseId".*\n/u, '') !== readFileSync(join(good, 'application.json'), 'utf8').replace(/"caseId".*\n/u, '')
      || pdfs(good).some((f) => !readFileSync(join(bad, f)).equals(readFileSync(join(good, f))));
    const pages = pdfs(good).map((f) => `${f} ${pageCount(join(bad, f))}/${pageCount(join(good, f))}p`).join(', ');
    const textless = [...pdfs(bad), ...pdfs(good).map((f) => `../${t.twin}/${f}`)].every((f) => squash(text(join(bad, f))).length === 0);
    if (!differs || !textless) { failures++; line.push(`  FAIL scanned pair: ${differs ? '' : 'twins identical '}${textless ? '' : 'a text layer present'}`); }
    else line.push(`  scanned: files differ, no text layer (${pages})`);
  }
  console.log(line.join('\n'));
}
if (failures) { console.error(`${failures} failures`); process.exit(1); }
console.error(`${truth.filter((c) => c.defect).length} defective cases checked against their clean twins; all clean text twins consistent`);
