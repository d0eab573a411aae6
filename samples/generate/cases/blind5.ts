/**
 * The blind5 case set: `npx tsx samples/generate/cases/blind5.ts` (needs qpdf, pdftoppm, pdftotext,
 * pdfinfo, pdfimages). Writes samples/cases/blind5/<caseId>/ and samples/cases/blind5/truth.json: one
 * case per defect in blind5-defects.ts plus its clean twin from the same seed, and
 * tmp/cases-blind5-contents.md. Scaffolding adapted from blind4.ts. Fails loudly when a clean twin's facts are not consistent, or a planted
 * defect is not visible in the defective twin's text (before any scan) more often than in its twin.
 * Written by a tester who had not read the checks (src/, pipelines/, test/, scripts/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import { addDays, addMonths, compareDates, isoDate } from '../calendar.js';
import { idCheckChar, isLuhnValid } from '../identity.js';
import { PLACES } from '../places.js';
import { createRng, hashString } from '../prng.js';
import { rasterise, scanPage } from '../scan.js';
import { toChineseMoneyWords } from '../money-words.js';
import { makeFacts5, renderContract, renderPayslip, renderStatement, wordsOf, type Facts5 as Facts } from './blind5-docs.js';
import { BLIND5_DEFECTS, type Defect, type DocKey, type Plan } from './blind5-defects.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases', 'blind5');
const SEED = 20261125;
const MAX_CASE_BYTES = 1_000_000;

function check(ok: boolean, id: string, what: string): void {
  if (!ok) throw new Error(`Case ${id}: ${what}`);
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const plain = (c: number): string => (c / 100).toFixed(2);
const norm = (t: string): string => t.replace(/\s+/gu, '').replace(/(?<=\d),(?=\d{3})/gu, '');

function withTemp<T>(work: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'blind5-'));
  try { return work(dir); } finally { rmSync(dir, { recursive: true, force: true }); }
}
const textOf = (pdf: Buffer): string => withTemp((dir) => {
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-']).toString();
});
const reorder = (pdf: Buffer, order: number[]): Buffer => withTemp((dir) => {
  writeFileSync(join(dir, 'in.pdf'), pdf);
  execFileSync('qpdf', ['--deterministic-id', '--empty', '--pages', join(dir, 'in.pdf'), order.join(','), '--', join(dir, 'out.pdf')]);
  return readFileSync(join(dir, 'out.pdf'));
});

/** A grey flatbed scan at 150–200 DPI: every page an image, no text layer. */
async function scanPdf(pdf: Buffer, seed: number): Promise<Buffer> {
  const rng = createRng(seed);
  const dpi = rng.pick([150, 160, 175, 190, 200]);
  const pngs = rasterise(pdf, dpi, { gray: true });
  const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: 'RICOH MP C3004', Creator: 'RICOH MP C3004', CreationDate: new Date(Date.UTC(2025, 8, 2)) } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (const png of pngs) {
    const jpeg = await scanPage(png, rng, { color: false, angle: (rng.next() - 0.5) * 1.6, noise: 2.5, blur: 0.3, quality: dpi > 170 ? 40 : 48 });
    const meta = await sharp(jpeg).metadata();
    const size: [number, number] = (meta.width as number) > (meta.height as number) ? [841.89, 595.28] : [595.28, 841.89];
    doc.addPage({ size, margin: 0 });
    doc.image(jpeg, 0, 0, { width: size[0], height: size[1] });
  }
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function makePlan(defect: Defect, seed: number): Plan {
  const facts = makeFacts5(createRng(seed), defect.lang, { scanned: !!defect.scan, ...defect.options });
  return { facts, app: { principal: plain(facts.principal), account: facts.account, collateral: facts.collateral, name: facts.name } };
}

