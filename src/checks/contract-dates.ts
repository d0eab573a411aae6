/**
 * DATE_INCONSISTENT in a loan contract: start + term must give the end date under one of the two
 * conventions genuine contracts use (2025-03-15 + 12 months ends 2026-03-14 or 2026-03-15), and
 * the contract cannot be signed after the loan starts. Both hold for every statement of them: a
 * term restated in a clause's prose (借款期限为36个月，自…起至…止, "running from … to …"), and
 * every date the contract gives for its making (the execution page, "This Agreement is made on …").
 */
import type { Field, Finding } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { contractEndDates } from '../extract/parse/date.js';
import { findDates, SPAN_JOIN } from '../extract/values.js';
import type { DocumentCheck } from './check.js';
import { isShaky, sourceOf, unreliableFinding } from './reliability.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const contractDates: DocumentCheck = {
  id: 'contract-dates',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ document, extraction }, { findings }) => {
    const f = extraction.fields;
    const isDate = (x: Field | undefined): x is Field => typeof x?.value === 'string' && ISO.test(x.value);
    const date = (name: string): Field | undefined => (isDate(f[name]) ? f[name] : undefined);
    const start = date('startDate');
    const end = date('endDate');
    const term = f.termMonths && Number.isInteger(f.termMonths.value) && (f.termMonths.value as number) >= 1 ? f.termMonths : undefined;
    const push = (finding: Finding, fields: Field[]) => {
      findings.push(fields.some(isShaky) ? unreliableFinding('contract-dates', finding.page ?? 1, finding.bbox, finding.evidence) : finding);
    };
    if (start && end && term) {
      const { endExclusive, endInclusive } = contractEndDates(start.value as string, term.value as number);
      if (end.value !== endExclusive && end.value !== endInclusive) {
        push({
          code: 'DATE_INCONSISTENT',
          severity: 'high',
          message: `Start ${start.value} + ${term.value} months ends on ${endInclusive} (or ${endExclusive}), but the contract states ${end.value}.`,
          page: end.page,
          ...(end.bbox ? { bbox: end.bbox } : {}),
          evidence: { rule: 'start + term = end', startDate: sourceOf('startDate', start), termMonths: sourceOf('termMonths', term), endDate: sourceOf('endDate', end), expected: [endInclusive, endExclusive] },
        }, [start, end, term]);
      } else {
        for (const period of statedPeriods(document)) {
          if (period.from !== start.value) continue;
          // A sentence that states its own count (借款期限共72个月，自…起至…止) is held to that count.
          const months = period.months ?? (term.value as number);
          const expected = contractEndDates(period.from, months);
          if (period.to === expected.endExclusive || period.to === expected.endInclusive) continue;
          push({
            code: 'DATE_INCONSISTENT',
            severity: 'high',
            message: period.months !== undefined && period.months !== term.value
              ? `Page ${period.page} states a term of ${period.months} months from ${period.from} to ${period.to}, but ${period.months} months from ${period.from} end on ${expected.endInclusive} (or ${expected.endExclusive}); the contract's term is ${term.value} months.`
              : `Page ${period.page} restates the term as ${period.from} to ${period.to}, but ${months} months from ${period.from} end on ${expected.endInclusive} (or ${expected.endExclusive}), as the contract's end date ${end.value} does.`,
            page: period.page,
            evidence: { rule: 'restated period = start + term', restated: period, startDate: sourceOf('startDate', start), termMonths: sourceOf('termMonths', term), endDate: sourceOf('endDate', end), expected: [expected.endInclusive, expected.endExclusive] },
          }, [start, term]);
          break;
        }
      }
    }
    // No instalment falls due after the loan matures.
    const last = end && lastInstalments(document).find((d) => d.value > (end.value as string));
    if (last && end) {
      push({
        code: 'DATE_INCONSISTENT',
        severity: 'high',
        message: `Page ${last.page} puts the last instalment on ${last.value}, after the loan's end date ${end.value}.`,
        page: last.page,
        evidence: { rule: 'last instalment not after the end date', lastInstalment: last, endDate: sourceOf('endDate', end) },
      }, [end, ...(last.source === 'ocr' ? [{ value: last.value, raw: last.text, page: last.page, source: 'ocr' as const, confidence: last.confidence }] : [])]);
    }
    // The signing date chosen for the field (the execution page) and the date the opening line
    // gives for the contract's making. Not every `Date:` mention: a bare label also sits before
    // the maturity date.
    const signings = [...(f.signingDate ? [f.signingDate] : []), ...madeOn(document)].filter(isDate);
    const late = start && signings.filter((s) => (s.value as string) > (start.value as string)).sort((a, b) => (a.value as string) < (b.value as string) ? 1 : -1);
    const signing = late && (late.find((s) => !isShaky(s)) ?? late[0]);
    if (signing && start) {
      push({
        code: 'DATE_INCONSISTENT',
        severity: 'high',
        message: `The contract is signed on ${signing.value}, after the loan starts on ${start.value}.`,
        page: signing.page,
        ...(signing.bbox ? { bbox: signing.bbox } : {}),
        evidence: { rule: 'signing not after start', signingDate: sourceOf('signingDate', signing), startDate: sourceOf('startDate', start) },
      }, [signing, start]);
    }
  },
};

export interface StatedPeriod { from: string; to: string; page: number; text: string; /** The count of months the same sentence states before its dates, if it does. */ months?: number }

/** A term count in a sentence: 72个月, 60 months, 5年, 5 years. */
const MONTHS = /(\d{1,3})\s*(?:个月|months?\b)|(\d{1,2})\s*(?:年(?![\d度])|years?\b)/iu;

