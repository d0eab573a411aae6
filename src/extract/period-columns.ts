/**
 * Tables with one column per period: a salary statement of the last three months ("Item \ Month  October
 * 2025  November 2025  December 2025", 项目 \ 月份  2025年04月  2025年05月  2025年06月) over rows of amounts,
 * one per month. Such a document states the latest period: its column is kept and the other periods'
 * cells are blanked (same length, so every offset and box still points into the printed line), so that
 * each row reads as "key  value" for the latest month, and the period is the latest column's header.
 */
import { boxesOf, type TextLine } from './lines.js';
import { readMonth } from './values.js';

/** The header cell of the latest period: where it is printed and the month it names (YYYY-MM). */
export interface PeriodHeader { line: TextLine; start: number; end: number; value: string }

/** A figure cell: an amount or a count, possibly signed, bracketed or with a currency mark. */
const FIGURE = /^[-+(]?\s*(?:[A-Z]{2,3}\s*|[A-Z]{2}\$\s*|[¥$€])?\d[\d,.\s]*\)?$/u;

/** Columns a table needs to count as one column per period (a single month over a "Current | YTD" pair is no such table). */
const MIN_PERIODS = 2;

/**
 * The lines with the latest period's column kept in every row of a period-per-column table.
 * @example keepLatestPeriod(lines).lines // 'Net paid  29,095.68  29,242.20  28,946.00' → 'Net paid  (blanks)  28,946.00'
 */
export function keepLatestPeriod(lines: readonly TextLine[]): { lines: TextLine[]; period?: PeriodHeader } {
  const out = [...lines];
  let period: PeriodHeader | undefined;
  for (let i = 0; i < out.length; i++) {
    const header = readHeader(out[i]!);
    if (!header) continue;
    period ??= { line: lines[i]!, start: header.latest.start, end: header.latest.end, value: header.latest.value };
    out[i] = blank(out[i]!, header.others);
    const h = out[i]!.line.bbox[3];
    let previous = out[i]!;
    for (let j = i + 1; j < out.length; j++) {
      const row = out[j]!;
      if (row.page !== previous.page || row.line.bbox[1] - (previous.line.bbox[1] + previous.line.bbox[3]) > 3 * h) break;
      const cells = boxesOf(row);
      // Cells that start within a column's width of the first period column are values (a key starts
      // at the key column's edge, however far it runs); each belongs to the period column it lies under.
      const valueCells = cells.filter((c) => c.x0 > header.keyLeft && c.x0 >= header.columns[0]!.x0 - (header.columns[0]!.x1 - header.columns[0]!.x0));
      if (valueCells.length === 0 && /\d/u.test(row.text)) break;
      if (valueCells.some((c) => !FIGURE.test(row.text.slice(c.start, c.end).trim()))) break;
      const drop = valueCells.filter((c) => nearest(header.columns, c) !== header.latestIndex);
      out[j] = blank(row, drop);
      previous = row;
      i = j;
    }
  }
  return { lines: out, period };
}

interface Header {
  columns: { x0: number; x1: number }[];
  latestIndex: number;
  latest: { start: number; end: number; value: string };
  others: { start: number; end: number }[];
  /** Left edge of the key column (the cells before the first period). */
  keyLeft: number;
}

/** A line of a key column's heading followed by two or more cells that each name a month, all different. */
function readHeader(line: TextLine): Header | undefined {
  const cells = boxesOf(line);
  const months = cells.map((c) => {
    const text = line.text.slice(c.start, c.end);
    const read = readMonth(text, '');
    // The whole cell is the month: a date or a sentence holding one is no column heading.
    return read && read.trust === 1 && text.slice(0, read.start).trim() === '' && text.slice(read.end).trim() === '' ? String(read.value) : undefined;
  });
  const first = months.findIndex((m) => m !== undefined);
  if (first < 1) return undefined;
  const periodCells = cells.slice(first);
  const values = months.slice(first);
  if (values.length < MIN_PERIODS || values.some((v) => v === undefined) || new Set(values).size !== values.length) return undefined;
  const latestIndex = values.reduce((best, v, k) => (v! > values[best]! ? k : best), 0);
  const latest = periodCells[latestIndex]!;
  return {
    columns: periodCells.map((c) => ({ x0: c.x0, x1: c.x1 })),
    latestIndex,
    latest: { start: latest.start, end: latest.end, value: values[latestIndex]! },
    others: periodCells.filter((_, k) => k !== latestIndex),
    keyLeft: cells[0]!.x0,
  };
}

/** The column a cell lies under: the most overlap, else the nearest centre. */
function nearest(columns: readonly { x0: number; x1: number }[], cell: { x0: number; x1: number }): number {
  let best = 0;
  let score = -Infinity;
  columns.forEach((c, k) => {
    const overlap = Math.min(c.x1, cell.x1) - Math.max(c.x0, cell.x0);
    const s = overlap > 0 ? overlap : -Math.abs((c.x0 + c.x1) / 2 - (cell.x0 + cell.x1) / 2);
    if (s > score) { score = s; best = k; }
  });
  return best;
}

/** The line with characters of the given cells replaced by blanks (the line's words and boxes untouched). */
function blank(line: TextLine, cells: readonly { start: number; end: number }[]): TextLine {
  if (cells.length === 0) return line;
  let text = line.text;
  for (const c of cells) text = text.slice(0, c.start) + ' '.repeat(c.end - c.start) + text.slice(c.end);
  return { ...line, text };
}