/** A clean twin agrees with itself everywhere. */
function checkClean(p: Plan, id: string): void {
  const f = p.facts;
  check(!p.pageOrder && !p.omit && f.seal && f.signature, id, 'clean twin carries a planted change');
  check([f.coverPrincipal, f.clausePrincipal, f.schedPrincipal].every((c) => c === f.principal) && p.app.principal === plain(f.principal), id, 'principal mentions differ');
  check(f.coverWords === wordsOf(f.lang, f.principal) && f.clauseWords === f.coverWords, id, 'amount in words ≠ figures');
  check(f.clauseTerm === f.term, id, 'term mentions differ');
  check(f.netWords === toChineseMoneyWords(f.net) && f.subtotalAdjust === 0 && f.carriedAdjust === 0 && f.witness !== f.name && f.ytdMonths === f.payMonth.m, id, 'payslip words, statement subtotal/carried line or witness');
  const plus = addMonths(f.start, f.term);
  check([isoDate(plus), isoDate(addDays(plus, -1))].includes(isoDate(f.end)) && isoDate(f.clauseEnd) === isoDate(f.end) && isoDate(f.schedEnd) === isoDate(f.end), id, 'end ≠ start + term');
  check([f.signing, f.borrowerSigning].every((d) => compareDates(d, f.start) < 0), id, 'signed on or after the start');
  check(f.coverAccount === f.account && f.clauseAccount === f.account && f.stmtAccount === f.account && p.app.account === f.account && isLuhnValid(f.account), id, 'account mentions differ or fail Luhn');
  check(f.clauseCollateral === f.collateral && p.app.collateral === f.collateral, id, 'collateral mentions differ');
  const pl = f.place;
  check(f.collateral.includes(f.lang === 'zh' ? `${pl.city}${pl.district}` : `${pl.districtEn}, ${pl.cityEn}`) && PLACES.some((q) => q.city === pl.city && q.district === pl.district), id, 'collateral not in the gazetteer');
  check([f.coverName, f.signName, f.payName, f.stmtName, p.app.name].every((n) => n === f.name), id, 'names differ');
  check(idCheckChar(f.idNumber.slice(0, 17)) === f.idNumber[17], id, 'ID checksum');
  check(sum(f.earnings.map((l) => l.cents)) === f.gross && sum(f.deductions.map((l) => l.cents)) === f.totalDeductions && f.gross - f.totalDeductions === f.net, id, 'income letter arithmetic');
  let b = f.opening;
  for (const t of f.txns) {
    b += t.cents;
    check(b === t.balance, id, `running balance at ${isoDate(t.date)}`);
    check(compareDates(t.date, f.periodStart) >= 0 && compareDates(t.date, f.periodEnd) <= 0, id, 'transaction outside the period');
  }
  check(f.closing === b && f.opening + f.credits - f.debits === f.closing, id, 'opening + credits − debits ≠ closing');
  check(sum(f.txns.filter((t) => t.cents > 0).map((t) => t.cents)) === f.credits && -sum(f.txns.filter((t) => t.cents < 0).map((t) => t.cents)) === f.debits, id, 'totals');
  const salary = f.txns.filter((t) => t.salary);
  check(salary.length === 1 && salary[0]!.cents === f.net && isoDate(salary[0]!.date) === isoDate(f.payDate), id, 'salary credit ≠ net');
}

interface Written { texts: Record<Exclude<DocKey, 'application'>, string>; app: string; files: string[]; pages: string[]; images: number }

async function writeCase(defect: Defect, id: string, seed: number, plant: boolean): Promise<Written> {
  const plan = makePlan(defect, seed);
  if (plant) defect.plant(plan, createRng(seed ^ 0x5eed));
  else checkClean(plan, id);
  const f: Facts = plan.facts;
  const folder = join(OUT, id);
  mkdirSync(folder, { recursive: true });
  const compact = !!defect.scan;
  const contract = await renderContract(f, compact, defect.marks ?? 'sheet');
  // Both twins of a page defect go through qpdf, so that they differ in their pages only.
  const isPage = defect.id.startsWith('page-');
  const contractPdf = isPage ? reorder(contract.pdf, plan.pageOrder ?? Array.from({ length: contract.pages }, (_, i) => i + 1)) : contract.pdf;
  const docs: Array<[string, Buffer]> = [['contract.pdf', contractPdf]];
  if (plan.omit !== 'payslip') docs.push(['payslip.pdf', await renderPayslip(f)]);
  if (plan.omit !== 'statement') docs.push(['statement.pdf', await renderStatement(f)]);
  const texts = { contract: '', payslip: '', statement: '' };
  let salt = 1;
  for (const [name, pdf] of docs) {
    texts[name.replace('.pdf', '') as keyof typeof texts] = norm(textOf(pdf));
    writeFileSync(join(folder, name), defect.scan ? await scanPdf(pdf, (seed ^ (salt++ * 7919)) >>> 0) : pdf);
  }
  const app = {
    caseId: id,
    borrower: { name: plan.app.name, idNumber: f.idNumber },
    loan: { principal: plan.app.principal, currency: 'CNY', annualRatePercent: f.rate, termMonths: f.term, disbursementAccount: plan.app.account, collateralAddress: plan.app.collateral },
    requiredDocuments: ['loan_contract', 'pay_slip', 'bank_statement'],
  };
  writeFileSync(join(folder, 'application.json'), `${JSON.stringify(app, null, 2)}\n`);
  const bytes = readdirSync(folder).reduce((s, n) => s + statSync(join(folder, n)).size, 0);
  check(bytes < MAX_CASE_BYTES, id, `folder is ${bytes} bytes`);
  const pages = withTemp((dir) => {
    writeFileSync(join(dir, 'c.pdf'), contractPdf);
    const n = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [join(dir, 'c.pdf')]).toString())?.[1]);
    return Array.from({ length: n }, (_, i) => norm(execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', join(dir, 'c.pdf'), '-']).toString()));
  });
  if (defect.scan) check(docs.every(([name]) => Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [join(folder, name)]).toString())?.[1]) <= 2), id, 'a scanned document has more than 2 pages');
  const images = withTemp((dir) => {
    writeFileSync(join(dir, 'c.pdf'), contractPdf);
    return execFileSync('pdfimages', ['-list', join(dir, 'c.pdf')]).toString().split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/u.test(l)).length;
  });
  return { texts, app: norm(JSON.stringify({ ...app, caseId: '' })), files: docs.map(([n]) => n), pages, images };
}

