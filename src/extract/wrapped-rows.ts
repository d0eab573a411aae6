/**
 * Key-value tables whose cells wrap: a narrow key column prints "Repayment / Term" or "Account to /
 * be Credited" on two or three lines, at the tight pitch of one cell, beside values that may wrap
 * too. Such a row is read as one line with each column's pieces joined ("Repayment Term  12 months"),
 * so that the finder sees whole keys. A group is merged only when a label runs across its lines
 * (Interest / Rate, Account to / be Credited): lines that merely sit close together stay apart, and a
 * key closed by a colon or a dot leader ends its cell.
 */
import type { Line, Word } from '../model/document.js';
import { unionBox } from '../layout/join.js';
import { spanBox, textBand, type TextLine } from './lines.js';
import { allMatches, withFlags } from './patterns.js';

/** Gap between a cell's lines, in line heights; rows of a table stand further apart. */
const TIGHT = 0.6;
const MAX_LINES = 4;

interface Cell { x: number; start: number; end: number }

/**
 * The lines with every wrapped table row joined into one.
 * @example mergeWrappedRows(lines, /interest\s*rate|repayment\s*term/iu)
 */
export function mergeWrappedRows(lines: readonly TextLine[], labels: readonly RegExp[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    const columns = cellsOf(first);
    const group = [first];
    if (columns.length >= 2) {
      const closed = new Set(columns.filter((c) => CLOSED.test(first.text.slice(c.start, c.end))).map((c) => c.x));
      for (let j = i + 1; j < lines.length && group.length < MAX_LINES; j++) {
        const next = lines[j]!;
        if (next.page !== first.page || !tight(group.at(-1)!, next)) break;
        const at = placeCells(next, columns, first.line.bbox[3]);
        // A cell under a key already closed by its colon starts the next row.
        if (!at || at.some(({ column }) => closed.has(column.x))) break;
        for (const { column, cell } of at) if (CLOSED.test(next.text.slice(cell.start, cell.end))) closed.add(column.x);
        group.push(next);
      }
    }
    const merged = group.length > 1 ? mergeRow(group, columns) : undefined;
    if (merged && merged.cells.some((cell) => labelAcross(cell, labels))) {
      out.push(merged.line);
      i += group.length - 1;
    } else out.push(first);
  }
  return out;
}

/** A key closed by a colon or a dot leader (the value follows in the same cell or the next). */
const CLOSED = /[:：]|[.·…．_]{3,}/u;

/** Each cell of the line under the column of the row's first line it starts beneath; undefined if one fits none. */
function placeCells(line: TextLine, columns: readonly Cell[], h: number): { column: Cell; cell: Cell }[] | undefined {
  const placed: { column: Cell; cell: Cell }[] = [];
  for (const cell of cellsOf(line)) {
    const column = columns.find((col) => Math.abs(col.x - cell.x) <= h);
    if (!column) return undefined;
    placed.push({ column, cell });
  }
  return placed.length ? placed : undefined;
}

/** Some label starts in one piece of the cell and ends in a later one. */
function labelAcross(cell: { text: string; breaks: number[] }, labels: readonly RegExp[]): boolean {
  return labels.some((label) => allMatches(cell.text, withFlags(label, 'giu')).some((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].trimEnd().length;
    return cell.breaks.some((b) => start < b && end > b);
  }));
}

/** Cells of a line: runs of text between column gaps (two or more blanks), with their left edge. */
function cellsOf(line: TextLine): Cell[] {
  const cells: Cell[] = [];
  for (const m of line.text.matchAll(/\S+(?:\s\S+)*/gu)) {
    const start = m.index ?? 0;
    cells.push({ x: spanBox(line.line, start, start + 1)[0], start, end: start + m[0].length });
  }
  return cells;
}

/** `below` follows `above` at a cell's pitch: judged on the bands their text occupies (see `textBand`). */
function tight(above: TextLine, below: TextLine): boolean {
  const [top, bottom] = textBand(above.line);
  const h = Math.max(1, bottom - top);
  return textBand(below.line)[0] - bottom < TIGHT * h;
}

/** The row as one line: column by column, each column's pieces top to bottom. */
function mergeRow(group: readonly TextLine[], columns: readonly Cell[]): { line: TextLine; cells: { text: string; breaks: number[] }[] } {
  const pieces: { text: string; raw: string; words: Word[] }[][] = columns.map(() => []);
  const h = group[0]!.line.bbox[3];
  for (const line of group) {
    for (const cell of cellsOf(line)) {
      let k = 0;
      columns.forEach((col, index) => { if (Math.abs(col.x - cell.x) < Math.abs(columns[k]!.x - cell.x)) k = index; });
      const right = columns[k + 1]?.x ?? Infinity;
      const words = line.line.words.filter((w) => w.text.trim() && w.bbox[0] >= cell.x - h && w.bbox[0] < right - h / 2);
      pieces[k]!.push({ text: line.text.slice(cell.start, cell.end), raw: line.line.text.slice(cell.start, cell.end), words });
    }
  }
  // Pieces join as wrapped text does: directly between Han characters, else with a blank. The
  // folded and printed texts take the same separators, so offsets stay valid in both.
  type Joined = { text: string; raw: string; breaks: number[] };
  const join = (parts: { text: string; raw: string }[]) => parts.reduce<Joined>((acc, p) => {
    if (!acc.text) return { text: p.text, raw: p.raw, breaks: [] };
    const sep = /[\u4e00-\u9fff-]$/u.test(acc.text) || /^[\u4e00-\u9fff]/u.test(p.text) ? '' : ' ';
    return { text: acc.text + sep + p.text, raw: acc.raw + sep + p.raw, breaks: [...acc.breaks, acc.text.length + sep.length] };
  }, { text: '', raw: '', breaks: [] });
  const joined = pieces.map(join);
  const cells = joined.map((c) => ({ text: c.text, breaks: c.breaks }));
  const raw = joined.map((c) => c.raw).join('  ');
  const words = pieces.flatMap((p) => p.flatMap((x) => x.words));
  const first = group[0]!;
  const line: Line = {
    text: raw,
    bbox: unionBox(group.map((l) => l.line.bbox)),
    confidence: Math.min(...group.map((l) => l.line.confidence)),
    words,
  };
  return { line: { page: first.page, row: first.row, text: cells.map((c) => c.text).join('  '), line, joinedRow: true }, cells };
}
