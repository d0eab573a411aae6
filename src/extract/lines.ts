/**
 * The document's lines as the extractors read them: width-folded text (full-width forms to ASCII,
 * one character for one, so offsets still point into the line) with page and boxes.
 */
import type { BBox } from '../model/schema.js';
import type { Document, Line } from '../model/document.js';
import { unionBox } from '../layout/join.js';

export interface TextLine {
  page: number;
  /** Position of the line on its page, top to bottom. */
  row: number;
  /** Same length as `line.text`; full-width forms folded to ASCII, ideographic space to space. */
  text: string;
  line: Line;
  /** A table row joined from wrapped cells (see wrapped-rows.ts): complete, it wraps no further. */
  joinedRow?: boolean;
  /** One column of a header band read as a key-value line (see header-bands.ts): nothing stands below it. */
  band?: boolean;
}

/** Fold full-width forms, bracket variants and curly quotes one-for-one so that string offsets stay valid. */
export function foldWidth(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else if (code === 0xffe5) out += '¥';
    // Bracket forms OCR and typesetters swap for （）: 〈贷款人) is 甲方（贷款人）.
    else if ('〈〔【「'.includes(s[i]!)) out += '(';
    else if ('〉〕】」'.includes(s[i]!)) out += ')';
    // Quote marks OCR scatters before values and keys (住所: ”浙江省…, ‘Principal) carry no meaning for
    // matching; ’ stays, as it is also the apostrophe (People’s).
    else if ('“”‘'.includes(s[i]!)) out += ' ';
    else out += s[i];
  }
  return out;
}

export function collectLines(doc: Pick<Document, 'pages'>): TextLine[] {
  return doc.pages.flatMap((page) =>
    page.lines.map((line, row) => ({ page: page.index, row, text: foldWidth(line.text), line })),
  );
}

/**
 * The box of characters [start, end) of a line's text, from its words' boxes (characters
 * apportioned evenly inside a word).
 */
export function spanBox(line: Line, start: number, end: number): BBox {
  const boxes: BBox[] = [];
  let pos = 0;
  for (const word of line.words) {
    const text = word.text.trim();
    if (!text) continue;
    const found = line.text.indexOf(text, pos);
    const wordStart = found >= 0 ? found : pos;
    const wordEnd = wordStart + text.length;
    pos = wordEnd;
    const from = Math.max(start, wordStart);
    const to = Math.min(end, wordEnd);
    if (from >= to) continue;
    const [x, y, w, h] = word.bbox;
    const unit = w / text.length;
    boxes.push([x + (from - wordStart) * unit, y, (to - from) * unit, h]);
  }
  const box = boxes.length ? unionBox(boxes) : line.bbox;
  return box.map((v) => Math.round(v)) as BBox;
}

/** Mean confidence (0..1) of the words under characters [start, end). */
export function spanConfidence(line: Line, start: number, end: number): number {
  let pos = 0;
  let sum = 0;
  let n = 0;
  for (const word of line.words) {
    const text = word.text.trim();
    if (!text) continue;
    const found = line.text.indexOf(text, pos);
    const wordStart = found >= 0 ? found : pos;
    pos = wordStart + text.length;
    if (wordStart < end && pos > start) { sum += word.confidence; n++; }
  }
  return n ? sum / n / 100 : line.confidence / 100;
}

/**
 * The band a line's text occupies, [top, bottom]: the median of its words' tops and of their
 * bottoms. An OCR box grown by a smudge or a stamp (one word 55 px high on a 30 px line) widens the
 * line's union box, so that rows a line apart seem to touch; the median band does not grow.
 */
export function textBand(line: Line): [number, number] {
  const words = line.words.filter((w) => w.text.trim());
  if (!words.length) return [line.bbox[1], line.bbox[1] + line.bbox[3]];
  const median = (values: number[]) => { values.sort((a, b) => a - b); return values[values.length >> 1]!; };
  return [median(words.map((w) => w.bbox[1])), median(words.map((w) => w.bbox[1] + w.bbox[3]))];
}

/** Boxes of a line: runs of words parted by a column gap in the text or a blank wider than 0.8 line heights. */
export function boxesOf(line: TextLine): { start: number; end: number; x0: number; x1: number }[] {
  const boxes: { start: number; end: number; x0: number; x1: number }[] = [];
  let pos = 0;
  for (const word of line.line.words) {
    const t = word.text.trim();
    if (!t) continue;
    const at = line.line.text.indexOf(t, pos);
    if (at < 0) continue;
    const [x, , w, h] = word.bbox;
    const last = boxes.at(-1);
    if (!last || /\s{2,}/u.test(line.line.text.slice(pos, at)) || x - last.x1 > 0.8 * h) boxes.push({ start: at, end: at + t.length, x0: x, x1: x + w });
    else { last.end = at + t.length; last.x1 = x + w; }
    pos = at + t.length;
  }
  return boxes;
}

/**
 * The first phrase of the line after `lines[i]` (from its first character to a comma, a sentence's
 * end or a column gap) when that line follows closely on the same page (a gap of at most 1.2 line
 * heights): where running text that wrapped carries on.
 */
export function nextLinePhrase(lines: readonly TextLine[], i: number): { line: TextLine; start: number; end: number } | undefined {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || next.page !== line.page) return undefined;
  const h = line.line.bbox[3];
  if (next.line.bbox[1] - (line.line.bbox[1] + h) > 1.2 * h) return undefined;
  const text = next.text;
  const start = text.length - text.trimStart().length;
  // A thousands separator (15,482.19元) is no comma ending the phrase.
  const stop = /[，。；;]|,(?!\d{3}(?!\d))|\s{2,}/u.exec(text.slice(start));
  const end = stop ? start + stop.index : text.trimEnd().length;
  return end > start ? { line: next, start, end } : undefined;
}
