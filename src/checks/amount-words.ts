/**
 * AMOUNT_WORDS_MISMATCH: an amount in words (人民币壹佰贰拾伍万元整, "One Million … Only") that
 * states another amount than the figures next to it. Words that could not be read are not a
 * mismatch (low-ocr-confidence reports them); disagreeing OCR readings of low confidence become
 * LOW_OCR_CONFIDENCE.
 */
import type { Field } from '../model/schema.js';
import { compareMoney } from '../extract/parse/cents.js';
import { foldWidth, spanBox, spanConfidence } from '../extract/lines.js';
import type { Line, Page } from '../model/document.js';
import type { WordsMention } from '../extract/amount-words.js';
import type { DocumentCheck } from './check.js';
import { formatChineseAmountWords, parseChineseAmountWords } from '../extract/parse/chinese-words.js';
import type { Finding } from '../model/schema.js';
import { parseEnglishAmountWords } from '../extract/parse/english-words.js';
import { parseMoney } from '../extract/parse/money.js';
import { isConfirmed, isMoney, isShaky, MIN_OCR_VALUE_CONFIDENCE, sourceOf, unreliableFinding } from './reliability.js';

/** How far (in line heights) above the words the figures may stand: 借款金额 on one line, 大写 on the next. */
const MAX_LINES_APART = 3.5;

export const amountWords: DocumentCheck = {
  id: 'amount-words',
  appliesTo: () => true,
  run: ({ document, extraction }, { findings }) => {
    for (const words of joinWrapped(extraction.amountWords, document.pages)) {
      if (words.amount === null) { illFormed(words, document.pages, extraction.mentions, findings); continue; }
      const figure = nearestFigure(words, extraction.mentions) ?? figureBeforeWords(words, document.pages[words.line.page - 1]?.source) ?? figureAfterWords(words, document.pages[words.line.page - 1]?.source);
      if (!figure || compareMoney(figure.field.value as string, words.amount) === 0) continue;
      const page = words.line.page;
      const bbox = spanBox(words.line.line, words.start, words.end);
      const wordsConfidence = Math.round(spanConfidence(words.line.line, words.start, words.end) * 100) / 100;
      const wordsEvidence = { value: words.amount, text: words.text, page, bbox, source: document.pages[page - 1]?.source, confidence: wordsConfidence };
      const ocr = document.pages[page - 1]?.source === 'ocr' || figure.field.source === 'ocr';
      // The words read again to the same amount (verify-values.ts) stand as a second reading.
      const wordsField = document.fields.principalInWords;
      const wordsConfirmed = !!wordsField && isConfirmed(wordsField) && wordsField.page === page && isMoney(wordsField.evidence?.value) && compareMoney(wordsField.evidence.value, words.amount) === 0;
      if (ocr && ((wordsConfidence < MIN_OCR_VALUE_CONFIDENCE && !wordsConfirmed) || isShaky(figure.field))) {
        findings.push(unreliableFinding('amount-words', page, bbox, { figures: sourceOf(figure.name, figure.field), words: wordsEvidence }));
        continue;
      }
      findings.push({
        code: 'AMOUNT_WORDS_MISMATCH',
        severity: 'high',
        message: `Page ${page}: the amount in words (${words.text} = ${words.amount}) differs from the figures ${figure.field.raw} (${figure.field.value}) on page ${figure.field.page}.`,
        page,
        bbox,
        evidence: { figures: sourceOf(figure.name, figure.field), words: wordsEvidence },
      });
    }
  },
};

/**
 * 大写 words printed in a text layer, every character a 大写 numeral or unit, that the strict
 * parser refuses for their grammar (贰仟零玖佰元整: 零 where no digit is zero, units out of order):
 * no OCR doubt stands behind them, so they were written that way. When they are not the bank-form
 * words of the figures beside them either, the words do not state the figures' amount: a mismatch.
 * Words with other characters, or read by OCR, stay unread (low-ocr-confidence reports them).
 */
