/**
 * The blind3 case set's planted defects. Each is planted in one printed mention of a fact (a
 * restatement on a later page, a table row, the schedule page, the application record, a statement
 * header), in a way cases/dev, holdout, blind and blind2 did not use. `plant` edits the defective
 * twin's facts only; `mark` names text its documents (or application) show and the clean twin's do not.
 */
import { addDays, addMonths } from '../calendar.js';
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import type { FindingCode } from './defects.js';
import { dotDate, enDate, money, settle, wordsOf, zhDate, type Facts, type FactOptions, type PageMarks } from './blind3-docs.js';

export type DocKey = 'contract' | 'payslip' | 'statement' | 'application';

export interface Plan {
  facts: Facts;
  app: { principal: string; account: string; collateral: string; name: string };
  /** Physical order of the contract's pages (1-based). */
  pageOrder?: number[];
  omit?: 'payslip' | 'statement';
}

export interface Defect {
  id: string;
  lang: Lang;
  scan?: boolean;
  codes: FindingCode[];
  how: string;
  marks?: PageMarks;
  landscape?: boolean;
  options?: Partial<FactOptions>;
  plant(p: Plan, rng: Rng): void;
  /** Text (white space removed) the defective twin shows in `doc` more often than the clean twin. */
  mark?(bad: Plan, good: Plan): { doc: DocKey; text: string };
}

const plain = (c: number): string => (c / 100).toFixed(2);

/** Two adjacent, different digits of the integer part swapped, the leftmost such pair from `from`. */
export function swapDigits(cents: number, from: number): number {
  const s = String(Math.floor(cents / 100));
  for (let i = Math.min(from, s.length - 2); i < s.length - 1; i++) {
    if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)) * 100 + (cents % 100);
  }
  throw new Error(`Expected two different adjacent digits in ${s}`);
}

