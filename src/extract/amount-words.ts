/**
 * Amounts written in words: Chinese 大写 (人民币壹佰贰拾伍万元整) and English
 * ("One Million Two Hundred Fifty Thousand Dollars Only"), found as runs of number words.
 */
import { parseChineseAmountWords } from './parse/chinese-words.js';
import { parseEnglishAmountWords } from './parse/english-words.js';
import { spanBox, type TextLine } from './lines.js';
import { allMatches } from './patterns.js';

export interface WordsMention {
  line: TextLine;
  start: number;
  end: number;
  /** The words as written, white space removed. */
  text: string;
  /** The amount the words state, or null when they cannot be read. */
  amount: string | null;
  reason?: string;
  /** Words that wrapped onto the next line: characters [0, end) of that line (after its indent). */
  wrapped?: { line: TextLine; start: number; end: number };
  /** Words that wrapped further, onto the lines after that one, in order. */
  wrappedMore?: { line: TextLine; start: number; end: number }[];
}

const DAXIE = '零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億元圆角分整正貳參叄陸圓';
/** Numerals that do not belong in 大写 but turn up in it (handwriting habits, OCR confusions). */
const LOOKALIKE = '〇一二两三四五六七八九十百千什佰';
/**
 * A words run: Han characters (white space allowed) starting at a 大写 numeral. It is taken whole,
 * look-alikes included, so that a run with one wrong character is read as unreadable by the strict
 * parser rather than split into a shorter, readable but wrong amount.
 */
const HAN_RUN = /[\p{Script=Han}](?:\s*[\p{Script=Han}])*/gu;
const DAXIE_CHAR = new RegExp(`[${DAXIE}]`, 'u');
const WORDS_CHAR = new RegExp(`[${DAXIE}${LOOKALIKE}]`, 'u');
const PREFIX = /^(?:人民币|大写|金额|小写)+/u;

/** Cut a Han run to the amount words in it: from the first 大写 numeral to 整/正, or to the last 分/元. */
function wordsIn(run: string): { offset: number; text: string } | undefined {
  const prefix = PREFIX.exec(run.replace(/\s+/gu, ''))?.[0].length ?? 0;
  let start = 0;
  for (let seen = 0; start < run.length && seen < prefix; start++) if (!/\s/u.test(run[start]!)) seen++;
  // A unit closes an amount, never opens one: "2372258.00元  贰佰…" is a figure's 元 and the words after it.
  while (start < run.length && (!WORDS_CHAR.test(run[start]!) || /[元圆圓角分整正\s]/u.test(run[start]!))) start++;
  let end = start;
  while (end < run.length && (WORDS_CHAR.test(run[end]!) || /\s/u.test(run[end]!))) {
    end++;
    if (/[整正]/u.test(run[end - 1]!)) break;
  }
  const text = run.slice(start, end).trimEnd();
  const chars = [...text.replace(/\s+/gu, '')];
  if (chars.filter((c) => DAXIE_CHAR.test(c)).length < 3) return undefined;
  return { offset: start, text };
}
/** Marks of a words line even when OCR garbled the numerals. */
const WORDS_LABEL = /大\s*写|in\s+words|say\s*:/iu;

const EN_NUMBER = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const EN_RUN = new RegExp(
  `(?:(?:say\\s+)?(?:(?:us|hong\\s+kong|hk|united\\s+states)\\s+)?(?:dollars?|renminbi|rmb|yuan|usd|hkd|cny)\\s+)?(?:\\b(?:${EN_NUMBER})\\b[\\s,-]*(?:and\\s+)?)+(?:(?:cents?|fen|jiao|\\d{1,2}\\s*/\\s*100)[\\s,-]*)*(?:(?:us|hong\\s+kong|hk)\\s+)?(?:dollars?|yuan|renminbi|rmb)?(?:\\s+(?:and\\s+)?(?:(?:${EN_NUMBER})[\\s-]*)+cents?|\\s+and\\s+\\d{1,2}\\s*/\\s*100|\\s+and\\s+\\d{1,2}\\s+cents?\\b)?(?:\\s+only)?`,
  'giu',
);

/** One number word, to count them in a run. */
const EN_NUMBER_WORD = new RegExp(`\\b(?:${EN_NUMBER})\\b`, 'giu');

/** Number words (and the currency words that close an amount) at the start of a line: the rest of a wrapped amount. */
const EN_HEAD = new RegExp(`^\\s*(?:(?:\\b(?:${EN_NUMBER}|and|only|dollars?|yuan|renminbi|cents?|fen|jiao)\\b|\\d{1,2}\\s*/\\s*100|\\d{1,2}\\s+cents?\\b)[\\s,-]*)+`, 'iu');

