/**
 * PAGE_MISSING / PAGE_DUPLICATE / PAGE_OUT_OF_ORDER from the printed page numbers (第 X 页 共 Y 页,
 * Page X of Y, X/Y, - X -), and, where footers are absent, from clause numbers (第一条, Article 1)
 * continuing across pages. Same content on two pages is a duplicate whatever the footers say.
 * On OCR'd pages, footers whose "of" the OCR garbled ("20f3") are read too (findOcrFooter).
 */
import type { Finding } from '../model/schema.js';
import type { Page } from '../model/document.js';
import { findPrintedNumber } from '../extract/page-numbers.js';
import { parseChineseNumeral } from '../extract/parse/chinese-numerals.js';
import type { DocumentCheck } from './check.js';

/** Character-bigram overlap above which two pages count as the same content. */
const SAME_CONTENT = 0.9;
const MIN_CONTENT_CHARS = 80;

export const pageNumbering: DocumentCheck = {
  id: 'page-numbering',
  appliesTo: (doc) => doc.pages.length >= 1,
  run: ({ document }, { findings }) => {
    const pages = document.pages;
    const read = pages.map((p) => findPrintedNumber(p.lines) ?? (p.source === 'ocr' ? findOcrFooter(p) : undefined));
    const knownTotal = majority(read.map((p) => p?.total).filter((t): t is number => t !== undefined));
    const printed = read.map((p, i) => p ?? (pages[i]!.source === 'ocr' && knownTotal !== undefined ? findLostSlashFooter(pages[i]!, knownTotal) : undefined));
    const numbered = printed.filter((x) => x !== undefined).length;
    const whole = (p: Page): [number, number, number, number] => [0, 0, p.width, p.height];
    const evidencePages = () => pages.map((p, i) => ({ page: p.index, printedNumber: printed[i]?.number, printedTotal: printed[i]?.total, text: printed[i]?.text }));

    const duplicates = duplicateContent(pages);
    for (const [a, b] of duplicates) {
      findings.push(finding('PAGE_DUPLICATE', `Pages ${a.index} and ${b.index} have the same content.`, b.index, whole(b), { rule: 'same content', pages: [a.index, b.index], printed: evidencePages() }));
    }
    if (numbered >= 2 || (numbered === 1 && printed.some((x) => x?.total))) {
      checkPrinted(pages, printed, findings, evidencePages, duplicates.length > 0);
    } else if (document.docType === 'loan_contract' && pages.length >= 2) {
      checkClauses(pages, findings);
    }
  },
};

function checkPrinted(pages: Page[], printed: (ReturnType<typeof findPrintedNumber>)[], findings: Finding[], evidencePages: () => unknown, dupContent: boolean): void {
  const seen = new Map<number, number>();
  let reportedOrder = false;
  let maxSoFar = 0;
  printed.forEach((p, i) => {
    if (!p) return;
    const page = pages[i]!;
    const box: [number, number, number, number] = [0, 0, page.width, page.height];
    const earlier = seen.get(p.number);
    if (earlier !== undefined) {
      if (!dupContent) findings.push(finding('PAGE_DUPLICATE', `Printed page number ${p.number} appears on pages ${earlier} and ${page.index}.`, page.index, box, { rule: 'same printed number', printedNumber: p.number, pages: [earlier, page.index], footer: p.text, printed: evidencePages() }));
    } else if (p.number < maxSoFar && !reportedOrder) {
      reportedOrder = true;
      findings.push(finding('PAGE_OUT_OF_ORDER', `Page ${page.index} is printed as page ${p.number}, after printed page ${maxSoFar}.`, page.index, box, { rule: 'printed numbers increase', printedNumber: p.number, after: maxSoFar, footer: p.text, printed: evidencePages() }));
    }
    seen.set(p.number, seen.get(p.number) ?? page.index);
    maxSoFar = Math.max(maxSoFar, p.number);
  });
  const total = majority(printed.map((p) => p?.total).filter((t): t is number => t !== undefined));
  const last = Math.max(total ?? 0, maxSoFar);
  const missing: number[] = [];
  for (let n = 1; n <= last; n++) if (!seen.has(n)) missing.push(n);
  const unnumbered = printed.filter((p) => !p).length;
  const short = total !== undefined && pages.length < total;
  if (missing.length > unnumbered || short) {
    const at = pages.find((_, i) => (printed[i]?.number ?? 0) > (missing[0] ?? Infinity)) ?? pages.at(-1)!;
    findings.push(finding('PAGE_MISSING',
      `Printed page number${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing${total ? ` (the document says it has ${total} pages, ${pages.length} are here)` : ''}.`,
      at.index, [0, 0, at.width, at.height], { rule: 'printed numbers 1..total', missing, printedTotal: total, physicalPages: pages.length, printed: evidencePages() }));
  }
}

/**
 * "Page X of Y" footers as OCR garbles them: "of" read as "0f" or run into the digits ("30f3" for
 * 3 of 3, "1lof4" for 1 of 4). Only on the page's bottom lines, and only a number within its total.
 */
