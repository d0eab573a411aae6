/**
 * Fields of a document: for each canonical field of its type, every labelled mention, the best
 * one chosen, normalised, with page, box, raw text and confidence.
 */
import type { DocType, Field, Transaction } from '../model/schema.js';
import type { Document } from '../model/document.js';
import { collectLines, spanBox, spanConfidence, type TextLine } from './lines.js';
import { unionBox } from '../layout/join.js';
import { findCandidates, locate, type Candidate, type KeySpan } from './find.js';
import { findDates, inferDateOrder, readMonth } from './values.js';
import { findAmountWords, findUnreadWordsLines, type WordsMention } from './amount-words.js';
import { extractTransactions } from './transactions.js';
import { mergeWrappedRows } from './wrapped-rows.js';
import { inferMissingFields } from './inferred.js';
import { repairChecksums } from './checksum-repair.js';
import { findTitleMonth, findTitleName, splitBranch } from './titles.js';
import type { FieldSpec } from './fields/spec.js';
import { LOAN_CONTRACT_FIELDS } from './fields/loan-contract.js';
import { PAY_SLIP_FIELDS } from './fields/pay-slip.js';
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

const PLACEMENT_RANK = { inline: 0, below: 1, 'next-line': 2 } as const;

/**
 * Extract the canonical fields of a classified document.
 * @example const { fields } = extractFields(doc); fields.principal?.value // '1250000.00'
 */
