/**
 * The blind2 case set's planted defects, each planted in a way neither cases/dev, cases/holdout nor
 * cases/blind used (see their truth.json `how`): a 大写 numeral changed mid-amount, 万 written 仟,
 * the principal or the account restated differently in the drawdown clause, a homophone road or
 * district, pages lost, doubled or swapped in a contract that prints no page numbers, a totals line
 * off by 100, an earnings line that does not add up, a transaction dated outside the statement's
 * period, a document missing behind neutral file names…
 *
 * `prepare` shapes the facts of both twins (so that the defect can be planted); `plant` runs on the
 * defective twin only; `marks` are texts the defective file must show and its twin must not (checked
 * with pdftotext on the text-layer rendering, before any scan).
 */
import { addDays, addMonths } from '../calendar.js';
import type { LoanFacts, PayFacts, StatementFacts } from '../content.js';
import type { Place } from '../places.js';
import type { Rng } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { SALARY_WORDS, type Application, type FindingCode } from './defects.js';
import type { Blind2Contract } from './blind2-render.js';

export type DocKey = 'contract' | 'payslip' | 'statement';

export interface Blind2Plan {
  lang: Lang;
  /** The case is scanned (scan-pdf). */
  scanned: boolean;
  loan: LoanFacts;
  pay: PayFacts;
  statement: StatementFacts;
  application: Application;
  collateralPlace: Place;
  contract: Blind2Contract;
  /** The contract's pages to keep, in physical order (1-based), given each page's text. */
  pageOrder?: (pages: string[]) => number[];
  /** A document left out of the folder. */
  omit?: DocKey;
  /** The folder also holds the previous month's pay slip (both twins). */
  previousPayslip?: boolean;
  /** File names in the folder; contract.pdf / payslip.pdf / statement.pdf when absent. */
  fileNames?: Record<DocKey, string>;
}

export interface Mark { doc: DocKey | 'application'; text: string }

export interface Blind2Defect {
  id: string;
  codes: FindingCode[];
  how: Partial<Record<Lang, string>>;
  /** Variants planted in scanned cases too. */
  scan?: Lang[];
  prepare?(plan: Blind2Plan): void;
  plant(plan: Blind2Plan, rng: Rng): void;
  /** Texts (white space removed) the defective document shows and its twin does not. */
  marks?(defective: Blind2Plan, clean: Blind2Plan): Mark[];
}

/** The statement's running balances and totals recomputed from its rows. */
export function reconcile(s: StatementFacts): void {
  let balance = s.openingCents;
  for (const t of s.transactions) { balance += t.cents; t.balanceCents = balance; }
  s.totalCreditsCents = s.transactions.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  s.totalDebitsCents = -s.transactions.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  s.closingCents = s.openingCents + s.totalCreditsCents - s.totalDebitsCents;
}

/** White space removed. */
export const squash = (text: string): string => text.replace(/\s+/gu, '');

/** A money value as the self-check compares it: digits and the decimal point only. */
export const plain = (cents: number): string => (cents / 100).toFixed(2);

const NUMERALS = '壹贰叁肆伍陆柒捌玖';
/** Numerals that neither look nor sound like one another (unlike 伍/陆 or 壹/贰 slips). */
const FAR_NUMERAL: Record<string, string> = { 壹: '柒', 贰: '捌', 叁: '玖', 肆: '壹', 伍: '贰', 陆: '叁', 柒: '肆', 捌: '伍', 玖: '陆' };

/** The numeral nearest the middle of the 大写 (never the first or last numeral) replaced. */
function middleNumeral(words: string): string {
  const spots = [...words].map((c, i) => (NUMERALS.includes(c) ? i : -1)).filter((i) => i >= 0);
  if (spots.length < 3) throw new Error(`Expected three numerals or more in ${words}`);
  const i = spots[Math.floor(spots.length / 2)]!;
  return words.slice(0, i) + FAR_NUMERAL[words[i]!]! + words.slice(i + 1);
}

