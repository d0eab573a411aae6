/**
 * Grids of two key-value pairs per row ("Employee's Name  Emily Wang   Badge No.  116049") whose
 * text layer joins the first value and the second key with a single blank. The second key column
 * starts at one x on row after row; where three or more rows of the page shape "key  value key
 * value" with a word starting at that x, the blank before it is widened into a column gap, so that
 * the value ends where the next key begins.
 */
import { spanBox, type TextLine } from './lines.js';

/** Rows that must share a split position before it counts as a column. */
const MIN_ROWS = 3;
/** An item number in a cell of its own: 4, 4., (4), iv, 四、. */
const ITEM_NUMBER = /^[(（]?(?:\d{1,3}(?:\.\d{1,2})*|[ivx]{1,4}|[a-z]|[一二三四五六七八九十]{1,3})[.、)）]?$/iu;

/** A split before character `at`, whose word starts at `x`, the text before it ending at `right`. */
interface Split { line: TextLine; at: number; x: number; right: number }

/**
 * The lines with the lost column gap of a two-pair grid restored (one blank made two).
 * @example splitGridColumns(lines) // 'Name  Emily Wang Badge No.  116049' → 'Name  Emily Wang  Badge No.  116049'
 */
export function splitGridColumns(lines: readonly TextLine[]): TextLine[] {
  // A row of labels over a row of values (a key-facts grid: "Contract No.  Name of Borrower  Borrower ID" over
  // "TL202506698  Rachel Xu  3302…") is a header row: its middle cell is one label.
  const splits = lines.flatMap((line, i) => (isValueRow(line) || isValueRow(lines[i + 1], line) ? [] : candidateSplits(line)));
  // One split per row: at the x that most rows share (the second key's first word, not a later one).
  const rows = (split: Split) => {
    const h = split.line.line.bbox[3];
    return new Set(splits.filter((o) => o.line.page === split.line.page && Math.abs(o.x - split.x) <= h / 2 && Math.abs(o.right - split.right) <= h / 2).map((o) => o.line)).size;
  };
  const chosen = new Map<TextLine, { at: number; rows: number }>();
  for (const split of splits) {
    const n = rows(split);
    const best = chosen.get(split.line);
    if (n >= MIN_ROWS && (!best || n > best.rows)) chosen.set(split.line, { at: split.at, rows: n });
  }
  return lines.map((line) => {
    const at = chosen.get(line)?.at;
    if (at === undefined) return line;
    const widen = (s: string) => `${s.slice(0, at)} ${s.slice(at)}`;
    return { ...line, text: widen(line.text), line: { ...line.line, text: widen(line.line.text) } };
  });
}

/**
 * Where a line of three cells ("key  value key  value") could split its middle one: before each
 * word that follows a single blank in it, with that word's left edge.
 */
function candidateSplits(line: TextLine): Split[] {
  const cells = [...line.text.matchAll(/\S+(?:\s\S+)*/gu)];
  // "4  Applicable Rate  6.43%" is a numbered key-value row: its middle cell is one key.
  if (cells.length !== 3 || ITEM_NUMBER.test(cells[0]![0])) return [];
  const middle = cells[1]!;
  const start = middle.index ?? 0;
  const out: Split[] = [];
  for (const blank of middle[0].matchAll(/\s(?=\S)/gu)) {
    const at = start + (blank.index ?? 0);
    const x = wordLeft(line, at + 1);
    if (x !== undefined) out.push({ line, at, x, right: spanBox(line.line, start, at)[0] + spanBox(line.line, start, at)[2] });
  }
  return out;
}

/**
 * A row of values: three cells or more, the first holding a figure (a key holds none). With `above`,
 * only a row standing right under it on its page.
 */
function isValueRow(line: TextLine | undefined, above?: TextLine): boolean {
  if (!line) return false;
  if (above) {
    const h = above.line.bbox[3];
    if (line.page !== above.page || line.line.bbox[1] - (above.line.bbox[1] + h) > 2 * h) return false;
  }
  const cells = line.text.trim().split(/\s{2,}/u);
  return cells.length >= 3 && /\d/u.test(cells[0]!) && !ITEM_NUMBER.test(cells[0]!);
}

/** The left edge of the word starting at character `at` of the line. */
function wordLeft(line: TextLine, at: number): number | undefined {
  let pos = 0;
  for (const word of line.line.words) {
    const text = word.text.trim();
    if (!text) continue;
    const found = line.line.text.indexOf(text, pos);
    if (found < 0) continue;
    if (found === at) return word.bbox[0];
    if (found > at) return undefined;
    pos = found + text.length;
  }
  return undefined;
}
