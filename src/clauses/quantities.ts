/**
 * Percentages and rates inside clause text, as the red-flag rules need them: 18%, 百分之五十,
 * 千分之三, 万分之八, 2.5 per cent, fifty per cent; with the period a rate is quoted per
 * (年利率 / 月息 / 每日 / per annum / per month / per day) when it is written next to the number.
 */
import { parseChineseNumeral } from '../extract/parse/chinese-numerals.js';

export type Basis = 'annual' | 'monthly' | 'daily';

export interface Quantity {
  /** The value in percent (千分之三 → 0.3). */
  percent: number;
  basis?: Basis;
  start: number;
  end: number;
  written: string;
}

const CN_NUM = '[\\d.〇零一二三四五六七八九十百两壹贰叁肆伍陆柒捌玖拾佰点]+';
const EN_NUMBER_WORD = '(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and|[- ])+)';
const PATTERNS: [RegExp, (m: RegExpExecArray) => number | undefined][] = [
  [new RegExp(`百分之(${CN_NUM})`, 'gu'), (m) => cn(m[1])],
  // 干分之: OCR's usual reading of 千分之.
  [new RegExp(`[千干]分之(${CN_NUM})`, 'gu'), (m) => scale(cn(m[1]), 0.1)],
  [new RegExp(`万分之(${CN_NUM})`, 'gu'), (m) => scale(cn(m[1]), 0.01)],
  [/(\d+(?:\.\d+)?)\s*(?:%|％|percent\b|per\s*cent\b|pct\b)/giu, (m) => Number(m[1])],
  [/(\d+(?:\.\d+)?)\s*‰/gu, (m) => Number(m[1]) / 10],
  [/(\d+(?:\.\d+)?)\s*‱/gu, (m) => Number(m[1]) / 100],
  [new RegExp(`\\b(${EN_NUMBER_WORD})\\s*(?:per\\s*cent|percent)\\b`, 'giu'), (m) => englishNumber(m[1] as string)],
];

/** A bracketed aside between a rate's name and its figure: （包括利息、服务费）, "(interest and all fees)". */
const ASIDE = '(?:[(（][^()（）]{0,40}[)）]\\s*)?';
const BEFORE: [Basis, RegExp][] = [
  ['annual', /(?:年(?:化)?(?:利率|息|费率|率)?|(?:annual(?:ised|ized)?\s+(?:interest\s+|percentage\s+)?rate|yearly\s+rate)(?:\s+(?:applicable|payable|charged)[a-z ]{0,24})?|p\.a\.)\s*(?:为|是|按|of|is|shall\s+be|will\s+be|at)?\s*[:：]?\s*$/iu],
  // The all-in cost of the loan, a bracket naming what it includes allowed before the figure:
  // 综合年化成本（含利息、服务费）为, 年化综合费率, "all-in annual cost (interest and fees) is".
  ['annual', new RegExp(`(?:年化[^，。；,;\\d%]{0,6}?(?:成本|费率|费用率|费用)|(?:(?:all[- ]in(?:clusive)?|total|overall|effective|comprehensive)\\s+)?annual(?:ised|ized)?\\s+(?:all[- ]in\\s+|total\\s+|effective\\s+|overall\\s+)?(?:cost|charge)s?(?:\\s+of\\s+(?:the\\s+)?(?:loan|borrowing|credit|facility|finance))?|annual\\s+percentage\\s+rate|\\bAPR)\\s*${ASIDE}(?:(?:of|on|for)\\s+(?:this|the)\\s+(?:loan|facility|credit|borrowing)\\s+)?(?:为|是|达|约为|of|is|shall\\s+be|will\\s+be|amounts\\s+to|comes\\s+to)?\\s*[:：]?\\s*$`, 'iu')],
  ['monthly', /(?:月(?:利率|息|费率|率)?|每月|按月|monthly\s+(?:interest\s+)?rate(?:\s+(?:applicable|payable|charged)[a-z ]{0,24})?)\s*(?:为|是|按|of|is|shall\s+be|at)?\s*[:：]?\s*$/iu],
  ['daily', /(?:日(?:利率|息|费率|率)?|每日|按日|每天|daily\s+(?:interest\s+)?rate(?:\s+(?:applicable|payable|charged)[a-z ]{0,24})?)\s*(?:为|是|按|of|is|shall\s+be|at)?\s*[:：]?\s*$/iu],
];
// A figure repeated in brackets sits between a rate and its period: "nineteen per cent (19%) per annum".
const AFTER: [Basis, RegExp][] = [
  ['annual', /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?[)）]?\s*(?:per\s+annum|p\.?\s?a\.?(?![a-z])|a\s+year|per\s+year|annually|yearly|\/\s*(?:year|yr))/iu],
  ['monthly', /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?[)）]?\s*(?:per\s+month|a\s+month|monthly|\/\s*(?:month|mo))/iu],
  ['daily', /^\s*(?:[(（][^)）]{0,12}[)）]\s*)?[)）]?\s*(?:per\s+day|a\s+day|daily|\/\s*day)/iu],
];

