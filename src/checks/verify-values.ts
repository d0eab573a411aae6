/**
 * Before the checks: make the values OCR read with doubt trustworthy, or say they are not.
 *
 * A digit misread at 0.95 confidence looks exactly like a forged one, so an OCR'd value under
 * 0.97 may not accuse a document on its own. Here each such value that a check or a case
 * comparison decides on is backed by independent evidence where the document offers it:
 *  - free, from the document itself: the figures and the amount in words agree; the same value is
 *    printed twice; gross − deductions = net; a statement row's balance follows from the row
 *    before; opening + credits − debits = closing; a contract's start + term = end; the resident
 *    ID's check character or the card number's Luhn digit holds;
 *  - else its box is read again (reread.ts), up to twice: a reading that repeats the first, with
 *    no reading that says otherwise, confirms it (two reads agree); two further readings that agree
 *    on another value replace it (`corrected`, the first kept in `original`) only if evidence on the
 *    document then backs the new value (so after a dissenting first reading the second is made only
 *    where such evidence could exist); otherwise it stays `unconfirmed`, and the checks report
 *    LOW_OCR_CONFIDENCE instead of a mismatch.
 * Results are written to `verification` on the fields and statement rows, which the report carries.
 */
import type { Field, Transaction, Verification } from '../model/schema.js';
import type { Document, Page } from '../model/document.js';
import type { Extraction } from '../extract/index.js';
import type { OcrEngine, PageSegmentation } from '../ocr/engine.js';
import { toCents } from '../extract/parse/cents.js';
import { isValidResidentId, luhnValid } from '../extract/parse/account.js';
import { parseEnglishAmountWords } from '../extract/parse/english-words.js';
import { parseChineseAmountWords } from '../extract/parse/chinese-words.js';
import type { AmountWordsReader } from '../ocr/amount-words-reader.js';
import { readAccount, readDate, readIdNumber, readMoney, readMonth, readMonths, readPersonName, readAddress, readRate, type ValueReader } from '../extract/values.js';
import { ocrLanguages } from '../read/read-document.js';
import { isConfirmed, isMoney } from './reliability.js';
import { rereadBox } from './reread.js';
import { verifyRows } from './verify-rows.js';
import { editDistance } from '../geo/edit-distance.js';
import { contractEndDates } from '../extract/parse/date.js';

/** OCR'd values at or above this confidence are used as read (the case checks' threshold). */
export const VERIFY_BELOW_CONFIDENCE = 0.97;

/** At most this many boxes are read again per document (time: ≈ 0.3–1 s each on a busy core). */
export const MAX_REREADS = 40;

export type Kind = 'money' | 'rate' | 'months' | 'account' | 'id' | 'name' | 'address' | 'date' | 'month';

/** The values checks and case comparisons decide on, per document type, with how to read them. */
const DECISIVE: Record<string, [string, Kind][]> = {
  loan_contract: [['principal', 'money'], ['annualRatePercent', 'rate'], ['termMonths', 'months'], ['disbursementAccount', 'account'], ['borrowerIdNumber', 'id'],
    ['borrowerName', 'name'], ['collateralAddress', 'address'], ['startDate', 'date'], ['endDate', 'date'], ['signingDate', 'date']],
  pay_slip: [['grossPay', 'money'], ['totalDeductions', 'money'], ['netPay', 'money'], ['incomeTax', 'money'], ['socialInsurance', 'money'], ['housingFund', 'money'],
    ['employeeName', 'name'], ['payPeriod', 'month']],
  bank_statement: [['openingBalance', 'money'], ['closingBalance', 'money'], ['totalCredits', 'money'], ['totalDebits', 'money'], ['accountHolder', 'name'],
    ['accountNumber', 'account'], ['periodStart', 'date'], ['periodEnd', 'date']],
};

const READERS: Record<Kind, ValueReader> = {
  money: readMoney, rate: readRate, months: readMonths, account: readAccount, id: readIdNumber, name: readPersonName, address: readAddress, date: readDate, month: readMonth,
};