function checkPlanted(defect: Defect, id: string, bad: Written, good: Written, badPlan: Plan, goodPlan: Plan): string {
  if (defect.mark) {
    const m = defect.mark(badPlan, goodPlan);
    const want = norm(m.text);
    const count = (t: string): number => t.split(want).length - 1;
    const [b, g] = m.doc === 'application' ? [bad.app, good.app] : [bad.texts[m.doc], good.texts[m.doc]];
    check(want.length > 0 && count(b) > count(g), id, `${m.doc} does not show ${m.text} more often than the clean twin (${count(b)} vs ${count(g)})`);
  }
  const differ = (['contract', 'payslip', 'statement'] as const).filter((d) => bad.texts[d] !== good.texts[d]);
  if (defect.id.startsWith('page-')) {
    const order = bad.pages.map((t) => good.pages.indexOf(t) + 1);
    check(order.every((n) => n > 0) && order.join() === badPlan.pageOrder!.join(), id, `contract pages ${order.join()} are not the planted order`);
    return `contract pages ${order.join(',')} of ${good.pages.length}`;
  }
  if (defect.codes.includes('DOCUMENT_MISSING')) {
    check(bad.files.length === good.files.length - 1, id, 'no file missing');
    return `files ${bad.files.join(',')} vs ${good.files.join(',')}`;
  }
  if (defect.codes.includes('SIGNATURE_MISSING')) {
    check(bad.images === good.images - 1 && differ.length === 0, id, `expected one image fewer and the same text, got ${bad.images} vs ${good.images} images`);
    return `contract images ${bad.images} vs ${good.images}, text identical`;
  }
  check(differ.length > 0 || bad.app !== good.app, id, 'twins do not differ');
  const others = differ.filter((d) => !(defect.mark && defect.mark(badPlan, goodPlan).doc === d));
  return `differs in ${[...differ, ...(bad.app !== good.app ? ['application'] : [])].join(', ')}${others.length ? ` (also ${others.join(',')})` : ''}`;
}

interface TruthEntry { id: string; set: 'blind5'; lang: string; form: string; variants: string; layouts: Record<string, string>; defect: string | null; how: string | null; expected: string[]; twin: string }

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  if (!only.length) rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const truth: TruthEntry[] = [];
  const contents: string[] = [];
  for (const defect of BLIND5_DEFECTS) {
    const id = `blind5-${defect.id}-${defect.lang}-${defect.scan ? 'scan' : 'text'}`;
    if (only.length && !only.some((o) => id.includes(o))) continue;
    const seed = (hashString(id) ^ SEED) >>> 0;
    const twin = `${id}-clean`;
    const bad = await writeCase(defect, id, seed, true);
    const good = await writeCase(defect, twin, seed, false);
    const badPlan = makePlan(defect, seed);
    defect.plant(badPlan, createRng(seed ^ 0x5eed));
    const notes = checkPlanted(defect, id, bad, good, badPlan, makePlan(defect, seed));
    const form = defect.scan ? 'scan-pdf' : 'text-pdf';
    const zh = defect.lang === 'zh';
    const layouts = { contract: `${zh ? 'blind5-fill-in-blank-form' : 'blind5-agreement-closing-schedule'}-${defect.scan ? '2p' : '4p'}/${defect.marks ?? 'sheet'}`, payslip: zh ? 'blind5-side-by-side-daxie-net' : 'blind5-uk-this-period-ytd', statement: zh ? 'blind5-mobile-export-shou-zhi' : 'blind5-two-page-carried-forward' };
    const common = { set: 'blind5' as const, lang: defect.lang, form, variants: 'blind5', layouts };
    truth.push({ id, ...common, defect: defect.id, how: defect.how, expected: defect.codes, twin });
    truth.push({ id: twin, ...common, defect: null, how: null, expected: [], twin: id });
    contents.push(`- \`${id}\` [${defect.codes.join(', ')}] (${defect.lang}, ${form}): ${defect.how}. Self-check: ${notes}.`);
    process.stderr.write(`${id} (+clean): ${notes}\n`);
  }
  if (only.length) return;
  writeFileSync(join(OUT, 'truth.json'), `${JSON.stringify({ set: 'blind5', seed: SEED, cases: truth }, null, 2)}\n`);
  const codes = new Map<string, number>();
  for (const t of truth.filter((x) => x.defect)) for (const c of t.expected) codes.set(c, (codes.get(c) ?? 0) + 1);
  const summary = `${truth.length} cases (${truth.length / 2} defective, ${truth.filter((t) => t.defect && t.form === 'scan-pdf').length} scanned); ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')}`;
  const md = `# blind5 case set: what was planted where\n\nGenerated by \`npx tsx samples/generate/cases/blind5.ts\` (seed ${SEED}). Every case has a clean twin \`<id>-clean\` (expected []).\n${summary}\n\n${contents.join('\n')}\n`;
  writeFileSync(join(OUT, '..', '..', '..', 'tmp', 'cases-blind5-contents.md'), md);
  process.stderr.write(`${summary}\n`);
}

await main();
