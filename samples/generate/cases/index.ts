/**
 * Case folders with planted defects, each with a clean twin (same seed, no defect):
 * `npx tsx samples/generate/cases/index.ts [dev|holdout] [--scans N]`.
 * Writes samples/cases/<set>/<caseId>/{contract,payslip,statement}.pdf + application.json and
 * samples/cases/<set>/truth.json (which codes each case must raise). Needs qpdf and pdftoppm.
 * dev: the dev sample variants and the dev way of making each mistake, text PDFs only (checks may
 * be tuned on it). holdout: the holdout variants and other ways of making the same mistakes, text
 * PDFs in both languages plus scans — not looked at while writing the checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addMonths } from '../calendar.js';
import { makeAddress, makeLoanFacts, makePayFacts, makeStatementFacts } from '../content.js';
import type { RenderedDoc } from '../expected.js';
import { produceForm } from '../forms.js';
import { PLACES } from '../places.js';
import { createRng, hashString } from '../prng.js';
import type { Lang } from '../variant-types.js';
import { DEV_VARIANTS } from '../variants-dev.js';
import { HOLDOUT_VARIANTS } from '../variants-holdout.js';
import { DEFECTS, SALARY_WORDS, type CasePlan, type Defect } from './defects.js';
import { renderCaseContract, renderCasePayslip, renderCaseStatement } from './render.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases');

export interface TruthEntry { id: string; set: string; defect: string | null; variant: string; lang: Lang; form: 'text-pdf' | 'scan-pdf'; expected: string[]; twin: string }

function plan(seed: number, lang: Lang): CasePlan {
  const rng = createRng(seed);
  const loan = makeLoanFacts(rng, lang, 'CNY', 0.5);
  const collateralPlace = rng.pick(PLACES);
  loan.collateralAddress = makeAddress(rng, lang, collateralPlace);
  const pay = makePayFacts(rng, lang, 'CNY', 0.5);
  pay.employee = loan.borrower;
  const statement = makeStatementFacts(rng, lang, 'CNY', 12, 0.5);
  statement.holder = loan.borrower;
  // The pay slip's month is paid into the statement the month after.
  const salary = statement.transactions.filter((t) => SALARY_WORDS.test(t.description));
  for (const t of salary) t.cents = pay.netCents;
  let balance = statement.openingCents;
  for (const t of statement.transactions) { balance += t.cents; t.balanceCents = balance; }
  statement.totalCreditsCents = statement.transactions.filter((t) => t.cents > 0).reduce((a, t) => a + t.cents, 0);
  statement.totalDebitsCents = -statement.transactions.filter((t) => t.cents < 0).reduce((a, t) => a + t.cents, 0);
  statement.closingCents = statement.openingCents + statement.totalCreditsCents - statement.totalDebitsCents;
  if (salary[0]) pay.period = { ...addMonths(salary[0].date, -1), d: 1 };
  return {
    lang, loan, pay, statement, collateralPlace,
    application: {
      caseId: '',
      borrower: { name: loan.borrower.name, idNumber: loan.borrower.idNumber },
      loan: { principal: (loan.principalCents / 100).toFixed(2), currency: 'CNY', annualRatePercent: loan.ratePercent, termMonths: loan.termMonths, disbursementAccount: loan.account, collateralAddress: loan.collateralAddress },
      requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'],
    },
    contract: {},
    payPrinted: { grossCents: pay.grossCents, totalDeductionsCents: pay.totalDeductionsCents, netCents: pay.netCents },
  };
}

function reorder(pdf: Buffer, order: number[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'docreview-cases-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('qpdf', ['--empty', '--pages', join(dir, 'in.pdf'), order.join(','), '--', join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function form(pdf: Buffer, pageCount: number, kind: 'text-pdf' | 'scan-pdf', seed: number): Promise<Buffer> {
  if (kind === 'text-pdf') return pdf;
  const doc: RenderedDoc = { pdf, pageCount, pages: [], fields: {}, generator: {} };
  return (await produceForm(doc, 'scan-pdf', createRng(seed ^ 0xf0f0), new Date(Date.UTC(2025, 5, 1)))).bytes;
}

async function writeCase(dir: string, id: string, seed: number, lang: Lang, kind: 'text-pdf' | 'scan-pdf', set: 'dev' | 'holdout', defect?: Defect): Promise<void> {
  const variants = set === 'dev' ? DEV_VARIANTS : HOLDOUT_VARIANTS;
  const p = plan(seed, lang);
  p.application.caseId = id;
  defect?.apply(p, createRng(seed ^ 0xdefec7), set);
  const folder = join(dir, id);
  mkdirSync(folder, { recursive: true });
  const contract = await renderCaseContract(createRng(seed ^ 1), variants, lang, p.loan, p.contract);
  let pdf = contract.pdf;
  let pages = contract.pageCount;
  if (p.pageOrder) { const order = p.pageOrder(pages); pdf = reorder(pdf, order); pages = order.length; }
  writeFileSync(join(folder, 'contract.pdf'), await form(pdf, pages, kind, seed ^ 11));
  if (p.omit !== 'pay_slip') writeFileSync(join(folder, 'payslip.pdf'), await form(await renderCasePayslip(createRng(seed ^ 2), variants, lang, p.pay, p.payPrinted), 1, kind, seed ^ 12));
  if (p.omit !== 'bank_statement') {
    const st = await renderCaseStatement(createRng(seed ^ 3), variants, lang, p.statement);
    writeFileSync(join(folder, 'statement.pdf'), await form(st, Number(/\/Count (\d+)/.exec(st.toString('latin1'))?.[1] ?? 1), kind, seed ^ 13));
  }
  writeFileSync(join(folder, 'application.json'), `${JSON.stringify(p.application, null, 2)}\n`);
}

async function main(): Promise<void> {
  const set = (process.argv[2] ?? 'holdout') as 'dev' | 'holdout';
  const scans = set === 'holdout';
  const dir = join(OUT, set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const truth: TruthEntry[] = [];
  const combos: { lang: Lang; kind: 'text-pdf' | 'scan-pdf' }[] = [{ lang: 'zh', kind: 'text-pdf' }, { lang: 'en', kind: 'text-pdf' }];
  for (const [i, defect] of DEFECTS.entries()) {
    const runs = scans ? [...combos, { lang: (i % 2 ? 'en' : 'zh') as Lang, kind: 'scan-pdf' as const }] : combos;
    for (const { lang, kind } of runs) {
      const base = `${set}-${defect.id}-${lang}-${kind === 'text-pdf' ? 'text' : 'scan'}`;
      const seed = hashString(base) >>> 0;
      await writeCase(dir, base, seed, lang, kind, set, defect);
      await writeCase(dir, `${base}-clean`, seed, lang, kind, set);
      truth.push({ id: base, set, defect: defect.id, variant: set, lang, form: kind, expected: defect.codes, twin: `${base}-clean` });
      truth.push({ id: `${base}-clean`, set, defect: null, variant: set, lang, form: kind, expected: [], twin: base });
      process.stderr.write(`${base} (+clean)\n`);
    }
  }
  writeFileSync(join(dir, 'truth.json'), `${JSON.stringify({ set, cases: truth }, null, 2)}\n`);
}

await main();