/** Every percentage in `text`, left to right, with its basis where one is written next to it. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const [pattern, read] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const percent = read(m);
      if (percent === undefined || !Number.isFinite(percent)) continue;
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].length;
      if (found.some((q) => start < q.end && end > q.start)) continue;
      // English names the period in more letters than Chinese: "the monthly interest rate is 1.75%".
      const before = text.slice(Math.max(0, start - 96), start);
      const after = text.slice(end, end + 24);
      const basis = BEFORE.find(([, p]) => p.test(before))?.[0] ?? AFTER.find(([, p]) => p.test(after))?.[0] ?? chargePeriod(text.slice(end, end + 60)) ?? zhChargePeriod(before, after);
      found.push({ percent, start, end, written: m[0].trim(), ...(basis ? { basis } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A charge on an amount for each period, the period written after the amount it is charged on:
 * "0.2 per cent of the overdue amount for each day of delay", "按逾期金额的0.05%每日计收".
 */
function chargePeriod(after: string): Basis | undefined {
  if (!/^\s*(?:of|on)\s+(?:the\s+)?(?:overdue|outstanding|unpaid|late|amount|sum|principal)/iu.test(after)) return undefined;
  if (/\b(?:for\s+)?(?:each|every|per)\s+(?:calendar\s+)?day\b|\bper\s+diem\b|\bdaily\b/iu.test(after)) return 'daily';
  if (/\b(?:for\s+)?(?:each|every|per)\s+month\b|\bmonthly\b/iu.test(after)) return 'monthly';
  return undefined;
}

/**
 * The Chinese late charge: a share of the overdue amount (按逾期金额的千分之五) for each day or
 * month of delay, the period written before the amount (每逾期一日，按……) or right after the
 * figure (……的万分之五每日计收). Both the overdue amount and the period must be written.
 */
function zhChargePeriod(before: string, after: string): Basis | undefined {
  if (!/(?:逾期|欠|未(?:付|还|偿还|支付)|应(?:付|还)|当期|拖欠|迟延|延迟)[^，,。；;]{0,8}(?:金额|款项|本金|本息|款|部分)的?\s*$/u.test(before)) return undefined;
  const limb = before.split(/[。；;]/u).pop() ?? '';
  const period = /每(?:逾期|迟延|延迟|拖欠|超期|延期|滞纳)(?:一|1)?个?(日|天|月)|每(日|天)|按(日|天)/u.exec(limb) ?? /^\s*(?:每|按|\/)(日|天|月)/u.exec(after);
  if (!period) return undefined;
  return (period[1] ?? period[2] ?? period[3]) === '月' ? 'monthly' : 'daily';
}

/** A rate per its basis → annual percent. */
export function annualPercent(q: Quantity, dayCount: 360 | 365): number | undefined {
  if (!q.basis) return undefined;
  return q.basis === 'annual' ? q.percent : q.basis === 'monthly' ? q.percent * 12 : q.percent * dayCount;
}

function cn(raw: string | undefined): number | undefined {
  if (!raw) return undefined;
  const direct = parseChineseNumeral(raw.replace(/百$/u, '一百'));
  if (direct !== null) return Number(direct);
  const hundred = /^(.*)百(.*)$/u.exec(raw);
  if (!hundred) return undefined;
  const h = hundred[1] ? cn(hundred[1]) : 1;
  const rest = hundred[2] ? cn(hundred[2].replace(/^零/u, '')) : 0;
  return h === undefined || rest === undefined ? undefined : h * 100 + rest;
}

