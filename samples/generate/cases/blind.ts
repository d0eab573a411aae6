/**
 * The blind case set: `npx tsx samples/generate/cases/blind.ts`. Needs qpdf, pdftoppm, pdftotext.
 * Writes samples/cases/blind/<caseId>/{contract,payslip,statement}.pdf + application.json and
 * samples/cases/blind/truth.json. Every document is drawn in the blind sample set's layouts and
 * wordings (variants-blind.ts), which no check was written against; every defect (blind-defects.ts)
 * is planted in both languages, each with a clean twin rendered from the same seed. Text-layer PDFs,
 * plus three defective cases (and their twins) scanned. Written without reading the checks.
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
import { renderContract } from '../layout-contract.js';
import { renderPayslip } from '../layout-payslip.js';
import { renderStatement } from '../layout-statement.js';
import { PLACES } from '../places.js';
import { createRng, hashString } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { BLIND_VARIANTS } from '../variants-blind.js';
import { checkCleanPlan, checkFolder, textLineDiff, twinDifferences } from './blind-check.js';
import { BLIND_DEFECTS, reconcile, type BlindDefect, type BlindPlan } from './blind-defects.js';
import { SALARY_WORDS } from './defects.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases', 'blind');
/** The blind case set's own seed (no other set or case set shares it). */
const SEED = 20261124;
/** The whole folder stays under this. */
const MAX_BYTES = 15_000_000;
/** The defects also planted in scanned cases (≤ 6 scanned folders with their twins). */
const SCANNED: Array<[string, Lang]> = [['balance-one-row', 'zh'], ['payslip-arithmetic', 'en'], ['account-slip', 'zh']];

type Form = 'text-pdf' | 'scan-pdf';

interface TruthEntry {
  id: string; set: 'blind'; defect: string | null; how: string | null; lang: Lang; form: Form; expected: string[]; twin: string;
  layouts: { contract: string; payslip: string; statement: string };
}

