/**
 * Value readers: find one value of a kind inside a candidate's text and normalise it, returning
 * where in the text it was (for the evidence box) and how much to trust it.
 */
import { parseMoney } from './parse/money.js';
import { parseDate } from './parse/date.js';
import { parseRate } from './parse/rate.js';
import { parseAccountNumber, isValidResidentId, extractDigits } from './parse/account.js';
import { compactDigits } from './parse/text.js';
import { allMatches, withFlags } from './patterns.js';

export interface ReadValue {
  value: string | number;
  /** Offsets into the text handed to the reader. */
  start: number;
  end: number;
  /** 0..1: lowered when a checksum fails or the value is unusual. */
  trust: number;
  extra?: Record<string, unknown>;
  /** Report the value as printed (full-width forms kept): 'compact' removes white space, 'trim' keeps inner spaces. */
  verbatim?: 'compact' | 'trim';
}

/** What a reader may know about the whole document. */
export interface ReadContext {
  /** Day/month order of slashed dates (03/04/2025), decided from the document's unambiguous dates. */
  dateOrder?: 'DMY' | 'MDY';
  /** The whole key the value stands by or under, with its qualifiers: a unit printed there ("Tenor in Months", 期限（年）) applies to a bare figure. */
  key?: string;
}

export type ValueReader = (text: string, label: string, context?: ReadContext) => ReadValue | null;

/**
 * The day/month order a document writes slashed or dotted dates in: a first number over 12 proves
 * day-first (15/03/2025), a second one over 12 proves month-first (03/15/2025). When every such date
 * is ambiguous (01/08/2025 … 10/09/2025), the order that keeps them in sequence and inside the span
 * of the document's unambiguous dates (a period 2025年08月01日至2025年09月30日) decides. Undecided: none.
 */
export function inferDateOrder(text: string): 'DMY' | 'MDY' | undefined {
  // A document that states its convention ("dates are written DD/MM/YYYY", 日/月/年) is taken at its word.
  const dmyStated = /\bdd\s*[/.-]\s*mm\s*[/.-]\s*(?:yy)?yy\b|\bday\s*[/-]\s*month\s*[/-]\s*year\b|日\s*[/／]\s*月\s*[/／]\s*年/iu.test(text);
  const mdyStated = /\bmm\s*[/.-]\s*dd\s*[/.-]\s*(?:yy)?yy\b|\bmonth\s*[/-]\s*day\s*[/-]\s*year\b|月\s*[/／]\s*日\s*[/／]\s*年/iu.test(text);
  if (dmyStated !== mdyStated) return dmyStated ? 'DMY' : 'MDY';
  let dmy = 0;
  let mdy = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{4}(?!\d)/gu)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && b <= 12) dmy++;
    else if (b > 12 && a <= 12) mdy++;
  }
  if (dmy !== mdy) return dmy > mdy ? 'DMY' : 'MDY';
  return orderBySequence(text);
}

const AMBIGUOUS_DATE = /(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.-])/gu;
/** Dates that name their month or put the year first (2025年08月01日, 2025-08-01, 1 Aug 2025): order-free. */
const ORDER_FREE_DATE = /(?<!\d)\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d))|(?<!\d)\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}/gu;

/**
 * Day/month order from ambiguous dates alone: each reading scores a point for every date not earlier
 * than the one before it (statement rows and periods run forward) and for every date inside the span
 * of the order-free dates; the clearly better reading wins (by two points at least).
 */
