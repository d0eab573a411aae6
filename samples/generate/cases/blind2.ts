/**
 * The blind2 case set: `npx tsx samples/generate/cases/blind2.ts`. Needs qpdf, pdftoppm, pdftotext,
 * pdfinfo, pdfimages. Writes samples/cases/blind2/<caseId>/ (a loan contract, a pay slip, a bank
 * statement and application.json; see blind2-defects.ts for the cases that differ) and
 * samples/cases/blind2/truth.json. Every defect is planted in a way no earlier case set used, each
 * with a clean twin rendered from the same seed; text-layer PDFs plus six scanned cases. The contract
 * is this set's own layout (blind2-render.ts); pay slips and statements use the layouts of the
 * unseen and blind sample sets. Written by a tester who read the generator but not the checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths } from '../calendar.js';
import { makeAddress, makeLoanFacts, makePayFacts, makeStatementFacts } from '../content.js';
import type { RenderedDoc } from '../expected.js';
import { produceForm } from '../forms.js';
import { renderPayslip } from '../layout-payslip.js';
import { renderStatement } from '../layout-statement.js';
import { PLACES } from '../places.js';
import { createRng, hashString } from '../prng.js';
import type { Lang, VariantSet } from '../variant-types.js';
import { BLIND_VARIANTS } from '../variants-blind.js';
import { UNSEEN_VARIANTS } from '../variants-unseen.js';
import { bothTexts, check, checkCleanPlan, checkCleanTexts, checkFolder, normalise, pdfImages, pdfText } from './blind2-check.js';
import { BLIND2_DEFECTS, reconcile, type Blind2Defect, type Blind2Plan, type DocKey, type Mark } from './blind2-defects.js';
import { renderBlind2Contract } from './blind2-render.js';
import { SALARY_WORDS } from './defects.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases', 'blind2');
/** Text-layer renderings of scanned cases, kept for the self-check only (not committed). */
const SCRATCH = process.env.BLIND2_SCRATCH ?? join(tmpdir(), 'blind2cases');
/** The blind2 case set's own seed. */
const SEED = 20261201;
const MAX_BYTES = 25_000_000;

type Form = 'text-pdf' | 'scan-pdf';

interface TruthEntry {
  id: string; set: 'blind2'; lang: Lang; form: Form; variants: string;
  layouts: { contract: string; payslip: string; statement: string };
  defect: string | null; how: string | null; expected: string[]; twin: string;
}

/**
 * The unseen set's variants with amounts in ASCII digits: its full-width amounts wrap inside the
 * pay slip's grid cells (３４，０００． / ００), which would hide the very figures a case is about.
 */
const UNSEEN_AMOUNTS_ASCII: VariantSet = { ...UNSEEN_VARIANTS, fullWidthAmounts: false };

const DEFAULT_NAMES: Record<DocKey, string> = { contract: 'contract.pdf', payslip: 'payslip.pdf', statement: 'statement.pdf' };

