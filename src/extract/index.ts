/**
 * Fields of a document: for each canonical field of its type, every labelled mention, the best
 * one chosen, normalised, with page, box, raw text and confidence.
 */
import type { DocType, Field, Transaction } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { boxesOf, collectLines, nextLinePhrase, spanBox, spanConfidence, type TextLine } from './lines.js';
import { unionBox } from '../layout/join.js';
import { findCandidates, locate, type Candidate, type KeySpan } from './find.js';
import { findDates, inferDateOrder, readMonth, SPAN_JOIN } from './values.js';
import { findAmountWords, findUnreadWordsLines, type WordsMention } from './amount-words.js';
import { extractTransactions, tableHeaderRows } from './transactions.js';
import { readSummaryLines } from './statement-summary.js';
import { findHolderAboveAccount } from './holder-line.js';
import { findSpanDates } from './period-dates.js';
import { mergeWrappedRows } from './wrapped-rows.js';
import { transposeHeaderBands } from './header-bands.js';
import { splitGridColumns } from './grid-columns.js';
import { inferMissingFields } from './inferred.js';
import { repairChecksums } from './checksum-repair.js';
import { findTitleMonth, findTitleName, splitBranch } from './titles.js';
import { addProseTerms } from './prose-terms.js';
import { keepLatestPeriod, type PeriodHeader } from './period-columns.js';
import { addPaySlipProse } from './payslip-prose.js';
import type { FieldSpec } from './fields/spec.js';
import { LOAN_CONTRACT_FIELDS } from './fields/loan-contract.js';
import { PAY_SLIP_FIELDS } from './fields/pay-slip.js';
import { findHolderInProse } from './holder-prose.js';
import { isPageTransfer } from './page-transfers.js';
import { BANK_STATEMENT_FIELDS } from './fields/bank-statement.js';

export { collectLines, type TextLine } from './lines.js';
export { findAmountWords, type WordsMention } from './amount-words.js';

const SPECS: Record<DocType, FieldSpec[]> = {
  loan_contract: LOAN_CONTRACT_FIELDS,
  pay_slip: PAY_SLIP_FIELDS,
  bank_statement: BANK_STATEMENT_FIELDS,
  unknown: [],
};

export interface Extraction {
  fields: Record<string, Field>;
  /** Every mention that parsed, per field, for consistency checks. */
  mentions: Record<string, Field[]>;
  transactions: Transaction[];
  amountWords: WordsMention[];
  /** Lines labelled 大写 / in words that could not be read: worth a second OCR pass. */
  unreadWordsLines: TextLine[];
}

/** Every label of a document type in one pattern, to stop a value where the next key begins. Built once: see patterns.ts. */
const ANY_LABEL = Object.fromEntries(Object.entries(SPECS).map(([type, specs]) =>
  [type, new RegExp(specs.flatMap((s) => [s.label, ...(s.partLabel ? [s.partLabel] : [])]).map((l) => `(?:${l.source})`).join('|'), 'iu')])) as Record<DocType, RegExp>;

const PLACEMENT_RANK = { inline: 0, below: 1, 'next-line': 2 } as const;

/**
 * Extract the canonical fields of a classified document.
 * @example const { fields } = extractFields(doc); fields.principal?.value // '1250000.00'
 */
