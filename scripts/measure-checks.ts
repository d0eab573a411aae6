/**
 * Precision and recall per finding code on generated case folders with planted defects:
 * `npx tsx scripts/measure-checks.ts [samples/cases/holdout] [--json OUT] [--only REGEX] [--reports DIR]`
 * [--quick] (`--only` keeps the cases whose id matches, e.g. `scan`; `--reports` writes each
 * CaseReport; `--quick` leaves out the text-layer-vs-page forensic check, which OCRs text pages).
 * Each case counts once per code: a planted code raised is a true positive, a planted code not
 * raised a false negative, a code raised in a case where it was not planted (the clean twins
 * included) a false positive. Also the verdict: defective cases must HOLD, clean twins PASS.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { predisburse } from '../pipelines/predisburse.js';
import { OcrSession } from '../pipelines/check.js';
import { isBlocking } from '../pipelines/policy.js';
import type { CaseReport, Finding } from '../src/model/schema.js';

interface Truth { id: string; defect: string | null; lang: string; form: string; expected: string[] }

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !['--json', '--only', '--reports'].includes(args[i - 1] ?? '')) ?? 'samples/cases/holdout';
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const only = args.includes('--only') ? new RegExp(args[args.indexOf('--only') + 1]!) : undefined;
const reportsDir = args.includes('--reports') ? args[args.indexOf('--reports') + 1] : undefined;
// --quick: leave out the checks that OCR text-layer pages (TEXT_LAYER_MISMATCH), as `check` does without --deep.
const deep = !args.includes('--quick');
const truth = (JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { cases: Truth[] }).cases.filter((c) => !only || only.test(c.id));

const allFindings = (r: CaseReport): { f: Finding; file: string }[] => [
  ...r.documents.flatMap((d) => d.findings.map((f) => ({ f, file: d.document.fileName }))),
  ...r.findings.map((f) => ({ f, file: '(case)' })),
];

const stats = new Map<string, { tp: number; fp: number; fn: number }>();
const byForm = new Map<string, Map<string, { tp: number; fp: number; fn: number }>>();
let form = '';
const bump = (code: string, k: 'tp' | 'fp' | 'fn') => {
  for (const m of [stats, byForm.get(form) ?? byForm.set(form, new Map()).get(form)!]) { const s = m.get(code) ?? { tp: 0, fp: 0, fn: 0 }; s[k]++; m.set(code, s); }
};
const errors: string[] = [];
const verdicts = { holdDefective: 0, defective: 0, passClean: 0, clean: 0 };
const rows: unknown[] = [];
const session = new OcrSession(os.availableParallelism());
const t0 = performance.now();
try {
  for (const c of truth) {
    form = c.form;
    // A long per-file limit: on a loaded machine a TIMEOUT would count as a missing document.
    const report = await predisburse(path.join(dir, c.id), { session, check: { timeoutMs: 900_000, deep } });
    if (reportsDir) { mkdirSync(reportsDir, { recursive: true }); writeFileSync(path.join(reportsDir, `${c.id}.json`), JSON.stringify(report)); }
    const found = allFindings(report);
    const raised = new Set(found.filter(({ f }) => f.code !== 'LOW_OCR_CONFIDENCE').map(({ f }) => f.code as string));
    for (const code of c.expected) bump(code, raised.has(code) ? 'tp' : 'fn');
    for (const code of raised) if (!c.expected.includes(code)) {
      bump(code, 'fp');
      const ex = found.find(({ f }) => f.code === code)!;
      errors.push(`FP ${code} in ${c.id} [${ex.file}]: ${ex.f.message}`);
    }
    for (const code of c.expected) if (!raised.has(code)) errors.push(`FN ${code} in ${c.id}`);
    const blocking = found.filter(({ f }) => isBlocking(f)).length;
    if (c.expected.length) { verdicts.defective++; if (report.verdict === 'HOLD') verdicts.holdDefective++; } else { verdicts.clean++; if (report.verdict === 'PASS') verdicts.passClean++; }
    const low = found.filter(({ f }) => f.code === 'LOW_OCR_CONFIDENCE').length;
    process.stderr.write(`${c.id}: ${report.verdict} ${[...raised].join(',') || '-'}${low ? ` (+${low} LOW_OCR_CONFIDENCE)` : ''}\n`);
    rows.push({ id: c.id, defect: c.defect, form: c.form, lang: c.lang, expected: c.expected, raised: [...raised], verdict: report.verdict, blocking, lowOcr: low });
  }
} finally {
  await session.close();
}

const tableOf = (m: Map<string, { tp: number; fp: number; fn: number }>) => [...m].sort().map(([code, s]) => ({
  code, tp: s.tp, fp: s.fp, fn: s.fn,
  precision: s.tp + s.fp ? +(s.tp / (s.tp + s.fp)).toFixed(3) : null,
  recall: s.tp + s.fn ? +(s.tp / (s.tp + s.fn)).toFixed(3) : null,
}));
const table = tableOf(stats);
const perForm = Object.fromEntries([...byForm].map(([f, m]) => [f, tableOf(m)]));
const out = { dir, cases: truth.length, seconds: Math.round((performance.now() - t0) / 1000), perCode: table, perForm, verdicts, errors, rows };
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(out, null, 2)}\n`);
console.log(`${dir}: ${truth.length} cases, ${out.seconds} s`);
console.log('code'.padEnd(24), 'TP'.padStart(4), 'FP'.padStart(4), 'FN'.padStart(4), ' precision  recall');
const print = (t: typeof table) => { for (const r of t) console.log(r.code.padEnd(24), String(r.tp).padStart(4), String(r.fp).padStart(4), String(r.fn).padStart(4), ` ${String(r.precision ?? '-').padStart(9)}  ${String(r.recall ?? '-').padStart(6)}`); };
print(table);
if (byForm.size > 1) for (const [f, t] of Object.entries(perForm)) { console.log(`-- ${f}`); print(t); }
console.log(`verdict: HOLD on ${verdicts.holdDefective}/${verdicts.defective} defective cases, PASS on ${verdicts.passClean}/${verdicts.clean} clean twins`);
for (const e of errors) console.log(`  ${e}`);
process.exit(0);
