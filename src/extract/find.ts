/**
 * Finding the text that belongs to a label, wherever real documents put it: after the label on
 * the same line (colon, column gap, single space in a key column, or in prose: 借款金额为…),
 * wrapped onto the next line, under the label in a header-row table, or alone on the next line.
 */
import type { BBox } from '../model/schema.js';
import { unionBox } from '../layout/join.js';
import { boxesOf, nextLinePhrase, spanBox, type TextLine } from './lines.js';
import { allMatches, derive } from './patterns.js';

export type Placement = 'inline' | 'below' | 'next-line';

/** A piece of one line: characters [start, end). */
export interface Span { line: TextLine; start: number; end: number }

export interface Candidate {
  /** The value text, possibly joined from a wrapped second line. */
  text: string;
  /** Where `text` came from; a wrapped value has two parts. */
  parts: Span[];
  placement: Placement;
  /** The label is a key (followed by a colon, a column gap, or heading its line), not a word in prose. */
  keyed: boolean;
  /** How sure we are it is a key: 2 colon, dash, gap or value below; 1 a word heading its line; 0 prose. */
  strength: 0 | 1 | 2;
  /** The label as matched. */
  label: string;
  /** Where the key sits on its line (label with any qualifier before and words after it), for keyed candidates. */
  key?: KeySpan;
  /** The key as printed, with its qualifiers and any unit in brackets: "Tenor in Months", 贷款期限（个月）. */
  keyText: string;
}

/** A key on its line: [start, end) the whole key, [labelStart, labelEnd) the label inside it. */
export interface KeySpan {
  line: TextLine; start: number; end: number; labelStart: number; labelEnd: number;
  /** The label is a bracketed qualifier of the key ("HPF (Employee)", 乙方（借款人）), not its head. */
  bracketed: boolean;
}

/** Qualifiers printed between a label and its value: （小写）, (in figures), [CNY]. */
const QUALIFIER = /^\s*(?:[(\[（【](?!\s*\d+\s*[)\]）】])\s*[^()\[\]（）【】]{0,12}[)\]）】])?/u;
const SEPARATOR = /^\s*(?:[.·…．_]{3,}\s*[:：]?|[:：]|[;；](?=\s)|[-–—](?=\s|[A-Za-z\u4e00-\u9fff])|为|是|of|is|amounts? to)?\s*/iu;
/** OCR reads a key's colon as a semicolon (公积金;  1,728.00): one touching the key, with a blank after it, counts. */
const COLON_AFTER = /^\s*(?:[(\[（【][^()\[\]（）【】]{0,12}[)\]）】])?\s*(?:[.·…．_]{3,}|[:：]|(?<=\S)[;；](?=\s)|\s[-–—](?=\s|[A-Za-z\u4e00-\u9fff]))/u;
const COLUMN_GAP = /\s{2,}/u;
/** The copula of a Chinese key-terms clause: 借款期限为…, 还款方式是…. */
const COPULA = /^\s*(?:为|是)(?![\u4e00-\u9fff]{0,1}(?:准|止|限|由|依据))/u;
/** What may stand before a key on its line: a number (an item number in a table's first column too), a party name, a short qualifier word or two. */
const KEY_PREFIX = /^(?:\d{1,2}\.\d{1,2}\s+|\d{1,2}\s*|[\dA-Za-z一二三四五六七八九十]{1,3}[、.．)）]\s*|[(（][\d一二三四五六七八九十]{1,3}[)）]\s*)?(?:(?:[A-Za-z][A-Za-z'’.]*\s+){0,2}|(?:甲方|乙方|丙方|借款人|贷款人|出借人|抵押人|本人)?)(?:[(（]\s*)?$/u;
/** Up to four Han characters (after an item number) qualifying a key: 个人, 贷款, 代扣, 本期. */
const HAN_PREFIX = /^(?:\d{1,2}\.\d{1,2}\s*|\d{1,2}\s+|[(（][\d一二三四五六七八九十]{1,3}[)）]\s*|[\d一二三四五六七八九十]{1,3}[、.．]\s*)?[\u4e00-\u9fff]{1,4}$/u;
/** What closes a key: a colon, a dot leader, a column gap before the value, or the line's end (a header cell). */
const KEY_END = /^\s*(?:[(\[（【][^()\[\]（）【】]{0,12}[)\]）】])?(?:\s*[:：]|\s*[.·…．_]{3,}|\s{2,}(?=\S)|\s*$)/u;
const SENTENCE_END = /[。；;]\s*$/u;
/**
 * A numbered sub-clause opening after a sentence, never inside a dotted date (2023.4.25) nor after an
 * abbreviation's dot (p.a. 4.35) ("…per month. 1.5 The Lender…", "…为准。1.3 本合同…"):
 * key terms run on in one paragraph, and the next clause number ends the value before it.
 */
const CLAUSE_BREAK = /(?:(?<=[A-Za-z)]{2}[.])\s*|(?<=\d[.])\s+|(?<=[。;；])\s*)\d{1,2}\.\d{1,2}(?![\d.])(?=\s|[\u4e00-\u9fff]|$)/u;
/** A clause or section heading: 第三条, 二、, （一）, 3. / 3.1 / 3、, "3 Repayment", Article 3, Clause 3. */
const HEADING = /^\s*(?:第[\d一二三四五六七八九十百]+条|[一二三四五六七八九十百]+[、．.]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}(?:\.\d+)*[.)、．]\s*\S|\d{1,2}\s+[A-Z\u4e00-\u9fff]|article\b|clause\b|section\b)/iu;