export function extractFields(doc: Pick<Document, 'pages' | 'docType' | 'language'>): Extraction {
  const lines = collectLines(doc);
  const specs = SPECS[doc.docType];
  const anyLabel = ANY_LABEL[doc.docType];
  const context = { dateOrder: inferDateOrder(lines.map((l) => l.text).join('\n')) };
  const fields: Record<string, Field> = {};
  const mentions: Record<string, Field[]> = {};
  const sources = new Map(doc.pages.map((p) => [p.index, p.source]));
  const chosenLines = new Map<string, TextLine>();
  /** Fields read from running text or a key heading its line, not from a key closed by a colon, a gap or a value below. */
  const weak = new Set<string>();

  // A pay slip of several months side by side states the latest one.
  const periods = doc.docType === 'pay_slip' ? keepLatestPeriod(lines) : { lines };
  const keyLines = transposeHeaderBands(mergeWrappedRows(splitGridColumns(periods.lines), specs.map((s) => s.label)), anyLabel);
  const candidatesOf = new Map(specs.map((spec) => {
    const readable = (text: string) => spec.read(text, '', context) !== null;
    const findOptions = { anyLabel, allowProse: spec.allowProse ?? false, multiline: spec.multiline ?? false, readable, proseCue: spec.proseCue };
    const bare = [
      ...(spec.colonLabel ? findCandidates(keyLines, spec.colonLabel, { ...findOptions, requireColon: true }) : []),
      ...(spec.keyLabel ? findCandidates(keyLines, spec.keyLabel, { ...findOptions, requireStrong: true }) : []),
    ];
    const order = (c: Candidate) => c.parts[0]!.line.page * 1e6 + c.parts[0]!.line.row * 1e3 + c.parts[0]!.start / 1e3;
    const sorted = (list: Candidate[]) => list.sort((a, b) => order(a) - order(b));
    const parts = spec.partLabel ? [[partOf(spec.name), sorted(findCandidates(keyLines, spec.partLabel, findOptions))] as const] : [];
    return [[spec.name, sorted([...findCandidates(keyLines, spec.label, findOptions), ...bare])] as const, ...parts];
  }).flat());
  const specOf = new Map(specs.map((s) => [s.name, s]));
  const reads = (name: string, c: Candidate) => !!specOf.get(name.replace(/\/part$/u, ''))?.read(c.text, c.label, { ...context, key: c.keyText });
  const owned = arbitrateKeys(candidatesOf, reads);

  const tableHeads = doc.docType === 'bank_statement' ? tableHeaderRows(lines, context.dateOrder) : undefined;
  const pageSpan = { first: Math.min(...lines.map((l) => l.page)), last: Math.max(...lines.map((l) => l.page)) };
  for (const spec of specs) {
    const found: { field: Field; candidate: Candidate }[] = [];
    const whole = owned.get(spec.name) ?? [];
    const readable = whole.some((c) => spec.read(c.text, c.label, { ...context, key: c.keyText }));
    for (const candidate of readable ? whole : owned.get(partOf(spec.name)) ?? []) {
      // A transaction table's column header (结余, Balance) keys no value: a cell stands below it.
      if (candidate.placement === 'below' && candidate.key && tableHeads?.has(`${candidate.key.line.page}:${candidate.key.line.row}`)) continue;
      if (doc.docType === 'bank_statement' && isPageTransfer(spec.name, candidate.keyText ?? candidate.label, candidate.parts[0]!.line.page, pageSpan)) continue;
      const read = spec.read(candidate.text, candidate.label, { ...context, key: candidate.keyText });
      if (!read) continue;
      const { bbox, raw, spans } = locate(candidate, read.start, read.end);
      const first = spans[0] ?? candidate.parts[0]!;
      const confidence = Math.min(...spans.map((s) => spanConfidence(s.line.line, s.start, s.end)), 1);
      const value = read.verbatim === 'compact' ? raw.replace(/\s+/gu, '') : read.verbatim === 'trim' ? raw.trim().replace(/\s+/gu, ' ') : read.value;
      const field: Field = {
        value,
        raw,
        page: first.line.page,
        bbox,
        source: sources.get(first.line.page),
        confidence: round(confidence * read.trust * (candidate.keyed ? 1 : 0.9)),
        evidence: { placement: candidate.placement, label: candidate.label.trim(), ...(read.extra ?? {}) },
      };
      found.push({ field, candidate });
    }
    if (found.length === 0) continue;
    mentions[spec.name] = found.map((f) => f.field);
    const chosen = choose(found, spec.prefer ?? 'first');
    fields[spec.name] = chosen.field;
    chosenLines.set(spec.name, chosen.candidate.parts[0]!.line);
    if (chosen.candidate.strength < 2) weak.add(spec.name);
  }

  if (periods.period) fields.payPeriod = periodField(periods.period, sources);
  if (doc.docType === 'pay_slip') addPaySlipProse(lines, fields, { specs, sources, replace: weak });
  addTitleNames(lines, fields, doc.docType, sources);
  addPeriod(lines, fields, doc.docType, sources, context.dateOrder);
  if (doc.docType === 'loan_contract') addProseTerms(lines, fields, { dateOrder: context.dateOrder, sources });
  const amountWords = findAmountWords(lines);
  if (doc.docType === 'loan_contract') addPrincipalInWords(fields, amountWords, chosenLines.get('principal'), sources);
  addCurrency(fields, lines, doc.language);
  const statement = doc.docType === 'bank_statement' ? extractTransactions(lines, context.dateOrder, moneyValue(fields.openingBalance)) : undefined;
  if (statement?.openingRow && !fields.openingBalance) {
    const { value, line, start, end } = statement.openingRow;
    fields.openingBalance = { value, raw: line.line.text.slice(start, end), page: line.page, bbox: spanBox(line.line, start, end), source: sources.get(line.page), confidence: round(spanConfidence(line.line, start, end) * 0.9), evidence: { placement: 'balance row', line: line.line.text.trim() } };
    mentions.openingBalance = [fields.openingBalance];
  }
  // A totals row under the table's columns (合计 | 支取 | 存入 | 结余), or a bare summary line
  // ("Money in  68,313.93"), states what no label does.
  const totals = statement?.totalsRow;
  const summary = statement ? readSummaryLines(lines, context.dateOrder) : {};
  for (const [name, cell, placement] of [['totalCredits', totals?.credits ?? summary.totalCredits, totals?.credits ? 'totals row' : 'summary line'], ['totalDebits', totals?.debits ?? summary.totalDebits, totals?.debits ? 'totals row' : 'summary line'], ['closingBalance', totals?.balance, 'totals row']] as const) {
    if (!cell || fields[name]) continue;
    const { value, line, start, end } = cell;
    fields[name] = { value, raw: line.line.text.slice(start, end), page: line.page, bbox: spanBox(line.line, start, end), source: sources.get(line.page), confidence: round(spanConfidence(line.line, start, end) * 0.9), evidence: { placement, line: line.line.text.trim() } };
    mentions[name] = [fields[name]];
  }
  const transactions = statement?.transactions ?? [];
  inferMissingFields(lines, fields, doc.docType, transactions, sources);
  if (doc.docType === 'bank_statement' && !fields.accountHolder) {
    const holder = (fields.accountNumber ? findHolderAboveAccount(lines, fields.accountNumber) : undefined) ?? findHolderInProse(lines);
    if (holder) { fields.accountHolder = { ...holder, source: sources.get(holder.page) }; mentions.accountHolder = [fields.accountHolder]; }
  }
  repairChecksums(fields);
  for (const [name, field] of Object.entries(fields)) if (!mentions[name] && field.evidence?.placement === 'inferred') mentions[name] = [field];
  return { fields, mentions, transactions, amountWords, unreadWordsLines: findUnreadWordsLines(lines, amountWords) };
}