function scale(v: number | undefined, factor: number): number | undefined {
  return v === undefined ? undefined : v * factor;
}

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "two hundred" → 200, "thirty" → 30, "one hundred and fifty" → 150. */
export function englishNumber(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words.toLowerCase().split(/[\s-]+/u).filter(Boolean)) {
    if (w === 'and') continue;
    if (w === 'hundred') { current = (current || 1) * 100; any = true; continue; }
    const v = WORDS[w];
    if (v === undefined) return undefined;
    current += v;
    any = true;
  }
  total += current;
  return any ? total : undefined;
}

const MULTIPLE_WORDS: Record<string, number> = { double: 2, twice: 2, triple: 3, treble: 3, two: 2, three: 3, four: 4, five: 5 };

/**
 * A rate written as a multiple of the contract rate: 执行利率的三倍 / 1.5倍, "three times the
 * contractual rate", "double the rate". Returns the multiple (3, 1.5).
 */
export function findRateMultiples(text: string): { multiple: number; written: string }[] {
  const out: { multiple: number; written: string }[] = [];
  for (const m of text.matchAll(new RegExp(`(?<!报价)(?:利率|利息)的?\\s*(${CN_NUM})\\s*倍`, 'gu'))) {
    const v = /^\d/u.test(m[1] as string) ? Number(m[1]) : cn(m[1]);
    if (v !== undefined && Number.isFinite(v)) out.push({ multiple: v, written: m[0] });
  }
  for (const m of text.matchAll(/\b(\d+(?:\.\d+)?|one and a half|two|three|four|five)(?:\s*\(\s*\d+(?:\.\d+)?\s*\))?\s*(?:times|x)\s+the\s+(?:\w+\s+){0,2}(?:rate|interest)/giu)) {
    const w = (m[1] as string).toLowerCase();
    if (/loan prime|\blpr\b/iu.test(m[0])) continue;
    out.push({ multiple: w === 'one and a half' ? 1.5 : Number(w) || (MULTIPLE_WORDS[w] as number), written: m[0] });
  }
  for (const m of text.matchAll(/\b(double|twice|triple|treble)\s+the\s+(?:\w+\s+){0,2}(?:rate|interest)/giu)) {
    out.push({ multiple: MULTIPLE_WORDS[(m[1] as string).toLowerCase()] as number, written: m[0] });
  }
  return out;
}

const EN_SMALL_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** "five (5)", "5", "five", "4.5": the number, with a repeated figure in brackets allowed. */
const EN_COUNT = `(\\d+(?:\\.\\d+)?|${EN_SMALL_NUMBER}(?:[- ]${EN_SMALL_NUMBER})?)(?:\\s*\\(\\s*\\d+(?:\\.\\d+)?\\s*\\))?`;
const LPR_NAME = '(?:LPR|贷款市场报价利率|报价利率|loan prime rate)';

export interface LprMultiple { multiple: number; fiveYear: boolean; written: string }

/**
 * A rate written as a multiple of the LPR: 一年期LPR的四倍, 贷款市场报价利率的5倍, "four (4) times
 * the one-year Loan Prime Rate". The judicial cap itself is written this way.
 */
export function findLprMultiples(text: string): LprMultiple[] {
  const out: LprMultiple[] = [];
  for (const m of text.matchAll(new RegExp(`((?:五年期以上|五年期|5年期)?[^，。；,;]{0,6}${LPR_NAME}[)）]?)[^，。；,;倍]{0,8}?的?\\s*(${CN_NUM})\\s*倍`, 'giu'))) {
    const v = /^\d/u.test(m[2] as string) ? Number(m[2]) : cn(m[2]);
    if (v !== undefined && Number.isFinite(v)) out.push({ multiple: v, fiveYear: /五年|5年/u.test(m[1] as string), written: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`${EN_COUNT}\\s*(?:times|x)\\s+(?:the\\s+)?((?:[\\w-]+\\s+){0,3}?)${LPR_NAME}`, 'giu'))) {
    const v = countValue(m[1] as string);
    if (v !== undefined) out.push({ multiple: v, fiveYear: /five|5/iu.test(m[2] ?? ''), written: m[0] });
  }
  return out;
}

