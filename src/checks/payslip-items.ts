/**
 * A pay slip's item lists: under each column of "label … amount" lines (EARNINGS on the left,
 * DEDUCTIONS on the right, or one list), the items above a total line (Total Deductions, 扣款合计,
 * Gross Earnings, 应发合计) must add up to it, to the cent. Read from the page lines themselves,
 * so items the field extractor has no name for (Other Deduction, 岗位津贴) count too.
 */
import type { BBox, Finding } from '../model/schema.js';
import type { Line, Page } from '../model/document.js';
import { foldWidth, spanBox } from '../extract/lines.js';
import { fromCents, toCents } from '../extract/parse/cents.js';
import { ocrLanguages } from '../read/read-document.js';
import { rereadBox } from './reread.js';
import type { CheckInput } from './check.js';
import { MIN_OCR_FIGURE_CONFIDENCE, unreliableFinding } from './reliability.js';
import { findProseBlocks } from './payslip-prose.js';

/** One "label … amount" pair of a line. */
export interface ItemLine {
  label: string;
  cents: bigint;
  raw: string;
  page: number;
  /** Left edge of the label: the column it belongs to. */
  x: number;
  y: number;
  bbox: BBox;
  /** 0..1: the amount's words (1 on a text layer). */
  confidence: number;
}

/** A list and its total; `across` when the list runs along a table row (left of the total), not down a column. */
export interface ItemBlock { items: ItemLine[]; total: ItemLine; across?: boolean; /** Stated in a sentence (payslip-prose.ts). */ prose?: boolean }

const AMOUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])/gu;
/** A word that is an amount and nothing else (a cell of a table row). */
const WHOLE_AMOUNT = new RegExp(`^(?:${AMOUNT.source})$`, 'u');

/** The same printed figure: one page, one box (an item and a total read from the same print). */
export function samePrint(a: { page: number; bbox?: BBox }, b: { page: number; bbox?: BBox } | undefined): boolean {
  return !!b && a.page === b.page && !!a.bbox && !!b.bbox && a.bbox.every((v, i) => v === b.bbox![i]);
}
/** A line that sums the items above it. Net pay is no sum of the lines above: gross − deductions. */
const TOTAL = /合\s*计|小\s*计|总\s*计|总\s*额|应\s*发|\btotal\b|\bsum\b|\bsubtotal\b|\bgross\b/iu;
const NET = /实\s*发|实\s*付|到手|\bnet\b|take[\s-]*home|\bpayable\b|amount\s+credited/iu;
/** Leaders, colons and currency marks between a label and its amount. */
const FILLER = /^[\s.·…_:：\-–—|]+|[\s.·…_:：\-–—|]*(?:RMB|CNY|¥|￥|元)?[\s.·…_:：\-–—|(（]*$/giu;

/**
 * A line of running text, not of a list: a clause break (，；, ;) inside an item's label, or text
 * running on after the last figure ("…RMB 308.00, unemployment"). Its labels and amounts cannot be
 * paired from the line alone (payslip-prose.ts reads such sentences whole).
 */
function isProse(line: Line, items: readonly ItemLine[]): boolean {
  const text = foldWidth(line.text);
  const lastEnd = [...text.matchAll(AMOUNT)].reduce((_, m) => (m.index ?? 0) + m[0].length, 0);
  return items.some((i) => /[,;。，；]/u.test(i.label)) || /^\s*(?:元|圆)?\s*[,;，；]\s*[A-Za-z\u4e00-\u9fff]/u.test(text.slice(lastEnd));
}

/** Every "label … amount" pair of a page line, left to right. */
function itemsOf(line: Line, page: Page): ItemLine[] {
  const text = foldWidth(line.text);
  const out: ItemLine[] = [];
  let from = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const before = text.slice(from, start);
    from = start + m[0].length;
    // Letter-spaced Chinese keys (医 疗 保 险) are one word.
    const printed = ownLabel(before.replace(FILLER, '').trim());
    const label = printed.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/gu, '');
    if (!/[A-Za-z\u4e00-\u9fff]{2,}/u.test(label)) continue;
    const labelStart = text.indexOf(printed, start - before.length);
    const words = line.words.filter((w) => m[0].includes(w.text.replace(/^[^\d]+|[^\d]+$/gu, '')) && /\d/u.test(w.text));
    const confidence = page.source === 'ocr' ? Math.min(line.confidence, ...words.map((w) => w.confidence)) / 100 : 1;
    out.push({ label, cents: toCents(m[0].replace(/,/gu, '')), raw: m[0], page: page.index, x: spanBox(line, labelStart, labelStart + 1)[0], y: line.bbox[1], bbox: spanBox(line, start, start + m[0].length), confidence });
  }
  return out;
}

