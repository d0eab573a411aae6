/**
 * Scoring extracted fields against a sample's expected fields: exact match after the contract's
 * normalisation (free text compared without white space and case).
 */
import type { DocumentReport, Field, Transaction } from '../../src/model/schema.js';

export interface Expected {
  id: string;
  docType: string;
  language: string;
  form: string;
  pageCount?: number;
  pages?: { printedNumber?: number; printedTotal?: number }[];
  fields: Record<string, string | number>;
  transactions?: { date: string; description: string; amount: string; balance: string }[];
  expectError?: string | null;
}

export interface FieldResult { name: string; expected: unknown; got: unknown; ok: boolean }

export interface SampleScore {
  id: string;
  form: string;
  docType: string;
  language: string;
  docTypeOk: boolean;
  fields: FieldResult[];
}

/** The contract's canonical fields (../shared/contract.md); samples may carry more. */
const CANONICAL = new Set([
  'contractNumber', 'borrowerName', 'borrowerIdNumber', 'lenderName', 'principal', 'principalInWords', 'currency', 'annualRatePercent', 'termMonths', 'startDate', 'endDate', 'repaymentMethod', 'disbursementAccount', 'collateralAddress', 'signingDate',
  'employerName', 'employeeName', 'payPeriod', 'grossPay', 'totalDeductions', 'netPay', 'incomeTax', 'socialInsurance', 'housingFund',
  'bankName', 'accountHolder', 'accountNumber', 'periodStart', 'periodEnd', 'openingBalance', 'closingBalance', 'totalCredits', 'totalDebits',
]);

const FREE_TEXT = new Set(['repaymentMethod', 'lenderName', 'employerName', 'bankName', 'borrowerName', 'employeeName', 'accountHolder', 'collateralAddress', 'contractNumber']);

const fold = (s: string) => s.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/gu, '').toLowerCase();

function same(name: string, expected: unknown, got: unknown): boolean {
  if (got === undefined || got === null) return false;
  if (typeof expected === 'number') return Number(got) === expected;
  if (FREE_TEXT.has(name)) return fold(String(expected)) === fold(String(got));
  return String(expected) === String(got);
}

/** Score one report against its expected file. */
export function scoreSample(expected: Expected, report: DocumentReport): SampleScore {
  const results: FieldResult[] = [];
  for (const [name, value] of Object.entries(expected.fields)) {
    if (!CANONICAL.has(name)) continue;
    const field = report.fields[name] as Field | undefined;
    const got = name === 'principalInWords' ? field?.evidence?.value : field?.value;
    results.push({ name, expected: value, got, ok: same(name, value, got) });
  }
  const rows = (report.fields.transactions ?? []) as Transaction[];
  (expected.transactions ?? []).forEach((t, i) => {
    const r = rows[i];
    const ok = !!r && r.date === t.date && r.amount === t.amount && (r.balance ?? '') === t.balance;
    results.push({ name: `transactions[${i}]`, expected: `${t.date} ${t.amount} ${t.balance}`, got: r ? `${r.date} ${r.amount} ${r.balance}` : undefined, ok });
  });
  if (expected.transactions && rows.length > expected.transactions.length) {
    results.push({ name: 'transactions.extra', expected: expected.transactions.length, got: rows.length, ok: false });
  }
  return { id: expected.id, form: expected.form, docType: expected.docType, language: expected.language, docTypeOk: report.document.docType === expected.docType, fields: results };
}

/** Text-layer PDFs versus everything that needs OCR. */
export function formClass(form: string): 'text' | 'scan' {
  return form === 'text-pdf' ? 'text' : 'scan';
}

export interface Tally { group: string; fields: number; exact: number; rate: number; docs: number; docTypeRight: number }

/** Exact-field rate per (set, text|scan, docType, language). */
export function tally(scores: readonly (SampleScore & { set: string })[]): Tally[] {
  const groups = new Map<string, Tally>();
  for (const s of scores) {
    const key = `${s.set} ${formClass(s.form)} ${s.docType} ${s.language}`;
    const t = groups.get(key) ?? { group: key, fields: 0, exact: 0, rate: 0, docs: 0, docTypeRight: 0 };
    t.fields += s.fields.length;
    t.exact += s.fields.filter((f) => f.ok).length;
    t.docs += 1;
    t.docTypeRight += s.docTypeOk ? 1 : 0;
    groups.set(key, t);
  }
  return [...groups.values()].map((t) => ({ ...t, rate: t.fields ? t.exact / t.fields : 1 })).sort((a, b) => a.group.localeCompare(b.group));
}