/** Kinds whose characters are digits plus a few marks: read again under a whitelist. */
const FIGURES = new Set<Kind>(['money', 'rate', 'months', 'account', 'id', 'date', 'month']);

export interface VerifyInput {
  document: Document;
  extraction: Extraction;
  ocr: () => OcrEngine;
  /** The 大写 line reader; without it Chinese amounts in words are not read again. */
  amountWords?: () => AmountWordsReader;
}

export interface VerifySummary {
  confirmed: number;
  corrected: number;
  unconfirmed: number;
  rereads: number;
}

export const needsBacking = (page: Page | undefined, confidence: number) => page?.source === 'ocr' && confidence < VERIFY_BELOW_CONFIDENCE;

/** Record evidence for a value: an unconfirmed one becomes confirmed, a corrected one stays corrected, now backed. */
function mark(target: { verification?: Verification }, by: string): void {
  const v = target.verification;
  if (v && (v.status === 'confirmed' || v.status === 'corrected')) { if (!v.by.includes(by)) v.by.push(by); return; }
  target.verification = { ...v, status: 'confirmed', by: [...(v?.by ?? []), by] };
}

/** Whether reading `a` says value `b`: same amount, number or date; text equal up to edge noise. */
function same(a: unknown, b: unknown, kind: Kind): boolean {
  if (kind === 'money') return isMoney(a) && isMoney(b) && toCents(a) === toCents(b);
  if (kind === 'rate' || kind === 'months') return Number(a) === Number(b);
  return normal(a) === normal(b);
}

/**
 * Whether a reading says the value. Text read from a padded crop may carry stray marks or words
 * from its edges ("~ Room 2605 … Beijing e"): the value counts as read when it stands in the reading
 * as whole words; 谢国栋 does not confirm 谢国, the first pass having cut the name short.
 */