/** The pay period a period-per-column table's latest column names. */
function periodField({ line, start, end, value }: PeriodHeader, sources: Map<number, Field['source']>): Field {
  return {
    value, raw: line.line.text.slice(start, end), page: line.page, bbox: spanBox(line.line, start, end), source: sources.get(line.page),
    confidence: round(spanConfidence(line.line, start, end)), evidence: { placement: 'column header', rule: 'latest period of the table', line: line.line.text.trim() },
  };
}

/** The arbitration name of a field's part labels (see `FieldSpec.partLabel`). */
function partOf(name: string): string {
  return `${name}/part`;
}

/**
 * One key, one field: where the keys of several fields overlap on a line (上期结余 holds 结余;
 * "Repayment Term" holds "Repayment"; "Gross Deductions" holds "Gross"), the field whose label ends
 * last owns it (the head word closes a key in Chinese and English alike), then the longer label; a
 * label in brackets ("HPF (Employee)") qualifies the key and yields to one outside them. Only a field
 * that can read the key's value claims it: in "SI Employee Share  1,669.50" the word Employee
 * qualifies the share, and a name field that finds no name there takes nothing from it.
 */
function arbitrateKeys(candidatesOf: ReadonlyMap<string, Candidate[]>, reads: (name: string, c: Candidate) => boolean): Map<string, Candidate[]> {
  const readers = [...candidatesOf].flatMap(([name, list]) => list.flatMap((c) => (c.key && reads(name, c) ? [{ name, c, key: c.key }] : [])));
  // A value read from words another field holds as its key ("Pension Employee Part  720.00": the name field reads "Part") is no value.
  const insideOtherKey = (name: string, c: Candidate) => readers.some((o) =>
    o.name !== name && o.c.placement === 'inline' && o.key.line === c.parts[0]!.line && c.parts[0]!.start >= o.key.start && c.parts[0]!.start < o.key.end);
  const keyed = readers.filter((o) => !insideOtherKey(o.name, o.c));
  const beats = (a: KeySpan, b: KeySpan) => Number(b.bracketed) - Number(a.bracketed) || a.labelEnd - b.labelEnd || (a.labelEnd - a.labelStart) - (b.labelEnd - b.labelStart);
  const out = new Map<string, Candidate[]>();
  for (const [name, list] of candidatesOf) {
    out.set(name, list.filter((c) => !insideOtherKey(name, c) && (!c.key || !keyed.some((o) =>
      o.name !== name && o.key.line === c.key!.line && o.key.start < c.key!.end && c.key!.start < o.key.end && beats(o.key, c.key!) > 0))));
  }
  return out;
}