/** A sentence about the loan's term, not a fixed-rate or grace period inside it. */
const TERM_SENTENCE = /借款期限|贷款期限|借款期间|贷款期间|期限为|\bterm\b|\btenor\b|loan period|period of the loan/iu;
const FOR_PART_OF_TERM = /固定|宽限|优惠|fixed|grace|introductory|interest[- ]only/iu;

/**
 * Start–end pairs the contract states in its prose, sentence by sentence (a page's lines joined,
 * so a sentence wrapped over lines is whole), where the sentence is about the loan's term.
 */
export function statedPeriods(document: Pick<Document, 'pages' | 'language'>): StatedPeriod[] {
  const out: StatedPeriod[] = [];
  for (const page of document.pages) {
    const text = page.lines.map((l) => l.text).join(document.language === 'en' ? ' ' : '').replace(/\s+/gu, ' ');
    for (const sentence of text.split(/(?<=[。；;])|(?<=\.)\s+(?=[A-Z])/u)) {
      if (!TERM_SENTENCE.test(sentence) || FOR_PART_OF_TERM.test(sentence)) continue;
      // Two dates joined as a span (自…起至…, "from … to …"), read as extraction reads dates.
      const dates = findDates(sentence);
      for (let i = 0; i + 1 < dates.length; i++) {
        const [a, b] = [dates[i]!, dates[i + 1]!];
        if (!SPAN_JOIN.test(sentence.slice(a.end, b.start))) continue;
        // The count stated before the span (no other date before it: 2025年 is no term).
        const count = i === 0 ? MONTHS.exec(sentence.slice(0, a.start)) : null;
        const months = count ? (count[1] ? Number(count[1]) : Number(count[2]) * 12) : undefined;
        out.push({ from: a.value, to: b.value, page: page.index, text: sentence.slice(a.start, b.end), ...(months ? { months } : {}) });
      }
    }
  }
  return out;
}

/** The words before the date of a contract's making, and (Chinese) the verb after it. */
const MADE_ON = [
  { before: /\b(?:agreement|contract)\s+is\s+(?:made|entered\s+into|concluded|signed)(?:\s+and\s+entered\s+into)?\s+(?:on|as\s+of)\s+/iu, after: /^/u },
  { before: /本合同(?:于|在)\s*/u, after: /^\s*(?:签订|签署|订立)/u },
];

/**
 * The date a contract's opening line gives for its making ("This Agreement is made on 16 May
 * 2025", 本合同于2025年3月1日签订): a signing date as much as the execution page's. An OCR'd
 * line carries its confidence, so a shaky reading is reported as unreliable, not as a finding.
 */
export function madeOn(document: Pick<Document, 'pages'>): Field[] {
  const out: Field[] = [];
  for (const page of document.pages) {
    for (const line of page.lines) {
      for (const cue of MADE_ON) {
        const m = cue.before.exec(line.text);
        if (!m) continue;
        const rest = line.text.slice(m.index + m[0].length);
        const date = findDates(rest)[0];
        if (!date || rest.slice(0, date.start).replace(/^\s*(?:the\s+)?/iu, '') !== '' || !cue.after.test(rest.slice(date.end))) continue;
        const ocr = page.source !== 'text-layer';
        out.push({ value: date.value, raw: rest.slice(date.start, date.end), page: page.index, bbox: line.bbox, confidence: ocr ? line.confidence / 100 : 1, ...(ocr ? { source: 'ocr' as const } : { source: 'text-layer' as const }) });
      }
    }
  }
  return out;
}

/** What introduces the last instalment's date: 最后还款日, 末期还款日, "the last (instalment) on", "final repayment date". */
const LAST_INSTALMENT = /最后(?:一期)?还款日(?:期)?|末期还款日|\b(?:the\s+)?(?:last|final)\s+(?:(?:instal+ment|repayment|payment)\s+)?(?:(?:date|falling\s+due|due)\s+)?(?:is\s+|on\s+)?/giu;
const INSTALMENT_SENTENCE = /还款|instal+ment|repay/iu;

export interface LastInstalment { value: string; page: number; text: string; source: 'ocr' | 'text-layer'; confidence: number }

/** Dates the contract gives for its last instalment, in sentences about repayment (a schedule row counts). */
export function lastInstalments(document: Pick<Document, 'pages' | 'language'>): LastInstalment[] {
  const out: LastInstalment[] = [];
  for (const page of document.pages) {
    const text = page.lines.map((l) => l.text).join(document.language === 'en' ? ' ' : '').replace(/\s+/gu, ' ');
    const confidence = page.source === 'ocr' ? Math.min(...page.lines.map((l) => l.confidence)) / 100 : 1;
    for (const sentence of text.split(/(?<=[。；;])|(?<=\.)\s+(?=[A-Z])/u)) {
      if (!INSTALMENT_SENTENCE.test(sentence)) continue;
      for (const cue of sentence.matchAll(LAST_INSTALMENT)) {
        const at = (cue.index ?? 0) + cue[0].length;
        const rest = sentence.slice(at);
        const date = findDates(rest)[0];
        // The date follows the cue directly: nothing but a label gap or a colon between them.
        if (!date || rest.slice(0, date.start).replace(/[\s:：]/gu, '').length > 0) continue;
        out.push({ value: date.value, page: page.index, text: sentence.slice(cue.index ?? 0, at + date.end), source: page.source === 'ocr' ? 'ocr' : 'text-layer', confidence });
      }
    }
  }
  return out;
}