/**
 * The item's own words, without a key–value cell before it on the same line: in a grid slip
 * "Month Ending  07.2024 Basic  14,994.00" the amount belongs to "Basic", not to the period cell.
 * Cut after the last figure (a period, a code) when words remain after it.
 */
function ownLabel(text: string): string {
  const m = /^.*[\d][\d.\-/年月]*\s*/u.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length).trim();
  return /[A-Za-z\u4e00-\u9fff]{2,}/u.test(rest) ? rest : text;
}

/** Left edges of the text runs of a line with no amount (a section header such as EARNINGS  DEDUCTIONS). */
function runStarts(line: Line): number[] {
  const text = foldWidth(line.text);
  return [...text.matchAll(/\S+(?:\s\S+)*/gu)].map((m) => spanBox(line, m.index ?? 0, (m.index ?? 0) + 1)[0]);
}

/**
 * How a slip's items run to their totals. `column`: each column top to bottom (EARNINGS on the
 * left, DEDUCTIONS on the right). `reading`: left to right, line by line, as a grid slip prints
 * its key–value cells two or three to a row, so one list wraps from column to column.
 */
export type ItemOrder = 'column' | 'reading';

/**
 * The item lists of the document that end in a total. In column order a header over the column,
 * a net pay line or a gap of three lines ends a list; in reading order a net pay line or the gap,
 * and a total opens the next list as its first item.
 */
export function findItemBlocks(pages: readonly Page[], order: ItemOrder = 'column'): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const page of pages) {
    const h = median(page.lines.map((l) => l.bbox[3])) || 30;
    const columns: { x: number; items: ItemLine[]; lastY: number }[] = [];
    const columnAt = (x: number) => (order === 'reading' ? columns[0] : columns.find((c) => Math.abs(c.x - x) < 3 * h));
    for (const line of [...page.lines].sort((a, b) => a.bbox[1] - b.bbox[1])) {
      let items = itemsOf(line, page);
      if (isProse(line, items)) items = [];
      if (items.length === 0) {
        // A grid's labels wrap onto lines of their own ("Insurance (Employee)"): they end nothing.
        if (order === 'column') for (const x of runStarts(line)) { const c = columnAt(x); if (c) c.items = []; }
        continue;
      }
      for (const item of items) {
        let column = columnAt(item.x);
        if (!column) columns.push(column = { x: item.x, items: [], lastY: item.y });
        if (item.y - column.lastY > 3 * 1.6 * h) column.items = [];
        column.lastY = item.y;
        if (NET.test(item.label)) { column.items = []; continue; }
        if (TOTAL.test(item.label)) {
          if (column.items.length >= 2) blocks.push({ items: column.items, total: item });
          // Read across a grid, a subtotal (社保小计, Social Insurance Subtotal) is one item of the total after it.
          column.items = order === 'reading' ? [item] : [];
          continue;
        }
        column.items.push(item);
      }
    }
  }
  return blocks;
}

/**
 * Item lists of a table slip: one row of amounts under column headers ("Basic Earnings  Travel
 * Allowance  Gross Pay (Before Tax)  Social Insurance … Deductions Sum  Amount Paid"). A column whose
 * header names a total closes the amounts to its left, back to the previous total column.
 */
export function findRowBlocks(pages: readonly Page[]): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const page of pages) {
    const lines = [...page.lines].sort((a, b) => a.bbox[1] - b.bbox[1]);
    lines.forEach((row, r) => {
      const amounts = row.words.filter((w) => WHOLE_AMOUNT.test(foldWidth(w.text)));
      if (amounts.length < 3) return;
      // Every word of the row after the first amount is an amount: a table row, not key–value text.
      const firstX = amounts[0]!.bbox[0];
      if (row.words.some((w) => w.bbox[0] > firstX && !amounts.includes(w))) return;
      const h = row.bbox[3];
      const header = [];
      for (let k = r - 1; k >= 0 && row.bbox[1] - lines[k]!.bbox[1] <= 6 * 1.6 * h; k--) {
        if (itemsOf(lines[k]!, page).length > 0 || [...foldWidth(lines[k]!.text).matchAll(AMOUNT)].length > 0) break;
        header.unshift(...lines[k]!.words);
      }
      if (header.length === 0) return;
      const centre = (b: BBox) => b[0] + b[2] / 2;
      const labelWords = row.words.filter((w) => w.bbox[0] < firstX);
      const columns = [...(labelWords.length ? [{ centre: centre(labelWords[0]!.bbox), words: [] as string[] }] : []), ...amounts.map((w) => ({ centre: centre(w.bbox), words: [] as string[], word: w }))];
      for (const word of header) {
        const nearest = columns.reduce((best, c) => (Math.abs(c.centre - centre(word.bbox)) < Math.abs(best.centre - centre(word.bbox)) ? c : best));
        nearest.words.push(word.text);
      }
      let items: ItemLine[] = [];
      for (const column of columns) {
        if (!('word' in column) || !column.word) continue;
        const w = column.word;
        const text = foldWidth(w.text);
        const label = column.words.join(' ');
        const item: ItemLine = { label, cents: toCents(text.replace(/,/gu, '')), raw: text, page: page.index, x: w.bbox[0], y: row.bbox[1], bbox: w.bbox, confidence: page.source === 'ocr' ? Math.min(row.confidence, w.confidence) / 100 : 1 };
        if (TOTAL.test(label) && !NET.test(label)) {
          if (items.length >= 2) blocks.push({ items, total: item, across: true });
          items = [];
          continue;
        }
        items.push(item);
      }
    });
  }
  return blocks;
}