function says(reading: { value: unknown; raw: string } | undefined, value: unknown, kind: Kind): boolean {
  if (reading?.value === undefined) return false;
  if (FIGURES.has(kind) || same(reading.value, value, kind)) return same(reading.value, value, kind);
  const chars = [...normal(value)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (chars.length < 2) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${chars.join('[^\\p{L}\\p{N}]*')}(?![\\p{L}\\p{N}])`, 'iu').test(reading.raw);
}

/** Letters and digits only, upper case: punctuation and stray marks at a crop's edge do not count. */
const normal = (x: unknown) => String(x).replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

/**
 * Whether a differing reading is a rival value (one digit or a character or two apart: what a
 * misread looks like) rather than noise from the crop's edges, which says nothing about the value.
 */
function rivals(a: unknown, b: unknown, kind: Kind): boolean {
  if (FIGURES.has(kind)) return normal(a).replace(/\D/gu, '').length === normal(b).replace(/\D/gu, '').length;
  return editDistance(normal(a), normal(b)) <= 2;
}

/**
 * Verify the document's decisive OCR'd values in place (fields, mentions' chosen values, statement rows).
 * Never throws for a document's content; an OCR failure leaves the value unconfirmed.
 */
export async function verifyOcrValues(input: VerifyInput): Promise<VerifySummary> {
  const { document, extraction } = input;
  const summary: VerifySummary = { confirmed: 0, corrected: 0, unconfirmed: 0, rereads: 0 };
  if (!document.pages.some((p) => p.source === 'ocr')) return summary;
  const decisive = DECISIVE[document.docType] ?? [];
  const fields = extraction.fields;
  const pageOf = (n: number) => document.pages[n - 1];
  const doubtful = (f: Field | undefined): f is Field => !!f && needsBacking(pageOf(f.page), f.confidence) && !isConfirmed(f);

  const balanceBacked = backFromDocument(document, extraction);

  const languages = ocrLanguages(document.pages.map((p) => p.lines.map((l) => l.text).join('\n')).join('\n'));
  let budget = MAX_REREADS;
  const original = new Map<Field, string>();
  const reread = async (page: Page, box: Field['bbox'], kind: Kind, raw: string, method: number): Promise<{ value: unknown; raw: string; confidence: number; method: string } | undefined> => {
    if (!box || budget <= 0) return undefined;
    budget--;
    summary.rereads++;
    const multiline = box[3] > 1.6 * typicalLineHeight(page);
    const psm: PageSegmentation = multiline || method === 1 ? 'block' : 'line';
    const whitelist = FIGURES.has(kind) ? whitelistFor(raw) : undefined;
    const scale = method === 0 ? 2.5 : 3.5;
    try {
      const got = await rereadBox(page, box, input.ocr(), { languages, scale, psm, whitelist });
      if (!got?.text) return undefined;
      // Marks the crop's left edge cut through ("~ Room 2605") are not part of the value.
      const read = READERS[kind](got.text.replace(/^[^\p{L}\p{N}(（¥￥$+-]+/u, ''), '', {});
      return read ? { value: read.value, raw: got.text, confidence: got.confidence, method: `crop×${scale} psm:${psm}${whitelist ? ' whitelist' : ''}` } : { value: undefined, raw: got.text, confidence: got.confidence, method: `crop×${scale} psm:${psm}` };
    } catch {
      return undefined;
    }
  };

  for (const [name, kind] of decisive) {
    const field = fields[name];
    if (!doubtful(field) || !field.bbox) continue;
    const page = pageOf(field.page)!;
    if (!page.image) continue;
    const box = toLineEnd(page, field.bbox);
    const reads: NonNullable<Verification['reads']> = [];
    const first = await reread(page, box, kind, field.raw, 0);
    if (first) reads.push(first);
    if (says(first, field.value, kind)) {
      field.verification = { status: 'confirmed', by: [...(field.verification?.by ?? []), 'reread'], reads };
      continue;
    }
    // A reading that disagrees is doubt, whatever the next one says: the same engine tends to
    // repeat its misreading of a glyph (忆 for 冯), so confirmation needs no dissenting reading.
    const dissent = first?.value !== undefined && rivals(first.value, field.value, kind);
    // After a dissent the second reading can only make a correction, and a correction stands only
    // when evidence on the document backs the new value: where none could, the reading is not made.
    if (dissent && !couldBack(extraction, name, kind, as(field, first!.value))) {
      field.verification = { status: 'unconfirmed', by: field.verification?.by ?? [], reads };
      continue;
    }
    const second = await reread(page, box, kind, field.raw, 1);
    if (second) reads.push(second);
    if (!dissent && says(second, field.value, kind)) {
      field.verification = { status: 'confirmed', by: [...(field.verification?.by ?? []), 'reread'], reads };
    } else if (first?.value !== undefined && second?.value !== undefined && same(first.value, second.value, kind)) {
      field.verification = { status: 'corrected', by: ['reread'], reads, original: field.value };
      original.set(field, field.raw);
      field.value = as(field, first.value);
      field.raw = first.raw;
    } else {
      field.verification = { status: 'unconfirmed', by: field.verification?.by ?? [], reads };
    }
  }

  await verifyWords(input, languages, () => budget-- > 0);
  const opening = isMoney(fields.openingBalance?.value) ? fields.openingBalance : undefined;
  await verifyRows(document, extraction.transactions, balanceBacked, opening, reread, () => budget > 0);
  // A correction stands only when it closes a sum, matches the words or a repeat, passes a check
  // digit: two readings of one box by one engine are not independent enough to change a value.
  backFromDocument(document, extraction);
  for (const field of Object.values(fields)) {
    const v = field.verification;
    if (v?.status !== 'corrected' || isConfirmed(field)) continue;
    field.verification = { status: 'unconfirmed', by: [], reads: v.reads };
    field.value = v.original;
    field.raw = original.get(field) ?? field.raw;
  }

  for (const f of Object.values(fields)) {
    if (!f.verification) continue;
    summary[f.verification.status]++;
  }
  return summary;
}

/**
 * Free evidence on the document itself: words, repeats, sums, balances, check digits. Returns the
 * statement rows whose balance (not necessarily their amount) the next row's arithmetic backs.
 */
function backFromDocument(document: Document, extraction: Extraction): Set<Transaction> {
  const balanceBacked = new Set<Transaction>();
  const f = extraction.fields;
  const money = (name: string) => (isMoney(f[name]?.value) ? f[name] : undefined);

  // Figures and words: two separately printed statements of one amount.
  const principal = money('principal');
  const words = f.principalInWords;
  if (principal && words && isMoney(words.evidence?.value) && toCents(words.evidence.value) === toCents(principal.value as string)) {
    mark(principal, 'amount-words');
    mark(words, 'amount-words');
  }
  if (principal && !isConfirmed(principal)) {
    for (const w of extraction.amountWords) {
      const parsed = /\p{Script=Han}/u.test(w.text) ? undefined : parseEnglishAmountWords(w.text);
      const amount = w.amount ?? (parsed?.ok ? parsed.value : undefined);
      if (amount && isMoney(amount) && toCents(amount) === toCents(principal.value as string)) mark(principal, 'amount-words');
    }
  }

  // A restatement elsewhere (a schedule's figures with their own 大写 line) is backed the same way
  // by the words printed on its page.
  for (const mention of extraction.mentions.principal ?? []) {
    if (mention === principal || isConfirmed(mention) || !isMoney(mention.value)) continue;
    const samePage = extraction.amountWords.filter((w) => w.line.page === mention.page);
    if (samePage.some((w) => { const parsed = /\p{Script=Han}/u.test(w.text) ? undefined : parseEnglishAmountWords(w.text); const amount = w.amount ?? (parsed?.ok ? parsed.value : undefined); return !!amount && isMoney(amount) && toCents(amount) === toCents(mention.value as string); })) mark(mention, 'amount-words');
  }

  // The same value printed at two places.
  for (const [name, mentions] of Object.entries(extraction.mentions)) {
    const chosen = f[name];
    if (!chosen || chosen.value === undefined || chosen.value === null || chosen.value === '') continue;
    const twice = mentions.some((m) => m !== chosen && String(m.value) === String(chosen.value) && elsewhere(m, chosen));
    if (twice) mark(chosen, 'repeated');
  }

  // Check digits; not for a value the extractor already repaired to fit its check digit.
  const unrepaired = (x: Field | undefined): x is Field => !!x && typeof x.value === 'string' && !x.evidence?.repaired;
  const id = f.borrowerIdNumber;
  if (unrepaired(id) && String(id.value).length === 18 && isValidResidentId(String(id.value))) mark(id, 'checksum');
  for (const name of ['disbursementAccount', 'accountNumber']) {
    const a = f[name];
    if (unrepaired(a) && /^\d{16,19}$/u.test(String(a.value)) && luhnValid(String(a.value))) mark(a, 'checksum');
  }

  // Contract: start + term = end (either convention, as contract-dates.ts checks it).
  const [start, end, term] = [f.startDate, f.endDate, f.termMonths];
  if (start && end && term && datesAddUp(start.value, term.value, end.value)) {
    for (const x of [start, end, term]) mark(x, 'date-arithmetic');
  }

  // Pay slip: gross − deductions = net, items = deductions.
  const [gross, deductions, net] = [money('grossPay'), money('totalDeductions'), money('netPay')];
  if (gross && deductions && net && toCents(gross.value as string) - toCents(deductions.value as string) === toCents(net.value as string)) {
    for (const x of [gross, deductions, net]) mark(x, 'arithmetic');
  }
  const items = ['incomeTax', 'socialInsurance', 'housingFund'].map(money).filter((x): x is Field => !!x);
  if (deductions && items.length >= 2 && items.reduce((s, x) => s + toCents(x.value as string), 0n) === toCents(deductions.value as string)) {
    for (const x of [deductions, ...items]) mark(x, 'arithmetic');
  }
  if (gross && net && items.length >= 2 && !deductions && toCents(gross.value as string) - items.reduce((s, x) => s + toCents(x.value as string), 0n) === toCents(net.value as string)) {
    for (const x of [gross, net, ...items]) mark(x, 'arithmetic');
  }

  // Statement: opening + credits − debits = closing; each row's balance from the one before.
  const [opening, closing, credits, debits] = [money('openingBalance'), money('closingBalance'), money('totalCredits'), money('totalDebits')];
  if (opening && closing && credits && debits && toCents(opening.value as string) + toCents(credits.value as string) - toCents(debits.value as string) === toCents(closing.value as string)) {
    for (const x of [opening, closing, credits, debits]) mark(x, 'arithmetic');
  }
  const rows = extraction.transactions;
  let previous: { cents: bigint; confirm: () => void } | undefined = opening ? { cents: toCents(opening.value as string), confirm: () => mark(opening, 'running-balance') } : undefined;
  for (const row of rows) {
    if (row.balance === undefined || !isMoney(row.balance) || !isMoney(row.amount)) { previous = undefined; continue; }
    const balance = toCents(row.balance);
    const amount = toCents(row.amount);
    if (previous && (previous.cents + amount === balance || previous.cents - amount === balance)) {
      previous.confirm();
      mark(row, 'running-balance');
    }
    previous = { cents: balance, confirm: () => { balanceBacked.add(row); } };
  }
  const last = rows.at(-1);
  if (closing && last?.balance && isMoney(last.balance) && toCents(last.balance) === toCents(closing.value as string)) {
    mark(closing, 'repeated');
    balanceBacked.add(last);
  }
  if (credits && rows.length && rows.every(isConfirmed)) {
    const sum = rows.reduce((s, r) => (toCents(r.amount) > 0n ? s + toCents(r.amount) : s), 0n);
    if (sum === toCents(credits.value as string)) mark(credits, 'arithmetic');
  }
  return balanceBacked;
}

/**
 * The amount in words, when it disagrees with the figures (or no figures were read): read its box
 * again, English with the page's engine, Chinese 大写 with the dedicated reader when there is one.
 * The same amount read twice confirms the words; the figures are verified on their own.
 */
async function verifyWords(input: VerifyInput, languages: string[], more: () => boolean): Promise<void> {
  const { document, extraction } = input;
  const words = extraction.fields.principalInWords;
  const stated = words?.evidence?.value;
  const page = words ? document.pages[words.page - 1] : undefined;
  if (!words?.bbox || !isMoney(stated) || !page?.image || !needsBacking(page, words.confidence) || isConfirmed(words)) return;
  const principal = extraction.fields.principal;
  if (principal && isMoney(principal.value) && toCents(principal.value) === toCents(stated)) return;
  if (!more()) return;
  const han = /\p{Script=Han}/u.test(String(words.value));
  let reading: { raw: string; confidence: number; value?: string; method: string } | undefined;
  try {
    if (han) {
      if (!input.amountWords) return;
      const got = await input.amountWords().read(page.image.data, words.bbox);
      const parsed = got.text ? parseChineseAmountWords(got.text.replace(/^.*?(?=[零壹贰叁肆伍陆柒捌玖])/u, '')) : undefined;
      reading = { raw: got.text, confidence: got.confidence / 100, value: parsed?.ok ? parsed.value ?? undefined : undefined, method: 'amount-words reader' };
    } else {
      const multiline = words.bbox[3] > 1.6 * typicalLineHeight(page);
      const got = await rereadBox(page, words.bbox, input.ocr(), { languages, scale: 2.5, psm: multiline ? 'block' : 'line' });
      if (!got) return;
      const text = got.text.replace(/^.*?(?=\b(?:renminbi|rmb|say|us\s*dollars?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/iu, '');
      const parsed = parseEnglishAmountWords(text);
      reading = { raw: got.text, confidence: got.confidence, value: parsed.ok ? parsed.value ?? undefined : undefined, method: 'crop×2.5' };
    }
  } catch {
    return;
  }
  if (!reading) return;
  const agrees = reading.value !== undefined && isMoney(reading.value) && toCents(reading.value) === toCents(stated);
  words.verification = { status: agrees ? 'confirmed' : 'unconfirmed', by: agrees ? ['reread'] : [], reads: [{ value: reading.value, raw: reading.raw, confidence: reading.confidence, method: reading.method }] };
}

/** A reading's value in the field's own type (term months are numbers, the rest strings). */
const as = (field: Field, value: unknown): unknown => (typeof field.value === 'number' ? Number(value) : value);

/** Whether start + term months gives the end date, under either convention genuine contracts use. */
function datesAddUp(start: unknown, term: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string' || !ISO_DATE.test(start) || !ISO_DATE.test(end)) return false;
  if (typeof term !== 'number' || !Number.isInteger(term) || term < 1) return false;
  const { endExclusive, endInclusive } = contractEndDates(start, term);
  return end === endExclusive || end === endInclusive;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Whether evidence on the document could back `value` as field `name` (see backFromDocument): sums,
 * words and check digits for figures; for the rest a mention elsewhere that says the same, or, for
 * the contract's dates and term, start + term = end with the new value in place.
 */
function couldBack(extraction: Extraction, name: string, kind: Kind, value: unknown): boolean {
  if (kind === 'money' || kind === 'id' || kind === 'account') return true;
  const f = extraction.fields;
  const chosen = f[name];
  if (chosen && (extraction.mentions[name] ?? []).some((m) => m !== chosen && String(m.value) === String(value) && elsewhere(m, chosen))) return true;
  const v = (n: string) => (n === name ? value : f[n]?.value);
  return ['startDate', 'endDate', 'termMonths'].includes(name) && datesAddUp(v('startDate'), v('termMonths'), v('endDate'));
}

/** Digits, plus the other characters the first reading put in the value (¥, RMB, 年月日, %, months). */
function whitelistFor(raw: string): string {
  const extra = new Set([...raw.replace(/\s+/gu, '')].filter((c) => !/\d/u.test(c)));
  for (const c of '.,') extra.add(c);
  return `0123456789${[...extra].join('')}`;
}

/**
 * A one-line value's box widened to the end of its line: a reading of exactly the first box would
 * confirm a value the first pass cut short (谢国 for 谢国栋, a card number missing its last group).
 * Readers take the first value in the text, so what follows on the line does no harm.
 */
function toLineEnd(page: Page, box: NonNullable<Field['bbox']>): NonNullable<Field['bbox']> {
  const [x, y, w, h] = box;
  if (h > 1.6 * typicalLineHeight(page)) return box;
  const line = page.lines.find((l) => {
    const [lx, ly, lw, lh] = l.bbox;
    const overlapY = Math.min(y + h, ly + lh) - Math.max(y, ly);
    return overlapY > 0.5 * Math.min(h, lh) && lx <= x + w && lx + lw >= x;
  });
  if (!line) return box;
  const right = Math.max(x + w, line.bbox[0] + line.bbox[2]);
  return [x, Math.min(y, line.bbox[1]), right - x, Math.max(y + h, line.bbox[1] + line.bbox[3]) - Math.min(y, line.bbox[1])];
}

function typicalLineHeight(page: Page): number {
  const heights = page.lines.map((l) => l.bbox[3]).sort((a, b) => a - b);
  return heights[Math.floor(heights.length / 2)] ?? 40;
}

/** Two mentions at different places (not the same words found twice). */
function elsewhere(a: Field, b: Field): boolean {
  if (a.page !== b.page || !a.bbox || !b.bbox) return a.page !== b.page;
  const [ax, ay, aw, ah] = a.bbox;
  const [bx, by, bw, bh] = b.bbox;
  return ax + aw <= bx || bx + bw <= ax || ay + ah <= by || by + bh <= ay;
}