function illFormed(words: WordsMention, pages: readonly Page[], mentions: Record<string, Field[]>, findings: Finding[]): void {
  const source = pages[words.line.page - 1]?.source;
  if (source !== 'text-layer' || !/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+$/u.test(words.text)) return;
  const figure = nearestFigure(words, mentions) ?? figureBeforeWords(words, source) ?? figureAfterWords(words, source);
  if (!figure || (figure.field.value as string).startsWith('-')) return;
  const canonical = formatChineseAmountWords(figure.field.value as string, { prefix: false });
  const written = words.text.replace(/圆/gu, '元').replace(/正$/u, '整').replace(/(?<=元)$/u, '整');
  if (written === canonical) return;
  const bbox = spanBox(words.line.line, words.start, words.end);
  findings.push({
    code: 'AMOUNT_WORDS_MISMATCH',
    severity: 'high',
    message: `Page ${words.line.page}: the amount in words (${words.text}) is not a well-formed 大写 amount (${words.reason ?? 'refused'}) and is not the figures ${figure.field.raw} (${figure.field.value}) in words (${canonical}).`,
    page: words.line.page,
    bbox,
    evidence: { figures: sourceOf(figure.name, figure.field), words: { text: words.text, wellFormed: false, reason: words.reason, expected: canonical, page: words.line.page, bbox, source } },
  });
}

/**
 * An amount in figures the words restate in the same breath, when no labelled figure stands near
 * them: "授信金额为RMB 2,897,425.18元（人民币金额大写：…）", "USD 5,000.00 (Say: Five Thousand …)".
 * Only the text of a bracket or a "say"/大写 label may stand between the two, no other number.
 */
function figureBeforeWords(words: WordsMention, source: Field['source']): { name: string; field: Field } | undefined {
  const before = words.line.text.slice(0, words.start);
  const m = /(?:[¥$]|RMB|CNY|USD)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:元|圆|yuan)?([^\d]{0,24})$/iu.exec(before);
  if (!m || /\d/u.test(m[2]!) || !/^[\s(（:：,，、\-—]*(?:[\p{L}\s]*(?:大写|say|in\s+words|金额|人民币|renminbi|rmb)[\p{L}\s]*)?[\s(（:：,，、\-—]*$/iu.test(m[2]!)) return undefined;
  const parsed = parseMoney(m[0].slice(0, m[0].length - m[2]!.length));
  if (!parsed || parsed.value.startsWith('-')) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const field: Field = { value: parsed.value, raw: words.line.text.slice(start, end), page: words.line.page, bbox: spanBox(words.line.line, start, end), source, confidence: Math.round(spanConfidence(words.line.line, start, end) * 100) / 100, evidence: { placement: 'before the words' } };
  return { name: 'amountBeforeWords', field };
}

/**
 * The figures the words are followed by in brackets, in the same breath: 人民币（大写）柒拾贰万元整
 * （¥720,000.00）, "Renminbi … Yuan Only (RMB 720,000.00)". Nothing but the bracket stands between.
 */
function figureAfterWords(words: WordsMention, source: Field['source']): { name: string; field: Field } | undefined {
  const after = foldWidth(words.line.text.slice(words.end));
  const m = /^\s*\(\s*(?:[¥￥$]|RMB|CNY|USD|人民币|小写[:：]?)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:元|圆|yuan)?\s*\)/iu.exec(after);
  if (!m) return undefined;
  const parsed = parseMoney(m[1]!);
  if (!parsed || parsed.value.startsWith('-')) return undefined;
  const start = words.end + m.index + m[0].indexOf(m[1]!);
  const end = start + m[1]!.length;
  const field: Field = { value: parsed.value, raw: words.line.text.slice(start, end), page: words.line.page, bbox: spanBox(words.line.line, start, end), source, confidence: Math.round(spanConfidence(words.line.line, start, end) * 100) / 100, evidence: { placement: 'after the words' } };
  return { name: 'amountAfterWords', field };
}

/** The money mention closest above (or on) the words line, on the same page. */
function nearestFigure(words: WordsMention, mentions: Record<string, Field[]>): { name: string; field: Field } | undefined {
  const [, wy, , wh] = words.line.line.bbox;
  let best: { name: string; field: Field; distance: number } | undefined;
  for (const [name, fields] of Object.entries(mentions)) {
    for (const field of fields) {
      if (field.page !== words.line.page || !field.bbox || !isMoney(field.value)) continue;
      const dy = wy - field.bbox[1];
      if (dy < -wh * 0.5 || dy > wh * MAX_LINES_APART) continue;
      const distance = Math.abs(dy);
      if (!best || distance < best.distance) best = { name, field, distance };
    }
  }
  return best;
}