export function extractFields(doc: Pick<Document, 'pages' | 'docType' | 'language'>): Extraction {
  const lines = collectLines(doc);
  const specs = SPECS[doc.docType];
  const anyLabel = new RegExp(specs.map((s) => `(?:${s.label.source})`).join('|'), 'iu');
  const context = { dateOrder: inferDateOrder(lines.map((l) => l.text).join('\n')) };
  const fields: Record<string, Field> = {};
  const mentions: Record<string, Field[]> = {};
  const sources = new Map(doc.pages.map((p) => [p.index, p.source]));
  const chosenLines = new Map<string, TextLine>();

  const keyLines = mergeWrappedRows(lines, specs.map((s) => s.label));
  const candidatesOf = new Map(specs.map((spec) => {
    const readable = (text: string) => spec.read(text, '', context) !== null;
    const findOptions = { anyLabel, allowProse: spec.allowProse ?? false, multiline: spec.multiline ?? false, readable };
    const bare = spec.colonLabel ? findCandidates(keyLines, spec.colonLabel, { ...findOptions, requireColon: true }) : [];
    const order = (c: Candidate) => c.parts[0]!.line.page * 1e6 + c.parts[0]!.line.row * 1e3 + c.parts[0]!.start / 1e3;
    return [spec.name, [...findCandidates(keyLines, spec.label, findOptions), ...bare].sort((a, b) => order(a) - order(b))] as const;
  }));
  const owned = arbitrateKeys(candidatesOf);

  for (const spec of specs) {
    const found: { field: Field; candidate: Candidate }[] = [];
    for (const candidate of owned.get(spec.name) ?? []) {
      const read = spec.read(candidate.text, candidate.label, context);
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
  }

  addTitleNames(lines, fields, doc.docType, sources);
  addPeriod(lines, fields, doc.docType, sources, context.dateOrder);
  const amountWords = findAmountWords(lines);
  if (doc.docType === 'loan_contract') addPrincipalInWords(fields, amountWords, chosenLines.get('principal'), sources);
  addCurrency(fields, lines, doc.language);
  const statement = doc.docType === 'bank_statement' ? extractTransactions(lines, context.dateOrder, moneyValue(fields.openingBalance)) : undefined;
  if (statement?.openingRow && !fields.openingBalance) {
    const { value, line, start, end } = statement.openingRow;
    fields.openingBalance = { value, raw: line.line.text.slice(start, end), page: line.page, bbox: spanBox(line.line, start, end), source: sources.get(line.page), confidence: round(spanConfidence(line.line, start, end) * 0.9), evidence: { placement: 'balance row', line: line.line.text.trim() } };
    mentions.openingBalance = [fields.openingBalance];
  }
  const transactions = statement?.transactions ?? [];
  inferMissingFields(lines, fields, doc.docType, transactions, sources);
  repairChecksums(fields);
  for (const [name, field] of Object.entries(fields)) if (!mentions[name] && field.evidence?.placement === 'inferred') mentions[name] = [field];
  return { fields, mentions, transactions, amountWords, unreadWordsLines: findUnreadWordsLines(lines, amountWords) };
}

/**
 * One key, one field: where the keys of several fields overlap on a line (上期结余 holds 结余;
 * "Repayment Term" holds "Repayment"; "Gross Deductions" holds "Gross"), the field whose label ends
 * last owns it (the head word closes a key in Chinese and English alike), then the longer label; a
 * label in brackets ("HPF (Employee)") qualifies the key and yields to one outside them.
 */
function arbitrateKeys(candidatesOf: ReadonlyMap<string, Candidate[]>): Map<string, Candidate[]> {
  const keyed = [...candidatesOf].flatMap(([name, list]) => list.flatMap((c) => (c.key ? [{ name, key: c.key }] : [])));
  const beats = (a: KeySpan, b: KeySpan) => Number(b.bracketed) - Number(a.bracketed) || a.labelEnd - b.labelEnd || (a.labelEnd - a.labelStart) - (b.labelEnd - b.labelStart);
  const out = new Map<string, Candidate[]>();
  for (const [name, list] of candidatesOf) {
    out.set(name, list.filter(({ key }) => !key || !keyed.some((o) =>
      o.name !== name && o.key.line === key.line && o.key.start < key.end && key.start < o.key.end && beats(o.key, key) > 0)));
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

const PERIOD_JOIN = /^\s*(?:起\s*)?(?:至|到|~|～|—|–|-|to|until|till|through|and)\s*$/iu;
const PERIOD_CUE = /期限|期间|起止|自|从|查询|账期|period|from|between|term/iu;

/** Two dates joined as a span (自…起至…止, from … to …, 2025-01-01 至 2025-03-31). */
function addPeriod(lines: readonly TextLine[], fields: Record<string, Field>, docType: DocType, sources: Map<number, Field['source']>, order?: 'DMY' | 'MDY'): void {
  const [startName, endName] = docType === 'bank_statement' ? ['periodStart', 'periodEnd'] : docType === 'loan_contract' ? ['startDate', 'endDate'] : [];
  if (!startName || !endName || (fields[startName] && fields[endName])) return;
  let fallback: { line: TextLine; a: ReturnType<typeof findDates>[number]; b: ReturnType<typeof findDates>[number] } | undefined;
  for (const line of lines) {
    const dates = findDates(line.text, order);
    for (let i = 0; i + 1 < dates.length; i++) {
      const a = dates[i]!;
      const b = dates[i + 1]!;
      if (!PERIOD_JOIN.test(line.text.slice(a.end, b.start))) continue;
      if (PERIOD_CUE.test(line.text.slice(0, a.start + 2))) { fallback = { line, a, b }; break; }
      fallback ??= { line, a, b };
    }
    if (fallback && PERIOD_CUE.test(fallback.line.text)) break;
  }
  if (!fallback) return;
  const { line, a, b } = fallback;
  const make = (d: typeof a): Field => ({
    value: d.value,
    raw: line.line.text.slice(d.start, d.end),
    page: line.page,
    bbox: spanBox(line.line, d.start, d.end),
    source: sources.get(line.page),
    confidence: round(spanConfidence(line.line, d.start, d.end)),
    evidence: { placement: 'period', line: line.line.text.trim() },
  });
  fields[startName] ??= make(a);
  fields[endName] ??= make(b);
}

/** The words mention nearest the principal in figures (same line, or the lines after it). */
function addPrincipalInWords(fields: Record<string, Field>, words: readonly WordsMention[], principalLine: TextLine | undefined, sources: Map<number, Field['source']>): void {
  const distance = (w: WordsMention) =>
    principalLine ? Math.abs(w.line.page - principalLine.page) * 1000 + Math.abs(w.line.row - principalLine.row) : 0;
  const best = [...words].sort((a, b) => distance(a) - distance(b) || (a.amount ? 0 : 1) - (b.amount ? 0 : 1))[0];
  if (!best) return;
  const spans = [{ line: best.line, start: best.start, end: best.end }, ...(best.wrapped ? [best.wrapped] : [])];
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
    if (/\bUSD\b|US\s*\$|US\s+Dollars?|美元/iu.test(text)) currency = 'USD';
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