/** Homophones of road-name characters (文三路 → 闻三路): the road does not exist under that name. */
const ROAD_HOMOPHONE: Record<string, string> = {
  文: '闻', 教: '较', 天: '添', 学: '雪', 江: '疆', 滨: '彬', 中: '忠', 药: '耀', 张: '章', 漕: '曹', 延: '严', 世: '市', 建: '健',
  朝: '潮', 深: '申', 科: '可', 华: '化', 体: '替', 南: '楠', 湖: '胡', 人: '仁', 干: '甘', 武: '午', 长: '常', 小: '晓', 香: '湘',
  山: '杉', 厦: '夏', 麓: '路', 枫: '丰', 黄: '皇', 花: '华', 经: '京', 解: '界', 钟: '忠', 关: '观', 学院: '雪院',
};

/** Districts spelt with a homophone: none of these exists (西湖区 → 西胡区). */
const DISTRICT_HOMOPHONE: Record<string, string> = {
  西湖区: '西胡区', 滨江区: '宾江区', 海曙区: '海署区', 浦东新区: '普东新区', 徐汇区: '许汇区', 朝阳区: '朝杨区', 海淀区: '海定区',
  和平区: '河平区', 渝中区: '渝忠区', 南山区: '南杉区', 福田区: '富田区', 天河区: '天和区', 越秀区: '越绣区', 鼓楼区: '古楼区',
  姑苏区: '姑酥区', 武侯区: '武候区', 武昌区: '武倡区', 雁塔区: '燕塔区', 市南区: '市楠区', 思明区: '思名区', 岳麓区: '岳路区',
  蜀山区: '蜀杉区', 金水区: '金税区',
};

/** Cities spelt with a homophone (杭州市 → 航州市): no such city. */
const CITY_HOMOPHONE: Record<string, string> = {
  杭州市: '航州市', 宁波市: '宁坡市', 上海市: '尚海市', 北京市: '北经市', 天津市: '天律市', 重庆市: '重轻市', 深圳市: '申圳市',
  广州市: '广洲市', 南京市: '南经市', 苏州市: '苏洲市', 成都市: '城都市', 武汉市: '午汉市', 西安市: '希安市', 青岛市: '清岛市',
  厦门市: '夏门市', 长沙市: '常沙市', 合肥市: '和肥市', 郑州市: '正州市',
};

/** How people misspell the cities in English (Shenzhen → Shenzen): none is a real place name. */
const CITY_MISSPELT: Record<string, string> = {
  Hangzhou: 'Hangzou', Ningbo: 'Ninbo', Shanghai: 'Shanghi', Beijing: 'Bejing', Tianjin: 'Tianjing', Chongqing: 'Chongqin',
  Shenzhen: 'Shenzen', Guangzhou: 'Guangzhuo', Nanjing: 'Nanjin', Suzhou: 'Suzou', Chengdu: 'Chengdo', Wuhan: 'Wuhang',
  'Xi\'an': 'Xi\'ang', Qingdao: 'Qingdau', Xiamen: 'Xiamem', Changsha: 'Changsa', Hefei: 'Hefie', Zhengzhou: 'Zhengzou',
};

/** Homophones of given-name characters (子涵 → 子晗). */
const GIVEN_HOMOPHONE: Record<string, string> = {
  伟: '威', 芳: '舫', 娜: '纳', 敏: '闵', 静: '靖', 丽: '俪', 强: '锵', 磊: '蕾', 军: '均', 洋: '扬', 勇: '永', 艳: '彦', 杰: '捷',
  涛: '韬', 明: '铭', 超: '朝', 英: '莹', 东: '栋', 华: '骅', 燕: '雁', 博: '柏', 雨: '语', 涵: '晗', 然: '冉', 琴: '勤', 栋: '东',
  梅: '玫', 宇: '羽', 萱: '暄', 鸣: '铭', 怡: '仪',
};

const roadOf = (p: Blind2Plan): [string, string] => {
  const road = p.collateralPlace.roads.find(([zh, en]) => p.loan.collateralAddress.includes(p.lang === 'zh' ? zh : en));
  if (!road) throw new Error(`Expected a road of ${p.collateralPlace.city} in ${p.loan.collateralAddress}`);
  return [road[0], road[1]];
};

