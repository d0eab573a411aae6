/**
 * Header bands: a row of item labels over one row of values, as pay slips print them, several
 * bands down a page ("Basic  Commission  Gross" over three amounts), or one wide table with group
 * headings (人员 / 应发项目 / 扣款项目) a row apart above its item labels: the headings stay a line of their
 * own. A label may wrap onto up to four tight lines ("Income Tax / Withheld", 失业保险(个 / 人), even
 * inside a word: "Providen / t Fund"). Each column of a band is read as
 * one key-value line ("Income Tax Withheld  3,161.55"), so that the finder sees whole labels
 * beside their values. A band is taken only when its top line holds some field label, no line of
 * its head holds a digit, and its value row holds no label (a row of keys and values is a grid,
 * not a band), and it has three columns or more.
 */
import type { Line, Word } from '../model/document.js';
import { unionBox } from '../layout/join.js';
import { foldWidth, type TextLine } from './lines.js';
import { derive, withFlags } from './patterns.js';

/** Top-to-top pitch, in line heights, below which a line continues the one above it (a wrapped cell). */
const WRAP_PITCH = 1.6;
/** The same, for a piece that starts flush under a value cell's left edge. */
const FLUSH_WRAP_PITCH = 1.9;
/** Farthest the value row may stand below the last header line, top to top, in line heights. */
const VALUE_PITCH = 3;
const MAX_HEAD_LINES = 4;
/** Blank between two words, in line heights, that parts cells even where the text layer put one space (a wide table set tight). */
const CELL_GAP = 0.8;
/** Cells a band has at least: two would be as likely a key-value row over another one (出借人  … / 住所  …). */
const MIN_CELLS = 3;
/** A key closed by a colon or a dot leader: its line is a key-value row, no header of labels nor row of values. */
const KEYED = /[^\d\s][:：]|[:：](?:\s|$)|[.·…_]{3,}/u;

interface Cell { x0: number; x1: number; words: Word[] }

/**
 * The lines with every header band replaced by one line per column: label, column gap, value.
 * @example transposeHeaderBands(lines, /gross|net\s*pay/iu) // 'Basic  Gross' over '1.00  2.00' → 'Basic  1.00', 'Gross  2.00'
 */
export function transposeHeaderBands(lines: readonly TextLine[], anyLabel: RegExp): TextLine[] {
  const label = withFlags(anyLabel, 'iu');
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const band = readBand(lines, i, label, anyLabel);
    if (!band) { out.push(lines[i]!); continue; }
    out.push(...band.columns);
    i = band.last;
  }
  return out;
}

