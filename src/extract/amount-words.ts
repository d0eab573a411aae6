/**
 * Amounts written in words: Chinese 大写 (人民币壹佰贰拾伍万元整) and English
 * ("One Million Two Hundred Fifty Thousand Dollars Only"), found as runs of number words.
 */
import { parseChineseAmountWords } from './parse/chinese-words.js';
import { parseEnglishAmountWords } from './parse/english-words.js';
import type { TextLine } from './lines.js';

export interface WordsMention {
  line: TextLine;
  start: number;
  end: number;
  /** The words as written, white space removed. */
  text: string;
  /** The amount the words state, or null when they cannot be read. */
  amount: string | null;
  reason?: string;
}

const DAXIE = '零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億元圆角分整正';
/** A 大写 run: at least three numeral/unit characters (white space allowed between them). */
const DAXIE_RUN = new RegExp(`[${DAXIE}](?:\\s*[${DAXIE}]){2,}`, 'gu');
/** Marks of a words line even when OCR garbled the numerals. */
const WORDS_LABEL = /大\s*写|in\s+words|say\s*:/iu;

const EN_NUMBER = 'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const EN_RUN = new RegExp(
  `(?:(?:say\\s+)?(?:(?:us|hong\\s+kong|hk|united\\s+states)\\s+)?(?:dollars?|renminbi|rmb|yuan|usd|hkd|cny)\\s+)?(?:\\b(?:${EN_NUMBER})\\b[\\s,-]*(?:and\\s+)?)+(?:(?:cents?|fen|jiao|\\d{1,2}\\s*/\\s*100)[\\s,-]*)*(?:(?:us|hong\\s+kong|hk)\\s+)?(?:dollars?|yuan|renminbi|rmb)?(?:\\s+(?:and\\s+)?(?:(?:${EN_NUMBER})[\\s-]*)+cents?|\\s+and\\s+\\d{1,2}\\s*/\\s*100)?(?:\\s+only)?`,
  'giu',
);

/** Every amount-in-words mention in the lines, in document order. */
export function findAmountWords(lines: readonly TextLine[]): WordsMention[] {
  const out: WordsMention[] = [];
  for (const line of lines) {
    for (const m of line.text.matchAll(DAXIE_RUN)) {
      const text = m[0].replace(/\s+/gu, '');
      if (!/[元圆角分整正]/u.test(text) && !WORDS_LABEL.test(line.text)) continue;
      const parsed = parseChineseAmountWords(text);
      out.push({ line, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text, amount: parsed.ok ? parsed.value : null, reason: parsed.reason });
    }
    for (const m of line.text.matchAll(EN_RUN)) {
      const raw = m[0].trim();
      const numberWords = raw.match(new RegExp(`\\b(?:${EN_NUMBER})\\b`, 'giu'))?.length ?? 0;
      if (numberWords < 2) continue;
      const parsed = parseEnglishAmountWords(raw);
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      out.push({ line, start, end: start + raw.length, text: raw.replace(/\s+/gu, ''), amount: parsed.ok ? parsed.value : null, reason: parsed.reason });
    }
  }
  return out;
}

/**
 * A line labelled as amount-in-words (大写 / in words) whose words could not be found or read:
 * the place for a second OCR pass.
 */
export function findUnreadWordsLines(lines: readonly TextLine[], found: readonly WordsMention[]): TextLine[] {
  return lines.filter((l) => WORDS_LABEL.test(l.text) && !found.some((f) => f.line === l && f.amount !== null));
}
