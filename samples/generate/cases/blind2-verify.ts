/**
 * Independent look at the committed blind2 folders: `npx tsx samples/generate/cases/blind2-verify.ts`.
 * Reads only samples/cases/blind2 (truth.json and the files), never the generator's facts. For every
 * defective case and its twin: the files present, the application fields that differ, and the text
 * lines (pdftotext -layout) one twin has and the other not — what a person would see when comparing
 * the two. Scanned cases have no text layer: only pages and files are compared. Fails when a
 * text-layer pair shows no difference at all, or a clean twin's statement does not reconcile
 * by its own printed numbers (opening + credits − debits = closing, read from the totals lines).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cases', 'blind2');

interface Truth { id: string; form: string; defect: string | null; expected: string[]; twin: string; how: string | null }

const lines = (file: string): string[] => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']).toString().split('\n').map((l) => l.trim().replace(/\s+/g, ' ')).filter(Boolean);
const pages = (file: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);

function only(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  return a.filter((x) => { const n = counts.get(x) ?? 0; if (n) { counts.set(x, n - 1); return false; } return true; });
}

function flatten(o: unknown, prefix = ''): Record<string, string> {
  if (o === null || typeof o !== 'object') return { [prefix]: String(o) };
  return Object.entries(o as Record<string, unknown>).reduce((acc, [k, v]) => ({ ...acc, ...flatten(v, prefix ? `${prefix}.${k}` : k) }), {});
}

const truth = (JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as { cases: Truth[] }).cases;
let failures = 0;
for (const t of truth.filter((c) => c.defect)) {
  const [bad, good] = [join(DIR, t.id), join(DIR, t.twin)];
  const files = (d: string): string[] => readdirSync(d).filter((f) => f.endsWith('.pdf')).sort();
  const out: string[] = [`${t.id} [${t.expected.join(',')}] ${t.form}`];
  const [fb, fg] = [files(bad), files(good)];
  if (fb.join() !== fg.join()) out.push(`  files: ${fb.join(',')} | clean: ${fg.join(',')}`);
  const [ab, ag] = [bad, good].map((d) => flatten({ ...JSON.parse(readFileSync(join(d, 'application.json'), 'utf8')), caseId: '' }));
  for (const k of Object.keys(ag!)) if (ab![k] !== ag![k]) out.push(`  application.${k}: ${ab![k]} | clean: ${ag![k]}`);
  let differs = fb.join() !== fg.join() || Object.keys(ag!).some((k) => ab![k] !== ag![k]);
  for (const f of fg.filter((x) => fb.includes(x))) {
    const [pb, pg] = [pages(join(bad, f)), pages(join(good, f))];
    if (pb !== pg) { out.push(`  ${f}: ${pb} pages | clean: ${pg}`); differs = true; }
    const [rb, rg] = [readFileSync(join(bad, f)), readFileSync(join(good, f))];
    if (!rb.equals(rg)) differs = true;
    if (t.form !== 'text-pdf') continue;
    const [lb, lg] = [lines(join(bad, f)), lines(join(good, f))];
    const [ob, og] = [only(lb, lg), only(lg, lb)];
    if (ob.length || og.length) out.push(`  ${f}: defective only: ${ob.slice(0, 3).join(' ⏎ ') || '—'}${ob.length > 3 ? ` (+${ob.length - 3})` : ''}\n  ${' '.repeat(f.length)}  clean only:     ${og.slice(0, 3).join(' ⏎ ') || '—'}${og.length > 3 ? ` (+${og.length - 3})` : ''}`);
  }
  if (!differs) { failures++; out.push('  FAIL: the twins do not differ'); }
  console.log(out.join('\n'));
}
// Statements: every table row's balance minus the previous row's is one of the row's amounts
// (layout-agnostic: rows are lines that start with a date and carry two amounts or more).
const MONEY = /[\d,]+\.\d{2}/gu;
function balanceBreaks(file: string): number {
  const rows = lines(file).filter((l) => /^(\d{4}[-/.年]\d{1,2}|\d{1,2}[/ -][A-Za-z\d]{2,3}[/ -]\d{2,4}|\d{8})/u.test(l)).map((l) => (l.match(MONEY) ?? []).map((m) => Math.round(Number(m.replace(/,/g, '')) * 100))).filter((a) => a.length >= 2);
  let breaks = 0;
  for (let i = 1; i < rows.length; i++) {
    const diff = Math.abs(rows[i]!.at(-1)! - rows[i - 1]!.at(-1)!);
    if (!rows[i]!.slice(0, -1).includes(diff)) breaks++;
  }
  return breaks;
}
for (const t of truth.filter((c) => c.form === 'text-pdf')) {
  const f = readdirSync(join(DIR, t.id)).find((n) => /^(statement|scan_0002)\.pdf$/.test(n));
  if (!f) continue;
  const breaks = balanceBreaks(join(DIR, t.id, f));
  const should = t.defect === 'balance-off-100' && t.how?.includes('running balance') ? 2 : 0;
  if (breaks !== should) { failures++; console.log(`${t.id}: FAIL statement shows ${breaks} running-balance breaks, expected ${should}`); }
}
if (failures) { console.error(`${failures} failures`); process.exit(1); }
console.error(`${truth.filter((c) => c.defect).length} defective cases compared with their twins; statements' running balances checked`);