function orderBySequence(text: string): 'DMY' | 'MDY' | undefined {
  const pairs = [...text.matchAll(AMBIGUOUS_DATE)].map((m) => ({ a: Number(m[1]), b: Number(m[3]), y: Number(m[4]) }))
    .filter(({ a, b }) => a >= 1 && b >= 1 && a <= 12 && b <= 12 && a !== b);
  if (pairs.length < 2) return undefined;
  const fixed = [...text.matchAll(ORDER_FREE_DATE)].map((m) => parseDate(compactDigits(m[0]))?.value).filter((v): v is string => !!v && v.length === 10).sort();
  const score = (order: 'DMY' | 'MDY') => {
    const iso = pairs.map(({ a, b, y }) => (order === 'DMY' ? [y, b, a] : [y, a, b]).map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-'));
    let points = 0;
    iso.forEach((d, i) => {
      if (i > 0 && d >= iso[i - 1]!) points++;
      if (fixed.length >= 2 && d >= fixed[0]! && d <= fixed.at(-1)!) points++;
    });
    return points;
  };
  const dmy = score('DMY');
  const mdy = score('MDY');
  return dmy >= mdy + 2 ? 'DMY' : mdy >= dmy + 2 ? 'MDY' : undefined;
}

/**
 * An amount token: an optional currency mark, then digits with every separator OCR and typists use,
 * taken whole so that "1,740.000.00", "12.500" or OCR's "102 ,160 .34" is judged as one token, never cut to a shorter,
 * readable but wrong amount.
 */
const MONEY = /(?:RMB|CNY|USD|HKD|EUR|US\$|HK\$|[¥$€]|人民币|美元|港币|港元)?\s*[-(+]?\s*\d(?:[\d,，.．]|\s(?=\d|[,，.．]\d))*\s*\)?(?:\s*(?:万元|万|元|圆|yuan|dollars?))?/giu;

/** A count of time or a ratio after a figure ("a 360-day year", 36 个月, 4.35%): the figure is no amount. */
const COUNT_AFTER = /^\s*-?\s*(?:days?\b|weeks?\b|months?\b|years?\b|calendar\b|business\b|working\b|per\s*cent\b|percent\b|天|日|个月|月|年|周|期|[%％‰])/iu;
/** An account or card number: a long run of digits with no separator and no currency mark. */
const DIGIT_RUN = /^\d{13,}$/u;

export const readMoney: ValueReader = (text) => {
  for (const m of text.matchAll(MONEY)) {
    const raw = m[0].trim().replace(/[.．,，]+$/u, '');
    if (!/\d/.test(raw)) continue;
    if (DIGIT_RUN.test(raw)) continue;
    if (/^\d+$/u.test(raw) && COUNT_AFTER.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    // Spaced print and OCR put blanks around separators (23, 300. 00).
    const cleaned = raw.replace(/^\+\s*/u, '').replace(/(\d[.,，．])\s+(?=\d)/gu, '$1').replace(/(\d)\s+(?=[.,，．]\d)/gu, '$1');
    let parsed = parseMoney(cleaned);
    let trust = 1;
    // OCR reads a thousands comma as a full stop (1,740.000.00): every group of three digits before
    // the decimal point is a thousands group, so the reading is unambiguous; trust it a little less.
    // A separator read twice ("66,.676.14", a comma and the speck beside it) is one separator.
    const single = cleaned.replace(/(\d)[.,]{2}(?=\d)/gu, '$1.');
    if (!parsed && /^\D*\d{1,3}(?:[.,]\d{3})+[.,]\d{2}\D*$/u.test(single)) {
      parsed = parseMoney(single.replace(/[.,](?=\d{3}(?:[.,]|\D*$))/gu, ',').replace(/[.,](\d{2})(\D*)$/u, '.$1$2'));
      trust = 0.8;
    }
    // OCR drops one thousands comma of several (3128,500.00 for 3,128,500.00): the groups after it
    // still fix the value; trusted a little less.
    if (!parsed && /^\D*\d{4,6}(?:,\d{3})+\.\d{2}\D*$/u.test(single)) {
      parsed = parseMoney(single.replace(/,/gu, ''));
      trust = 0.8;
    }
    if (!parsed) continue;
    const start = (m.index ?? 0) + m[0].indexOf(raw);
    return { value: parsed.value, start, end: start + raw.length, trust, extra: parsed.currency ? { currency: parsed.currency } : undefined };
  }
  return null;
};

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERNS = [
  // OCR splits digits (20 2 4 年10 月1 5 日): a space may sit between any two digits.
  /\d(?:\s?\d){3}\s*年\s*\d(?:\s?\d)?\s*月\s*\d(?:\s?\d)?\s*日?/u,
  /[〇零一二三四五六七八九]{4}\s*年\s*[〇零一二三四五六七八九十]{1,3}\s*月\s*[〇零一二三四五六七八九十]{1,3}\s*日/u,
  /\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}/u,
  // Year, month word, day (2024-Aug-05, 2024 Sep 3), as some core-banking printouts set them.
  // No blanks around its dashes: "2025 - Sep 30" is the join of a span ("Jul 1, 2025 - Sep 30, 2025").
  new RegExp(`(?<!\\d)\\d{4}(?:[/.-]|\\s*)(?:${MONTHS})\\.?(?:[/.-]|\\s*)\\d{1,2}(?!\\d)`, 'iu'),
  // The deed form: "the 3rd day of June, 2025", "this 3 day of June 2025".
  new RegExp(`\\d{1,2}(?:st|nd|rd|th)?\\s+day\\s+of\\s+(?:${MONTHS})\\.?[\\s,-]*\\d{4}`, 'iu'),
  new RegExp(`\\d{1,2}(?:st|nd|rd|th)?[\\s-]*(?:${MONTHS})\\.?[\\s,-]*\\d{4}`, 'iu'),
  new RegExp(`(?:${MONTHS})\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*\\d{4}`, 'iu'),
  /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u,
  /(?<!\d)\d{8}(?!\d)/u,
];
const MONTH_PATTERNS = [
  /\d{4}\s*年\s*\d{1,2}\s*月(?!\s*\d)/u,
  // Year and month in Chinese numerals, as formal titles write them: 二〇二四年一月.
  /[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月(?!\s*[\d一二三四五六七八九十])/u,
  /\d{4}\s*[-/.]\s*\d{1,2}(?![\d/.-])/u,
  new RegExp(`(?:${MONTHS})\\.?[\\s,-]*\\d{4}`, 'iu'),
  /\d{1,2}\s*[/]\s*\d{4}/u,
];

/** The earliest date in the text, whatever its form. */
export function findDates(text: string, order?: 'DMY' | 'MDY'): { value: string; start: number; end: number }[] {
  const hits: { value: string; start: number; end: number }[] = [];
  const taken: [number, number][] = [];
  for (const pattern of DATE_PATTERNS) {
    for (const m of allMatches(text, withFlags(pattern, 'giu'))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const parsed = parseDate(compactDigits(m[0]), order ? { order } : undefined);
      if (!parsed || parsed.precision !== 'day') continue;
      taken.push([start, end]);
      hits.push({ value: parsed.value, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const readDate: ValueReader = (text, _label, context) => {
  const first = findDates(text, context?.dateOrder)[0];
  return first ? { ...first, trust: 1 } : null;
};

/**
 * What joins the two dates of a span: 至 / 到 / a dash / to, or the deed wording "(commencing on …) and
 * expiring on …", "… and ending on …", "… until and including …".
 */
export const SPAN_JOIN = /^\s*(?:起\s*)?(?:至|到|~|～|—|–|-|to|until|till|through|(?:,?\s*and\s+)?(?:expir(?:ing|es)|ending|ends|terminating|maturing|until)(?:\s+(?:on|and\s+including))?)\s*$/iu;

/** The last day of a span when the value is one ("from 1 Mar 2024 to 28 Feb 2025", 自…起至…止); else the one date. */
export const readEndDate: ValueReader = (text, _label, context) => {
  const [a, b] = findDates(text, context?.dateOrder);
  if (a && b && SPAN_JOIN.test(text.slice(a.end, b.start))) return { ...b, trust: 1 };
  // "from 06/08/2023 to" at a line's end: the span's last day is on the next line, not this date.
  if (a && !b && SPAN_JOIN.test(text.slice(a.end))) return null;
  return a ? { ...a, trust: 1 } : null;
};

export const readMonth: ValueReader = (text, _label, context) => {
  // MM/YYYY (10/2025), which the date parser leaves alone: no day, so no day/month order to decide.
  const slashed = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])/u.exec(text);
  if (slashed && Number(slashed[1]) >= 1 && Number(slashed[1]) <= 12 && !findDates(text, context?.dateOrder).some((d) => d.start <= slashed.index && d.end > slashed.index)) {
    return { value: `${slashed[2]}-${slashed[1]!.padStart(2, '0')}`, start: slashed.index, end: slashed.index + slashed[0].length, trust: 1 };
  }
  for (const pattern of MONTH_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    // YYYY.M (2024.4): a year and month the date parser does not take with a dot.
    const dotted = /^(\d{4})\s*\.\s*(\d{1,2})$/u.exec(m[0]);
    // An amount's figures (4942.11 in "Monthly bonus  4942.11") read as a year and month only inside a plausible range of years.
    const plausible = dotted && Number(dotted[1]) >= 1900 && Number(dotted[1]) <= 2100 && Number(dotted[2]) >= 1 && Number(dotted[2]) <= 12;
    const parsed = dotted ? (plausible ? { value: `${dotted[1]}-${dotted[2]!.padStart(2, '0')}` } : null) : parseDate(m[0]);
    if (parsed) return { value: parsed.value.slice(0, 7), start: m.index, end: m.index + m[0].length, trust: 1 };
  }
  const day = findDates(text, context?.dateOrder)[0];
  return day ? { value: day.value.slice(0, 7), start: day.start, end: day.end, trust: 0.8 } : null;
};

/** Words that make the figure after them a markup on the rate (罚息 50 % above it), not the rate. */
const MARKUP = /(?:加收|上浮|下浮|浮动|加计|加点|提高|增加|罚息|复利|违约金|\bplus\b|\babove\b|\bmargin\b|\bincreased?\b|\bsurcharge\b|\bdefault\b|\bpenalty\b)(?![\s\S]*(?:即|计为|合计|为|\bi\.\s*e\.|\bbeing\b|\bequals?\b|\btotal(?:ling)?\b|=))/iu;

/** True when the text between a rate label and its figure says the figure is a markup. */
function isMarkup(between: string): boolean {
  return MARKUP.test(between);
}

export const readRate: ValueReader = (text, label) => {
  const m = /(?:万分之|千分之|百分之)\s*[\d.一二三四五六七八九十点]+|\d+(?:\s*[.．]\s*\d+)?\s*(?:%|％|‰|percent|per\s*cent)/iu.exec(text);
  if (!m) return null;
  if (isMarkup(text.slice(0, m.index))) return null;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
  const basisWords = /^\s*(?:per\s+annum|p\.?\s*a\.?|per\s+year|a\s+year|annually|per\s+month|a\s+month|monthly|per\s+day|a\s+day|daily)/iu.exec(after)?.[0] ?? '';
  const defaultBasis = /月|month/iu.test(label) ? 'monthly' : /日|daily|day/iu.test(label) ? 'daily' : 'annual';
  const parsed = parseRate(`${label} ${m[0]}${basisWords}`, { defaultBasis });
  if (!parsed) return null;
  return { value: parsed.annualPercent, start: m.index, end: m.index + m[0].length, trust: 1, extra: { written: parsed.written, basis: parsed.basis } };
};

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseSmallNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[一二两三四五六七八九十]{1,3}$/u.test(s)) return null;
  const [a, b, c] = [...s];
  if (s.length === 1) return CN_DIGIT[a!] ?? null;
  if (a === '十') return 10 + (CN_DIGIT[b!] ?? 0);
  if (b === '十') return (CN_DIGIT[a!] ?? 0) * 10 + (c ? CN_DIGIT[c] ?? 0 : 0);
  return null;
}

export const readMonths: ValueReader = (text, _label, context) => {
  const m = /(\d+|[一二两三四五六七八九十]{1,3})\s*(个月|個月|月|months?|年|years?)(?![\d])/iu.exec(text);
  if (!m) return readBareMonths(text, context?.key);
  const n = chineseSmallNumber(m[1]!);
  if (n === null || n === 0) return null;
  const months = /年|year/iu.test(m[2]!) ? n * 12 : n;
  if (months > 600) return null;
  return { value: months, start: m.index, end: m.index + m[0].length, trust: 1 };
};

/** A bare count ("36") under a key that carries the unit: 贷款期限（个月）, "Tenor in Months", "Term (yrs)". */
function readBareMonths(text: string, key: string | undefined): ReadValue | null {
  const unit = key && /[(（]\s*(个月|月|年|months?|mths?|years?|yrs?)\s*[)）]|\b(?:in|of)\s+(months|years)\b/iu.exec(key);
  const m = unit ? /^\s*(\d{1,3})\s*$/u.exec(text) : null;
  if (!unit || !m) return null;
  const n = Number(m[1]);
  const months = /年|y/iu.test(unit[1] ?? unit[2]!) ? n * 12 : n;
  if (n === 0 || months > 600) return null;
  const start = text.indexOf(m[1]!);
  return { value: months, start, end: start + m[1]!.length, trust: 0.9, extra: { unitFromKey: (unit[1] ?? unit[2])! } };
}

export const readAccount: ValueReader = (text) => {
  const m = /(?<![\dA-Za-z])\d(?:[\d\s-]{6,34})\d(?![\d])/u.exec(text);
  if (!m) return null;
  const digits = compactDigits(m[0]).replace(/[\s-]/g, '');
  if (digits.length < 8 || digits.length > 30) return null;
  const parsed = parseAccountNumber(m[0]);
  const value = parsed?.value ?? digits;
  const trust = parsed?.luhn === false ? 0.9 : 1;
  return { value, start: m.index, end: m.index + m[0].length, trust, extra: parsed ? { luhn: parsed.luhn } : undefined };
};

export const readIdNumber: ValueReader = (text) => {
  const m = /(?<![\dA-Za-z])\d(?:\s?\d){16}\s?[\dXx](?![\dA-Za-z])|(?<![\dA-Za-z])[A-Z]\d{6,9}(?![\dA-Za-z])/u.exec(text);
  if (!m) return null;
  const value = extractDigits(m[0]).toUpperCase();
  if (/^[A-Z]/.test(m[0])) return { value: m[0], start: m.index, end: m.index + m[0].length, trust: 0.9, extra: { kind: 'passport' } };
  const valid = isValidResidentId(value);
  return { value, start: m.index, end: m.index + m[0].length, trust: valid ? 1 : 0.5, extra: { checksum: valid } };
};

/** Words of forms and roles, never part of a person's name (CUSTOMER STATEMENT, The Borrower, 姓名). */
const NAME_STOP = /银行|公司|合同|协议|工号|编号|部门|科室|借款|贷款|金额|日期|签字|盖章|地址|号码|账户|身份|证件|姓名|名称|全称|户名|工资|明细|流水|对账|account|bank|company|limited|ltd|agreement|date|signature|\bno\.|number|\bid\b|address|passport|shall|hereby|\bname\b|\bfull\b|statement|\bpay|salary|summary|details|\bthe\b|borrower|lender|customer|client|employee|staff|member|holder|party|currency|period|month|total|branch|document|\btype\b|\bshare\b|portion|contribution|deduction|allowance|insurance|\bfund\b|\bfor\b|\bbehalf\b/iu;

const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;

export const readPersonName: ValueReader = (rawText) => {
  // OCR puts stray quote marks before values (“”谢勇); they are never part of a name.
  const text = rawText.replace(/^[\s“”"'‘’`,，.、]+/u, (m) => ' '.repeat(m.length));
  if (/(?:有限公司|公司|银行|co\.?,?\s*ltd|limited|company|bank|inc\.?|corporation)\W*$/iu.test(text.trim().split(/\s{2,}/u)[0] ?? '')) return null;
  const zh = /^[\s]*([\p{Script=Han}][\p{Script=Han}·•]{1,5})(?![\p{Script=Han}])/u.exec(text);
  if (zh && !NAME_STOP.test(zh[1]!)) {
    const start = text.indexOf(zh[1]!);
    return { value: zh[1]!.replace(/•/g, '·'), start, end: start + zh[1]!.length, trust: 1, verbatim: 'compact' };
  }
  // A word run on into digits is a code (HR691356), not a name.
  // A word run on into a slash is an abbreviation (A/C, S/N), not a name's last word; a given name
  // may be printed as an initial (L Zhu, L. Zhu) when a surname follows.
  const en = /^\s*((?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?((?:[A-Z][A-Za-z'’-]+|[A-Z]\.?(?=\s+[A-Z][A-Za-z'’-]))(?:\s+[A-Z][A-Za-z'’.-]*){0,3})(?![A-Za-z'’.-]*[\d/])/u.exec(text);
  // Capitalised words that run on into a company suffix are a company's name (Qingdao Hengxin Co., Ltd.).
  const company = en && (/\b(?:co|ltd|inc|corp)\.?$|\b(?:limited|company|group|bank)$/iu.test(en[2]!) ||
    /^[\s,]*(?:co\b|co\.|ltd|limited|inc\b|corp|company|group|bank)/iu.test(text.slice(text.indexOf(en[2]!) + en[2]!.length)));
  // A month name before a figure is a date ("— August 2025" in a pay slip's title), however it may be a given name (June Li).
  const dated = en && MONTH_WORD.test(en[2]!) && /^\.?\s*,?\s*\d/u.test(text.slice(text.indexOf(en[2]!) + en[2]!.length));
  if (en && !company && !dated && !NAME_STOP.test(en[2]!)) {
    const start = text.indexOf(en[2]!);
    return { value: en[2]!.replace(/\s+/g, ''), start, end: start + en[2]!.length, trust: 1, extra: { display: en[2] } };
  }
  return null;
};

/** Words that end the name of a company, bank or public body. */
const ORG_SUFFIX = /(?:公司|银行|集团|中心|分行|支行|营业部|分公司|事务所|研究院|研究所|大学|学院|学校|医院|局|厂|商行|合作社|委员会|co\.?,?\s*ltd\.?|company|limited|ltd\.?|inc\.?|corporation|corp\.?|bank|group|llc|llp|plc|university|hospital|branch|sub-branch|partnership|institute|authority|bureau)\s*[)）]?$/iu;

export const readOrganisation: ValueReader = (text) => {
  const m = /^\s*([^\s:：;；,，(（][^:：;；。]*?)\s*(?:[;；。]|$)/u.exec(text);
  if (!m || m[1]!.length < 2) return null;
  const raw = m[1]!.replace(/[（(][^）)]*$/u, '').replace(/\s*[(（][^()（）]*(?:银行|bank)[^()（）]*[)）]\s*$/iu, '').trim();
  if (!ORG_SUFFIX.test(raw)) return null;
  const start = text.indexOf(raw);
  return { value: raw.replace(/\s+/g, ''), start, end: start + raw.length, trust: 1, verbatim: 'compact' };
};

/** A clause that runs on after an address in a sentence: "…, Hangzhou, Zhejiang, to be registered before drawdown". */
const ADDRESS_RUN_ON = /\s*,\s+(?:to\s+be|which|that|subject\s+to|being|together\s+with|as\s+(?:security|collateral)|to\s+secure|where|when|free\s+(?:of|from))\b[\s\S]*$/u;

export const readAddress: ValueReader = (text) => {
  const raw = text.replace(/^[\s:：]+/u, '').replace(ADDRESS_RUN_ON, '').replace(/[。；;,，.\s]+$/u, '');
  if (raw.length < 6 || !/\d|[省市区县路街号室]|road|street|district|city|avenue|lane|room|floor|no\./iu.test(raw)) return null;
  // A clause heading under the key (Clause 1 Purpose, Article 3, 第一条 借款用途) is the next section, not the address.
  if (/^(?:clause|article|section|part|schedule)\s+[\dIVX]+\b|^第\s*[一二三四五六七八九十百\d]+\s*[条章节]/iu.test(raw)) return null;
  const start = text.indexOf(raw);
  return { value: raw.replace(/\s+/g, ''), start, end: start + raw.length, trust: 1, verbatim: 'compact' };
};

export const readText: ValueReader = (text) => {
  const raw = text.replace(/^[\s:：]+/u, '').replace(/[。；;，,.\s]+$/u, '');
  if (raw.length < 2) return null;
  const start = text.indexOf(raw);
  return { value: raw, start, end: start + raw.length, trust: 1, verbatim: 'trim' };
};

export const readCode: ValueReader = (text) => {
  const m = /[^\s:：，,。；;]*\d[^\s:：，,。；;]*/u.exec(text.trimStart());
  if (!m || m[0].length < 4 || m[0].length > 48) return null;
  const value = m[0];
  const start = text.indexOf(value);
  return { value, start, end: start + value.length, trust: 1, verbatim: 'compact' };
};