export interface FindOptions {
  /** Every label of the document type, to stop a value where the next key begins. */
  anyLabel: RegExp;
  /** Accept labels inside prose (a money field can: 本合同借款金额为…). */
  allowProse: boolean;
  /** The value may wrap onto the next line (addresses, names of institutions), or only after a separator (codes). */
  multiline: boolean | 'after-separator';
  /** Whether a piece of text already reads as the field's value: such words after a label are the value, not more key. */
  readable?: (text: string) => boolean;
  /** Words after a label in prose that introduce its value ("… Property at Flat 3B"): read past them, as prose. */
  proseCue?: RegExp;
  /** Only keys closed by a colon or a dot leader count (bare, common words). */
  requireColon?: boolean;
  /** Only strong keys count: a colon, a dot leader, a column gap or a value below, never a word heading running text. */
  requireStrong?: boolean;
}

/**
 * All candidate values for a label, in document order.
 * @example findCandidates(lines, /借款金额|loan amount/iu, { anyLabel, allowProse: true, multiline: false })
 */
export function findCandidates(lines: readonly TextLine[], label: RegExp, options: FindOptions): Candidate[] {
  const out: Candidate[] = [];
  // OCR and letter-spaced headings put spaces inside Chinese labels (贷 款人, 借款 期间).
  const pattern = derive(label, 'spaced', () => new RegExp(label.source.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/gu, '$1\\s*'), 'giu'));
  const nextKey = derive(options.anyLabel, 'next-key', () => new RegExp(`(?:${options.anyLabel.source})\\s*(?:[(\\[（【][^()\\[\\]（）【】]{0,12}[)\\]）】])?\\s*[:：]`, 'iu'));
  const anyExact = derive(options.anyLabel, 'exact', () => new RegExp(`^(?:${options.anyLabel.source})$`, 'iu'));
  const labelExact = derive(label, 'exact', () => new RegExp(`^(?:${label.source})$`, 'iu'));
  lines.forEach((line, i) => {
    for (const match of allMatches(line.text, pattern)) {
      const at = match.index ?? 0;
      // A label pattern may swallow the blanks after it (document\s*): they are the separator, not the key.
      let labelEnd = at + match[0].trimEnd().length;
      // A key starts its line, a cell, a clause (after ；，) or a sentence ("…it owns. Secured Premises: …").
      const sentence = /.*(?:[。.!?！？]\s+|[。！？])/su.exec(line.text.slice(0, at));
      const gaps = [...line.text.slice(0, at).matchAll(/\s{2,}/gu)];
      const lastGap = gaps.at(-1);
      const cellStart = lastGap ? (lastGap.index ?? 0) + lastGap[0].length : 0;
      // A table's vertical rule, read by OCR as "|", borders a cell as a column gap does.
      const segmentStart = Math.max(cellStart, sentence ? sentence[0].length : 0, ...['；', ';', '，', ',', '|'].map((c) => line.text.lastIndexOf(c, at - 1) + 1));
      const prefix = line.text.slice(segmentStart, at);
      // "Employer's Name", "Lender's Address": a label owned by another party's key names that party's thing.
      const possessor = /([A-Za-z]+)['’]s\s+$/u.exec(prefix)?.[1];
      if (possessor && anyExact.test(possessor) && !labelExact.test(possessor)) continue;
      // "Party B (Borrower): …", "乙方（借款人）：…": the closing bracket belongs to the key.
      // A bracket opened inside the label ("Security (Property)") closes in the key too.
      const opened = (match[0].match(/[(（]/gu)?.length ?? 0) > (match[0].match(/[)）]/gu)?.length ?? 0);
      if (/[(（]\s*$/u.test(prefix) || opened) labelEnd += /^\s*[)）]/u.exec(line.text.slice(labelEnd))?.[0].length ?? 0;
      const labelOnlyEnd = labelEnd;
      // A bracketed qualifier closed by a column gap belongs to the key, whatever words it holds:
      // "Social Security (employee share)  871.50", 社保（个人缴纳）  300.00.
      const qualifier = keyQualifier(line.text.slice(labelEnd), line.band);
      if (qualifier && !/[(（]$/u.test(prefix)) labelEnd += qualifier;
      // A key may run on past its label before the separator: "Net Pay Credited ....", 应发小计, 借款人姓名：.
      const rest = line.text.slice(labelEnd);
      // The line's end closes a key in the first cell, or in a row of three cells or more (a header row);
      // the second of two cells is the value of the first ("Repayment Method  equal principal repayments").
      const lineEndCloses = gaps.length === 0 || line.text.trim().split(/\s{2,}/u).length >= 3;
      const tail = COLON_AFTER.test(rest) && !/^\s[-–—]/u.test(rest) ? 0 : keyTail(rest, options.readable, lineEndCloses);
      // A bare Chinese qualifier may stand before a key that a separator or the line's end closes: 个人社会保险费  2,121.00.
      const closed = (end: number) => COLON_AFTER.test(line.text.slice(end)) || /^(?:\s{2,}\S|\s*$)/u.test(line.text.slice(end)) || COPULA.test(line.text.slice(end));
      const keyPosition = KEY_PREFIX.test(prefix) || (HAN_PREFIX.test(prefix) && closed(labelEnd + tail));
      if (keyPosition) labelEnd += tail;
      // A header band's column is "header  value": the whole header is the key ("Repayment Method Agreed").
      const bandGap = line.band ? line.text.search(/\s{2,}\S/u) : -1;
      if (keyPosition && bandGap > labelEnd) labelEnd = bandGap;
      const after = line.text.slice(labelEnd);
      const colon = COLON_AFTER.test(after);
      // "Bank of Communications": a label followed by "of" heads a name, it is no key.
      if (!colon && !options.allowProse && /^\s+of\s/iu.test(after)) continue;
      // "Pacific Commercial Bank Limited": a label followed by a company suffix ends a name, it is no key.
      if (!colon && !options.allowProse && /^\s+(?:limited|ltd\b|co\.?,?\s*ltd|corporation|plc\b|inc\b|berhad\b)/iu.test(after)) continue;
      // A grid of key and value cells (Customer  Qiang Wu  Account No.  6219 …) sets its keys apart by
      // column gaps as a colon would: a bare word that is a whole cell there is a key.
      // A header row holds labels only: a grid's row holds values too (a figure among them), and the cell
      // after a grid key is its value, never another label.
      const gridKey = prefix.trim() === '' && labelEnd === labelOnlyEnd && /^\s{2,}\S/u.test(after) && line.text.trim().split(/\s{2,}/u).length >= 4 &&
        /\d/u.test(line.text) && !new RegExp(`^(?:${options.anyLabel.source})`, 'iu').test(after.trim());
      if (options.requireColon && !(keyPosition && (colon || gridKey))) continue;
      // A header band's column is a key line of its own, whatever stands above the band.
      const ownLine = keyPosition && (!!line.band || !continuesParagraph(lines, i));
      const strong = colon || (ownLine && (after.trim() === '' || /^\s{2,}/u.test(after) || /^\s*[(\[（【]/u.test(after)));
      // A clause of running key terms states its key with 为/是 (1.4 本息还款方式为…，抵押房屋地址为…).
      const keyed = strong || (ownLine && /^\s/u.test(after)) || (keyPosition && COPULA.test(after));
      const strength = strong ? 2 : keyed ? 1 : 0;
      if (options.requireStrong && !strong) continue;
      const cue = !keyed ? options.proseCue?.exec(after) : undefined;
      if (!keyed && !options.allowProse && !cue) continue;
      if (cue) labelEnd += cue[0].length;
      const key = keyed ? { line, start: segmentStart, end: labelEnd, labelStart: at, labelEnd: labelOnlyEnd, bracketed: /[(（]\s*$/u.test(prefix) } : undefined;
      const keyText = line.text.slice(keyPosition ? segmentStart : at, labelEnd + (QUALIFIER.exec(line.text.slice(labelEnd))?.[0].length ?? 0)).trim();
      const inline = readInline(line, labelEnd, nextKey);
      if (inline) {
        const parts: Span[] = [inline];
        let text = line.text.slice(inline.start, inline.end);
        const cutAtSeparator = /[/-]$/u.test(line.text.trimEnd());
        if (options.multiline && (options.multiline !== 'after-separator' || cutAtSeparator) && inline.end >= line.text.replace(/[\s;；,，]+$/u, '').length) {
          const valueX = spanBox(line.line, inline.start, inline.start + 1)[0];
          const wraps = readWraps(lines, i, nextKey, valueX, options.anyLabel, options.multiline === true ? 3 : 1);
          if (wraps.length) {
            // The first line's trailing comma belongs to the wrapped value: "Building 18," + "No. 890 …".
            inline.end = line.text.trimEnd().length;
            text = line.text.slice(inline.start, inline.end);
          }
          for (const wrap of wraps) {
            parts.push(wrap);
            const tail = wrap.line.text.slice(wrap.start, wrap.end);
            text += /[\u4e00-\u9fff/-]$/u.test(text) || /^[\u4e00-\u9fff]/u.test(tail) ? tail : ` ${tail}`;
          }
        }
        // A header band's column reads as a key-value line, but its value stood below the label.
        out.push({ text, parts, placement: line.band ? 'below' : 'inline', keyed, strength, label: match[0], key, keyText });
      }
      // Running text that wraps right after its key (…年化利率为 / 3.57%，…; "at a fixed rate of" / "4.15% per annum"):
      // the value opens the next line.
      const carried = !inline && !line.band && (keyed || cue || options.allowProse) ? readCarried(lines, i, labelEnd, nextKey) : undefined;
      if (carried) {
        out.push({ text: carried.line.text.slice(carried.start, carried.end), parts: [carried], placement: 'next-line', keyed: true, strength: strength === 2 ? 2 : 1, label: match[0], key, keyText });
      }
      if (!line.band && (!inline || !colon)) {
        // The key's cell spans its qualifier too ("Effective Rate"): the value below may stand under either.
        const below = readBelow(lines, i, keyPosition ? segmentStart : at, labelEnd);
        if (below) {
          const parts = [below];
          // A long value wraps inside its box over several lines ("interest payable monthly with the" / "whole principal due on the" / "maturity date").
          for (let wrap = options.multiline === true ? readCellWrap(lines, below, options.anyLabel) : undefined; wrap && parts.length <= MAX_CELL_WRAPS; wrap = readCellWrap(lines, wrap, options.anyLabel)) parts.push(wrap);
          const text = parts.map((p) => p.line.text.slice(p.start, p.end)).reduce((acc, t) => (!acc ? t : acc + (/[\u4e00-\u9fff-]$/u.test(acc) || /^[\u4e00-\u9fff]/u.test(t) ? '' : ' ') + t), '');
          out.push({ text, parts, placement: 'below', keyed: true, strength: 2, label: match[0], key, keyText });
        }
        // A header among several cells has its value below it, never in the next line's first cell.
        const headerCell = line.text.trim().split(/\s{2,}/u).length > 1;
        const next = !inline && strong && !headerCell ? readNextLine(lines, i, nextKey) : undefined;
        if (next) {
          const parts: Span[] = [next];
          let text = next.line.text.slice(next.start, next.end);
          const wrap = options.multiline === true ? readWrap(lines, lines.indexOf(next.line), nextKey) : undefined;
          if (wrap) {
            parts.push(wrap);
            const tail = wrap.line.text.slice(wrap.start, wrap.end);
            text += /[\u4e00-\u9fff-]$/u.test(text) || /^[\u4e00-\u9fff]/u.test(tail) ? tail : ` ${tail}`;
          }
          out.push({ text, parts, placement: 'next-line', keyed: true, strength: 2, label: match[0], key, keyText });
        }
      }
    }
  });
  return out;
}

/** Length of a bracketed qualifier right after a label that a column gap, a colon or the line's end closes, else 0. */
function keyQualifier(after: string, band?: boolean): number {
  if (band) return 0;
  const m = /^ ?[(（][^()（）\d]{1,30}[)）](?=\s*[:：]|\s{2,}\S)/u.exec(after);
  return m ? m[0].length : 0;
}

/**
 * Words after a label that still belong to the key, up to a separator: " Credited" in "Net Pay
 * Credited ....", " Ref. No." in "Agreement Ref. No. :", 小计 in 应发小计. Their length, or 0 when
 * no separator follows within three words (four Han characters), or when they read as the value.
 */
function keyTail(after: string, readable?: (text: string) => boolean, lineEndCloses = true): number {
  // A dashed qualifier closed by a column gap is key too: "Housing Fund - Employee  1,200.00".
  const m = /^(?:\.?(?: ?[A-Za-z/&][A-Za-z.'’/&-]*){1,3}|[\u4e00-\u9fff]{1,4}|\s[-–—]\s?[A-Za-z]+(?:\s[A-Za-z]+)?(?=\s{2,}\S))/u.exec(after);
  if (!m || !KEY_END.test(after.slice(m[0].length))) return 0;
  // At the line's end only a header cell's words close the key ("Tenor in Months"), never running
  // text broken after a copula or a preposition (…年化利率为 / "the amount of").
  if (/^\s*(?:[(\[（【][^()\[\]（）【】]{0,12}[)\]）】])?\s*$/u.test(after.slice(m[0].length)) &&
    (!lineEndCloses || /[\u4e00-\u9fff]/u.test(m[0]) || /\b(?:of|at|is|are|to|for|in|on|by|be|the|a|an|and|or|shall|will|with)\s*$/iu.test(m[0]))) return 0;
  // Words a colon or a dot leader closes are key words ("Repayment Method Agreed: …"), even when they
  // would read as a value of a free-text field; before a bare column gap they may be the value.
  if (!/^\s*(?:[(\[（【][^()\[\]（）【】]{0,12}[)\]）】])?\s*(?:[:：]|[.·…．_]{3,})/u.test(after.slice(m[0].length)) && readable?.(m[0].replace(/^\s[-–—]\s?/u, ''))) return 0;
  return m[0].length;
}

/** The box and raw text of characters [start, end) of a candidate's text. */
export function locate(candidate: Candidate, start: number, end: number): { bbox: BBox; raw: string; spans: Span[] } {
  const spans: Span[] = [];
  let offset = 0;
  for (const part of candidate.parts) {
    const length = part.end - part.start;
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from < to) spans.push({ line: part.line, start: part.start + from - offset, end: part.start + to - offset });
    offset += length + (candidate.text.length > offset + length && candidate.text[offset + length] === ' ' ? 1 : 0);
  }
  const boxes = spans.map((s) => spanBox(s.line.line, s.start, s.end));
  // Wrapped Chinese text joins directly (偿还本 / 金), as the candidate's text does.
  const raw = spans.map((s) => s.line.line.text.slice(s.start, s.end)).reduce((acc, t) => (!acc ? t : acc + (/[\u4e00-\u9fff]$/u.test(acc) || /^[\u4e00-\u9fff]/u.test(t) ? '' : ' ') + t), '');
  return { bbox: (boxes.length ? unionBox(boxes) : spanBox(candidate.parts[0]!.line.line, 0, 0)).map(Math.round) as BBox, raw, spans };
}

function readInline(line: TextLine, from: number, nextKey: RegExp): Span | undefined {
  let pos = from;
  pos += QUALIFIER.exec(line.text.slice(pos))?.[0].length ?? 0;
  pos += SEPARATOR.exec(line.text.slice(pos))?.[0].length ?? 0;
  // A lone character in its own cell before the value is OCR dust (公积金  本  2,540.00): read past it.
  const dust = /^\s*[^\s\dA-Za-z](?=\s{2,}\S)\s+/u.exec(line.text.slice(pos));
  if (dust) pos += dust[0].length;
  const rest = line.text.slice(pos);
  const gap = COLUMN_GAP.exec(rest);
  let end = gap ? gap.index : rest.length;
  const key = nextKey.exec(rest.slice(0, end));
  if (key && key.index > 0) end = key.index;
  const clause = CLAUSE_BREAK.exec(rest.slice(0, end));
  if (clause) end = clause.index;
  const text = rest.slice(0, end).replace(/[\s;；,，]+$/u, '');
  if (!text.trim()) return undefined;
  return { line, start: pos, end: pos + text.length };
}

/** The line carries on the previous line's sentence: its first word is no key. */
function continuesParagraph(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i];
  const prev = lines[i - 1];
  if (!line || !prev || prev.page !== line.page) return false;
  const h = prev.line.bbox[3];
  if (line.line.bbox[1] - (prev.line.bbox[1] + h) > 1.2 * h) return false;
  if (/[:：。.;；!?！？]\s*$/u.test(prev.text) || /\s{2,}/u.test(prev.text.trim())) return false;
  return reachesRightMargin(lines, prev);
}

function reachesRightMargin(lines: readonly TextLine[], line: TextLine): boolean {
  const h = line.line.bbox[3];
  const right = Math.max(...lines.filter((l) => l.page === line.page).map((l) => l.line.bbox[0] + l.line.bbox[2]));
  return line.line.bbox[0] + line.line.bbox[2] >= right - 4 * h;
}

/** A value's wrapped pieces, line after line, while each piece runs to its line's end (at most `max`: a long address in a key-terms table). */
function readWraps(lines: readonly TextLine[], i: number, nextKey: RegExp, valueX: number, anyLabel: RegExp, max: number): Span[] {
  const out: Span[] = [];
  for (let wrap = readWrap(lines, i, nextKey, valueX, anyLabel); wrap && out.length < max; ) {
    out.push(wrap);
    wrap = wrap.end >= wrap.line.text.trimEnd().length ? readWrap(lines, lines.indexOf(wrap.line), nextKey, valueX, anyLabel) : undefined;
  }
  return out;
}

/**
 * A value that ran to the right margin continues on the next line unless that line is a key or a
 * heading. In a table the key's own label may wrap beside it ("Mortgaged Property  Room 804, …" over
 * "Situated At  Huayuan Road, …"): then the value goes on in the cell that starts where it started (`valueX`).
 */
function readWrap(lines: readonly TextLine[], i: number, nextKey: RegExp, valueX?: number, anyLabel?: RegExp): Span | undefined {
  const line = lines[i];
  const next = lines[i + 1];
  if (!line || !next || next.page !== line.page || line.joinedRow) return undefined;
  const h = line.line.bbox[3];
  if (next.line.bbox[1] - (line.line.bbox[1] + h) > 1.2 * h) return undefined;
  const text = next.text;
  // The cell's own right edge, not the page's margin, ends a line in a table: a wrapped label beside
  // the piece, and the piece under the value's start, are the evidence instead.
  const rightOf = (l: TextLine) => l.line.bbox[0] + l.line.bbox[2];
  // A code cut after a slash or hyphen (a reference in a letterhead's corner) goes on in the cell
  // beside the next line's text, under its start or flush right with it.
  const cutCode = /[/-]$/u.test(line.text.trimEnd()) && Math.abs(rightOf(next) - rightOf(line)) <= h;
  const cell = valueX === undefined || !anyLabel ? undefined : wrappedCell(next, valueX, cutCode);
  // Otherwise the wrapped label stands inside the key column, right of where the row began (after its
  // item number): a line starting at the row's left edge is the next row.
  if (cell && (cutCode || next.line.bbox[0] > line.line.bbox[0] + h / 2)) {
    const label = text.slice(0, cell.start).trim();
    const isKey = new RegExp(`^(?:${anyLabel!.source})`, 'iu').test(label);
    return isKey || nextKey.test(text.slice(cell.start, cell.end)) || SENTENCE_END.test(line.text) ? undefined : { line: next, ...cell };
  }
  // A value that ends on a comma, a slash or a hyphen goes on under its start, wherever its line ended.
  const dangling = valueX !== undefined && /[,，、/-]$/u.test(line.text.trimEnd());
  const under = dangling && !COLUMN_GAP.test(text.trim()) && Math.abs(next.line.bbox[0] - valueX!) <= h;
  // A speck or a piece of a table rule ("|") under the value carries no words of it.
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  if (!under && !reachesRightMargin(lines, line)) return undefined;
  if (SENTENCE_END.test(line.text)) return undefined;
  const stop = /[。；;]/u.exec(text) ?? CLAUSE_BREAK.exec(text);
  const end = stop ? stop.index : text.trimEnd().length;
  // Only the piece up to the sentence's end continues the value: a key after it starts another clause.
  if (nextKey.test(text.slice(0, end)) || HEADING.test(text) || COLUMN_GAP.test(text.trim())) return undefined;
  const lead = text.length - text.trimStart().length;
  if (end <= lead) return undefined;
  return { line: next, start: lead, end };
}

/**
 * The last cell of a two-cell line when it starts under `x` (within a character's height), or ends
 * flush right with the line above (`flushRight`): a value's cell wrapping beside other text.
 */
function wrappedCell(line: TextLine, x: number, flushRight = false): { start: number; end: number } | undefined {
  const gaps = [...line.text.trimEnd().matchAll(/(?<=\S)\s{2,}(?=\S)/gu)];
  if (gaps.length !== 1) return undefined;
  const start = gaps[0]!.index! + gaps[0]![0].length;
  const end = line.text.trimEnd().length;
  if (!flushRight && Math.abs(spanBox(line.line, start, start + 1)[0] - x) > line.line.bbox[3]) return undefined;
  if (HEADING.test(line.text.slice(start))) return undefined;
  return { start, end };
}

/**
 * The value of a key that ended a line of running text: the next line's first phrase (up to a comma
 * or a sentence's end), when the key's line ran to the right margin and only a copula or a
 * preposition stands after the key.
 */
function readCarried(lines: readonly TextLine[], i: number, labelEnd: number, nextKey: RegExp): Span | undefined {
  const line = lines[i];
  if (!line || line.joinedRow) return undefined;
  if (!/^\s*(?:为|是|of|at|is|shall\s+be|will\s+be)?\s*$/iu.test(line.text.slice(labelEnd))) return undefined;
  // A row of cells is a header row, no running text: its value stands below, not at the next line's start.
  // The gap after a sub-clause number (…为准。1.3  本合同…) is typesetting inside running text, not a cell border.
  if (COLUMN_GAP.test(line.text.trim().replace(/(\d+(?:[.．]\d+)+)\s{2,}/gu, '$1 '))) return undefined;
  const phrase = nextLinePhrase(lines, i);
  if (!phrase || !reachesRightMargin(lines, line)) return undefined;
  // 3.57% opens the line as a value, not as clause 3.
  const text = phrase.line.text;
  if (HEADING.test(text) && !/^\s*\d+(?:[.,]\d+)+\s*[%％‰]/u.test(text)) return undefined;
  const key = nextKey.exec(text.slice(phrase.start, phrase.end));
  if (key && key.index === 0) return undefined;
  return key ? { ...phrase, end: phrase.start + key.index } : phrase;
}

/**
 * Header-row tables: the value sits under the label, in the first row below that is a row of
 * cells (a header may wrap onto a second line, as 社保个人部分 / （个人）).
 */
function readBelow(lines: readonly TextLine[], i: number, start: number, end: number): Span | undefined {
  const head = lines[i];
  if (!head) return undefined;
  const cells = (t: string) => t.trim().split(/\s{2,}/u).length;
  if (cells(head.text) < 2 || !/^(?:\s*[(（][^)）]{0,8}[)）])?(?:\s|$)/u.test(head.text.slice(end))) return undefined;
  const h = head.line.bbox[3];
  const labelBox = spanBox(head.line, start, end);
  const headCells = boxesOf(head);
  const centre = labelBox[0] + labelBox[2] / 2;
  const own = headCells.findIndex((c) => centre >= c.x0 && centre <= c.x1);
  // A figure in the cell after the key's (with its currency code: "HKD 1,060,000.17"): a row of keys and
  // their values, no header over a row below.
  const after = headCells[own + 1];
  if (own >= 0 && after && /^(?:[A-Z]{3}\s*|[A-Z]{2}\$\s*)?[-+(¥$€]?\s*\d/u.test(head.text.slice(after.start, after.end))) return undefined;
  // A row with one value only ("Net Pay  Signature" over "9,100.00") stands under the label's cell.
  const underOwnCell = (line: TextLine) => {
    const cell = headCells[own];
    const [x, , w] = line.line.bbox;
    return !!cell && x >= cell.x0 - 2 * h && x + w <= cell.x1 + 2 * h;
  };
  let next: TextLine | undefined;
  for (let j = i + 1; j <= i + 3; j++) {
    const candidate = lines[j];
    if (!candidate || candidate.page !== head.page || candidate.line.bbox[1] - (head.line.bbox[1] + h) > 4 * h) return undefined;
    if (cells(candidate.text) >= 2 || (/\d/u.test(candidate.text) && underOwnCell(candidate))) { next = candidate; break; }
    if (/\d/u.test(candidate.text)) return undefined;
  }
  if (!next) return undefined;
  const cell = own >= 0 ? readOwnCells(headCells, own, next) : undefined;
  if (cell) return cell;
  const x0 = labelBox[0] - h;
  const x1 = labelBox[0] + labelBox[2] + h;
  // Under the label: centred under it, or starting under it (a long value left-aligned in the label's box).
  const words = next.line.words.filter((w) => {
    const cx = w.bbox[0] + w.bbox[2] / 2;
    return (cx >= x0 && cx <= x1) || (w.bbox[0] >= x0 && w.bbox[0] <= labelBox[0] + h);
  });
  if (words.length === 0) return undefined;
  const first = next.line.text.indexOf(words[0]!.text.trim());
  const lastWord = words.at(-1)!.text.trim();
  const lastAt = next.line.text.indexOf(lastWord, first);
  if (first < 0 || lastAt < 0) return undefined;
  // A value set flush with its label's left edge fills its box: the whole cell, up to the column gap.
  if (Math.abs(words[0]!.bbox[0] - labelBox[0]) <= h) {
    const cell = /^\S+(?:\s\S+)*/u.exec(next.text.slice(first));
    if (cell) return { line: next, start: first, end: Math.max(first + cell[0].length, lastAt + lastWord.length) };
  }
  return { line: next, start: first, end: lastAt + lastWord.length };
}

/**
 * The value cells under a header cell: each cell of the value row belongs to the header cell it
 * overlaps most (or stands nearest), so a value centred under a narrow header, or a long value under
 * a short one ("Lender" over "Bank of China Limited, Hefei Sub-branch"), is read whole.
 */
function readOwnCells(headCells: ReturnType<typeof boxesOf>, own: number, next: TextLine): Span | undefined {
  const owner = (v: { x0: number; x1: number }) => {
    let best = -1;
    let score = -Infinity;
    headCells.forEach((c, k) => {
      const overlap = Math.min(c.x1, v.x1) - Math.max(c.x0, v.x0);
      const s = overlap > 0 ? overlap : -Math.abs((c.x0 + c.x1) / 2 - (v.x0 + v.x1) / 2) - 1e6;
      if (s > score) { score = s; best = k; }
    });
    return best;
  };
  const mine = boxesOf(next).filter((v) => owner(v) === own);
  if (mine.length === 0) return undefined;
  return { line: next, start: mine[0]!.start, end: mine.at(-1)!.end };
}

/** Lines a value in a box may wrap onto below its first. */
const MAX_CELL_WRAPS = 3;

/**
 * A value in a box wraps inside the box: its rest stands on a tight line below, starting under the
 * value's first character ("Bank of China Limited, Hefei" / "Sub-branch"). That piece, up to a column gap.
 * A piece that opens with a field's label is the next row of keys (贷款人 / 中国工商银行… over 借款金额（小写）),
 * unless it starts in lower case, as a wrapped value's words do ("principal portion each").
 */
function readCellWrap(lines: readonly TextLine[], value: Span, anyLabel: RegExp): Span | undefined {
  const i = lines.indexOf(value.line);
  const next = lines[i + 1];
  if (i < 0 || !next || next.page !== value.line.page) return undefined;
  const h = value.line.line.bbox[3];
  // OCR boxes a line by its letters' extent: a wrapped piece without descenders ("Sub-branch") stands lower than the line above.
  if (next.line.bbox[1] - (value.line.line.bbox[1] + h) > 0.8 * h || Math.abs(next.line.bbox[3] - h) > 0.4 * h) return undefined;
  const x = spanBox(value.line.line, value.start, value.start + 1)[0];
  const box = spanBox(value.line.line, value.start, value.end);
  const keyStart = derive(anyLabel, 'line-start', () => new RegExp(`^\\s*(?:${anyLabel.source})`, 'iu'));
  for (const m of next.text.matchAll(/\S+(?:\s\S+)*/gu)) {
    const start = m.index ?? 0;
    if (keyStart.test(m[0]) && !/^[a-z(（]/u.test(m[0])) return undefined;
    const at = spanBox(next.line, start, start + 1)[0];
    if (Math.abs(at - x) <= h) return { line: next, start, end: start + m[0].length };
    // A value centred in its box wraps centred too: the piece lies within the value's width.
    const piece = spanBox(next.line, start, start + m[0].length);
    if (piece[0] >= box[0] - h && piece[0] + piece[2] <= box[0] + box[2] + h) return { line: next, start, end: start + m[0].length };
  }
  return undefined;
}

function readNextLine(lines: readonly TextLine[], i: number, nextKey: RegExp): Span | undefined {
  const head = lines[i];
  const next = lines[i + 1];
  if (!head || !next || next.page !== head.page) return undefined;
  const h = head.line.bbox[3];
  if (next.line.bbox[1] - (head.line.bbox[1] + h) > 2 * h) return undefined;
  if (derive(nextKey, 'line-start', () => new RegExp(`^\\s*(?:${nextKey.source})`, 'iu')).test(next.text)) return undefined;
  const lead = next.text.length - next.text.trimStart().length;
  const gap = COLUMN_GAP.exec(next.text.slice(lead));
  const end = lead + (gap ? gap.index : next.text.slice(lead).trimEnd().length);
  if (end <= lead) return undefined;
  return { line: next, start: lead, end };
}