/** Sets the collateral address in the contract, the application, or both. */
function setAddress(p: Blind2Plan, address: string, where: 'contract' | 'application' | 'both'): void {
  if (where !== 'application') p.loan.collateralAddress = address;
  if (where !== 'contract') p.application.loan.collateralAddress = address;
}

/** One digit of an account changed (+3 mod 10) at a position past the BIN. */
function accountSlip(account: string, rng: Rng): string {
  const i = rng.int(7, account.length - 3);
  return account.slice(0, i) + String((Number(account[i]) + 3) % 10) + account.slice(i + 1);
}

/** Page texts that hold a clause heading (第五条 / Article 5 / Clause 5). */
const CLAUSE_HEAD = /第[一二三四五六七八九十]+条|(?:Article|Clause)\d+/u;

/** Middle pages (neither the first nor the signature page) that hold a clause heading. */
function clausePages(pages: string[]): number[] {
  return pages.map((t, i) => (i > 0 && i < pages.length - 1 && CLAUSE_HEAD.test(t) ? i + 1 : 0)).filter(Boolean);
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

export const BLIND2_DEFECTS: Blind2Defect[] = [
  { id: 'words-middle', codes: ['AMOUNT_WORDS_MISMATCH'], scan: ['zh'],
    how: { zh: 'the 大写 line: the numeral in the middle of the amount is another, unrelated numeral (e.g. 壹佰叁拾陆万 → 壹佰玖拾陆万); figures and application agree', en: 'the words are one thousand short of the figures (… Forty-Two Thousand … for 243,xxx)' },
    prepare: (p) => {
      const yuan = Math.floor(p.loan.principalCents / 100);
      // At least three non-zero numerals in the 大写, a thousands digit to take one from in English.
      if (p.lang === 'zh') p.loan.principalCents = (Math.floor(yuan / 10_000) * 10_000 + 1_000 * ((yuan % 9) + 1) + 100 * ((yuan % 7) + 2)) * 100 + (p.loan.principalCents % 100);
      else p.loan.principalCents = (Math.floor(yuan / 1_000) * 1_000 + 3_000 + (yuan % 1_000)) * 100 + (p.loan.principalCents % 100);
    },
    plant: (p) => {
      if (p.lang === 'zh') p.contract.wordsEdit = middleNumeral;
      else p.contract.wordsYuan = Math.floor(p.loan.principalCents / 100) - 1_000;
    } },
  { id: 'words-unit', codes: ['AMOUNT_WORDS_MISMATCH'],
    how: { zh: '万 written as 仟 in the 大写 (捌万零伍佰元整 → 捌仟零伍佰元整: the words state a tenth of the figures)', en: '"Thousand" written as "Million" in the words (Three Hundred Twenty Thousand → Three Hundred Twenty Million)' },
    prepare: (p) => {
      const yuan = Math.floor(p.loan.principalCents / 100);
      // zh: d万零e佰 (80,500); en: a whole number of thousands below a million.
      p.loan.principalCents = p.lang === 'zh' ? (((yuan % 8) + 2) * 10_000 + ((yuan % 9) + 1) * 100) * 100 : (((yuan % 800) + 120) * 1_000) * 100;
    },
    plant: (p) => {
      p.contract.wordsEdit = p.lang === 'zh'
        ? (w) => { if (!w.includes('万')) throw new Error(`Expected 万 in ${w}`); return w.replace('万', '仟'); }
        : (w) => { if (!w.endsWith('Thousand')) throw new Error(`Expected … Thousand, got ${w}`); return w.replace(/Thousand$/u, 'Million'); };
    } },
  { id: 'restated-principal', codes: ['AMOUNT_MISMATCH'],
    how: { zh: 'the drawdown clause (第二条) restates the principal 100,000 higher than the key terms and the application', en: 'the Drawdown clause restates the principal 50,000 lower than the particulars and the application' },
    plant: (p) => { p.contract.restatedCents = p.loan.principalCents + (p.lang === 'zh' ? 10_000_000 : -5_000_000); },
    marks: (p) => [{ doc: 'contract', text: plain(p.contract.restatedCents!) }] },
  { id: 'address-number', codes: ['ADDRESS_MISMATCH'],
    how: { zh: 'contract collateral address: one digit of the 号 number changed (138号 → 158号); application right', en: 'contract collateral address: the street number\'s digits reversed (No. 138 → No. 831); application right' },
    prepare: (p) => {
      // A three-digit street number ending in 8 (never a palindrome), so that both slips change it.
      const n = 100 + (Math.floor(p.loan.principalCents / 100) % 7) * 100 + 28 + ((p.loan.contractSerial % 6) * 10);
      p.loan.collateralAddress = p.loan.collateralAddress.replace(/\d+号|No\. \d+/u, (m) => (m.endsWith('号') ? `${n}号` : `No. ${n}`));
      p.application.loan.collateralAddress = p.loan.collateralAddress;
    },
    plant: (p) => {
      const a = p.loan.collateralAddress;
      setAddress(p, p.lang === 'zh'
        ? a.replace(/(\d)(\d)(\d)号/u, (_m, x, y, z) => `${x}${(Number(y) + 2) % 10}${z}号`)
        : a.replace(/No\. (\d+)/u, (_m, n: string) => `No. ${[...n].reverse().join('')}`), 'contract');
    },
    marks: (p) => [{ doc: 'contract', text: squash(p.loan.collateralAddress) }] },
  { id: 'address-homophone', codes: ['ADDRESS_MISMATCH'],
    how: { zh: 'the application record writes the road with a homophone character (文三路 → 闻三路); the contract is right' },
    plant: (p) => {
      const [road] = roadOf(p);
      const i = [...road].findIndex((ch) => ROAD_HOMOPHONE[ch]);
      if (i < 0) throw new Error(`Expected a road character with a homophone in ${road}`);
      const typo = [...road].map((ch, k) => (k === i ? ROAD_HOMOPHONE[ch]! : ch)).join('');
      setAddress(p, p.loan.collateralAddress.replace(road, typo), 'application');
    },
    marks: (p) => [{ doc: 'application', text: squash(p.application.loan.collateralAddress) }] },
  { id: 'unknown-place', codes: ['ADDRESS_UNKNOWN_PLACE'], scan: ['zh'],
    how: { zh: 'the collateral district is written with a homophone that names no district (武侯区 → 武候区), alike in contract and application (scan: the city, 杭州市 → 航州市)', en: 'the collateral city is misspelt as people do (Shenzhen → Shenzen), alike in contract and application' },
    plant: (p) => {
      const place = p.collateralPlace;
      const a = p.loan.collateralAddress;
      let typo: string;
      if (p.lang === 'en') typo = a.replace(place.cityEn, CITY_MISSPELT[place.cityEn]!);
      else if (p.scanned) typo = a.replace(place.city, CITY_HOMOPHONE[place.city]!);
      else typo = a.replace(place.district, DISTRICT_HOMOPHONE[place.district]!);
      if (typo === a) throw new Error(`Expected a place to misspell in ${a}`);
      setAddress(p, typo, 'both');
    },
    marks: (p) => [{ doc: 'contract', text: squash(p.loan.collateralAddress) }] },
  { id: 'page-missing', codes: ['PAGE_MISSING'],
    how: { zh: 'the contract prints no page numbers; a middle clause page is missing, so the clause numbering jumps (e.g. 第四条 → 第八条)', en: 'the contract\'s footers are "- n -" without a total; a middle clause page is missing (- 1 -, - 3 -, - 4 -)' },
    prepare: (p) => { if (p.lang === 'zh') p.contract.noFooter = true; else p.contract.footer = 'dash'; },
    plant: (p) => {
      p.pageOrder = (pages) => {
        // A clause page with clause headings on pages before and after it, so the numbering jumps.
        const heads = pages.map((t) => CLAUSE_HEAD.test(t));
        const inner = clausePages(pages).filter((n) => heads.slice(0, n - 1).some(Boolean) && heads.slice(n).some(Boolean));
        const middle = inner.length ? inner : clausePages(pages);
        if (!middle.length) throw new Error(`Expected a middle clause page among ${pages.length}`);
        const drop = middle[0]!;
        return range(pages.length).filter((n) => n !== drop);
      };
    } },
  { id: 'page-duplicate', codes: ['PAGE_DUPLICATE'], scan: ['zh'],
    how: { en: 'the contract prints no page numbers; its first page is there twice in a row (fed twice)', zh: 'scanned contract with footers: page 2 scanned twice, the copy right after it (1, 2, 2, 3 …), each copy with its own scan noise' },
    prepare: (p) => { if (p.lang === 'en') p.contract.noFooter = true; },
    plant: (p) => {
      p.pageOrder = (pages) => (p.lang === 'en' ? [1, ...range(pages.length)] : [1, 2, ...range(pages.length).slice(1)]);
    } },
  { id: 'page-order', codes: ['PAGE_OUT_OF_ORDER'],
    how: { zh: 'the contract prints no page numbers; two clause pages are swapped, so the clause numbering runs backwards across them', en: 'the contract\'s last two pages are swapped: the signature page comes before the last clause page' },
    prepare: (p) => { if (p.lang === 'zh') p.contract.noFooter = true; },
    plant: (p) => {
      p.pageOrder = (pages) => {
        const n = pages.length;
        if (p.lang === 'en') { if (n < 3) throw new Error('Expected 3 pages or more'); return [...range(n - 2), n, n - 1]; }
        const middle = clausePages(pages);
        const [a, b] = middle.length >= 2 ? [middle[0]!, middle[1]!] : [1, middle[0] ?? 2];
        return range(n).map((k) => (k === a ? b : k === b ? a : k));
      };
    } },
  { id: 'balance-off-100', codes: ['BALANCE_MISMATCH'],
    how: { zh: 'a middle row\'s running balance is 100.00 short; the rows before and after it are right', en: 'the statement\'s total-credits line is 100.00 more than the credits listed; rows, opening and closing balances are right' },
    plant: (p, rng) => {
      if (p.lang === 'en') { p.statement.totalCreditsCents += 10_000; return; }
      const rows = p.statement.transactions;
      const k = rng.int(Math.floor(rows.length / 3), Math.floor((2 * rows.length) / 3));
      rows[k]!.balanceCents -= 10_000;
    },
    marks: (p) => (p.lang === 'en' ? [{ doc: 'statement', text: plain(p.statement.totalCreditsCents) }]
      : p.statement.transactions.filter((t, i, rows) => t.balanceCents !== (i ? rows[i - 1]!.balanceCents : p.statement.openingCents) + t.cents).slice(0, 1).map((t) => ({ doc: 'statement' as const, text: plain(t.balanceCents) }))) },
  { id: 'payslip-net', codes: ['PAYSLIP_ARITHMETIC'], scan: ['zh'],
    how: { zh: 'the pay slip\'s net pay is 100.00 more than gross − deductions (the statement credits that net, so the salary still matches)', en: 'one earnings line (allowance or bonus) is 1,000.00 more than gross allows: the earnings no longer add up to gross; gross − deductions = net holds' },
    prepare: (p) => { if (!p.pay.earnings.some((l) => l.key !== 'basePay')) p.pay.earnings.push({ key: 'allowance', cents: 60_000 }); p.pay.grossCents = p.pay.earnings.reduce((a, l) => a + l.cents, 0); p.pay.netCents = p.pay.grossCents - p.pay.totalDeductionsCents; },
    plant: (p) => {
      if (p.lang === 'en') { p.pay.earnings.find((l) => l.key !== 'basePay')!.cents += 100_000; return; }
      p.pay.netCents += 10_000;
      for (const t of p.statement.transactions) if (SALARY_WORDS.test(t.description)) t.cents = p.pay.netCents;
      reconcile(p.statement);
    },
    marks: (p) => [{ doc: 'payslip', text: p.lang === 'zh' ? plain(p.pay.netCents) : plain(p.pay.earnings.find((l) => l.key !== 'basePay')!.cents) }] },
  { id: 'end-month-off', codes: ['DATE_INCONSISTENT'],
    how: { zh: 'the contract\'s end date is one month early (36个月 but the dates span 35 months)', en: 'the contract\'s end date is one month early (the term says n months, the dates span n − 1)' },
    plant: (p) => { p.loan.end = addMonths(p.loan.end, -1); } },
  { id: 'txn-outside-period', codes: ['DATE_INCONSISTENT'],
    how: { en: 'the statement\'s last transaction is dated two days after the statement period ends (balances reconcile)' },
    prepare: (p) => { p.statement.printDate = addDays(p.statement.periodEnd, 6); },
    plant: (p) => {
      const rows = p.statement.transactions;
      const last = rows[rows.length - 1]!;
      if (SALARY_WORDS.test(last.description)) throw new Error('Expected the last row not to be the salary');
      last.date = addDays(p.statement.periodEnd, 2);
    } },
  { id: 'signed-after-start', codes: ['DATE_INCONSISTENT'],
    how: { zh: 'the contract is signed (both signature dates) a week after the loan period starts' },
    plant: (p) => { p.loan.signing = addDays(p.loan.start, 7); } },
  { id: 'account-restated', codes: ['ACCOUNT_MISMATCH'], scan: ['en'],
    how: { zh: 'the drawdown clause restates the disbursement account with one digit changed; key terms and application agree', en: 'the key-terms disbursement account has one digit changed; the drawdown clause and the application agree' },
    plant: (p, rng) => {
      const wrong = accountSlip(p.loan.account, rng);
      if (p.lang === 'zh') p.contract.restatedAccount = wrong;
      else { p.contract.keyTermAccount = wrong; p.contract.restatedAccount = p.loan.account; }
    },
    marks: (p) => [{ doc: 'contract', text: p.contract.restatedAccount && p.lang === 'zh' ? p.contract.restatedAccount : p.contract.keyTermAccount ?? '' }] },
  { id: 'payslip-name', codes: ['NAME_MISMATCH'], scan: ['en'],
    how: { zh: 'the pay slip writes the borrower\'s given name with a homophone (子涵 → 子晗); contract, statement and application agree', en: 'the pay slip has two adjacent letters of the borrower\'s given name swapped (Jianhua → Jainhua); contract, statement and application agree' },
    plant: (p) => {
      const name = p.pay.employee.name;
      let changed: string;
      if (p.lang === 'zh') {
        const last = name.at(-1)!;
        if (!GIVEN_HOMOPHONE[last]) throw new Error(`Expected a homophone for ${last}`);
        changed = name.slice(0, -1) + GIVEN_HOMOPHONE[last];
      } else {
        const words = name.split(' ');
        const w = words.findIndex((x) => /^[A-Z][a-z]{2,}$/.test(x));
        if (w < 0) throw new Error(`Expected a mixed-case name part in ${name}`);
        const x = words[w]!;
        const i = [...x].findIndex((ch, k) => k >= 1 && k < x.length - 1 && ch !== x[k + 1]);
        words[w] = x.slice(0, i) + x[i + 1] + x[i] + x.slice(i + 2);
        changed = words.join(' ');
      }
      p.pay.employee = { ...p.pay.employee, name: changed };
    },
    marks: (p) => [{ doc: 'payslip', text: p.pay.employee.name.replace(/\s/g, '') }] },
  { id: 'signature-block', codes: ['SIGNATURE_MISSING'],
    how: { zh: 'the borrower\'s signature block (乙方（签字）) is empty while the lender\'s seal is present', en: 'the lender\'s seal is missing from its block while the borrower has signed' },
    plant: (p) => { if (p.lang === 'zh') p.contract.noSignature = true; else p.contract.noSeal = true; } },
  { id: 'document-missing', codes: ['DOCUMENT_MISSING'],
    how: { zh: 'no bank statement: the folder holds the contract and two months\' pay slips (this month\'s and last month\'s) instead', en: 'no pay slip: the folder holds the contract and the statement under scanner file names (scan_0001.pdf …), so only the content says what each is' },
    prepare: (p) => {
      if (p.lang === 'zh') p.previousPayslip = true;
      else p.fileNames = { contract: 'scan_0001.pdf', statement: 'scan_0002.pdf', payslip: 'scan_0003.pdf' };
    },
    plant: (p) => { p.omit = p.lang === 'zh' ? 'statement' : 'payslip'; } },
];
