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

export interface ItemBlock { items: ItemLine[]; total: ItemLine }

const AMOUNT = /(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d{2}(?![\d])|(?<![\d.,])\d+\.\d{2}(?![\d])/gu;
/** A line that sums the items above it. Net pay is no sum of the lines above: gross − deductions. */
const TOTAL = /合\s*计|小\s*计|总\s*计|总\s*额|应\s*发|\btotal\b|\bsum\b|\bsubtotal\b|\bgross\b/iu;
const NET = /实\s*发|实\s*付|到手|\bnet\b|take[\s-]*home|\bpayable\b|amount\s+credited/iu;
/** Leaders, colons and currency marks between a label and its amount. */
const FILLER = /^[\s.·…_:：\-–—|]+|[\s.·…_:：\-–—|]*(?:RMB|CNY|¥|￥|元)?[\s.·…_:：\-–—|(（]*$/giu;

/** Every "label … amount" pair of a page line, left to right. */
function itemsOf(line: Line, page: Page): ItemLine[] {
  const text = foldWidth(line.text);
  const out: ItemLine[] = [];
  let from = 0;
  for (const m of text.matchAll(AMOUNT)) {
    const start = m.index ?? 0;
    const before = text.slice(from, start);
    from = start + m[0].length;
    const label = before.replace(FILLER, '').trim();
    if (!/[A-Za-z\u4e00-\u9fff]{2,}/u.test(label)) continue;
    const labelStart = text.indexOf(label, start - before.length);
    const words = line.words.filter((w) => m[0].includes(w.text.replace(/^[^\d]+|[^\d]+$/gu, '')) && /\d/u.test(w.text));
    const confidence = page.source === 'ocr' ? Math.min(line.confidence, ...words.map((w) => w.confidence)) / 100 : 1;
    out.push({ label, cents: toCents(m[0].replace(/,/gu, '')), raw: m[0], page: page.index, x: spanBox(line, labelStart, labelStart + 1)[0], y: line.bbox[1], bbox: spanBox(line, start, start + m[0].length), confidence });
  }
  return out;
}

/** Left edges of the text runs of a line with no amount (a section header such as EARNINGS  DEDUCTIONS). */
function runStarts(line: Line): number[] {
  const text = foldWidth(line.text);
  return [...text.matchAll(/\S+(?:\s\S+)*/gu)].map((m) => spanBox(line, m.index ?? 0, (m.index ?? 0) + 1)[0]);
}

/**
 * The item lists of the document that end in a total, each column read top to bottom. A header
 * over the column, a net pay line or a gap of three lines ends a list.
 */
export function findItemBlocks(pages: readonly Page[]): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const page of pages) {
    const h = median(page.lines.map((l) => l.bbox[3])) || 30;
    const columns: { x: number; items: ItemLine[]; lastY: number }[] = [];
    const columnAt = (x: number) => columns.find((c) => Math.abs(c.x - x) < 3 * h);
    for (const line of [...page.lines].sort((a, b) => a.bbox[1] - b.bbox[1])) {
      const items = itemsOf(line, page);
      if (items.length === 0) {
        for (const x of runStarts(line)) { const c = columnAt(x); if (c) c.items = []; }
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
          column.items = [];
          continue;
        }
        column.items.push(item);
      }
    }
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
  for (const block of findItemBlocks(input.document.pages)) {
    if (skip.has(block.total.cents)) continue;
    const all = [...block.items, block.total];
    if (addsUp(block.items.map((i) => i.cents), block.total.cents)) continue;
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
      message: `Page ${block.total.page}: the ${block.items.length} items above "${block.total.label}" (${block.items.map((i) => i.label).join(', ')}) add up to ${fromCents(sum)}, but the total is printed as ${fromCents(block.total.cents)}.`,
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