const TENS = ['Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
const SURNAME_HOMOPHONE: Record<string, string> = { 张: '章', 王: '汪', 李: '黎', 刘: '柳', 陈: '岑', 杨: '阳', 黄: '皇', 赵: '肇', 吴: '伍', 周: '舟', 徐: '许', 孙: '荪', 马: '玛', 朱: '珠', 胡: '湖', 郭: '国', 何: '贺', 林: '琳', 罗: '骆', 高: '郜', 郑: '正', 梁: '良', 谢: '解', 宋: '颂', 唐: '汤', 许: '徐', 韩: '寒', 冯: '逢', 欧: '鸥', 诸: '朱' };
const PROVINCE_HOMOPHONE: Record<string, string> = { 浙江省: '浙疆省', 广东省: '广冬省', 江苏省: '江酥省', 四川省: '四穿省', 湖北省: '湖贝省', 陕西省: '陕希省', 山东省: '山冬省', 福建省: '福健省', 湖南省: '湖楠省', 安徽省: '安辉省', 河南省: '河楠省' };

const key = (p: Plan): Facts => p.facts;

/** The principal forms some defects need. */
const WITH_THOUSANDS = (rng: Rng): number => (rng.int(12, 480) * 10_000 + rng.int(1, 9) * 1000) * 100;
const ZERO_GAP = (rng: Rng): number => (rng.int(1, 9) * 1_000_000 + rng.int(1, 9) * 1000) * 100;
const WITH_CENTS = (rng: Rng): number => {
  const yuan = rng.int(12, 480) * 10_000 + rng.int(1, 9) * 1000;
  const jiao = rng.int(1, 9);
  const fen = (jiao + rng.int(1, 8)) % 10;
  return yuan * 100 + jiao * 10 + fen;
};
const WITH_TENS = (rng: Rng): number => (rng.int(1, 9) * 100 + rng.int(2, 8) * 10 + rng.int(1, 9)) * 100_000;

export const BLIND3_DEFECTS: Defect[] = [
  // AMOUNT_MISMATCH
  {
    id: 'amount-extra-zero-key', lang: 'zh', codes: ['AMOUNT_MISMATCH'], marks: 'zh-total-first',
    how: 'the key-terms table (page 1) states the principal with an extra zero, figures and 大写 alike (so they agree with each other); the 第一条 restatement, the schedule page, the repayment table and the application have the right amount',
    plant: (p) => { const f = key(p); f.keyPrincipal = f.principal * 10; f.keyWords = wordsOf('zh', f.keyPrincipal); },
    mark: (b) => ({ doc: 'contract', text: plain(b.facts.keyPrincipal) }),
  },
  {
    id: 'amount-extra-zero-app', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'en-header',
    how: 'the application record carries the principal with an extra zero (ten times the contract); every mention in the contract agrees',
    plant: (p) => { p.app.principal = plain(p.facts.principal * 10); },
    mark: (b) => ({ doc: 'application', text: b.app.principal }),
  },
  {
    id: 'amount-swap-schedule', lang: 'zh', scan: true, codes: ['AMOUNT_MISMATCH'], marks: 'zh-slash',
    how: 'scanned two-page contract: the collateral schedule (附件 抵押物清单, page 2) restates the secured principal with two adjacent digits swapped, figures and 大写 alike; the key terms on page 1 and the application are right',
    plant: (p) => { const f = key(p); f.schedulePrincipal = swapDigits(f.principal, 1); f.scheduleWords = wordsOf('zh', f.schedulePrincipal); },
    mark: (b) => ({ doc: 'contract', text: plain(b.facts.schedulePrincipal) }),
  },
  {
    id: 'amount-swap-table', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'en-p',
    how: 'the repayment schedule summary table on page 3 gives an opening principal with two adjacent digits swapped; the particulars, Clause 1, the Schedule and the application agree',
    plant: (p) => { const f = key(p); f.tablePrincipal = swapDigits(f.principal, 2); },
    mark: (b) => ({ doc: 'contract', text: plain(b.facts.tablePrincipal) }),
  },
  {
    id: 'salary-is-gross', lang: 'zh', codes: ['AMOUNT_MISMATCH'], marks: 'zh-slash', landscape: true,
    how: 'the statement (landscape) credits the pay slip\'s 应发合计 (gross) as 代发工资 instead of its 实发金额 (net); the statement itself reconciles',
    plant: (p) => { const f = key(p); const t = f.txns.find((x) => x.salary)!; t.cents = f.gross; settle(f); },
    mark: (b) => ({ doc: 'statement', text: money(b.facts.gross) }),
  },
  {
    id: 'salary-short', lang: 'en', codes: ['AMOUNT_MISMATCH'], marks: 'en-header',
    how: 'the statement\'s PAYROLL credit is 1,000.00 less than the pay slip\'s net pay (e.g. 11,978.63 → 10,978.63); the statement itself reconciles',
    plant: (p) => { const f = key(p); const t = f.txns.find((x) => x.salary)!; t.cents = f.net - 1000_00; settle(f); },
    mark: (b) => ({ doc: 'statement', text: money(b.facts.net - 1000_00) }),
  },
  // AMOUNT_WORDS_MISMATCH
  {
    id: 'words-qian-bai', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'zh-total-first', options: { principal: WITH_THOUSANDS },
    how: 'the key-terms 大写 writes the thousands unit 仟 as 佰 (…万伍仟元整 → …万伍佰元整): one character, the words state less than the figures; the schedule page\'s 大写 is right',
    plant: (p) => { const f = key(p); const w = f.keyWords.replace(/万([壹贰叁肆伍陆柒捌玖])仟/u, '万$1佰'); if (w === f.keyWords) throw new Error(`no 万X仟 in ${w}`); f.keyWords = w; },
    mark: (b) => ({ doc: 'contract', text: b.facts.keyWords }),
  },
  {
    id: 'words-zero-moved', lang: 'zh', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'zh-slash', options: { principal: ZERO_GAP },
    how: 'the key-terms 大写 turns the thousands into ten-thousands by a 零 before 万 (叁佰万伍仟元整 for 3,005,000 written 叁佰零伍万元整 = 3,050,000: 万 and 仟 trade places, a 零 comes in); figures, schedule 大写 and application right',
    plant: (p) => { const f = key(p); const w = f.keyWords.replace(/([壹贰叁肆伍陆柒捌玖])佰万零?([壹贰叁肆伍陆柒捌玖])仟/u, '$1佰零$2万'); if (w === f.keyWords) throw new Error(`no X佰万(零)Y仟 in ${w}`); f.keyWords = w; },
    mark: (b) => ({ doc: 'contract', text: b.facts.keyWords }),
  },
  {
    id: 'words-cents-swapped', lang: 'en', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'en-header', options: { principal: WITH_CENTS },
    how: 'the particulars\' amount in words gives the cents with their digits swapped ("… Yuan and 54/100 Only" for ….45); the Schedule\'s words are right',
    plant: (p) => { const f = key(p); const c = f.principal % 100; const swapped = (c % 10) * 10 + Math.floor(c / 10); f.keyWords = f.keyWords.replace(/and \d\d\/100/u, `and ${String(swapped).padStart(2, '0')}/100`); },
    mark: (b) => ({ doc: 'contract', text: b.facts.keyWords }),
  },
  {
    id: 'words-schedule-tens', lang: 'en', codes: ['AMOUNT_WORDS_MISMATCH'], marks: 'en-p', options: { principal: WITH_TENS },
    how: 'the Schedule page restates the amount in words with one tens word raised ("Sixty-Five Thousand" → "Seventy-Five Thousand"); the figures beside it and the particulars on page 1 are right',
    plant: (p) => { const f = key(p); const m = new RegExp(`\\b(${TENS.join('|')})\\b`, 'u').exec(f.scheduleWords); if (!m || m[1] === 'Ninety') throw new Error(`no tens word in ${f.scheduleWords}`); f.scheduleWords = f.scheduleWords.replace(m[1]!, TENS[TENS.indexOf(m[1]!) + 1]!); },
    mark: (b) => ({ doc: 'contract', text: b.facts.scheduleWords }),
  },
  // DATE_INCONSISTENT
  {
    id: 'end-restated', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'zh-total-first',
    how: '第二条 (page 2) restates the end date (至…止) one month later than the key-terms table; key terms agree with start + term',
    plant: (p) => { const f = key(p); f.clauseEnd = addMonths(f.end, 1); },
    mark: (b) => ({ doc: 'contract', text: zhDate(b.facts.clauseEnd) }),
  },
  {
    id: 'maturity-day', lang: 'en', codes: ['DATE_INCONSISTENT'], marks: 'en-header',
    how: 'the maturity date is ten days early in every mention (particulars, Clause 2, final instalment row): its day moved by ten (20 → 10, or 5 → 15), so it is neither start + term nor start + term − 1 day',
    plant: (p) => { const f = key(p); f.end = { ...f.end, d: f.end.d > 10 ? f.end.d - 10 : f.end.d + 10 }; f.clauseEnd = f.end; },
    mark: (b) => ({ doc: 'contract', text: enDate(b.facts.end) }),
  },
  {
    id: 'borrower-signed-late', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'zh-slash',
    how: 'on the signing page only the borrower\'s date (借款人 日期) is five days after the loan start (放款日); the lender\'s date is before it',
    plant: (p) => { const f = key(p); f.borrowerSigning = addDays(f.start, 5); },
    mark: (b) => ({ doc: 'contract', text: zhDate(b.facts.borrowerSigning) }),
  },
  {
    id: 'made-on-late', lang: 'en', scan: true, codes: ['DATE_INCONSISTENT'], marks: 'en-p',
    how: 'scanned contract: the heading line "This Agreement is made on …" is dated 20 days after the drawdown date; the execution page\'s dates are before drawdown',
    plant: (p) => { const f = key(p); f.madeOn = addDays(f.start, 20); },
    mark: (b) => ({ doc: 'contract', text: enDate(b.facts.madeOn) }),
  },
  {
    id: 'txn-before-period', lang: 'zh', codes: ['DATE_INCONSISTENT'], marks: 'zh-total-first', landscape: true,
    how: 'landscape statement: the first transaction is dated three days before the 查询期间 starts (previous month); balances reconcile',
    plant: (p) => { const f = key(p); f.txns[0]!.date = addDays(f.periodStart, -3); },
    mark: (b) => ({ doc: 'statement', text: dotDate(b.facts.txns[0]!.date) }),
  },
  // NAME_MISMATCH
  {
    id: 'name-signing-page', lang: 'zh', codes: ['NAME_MISMATCH'], marks: 'zh-slash',
    how: 'the signing page prints the borrower\'s name (姓名：) with a homophone surname (张 → 章); key terms, schedule, pay slip, statement and application agree',
    plant: (p) => { const f = key(p); const sur = [...f.name][0]!; f.signName = (SURNAME_HOMOPHONE[sur] ?? '章') + [...f.name].slice(1).join(''); },
    mark: (b) => ({ doc: 'contract', text: b.facts.signName }),
  },
  {
    id: 'name-statement-letter', lang: 'en', codes: ['NAME_MISMATCH'], marks: 'en-p',
    how: 'the statement\'s account holder drops one letter of the given name (Xiaodong → Xiadong); contract, pay slip and application agree',
    plant: (p) => { const f = key(p); const [given, ...rest] = f.name.split(' '); const g = given!; const i = Math.max(1, Math.floor(g.length / 2)); f.stmtName = [g.slice(0, i) + g.slice(i + 1), ...rest].join(' '); },
    mark: (b) => ({ doc: 'statement', text: b.facts.stmtName.replace(/\s+/gu, '') }),
  },
  // ACCOUNT_MISMATCH
  {
    id: 'account-app-luhn', lang: 'zh', codes: ['ACCOUNT_MISMATCH'], marks: 'zh-total-first',
    how: 'the application record\'s disbursement account has its last digit changed (so it fails the Luhn check); the contract (key terms and 第四条) and the statement agree',
    plant: (p) => { const a = p.app.account; p.app.account = a.slice(0, -1) + String((Number(a.at(-1)) + 4) % 10); },
    mark: (b) => ({ doc: 'application', text: b.app.account }),
  },
  {
    id: 'account-key-swap', lang: 'en', codes: ['ACCOUNT_MISMATCH'], marks: 'en-header',
    how: 'the particulars table gives the disbursement account with two adjacent middle digits swapped; Clause 4, the statement and the application agree',
    plant: (p) => { const f = key(p); const a = f.account; for (let i = 8; i < a.length - 2; i++) if (a[i] !== a[i + 1]) { f.keyAccount = a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2); return; } throw new Error(`no swappable digits in ${a}`); },
    mark: (b) => ({ doc: 'contract', text: b.facts.keyAccount }),
  },
  // ADDRESS_MISMATCH
  {
    id: 'address-road-type', lang: 'zh', codes: ['ADDRESS_MISMATCH'], marks: 'zh-slash', options: { addressFilter: (a) => /[^大]路\d/u.test(a) },
    how: 'the collateral schedule (附件) writes the road type 路 as 街 (文三路 → 文三街); key terms and application right',
    plant: (p) => { const f = key(p); f.scheduleCollateral = f.collateral.replace(/路(\d)/u, '街$1'); },
    mark: (b) => ({ doc: 'contract', text: b.facts.scheduleCollateral }),
  },
  {
    id: 'address-building-app', lang: 'en', scan: true, codes: ['ADDRESS_MISMATCH'], marks: 'en-header', options: { addressFilter: (a) => /Building (\d)(?!\1)\d,/u.test(a) },
    how: 'scanned contract; the application record gives the collateral\'s building number with its two digits reversed (Building 21 → Building 12); the contract (particulars and Schedule) is right',
    plant: (p) => { p.app.collateral = p.app.collateral.replace(/Building (\d)(\d),/u, 'Building $2$1,'); },
    mark: (b) => ({ doc: 'application', text: b.app.collateral.replace(/\s+/gu, '') }),
  },
  // ADDRESS_UNKNOWN_PLACE
  {
    id: 'province-homophone', lang: 'zh', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'zh-total-first',
    options: { place: (pl) => pl.province !== '', addressFilter: (a) => /^..省/u.test(a) },
    how: 'the collateral\'s province is written with a homophone that names no province (浙江省 → 浙疆省), alike in every contract mention and the application',
    plant: (p) => { const f = key(p); const prov = f.collateral.slice(0, 3); const bad = PROVINCE_HOMOPHONE[prov]; if (!bad) throw new Error(`no homophone for ${prov}`); f.collateral = bad + f.collateral.slice(3); f.scheduleCollateral = f.collateral; p.app.collateral = f.collateral; },
    mark: (b) => ({ doc: 'contract', text: b.facts.collateral.slice(0, 3) }),
  },
  {
    id: 'district-letters', lang: 'en', codes: ['ADDRESS_UNKNOWN_PLACE'], marks: 'en-p',
    how: 'the collateral\'s district has two adjacent letters swapped (Haidian → Haidain), alike in the particulars, the Schedule and the application',
    plant: (p) => {
      const f = key(p); const d = f.place.districtEn.split(' ')[0]!; const i = d.length - 3; const bad = d.slice(0, i) + d[i + 1] + d[i] + d.slice(i + 2);
      if (bad === d) throw new Error(`cannot misspell ${d}`);
      f.collateral = f.collateral.replace(d, bad); f.scheduleCollateral = f.collateral; p.app.collateral = f.collateral;
    },
    mark: (b) => ({ doc: 'contract', text: b.facts.collateral.replace(/\s+/gu, '') }),
  },
  // PAGE_*
  {
    id: 'page-missing-2', lang: 'zh', codes: ['PAGE_MISSING'], marks: 'zh-total-first',
    how: 'contract page 2 (第一条–第五条) is missing; footers read 共4页 第1页 (total first), so the file shows 共4页 第1页, 第3页, 第4页',
    plant: (p) => { p.pageOrder = [1, 3, 4]; },
  },
  {
    id: 'page-missing-3', lang: 'en', codes: ['PAGE_MISSING'], marks: 'en-header',
    how: 'contract page 3 (Clauses 6–9 and the repayment table) is missing; the page numbers are in the top-right header ("Page 2 of 4", "Page 4 of 4")',
    plant: (p) => { p.pageOrder = [1, 2, 4]; },
  },
  {
    id: 'page-dup-last', lang: 'zh', codes: ['PAGE_DUPLICATE'], marks: 'zh-slash',
    how: 'the contract\'s last page (schedule + signing page, 第4页/共4页) is there twice at the end (1, 2, 3, 4, 4)',
    plant: (p) => { p.pageOrder = [1, 2, 3, 4, 4]; },
  },
  {
    id: 'page-dup-3', lang: 'en', codes: ['PAGE_DUPLICATE'], marks: 'en-p',
    how: 'contract page 3 appears twice in a row (1, 2, 3, 3, 4); footers are "p. 3/4" at the right',
    plant: (p) => { p.pageOrder = [1, 2, 3, 3, 4]; },
  },
  {
    id: 'page-order-tail', lang: 'zh', codes: ['PAGE_OUT_OF_ORDER'], marks: 'zh-total-first',
    how: 'the contract\'s last two pages are swapped (1, 2, 4, 3) with 共4页 第N页 footers: the signing page comes before the clause page',
    plant: (p) => { p.pageOrder = [1, 2, 4, 3]; },
  },
  {
    id: 'page-order-reversed', lang: 'en', scan: true, codes: ['PAGE_OUT_OF_ORDER'], marks: 'en-p',
    how: 'scanned two-page contract fed backwards: "p. 2/2" (schedule and execution) first, then "p. 1/2"',
    plant: (p) => { p.pageOrder = [2, 1]; },
  },
  // PAYSLIP_ARITHMETIC
  {
    id: 'payslip-medical', lang: 'zh', codes: ['PAYSLIP_ARITHMETIC'], marks: 'zh-slash',
    how: 'in the side-by-side pay-slip table the 医疗保险 item is 20.00 too high; 扣款合计, 应发合计 and 实发金额 are unchanged, so the deduction items do not add up to 扣款合计',
    plant: (p) => { const f = key(p); const l = f.deductions[1]!; l.cents += 20_00; },
    mark: (b) => ({ doc: 'payslip', text: money(b.facts.deductions[1]!.cents) }),
  },
  {
    id: 'payslip-net-swap', lang: 'en', codes: ['PAYSLIP_ARITHMETIC'], marks: 'en-header',
    how: 'the pay slip\'s net-pay line (below the table) has two adjacent digits swapped, so gross − total deductions ≠ net; the statement credits that printed net, so salary and pay slip agree',
    plant: (p) => { const f = key(p); f.net = swapDigits(f.net, 0); f.txns.find((x) => x.salary)!.cents = f.net; settle(f); },
    mark: (b) => ({ doc: 'payslip', text: money(b.facts.net) }),
  },
  {
    id: 'payslip-bonus', lang: 'zh', scan: true, codes: ['PAYSLIP_ARITHMETIC'], marks: 'zh-slash',
    how: 'scanned pay slip: the 绩效奖金 earnings item is 100.00 lower than 应发合计 allows (earnings do not add up to gross); gross − deductions = net holds',
    plant: (p) => { const f = key(p); f.earnings[2]!.cents -= 100_00; },
    mark: (b) => ({ doc: 'payslip', text: money(b.facts.earnings[2]!.cents) }),
  },
  // BALANCE_MISMATCH
  {
    id: 'balance-row-amount', lang: 'zh', scan: true, codes: ['BALANCE_MISMATCH'], marks: 'zh-total-first', landscape: true,
    how: 'scanned landscape statement: one middle 支出 amount has two adjacent digits swapped while every 余额 is right (that row\'s balance change ≠ its amount; 支出合计 ≠ the listed debits)',
    plant: (p) => { const f = key(p); const rows = f.txns.filter((t) => t.cents < -1000_00 && !t.salary); const t = rows[Math.floor(rows.length / 2)] ?? f.txns.find((x) => x.cents < 0)!; t.cents = -swapDigits(-t.cents, 0); t.planted = true; },
    mark: (b) => { const t = b.facts.txns.find((x) => x.planted)!; return { doc: 'statement', text: money(-t.cents) }; },
  },
  {
    id: 'balance-closing-summary', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'en-p',
    how: 'the statement\'s closing balance in the totals line has two adjacent digits swapped; every row and the last row\'s balance are right (opening + credits − debits ≠ printed closing)',
    plant: (p) => { const f = key(p); f.printedClosing = swapDigits(f.closing, 0); },
    mark: (b) => ({ doc: 'statement', text: money(b.facts.printedClosing) }),
  },
  {
    id: 'balance-opening-header', lang: 'en', codes: ['BALANCE_MISMATCH'], marks: 'en-header', landscape: true,
    how: 'landscape statement: the header\'s opening balance is 1,000.00 higher than the rows imply (first row\'s balance ≠ opening ± its amount); rows and closing agree with each other',
    plant: (p) => { const f = key(p); f.printedOpening = f.opening + 1000_00; },
    mark: (b) => ({ doc: 'statement', text: money(b.facts.printedOpening) }),
  },
  // SIGNATURE_MISSING
  {
    id: 'mortgagor-unsigned', lang: 'zh', codes: ['SIGNATURE_MISSING'], marks: 'zh-total-first',
    how: 'the collateral schedule\'s 抵押人（签字） block is empty; the signing page below it carries the lender\'s seal and the borrower\'s signature',
    plant: (p) => { key(p).mortgagorSigned = false; },
  },
  {
    id: 'schedule-seal-missing', lang: 'en', codes: ['SIGNATURE_MISSING'], marks: 'en-header',
    how: 'the Schedule\'s "Mortgagee (seal)" block has no seal; the execution block below has both the Lender\'s seal and the Borrower\'s signature',
    plant: (p) => { key(p).scheduleSeal = false; },
  },
  // DOCUMENT_MISSING
  {
    id: 'no-statement', lang: 'zh', codes: ['DOCUMENT_MISSING'], marks: 'zh-slash',
    how: 'the folder has the contract and the pay slip but no bank statement (the application requires one)',
    plant: (p) => { p.omit = 'statement'; },
  },
  {
    id: 'no-payslip', lang: 'en', codes: ['DOCUMENT_MISSING'], marks: 'en-p', landscape: true,
    how: 'the folder has the contract and a landscape statement (whose PAYROLL credit is there) but no pay slip',
    plant: (p) => { p.omit = 'payslip'; },
  },
];

