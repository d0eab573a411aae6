/**
 * Clause segmentation of loan contracts: 第一条 / 第1条 / 一、 / （一） in Chinese, 1. / 1.1 / Article /
 * Section / Clause / § / (a) in English, across page breaks, with running heads, page-number footers and
 * the signature page left out.
 */
import type { BBox } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { collectLines } from '../extract/lines.js';
import { findPrintedNumber } from '../extract/page-numbers.js';
import { unionBox } from '../layout/join.js';
import { cleanLine, joinLines } from './text.js';

export interface Clause {
  /** The number as printed without decoration: `三`, `12`, `4.2`, `IV`. */
  number: string;
  title?: string;
  /** The clause body, lines joined (title not included). */
  text: string;
  /** Page of the heading. */
  page: number;
  /** Box of the clause's lines on its first page. */
  bbox: BBox;
  /** Every page the clause runs over. */
  pages: number[];
}

type Style = 'zh-article' | 'en-article' | 'zh-section' | 'num' | 'num-sub' | 'zh-paren' | 'alpha-paren';

interface Heading { style: Style; number: string; rest: string }

const HEADINGS: [Style, RegExp][] = [
  // OCR spaces out numerals too: 第 十  一  条.
  ['zh-article', /^第\s*([一二三四五六七八九十百零〇两\d](?:\s?[一二三四五六七八九十百零〇两\d]){0,5})\s*条(?![款项件])[\s:：、.．]*(.*)$/u],
  ['en-article', /^(?:(?:Article|ARTICLE|Section|SECTION|Clause|CLAUSE)\s+|§\s*)(\d{1,3}|[IVXLC]{1,7})\b[.:\-–—]?\s*(.*)$/u],
  ['num-sub', /^(\d{1,2}(?:\.\d{1,2})+)\.?(?![\d%])\s*(.*)$/u],
  ['zh-section', /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.*)$/u],
  ['num', /^(\d{1,2})\s*(?:[.、．]|\))(?![\d%])\s*(.*)$/u],
  ['zh-paren', /^[（(]\s?([一二三四五六七八九十](?:\s?[一二三四五六七八九十]){0,2})\s?[）)]\s*(.*)$/u],
  ['alpha-paren', /^\(([a-z])\)\s+(.*)$/u],
];

/**
 * Top-level styles, most specific first: the first one the document uses numbers its clauses,
 * unless a later style runs far longer (see `primaryStyle`).
 */
const PRIMARY_ORDER: Style[] = ['zh-article', 'en-article', 'zh-section', 'num', 'zh-paren', 'alpha-paren'];

/** A later style takes over when its longest 1, 2, 3… run has at least this many headings… */
const TAKEOVER_MIN_RUN = 5;
/** …and is this many times longer than the preferred style's run. */
const TAKEOVER_FACTOR = 2;

/**
 * The style that numbers the clauses. Normally the first of `PRIMARY_ORDER` the document uses; but
 * a contract may print two section lines (`一、借款主要条款`, `二、合同条款`) and number its clauses
 * （一）…（十七） or (a)…(q) beneath them. The style whose headings count 1, 2, 3… furthest is the
 * clause numbering: sub-items restart in every clause, so their runs stay short.
 */
function primaryStyle(headings: readonly (Heading | undefined)[]): Style | undefined {
  const used = PRIMARY_ORDER.filter((style) => headings.some((h) => h?.style === style));
  const preferred = used[0];
  if (!preferred) return undefined;
  const preferredRun = longestRun(headings, preferred);
  const takeover = used.slice(1)
    .map((style) => ({ style, run: longestRun(headings, style) }))
    .filter(({ run }) => run >= TAKEOVER_MIN_RUN && run >= TAKEOVER_FACTOR * preferredRun)
    .sort((a, b) => b.run - a.run)[0];
  return takeover?.style ?? preferred;
}

/** The longest chain of headings of one style numbered 1, 2, 3… (other lines in between allowed). */
function longestRun(headings: readonly (Heading | undefined)[], style: Style): number {
  let best = 0;
  let run = 0;
  for (const h of headings) {
    if (h?.style !== style) continue;
    const n = ordinal(h.number);
    if (n === run + 1) run = n;
    else if (n === 1) run = 1;
    best = Math.max(best, run);
  }
  return best;
}

