/**
 * Statement descriptions that wrap: a narrow 摘要 / Details column carries a channel or reference
 * onto one to three tight lines below the row ("POS PURCHASE STARBUCKS" / "FT39898743",
 * "消费 星巴克(银联POS消" / "费)"), beside other stacked cells (the time under the date, a
 * counterparty's masked account under its name). The pieces that start under the description are
 * the description's; the others are read past.
 */
import { spanBox, type TextLine } from './lines.js';
import { findDates } from './values.js';

/** A row's description: characters [start, end) of its line; `x1` where the row's first amount stands. */
export interface DescriptionCell { line: TextLine; start: number; end: number; x1: number }

/** Top-to-top distance, in line heights, under which a line continues the row above. */
const WRAPPED_PITCH = 1.5;
const MAX_LINES = 3;
/**
 * A cell left of the description in a wrapped line: a time stacked under the date (12:50,
 * 09:14:33) or a short date fragment. Anything longer there (a footnote from the margin) ends the row.
 */
const STACKED_LEFT = /^(?:\d{1,2}:\d{2}(?::\d{2})?|[^\s]{1,10})$/u;

interface Word { text: string; start: number; end: number; x: number }

/**
 * The description of a row read on into the lines it wraps onto (the row at `lines[i]`), and how
 * many lines those are; undefined when nothing wraps. A piece under a word of the description that
 * completes it as a date ("2024/11/0" over "4": a value-date column that wrapped) is no text: the
 * word and the piece both leave the description. `isRowStart` says a line opens a row of its own
 * (a date, an amount: a subtotal line right under the last row), which ends the wrap.
 * @example describedOver(lines, i, cell, isRowStart) // { description: 'ONLINE PAYMENT REF 939243', lines: 1 }
 */
export function describedOver(lines: readonly TextLine[], i: number, cell: DescriptionCell, isRowStart: (line: TextLine) => boolean, dateOrder?: 'DMY' | 'MDY'): { description: string; lines: number } | undefined {
  const row = cell.line;
  const words = wordsOf(row, cell.start, cell.end);
  const x0 = words[0]?.x ?? cell.x1;
  const dropped = new Set<Word>();
  const tail: string[] = [];
  let taken = 0;
  let above = lines[i]!;
  for (let j = i + 1; j < lines.length && taken < MAX_LINES; j++) {
    const next = lines[j]!;
    const h = Math.max(1, above.line.bbox[3]);
    const dy = next.line.bbox[1] - above.line.bbox[1];
    if (next.page !== above.page || dy <= 0 || dy >= WRAPPED_PITCH * h || isRowStart(next)) break;
    const pieces: string[] = [];
    let foreign = false;
    for (const piece of wordsOf(next, 0, next.text.length, /\S+(?: \S+)*/gu)) {
      if (piece.x >= cell.x1) continue;
      if (piece.x < x0 - h / 2) { if (!STACKED_LEFT.test(piece.text)) foreign = true; continue; }
      const over = words.find((w) => Math.abs(w.x - piece.x) < h / 2);
      const date = over && findDates(over.text + piece.text, dateOrder)[0];
      if (over && date && date.start === 0 && date.end === over.text.length + piece.text.length) dropped.add(over);
      else pieces.push(piece.text);
    }
    if (foreign) break;
    tail.push(...pieces);
    taken++;
    above = next;
  }
  if (!taken) return undefined;
  const head = words.filter((w) => !dropped.has(w)).map((w) => w.text).join(' ');
  return { description: tail.reduce(joinWrapped, head), lines: taken };
}

/** Blank-parted runs of a line's text in [from, to), with their left edges. */
function wordsOf(line: TextLine, from: number, to: number, pattern = /\S+/gu): Word[] {
  return [...line.text.slice(from, to).matchAll(pattern)].map((m) => {
    const start = from + (m.index ?? 0);
    return { text: m[0], start, end: start + m[0].length, x: spanBox(line.line, start, start + 1)[0] };
  });
}

/** Wrapped text joins directly between Han characters (and before a closing bracket), else with a blank. */
function joinWrapped(head: string, tail: string): string {
  if (!head) return tail;
  const direct = /[\u4e00-\u9fff(（]$/u.test(head) || /^[\u4e00-\u9fff)）]/u.test(tail);
  return head + (direct ? '' : ' ') + tail;
}
