/**
 * The blind4 case set's planted defects, each in one printed mention of a fact (a restating clause,
 * the repayment paragraph or table, the application record, the statement header or summary box, the
 * income letter) while the other mentions stay right; or alike in every mention where the value itself
 * is the defect (an unknown place, a signing date). `plant` edits only the defective twin's facts;
 * `mark` names text the defective twin shows more often than its clean twin.
 */
import { addDays, addMonths } from '../calendar.js';
import { GIVEN_NAMES } from '../data.js';
import { num } from '../kit-blind3.js';
import { PLACES } from '../places.js';
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import type { FindingCode } from './defects.js';
import { dateOf, stmtDate, wordsOf, type FactOptions, type Facts, type Marks } from './blind4-docs.js';

export type DocKey = 'contract' | 'payslip' | 'statement' | 'application';
export interface Plan {
  facts: Facts;
  app: { principal: string; account: string; collateral: string; name: string };
  pageOrder?: number[];
  omit?: 'payslip' | 'statement';
}
export interface Defect {
  id: string; lang: Lang; scan?: boolean; codes: FindingCode[]; how: string; marks?: Marks;
  options?: Partial<FactOptions>;
  plant(p: Plan, rng: Rng): void;
  mark?(bad: Plan, good?: Plan): { doc: DocKey; text: string };
}

const plain = (c: number): string => (c / 100).toFixed(2);
/** One digit of a digit string changed (position counted from the end, never the first digit). */
export function changeDigit(s: string, fromEnd: number, by = 3): string {
  const i = s.length - fromEnd;
  return s.slice(0, i) + String((Number(s[i]) + by) % 10) + s.slice(i + 1);
}
/** A whole-yuan amount with one of its zero digits dropped (1,050,000 → 105,000). */
function dropZero(cents: number): number {
  const s = String(cents / 100);
  const i = s.indexOf('0', 1);
  if (i < 0) throw new Error(`Expected a zero digit in ${s}`);
  return Number(s.slice(0, i) + s.slice(i + 1)) * 100;
}
/** A whole-yuan amount with one non-zero digit (the `k`-th) replaced by another. */
function otherDigit(cents: number, k: number): number {
  const s = String(cents / 100);
  const idx = [...s].map((c, i) => (c !== '0' && i > 0 ? i : -1)).filter((i) => i >= 0)[k] ?? 1;
  return Number(s.slice(0, idx) + String((Number(s[idx]) + 4) % 9 + 1) + s.slice(idx + 1)) * 100;
}
const GIVEN_TYPO: Record<string, string> = { 伟: '玮', 芳: '方', 娜: '纳', 敏: '民', 静: '晶', 丽: '莉', 强: '蔷', 磊: '蕾', 军: '君', 洋: '阳', 勇: '咏', 艳: '燕', 杰: '洁', 涛: '滔', 明: '铭', 超: '潮', 英: '瑛', 东: '冬', 华: '桦', 燕: '艳', 博: '波', 雨: '宇', 涵: '含', 然: '冉', 琴: '芹', 栋: '东', 梅: '玫', 宇: '雨', 萱: '轩', 鸣: '明', 怡: '宜' };
const nameTypo = (n: string): string => n.slice(0, -1) + (GIVEN_TYPO[n.slice(-1)] ?? '某');
function otherGiven(n: string): string {
  const [given, ...rest] = n.split(' ');
  const alt = GIVEN_NAMES.map(([, e]) => e).find((e) => e !== given && e[0] === given![0]) ?? GIVEN_NAMES.map(([, e]) => e).find((e) => e !== given)!;
  return [alt, ...rest].join(' ');
}
const houseTypo = (a: string, lang: Lang): string => (lang === 'zh'
  ? a.replace(/(\d+)号/u, (_, d: string) => `${changeDigit(d, 1, 5)}号`)
  : a.replace(/No\. (\d+)/u, (_, d: string) => `No. ${changeDigit(d, 1, 5)}`));