export function findOcrFooter(page: Page): ReturnType<typeof findPrintedNumber> {
  const bottom = page.lines.filter((l) => l.bbox[1] > page.height * 0.85).slice(-2);
  for (const line of bottom.reverse()) {
    const m = /^(?:page)?(\d{1,3}?)[lI|]?[o0O][fF](\d{1,3})$/iu.exec(line.text.replace(/\s+/gu, ''));
    if (!m) continue;
    const [number, total] = [Number(m[1]), Number(m[2])];
    if (number >= 1 && total >= number) return { number, total, text: line.text };
  }
  return undefined;
}

/**
 * An abbreviated footer whose slash the OCR lost ("p. 12" for p. 1/2), read only against the total
 * the document's other footers print: the digits must end in that total and the rest be a page
 * within it, so a real page 12 of 20 is never split.
 */
export function findLostSlashFooter(page: Page, total: number): ReturnType<typeof findPrintedNumber> {
  const bottom = page.lines.filter((l) => l.bbox[1] > page.height * 0.85).slice(-2);
  for (const line of bottom.reverse()) {
    const m = /^(?:p|pg|page)\.?(\d{2,6})$/iu.exec(line.text.replace(/\s+/gu, ''));
    if (!m || Number(m[1]) <= total || !m[1]!.endsWith(String(total))) continue;
    const number = Number(m[1]!.slice(0, -String(total).length));
    if (number >= 1 && number <= total) return { number, total, text: line.text };
  }
  return undefined;
}

function majority(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

const CLAUSE = [
  /^\s*第\s*([一二三四五六七八九十百零〇两\d]{1,4})\s*条/u,
  /^\s*(?:Article|Clause)\s+(\d{1,3})\b/iu,
  /^\s*(\d{1,2})\.\s+[A-Z]/u,
];

function clauseNumbers(page: Page): number[] {
  const out: number[] = [];
  for (const line of page.lines) {
    for (const re of CLAUSE) {
      const m = re.exec(line.text);
      if (!m) continue;
      const n = Number(/^\d+$/.test(m[1]!) ? m[1] : parseChineseNumeral(m[1]!));
      if (Number.isInteger(n) && n > 0) out.push(n);
      break;
    }
  }
  return out;
}

/**
 * Clause numbers across pages. A page whose first clause comes before the previous page's last is
 * out of order. A jump is a missing page only when it stays after the pages are put in clause
 * order: two swapped pages jump forward and then back, and every clause is still there.
 */
function checkClauses(pages: Page[], findings: Finding[]): void {
  const runs = pages.map((page) => ({ page, numbers: clauseNumbers(page) })).filter((r) => r.numbers.length > 0)
    .map(({ page, numbers }) => ({ page, first: numbers[0]!, last: numbers.at(-1)! }));
  const sorted = [...runs].sort((a, b) => a.first - b.first);
  const gapAfter = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.first > sorted[i - 1]!.last + 1) gapAfter.add(sorted[i - 1]!.last);
  for (let i = 1; i < runs.length; i++) {
    const previous = runs[i - 1]!;
    const { page, first } = runs[i]!;
    const evidence = { rule: 'clause numbers continue across pages (no page footers)', previousPage: previous.page.index, lastClauseBefore: previous.last, firstClauseHere: first };
    if (first > previous.last + 1 && gapAfter.has(previous.last)) {
      findings.push(finding('PAGE_MISSING', `No page numbers are printed, and the clauses jump from ${previous.last} on page ${previous.page.index} to ${first} on page ${page.index}: a page may be missing.`, page.index, [0, 0, page.width, page.height], evidence));
    } else if (first < previous.last && first > 1) {
      findings.push(finding('PAGE_OUT_OF_ORDER', `No page numbers are printed, and clause ${first} on page ${page.index} follows clause ${previous.last} on page ${previous.page.index}.`, page.index, [0, 0, page.width, page.height], evidence));
    }
  }
}

function duplicateContent(pages: Page[]): [Page, Page][] {
  const grams = pages.map((p) => {
    const text = p.lines.slice(0, -1).map((l) => l.text).join('').replace(/\s+/gu, '');
    const set = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
    return { text, set };
  });
  const out: [Page, Page][] = [];
  for (let j = 1; j < pages.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = grams[i]!;
      const b = grams[j]!;
      if (a.text.length < MIN_CONTENT_CHARS || b.text.length < MIN_CONTENT_CHARS) continue;
      let common = 0;
      for (const g of a.set) if (b.set.has(g)) common++;
      if (common / (a.set.size + b.set.size - common) >= SAME_CONTENT) { out.push([pages[i]!, pages[j]!]); break; }
    }
  }
  return out;
}

function finding(code: Finding['code'], message: string, page: number, bbox: [number, number, number, number], evidence: Record<string, unknown>): Finding {
  return { code, severity: 'high', message, page, bbox, evidence };
}
