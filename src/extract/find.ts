/**
 * Finding the text that belongs to a label, wherever real documents put it: after the label on
 * the same line (with or without a colon, in prose: 借款金额为…), in the next cell of a ruled
 * table, under the label in a header-row table, or on the next line.
 */
import { spanBox, type TextLine } from './lines.js';

export type Placement = 'inline' | 'below' | 'next-line';

export interface Candidate {
  /** The line the value text comes from and the value's character span in it. */
  line: TextLine;
  start: number;
  end: number;
  text: string;
  placement: Placement;
  /** The label was followed by a colon or stood alone in its cell: a key, not a word in prose. */
  keyed: boolean;
  labelLine: TextLine;
  /** The label as matched. */
  label: string;
}

/** Qualifiers printed between a label and its value: （小写）, (in figures), [CNY], No. */
const QUALIFIER = /^\s*(?:[(\[（【]\s*[^()\[\]（）【】]{0,12}[)\]）】])?/u;
const SEPARATOR = /^\s*(?:[:：]|为|是|of|is|amounts? to)?\s*/iu;
const COLON_AFTER = /^\s*(?:[(\[（【][^()\[\]（）【】]{0,12}[)\]）】])?\s*[:：]/u;
const COLUMN_GAP = /\s{2,}/u;

export interface FindOptions {
  /** Every label of the document type, to stop a value where the next key begins. */
  anyLabel: RegExp;
  /** Accept labels inside prose (a money field can: 本合同借款金额为…). */
  allowProse: boolean;
}

/**
 * All candidate values for a label, in document order.
 * @example findCandidates(lines, /借款金额|loan amount/giu, { anyLabel, allowProse: true })
 */
export function findCandidates(lines: readonly TextLine[], label: RegExp, options: FindOptions): Candidate[] {
  const out: Candidate[] = [];
  const pattern = new RegExp(label.source, 'giu');
  lines.forEach((line, i) => {
    for (const match of line.text.matchAll(pattern)) {
      const at = match.index ?? 0;
      const before = line.text.slice(0, at);
      const atKeyStart = /^\s*(?:[\d一二三四五六七八九十]+[、.．)）]\s*)?$/u.test(before) || /\s{2,}$/u.test(before) || /[;；,，|]\s*$/u.test(before);
      const after = line.text.slice(at + match[0].length);
      const colon = COLON_AFTER.test(after);
      const keyed = colon || (atKeyStart && (after.trim() === '' || /^\s{2,}/u.test(after) || /^\s*[(\[（【]/u.test(after)));
      if (!keyed && !options.allowProse) continue;
      const inline = readInline(line, at + match[0].length, options.anyLabel);
      if (inline) out.push({ ...inline, placement: 'inline', keyed, labelLine: line, label: match[0] });
      if (!inline || !colon) {
        const below = readBelow(lines, i, at, at + match[0].length);
        if (below) out.push({ ...below, placement: 'below', keyed: true, labelLine: line, label: match[0] });
        const next = !inline ? readNextLine(lines, i, options.anyLabel) : undefined;
        if (next) out.push({ ...next, placement: 'next-line', keyed: true, labelLine: line, label: match[0] });
      }
    }
  });
  return out;
}

function readInline(line: TextLine, from: number, anyLabel: RegExp) {
  let pos = from;
  pos += QUALIFIER.exec(line.text.slice(pos))?.[0].length ?? 0;
  pos += SEPARATOR.exec(line.text.slice(pos))?.[0].length ?? 0;
  const rest = line.text.slice(pos);
  const gap = COLUMN_GAP.exec(rest);
  let end = gap ? gap.index : rest.length;
  const nextKey = new RegExp(`(?:${anyLabel.source})\\s*(?:[(\\[（【][^()\\[\\]（）【】]{0,12}[)\\]）】])?\\s*[:：]`, 'iu').exec(rest.slice(0, end));
  if (nextKey && nextKey.index > 0) end = nextKey.index;
  const text = rest.slice(0, end).replace(/[\s;；,，]+$/u, '');
  if (!text.trim()) return undefined;
  return { line, start: pos, end: pos + text.length, text };
}

/** Header-row tables: the value sits under the label, in the next line that overlaps it. */
function readBelow(lines: readonly TextLine[], i: number, start: number, end: number) {
  const head = lines[i];
  const next = lines[i + 1];
  if (!head || !next || next.page !== head.page) return undefined;
  const h = head.line.bbox[3];
  if (next.line.bbox[1] - (head.line.bbox[1] + h) > 2.5 * h) return undefined;
  const labelBox = spanBox(head.line, start, end);
  const x0 = labelBox[0] - h;
  const x1 = labelBox[0] + labelBox[2] + h;
  const words = next.line.words.filter((w) => {
    const cx = w.bbox[0] + w.bbox[2] / 2;
    return cx >= x0 && cx <= x1;
  });
  if (words.length === 0) return undefined;
  const first = next.line.text.indexOf(words[0]!.text.trim());
  const lastWord = words.at(-1)!.text.trim();
  const lastAt = next.line.text.indexOf(lastWord, first);
  if (first < 0 || lastAt < 0) return undefined;
  const text = next.text.slice(first, lastAt + lastWord.length);
  return { line: next, start: first, end: lastAt + lastWord.length, text };
}

function readNextLine(lines: readonly TextLine[], i: number, anyLabel: RegExp) {
  const head = lines[i];
  const next = lines[i + 1];
  if (!head || !next || next.page !== head.page) return undefined;
  const h = head.line.bbox[3];
  if (next.line.bbox[1] - (head.line.bbox[1] + h) > 2 * h) return undefined;
  const keyed = new RegExp(`^\\s*(?:${anyLabel.source})\\s*[:：]`, 'iu');
  if (keyed.test(next.text)) return undefined;
  const gap = COLUMN_GAP.exec(next.text.trimStart());
  const lead = next.text.length - next.text.trimStart().length;
  const end = lead + (gap ? gap.index : next.text.trimStart().length);
  const text = next.text.slice(lead, end).trimEnd();
  if (!text) return undefined;
  return { line: next, start: lead, end: lead + text.length, text };
}