/** Districts whose names exist in one city only (so pairing them with another city is a non-place). */
const UNIQUE_DISTRICTS = PLACES.filter((p) => ['浦东新区', '渝中区', '天河区', '姑苏区', '武侯区', '雁塔区', '思明区', '岳麓区', '蜀山区', '金水区', '徐汇区', '海淀区', '福田区', '越秀区', '武昌区', '海曙区'].includes(p.district));
function foreignDistrict(f: Facts): { zh: string; en: string } {
  const q = UNIQUE_DISTRICTS.find((p) => p.city !== f.place.city && p.district !== f.place.district)!;
  return { zh: q.district, en: q.districtEn };
}
const setCollateral = (p: Plan, a: string): void => { p.facts.collateral = a; p.facts.clauseCollateral = a; p.app.collateral = a; };
const F = (p: Plan): Facts => p.facts;
const WITH_ZERO = (rng: Rng): number => (rng.int(1, 9) * 1_000_000 + rng.int(1, 9) * 10_000 + rng.int(1, 9) * 1000) * 100;
const APPROX = (rng: Rng): number => (rng.int(31, 98) * 10_000 + rng.int(1, 9) * 1000) * 100;

export const BLIND4_DEFECTS: Defect[] = [
  // AMOUNT_MISMATCH
  { id: 'amount-sched-digit', lang: 'zh', codes: ['AMOUNT_MISMATCH'], marks: 'dash', options: { principal: APPROX },
    how: 'the 第六条 还款安排 table (page 3) gives 借款本金 with one digit changed; the 合同要素表 cover (figures and 大写), 第一条 and the application agree',
    plant: (p) => { F(p).schedPrincipal = otherDigit(F(p).principal, 0); }, mark: (b) => ({ doc: 'contract', text: num(b.facts.schedPrincipal) }) },
  { id: 'amount-app-digit', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'frac', options: { principal: APPROX },
    how: 'the application record carries a principal with one digit changed; every mention in the facility letter (opening paragraph, para 2, para 7) agrees',
    plant: (p) => { p.app.principal = plain(otherDigit(F(p).principal, 1)); }, mark: (b) => ({ doc: 'application', text: b.app.principal }) },
  { id: 'amount-clause-restated', lang: 'en', scan: true, codes: ['AMOUNT_MISMATCH'], marks: 'top', options: { principal: APPROX },
    how: 'paragraph 2 (Amount) restates the principal 10,000 lower, figures and words alike (they agree with each other); the opening paragraph, para 7 and the application have the right amount',
    plant: (p) => { F(p).clausePrincipal = F(p).principal - 1_000_000; F(p).clauseWords = wordsOf('en', F(p).clausePrincipal); }, mark: (b) => ({ doc: 'contract', text: num(b.facts.clausePrincipal) }) },
  { id: 'amount-cover-both', lang: 'zh', codes: ['AMOUNT_MISMATCH'], marks: 'frac', options: { principal: APPROX },
    how: 'the 合同要素表 cover states the principal 50,000 higher in 小写 and 大写 alike (they agree with each other); 第一条, the 还款安排 table and the application have the right amount',
    plant: (p) => { F(p).coverPrincipal = F(p).principal + 5_000_000; F(p).coverWords = wordsOf('zh', F(p).coverPrincipal); }, mark: (b) => ({ doc: 'contract', text: num(b.facts.coverPrincipal) }) },
  // AMOUNT_WORDS_MISMATCH
  { id: 'words-missing-zero', lang: 'en', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'page', options: { principal: WITH_ZERO },
    how: 'the words in paragraph 2 lost a zero (e.g. RMB 3,050,000.00 followed by "Three Hundred Five Thousand"); the figures everywhere and the opening paragraph\'s words are right',
    plant: (p) => { F(p).clauseWords = wordsOf('en', dropZero(F(p).principal)); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseWords }) },
  { id: 'words-changed-daxie', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'top', options: { principal: APPROX },
    how: 'the 大写 in 第一条 has one numeral word changed (a different 大写 digit); the cover 大写, all figures and the application are right',
    plant: (p) => { F(p).clauseWords = wordsOf('zh', otherDigit(F(p).principal, 0)); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseWords }) },
  { id: 'words-missing-zero-cover', lang: 'zh', scan: true, codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'frac', options: { principal: WITH_ZERO },
    how: 'the cover 借款金额（大写） lost a zero (figures 3,050,000 → words for 305,000); 第一条\'s 大写 and all figures are right',
    plant: (p) => { F(p).coverWords = wordsOf('zh', dropZero(F(p).principal)); }, mark: (b) => ({ doc: 'contract', text: b.facts.coverWords }) },
  { id: 'words-changed-digit', lang: 'en', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'dash', options: { principal: APPROX },
    how: 'the words in the opening paragraph name one digit wrongly (e.g. "Four Hundred Sixty-Three Thousand" for 463 → 423); the figures and paragraph 2\'s words are right',
    plant: (p) => { F(p).coverWords = wordsOf('en', otherDigit(F(p).principal, 1)); }, mark: (b) => ({ doc: 'contract', text: b.facts.coverWords }) },
  // DATE_INCONSISTENT
  { id: 'date-clause-term', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'dash',
    how: '第二条 restates the term as 12 months fewer than the cover while keeping the same start and end dates (so its count and its dates disagree); the cover and the 还款安排 table are consistent',
    plant: (p) => { F(p).clauseTerm = F(p).term - 12; if (F(p).clauseTerm <= 0) F(p).clauseTerm = F(p).term + 12; }, mark: (b) => ({ doc: 'contract', text: `借款期限共${b.facts.clauseTerm}个月` }) },
  { id: 'date-last-instalment', lang: 'en', codes: ['DATE_INCONSISTENT'], marks: 'top',
    how: 'paragraph 7 (Repayment) gives the last instalment one month after the maturity stated in the opening paragraph and para 3, so it fits neither convention of start + term',
    plant: (p) => { F(p).schedEnd = addMonths(F(p).end, 1); }, mark: (b) => ({ doc: 'contract', text: `the last on ${dateOf('en', b.facts.schedEnd)}` }) },
  { id: 'date-borrower-signed-late', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'page',
    how: 'the borrower\'s 签署日期 on the signing page is 6 days after the 借款起始日 (the lender signed before the start)',
    plant: (p) => { F(p).borrowerSigning = addDays(F(p).start, 6); }, mark: (b) => ({ doc: 'contract', text: `签署日期：${dateOf('zh', b.facts.borrowerSigning)}` }) },
  { id: 'date-bank-signed-late', lang: 'en', scan: true, codes: ['DATE_INCONSISTENT'], marks: 'dash',
    how: 'the letter\'s date and the Bank\'s signing date (page 2) are 4 days after the drawdown date',
    plant: (p) => { F(p).signing = addDays(F(p).start, 4); F(p).borrowerSigning = addDays(F(p).start, 5); }, mark: (b) => ({ doc: 'contract', text: dateOf('en', b.facts.signing) }) },
  { id: 'date-txn-after-period', lang: 'en', codes: ['DATE_INCONSISTENT'], marks: 'frac',
    how: 'the last statement row is dated the 2nd of the month after the printed statement period; balances and totals still reconcile',
    plant: (p) => { const t = F(p).txns.at(-1)!; t.date = addDays(F(p).periodEnd, 2); }, mark: (b) => ({ doc: 'statement', text: stmtDate('en', b.facts.txns.at(-1)!.date) }) },
  { id: 'date-txn-before-period', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'top',
    how: 'the first statement row (after 承前余额) is dated the last day of the month before the 起止日期; balances and totals reconcile',
    plant: (p) => { F(p).txns[0]!.date = addDays(F(p).periodStart, -1); }, mark: (b) => ({ doc: 'statement', text: stmtDate('zh', b.facts.txns[0]!.date) }) },
  // PAGE_*
  { id: 'page-missing-middle', lang: 'zh', codes: ['PAGE_MISSING'], marks: 'dash', how: 'contract page 3 (第六条 还款安排, 第七、八条) is missing: physical pages 1,2,4 with footers "- 1 -", "- 2 -", "- 4 -"; the clause numbers jump from 第五条 to 第九条', plant: (p) => { p.pageOrder = [1, 2, 4]; } },
  { id: 'page-missing-second', lang: 'en', codes: ['PAGE_MISSING'], marks: 'frac', how: 'letter page 2 (paragraphs 2–6) is missing: pages 1,3,4 of "n/4"', plant: (p) => { p.pageOrder = [1, 3, 4]; } },
  { id: 'page-duplicate', lang: 'zh', codes: ['PAGE_DUPLICATE'], marks: 'top', how: 'contract page 2 appears twice (1,2,2,3,4), top-right 第2页（共4页） both times', plant: (p) => { p.pageOrder = [1, 2, 2, 3, 4]; } },
  { id: 'page-duplicate-nototal', lang: 'en', codes: ['PAGE_DUPLICATE'], marks: 'page', how: 'letter page 3 appears twice (1,2,3,3,4) with a "Page 3" footer that carries no total', plant: (p) => { p.pageOrder = [1, 2, 3, 3, 4]; } },
  { id: 'page-swapped', lang: 'zh', codes: ['PAGE_OUT_OF_ORDER'], marks: 'frac', how: 'contract pages 2 and 3 swapped (1,3,2,4) under "n/4" footers', plant: (p) => { p.pageOrder = [1, 3, 2, 4]; } },
  { id: 'page-swapped-end', lang: 'en', codes: ['PAGE_OUT_OF_ORDER'], marks: 'top', how: 'letter pages 3 and 4 swapped (1,2,4,3), top-right "n of 4" header', plant: (p) => { p.pageOrder = [1, 2, 4, 3]; } },
  // PAYSLIP_ARITHMETIC
  { id: 'income-item-off', lang: 'zh', codes: ['PAYSLIP_ARITHMETIC'], marks: 'frac',
    how: 'in the 收入证明 letter one withheld item (住房公积金) is printed 90.00 higher, so the items no longer add up to 扣款合计; gross − 扣款合计 = 实发 and the statement credit equal the net',
    plant: (p) => { F(p).deductions[3]!.cents += 9000; }, mark: (b) => ({ doc: 'payslip', text: `住房公积金${num(b.facts.deductions[3]!.cents)}元` }) },
  { id: 'income-total-deductions', lang: 'en', codes: ['PAYSLIP_ARITHMETIC'], marks: 'dash',
    how: 'the income certificate\'s "total deductions" has two digits transposed; the items and gross − items = net (and the statement\'s salary credit) are right',
    plant: (p) => { const f = F(p); const s = String(f.totalDeductions); const i = [...s].findIndex((c, k) => k < s.length - 3 && c !== s[k + 1]); f.totalDeductions = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); },
    mark: (b) => ({ doc: 'payslip', text: `total deductions RMB ${num(b.facts.totalDeductions)}` }) },
  { id: 'income-gross-off', lang: 'zh', scan: true, codes: ['PAYSLIP_ARITHMETIC'], marks: 'dash',
    how: 'the 收入证明 gives 应发工资合计 1,000.00 higher than its three earnings items; deductions and 实发 (= statement credit) are right',
    plant: (p) => { F(p).gross += 100_000; }, mark: (b) => ({ doc: 'payslip', text: `应发工资合计人民币${num(b.facts.gross)}元` }) },
  // BALANCE_MISMATCH
  { id: 'balance-row', lang: 'zh', codes: ['BALANCE_MISMATCH'], marks: 'page',
    how: 'one running balance in the middle of the statement has a digit changed; the rows after it continue from the right balance, totals and 期末余额 are right',
    plant: (p) => { const t = F(p).txns[Math.floor(F(p).txns.length / 2)]!; t.balance = Number(changeDigit(String(t.balance), 5, 2)); }, mark: (b) => ({ doc: 'statement', text: num(b.facts.txns[Math.floor(b.facts.txns.length / 2)]!.balance) }) },
  { id: 'balance-summary-closing', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'page',
    how: 'the summary box\'s closing balance is 100.00 less than the last row\'s balance (opening + paid in − paid out); the rows are right',
    plant: (p) => { F(p).closing -= 10_000; }, mark: (b) => ({ doc: 'statement', text: `Closing balance${num(b.facts.closing)}` }) },
  { id: 'balance-amount', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'frac',
    how: 'one card purchase shows a paid-out amount 20.00 higher than the balance step (the balance after it, the summary totals and closing follow the true amount)',
    plant: (p) => { const t = F(p).txns.find((x) => x.cents < -3000)!; t.cents -= 2000; }, mark: (b) => ({ doc: 'statement', text: num(-b.facts.txns.find((x) => x.cents < -3000)!.cents) }) },
  // NAME_MISMATCH
  { id: 'name-income-letter', lang: 'zh', codes: ['NAME_MISMATCH'], marks: 'dash',
    how: 'the 收入证明 letter names the employee with one wrong character (a homophone in the given name); contract, statement and application agree',
    plant: (p) => { F(p).payName = nameTypo(F(p).name); }, mark: (b) => ({ doc: 'payslip', text: `兹证明${b.facts.payName}` }) },
  { id: 'name-app-given', lang: 'en', codes: ['NAME_MISMATCH'], marks: 'page',
    how: 'the application record has a different English given name (same surname); letter, income certificate and statement agree',
    plant: (p) => { p.app.name = otherGiven(F(p).name); }, mark: (b) => ({ doc: 'application', text: b.app.name }) },
  { id: 'name-stmt-holder', lang: 'zh', scan: true, codes: ['NAME_MISMATCH'], marks: 'frac',
    how: 'the statement\'s 户名 has one wrong character in the given name; contract, income letter and application agree',
    plant: (p) => { F(p).stmtName = nameTypo(F(p).name); }, mark: (b) => ({ doc: 'statement', text: `户名：${b.facts.stmtName}` }) },
  { id: 'name-sign-given', lang: 'en', codes: ['NAME_MISMATCH'], marks: 'top',
    how: 'the acceptance block prints (and signs) a different English given name; the addressee, para 1, the income certificate, statement and application agree',
    plant: (p) => { F(p).signName = otherGiven(F(p).name); }, mark: (b) => ({ doc: 'contract', text: `Name: ${b.facts.signName}` }) },
  // ACCOUNT_MISMATCH
  { id: 'account-clause', lang: 'zh', codes: ['ACCOUNT_MISMATCH'], marks: 'top',
    how: '第四条 gives the disbursement account with one digit changed; the cover, the statement and the application agree',
    plant: (p) => { F(p).clauseAccount = changeDigit(F(p).account, 6); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseAccount }) },
  { id: 'account-statement', lang: 'en', codes: ['ACCOUNT_MISMATCH'], marks: 'dash',
    how: 'the statement header\'s account number has one digit changed; the letter (opening paragraph and para 5) and the application agree',
    plant: (p) => { F(p).stmtAccount = changeDigit(F(p).account, 4); }, mark: (b) => ({ doc: 'statement', text: b.facts.stmtAccount }) },
  // ADDRESS_MISMATCH
  { id: 'address-clause', lang: 'zh', codes: ['ADDRESS_MISMATCH'], marks: 'frac',
    how: '第五条 restates the collateral address with one wrong character (a digit of the 号 number); the cover and the application agree',
    plant: (p) => { F(p).clauseCollateral = houseTypo(F(p).collateral, 'zh'); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseCollateral }) },
  { id: 'address-app', lang: 'en', codes: ['ADDRESS_MISMATCH'], marks: 'page',
    how: 'the application record\'s collateral address has one wrong character (a digit of the street number); the addressee block and para 6 agree',
    plant: (p) => { p.app.collateral = houseTypo(F(p).collateral, 'en'); }, mark: (b) => ({ doc: 'application', text: b.app.collateral }) },
  // ADDRESS_UNKNOWN_PLACE
  { id: 'place-city-typo', lang: 'zh', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'dash', options: { place: (pl) => pl.city === '杭州市' || pl.city === '广州市' },
    how: 'the collateral city is written 杭洲市 / 广洲市 (洲 for 州) in every mention (cover, 第五条, application)',
    plant: (p) => { setCollateral(p, F(p).collateral.replace('州市', '洲市')); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  { id: 'place-foreign-district', lang: 'zh', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'top', options: { place: (pl) => pl.province !== '' },
    how: 'the collateral address pairs its city with a district of another city (e.g. 杭州市天河区) in every mention; the road is the city\'s own',
    plant: (p) => { setCollateral(p, F(p).collateral.replace(F(p).place.district, foreignDistrict(F(p)).zh)); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  { id: 'place-foreign-district-en', lang: 'en', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'frac',
    how: 'the collateral address pairs its city with a district of another city (e.g. "Wuhou District, Hangzhou") in every mention (addressee block, para 6, application)',
    plant: (p) => { setCollateral(p, F(p).collateral.replace(F(p).place.districtEn, foreignDistrict(F(p)).en)); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  // SIGNATURE_MISSING
  { id: 'signature-borrower', lang: 'zh', codes: ['SIGNATURE_MISSING'], marks: 'frac', how: 'the 借款人（签字并按手印） box on the signing page is empty (name and date printed, no signature); the lender\'s seal is there', plant: (p) => { F(p).signature = false; } },
  { id: 'signature-bank-seal', lang: 'en', scan: true, codes: ['SIGNATURE_MISSING'], marks: 'page', how: 'the Bank\'s box in the acceptance section has no seal (label, signatory line and date printed); the borrower signed', plant: (p) => { F(p).seal = false; } },
  // DOCUMENT_MISSING
  { id: 'doc-no-statement', lang: 'zh', codes: ['DOCUMENT_MISSING'], marks: 'dash', how: 'statement.pdf is absent although the application requires a bank_statement', plant: (p) => { p.omit = 'statement'; } },
  { id: 'doc-no-income', lang: 'en', codes: ['DOCUMENT_MISSING'], marks: 'top', how: 'payslip.pdf (the income certificate) is absent although the application requires a pay_slip', plant: (p) => { p.omit = 'payslip'; } },
];