export interface PointsAdded { points: number; onLpr: boolean; fiveYear: boolean; written: string }

/**
 * Percentage points (or basis points) added to a rate: LPR加300个基点, 合同利率加二十个百分点,
 * "the one-year LPR plus 5.5 percentage points", "plus twenty percentage points". `onLpr` when the
 * base is the LPR.
 */
export function findPointsAdded(text: string): PointsAdded[] {
  const out: PointsAdded[] = [];
  const zh = new RegExp(`(${LPR_NAME}[)）]?)?[^，。；,;]{0,8}?(?:加|上浮|加上|加收|增加|\\+)\\s*(${CN_NUM})\\s*个?\\s*(百分点|基点|bp|BP)`, 'gu');
  for (const m of text.matchAll(zh)) {
    const raw = /^\d/u.test(m[2] as string) ? Number(m[2]) : cn(m[2]);
    if (raw === undefined || !Number.isFinite(raw)) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    out.push({ points: m[3] === '百分点' ? raw : raw / 100, onLpr: new RegExp(LPR_NAME, 'iu').test(before + m[0]), fiveYear: /五年|5年/u.test(before + m[0]), written: m[0] });
  }
  const en = new RegExp(`(${LPR_NAME}[\\w\\s()-]{0,12})?\\b(?:plus|\\+|above|over|increased by|with the addition of)\\s+${EN_COUNT}\\s*(percentage points?|basis points?|bps?\\b|pp\\b)`, 'giu');
  for (const m of text.matchAll(en)) {
    const raw = countValue(m[2] as string);
    if (raw === undefined) continue;
    out.push({ points: /basis|bp/iu.test(m[3] as string) ? raw / 100 : raw, onLpr: m[1] !== undefined, fiveYear: /five|5/iu.test(m[1] ?? ''), written: m[0] });
  }
  return out;
}

/**
 * Rates written the way private lending speaks: 月息2分 (2 % a month), 年息1分5 (15 % a year),
 * 月息8厘 (0.8 % a month), 每万元每日5元 (0.05 % a day), 每百元每月1.5元 (1.5 % a month).
 */
export function findFolkRates(text: string): Quantity[] {
  const out: Quantity[] = [];
  const num = (raw: string | undefined): number | undefined => (raw === undefined || raw === '' ? undefined : /^\d/u.test(raw) ? Number(raw) : cn(raw));
  const basisOf = (c: string): Basis => (c === '年' ? 'annual' : c === '月' ? 'monthly' : 'daily');
  for (const m of text.matchAll(new RegExp(`([年月日])(?:息|利率|利息)\\s*(${CN_NUM}?)\\s*(分|厘)(?!之)\\s*([〇零一二三四五六七八九\\d])?`, 'gu'))) {
    const whole = num(m[2]) ?? 1;
    const tenth = num(m[4]) ?? 0;
    const basis = basisOf(m[1] as string);
    // 年息一分 = 10 %, 月息一分 = 1 %, 日息一分 = 0.1 %; 厘 is a tenth of 分 on the same basis.
    const unit = basis === 'annual' ? 10 : basis === 'monthly' ? 1 : 0.1;
    const percent = (whole + tenth / 10) * unit * (m[3] === '厘' ? 0.1 : 1);
    out.push({ percent, basis, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, written: m[0] });
  }
  for (const m of text.matchAll(new RegExp(`每(百|千|万)元(?:借款)?每(日|天|月|年)(?:支付|计收|收取)?(?:利息|费用)?\\s*(${CN_NUM})\\s*元`, 'gu'))) {
    const per = m[1] === '百' ? 100 : m[1] === '千' ? 1000 : 10000;
    const v = num(m[3]);
    if (v === undefined) continue;
    out.push({ percent: (v / per) * 100, basis: m[2] === '月' ? 'monthly' : m[2] === '年' ? 'annual' : 'daily', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, written: m[0] });
  }
  return out;
}

function countValue(raw: string): number | undefined {
  const s = raw.trim().toLowerCase();
  if (/^\d/u.test(s)) return Number(s);
  return englishNumber(s.replace(/-/gu, ' '));
}
