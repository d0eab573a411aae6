/**
 * The blind case set's planted defects. Each kind is planted one way in Chinese and another in
 * English, and differently from defects.ts (which mostly edits the application record or the
 * statement): here the contract, pay slip or statement carries the slip a person would make
 * typing it up — a dropped zero, two digits swapped, one wrong character, one wrong word.
 * `prepare` shapes the facts of both twins (so the defect can be planted); `plant` runs on the
 * defective twin only. `touches` names the files that must differ between the twins.
 */
import { addDays, addMonths } from '../calendar.js';
import type { LoanFacts, PayFacts, StatementFacts } from '../content.js';
import { toChineseMoneyWords, toEnglishWords } from '../money-words.js';
import type { Place } from '../places.js';
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { SALARY_WORDS, type Application, type FindingCode } from './defects.js';

export type CaseFile = 'contract.pdf' | 'payslip.pdf' | 'statement.pdf' | 'application.json';

/** Everything a blind case is made of; the documents print these facts as they are. */
export interface BlindPlan {
  lang: Lang;
  loan: LoanFacts;
  pay: PayFacts;
  statement: StatementFacts;
  application: Application;
  collateralPlace: Place;
  contract: { wordsCents?: number; noSeal?: boolean; noSignature?: boolean };
  /** Pages the contract is laid out on (4 adds a cover page). */
  contractPages?: 2 | 3 | 4;
  /** The contract's pages to keep, in physical order, given each rendered page's text. */
  pageOrder?: (pages: string[]) => number[];
}

export interface BlindDefect {
  id: string;
  codes: FindingCode[];
  /** How it is planted, per language, for the report and truth.json. */
  how: Record<Lang, string>;
  touches: Record<Lang, CaseFile[]>;
  prepare?(plan: BlindPlan): void;
  plant(plan: BlindPlan, rng: Rng): void;
}

/** The statement's running balances and totals recomputed from its rows. */
export function reconcile(s: StatementFacts): void {
  let balance = s.openingCents;
  for (const t of s.transactions) { balance += t.cents; t.balanceCents = balance; }
  s.totalCreditsCents = s.transactions.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  s.totalDebitsCents = -s.transactions.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  s.closingCents = s.openingCents + s.totalCreditsCents - s.totalDebitsCents;
}

/** Two adjacent, different digits of `digits` swapped, at positions in [from, to). */
export function transpose(digits: string, rng: Rng, from = 0, to = digits.length): string {
  const spots = [];
  for (let i = from; i < to - 1; i++) {
    // Never a zero into the lead: that would drop a digit rather than swap two.
    if (digits[i] !== digits[i + 1] && /\d/.test(digits[i]!) && /\d/.test(digits[i + 1]!) && !(i === 0 && digits[1] === '0')) spots.push(i);
  }
  if (!spots.length) throw new Error(`Expected two adjacent different digits in ${digits}[${from}, ${to}), got none`);
  const i = rng.pick(spots);
  return digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
}

/** Cents with two adjacent digits of the yuan part swapped (`lead`: the first two that differ). */
function transposeCents(cents: number, rng: Rng, part: 'lead' | 'fraction' | 'any'): number {
  const text = String(cents);
  const yuanLength = text.length - 2;
  if (part === 'fraction') return Number(transpose(text, rng, yuanLength));
  if (part === 'lead') {
    const i = [...text].findIndex((c, k) => k < yuanLength - 1 && c !== text[k + 1]);
    return Number(transpose(text, rng, i, i + 2));
  }
  return Number(transpose(text, rng, 0, yuanLength));
}

/** Characters that read or sound alike, for one-character slips in names and road names. */
const LOOKALIKE: Record<string, string> = {
  伟: '玮', 芳: '方', 娜: '那', 敏: '民', 静: '晶', 丽: '莉', 强: '蔷', 磊: '垒', 军: '君', 洋: '阳', 勇: '永', 艳: '燕',
  杰: '洁', 涛: '滔', 明: '鸣', 超: '潮', 英: '瑛', 东: '冬', 华: '桦', 燕: '艳', 博: '波', 雨: '宇', 涵: '含', 然: '冉',
  琴: '芹', 栋: '冻', 梅: '玫', 宇: '雨', 萱: '宣', 鸣: '明', 怡: '仪',
  世: '市', 关: '官', 村: '材', 三: '二', 目: '日', 工: '攻', 院: '苑', 杨: '扬', 溪: '汐', 科: '料', 技: '枝', 园: '圆',
  纪: '记', 京: '景', 禾: '和', 河: '何', 寨: '赛', 将: '奖', 建: '健', 国: '固', 阳: '旸', 林: '琳', 珞: '洛',
  滨: '宾', 盛: '胜', 经: '径', 花: '化', 行: '形', 解: '介', 放: '仿', 碑: '牌', 港: '巷', 山: '仙', 体: '休', 育: '盲',
  一: '壹', 五: '伍', 北: '比', 西: '栖', 南: '楠', 中: '仲', 人: '入', 民: '名', 深: '探', 长: '常', 江: '汪',
  湖: '瑚', 麓: '鹿', 黄: '璜', 厦: '夏', 小: '少', 干: '千', 张: '章', 漕: '槽', 枫: '风', 武: '舞', 药: '约', 香: '番', 教: '孝', 文: '纹', 朝: '潮', 天: '夭',
};

