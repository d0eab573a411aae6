/**
 * The blind5 case set's planted defects (adapted from blind4's scaffolding), each in one printed mention of a fact (a restating clause,
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
import type { FactOptions } from './blind4-docs.js';
import { dateOf, stmtDate, wordsOf, type Facts5 as Facts, type Marks } from './blind5-docs.js';

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

const cityTypo = (p: Plan): void => { setCollateral(p, F(p).collateral.replace(F(p).place.cityEn, F(p).place.cityEn.replace('zh', 'z'))); };

export const BLIND5_DEFECTS: Defect[] = [
  // AMOUNT_MISMATCH
  { id: 'amount-guarantee-clause', lang: 'zh', codes: ['AMOUNT_MISMATCH'], marks: 'benye', options: { principal: APPROX },
    how: 'the 第七条 担保范围 blanks restate the principal 10,000 lower, 大写 and 小写 alike (they agree with each other); 第一条\'s blanks, 第五条 (应还本金合计) and the application have the right amount',
    plant: (p) => { F(p).clausePrincipal = F(p).principal - 1_000_000; F(p).clauseWords = wordsOf('zh', F(p).clausePrincipal); }, mark: (b) => ({ doc: 'contract', text: num(b.facts.clausePrincipal) }) },
  { id: 'amount-schedule-item', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'sheet', options: { principal: APPROX },
    how: 'the closing Schedule of Particulars gives the Principal (item 3) and Principal in words (item 4) with one digit changed, agreeing with each other; clauses 2 and 5 and the application have the right amount',
    plant: (p) => { F(p).coverPrincipal = otherDigit(F(p).principal, 0); F(p).coverWords = wordsOf('en', F(p).coverPrincipal); }, mark: (b) => ({ doc: 'contract', text: num(b.facts.coverPrincipal) }) },
  { id: 'amount-app-zero', lang: 'zh', scan: true, codes: ['AMOUNT_MISMATCH'], marks: 'yema', options: { principal: APPROX },
    how: 'scanned: the application record carries the principal with one zero dropped (a tenth of the contract\'s amount); every mention in the form agrees',
    plant: (p) => { p.app.principal = plain(Math.round(F(p).principal / 1000) * 100); }, mark: (b) => ({ doc: 'application', text: b.app.principal }) },
  { id: 'amount-salary-credit', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'pslash',
    how: 'the statement\'s SALARY credit is 500.00 more than the payslip\'s NET PAY; the statement itself reconciles (balances, subtotals, totals follow the credited amount)',
    plant: (p) => { const f = F(p); const i = f.txns.findIndex((t) => t.salary); f.txns[i]!.cents += 50_000; for (let k = i; k < f.txns.length; k++) f.txns[k]!.balance += 50_000; f.credits += 50_000; f.closing += 50_000; },
    mark: (b) => ({ doc: 'statement', text: num(b.facts.txns.find((t) => t.salary)!.cents) }) },
  // AMOUNT_WORDS_MISMATCH
  { id: 'words-missing-zero-blank', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'yema', options: { principal: WITH_ZERO },
    how: 'the 第一条 大写 blank lost a zero (小写 blank 3,050,000 next to 大写 for 305,000); 第七条\'s 大写, every figure and the application are right',
    plant: (p) => { F(p).coverWords = wordsOf('zh', dropZero(F(p).principal)); }, mark: (b) => ({ doc: 'contract', text: b.facts.coverWords }) },
  { id: 'words-changed-daxie-guarantee', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'qianzhang', options: { principal: APPROX },
    how: 'the 第七条 大写 blank has one numeral word changed (a different 大写 digit); its 小写 blank, 第一条 and the application are right',
    plant: (p) => { F(p).clauseWords = wordsOf('zh', otherDigit(F(p).principal, 0)); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseWords }) },
  { id: 'words-clause-digit', lang: 'en', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'initials', options: { principal: APPROX },
    how: 'clause 2 (The Loan) names one digit wrongly in the words after correct figures; the Schedule\'s figures and words are right',
    plant: (p) => { F(p).clauseWords = wordsOf('en', otherDigit(F(p).principal, 1)); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseWords }) },
  { id: 'words-schedule-zero', lang: 'en', scan: true, codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'pslash', options: { principal: WITH_ZERO },
    how: 'scanned: the Schedule\'s "Principal in words" lost a zero (figures 3,050,000 → words for 305,000); clause 2\'s words and all figures are right',
    plant: (p) => { F(p).coverWords = wordsOf('en', dropZero(F(p).principal)); }, mark: (b) => ({ doc: 'contract', text: b.facts.coverWords }) },
  { id: 'words-payslip-net', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'benye',
    how: 'the 工资发放明细\'s 实发金额（大写） states 100 yuan more than its 实发金额（小写）; the arithmetic and the statement credit agree with the 小写',
    plant: (p) => { F(p).netWords = wordsOf('zh', F(p).net + 10_000); }, mark: (b) => ({ doc: 'payslip', text: b.facts.netWords }) },
  // DATE_INCONSISTENT
  { id: 'date-last-instalment-blank', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'qianzhang',
    how: 'the 第五条 末期还款日 blank is one month after the 第二条 end date (and 第七条\'s), so it fits neither convention of start + term',
    plant: (p) => { F(p).schedEnd = addMonths(F(p).end, 1); }, mark: (b) => ({ doc: 'contract', text: `末期还款日为${dateOf('zh', b.facts.schedEnd)}` }) },
  { id: 'date-clause-final', lang: 'en', codes: ['DATE_INCONSISTENT'], marks: 'sheet',
    how: 'clause 3 gives a Final Repayment Date ten days before the Schedule\'s (which is start + term); clause 5\'s last instalment agrees with the Schedule',
    plant: (p) => { F(p).clauseEnd = addDays(F(p).end, -10); }, mark: (b) => ({ doc: 'contract', text: `Final Repayment Date is ${dateOf('en', b.facts.clauseEnd)}` }) },
  { id: 'date-jiafang-late', lang: 'zh', scan: true, codes: ['DATE_INCONSISTENT'], marks: 'benye',
    how: 'scanned: in the signing table the 甲方（借款人） row is dated 5 days after the 借款起始日; the 乙方 row is dated before it',
    plant: (p) => { F(p).borrowerSigning = addDays(F(p).start, 5); }, mark: (b) => ({ doc: 'contract', text: dateOf('zh', b.facts.borrowerSigning) }) },
  { id: 'date-export-row', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'yema',
    how: 'the mobile-banking export\'s last row is dated 3 days after the 查询区间 ends; balances and totals still reconcile',
    plant: (p) => { F(p).txns.at(-1)!.date = addDays(F(p).periodEnd, 3); }, mark: (b) => ({ doc: 'statement', text: stmtDate('zh', b.facts.txns.at(-1)!.date) }) },
  // PAGE_*
  { id: 'page-missing-3', lang: 'zh', codes: ['PAGE_MISSING'], marks: 'benye', how: 'form page 3 (第七条–第十一条) is missing: pages marked 本合同共4页，此为第1/2/4页', plant: (p) => { p.pageOrder = [1, 2, 4]; } },
  { id: 'page-missing-schedule', lang: 'en', codes: ['PAGE_MISSING'], marks: 'initials', how: 'the last page (the Schedule of Particulars) is missing: pages 1–3 of "Page n of 4" beside the initials boxes', plant: (p) => { p.pageOrder = [1, 2, 3]; } },
  { id: 'page-duplicate-2', lang: 'zh', codes: ['PAGE_DUPLICATE'], marks: 'qianzhang', how: 'form page 2 appears twice (1,2,2,3,4), footer 第2页 共4页 after the 甲方/乙方签章 blanks both times', plant: (p) => { p.pageOrder = [1, 2, 2, 3, 4]; } },
  { id: 'page-duplicate-exec', lang: 'en', codes: ['PAGE_DUPLICATE'], marks: 'sheet', how: 'the execution page (3) appears twice (1,2,3,3,4), "Sheet 3 of 4" both times', plant: (p) => { p.pageOrder = [1, 2, 3, 3, 4]; } },
  { id: 'page-swapped-13', lang: 'zh', codes: ['PAGE_OUT_OF_ORDER'], marks: 'yema', how: 'form pages 1 and 3 swapped (3,2,1,4) under 页码：n/4', plant: (p) => { p.pageOrder = [3, 2, 1, 4]; } },
  { id: 'page-swapped-schedule-first', lang: 'en', codes: ['PAGE_OUT_OF_ORDER'], marks: 'pslash', how: 'the Schedule page was filed first (4,1,2,3) under "Page n/4"', plant: (p) => { p.pageOrder = [4, 1, 2, 3]; } },
  // PAYSLIP_ARITHMETIC
  { id: 'payslip-gross-off', lang: 'zh', codes: ['PAYSLIP_ARITHMETIC'], marks: 'yema',
    how: 'the 工资发放明细\'s 应发合计 is 1,000.00 more than its three income items; 扣除合计, 实发 and the statement credit are right',
    plant: (p) => { F(p).gross += 100_000; }, mark: (b) => ({ doc: 'payslip', text: num(b.facts.gross) }) },
  { id: 'payslip-total-deductions', lang: 'en', codes: ['PAYSLIP_ARITHMETIC'], marks: 'initials',
    how: 'the UK-style payslip\'s "Total deductions" this-period figure has two adjacent digits transposed (the year-to-date column follows it); items and NET PAY (= statement credit) are right',
    plant: (p) => { const f = F(p); const s = String(f.totalDeductions); const i = [...s].findIndex((c, k) => k < s.length - 3 && c !== s[k + 1]); f.totalDeductions = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)); },
    mark: (b) => ({ doc: 'payslip', text: num(b.facts.totalDeductions) }) },
  { id: 'payslip-line-scan', lang: 'en', scan: true, codes: ['PAYSLIP_ARITHMETIC'], marks: 'sheet',
    how: 'scanned: the payslip\'s Housing fund this-period figure is 50.00 higher than its share of Total deductions (its YTD figure follows it); totals and NET PAY are right',
    plant: (p) => { F(p).deductions[3]!.cents += 5000; }, mark: (b) => ({ doc: 'payslip', text: num(b.facts.deductions[3]!.cents) }) },
  // BALANCE_MISMATCH
  { id: 'balance-export-row', lang: 'zh', codes: ['BALANCE_MISMATCH'], marks: 'benye',
    how: 'one 余额 in the middle of the mobile-banking export has a digit changed; the next rows continue from the right balance and the 期末余额 is right',
    plant: (p) => { const t = F(p).txns[Math.floor(F(p).txns.length / 2)]!; t.balance = Number(changeDigit(String(t.balance), 5, 2)); }, mark: (b) => ({ doc: 'statement', text: num(b.facts.txns[Math.floor(b.facts.txns.length / 2)]!.balance) }) },
  { id: 'balance-carried-forward', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'sheet',
    how: 'page 1\'s BALANCE CARRIED FORWARD is 1,000.00 more than the last balance above it; page 2 brings forward the right balance',
    plant: (p) => { F(p).carriedAdjust = 100_000; }, mark: (b) => ({ doc: 'statement', text: `${num(b.facts.txns[Math.ceil(b.facts.txns.length / 2) - 1]!.balance + b.facts.carriedAdjust)}` }) },
  { id: 'balance-page-subtotal', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'pslash',
    how: 'page 1\'s "Page subtotal" of deposits is 200.00 more than the deposits listed above it; rows, carried-forward and closing are right',
    plant: (p) => { F(p).subtotalAdjust = 20_000; }, mark: (b) => { const rows = b.facts.txns.slice(0, Math.ceil(b.facts.txns.length / 2)); return { doc: 'statement', text: num(rows.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0) + 20_000) }; } },
  // NAME_MISMATCH
  { id: 'name-payslip', lang: 'zh', codes: ['NAME_MISMATCH'], marks: 'qianzhang',
    how: 'the 工资发放明细 names the employee with one wrong character (a homophone in the given name); contract, statement and application agree',
    plant: (p) => { F(p).payName = nameTypo(F(p).name); }, mark: (b) => ({ doc: 'payslip', text: `姓名：${b.facts.payName}` }) },
  { id: 'name-signed-by', lang: 'en', codes: ['NAME_MISMATCH'], marks: 'pslash',
    how: 'the execution block reads "Signed by <other given name> <surname> as Borrower" (and is signed so); the Schedule, payslip, statement and application agree',
    plant: (p) => { F(p).signName = otherGiven(F(p).name); }, mark: (b) => ({ doc: 'contract', text: `Signed by ${b.facts.signName}` }) },
  { id: 'name-export-holder', lang: 'zh', scan: true, codes: ['NAME_MISMATCH'], marks: 'qianzhang',
    how: 'scanned: the mobile-banking export\'s 户名 has one wrong character in the given name; contract, payslip and application agree',
    plant: (p) => { F(p).stmtName = nameTypo(F(p).name); }, mark: (b) => ({ doc: 'statement', text: b.facts.stmtName }) },
  // ACCOUNT_MISMATCH
  { id: 'account-authorisation', lang: 'zh', codes: ['ACCOUNT_MISMATCH'], marks: 'benye',
    how: 'the 第八条 扣款授权 blank gives the account with one digit changed; 第四条, the statement and the application agree',
    plant: (p) => { F(p).clauseAccount = changeDigit(F(p).account, 6); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseAccount }) },
  { id: 'account-app', lang: 'en', codes: ['ACCOUNT_MISMATCH'], marks: 'initials',
    how: 'the application record\'s disbursement account has one digit changed; the Schedule, clause 6 and the statement agree',
    plant: (p) => { p.app.account = changeDigit(F(p).account, 9); }, mark: (b) => ({ doc: 'application', text: b.app.account }) },
  { id: 'account-export-card', lang: 'zh', codes: ['ACCOUNT_MISMATCH'], marks: 'yema',
    how: 'the mobile-banking export\'s 卡号 has one digit changed; both contract mentions and the application agree',
    plant: (p) => { F(p).stmtAccount = changeDigit(F(p).account, 3); }, mark: (b) => ({ doc: 'statement', text: b.facts.stmtAccount }) },
  // ADDRESS_MISMATCH
  { id: 'address-registration-blank', lang: 'zh', codes: ['ADDRESS_MISMATCH'], marks: 'qianzhang',
    how: 'the 第九条 抵押登记 blank gives the collateral address with one digit of the 号 number changed; 第六条 and the application agree',
    plant: (p) => { F(p).clauseCollateral = houseTypo(F(p).collateral, 'zh'); }, mark: (b) => ({ doc: 'contract', text: b.facts.clauseCollateral }) },
  { id: 'address-schedule', lang: 'en', codes: ['ADDRESS_MISMATCH'], marks: 'sheet',
    how: 'the Schedule\'s Property item gives the street number with one digit changed; clause 7 and the application agree',
    plant: (p) => { F(p).collateral = houseTypo(F(p).clauseCollateral, 'en'); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  // ADDRESS_UNKNOWN_PLACE
  { id: 'place-zhou-typo', lang: 'zh', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'yema', options: { place: (pl) => pl.city === '杭州市' || pl.city === '广州市' },
    how: 'the collateral city is written 杭洲市 / 广洲市 in every mention (第六条, 第九条, application)',
    plant: (p) => { setCollateral(p, F(p).collateral.replace('州市', '洲市')); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  { id: 'place-foreign-district', lang: 'zh', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'benye', options: { place: (pl) => pl.province !== '' },
    how: 'the collateral address puts a district of another city under its city (e.g. 杭州市天河区) in every mention',
    plant: (p) => { setCollateral(p, F(p).collateral.replace(F(p).place.district, foreignDistrict(F(p)).zh)); }, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  { id: 'place-city-spelling', lang: 'en', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'initials', options: { place: (pl) => pl.cityEn.includes('zh') },
    how: 'the collateral city is misspelt with "zh" → "z" (Hangzhou → Hangzou, Shenzhen → Shenzen, Guangzhou → Guangzou) in every mention (clause 7, Schedule, application)',
    plant: cityTypo, mark: (b) => ({ doc: 'contract', text: b.facts.collateral }) },
  // SIGNATURE_MISSING
  { id: 'signature-yifang-seal', lang: 'zh', codes: ['SIGNATURE_MISSING'], marks: 'yema', how: 'the 乙方（贷款人） row of the signing table has no seal (name and date typed); 甲方 signed', plant: (p) => { F(p).seal = false; } },
  { id: 'signature-borrower-witnessed', lang: 'en', scan: true, codes: ['SIGNATURE_MISSING'], marks: 'sheet', how: 'scanned: "Signed by … as Borrower" has an empty signature line (the witness signed, the Lender sealed)', plant: (p) => { F(p).signature = false; } },
  // DOCUMENT_MISSING
  { id: 'doc-no-payslip', lang: 'zh', codes: ['DOCUMENT_MISSING'], marks: 'qianzhang', how: 'payslip.pdf (the 工资发放明细) is absent although the application requires a pay_slip', plant: (p) => { p.omit = 'payslip'; } },
  { id: 'doc-no-statement', lang: 'en', codes: ['DOCUMENT_MISSING'], marks: 'pslash', how: 'statement.pdf is absent although the application requires a bank_statement', plant: (p) => { p.omit = 'statement'; } },
];