/** Employer and bank from titles when no label names them; a bank's branch kept apart from its name. */
function addTitleNames(lines: readonly TextLine[], fields: Record<string, Field>, docType: DocType, sources: Map<number, Field['source']>): void {
  if (docType === 'pay_slip' && !fields.employerName) {
    const title = findTitleName(lines, 'organisation');
    if (title) fields.employerName = { ...title, source: sources.get(title.page) };
  }
  if (docType === 'pay_slip' && !fields.payPeriod) {
    const title = findTitleMonth(lines, (text) => readMonth(text, ''));
    if (title) fields.payPeriod = { ...title, source: sources.get(title.page) };
  }
  if (docType === 'bank_statement') {
    const title = fields.bankName ? undefined : findTitleName(lines, 'bank');
    if (title) fields.bankName = { ...title, source: sources.get(title.page) };
    const bank = fields.bankName;
    if (!bank) return;
    const { bank: name, branch } = splitBranch(bank.raw.trim());
    if (branch) fields.bankName = { ...bank, value: name.replace(/\s+/gu, ''), evidence: { ...bank.evidence, branch } };
  }
}

function choose<T extends { field: Field; candidate: Candidate }>(found: T[], prefer: 'first' | 'last'): T {
  const ranked = [...found].sort((a, b) =>
    b.candidate.strength - a.candidate.strength ||
    PLACEMENT_RANK[a.candidate.placement] - PLACEMENT_RANK[b.candidate.placement]);
  const best = ranked[0]!;
  const peers = found.filter((f) => f.candidate.strength === best.candidate.strength && f.candidate.placement === best.candidate.placement);
  return prefer === 'last' ? peers.at(-1)! : peers[0]!;
}

const PERIOD_JOIN = new RegExp(`${SPAN_JOIN.source}|^\\s*and\\s*$`, 'iu');
const PERIOD_CUE = /期限|期间|起止|起讫|自|从|查询|账期|period|from|between|term|duration|commenc/iu;

/** Two dates joined as a span (自…起至…止, from … to …, 2025-01-01 至 2025-03-31), the second possibly wrapped onto the next line. */
function addPeriod(lines: readonly TextLine[], fields: Record<string, Field>, docType: DocType, sources: Map<number, Field['source']>, order?: 'DMY' | 'MDY'): void {
  const [startName, endName] = docType === 'bank_statement' ? ['periodStart', 'periodEnd'] : docType === 'loan_contract' ? ['startDate', 'endDate'] : [];
  if (!startName || !endName || (fields[startName] && fields[endName])) return;
  type Dated = ReturnType<typeof findDates>[number];
  let fallback: { text: PeriodText; a: Dated; b: Dated } | undefined;
  for (const [i, line] of lines.entries()) {
    for (const text of [{ line, text: line.text }, wrappedPeriodText(lines, i), wrappedProsePeriodText(lines, i), ...wrappedCellPeriodTexts(lines, i)]) {
      if (!text) continue;
      const dates = findSpanDates(text.text, order);
      for (let k = 0; k + 1 < dates.length; k++) {
        const a = dates[k]!;
        const b = dates[k + 1]!;
        if (!PERIOD_JOIN.test(text.text.slice(a.end, b.start))) continue;
        if (PERIOD_CUE.test(text.text.slice(0, a.start + 2))) { fallback = { text, a, b }; break; }
        fallback ??= { text, a, b };
      }
      if (fallback) break;
    }
    if (fallback && PERIOD_CUE.test(fallback.text.text)) break;
  }
  if (!fallback) return;
  const { text, a, b } = fallback;
  const make = (d: Dated): Field => {
    const own = Math.min(d.end, text.wrap?.headEnd ?? text.line.text.length);
    const spans = [{ line: text.line, start: d.start, end: own }];
    if (text.wrap && d.end > text.wrap.offset) spans.push({ line: text.wrap.line, start: text.wrap.start + Math.max(0, d.start - text.wrap.offset), end: text.wrap.start + d.end - text.wrap.offset });
    const shown = spans.filter((p) => p.end > p.start);
    return {
      value: d.value,
      raw: shown.map((p) => p.line.line.text.slice(p.start, p.end)).join(''),
      page: text.line.page,
      bbox: unionBox(shown.map((p) => spanBox(p.line.line, p.start, p.end))),
      source: sources.get(text.line.page),
      confidence: round(Math.min(...shown.map((p) => spanConfidence(p.line.line, p.start, p.end)))),
      evidence: { placement: 'period', line: text.text.trim() },
    };
  };
  fields[startName] ??= make(a);
  fields[endName] ??= make(b);
}