/** One character of `text` replaced by its look-alike, scanning from `start`; throws when none has one. */
function slipChar(text: string, start = 0): string {
  const chars = [...text];
  for (let i = start; i < chars.length; i++) {
    const other = LOOKALIKE[chars[i]!];
    if (other) { chars[i] = other; return chars.join(''); }
  }
  throw new Error(`Expected a character with a look-alike in ${text}, got none`);
}

/** The last vowel of the last mixed-case word changed (Wensan → Wensen, Wei → Wai). */
function slipLetter(text: string): string {
  const swap: Record<string, string> = { a: 'e', e: 'a', i: 'e', o: 'u', u: 'o' };
  const words = text.split(' ');
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    if (!/[a-z]/.test(word)) continue;
    const i = Math.max(...[...'aeiou'].map((v) => word.lastIndexOf(v)));
    if (i < 1) continue;
    words[w] = word.slice(0, i) + swap[word[i]!] + word.slice(i + 1);
    return words.join(' ');
  }
  throw new Error(`Expected a lower-case word with a vowel in ${text}, got none`);
}

/** Positions where two strings of equal length differ (by code point). */
function differences(a: string[], b: string[]): number {
  return a.length === b.length ? a.filter((x, i) => x !== b[i]).length : Infinity;
}

/** An amount whose 大写 differs from that of `cents` in exactly one numeral (伍 → 陆), 5 → 6 preferred. */
function oneNumeralOff(cents: number, rng: Rng): number {
  const yuan = String(Math.floor(cents / 100));
  const words = [...toChineseMoneyWords(cents)];
  const options: number[] = [];
  for (let i = 0; i < yuan.length; i++) {
    const d = Number(yuan[i]);
    for (const e of [d + 1, d - 1]) {
      if (d === 0 || e < 1 || e > 9) continue;
      const other = Number(yuan.slice(0, i) + e + yuan.slice(i + 1)) * 100 + (cents % 100);
      if (differences(words, [...toChineseMoneyWords(other)]) === 1) options.push(d === 5 && e === 6 ? -other : other);
    }
  }
  const preferred = options.filter((o) => o < 0);
  if (preferred.length) return -rng.pick(preferred);
  if (!options.length) throw new Error(`Expected a one-numeral change of ${cents}, got none`);
  return rng.pick(options);
}

const road = (p: BlindPlan): string => {
  const roads = p.collateralPlace.roads.map(([zh, en]) => (p.lang === 'zh' ? zh : en));
  const found = roads.find((r) => p.loan.collateralAddress.includes(r));
  if (!found) throw new Error(`Expected a road of ${p.collateralPlace.city} in ${p.loan.collateralAddress}, got none`);
  return found;
};

/** A middle page of the contract that holds only standard clauses (no key term, no signatures). */
function clauseOnlyPage(p: BlindPlan, pages: string[]): number {
  const keys = [p.loan.account, String(Math.floor(p.loan.principalCents / 100)).slice(0, 3), '签署页', 'EXECUTIONPAGE', p.loan.borrower.name.replace(/\s/g, '')];
  const i = pages.findIndex((text, k) => k > 0 && k < pages.length - 1 && keys.every((key) => !text.includes(key)));
  if (i < 0) throw new Error(`Expected a clause-only middle page among ${pages.length}, got none`);
  return i + 1;
}

const contract = (zh: CaseFile[] = ['contract.pdf'], en: CaseFile[] = zh): Record<Lang, CaseFile[]> => ({ zh, en });