/** Where the clauses stop: the end-of-text mark, the signature page, signature blocks. */
const TERMINATORS: RegExp[] = [
  /以下无正文|以下为签[署字章]页|签[署字章]页$/u,
  /remainder of this page is intentionally left blank|^execution page$|^in witness whereof|^signature page$/iu,
  /^(?:甲方|乙方|贷款人|借款人|出借人|抵押人|保证人)\s*[（(]\s*(?:盖章|签字|签章|签名)/u,
  /^(?:lender|borrower|guarantor|mortgagor)\s*\((?:seal|signature|signed|stamp)\)/iu,
  /^(?:signed (?:by|for)|for and on behalf of)\b/iu,
];

/**
 * A schedule, annex or appendix heading (`SCHEDULE Mortgaged Property`, `Annex 2: …`, `附件：抵押物清单`):
 * what follows is the attachment's table, not the last clause's text. Only a short heading line
 * whose words are all capitalised, so a wrapped sentence that mentions the Schedule (`Schedule 1
 * forms part of …`) stays in its clause.
 */
const ATTACHMENT_EN = /^(?:schedule|annex|appendix|exhibit)(?:\s+(?:\d{1,2}|[A-Z]|[IVX]{1,4}))?(?:\s*[:：.\-–—])?(?:\s+(.*))?$/iu;
const ATTACHMENT_ZH = /^附\s*[件表录](?:\s*[一二三四五六七八九十\d]{1,2})?(?:\s*[:：、]|$)/u;

function isAttachmentHeading(text: string): boolean {
  if (text.length > 60 || /[。；，;,]|[.。]$/u.test(text)) return false;
  if (ATTACHMENT_ZH.test(text)) return true;
  const m = ATTACHMENT_EN.exec(text);
  if (!m || !/^[A-Z]/u.test(text)) return false;
  const rest = (m[1] ?? '').split(/\s+/u).filter(Boolean);
  const minor = /^(?:of|and|the|for|to|in|on|or|a|an)$/u;
  return rest.every((w, i) => /^[A-Z0-9（(]/u.test(w) || (i > 0 && minor.test(w)));
}

const endsClauses = (text: string): boolean => TERMINATORS.some((t) => t.test(text)) || isAttachmentHeading(text);

const EXTRA_FOOTERS: RegExp[] = [/^\d{1,3}\s*of\s*\d{1,3}$/iu, /^[-—–]\s*\d{1,3}\s*[-—–]$/u];

interface CleanLine { page: number; text: string; bbox: BBox; /** Width-folded, white space collapsed, OCR spacing kept: where a title ends. */ spaced: string }

/**
 * Split a contract into numbered clauses.
 * @example segmentClauses(doc).map((c) => c.number) // ['一', '二', …] or ['1', '2', …]
 */
export function segmentClauses(doc: Pick<Document, 'pages'>): Clause[] {
  return segmentContract(doc).clauses;
}

/** The clauses and, apart, the text before the first one (parties, key terms): number `preamble`. */
export function segmentContract(doc: Pick<Document, 'pages'>): { preamble?: Clause; clauses: Clause[] } {
  const lines = bodyLines(doc);
  const headings = lines.map((l) => parseHeading(l.spaced));
  const primary = primaryStyle(headings);
  if (!primary) return { preamble: lines.length ? toClause('preamble', undefined, lines, lines.map((l) => l.text)) : undefined, clauses: [] };

  const clauses: Clause[] = [];
  const preambleLines: CleanLine[] = [];
  let current: { heading: Heading; title?: string; parts: string[]; lines: CleanLine[] } | undefined;
  let stopped = false;
  let started = false;
  let previous = 0;
  const flush = (): void => {
    if (current) clauses.push(toClause(current.heading.number, current.title, current.lines, current.parts));
    current = undefined;
  };

  lines.forEach((line, i) => {
    const heading = headings[i] ?? (primary === 'zh-section' ? lostNumeral(line.spaced, previous) : primary === 'zh-article' ? misreadArticle(line.spaced, previous) : undefined);
    if (heading?.style === primary && inSequence(heading, previous)) {
      flush();
      started = true;
      stopped = false;
      previous = ordinal(heading.number) ?? previous + 1;
      const { title, body } = splitTitle(heading.rest, lines[i + 1]?.text, headings[i + 1]);
      current = { heading, title, parts: body ? [body] : [], lines: [line] };
      if (title && !heading.rest) current.lines.push(lines[i + 1] as CleanLine);
      return;
    }
    if (!started) { preambleLines.push(line); return; }
    if (!current || stopped) return;
    if (endsClauses(line.text)) { stopped = true; flush(); return; }
    if (current.lines.includes(line)) return;
    current.lines.push(line);
    current.parts.push(line.text);
  });
  const preamble = preambleLines.length ? toClause('preamble', undefined, preambleLines, preambleLines.map((l) => l.text)) : undefined;
  flush();
  return { preamble, clauses };
}

function toClause(number: string, title: string | undefined, lines: readonly CleanLine[], parts: readonly string[]): Clause {
  const first = lines[0] as CleanLine;
  return {
    number,
    ...(title ? { title } : {}),
    text: joinLines(parts),
    page: first.page,
    bbox: unionBox(lines.filter((l) => l.page === first.page).map((l) => l.bbox)).map(Math.round) as BBox,
    pages: [...new Set(lines.map((l) => l.page))],
  };
}

/** The document's lines without page numbers and running heads, cleaned of OCR spacing. */
export function bodyLines(doc: Pick<Document, 'pages'>): CleanLine[] {
  const all = collectLines(doc).map((l) => ({ page: l.page, row: l.row, text: cleanLine(l.text), spaced: l.text.replace(/\s+/gu, ' ').trim(), bbox: l.line.bbox, line: l.line }));
  const byPage = new Map<number, typeof all>();
  for (const l of all) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const edge = (l: (typeof all)[number]): boolean => {
    const rows = byPage.get(l.page)?.length ?? 0;
    return l.row < 2 || l.row >= rows - 2;
  };
  // A running head or foot: the same edge text (digits aside) on at least two pages and half of them.
  const key = (text: string): string => text.replace(/[\d\s]/gu, '');
  const seen = new Map<string, Set<number>>();
  for (const l of all) if (edge(l) && key(l.text)) seen.set(key(l.text), (seen.get(key(l.text)) ?? new Set()).add(l.page));
  const pageCount = byPage.size;
  const running = (l: (typeof all)[number]): boolean => {
    const pages = seen.get(key(l.text))?.size ?? 0;
    return pages >= 2 && pages >= pageCount / 2 && l.text.length <= 60;
  };
  const footer = (l: (typeof all)[number]): boolean =>
    (findPrintedNumber([l.line], 1) !== undefined && l.text.length <= 24) || EXTRA_FOOTERS.some((p) => p.test(l.text));
  return all.filter((l) => l.text && !(edge(l) && (footer(l) || running(l))))
    .map(({ page, text, spaced, bbox }) => ({ page, text, spaced, bbox }));
}

/**
 * OCR often loses a one-stroke numeral before 、 (`、放弃诉权` for `五、放弃诉权`): in a document
 * numbered 一、二、…, a bare 、 before a short title is the next heading, numbered from its predecessor.
 */
function lostNumeral(text: string, previous: number): Heading | undefined {
  const m = /^[、,]\s*(\S.{0,15})$/u.exec(text);
  if (!m || !isTitle(cleanLine(m[1] as string))) return undefined;
  return { style: 'zh-section', number: chineseNumber(previous + 1), rest: m[1] as string };
}

/** Glyphs OCR reads in place of 十 on scans: 干 (the same slip as 干分之 for 千分之), 千, 士, 土. */
const TEN_LOOKALIKE = '[干千士土]';

/**
 * OCR misreads a numeral of a 第X条 heading (`第干条罚息` for `第十条罚息`): a 第…条 line whose
 * numeral, look-alikes read as 十, is exactly the next number is that heading. Only the next
 * number is accepted, so a stray `第千条` in a body line never starts a clause.
 */
function misreadArticle(text: string, previous: number): Heading | undefined {
  const m = /^第\s*(\S{1,4}?)\s*条(?![款项件])[\s:：、.．]*(.*)$/u.exec(text);
  if (!m || !new RegExp(TEN_LOOKALIKE, 'u').test(m[1] as string)) return undefined;
  const number = (m[1] as string).replace(new RegExp(TEN_LOOKALIKE, 'gu'), '十');
  if (ordinal(number) !== previous + 1) return undefined;
  return { style: 'zh-article', number: chineseNumber(previous + 1), rest: (m[2] ?? '').trim() };
}

function chineseNumber(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n] as string;
  if (n < 20) return `十${d[n - 10]}`;
  return `${d[Math.floor(n / 10)]}十${d[n % 10]}`;
}

function parseHeading(text: string): Heading | undefined {
  for (const [style, pattern] of HEADINGS) {
    const m = pattern.exec(text);
    if (m) return { style, number: (m[1] as string).replace(/\s/gu, ''), rest: (m[2] ?? '').trim() };
  }
  return undefined;
}

/**
 * A heading continues the numbering: a number forward (a gap is a missing clause, still a
 * heading), or a restart at 1 that reads as a heading (a title, not a wrapped `1. above.`).
 */
function inSequence(heading: Heading, previous: number): boolean {
  const n = ordinal(heading.number);
  // Letters skip at most one: a line-initial (c) or (i) further on is a sub-item, not a clause.
  if (heading.style === 'alpha-paren' && n !== undefined && n > previous + 2) return false;
  if (n === undefined || n > previous) return true;
  return n === 1 && (heading.rest === '' || splitTitle(heading.rest, undefined, undefined).title !== undefined);
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** 十二 → 12, 4 → 4, IV → 4, c → 3 (a letter item: (i) is the ninth, not roman one). */
export function ordinal(number: string): number | undefined {
  if (/^\d+$/u.test(number)) return Number(number);
  if (/^[a-z]$/u.test(number)) return number.charCodeAt(0) - 96;
  if (/^[IVXLC]+$/u.test(number)) {
    let total = 0;
    for (let i = 0; i < number.length; i++) {
      const v = ROMAN[number[i] as string] as number;
      const next = ROMAN[number[i + 1] as string] ?? 0;
      total += v < next ? -v : v;
    }
    return total;
  }
  let total = 0;
  let digit = 0;
  for (const ch of number) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch] as number;
    else if (ch === '十') { total += (digit || 1) * 10; digit = 0; }
    else if (ch === '百') { total += (digit || 1) * 100; digit = 0; }
    else return undefined;
  }
  return total + digit;
}