/** The items add up to the total, or some run of them ending at the total does (the list took in a line above it). */
function addsUp(items: readonly bigint[], total: bigint): boolean {
  let sum = 0n;
  for (let i = items.length - 1; i >= 0; i--) {
    sum += items[i]!;
    if (sum === total) return true;
  }
  return false;
}

/**
 * PAYSLIP_ARITHMETIC for item lists that do not add up to their total. On an OCR'd page, amounts
 * read with doubt are read again on their own; a list that adds up with the second reading is
 * fine, and one the second reading cannot settle is LOW_OCR_CONFIDENCE. Totals in `skip` were
 * reported already (gross − deductions ≠ net): not again.
 */
export async function checkItemBlocks(input: CheckInput, findings: Finding[], skip: ReadonlySet<bigint> = new Set()): Promise<void> {
  // A total its items reach in reading order is a grid slip (key–value cells two to a row) that
  // the column reading split wrongly: no finding. Reading order alone never accuses: across a
  // two-column slip (EARNINGS | DEDUCTIONS) it mixes the lists.
  const readingFits = findItemBlocks(input.document.pages, 'reading').filter((b) => addsUp(b.items.map((i) => i.cents), b.total.cents));
  for (const block of [...findItemBlocks(input.document.pages), ...findRowBlocks(input.document.pages), ...findProseBlocks(input.document.pages)]) {
    if (skip.has(block.total.cents)) continue;
    const all = [...block.items, block.total];
    if (addsUp(block.items.map((i) => i.cents), block.total.cents)) continue;
    if (readingFits.some((r) => samePrint(r.total, block.total))) continue;
    const doubtful = all.filter((i) => i.confidence < MIN_OCR_FIGURE_CONFIDENCE);
    let settled = doubtful.length === 0;
    if (!settled) {
      const again = await rereadAll(input, doubtful);
      if (again) {
        const value = (i: ItemLine) => again.get(i) ?? i.cents;
        if (addsUp(block.items.map(value), value(block.total))) continue;
        settled = doubtful.every((i) => again.get(i) === i.cents);
      }
    }
    const sum = block.items.reduce((s, i) => s + i.cents, 0n);
    const compared = {
      rule: 'the items of a list add up to its total',
      total: { label: block.total.label, value: fromCents(block.total.cents), page: block.total.page, bbox: block.total.bbox },
      items: block.items.map((i) => ({ label: i.label, value: fromCents(i.cents), page: i.page, bbox: i.bbox })),
      itemsSum: fromCents(sum),
    };
    if (!settled) { findings.push(unreliableFinding('payslip-arithmetic', block.total.page, block.total.bbox, compared)); continue; }
    findings.push({
      code: 'PAYSLIP_ARITHMETIC',
      severity: 'high',
      message: `Page ${block.total.page}: the ${block.items.length} items ${block.across ? 'before' : block.prose ? 'stated with' : 'above'} "${block.total.label}" (${block.items.map((i) => i.label).join(', ')}) add up to ${fromCents(sum)}, but the total is printed as ${fromCents(block.total.cents)}.`,
      page: block.total.page,
      bbox: block.total.bbox,
      evidence: compared,
    });
  }
}

/** Each amount read again with a digits whitelist; undefined when a page has no raster to read. */
async function rereadAll(input: CheckInput, items: readonly ItemLine[]): Promise<Map<ItemLine, bigint> | undefined> {
  const out = new Map<ItemLine, bigint>();
  const languages = ocrLanguages(input.document.pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'));
  for (const item of items) {
    const page = input.document.pages[item.page - 1];
    if (!page?.image) return undefined;
    try {
      const got = await rereadBox(page, item.bbox, input.ocr(), { languages, scale: 2.5, psm: 'line', whitelist: '0123456789.,' });
      const m = got?.text.replace(/\s+/gu, '').match(/^\d{1,3}(?:,\d{3})+\.\d{2}$|^\d+\.\d{2}$/u);
      if (!m) return undefined;
      out.set(item, toCents(m[0].replace(/,/gu, '')));
    } catch {
      return undefined;
    }
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
