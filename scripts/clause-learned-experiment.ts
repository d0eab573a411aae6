/**
 * Issue #5: does a learned, less wording-bound signal (logistic regression over character n-grams,
 * `clause-ngram-model.ts`) raise recall on clause wordings it was not trained on without raising
 * false alarms? Leave-one-set-out over the labelled clause sets: train on every set but X, test on X.
 * Compares (a) the rules, (b) the classifier alone at 0.5, (c) rules OR classifier at a threshold
 * chosen on the training sets only (inner leave-one-set-out: the lowest threshold whose out-of-fold
 * false alarms, rules included, stay ≤ 1 % of standard clauses; the strict table also wants none in
 * standard-only contracts). Result (README, clause section): not wired in.
 *
 * The rules today were fixed on every set, so on X they are "informed". `--first-contact X=DIR` gives
 * the source tree (`src/`, `config/`, `data/clauses`, e.g. from
 * `git archive <commit> src config data/clauses package.json`, with `node_modules` linked) of the
 * rules as they were when X arrived, for the honest blind comparison.
 *
 * `--other-contracts` then trains on every set (strict threshold) and counts the clauses it alone would
 * queue in the text-layer loan contracts outside `samples/clauses` (the case and document sets): the
 * false alarms a wired-in cue would add there.
 *
 * Usage: npx tsx scripts/clause-learned-experiment.ts [--pages-cache DIR] [--first-contact blind4=DIR …] [--probe FILE] [--explain SET] [--other-contracts]
 * A probe file holds `title || text` lines: unusual ones first, then a `# near-miss` line, then standard ones.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspectFile, OcrSession } from '../pipelines/check.js';
import type { Page } from '../src/model/index.js';
import { readManifest } from '../samples/generate/clauses/evaluate.js';
import { scoreClause, trainNgramModel } from './clause-ngram-model.js';

const SETS = ['dev', 'holdout', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7'] as const;
const TESTED = ['blind4', 'blind5', 'blind6', 'blind7'] as const;
const SECTION_TITLES = /^(?:借款|贷款)?(?:主要条款|合同条款)$/u;
const MAX_FALSE_ALARM_RATE = 0.01;

interface ClauseRow {
  set: string;
  file: string;
  standardOnlyDocument: boolean;
  unusual: boolean;
  text: string;
  /** Today's rules queue it. */
  rules: boolean;
  /** The rules as they were when the set arrived (only for `--first-contact` sets). */
  firstContact?: boolean;
}

interface RulesTree {
  segmentContract: (doc: { pages: Page[] }) => { preamble?: unknown; clauses: { number: string; title?: string; text: string }[] };
  assessClauses: (clauses: unknown[], library: unknown, policy: unknown) => { unusual: boolean; clause: { number: string; title?: string; text: string } }[];
  library: unknown;
  policy: unknown;
}

const args = process.argv.slice(2);
const option = (name: string): string[] => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const cacheDir = option('--pages-cache')[0] ?? path.join(os.tmpdir(), 'docreview-clause-pages');
const firstContactDirs = new Map(option('--first-contact').map((s) => s.split('=') as [string, string]));
const probeFile = option('--probe')[0];
const explain = new Set(option('--explain'));
const otherContracts = args.includes('--other-contracts');

const today = await loadRules(path.resolve(import.meta.dirname, '..'));
let session: OcrSession | undefined;
const rows: ClauseRow[] = [];
try {
  for (const set of SETS) {
    const tree = firstContactDirs.has(set) ? await loadRules(path.resolve(firstContactDirs.get(set)!)) : undefined;
    const dir = path.resolve(import.meta.dirname, '../samples/clauses', set);
    for (const doc of readManifest(dir).documents) {
      const pages = await readPages(set, dir, doc.file);
      const now = assessAligned(today, pages, doc.clauses);
      const then = tree ? assessAligned(tree, pages, doc.clauses) : undefined;
      const standardOnlyDocument = doc.clauses.every((c) => c.expect === 'standard');
      doc.clauses.forEach((expected, i) => {
        const a = now[i];
        if (!a) return; // not segmented as the manifest has it: counted as missed below by the rules' own score
        rows.push({ set, file: doc.file, standardOnlyDocument, unusual: expected.expect !== 'standard', text: `${a.clause.title ?? ''} ${a.clause.text}`, rules: a.unusual, ...(then ? { firstContact: then[i]?.unusual ?? false } : {}) });
      });
      process.stderr.write('.');
    }
  }
} finally {
  await closeSession();
}
process.stderr.write('\n');

