/**
 * The planted defects: each names the finding codes it must raise and how it changes a case's
 * content. Every defect has a dev variant (checks may be tuned on it) and a holdout variant (a
 * different way of making the same mistake, never looked at while writing the checks).
 */
import { addMonths, addDays } from '../calendar.js';
import type { LoanFacts, PayFacts, StatementFacts } from '../content.js';
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import type { Place } from '../places.js';
import type { ContractTweaks } from './render.js';

export type FindingCode = 'AMOUNT_WORDS_MISMATCH' | 'AMOUNT_MISMATCH' | 'ADDRESS_MISMATCH' | 'ADDRESS_UNKNOWN_PLACE' | 'PAGE_MISSING' | 'PAGE_DUPLICATE' | 'PAGE_OUT_OF_ORDER' | 'BALANCE_MISMATCH' | 'PAYSLIP_ARITHMETIC' | 'DATE_INCONSISTENT' | 'ACCOUNT_MISMATCH' | 'NAME_MISMATCH' | 'SIGNATURE_MISSING' | 'DOCUMENT_MISSING';

export interface Application {
  caseId: string;
  borrower: { name: string; idNumber: string };
  loan: { principal: string; currency: string; annualRatePercent: string; termMonths: number; disbursementAccount: string; collateralAddress: string };
  requiredDocuments: string[];
}

/** Everything a case is made of; a defect edits it before rendering. */
export interface CasePlan {
  lang: Lang;
  loan: LoanFacts;
  pay: PayFacts;
  statement: StatementFacts;
  application: Application;
  contract: ContractTweaks;
  /** What the pay slip prints (differs from the facts only when a defect says so). */
  payPrinted: { grossCents: number; totalDeductionsCents: number; netCents: number };
  /** Page operation on the contract PDF: new page order (1-based), e.g. [1, 3] drops page 2. */
  pageOrder?: (pageCount: number) => number[];
  omit?: 'pay_slip' | 'bank_statement';
  collateralPlace: Place;
}

export interface Defect {
  id: string;
  codes: FindingCode[];
  apply(plan: CasePlan, rng: Rng, variant: 'dev' | 'holdout'): void;
}

const money = (cents: number) => (cents / 100).toFixed(2);

/** Change one character of a string at a position chosen among those `pick` allows. */
function changeDigit(text: string, rng: Rng): string {
  const positions = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = rng.pick(positions);
  const d = Number(text[i]);
  return text.slice(0, i) + String((d + rng.int(1, 8)) % 10) + text.slice(i + 1);
}

const CITY_TYPO: Record<string, string> = { 州: '洲', 都: '部', 京: '景', 海: '晦', 安: '按', 沙: '纱', 岛: '鸟', 门: '闩', 肥: '把', 阳: '杨', 圳: '川', 庆: '厌', 津: '律' };
const DISTRICT_TYPO: Record<string, string> = { 朝: '潮', 西: '栖', 浦: '蒲', 福: '副', 天: '夭', 越: '樾', 鼓: '古', 姑: '菇', 武: '舞', 雁: '燕', 岳: '丘', 蜀: '属', 金: '全', 渝: '瑜', 思: '恩', 湖: '胡', 南: '楠', 山: '仙', 海: '晦', 徐: '徐', 静: '靖', 滨: '宾', 江: '汀', 上: '土', 拱: '供', 中: '仲', 黄: '簧', 雨: '两', 秦: '泰' };

function placeTypo(address: string, lang: Lang, variant: 'dev' | 'holdout', place: { city: string; district: string; cityEn: string; provinceEn: string }): string {
  if (lang === 'zh') {
    if (variant === 'dev') {
      const core = place.city.replace(/市$/u, '');
      const last = core.at(-1)!;
      const typo = core.slice(0, -1) + (CITY_TYPO[last] ?? '洲');
      return address.replace(core, typo);
    }
    const first = place.district[0]!;
    return address.replace(place.district, (DISTRICT_TYPO[first] ?? '仲') + place.district.slice(1));
  }
  if (variant === 'dev') {
    const city = place.cityEn;
    const typo = city.slice(0, 3) + city.slice(4);
    return address.replace(city, typo);
  }
  const province = place.provinceEn || place.cityEn;
  return address.replace(new RegExp(`${province}$`, 'u'), province.slice(0, 3) + province[3] + province.slice(3));
}

function recomputeStatement(s: StatementFacts): void {
  let balance = s.openingCents;
  for (const t of s.transactions) { balance += t.cents; t.balanceCents = balance; }
  s.totalCreditsCents = s.transactions.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  s.totalDebitsCents = -s.transactions.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  s.closingCents = s.openingCents + s.totalCreditsCents - s.totalDebitsCents;
}

export const SALARY_WORDS = /工资|代发|SALARY|PAYROLL/u;