/** A line's text, with the text of the next line's last cell appended when that wraps the line's last cell. */
interface PeriodText { line: TextLine; text: string; wrap?: { line: TextLine; start: number; offset: number; headEnd: number } }

/**
 * "查询日期  二〇二四年三月一日 至 二〇二四年三月三" over "十一日", "Statement  1st November 2024 to 30th"
 * over "November 2024": a cell's text wraps onto a tight line, under the cell. The line read on
 * into the wrapped piece, or undefined when the next line does not wrap this one.
 */
function wrappedPeriodText(lines: readonly TextLine[], i: number): PeriodText | undefined {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!next || next.page !== line.page) return undefined;
  const h = line.line.bbox[3];
  if (next.line.bbox[1] - (line.line.bbox[1] + h) > 0.6 * h) return undefined;
  const cells = [...line.text.matchAll(/\S+(?:\s\S+)*/gu)];
  const nextCells = [...next.text.matchAll(/\S+(?:\s\S+)*/gu)];
  const last = cells.at(-1);
  const tail = nextCells.at(-1);
  if (!last || !tail || !/\d|[〇一二三四五六七八九十]/u.test(last[0])) return undefined;
  // The wrapped piece starts under the cell it continues, not left of it.
  if (spanBox(next.line, tail.index!, tail.index! + 1)[0] < spanBox(line.line, last.index!, last.index! + 1)[0] - h) return undefined;
  const head = line.text.trimEnd();
  const sep = /[\u4e00-\u9fff]$/u.test(head) && /^[\u4e00-\u9fff]/u.test(tail[0]) ? '' : ' ';
  const offset = head.length + sep.length;
  return { line, text: head + sep + tail[0], wrap: { line: next, start: tail.index!, offset, headEnd: head.length } };
}

/**
 * Running text that wraps inside a period: "…贷款起止期限自2023年6月25日起至" over "2024年12月24日止，…",
 * "… commencing on 3 May 2024 and ending on" over "2 May 2026, …". The line reads on into the next
 * line's first phrase when the line ends inside the period (a join word or a date's piece) and the
 * next line opens with a figure.
 */