const lines: string[] = [];
for (const strict of [false, true]) {
  lines.push(`\n**t: ${strict ? 'out-of-fold false alarms ≤ 1 % of standard clauses and 0 in standard-only contracts' : 'out-of-fold false alarms ≤ 1 % of standard clauses'}**\n`);
  lines.push('| X (test set) | unusual / standard | (a) rules at first contact | (a′) rules today (fixed on X) | (b) classifier, p ≥ 0.5 | (b′) classifier, p ≥ t | (c) first-contact rules OR classifier ≥ t | (c′) today\'s rules OR classifier ≥ t | t |', '|---|---|---|---|---|---|---|---|---|');
  for (const x of TESTED) {
    const train = rows.filter((r) => r.set !== x);
    const test = rows.filter((r) => r.set === x);
    const threshold = chooseThreshold(train, strict);
    const model = trainNgramModel(train);
    const scored = test.map((r) => ({ ...r, p: scoreClause(model, r.text) }));
    const cell = (flag: (r: (typeof scored)[number]) => boolean): string => describe(scored, flag);
    const blind = scored[0]?.firstContact !== undefined;
    if (strict && explain.has(x)) {
      for (const r of scored.filter((r) => !r.unusual && r.p >= threshold)) process.stderr.write(`FA ${x} ${r.file} p=${r.p.toFixed(3)} rules=${r.rules} first=${r.firstContact}: ${r.text.slice(0, 160)}\n`);
      for (const r of scored.filter((r) => r.unusual && r.p >= threshold && !r.firstContact)) process.stderr.write(`NEW ${x} ${r.file} p=${r.p.toFixed(3)}: ${r.text.slice(0, 160)}\n`);
    }
    lines.push(`| ${x} | ${scored.filter((r) => r.unusual).length} / ${scored.filter((r) => !r.unusual).length} | ${blind ? cell((r) => r.firstContact === true) : '–'} | ${cell((r) => r.rules)} | ${cell((r) => r.p >= 0.5)} | ${cell((r) => r.p >= threshold)} | ${blind ? cell((r) => r.firstContact === true || r.p >= threshold) : '–'} | ${cell((r) => r.rules || r.p >= threshold)} | ${threshold.toFixed(3)} |`);
  }
  if (probeFile) lines.push(probeRow(probeFile, strict));
}
if (otherContracts) {
  try {
    lines.push(await otherContractsLine());
  } finally {
    await closeSession();
  }
}
process.stdout.write(`${lines.join('\n')}\n\nCells: recall of unusual clauses (caught/total); false alarms on standard clauses (count, rate); false alarms in standard-only contracts.\n`);

/** Out-of-fold scores on the training sets (inner leave-one-set-out), then the lowest threshold keeping false alarms ≤ 1 %. */
function chooseThreshold(train: readonly ClauseRow[], strict: boolean): number {
  const sets = [...new Set(train.map((r) => r.set))];
  const outOfFold: { row: ClauseRow; p: number }[] = [];
  for (const held of sets) {
    const inner = trainNgramModel(train.filter((r) => r.set !== held));
    for (const row of train.filter((r) => r.set === held)) outOfFold.push({ row, p: scoreClause(inner, row.text) });
  }
  const standard = outOfFold.filter((o) => !o.row.unusual);
  const candidates = [...new Set(standard.map((o) => o.p))].sort((a, b) => a - b);
  for (const t of candidates) {
    const alarms = standard.filter((o) => o.row.rules || o.p > t);
    if (alarms.length <= MAX_FALSE_ALARM_RATE * standard.length && (!strict || !alarms.some((o) => o.row.standardOnlyDocument))) return nextUp(t);
  }
  return 1;
}

function nextUp(t: number): number {
  return t + Math.max(1e-12, t * 1e-9);
}

function describe(rows: readonly (ClauseRow & { p: number })[], flag: (r: ClauseRow & { p: number }) => boolean): string {
  const unusual = rows.filter((r) => r.unusual);
  const standard = rows.filter((r) => !r.unusual);
  const caught = unusual.filter(flag).length;
  const alarms = standard.filter(flag);
  return `${(caught / unusual.length).toFixed(3)} (${caught}/${unusual.length}); FA ${alarms.length} (${((100 * alarms.length) / standard.length).toFixed(1)} %); std-only ${alarms.filter((r) => r.standardOnlyDocument).length}`;
}