export const DEFECTS: Defect[] = [
  { id: 'words', codes: ['AMOUNT_WORDS_MISMATCH'], apply: (p, rng, v) => {
    const yuan = Math.floor(p.loan.principalCents / 100);
    const changed = v === 'dev' ? Number(changeDigit(String(yuan), rng)) : Math.max(1, Math.round(yuan / 10));
    p.contract.wordsCents = changed * 100 + (p.loan.principalCents % 100);
  } },
  { id: 'app-principal', codes: ['AMOUNT_MISMATCH'], apply: (p, _rng, v) => {
    p.application.loan.principal = money(v === 'dev' ? p.loan.principalCents + 1_000_000 : p.loan.principalCents * 10);
  } },
  { id: 'salary', codes: ['AMOUNT_MISMATCH'], apply: (p, _rng, v) => {
    for (const t of p.statement.transactions) if (SALARY_WORDS.test(t.description)) t.cents += v === 'dev' ? 10_000 : -100_000;
    recomputeStatement(p.statement);
  } },
  { id: 'address-typo', codes: ['ADDRESS_MISMATCH'], apply: (p, rng, v) => {
    const a = p.application.loan.collateralAddress;
    p.application.loan.collateralAddress = v === 'dev' ? changeDigit(a, rng) : a.replace(/(\d+)号|No\. (\d+)/u, (m, zh, en) => (zh ? `${Number(zh) + 1}号` : `No. ${Number(en) + 1}`));
  } },
  { id: 'unknown-place', codes: ['ADDRESS_UNKNOWN_PLACE'], apply: (p, _rng, v) => {
    const typo = placeTypo(p.loan.collateralAddress, p.lang, v, p.collateralPlace);
    p.loan.collateralAddress = typo;
    p.application.loan.collateralAddress = typo;
  } },
  { id: 'page-missing', codes: ['PAGE_MISSING'], apply: (p, _rng, v) => {
    p.pageOrder = (n) => Array.from({ length: n }, (_, i) => i + 1).filter((i) => i !== (v === 'dev' ? 2 : n - 1));
  } },
  { id: 'page-duplicate', codes: ['PAGE_DUPLICATE'], apply: (p, _rng, v) => {
    p.pageOrder = (n) => (v === 'dev' ? [1, 2, 2, ...Array.from({ length: n - 2 }, (_, i) => i + 3)] : [...Array.from({ length: n }, (_, i) => i + 1), 1]);
  } },
  { id: 'page-order', codes: ['PAGE_OUT_OF_ORDER'], apply: (p, _rng, v) => {
    p.pageOrder = (n) => (v === 'dev' ? [2, 1, ...Array.from({ length: n - 2 }, (_, i) => i + 3)] : [1, 3, 2, ...Array.from({ length: n - 3 }, (_, i) => i + 4)]);
  } },
  { id: 'balance', codes: ['BALANCE_MISMATCH'], apply: (p, rng, v) => {
    const rows = p.statement.transactions;
    const k = rng.int(1, rows.length - 2);
    if (v === 'dev') rows[k]!.balanceCents += 10_000;
    else rows[k]!.cents += rows[k]!.cents < 0 ? -5_000 : 5_000;
  } },
  { id: 'payslip', codes: ['PAYSLIP_ARITHMETIC'], apply: (p, _rng, v) => {
    if (v === 'dev') p.payPrinted.grossCents += 50_000;
    else p.payPrinted.totalDeductionsCents -= 10_000;
  } },
  { id: 'dates', codes: ['DATE_INCONSISTENT'], apply: (p, _rng, v) => {
    if (v === 'dev') p.loan.end = addMonths(p.loan.end, 1);
    else p.loan.signing = addDays(p.loan.start, 10);
  } },
  { id: 'account', codes: ['ACCOUNT_MISMATCH'], apply: (p, rng, v) => {
    const a = p.application.loan.disbursementAccount;
    if (v === 'dev') p.application.loan.disbursementAccount = a.slice(0, 6) + changeDigit(a.slice(6), rng);
    else {
      let i = rng.int(6, a.length - 3);
      while (a[i] === a[i + 1] && i < a.length - 2) i++;
      p.application.loan.disbursementAccount = a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2);
    }
  } },
  { id: 'name', codes: ['NAME_MISMATCH'], apply: (p, _rng, v) => {
    const person = v === 'dev' ? p.statement.holder : p.pay.employee;
    const name = person.name;
    const changed = p.lang === 'zh' ? name.slice(0, -1) + (name.endsWith('伟') ? '炜' : '伟') : name.replace(/[aeiou](?=[a-z]*$)/u, (c) => (c === 'a' ? 'e' : 'a'));
    if (v === 'dev') p.statement.holder = { ...person, name: changed };
    else p.pay.employee = { ...person, name: changed };
  } },
  { id: 'signature', codes: ['SIGNATURE_MISSING'], apply: (p, _rng, v) => {
    if (v === 'dev') p.contract.noSignature = true;
    else p.contract.noSeal = true;
  } },
  { id: 'document', codes: ['DOCUMENT_MISSING'], apply: (p, _rng, v) => {
    p.omit = v === 'dev' ? 'pay_slip' : 'bank_statement';
  } },
];
