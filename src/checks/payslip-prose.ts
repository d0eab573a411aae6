/**
 * Pay items written as prose, as an income certificate (收入证明, "Employment and Income
 * Certificate") states them: "应发工资合计12,890.43元，其中基本工资10,400.00元，岗位津贴1,900.00元；
 * 代扣养老保险832.00元，…，扣款合计2,497.84元" / "gross salary was RMB 21,700.92, made up of basic
 * salary RMB 18,700.00, …". Within one sentence, a total followed by 其中 / made up of is the sum of
 * the items after it; items followed by a total are summed by it. Only clauses that pair one label
 * with one amount count: a sentence with any other clause holding an amount is not read.
 */
import type { BBox } from '../model/schema.js';
import type { Line, Page } from '../model/document.js';
import { foldWidth, spanBox } from '../extract/lines.js';
import { toCents } from '../extract/parse/cents.js';
import type { ItemBlock, ItemLine } from './payslip-items.js';

const AMOUNT = /(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}(?!\d)/gu;
const TOTAL = /合\s*计|小\s*计|总\s*计|总\s*额|应\s*发|\btotal\b|\bgross\b/iu;
const NET = /实\s*发|实\s*付|到手|\bnet\b|take[\s-]*home/iu;
/** Words that open the breakdown of the total before them. */
const BREAKDOWN = /^\s*(?:其中|包括|包含|含|made\s+up\s+of|including|includes|consisting\s+of|comprising|of\s+which|broken\s+down\s+as)(?![A-Za-z])/iu;
/** Clause breaks: Chinese punctuation, or a comma that is no thousands separator. */
const CLAUSE = /[，、]|,(?!\d{3}(?!\d))/gu;
/** Sentence breaks: 。；; and a full stop that is no decimal point. */
const SENTENCE = /[。；;！!]|\.(?!\d)/gu;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;

/** A paragraph: lines joined in reading order, with each character's line and offset in it. */
interface Paragraph { text: string; at: { line: Line; offset: number }[] }

/** Lines of a page that run on into each other: same left edge, no gap wider than a line. */
export function paragraphsOf(page: Page): Paragraph[] {
  const lines = [...page.lines].sort((a, b) => a.bbox[1] - b.bbox[1]);
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  let last: Line | undefined;
  for (const line of lines) {
    const h = line.bbox[3] || 30;
    const joins = last && current && Math.abs(line.bbox[0] - last.bbox[0]) < h && line.bbox[1] - (last.bbox[1] + last.bbox[3]) < 1.2 * h;
    const text = foldWidth(line.text);
    if (!joins || !current) { current = { text: '', at: [] }; out.push(current); }
    else {
      const prev = current.text.at(-1) ?? '';
      if (!CJK.test(prev) && !CJK.test(text[0] ?? '')) { current.text += ' '; current.at.push({ line, offset: -1 }); }
    }
    for (let i = 0; i < text.length; i++) current.at.push({ line, offset: i });
    current.text += text;
    last = line;
  }
  return out;
}

/** The box of characters [start, end) of a paragraph: within the line the figure starts on. */
function boxOf(p: Paragraph, start: number, end: number): { bbox: BBox; line: Line } {
  const first = p.at[start]!;
  let stop = start;
  while (stop + 1 < end && p.at[stop + 1]!.line === first.line) stop++;
  return { line: first.line, bbox: spanBox(first.line, first.offset, p.at[stop]!.offset + 1) };
}

interface Clause { label: string; item?: ItemLine }

function clausesOf(p: Paragraph, from: number, to: number, page: Page): Clause[] | undefined {
  const out: Clause[] = [];
  const sentence = p.text.slice(from, to);
  let start = 0;
  const cuts = [...sentence.matchAll(CLAUSE)].map((m) => m.index ?? 0);
  for (const cut of [...cuts, sentence.length]) {
    const text = sentence.slice(start, cut);
    const amounts = [...text.matchAll(AMOUNT)];
    if (amounts.length > 1) return undefined;
    const m = amounts[0];
    if (!m) { out.push({ label: text.trim() }); start = cut + 1; continue; }
    // The label is what precedes the figure in the clause, after any "…如下：" lead-in.
    const label = text.slice(0, m.index).replace(/^.*[:：]/u, '').replace(/(?:人民币|RMB|CNY|¥|\bwas\b|\bis\b|\bof\b|为|是|\s)+$/giu, '').trim();
    const after = text.slice((m.index ?? 0) + m[0].length).trim();
    // A clause that goes on after its figure (other than 元 / yuan) is no item.
    if (!/[A-Za-z\u4e00-\u9fff]{2,}/u.test(label) || !/^(?:元|圆|yuan)?$/iu.test(after)) return undefined;
    const abs = from + start + (m.index ?? 0);
    const { bbox, line } = boxOf(p, abs, abs + m[0].length);
    const words = line.words.filter((w) => m[0].includes(w.text.replace(/^\D+|\D+$/gu, '')) && /\d/u.test(w.text));
    const confidence = page.source === 'ocr' ? Math.min(line.confidence, ...words.map((w) => w.confidence)) / 100 : 1;
    out.push({ label, item: { label, cents: toCents(m[0].replace(/,/gu, '')), raw: m[0], page: page.index, x: bbox[0], y: bbox[1], bbox, confidence } });
    start = cut + 1;
  }
  return out;
}

/** Item lists and their totals stated in the sentences of a page's paragraphs. */
export function findProseBlocks(pages: readonly Page[]): ItemBlock[] {
  const blocks: ItemBlock[] = [];
  for (const page of pages) for (const p of paragraphsOf(page)) {
    let from = 0;
    for (const cut of [...[...p.text.matchAll(SENTENCE)].map((m) => m.index ?? 0), p.text.length]) {
      const clauses = clausesOf(p, from, cut, page);
      from = cut + 1;
      if (!clauses) continue;
      blocks.push(...blocksOf(clauses));
    }
  }
  return blocks;
}

function blocksOf(clauses: readonly Clause[]): ItemBlock[] {
  const out: ItemBlock[] = [];
  let items: ItemLine[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (!c.item) { items = []; continue; }
    if (NET.test(c.label)) { items = []; continue; }
    if (!TOTAL.test(c.label)) { items.push(c.item); continue; }
    if (items.length >= 2) out.push({ items, total: c.item, prose: true });
    items = [];
    // "合计 X元，其中 a，b，c": the items after the breakdown word, to the next total or the end.
    const next = clauses[i + 1];
    if (next?.item && BREAKDOWN.test(next.label)) {
      const after: ItemLine[] = [];
      let j = i + 1;
      for (; j < clauses.length && clauses[j]!.item && !TOTAL.test(clauses[j]!.label) && !NET.test(clauses[j]!.label); j++) after.push(clauses[j]!.item!);
      if (after.length >= 2 && (j === clauses.length || !clauses[j]!.item)) out.push({ items: after, total: c.item, prose: true });
      i = j - 1;
    }
  }
  return out;
}