function probeRow(file: string, strict: boolean): string {
  const threshold = chooseThreshold(rows, strict);
  const model = trainNgramModel(rows);
  const [unusualPart, standardPart = ''] = readFileSync(file, 'utf8').split(/^# near-miss.*$/mu);
  const parse = (part: string, unusual: boolean): (ClauseRow & { p: number })[] =>
    part.split('\n').filter((l) => l.includes(' || ') && !l.startsWith('#')).map((l) => {
      const [title, text] = l.split(' || ') as [string, string];
      const [a] = today.assessClauses([{ number: '1', title, text, page: 1, bbox: [0, 0, 0, 0], pages: [1] }], today.library, today.policy);
      const joined = `${title} ${text}`;
      return { set: 'probe', file, standardOnlyDocument: false, unusual, text: joined, rules: a?.unusual ?? false, p: scoreClause(model, joined) };
    });
  const scored = [...parse(unusualPart ?? '', true), ...parse(standardPart, false)];
  return `| probe4 (trained on all 8 sets; rules not tuned on it) | ${scored.filter((r) => r.unusual).length} / ${scored.filter((r) => !r.unusual).length} | ${describe(scored, (r) => r.rules)} | – | ${describe(scored, (r) => r.p >= 0.5)} | ${describe(scored, (r) => r.p >= threshold)} | ${describe(scored, (r) => r.rules || r.p >= threshold)} | – | ${threshold.toFixed(3)} |`;
}

/** Clauses of standard text-layer contracts outside the clause sets that the classifier alone would queue. */
async function otherContractsLine(): Promise<string> {
  const threshold = chooseThreshold(rows, true);
  const model = trainNgramModel(rows);
  const root = path.resolve(import.meta.dirname, '..');
  const files = listPdfs(path.join(root, 'samples')).filter((f) => !f.includes(`${path.sep}clauses${path.sep}`) && /contract/iu.test(f) && !/scan/iu.test(f));
  session ??= new OcrSession(1);
  let contracts = 0;
  let clauses = 0;
  const alarms: string[] = [];
  for (const file of files) {
    const { read } = await inspectFile(file, session);
    if (!read || read.document.docType !== 'loan_contract' || read.document.pages.some((p) => p.source === 'ocr')) continue;
    contracts++;
    const { clauses: segmented } = today.segmentContract(read.document);
    const body = segmented.filter((c) => !SECTION_TITLES.test(c.title ?? ''));
    for (const a of today.assessClauses(body, today.library, today.policy)) {
      clauses++;
      const p = scoreClause(model, `${a.clause.title ?? ''} ${a.clause.text}`);
      if (!a.unusual && p >= threshold) alarms.push(`${path.relative(root, file)} ${a.clause.number} p=${p.toFixed(3)}: ${a.clause.title ?? ''} ${a.clause.text.slice(0, 100)}`);
    }
    process.stderr.write(',');
  }
  for (const a of alarms) process.stderr.write(`\nOTHER ${a}`);
  return `\nOther contracts (trained on all 8 sets, t = ${threshold.toFixed(3)}): ${contracts} text-layer contracts, ${clauses} clauses; the classifier alone queues ${alarms.length} clauses the rules leave, in ${new Set(alarms.map((a) => a.split(' ')[0])).size} contracts.\n`;
}

function listPdfs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listPdfs(path.join(dir, e.name)) : e.name.endsWith('.pdf') ? [path.join(dir, e.name)] : [])).sort();
}

function assessAligned(tree: RulesTree, pages: Page[], expected: readonly { number: string; title: string }[]) {
  const { clauses } = tree.segmentContract({ pages });
  const body = clauses.filter((c) => !SECTION_TITLES.test(c.title ?? ''));
  const assessed = tree.assessClauses(body, tree.library, tree.policy);
  const right = body.length === expected.length && body.every((c, i) => c.number === expected[i]?.number);
  return expected.map((e, i) => (right ? assessed[i] : assessed.find((a) => a.clause.number === e.number && (a.clause.title ?? '').includes(e.title.slice(0, 4)))));
}

async function loadRules(root: string): Promise<RulesTree> {
  const clauses = path.join(root, 'src/clauses');
  const { segmentContract } = await import(path.join(clauses, 'segment.ts'));
  const { assessClauses } = await import(path.join(clauses, 'assess.ts'));
  const { loadClauseLibrary } = await import(path.join(clauses, 'library.ts'));
  const { loadReviewPolicy } = await import(path.join(clauses, 'policy.ts'));
  return { segmentContract, assessClauses, library: loadClauseLibrary(), policy: loadReviewPolicy() };
}

async function closeSession(): Promise<void> {
  await session?.close();
  session = undefined;
}

/** The pages as the pipeline reads them (OCR for scans), cached so a rerun costs no OCR. */
async function readPages(set: string, dir: string, file: string): Promise<Page[]> {
  const cached = path.join(cacheDir, set, `${file}.json`);
  if (existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as Page[];
  session ??= new OcrSession(1);
  const { read, report } = await inspectFile(path.join(dir, file), session);
  if (!read) throw new Error(`Could not read ${file}: ${report.error?.message}`);
  mkdirSync(path.dirname(cached), { recursive: true });
  writeFileSync(cached, JSON.stringify(read.document.pages));
  return read.document.pages;
}