function makePlan(seed: number, lang: Lang, form: Form, defect: BlindDefect): BlindPlan {
  const rng = createRng(seed);
  const loan = makeLoanFacts(rng, lang, 'CNY', BLIND_VARIANTS.surnameFirstEnglish);
  const collateralPlace = rng.pick(PLACES);
  loan.collateralAddress = makeAddress(rng, lang, collateralPlace);
  const pay = makePayFacts(rng, lang, 'CNY', BLIND_VARIANTS.surnameFirstEnglish);
  pay.employee = loan.borrower;
  const statement = makeStatementFacts(rng, lang, 'CNY', form === 'scan-pdf' ? rng.int(9, 11) : rng.int(10, 16), BLIND_VARIANTS.surnameFirstEnglish);
  statement.holder = loan.borrower;
  // The pay slip's month is credited the month after, on the date the pay slip says it was paid.
  const salary = statement.transactions.filter((t) => SALARY_WORDS.test(t.description));
  for (const t of salary) t.cents = pay.netCents;
  reconcile(statement);
  pay.period = { ...addMonths(salary[0]!.date, -1), d: 1 };
  pay.payDate = salary[0]!.date;
  const plan: BlindPlan = {
    lang, loan, pay, statement, collateralPlace, contract: {},
    application: { caseId: '', borrower: { name: '', idNumber: '' }, loan: { principal: '', currency: 'CNY', annualRatePercent: '', termMonths: 0, disbursementAccount: '', collateralAddress: '' }, requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'] },
  };
  defect.prepare?.(plan);
  plan.application.borrower = { name: loan.borrower.name, idNumber: loan.borrower.idNumber };
  plan.application.loan = { principal: (loan.principalCents / 100).toFixed(2), currency: 'CNY', annualRatePercent: loan.ratePercent, termMonths: loan.termMonths, disbursementAccount: loan.account, collateralAddress: loan.collateralAddress };
  return plan;
}

function withTemp<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'docreview-blind-cases-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    return work(join(dir, 'in.pdf'), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pageTexts = (pdf: Buffer, count: number): string[] => withTemp(pdf, (file) => Array.from({ length: count }, (_, i) =>
  execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-']).toString().replace(/\s+/g, '')));

const reorder = (pdf: Buffer, order: number[]): Buffer => withTemp(pdf, (file, dir) => {
  // A deterministic /ID, so the set regenerates byte for byte.
  execFileSync('qpdf', ['--deterministic-id', '--empty', '--pages', file, order.join(','), '--', join(dir, 'out.pdf')]);
  return readFileSync(join(dir, 'out.pdf'));
});

async function inForm(doc: RenderedDoc, form: Form, seed: number): Promise<Buffer> {
  if (form === 'text-pdf') return doc.pdf;
  return (await produceForm(doc, 'scan-pdf', createRng(seed ^ 0xf0f0), new Date(Date.UTC(2025, 5, 1)))).bytes;
}

interface CaseSpec { id: string; seed: number; lang: Lang; form: Form; defect: BlindDefect; layout: number[] }

/** Renders one case folder; the defect is planted only when `plant`. Returns the layouts drawn. */
async function writeCase(spec: CaseSpec, id: string, plant: boolean): Promise<TruthEntry['layouts']> {
  const { seed, lang, form, defect, layout } = spec;
  const plan = makePlan(seed, lang, form, defect);
  plan.application.caseId = id;
  if (plant) defect.plant(plan, createRng(seed ^ 0xdefec7));
  else checkCleanPlan(plan, id);
  const folder = join(OUT, id);
  mkdirSync(folder, { recursive: true });
  const scanned = form === 'scan-pdf';
  const contract = await renderContract(createRng(seed ^ 1), BLIND_VARIANTS, lang, {
    maxPages: scanned ? 2 : 4,
    targetPages: scanned ? 2 : (plan.contractPages ?? createRng(seed ^ 0x5eed).pick([2, 3, 3, 4] as const)),
    layoutIndex: layout[0],
    given: { facts: plan.loan, ...plan.contract },
  });
  if (plan.pageOrder) {
    const order = plan.pageOrder(pageTexts(contract.pdf, contract.pageCount));
    contract.pdf = reorder(contract.pdf, order);
    contract.pageCount = order.length;
  }
  const payslip = await renderPayslip(createRng(seed ^ 2), BLIND_VARIANTS, lang, layout[1], plan.pay);
  const statement = await renderStatement(createRng(seed ^ 3), BLIND_VARIANTS, lang, { transactions: plan.statement.transactions.length, layoutIndex: layout[2], facts: plan.statement });
  writeFileSync(join(folder, 'contract.pdf'), await inForm(contract, form, seed ^ 11));
  writeFileSync(join(folder, 'payslip.pdf'), await inForm(payslip, form, seed ^ 12));
  writeFileSync(join(folder, 'statement.pdf'), await inForm(statement, form, seed ^ 13));
  writeFileSync(join(folder, 'application.json'), `${JSON.stringify(plan.application, null, 2)}\n`);
  checkFolder(folder, id, form);
  return { contract: String(contract.generator.layout), payslip: String(payslip.generator.layout), statement: String(statement.generator.layout) };
}

function specs(): CaseSpec[] {
  const out: CaseSpec[] = [];
  BLIND_DEFECTS.forEach((defect, k) => {
    (['zh', 'en'] as const).forEach((lang, l) => {
      // Layouts alternate so each kind meets both layouts of each document type across the languages,
      // and the three documents' layouts vary independently of one another.
      const layout = [k + l, Math.floor(k / 2) + l, Math.floor(k / 4) + k + l + 1];
      const forms: Form[] = ['text-pdf', ...(SCANNED.some(([d, g]) => d === defect.id && g === lang) ? ['scan-pdf' as const] : [])];
      for (const form of forms) {
        const id = `blind-${defect.id}-${lang}-${form === 'text-pdf' ? 'text' : 'scan'}`;
        out.push({ id, seed: (hashString(id) ^ SEED) >>> 0, lang, form, defect, layout });
      }
    });
  });
  return out;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const truth: TruthEntry[] = [];
  for (const spec of specs()) {
    const { id, lang, form, defect } = spec;
    const twin = `${id}-clean`;
    const layouts = await writeCase(spec, id, true);
    await writeCase(spec, twin, false);
    const differ = twinDifferences(join(OUT, id), join(OUT, twin));
    const touches = defect.touches[lang];
    if (differ.join() !== touches.join()) throw new Error(`Case ${id}: twins differ in ${differ.join(', ') || 'nothing'}, expected ${touches.join(', ')}`);
    const lines = form === 'text-pdf' ? touches.filter((f) => f.endsWith('.pdf')).map((f) => `${f} ${textLineDiff(join(OUT, id, f), join(OUT, twin, f))} lines`) : [];
    const common = { set: 'blind' as const, lang, form, layouts };
    truth.push({ id, ...common, defect: defect.id, how: defect.how[lang], expected: defect.codes, twin });
    truth.push({ id: twin, ...common, defect: null, how: null, expected: [], twin: id });
    process.stderr.write(`${id} (+clean): differs in ${differ.join(', ')}${lines.length ? ` (${lines.join('; ')})` : ''}\n`);
  }
  writeFileSync(join(OUT, 'truth.json'), `${JSON.stringify({ set: 'blind', seed: SEED, cases: truth }, null, 2)}\n`);
  const size = (dir: string): number => readdirSync(dir, { withFileTypes: true }).reduce((s, e) => s + (e.isDirectory() ? size(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
  const total = size(OUT);
  if (total >= MAX_BYTES) throw new Error(`samples/cases/blind is ${total} bytes, expected < ${MAX_BYTES}`);
  process.stderr.write(`${truth.length} cases (${truth.filter((t) => t.defect).length} defective), ${(total / 1e6).toFixed(2)} MB\n`);
}

await main();