/**
 * Words that wrap onto another line ("Say: Renminbi Two Million Thirty Four Thousand" / "Six
 * Hundred Eighty Six Yuan Only", "…伍万" / "元整") are one amount: join a mention with the start of
 * the line below, or with the words ending the line above, when together they parse.
 */
function joinWrapped(mentions: readonly WordsMention[], pages: readonly Page[]): WordsMention[] {
  const out: WordsMention[] = [];
  const consumed = new Set<WordsMention>();
  const han = (m: WordsMention) => /\p{Script=Han}/u.test(m.text);
  const parse = (m: WordsMention, text: string) => (han(m) ? parseChineseAmountWords(text.replace(/\s+/gu, '')) : parseEnglishAmountWords(text));
  const lead = (m: WordsMention) => (han(m) ? /^\s*[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億元圆角分整正]+/u : /^\s*(?:[A-Za-z]+[\s,-]*|\d{1,2}\s*\/\s*100\s*)+/u);
  // Each English word must end at a separator or the line's end: with an optional separator,
  // "(?:[A-Za-z]+[\s,-]*)+$" splits a long word every possible way before failing (minutes per line).
  const trail = (m: WordsMention) => (han(m) ? /[零壹贰叁肆伍陆柒捌玖拾佰仟万萬亿億]+\s*$/u : /(?:(?:[A-Za-z]+|\d{1,2}\s*\/\s*100)(?:[\s,-]+|$))+$/u);
  for (const a of mentions) {
    if (consumed.has(a)) continue;
    const { above } = neighbours(a.line.line, a.line.page, pages);
    // Down: append the start of up to two following lines while the words run on.
    let text = a.line.text.slice(a.start).trim();
    let line = a.line.line;
    let joined: { value: string; lines: Line[]; text: string } | undefined;
    const used: Line[] = [];
    for (let k = 0; k < 2; k++) {
      const below = neighbours(line, a.line.page, pages).below;
      const head = below ? lead(a).exec(foldWidth(below.text))?.[0].trim() : undefined;
      if (!below || !head || !/[A-Za-z\p{Script=Han}]$|\band$/iu.test(text)) break;
      text = `${text} ${head}`;
      used.push(below);
      line = below;
      const parsed = parse(a, text);
      if (parsed.ok) joined = { value: parsed.value!, lines: [...used], text };
    }
    if (joined) {
      for (const b of mentions) if (b !== a && joined.lines.includes(b.line.line)) consumed.add(b);
      out.push(joined.value === a.amount ? a : { ...a, text: joined.text.replace(/\s+/gu, ''), amount: joined.value });
      continue;
    }
    const before = a.line.text.slice(0, a.start).trim() === '' && above ? trail(a).exec(foldWidth(above.text).replace(/^.*[:：]/u, ''))?.[0].trim() : undefined;
    const up = before ? parse(a, `${before} ${a.line.text.slice(a.start, a.end)}`) : undefined;
    if (up?.ok && up.value !== a.amount && mentions.every((m) => m.line.line !== above || consumed.has(m) || m === a)) {
      out.push({ ...a, text: before!.replace(/\s+/gu, '') + a.text, amount: up.value });
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The lines just below and just above a line on its page (by position, not list order). */
function neighbours(of: Line, page: number, pages: readonly Page[]): { below?: Line; above?: Line } {
  const lines = pages[page - 1]?.lines ?? [];
  const [, y, , h] = of.bbox;
  let below: Line | undefined;
  let above: Line | undefined;
  for (const l of lines) {
    if (l === of) continue;
    const dy = l.bbox[1] - y;
    if (dy > h * 0.5 && dy <= h * 2.2 && (!below || dy < below.bbox[1] - y)) below = l;
    if (dy < -h * 0.5 && dy >= -h * 2.2 && (!above || dy > above.bbox[1] - y)) above = l;
  }
  return { below, above };
}