function readBand(lines: readonly TextLine[], i: number, label: RegExp, anyLabel: RegExp): { columns: TextLine[]; last: number } | undefined {
  const top = lines[i]!;
  if (cellCount(top) < MIN_CELLS || /\d/u.test(top.text) || KEYED.test(top.text) || !label.test(top.text)) return undefined;
  const head = [top];
  let j = i + 1;
  for (; j < lines.length && head.length <= MAX_HEAD_LINES; j++) {
    const next = lines[j]!;
    if (next.page !== top.page || /\d/u.test(next.text) || KEYED.test(next.text) || !within(head.at(-1)!, next, WRAP_PITCH)) break;
    head.push(next);
  }
  const values = lines[j];
  if (!values || head.length > MAX_HEAD_LINES || values.page !== top.page || values.joinedRow) return undefined;
  if (!within(head.at(-1)!, values, VALUE_PITCH) || cellCount(values) < MIN_CELLS || KEYED.test(values.text)) return undefined;
  const cells = cellsOf(values);
  if (cells.some((c) => keyCell(joinWords(c.words), anyLabel))) return undefined;
  // Value cells that wrap (a company name: 北京恒信精密机械股份 / 有限公司) continue on tight lines without keys.
  const tails: TextLine[] = [];
  for (let k = j + 1; k < lines.length; k++) {
    const next = lines[k]!;
    // A wrapped value may hold a label's word ("(principal plus interest)"): a piece that starts in lower case or in a bracket carries on a value.
    // A piece set flush under a value cell's left edge wraps that cell even at a looser line pitch (a text face set with wide leading).
    const flush = cells.some((c) => Math.abs(next.line.bbox[0] - c.x0) <= next.line.bbox[3] / 2);
    if (next.page !== top.page || (label.test(next.text) && !/^\s*[a-z(（]/u.test(next.text)) || /\d/u.test(next.text) || !within(tails.at(-1) ?? values, next, flush ? FLUSH_WRAP_PITCH : WRAP_PITCH)) break;
    tails.push(next);
  }
  // Each column's label, line by line: a narrow column breaks its label, even inside a word ("Providen" / "t Fund").
  // A piece under a piece of the line above continues that label, whichever value it stands nearer.
  const headWords = cells.map(() => [] as Word[][]);
  let above: { word: Word; column: number }[] = [];
  for (const line of head) {
    const perCell = cells.map(() => [] as Word[]);
    const placed = wordsOf(line).map((word) => ({ word, column: under(above, word) ?? nearest(cells, word) }));
    for (const { word, column } of placed) perCell[column]!.push(word);
    perCell.forEach((words, k) => { if (words.length) headWords[k]!.push(words); });
    above = placed;
  }
  const tailWords = cells.map(() => [] as Word[]);
  for (const line of tails) for (const word of wordsOf(line)) tailWords[nearest(cells, word)]!.push(word);
  const columns = cells.flatMap((cell, k) => {
    const key = headWords[k]!.flat();
    if (key.length === 0) return [];
    const value = [...cell.words, ...tailWords[k]!];
    const text = `${joinLabelLines(headWords[k]!.map(joinWords))}  ${joinWords(value)}`;
    const line: Line = {
      text,
      bbox: unionBox([...key, ...value].map((w) => w.bbox)),
      confidence: Math.min(top.line.confidence, values.line.confidence),
      words: [...key, ...value],
    };
    return [{ page: top.page, row: top.row, text: foldWidth(text), line, joinedRow: true, band: true } satisfies TextLine];
  });
  if (columns.length < MIN_CELLS) return undefined;
  return { columns, last: j + tails.length };
}

/**
 * A cell that is a key, not a value: one that opens with a label (职工号, "Gross Pay 10,000.00").
 * A value that only holds a label's word further on ("PRC Resident Identity Card", "equal
 * principal with interest") is a value.
 */
function keyCell(text: string, anyLabel: RegExp): boolean {
  return derive(anyLabel, 'key-cell', () => new RegExp(`^(?:${anyLabel.source})`, 'iu')).test(text.trim());
}

function within(above: TextLine, below: TextLine, pitch: number): boolean {
  const h = Math.max(1, above.line.bbox[3]);
  return below.line.bbox[1] - above.line.bbox[1] < pitch * h;
}

function cellCount(line: TextLine): number {
  return cellsOf(line).length;
}

function wordsOf(line: TextLine): Word[] {
  return line.line.words.filter((w) => w.text.trim());
}

/** An amount that has its decimals: nothing after it belongs to the same figure. */
const WHOLE_AMOUNT = /\d\.\d{2}$/u;
/** The start of another figure. */
const FIGURE_START = /^[-+(（]?[¥￥$]?\d/u;

/**
 * Cells of a row from its words: a gap of two blanks in the text, a wide blank between the words'
 * boxes, or a figure after a whole amount ends a cell. The last because right-aligned amounts in
 * a table set tight stand closer than the cell gap ("27,400.00 10,347.00", PaddleOCR's words one
 * space apart), yet two amounts are never one value.
 */
function cellsOf(line: TextLine): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  for (const word of wordsOf(line)) {
    const text = word.text.trim();
    const at = line.line.text.indexOf(text, pos);
    const gap = at >= 0 && /\s{2,}/u.test(line.line.text.slice(pos, at));
    if (at >= 0) pos = at + text.length;
    const [x, , w, h] = word.bbox;
    const last = cells.at(-1);
    const nextFigure = !!last && WHOLE_AMOUNT.test(last.words.at(-1)!.text.trim()) && FIGURE_START.test(text);
    if (!last || gap || nextFigure || x - last.x1 > CELL_GAP * h) cells.push({ x0: x, x1: x + w, words: [word] });
    else { last.words.push(word); last.x1 = x + w; }
  }
  return cells;
}

/** The column of the piece above that a word overlaps most, if any. */
function under(above: readonly { word: Word; column: number }[], word: Word): number | undefined {
  const [x, , w] = word.bbox;
  let best: number | undefined;
  let most = 0;
  for (const a of above) {
    const overlap = Math.min(x + w, a.word.bbox[0] + a.word.bbox[2]) - Math.max(x, a.word.bbox[0]);
    if (overlap > most) { most = overlap; best = a.column; }
  }
  return best;
}

/** The value cell a header word stands over: the one its centre falls in, else the nearest. */
function nearest(cells: readonly Cell[], word: Word): number {
  const cx = word.bbox[0] + word.bbox[2] / 2;
  let best = 0;
  let bestDistance = Infinity;
  cells.forEach((c, k) => {
    const d = cx < c.x0 ? c.x0 - cx : cx > c.x1 ? cx - c.x1 : 0;
    if (d < bestDistance) { best = k; bestDistance = d; }
  });
  return best;
}

/**
 * The lines of one column's label joined: a line that starts in lower case finishes a word the
 * line above broke ("Providen" / "t Fund" / "(E" / "mployee)"); otherwise lines join as words do.
 */
function joinLabelLines(lines: readonly string[]): string {
  return lines.reduce((acc, t) => (!acc ? t : /[A-Za-z(-]$/u.test(acc) && /^[a-z]/u.test(t) ? acc + t : joinWords([{ text: acc }, { text: t }] as Word[])), '');
}

/** Words joined as wrapped text is: directly next to Han characters and brackets, else with a blank. */
function joinWords(words: readonly Word[]): string {
  return words.reduce((acc, w) => {
    const t = w.text.trim();
    if (!acc) return t;
    const direct = /[\u4e00-\u9fff(（]$/u.test(acc) || /^[\u4e00-\u9fff)）]/u.test(t);
    return acc + (direct ? '' : ' ') + t;
  }, '');
}