/** Every amount-in-words mention in the lines, in document order. */
export function findAmountWords(lines: readonly TextLine[]): WordsMention[] {
  const out: WordsMention[] = [];
  // Line starts already read as the tail of a wrapped mention above: not mentions of their own.
  const consumed = new Map<TextLine, number>();
  lines.forEach((line, i) => {
    for (const m of allMatches(line.text, HAN_RUN)) {
      const words = wordsIn(m[0]);
      if (!words) continue;
      let text = words.text.replace(/\s+/gu, '');
      const endsLine = (m.index ?? 0) + words.offset + words.text.length >= line.text.trimEnd().length;
      const wrapped = endsLine && !/[整正]$/u.test(text) ? continuation(line, lines[i + 1]) : undefined;
      if (wrapped) text += wrapped.line.text.slice(wrapped.start, wrapped.end).replace(/\s+/gu, '');
      if (!/[元圆圓角分整正]/u.test(text) && !WORDS_LABEL.test(line.text)) continue;
      const parsed = parseChineseAmountWords(text);
      const start = (m.index ?? 0) + words.offset;
      out.push({ line, start, end: start + words.text.length, text, amount: parsed.ok ? parsed.value : null, reason: parsed.reason, wrapped });
    }
    for (const m of allMatches(line.text, EN_RUN)) {
      if ((m.index ?? 0) < (consumed.get(line) ?? 0)) continue;
      const run = m[0].trim();
      const start = (m.index ?? 0) + m[0].indexOf(run);
      // "… ninety nine and" / "eighty seven cents only": an "and" ending the line joins the wrapped rest.
      const dangling = /^\s*and\s*$/iu.exec(line.text.slice(start + run.length))?.[0].trimEnd() ?? '';
      const pieces = start + run.length + dangling.length >= line.text.trimEnd().length ? enContinuation(lines, i, cellX(line, start)) : [];
      const [wrapped, ...wrappedMore] = pieces;
      const raw = wrapped ? run + dangling : run;
      const words = [raw, ...pieces.map((p) => p.line.text.slice(p.start, p.end))].join(' ');
      // Counted over the wrapped whole: "… DOLLARS ONE" / "HUNDRED AND TWENTY …" holds one number word before the break.
      const numberWords = words.match(EN_NUMBER_WORD)?.length ?? 0;
      if (numberWords < 2) continue;
      for (const p of pieces) consumed.set(p.line, p.end);
      const parsed = parseEnglishAmountWords(words);
      out.push({ line, start, end: start + raw.length, text: words.replace(/\s+/gu, ''), amount: parsed.ok ? parsed.value : null, reason: parsed.reason, wrapped, ...(wrappedMore.length ? { wrappedMore } : {}) });
    }
  });
  return out;
}

/** The left edge of the cell (text between column gaps) holding character `at`. */
function cellX(line: TextLine, at: number): number {
  const gaps = [...line.text.slice(0, at).matchAll(/\s{2,}/gu)];
  const last = gaps.at(-1);
  const start = last ? last.index! + last[0].length : line.text.length - line.text.trimStart().length;
  return spanBox(line.line, start, start + 1)[0];
}

/**
 * The rest of an English words run cut by line breaks, over as many lines as it takes: each line's
 * leading words, or the leading words of its value cell when the key's own label wraps beside
 * them ("Facility Amount  SAY … FORTY FOUR" / "(words)  THOUSAND … AND" / "CENTS NINETY ONLY").
 * A piece that stops before its line's end ends the run.
 */
function enContinuation(lines: readonly TextLine[], i: number, runX: number): { line: TextLine; start: number; end: number }[] {
  const out: { line: TextLine; start: number; end: number }[] = [];
  for (let k = i + 1; k < lines.length && lines[k]!.page === lines[i]!.page; k++) {
    const line = lines[k]!;
    const text = line.text;
    const gap = text.search(/(?<=\S)\s{2,}\S/u);
    const cellStart = gap >= 0 ? gap + /\s+/u.exec(text.slice(gap))![0].length : 0;
    // The value's cell, beside a wrapped label, starts under the run's cell; a key closed by a colon starts a new row.
    const inCell = cellStart > 0 && !/[:：]\s*$/u.test(text.slice(0, gap)) && !EN_HEAD.test(text.slice(0, gap)) &&
      Math.abs(spanBox(line.line, cellStart, cellStart + 1)[0] - runX) <= line.line.bbox[3];
    const head = EN_HEAD.exec(text) ?? (inCell ? EN_HEAD.exec(text.slice(cellStart)) : null);
    if (!head) break;
    const base = head.input === text ? 0 : cellStart;
    const piece = { line, start: base + head.index + head[0].indexOf(head[0].trim()), end: base + head.index + head[0].trimEnd().length };
    out.push(piece);
    // "Only" closes an amount; a piece that stops before its line's end ends the run.
    if (piece.end < text.trimEnd().length || /\bonly$/iu.test(head[0].trim())) break;
  }
  return out;
}

/** The start of the next line when it carries on a words run cut by the line break (…肆拾壹 / 元整）). */
function continuation(line: TextLine, next: TextLine | undefined): WordsMention['wrapped'] {
  if (!next || next.page !== line.page) return undefined;
  const lead = next.text.length - next.text.trimStart().length;
  let end = lead;
  while (end < next.text.length && WORDS_CHAR.test(next.text[end]!)) {
    end++;
    if (/[整正]/u.test(next.text[end - 1]!)) break;
  }
  return end > lead ? { line: next, start: lead, end } : undefined;
}

/**
 * A line labelled as amount-in-words (大写 / in words) whose words could not be found or read:
 * the place for a second OCR pass.
 */
export function findUnreadWordsLines(lines: readonly TextLine[], found: readonly WordsMention[]): TextLine[] {
  return lines.filter((l) => WORDS_LABEL.test(l.text) && !found.some((f) => f.line === l && f.amount !== null));
}