function makePlan(seed: number, lang: Lang, scanned: boolean, defect: Blind2Defect, variants: VariantSet): Blind2Plan {
  const rng = createRng(seed);
  const loan = makeLoanFacts(rng, lang, 'CNY', variants.surnameFirstEnglish);
  const collateralPlace = rng.pick(PLACES);
  loan.collateralAddress = makeAddress(rng, lang, collateralPlace);
  const pay = makePayFacts(rng, lang, 'CNY', variants.surnameFirstEnglish);
  pay.employee = loan.borrower;
  const statement = makeStatementFacts(rng, lang, 'CNY', scanned ? rng.int(8, 10) : rng.int(10, 15), variants.surnameFirstEnglish);
  statement.holder = loan.borrower;
  const salary = statement.transactions.filter((t) => SALARY_WORDS.test(t.description));
  for (const t of salary) t.cents = pay.netCents;
  reconcile(statement);
  pay.period = { ...addMonths(salary[0]!.date, -1), d: 1 };
  pay.payDate = salary[0]!.date;
  const plan: Blind2Plan = {
    lang, scanned, loan, pay, statement, collateralPlace, contract: {},
    application: { caseId: '', borrower: { name: '', idNumber: '' }, loan: { principal: '', currency: 'CNY', annualRatePercent: '', termMonths: 0, disbursementAccount: '', collateralAddress: '' }, requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'] },
  };
  plan.application.loan.collateralAddress = loan.collateralAddress;
  defect.prepare?.(plan);
  // Salary credits follow the pay slip's net whatever prepare did to it.
  for (const t of statement.transactions) if (SALARY_WORDS.test(t.description)) t.cents = pay.netCents;
  reconcile(statement);
  plan.application.borrower = { name: loan.borrower.name, idNumber: loan.borrower.idNumber };
  plan.application.loan = { principal: (loan.principalCents / 100).toFixed(2), currency: 'CNY', annualRatePercent: loan.ratePercent, termMonths: loan.termMonths, disbursementAccount: loan.account, collateralAddress: loan.collateralAddress };
  return plan;
}

function withTemp<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'docreview-blind2-'));
  try { return work(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}

const pageTexts = (pdf: Buffer, count: number): string[] => withTemp((dir) => {
  writeFileSync(join(dir, 'in.pdf'), pdf);
  return Array.from({ length: count }, (_, i) => pdfText(join(dir, 'in.pdf'), i + 1).replace(/\s+/g, ''));
});

const reorder = (pdf: Buffer, order: number[]): Buffer => withTemp((dir) => {
  writeFileSync(join(dir, 'in.pdf'), pdf);
  execFileSync('qpdf', ['--deterministic-id', '--empty', '--pages', join(dir, 'in.pdf'), order.join(','), '--', join(dir, 'out.pdf')]);
  return readFileSync(join(dir, 'out.pdf'));
});

/** Word-processor and spreadsheet producers the sample layouts may draw, replaced in place (same length, offsets unchanged). */
const NEUTRAL: Array<[string, string]> = [['(Microsoft Word)', '(LoanDoc Engine)'], ['(WPS Office)', '(CBS Report)'], ['(Microsoft Excel)', '(Payroll Svc 5.1)']];
function bankGenerated(pdf: Buffer): Buffer {
  let text = pdf.toString('latin1');
  for (const [from, to] of NEUTRAL) {
    if (from.length !== to.length) throw new Error(`Expected ${to} as long as ${from}`);
    text = text.split(from).join(to);
  }
  return Buffer.from(text, 'latin1');
}

async function inForm(pdf: Buffer, pageCount: number, form: Form, seed: number): Promise<Buffer> {
  if (form === 'text-pdf') return pdf;
  const doc: RenderedDoc = { pdf, pageCount, pages: [], fields: {}, generator: {} };
  return (await produceForm(doc, 'scan-pdf', createRng(seed ^ 0xf0f0), new Date(Date.UTC(2025, 6, 1)))).bytes;
}

interface CaseSpec { id: string; seed: number; lang: Lang; form: Form; defect: Blind2Defect; variants: VariantSet; layout: [number, number] }

interface Written {
  layouts: TruthEntry['layouts'];
  plan: Blind2Plan;
  /** Normalised text of each document's text-layer rendering. */
  texts: Partial<Record<DocKey, string>>;
  pages: string[];
  images: number;
  files: string[];
  /** The contract's amount-in-words line as printed. */
  words: string;
}

async function writeCase(spec: CaseSpec, id: string, plant: boolean): Promise<Written> {
  const { seed, lang, form, defect, variants, layout } = spec;
  const scanned = form === 'scan-pdf';
  const plan = makePlan(seed, lang, scanned, defect, variants);
  plan.application.caseId = id;
  if (plant) defect.plant(plan, createRng(seed ^ 0xdefec7));
  else checkCleanPlan(plan, id);
  const folder = join(OUT, id);
  const scratch = join(SCRATCH, id);
  mkdirSync(folder, { recursive: true });
  mkdirSync(scratch, { recursive: true });
  const names = plan.fileNames ?? DEFAULT_NAMES;
  const texts: Written['texts'] = {};
  const files: string[] = [];
  const put = async (key: DocKey | 'previous', pdf: Buffer, pages: number, salt: number): Promise<void> => {
    const name = key === 'previous' ? 'payslip-2.pdf' : names[key];
    writeFileSync(join(scratch, name), pdf);
    if (key !== 'previous') texts[key] = normalise(bothTexts(join(scratch, name)));
    writeFileSync(join(folder, name), await inForm(pdf, pages, form, seed ^ salt));
    files.push(name);
  };

  const contract = await renderBlind2Contract(createRng(seed ^ 1), variants, lang, plan.loan, plan.contract);
  let contractPdf = contract.pdf;
  let contractPages = contract.pageCount;
  const pages = pageTexts(contractPdf, contractPages);
  if (defect.id.startsWith('page-')) {
    // Both twins go through qpdf, so that they differ in their pages only.
    const order = plan.pageOrder ? plan.pageOrder(pages) : Array.from({ length: contractPages }, (_, i) => i + 1);
    contractPdf = reorder(contractPdf, order);
    contractPages = order.length;
  }
  await put('contract', contractPdf, contractPages, 11);
  const payslip = await renderPayslip(createRng(seed ^ 2), variants, lang, layout[0], plan.pay);
  if (plan.omit !== 'payslip') await put('payslip', bankGenerated(payslip.pdf), payslip.pageCount, 12);
  if (plan.previousPayslip) {
    const previous = { ...plan.pay, period: addMonths(plan.pay.period, -1), payDate: addMonths(plan.pay.payDate, -1) };
    const doc = await renderPayslip(createRng(seed ^ 4), variants, lang, layout[0], previous);
    await put('previous', bankGenerated(doc.pdf), doc.pageCount, 14);
  }
  const statement = await renderStatement(createRng(seed ^ 3), variants, lang, { transactions: plan.statement.transactions.length, layoutIndex: layout[1], facts: plan.statement });
  if (plan.omit !== 'statement') await put('statement', bankGenerated(statement.pdf), statement.pageCount, 13);
  writeFileSync(join(folder, 'application.json'), `${JSON.stringify(plan.application, null, 2)}\n`);
  checkFolder(folder, id, files, scanned);
  if (!plant) checkCleanTexts(plan, id, texts, contract.wordsText);
  return {
    layouts: { contract: 'blind2-contract', payslip: String(payslip.generator.layout), statement: String(statement.generator.layout) },
    plan, texts, files, words: contract.wordsText,
    pages: pageTexts(contractPdf, contractPages),
    images: withTemp((dir) => { writeFileSync(join(dir, 'c.pdf'), contractPdf); return pdfImages(join(dir, 'c.pdf')); }),
  };
}

/** The planted defect is there in the defective twin's documents and not in the clean twin's. */
function checkPlanted(id: string, defect: Blind2Defect, bad: Written, good: Written): string {
  const marks: Mark[] = defect.marks?.(bad.plan, good.plan) ?? [];
  for (const m of marks) {
    check(m.text.length > 0, id, `empty mark for ${m.doc}`);
    const want = normalise(m.text);
    if (m.doc === 'application') {
      const [a, b] = [bad.plan.application, good.plan.application].map((x) => normalise(JSON.stringify(x)));
      check(a!.includes(want) && !b!.includes(want), id, `application does not show ${m.text} only in the defective twin`);
      continue;
    }
    // Counted, not just found: a planted amount may also occur inside a longer number by chance.
    const count = (text: string | undefined): number => (text ?? '').split(want).length - 1;
    check(count(bad.texts[m.doc]) > count(good.texts[m.doc]), id, `${m.doc} text does not show the planted ${m.text} more often than the clean twin (${count(bad.texts[m.doc])} vs ${count(good.texts[m.doc])})`);
  }
  const differing = (['contract', 'payslip', 'statement'] as const).filter((d) => bad.texts[d] !== good.texts[d]);
  const appDiffers = JSON.stringify({ ...bad.plan.application, caseId: '' }) !== JSON.stringify({ ...good.plan.application, caseId: '' });
  const notes = [`text differs in ${[...differing, ...(appDiffers ? ['application'] : [])].join(', ') || 'nothing'}`];
  if (defect.id.startsWith('page-')) {
    const index = (t: string): number => good.pages.indexOf(t) + 1;
    const order = bad.pages.map(index);
    check(order.every((n) => n > 0) && new Set(good.pages).size === good.pages.length, id, 'contract pages are not the clean pages');
    notes.push(`contract pages ${order.join(',')} of ${good.pages.length}`);
    const heads = (t: string): string[] => t.match(/第[一二三四五六七八九十]+条|(?:Article|Clause)\d+/gu) ?? [];
    notes.push(`clause heads per page ${bad.pages.map((t) => heads(t).join('/') || '-').join(' | ')}`);
  } else if (defect.id === 'signature-block') {
    check(bad.images === good.images - 1, id, `expected one image fewer in the contract, got ${bad.images} vs ${good.images}`);
    notes.push(`contract images ${bad.images} vs ${good.images}`);
  } else if (defect.id === 'document-missing') {
    check(bad.files.length === good.files.length - 1, id, `expected one file fewer, got ${bad.files.join(',')} vs ${good.files.join(',')}`);
    notes.push(`files ${bad.files.join(',')} vs ${good.files.join(',')}`);
  } else {
    check(differing.length > 0 || appDiffers, id, 'the twins do not differ');
  }
  if (defect.id.startsWith('words-')) {
    check(bad.words !== good.words && (bad.texts.contract ?? '').includes(normalise(bad.words)), id, `planted words ${bad.words} not printed`);
    notes.push(`words "${bad.words}" vs "${good.words}"`);
  }
  return notes.join('; ');
}

function specs(): CaseSpec[] {
  const out: CaseSpec[] = [];
  BLIND2_DEFECTS.forEach((defect, k) => {
    (['zh', 'en'] as const).forEach((lang, l) => {
      const variants = (k + l) % 2 ? BLIND_VARIANTS : UNSEEN_AMOUNTS_ASCII;
      const layout: [number, number] = [Math.floor(k / 2) + l, Math.floor(k / 4) + k + l];
      const forms: Form[] = [...(defect.how[lang] && !(defect.id === 'page-duplicate' && lang === 'zh') ? ['text-pdf' as const] : []), ...(defect.scan?.includes(lang) ? ['scan-pdf' as const] : [])];
      for (const form of forms) {
        const id = `blind2-${defect.id}-${lang}-${form === 'text-pdf' ? 'text' : 'scan'}`;
        out.push({ id, seed: (hashString(id) ^ SEED) >>> 0, lang, form, defect, variants, layout });
      }
    });
  });
  return out;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (!only.length) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const truth: TruthEntry[] = [];
  for (const spec of specs()) {
    if (only.length && !only.some((o) => spec.id.includes(o))) continue;
    const { id, lang, form, defect, variants } = spec;
    const twin = `${id}-clean`;
    const bad = await writeCase(spec, id, true);
    const good = await writeCase(spec, twin, false);
    const notes = checkPlanted(id, defect, bad, good);
    const common = { set: 'blind2' as const, lang, form, variants: variants.name, layouts: bad.layouts };
    truth.push({ id, ...common, defect: defect.id, how: defect.how[lang]!, expected: defect.codes, twin });
    truth.push({ id: twin, ...common, defect: null, how: null, expected: [], twin: id });
    process.stderr.write(`${id} (+clean): ${notes}\n`);
  }
  if (only.length) return;
  writeFileSync(join(OUT, 'truth.json'), `${JSON.stringify({ set: 'blind2', seed: SEED, cases: truth }, null, 2)}\n`);
  const size = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  const total = size(OUT);
  if (total >= MAX_BYTES) throw new Error(`samples/cases/blind2 is ${total} bytes, expected < ${MAX_BYTES}`);
  const defective = truth.filter((t) => t.defect);
  const codes = new Map<string, number>();
  for (const t of defective) for (const c of t.expected) codes.set(c, (codes.get(c) ?? 0) + 1);
  process.stderr.write(`${truth.length} cases (${defective.length} defective, ${defective.filter((t) => t.form === 'scan-pdf').length} scanned), ${(total / 1e6).toFixed(2)} MB\n`);
  process.stderr.write(`${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}\n`);
}

await main();