/**
 * The clause title: the heading's remainder when it reads as a title (short, no sentence
 * punctuation), else the first words before a wide gap; a bare number takes a short next line.
 */
function splitTitle(rest: string, nextLine: string | undefined, nextHeading: Heading | undefined): { title?: string; body?: string } {
  const clean = cleanLine(rest);
  if (!clean) return nextLine && !nextHeading && isTitle(nextLine) ? { title: nextLine } : {};
  if (isTitle(clean)) return { title: clean.replace(/[:：]$/u, '') };
  const m = /^(\S{1,24})\s+(.+)$/u.exec(rest);
  if (m && /[\u3400-\u9fff]/u.test(m[1] as string) && isTitle(m[1] as string)) return { title: m[1], body: cleanLine(m[2] as string) };
  const en = INLINE_TITLE_EN.exec(clean);
  if (en) return { title: en[1], body: en[2] };
  return { body: clean };
}

/**
 * An English title run into its paragraph: `Loan Amount. The amount of …` — up to six words,
 * each capitalised (small joining words aside), a full stop, then a capitalised sentence.
 */
const INLINE_TITLE_EN = /^([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the|for|to|in|on|or|by|a|an|-|–)){0,5})\.\s+([A-Z].*)$/u;

/** Short, and no sentence punctuation: a heading's title rather than the clause's first sentence. */
function isTitle(s: string): boolean {
  const cjk = /[\u3400-\u9fff]/u.test(s);
  return s.length > 0 && (cjk ? s.length <= 18 : s.length <= 60) && !/[。；，;,]|[.。]$/u.test(s);
}
