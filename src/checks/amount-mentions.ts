/**
 * AMOUNT_MISMATCH inside one contract: a money field mentioned several times (借款金额 in the key
 * terms and again in a clause) with different values. Statements and pay slips are left to the
 * arithmetic checks: their labels (余额, 合计) recur in tables, so a second "mention" there is
 * more often another number than the same amount restated.
 */
import type { BBox } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { foldWidth, spanBox } from '../extract/lines.js';
import { readMoney } from '../extract/values.js';
import type { DocumentCheck } from './check.js';
import { isMoney, isShaky, MIN_OCR_FIGURE_CONFIDENCE, sourceOf, unreliableFinding } from './reliability.js';

export const amountMentions: DocumentCheck = {
  id: 'amount-mentions',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ document, extraction }, { findings }) => {
    const before = findings.length;
    for (const [name, mentions] of Object.entries(extraction.mentions)) {
      const chosen = extraction.fields[name];
      if (!chosen || !isMoney(chosen.value) || !looksLikeMoney(chosen.raw)) continue;
      const other = mentions.find((m) => isMoney(m.value) && m.value !== chosen.value && looksLikeMoney(m.raw));
      if (!other) continue;
      if (isShaky(other) || isShaky(chosen)) {
        findings.push(unreliableFinding('amount-mentions', other.page, other.bbox, { first: sourceOf(name, chosen), second: sourceOf(name, other) }));
        continue;
      }
      findings.push({
        code: 'AMOUNT_MISMATCH',
        severity: 'high',
        message: `${name} is stated as ${chosen.value} on page ${chosen.page} and as ${other.value} on page ${other.page}.`,
        page: other.page,
        ...(other.bbox ? { bbox: other.bbox } : {}),
        evidence: { field: name, first: sourceOf(name, chosen), second: sourceOf(name, other) },
      });
    }
    const principal = extraction.fields.principal;
    if (findings.length > before || !principal || !isMoney(principal.value)) return;
    // The loan restated in a clause's running text (…甲方将借款人民币￥3,000,000.00元发放至…, "advance
    // the Loan of CNY 2,102,989.00"): no label names it, so the field extractor never sees it.
    const restated = proseRestatements(document).find((r) => r.value !== principal.value);
    if (!restated) return;
    const second = { field: 'principal', value: restated.value, raw: restated.raw, page: restated.page, bbox: restated.bbox, source: restated.source, confidence: restated.confidence, context: restated.context };
    if (restated.confidence < MIN_OCR_FIGURE_CONFIDENCE || isShaky(principal)) {
      findings.push(unreliableFinding('amount-mentions', restated.page, restated.bbox, { first: sourceOf('principal', principal), second }));
      return;
    }
    findings.push({
      code: 'AMOUNT_MISMATCH',
      severity: 'high',
      message: `The principal is stated as ${principal.value} on page ${principal.page} and restated as ${restated.value} in the text of page ${restated.page} ("${restated.context}").`,
      page: restated.page,
      bbox: restated.bbox,
      evidence: { field: 'principal', first: sourceOf('principal', principal), second },
    });
  },
};

/** A restatement of the loan in running text: the figure right after words that name the loan itself. */
interface Restatement { value: string; raw: string; page: number; bbox: BBox; source: string; confidence: number; context: string }

/**
 * Words naming the loan, then its amount with a currency mark: 借款人民币…, 借款金额为¥…, 贷款本金人民币…;
 * "the Loan of RMB …", "a principal amount of CNY …", "the Facility in the amount of …". A currency
 * mark is required: a bare number after these words is a count ("the loan of 12 months").
 */
const RESTATED = /(?:借款|贷款)(?:本金|金额|总额)?(?:为|共计|计)?(?=\s*(?:人民币|[¥￥]|RMB|CNY))|\b(?:loan|principal|facility)\s+(?:amount\s+|sum\s+)?(?:of|in\s+the\s+(?:principal\s+)?(?:amount|sum)\s+of|amounting\s+to|totall?ing)(?=\s+(?:RMB|CNY|USD|Renminbi|[¥￥$]))/giu;

function proseRestatements(document: Document): Restatement[] {
  const out: Restatement[] = [];
  for (const page of document.pages) {
    // The page's lines as one text, so that a figure wrapped onto the next line ("Loan of CNY / 2,102,989.00") is read.
    const pieces: { line: (typeof page.lines)[number]; from: number }[] = [];
    let text = '';
    for (const line of page.lines) {
      const t = foldWidth(line.text);
      if (text) text += /[\u4e00-\u9fff]$/u.test(text) && /^[\u4e00-\u9fff]/u.test(t) ? '' : ' ';
      pieces.push({ line, from: text.length });
      text += t;
    }
    for (const m of text.matchAll(RESTATED)) {
      const at = (m.index ?? 0) + m[0].length;
      const window = text.slice(at, at + 40);
      const read = readMoney(window, '', {});
      if (!read || !isMoney(read.value) || read.start > 12) continue;
      const raw = window.slice(read.start, read.end);
      if (!looksLikeMoney(window.slice(0, read.end))) continue;
      const start = at + read.start;
      const piece = [...pieces].reverse().find((p) => p.from <= start)!;
      const local = start - piece.from;
      const confidence = page.source === 'ocr' ? piece.line.confidence / 100 : 1;
      out.push({ value: read.value, raw, page: page.index, bbox: spanBox(piece.line, local, Math.min(local + raw.length, piece.line.text.length)).map(Math.round) as BBox, source: page.source, confidence, context: text.slice(m.index ?? 0, at + read.end).trim() });
    }
  }
  return out;
}

/** A bare number in prose ("360 days") is not an amount; a currency mark, grouping or cents are. */
function looksLikeMoney(raw: string): boolean {
  return /[¥￥$€]|RMB|CNY|USD|HKD|EUR|人民币|美元|港币|元|\d[,，]\d{3}|\d\.\d{2}(?!\d)/iu.test(raw);
}