function wrappedProsePeriodText(lines: readonly TextLine[], i: number): PeriodText | undefined {
  const line = lines[i]!;
  const head = line.text.trimEnd();
  if (!/(?:至|到|起至|止于|[-–—~～]|\b(?:to|until|till|and(?: ending| expiring)?(?: on)?|through)|年|月|\d)$/iu.test(head)) return undefined;
  const phrase = nextLinePhrase(lines, i);
  const tail = phrase?.line.text.slice(phrase.start, phrase.end);
  // The join may wrap with the second date: "… starting on 16-Apr-2025 and" over "ending on 16-Apr-2027, …".
  if (!phrase || !tail || !/^(?:(?:and\s+)?(?:ending|expiring|terminating|maturing|until|to|through)\s+(?:on\s+)?)?(?:[\d０-９〇零一二三四五六七八九十]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/iu.test(tail)) return undefined;
  const sep = /[\u4e00-\u9fff\d]$/u.test(head) && /^[\u4e00-\u9fff\d]/u.test(tail) && /[\u4e00-\u9fff]/u.test(head.slice(-2)) ? '' : ' ';
  const offset = head.length + sep.length;
  return { line, text: head + sep + tail, wrap: { line: phrase.line, start: phrase.start, offset, headEnd: head.length } };
}

/**
 * A period in a box among other boxes (label above, value below) wraps inside its box: "2025年06月01日 至
 * 2025年07月" over "31日", with the next box's value beside it. Each box of the line holding a figure,
 * read on into the piece of the tight next line that starts under it. Boxes part at a column gap or a
 * wide blank between words (a text layer may print one space between boxes).
 */
function wrappedCellPeriodTexts(lines: readonly TextLine[], i: number): PeriodText[] {
  const line = lines[i]!;
  const next = lines[i + 1];
  if (!next || next.page !== line.page) return [];
  const h = line.line.bbox[3];
  if (next.line.bbox[1] - (line.line.bbox[1] + h) > 0.6 * h) return [];
  const boxes = boxesOf(line);
  const pieces = boxesOf(next);
  return boxes.slice(0, -1).flatMap((box, k) => {
    const head = line.text.slice(0, box.end);
    const right = boxes[k + 1]!.x0;
    const piece = pieces.find((p) => p.x0 >= box.x0 - h && p.x0 < right - h);
    if (!piece || !/\d|[〇一二三四五六七八九十]/u.test(line.text.slice(box.start, box.end))) return [];
    const tail = next.text.slice(piece.start, piece.end);
    const sep = /[\u4e00-\u9fff]$/u.test(head) && /^[\u4e00-\u9fff]/u.test(tail) ? '' : ' ';
    return [{ line, text: head + sep + tail, wrap: { line: next, start: piece.start, offset: head.length + sep.length, headEnd: box.end } }];
  });
}

/** The words mention nearest the principal in figures (same line, or the lines after it). */
function addPrincipalInWords(fields: Record<string, Field>, words: readonly WordsMention[], principalLine: TextLine | undefined, sources: Map<number, Field['source']>): void {
  const distance = (w: WordsMention) =>
    principalLine ? Math.abs(w.line.page - principalLine.page) * 1000 + Math.abs(w.line.row - principalLine.row) : 0;
  const best = [...words].sort((a, b) => distance(a) - distance(b) || (a.amount ? 0 : 1) - (b.amount ? 0 : 1))[0];
  if (!best) return;
  const spans = [{ line: best.line, start: best.start, end: best.end }, ...(best.wrapped ? [best.wrapped] : []), ...(best.wrappedMore ?? [])];
  const conf = Math.min(...spans.map((s) => spanConfidence(s.line.line, s.start, s.end)));
  fields.principalInWords = {
    value: best.text,
    raw: spans.map((s) => s.line.line.text.slice(s.start, s.end)).join(''),
    page: best.line.page,
    bbox: unionBox(spans.map((s) => spanBox(s.line.line, s.start, s.end))),
    source: sources.get(best.line.page),
    confidence: round(best.amount ? conf : Math.min(conf, 0.2)),
    evidence: best.amount ? { value: best.amount } : { value: null, unreadable: best.reason ?? 'words not readable' },
  };
}

function addCurrency(fields: Record<string, Field>, lines: readonly TextLine[], language: string): void {
  const fromMoney = Object.values(fields).find((f) => typeof f.evidence?.currency === 'string');
  let currency = fromMoney?.evidence?.currency as string | undefined;
  const text = lines.map((l) => l.text).join('\n');
  if (!currency) {
    if (/\bUSD\b|US\s*\$|(?:US|United\s+States)\s+Dollars?|美元/iu.test(text)) currency = 'USD';
    else if (/\bHKD\b|HK\s*\$|Hong\s+Kong\s+Dollars?|港币|港元/iu.test(text)) currency = 'HKD';
    else if (/\bRMB\b|\bCNY\b|人民币|Renminbi|[¥￥]/iu.test(text) || language === 'zh') currency = 'CNY';
  }
  if (!currency) return;
  const anchor = fromMoney ?? Object.values(fields)[0];
  fields.currency = { value: currency, raw: currency, page: anchor?.page ?? 1, bbox: anchor?.bbox, source: anchor?.source, confidence: fromMoney ? anchor!.confidence : 0.7, evidence: { from: fromMoney ? 'amount marker' : 'document text' } };
}

function moneyValue(field: Field | undefined): string | undefined {
  return typeof field?.value === 'string' && /^-?\d+\.\d{2}$/u.test(field.value) ? field.value : undefined;
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