export const BLIND_DEFECTS: BlindDefect[] = [
  { id: 'amount-dropped-zero', codes: ['AMOUNT_MISMATCH'], touches: contract(),
    how: { zh: 'contract principal (figures and 大写 alike) lacks its last zero: a tenth of the application', en: 'contract principal (figures and words alike) lacks an inner zero (305,000 → 35,000)' },
    prepare: (p) => {
      const yuan = Math.floor(p.loan.principalCents / 100);
      if (p.lang === 'zh') p.loan.principalCents = Math.max(1, Math.round(yuan / 10_000)) * 1_000_000;
      else p.loan.principalCents = (((yuan % 9) + 1) * 100 + (Math.floor(yuan / 9) % 9) + 1) * 100_000;
    },
    plant: (p) => {
      const yuan = String(p.loan.principalCents / 100);
      p.loan.principalCents = p.lang === 'zh' ? p.loan.principalCents / 10 : Number(yuan.replace(/(?<=^\d)0/, '')) * 100;
    } },
  { id: 'amount-transposed', codes: ['AMOUNT_MISMATCH'], touches: contract(),
    how: { zh: 'contract principal (figures and 大写 alike) has its leading digits swapped', en: 'contract principal has its two cents digits swapped (….57 → ….75), words alike' },
    prepare: (p) => {
      if (p.lang === 'en') { p.loan.principalCents = Math.floor(p.loan.principalCents / 100) * 100 + 57; return; }
      // Two different, non-zero leading digits to swap.
      const yuan = [...String(Math.floor(p.loan.principalCents / 100))];
      if (yuan[1] === '0' || yuan[1] === yuan[0]) yuan[1] = String((Number(yuan[0]) % 9) + 1);
      p.loan.principalCents = Number(yuan.join('')) * 100 + (p.loan.principalCents % 100);
    },
    plant: (p, rng) => { p.loan.principalCents = transposeCents(p.loan.principalCents, rng, p.lang === 'zh' ? 'lead' : 'fraction'); } },
  { id: 'words-one-off', codes: ['AMOUNT_WORDS_MISMATCH'], touches: contract(),
    how: { zh: 'the 大写 line differs from the figures in one numeral (伍 → 陆 where there is a 5)', en: 'the words say "Fifteen Thousand" where the figures say 50,000 (one word)' },
    prepare: (p) => {
      if (p.lang !== 'en') return;
      const yuan = Math.floor(p.loan.principalCents / 100);
      p.loan.principalCents = (Math.floor(yuan / 100_000) * 100_000 + 50_000 + (yuan % 1000)) * 100 + (p.loan.principalCents % 100);
    },
    plant: (p, rng) => {
      if (p.lang === 'zh') { p.contract.wordsCents = oneNumeralOff(p.loan.principalCents, rng); return; }
      const words = p.loan.principalCents - 3_500_000;
      const style = { hyphen: false, britishAnd: true };
      if (differences(toEnglishWords(Math.floor(p.loan.principalCents / 100), style).split(' '), toEnglishWords(Math.floor(words / 100), style).split(' ')) !== 1) throw new Error('Expected Fifty → Fifteen to change one word');
      p.contract.wordsCents = words;
    } },
  { id: 'address-one-char', codes: ['ADDRESS_MISMATCH'], touches: contract(),
    how: { zh: 'contract collateral address: one character of the road name replaced by a look-alike (文三路 → 文二路)', en: 'contract collateral address: one letter of the road name changed (Wensan → Wensen)' },
    plant: (p) => {
      const r = road(p);
      p.loan.collateralAddress = p.loan.collateralAddress.replace(r, p.lang === 'zh' ? slipChar(r.replace(/(路|大街|街|大道|道)$/u, '')) + /(路|大街|街|大道|道)$/u.exec(r)![0] : slipLetter(r.split(' ')[0]!) + r.slice(r.indexOf(' ')));
    } },
  { id: 'page-missing', codes: ['PAGE_MISSING'], touches: contract(),
    how: { zh: 'the contract\'s cover page (第1页) is missing: pages 2–4 of 4', en: 'a clause-only middle page of the contract is missing' },
    prepare: (p) => { p.contractPages = p.lang === 'zh' ? 4 : 3; },
    plant: (p) => {
      p.pageOrder = (pages) => {
        const drop = p.lang === 'zh' ? 1 : clauseOnlyPage(p, pages);
        if (p.lang === 'zh' && pages[0]!.includes(p.loan.account)) throw new Error('Expected page 1 to be a cover page');
        return pages.map((_, i) => i + 1).filter((n) => n !== drop);
      };
    } },
  { id: 'page-order', codes: ['PAGE_OUT_OF_ORDER'], touches: contract(),
    how: { zh: 'the contract\'s signature page comes first (n, 1, 2, …)', en: 'the contract\'s pages are in reverse order (a stack fed upside down)' },
    prepare: (p) => { p.contractPages = 3; },
    plant: (p) => {
      p.pageOrder = (pages) => {
        if (pages.length < 3) throw new Error(`Expected a contract of 3 or more pages, got ${pages.length}`);
        const n = pages.length;
        return p.lang === 'zh' ? [n, ...Array.from({ length: n - 1 }, (_, i) => i + 1)] : Array.from({ length: n }, (_, i) => n - i);
      };
    } },
  { id: 'name-one-char', codes: ['NAME_MISMATCH'], touches: contract(['contract.pdf'], ['application.json']),
    how: { zh: 'the contract names the borrower with one character wrong (张伟 → 张玮); pay slip, statement and application agree', en: 'the application record misspells the borrower by one letter; all documents agree' },
    plant: (p) => {
      const name = p.loan.borrower.name;
      if (p.lang === 'zh') p.loan.borrower = { ...p.loan.borrower, name: slipChar(name, name.length > 2 ? 2 : 1) };
      else p.application.borrower.name = slipLetter(name);
    } },
  { id: 'balance-one-row', codes: ['BALANCE_MISMATCH'], touches: contract(['statement.pdf']),
    how: { zh: 'one row\'s printed running balance has two digits swapped; the rows after it are right', en: 'one debit row was added instead of subtracted: its balance and every later one (and the closing balance) are off by twice the amount' },
    plant: (p, rng) => {
      const rows = p.statement.transactions;
      const k = rng.int(1, rows.length - 2);
      if (p.lang === 'zh') { rows[k]!.balanceCents = transposeCents(rows[k]!.balanceCents, rng, 'any'); return; }
      const later = rows.findIndex((t, i) => i >= k && t.cents < 0);
      const debit = later >= 0 ? later : rows.findIndex((t) => t.cents < 0);
      for (let i = debit; i < rows.length; i++) rows[i]!.balanceCents += -2 * rows[debit]!.cents;
      p.statement.closingCents += -2 * rows[debit]!.cents;
    } },
  { id: 'payslip-arithmetic', codes: ['PAYSLIP_ARITHMETIC'], touches: contract(['payslip.pdf']),
    how: { zh: 'pay slip base pay and gross raised by the same sum, deductions and net not (gross − deductions ≠ net; earnings still add up)', en: 'one deduction line (social insurance) has two digits swapped, so the line items no longer add up to the total' },
    plant: (p, rng) => {
      if (p.lang === 'zh') {
        const extra = rng.int(8, 30) * 10_000;
        p.pay.earnings[0]!.cents += extra;
        p.pay.grossCents += extra;
        return;
      }
      const line = p.pay.deductions.find((l) => l.key === 'socialInsurance')!;
      line.cents = transposeCents(line.cents, rng, 'any');
    } },
  { id: 'end-date', codes: ['DATE_INCONSISTENT'], touches: contract(),
    how: { zh: 'the contract\'s end date is a year late (year mistyped); term and start agree with each other', en: 'the contract\'s end date is start + term + 1 day, which matches neither end-date convention' },
    plant: (p) => { p.loan.end = p.lang === 'zh' ? { ...p.loan.end, y: p.loan.end.y + 1 } : addDays(addMonths(p.loan.start, p.loan.termMonths), 1); } },
  { id: 'signed-after-start', codes: ['DATE_INCONSISTENT'], touches: contract(),
    how: { zh: 'the contract is signed the day after the loan starts', en: 'the contract\'s signing date is a year after the loan starts (year mistyped)' },
    plant: (p) => { p.loan.signing = p.lang === 'zh' ? addDays(p.loan.start, 1) : { ...p.loan.signing, y: p.loan.signing.y + 1 }; } },
  { id: 'salary-vs-payslip', codes: ['AMOUNT_MISMATCH'], touches: contract(['statement.pdf'], ['payslip.pdf']),
    how: { zh: 'the statement\'s salary credit for the pay slip\'s month has two digits swapped (statement still reconciles)', en: 'the pay slip is inflated consistently (base, gross and net raised alike), so its net exceeds the salary credited' },
    plant: (p, rng) => {
      if (p.lang === 'zh') {
        const salary = p.statement.transactions.find((t) => SALARY_WORDS.test(t.description))!;
        salary.cents = transposeCents(salary.cents, rng, 'any');
        reconcile(p.statement);
        return;
      }
      const extra = rng.int(15, 40) * 10_000;
      p.pay.earnings[0]!.cents += extra;
      p.pay.grossCents += extra;
      p.pay.netCents += extra;
    } },
  { id: 'unsigned', codes: ['SIGNATURE_MISSING'], touches: contract(),
    how: { zh: 'the execution page has neither the lender\'s seal nor the borrower\'s signature', en: 'the borrower\'s signature line is empty (the lender\'s seal is there)' },
    plant: (p) => {
      p.contract.noSignature = true;
      if (p.lang === 'zh') p.contract.noSeal = true;
    } },
  { id: 'account-slip', codes: ['ACCOUNT_MISMATCH'], touches: contract(),
    how: { zh: 'the contract\'s disbursement account has one digit wrong (application right)', en: 'the contract\'s disbursement account has two adjacent digits swapped (application right)' },
    plant: (p, rng) => {
      const a = p.loan.account;
      if (p.lang === 'en') { p.loan.account = transpose(a, rng, 6); return; }
      const i = rng.int(6, a.length - 2);
      p.loan.account = a.slice(0, i) + String((Number(a[i]) + rng.int(1, 8)) % 10) + a.slice(i + 1);
    } },
];
