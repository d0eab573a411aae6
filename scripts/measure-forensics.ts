/**
 * Detection and false-alarm rates of each forensic signal over a generated set:
 * `npx tsx scripts/measure-forensics.ts [DIR]` (default samples/forensics; make a larger set with
 * `npx tsx samples/generate/forensics/index.ts --out DIR --scale 4`).
 * A pixel detection counts only when its box overlaps the edited region.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingCode } from '../src/model/schema.js';
import { createOcrPool } from '../src/ocr/pool.js';
import { FORENSIC_CHECKS } from '../src/forensics/index.js';
import { loadForForensics } from '../src/forensics/load-document.js';

interface Sample { file: string; edited: boolean; variant: string; lang: string; signals: FindingCode[]; region?: { page: number; bbox: number[] } }

const SIGNALS: FindingCode[] = ['IMAGE_EDITED', 'METADATA_EDITED', 'FONT_INCONSISTENT', 'TEXT_LAYER_MISMATCH'];
const dir = process.argv[2] ?? 'samples/forensics';
const samples = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Sample[];
const ocr = createOcrPool({ size: 2 });
const overlap = (a: number[], b: number[]): boolean =>
  (a[0] as number) < (b[0] as number) + (b[2] as number) && (b[0] as number) < (a[0] as number) + (a[2] as number)
  && (a[1] as number) < (b[1] as number) + (b[3] as number) && (b[1] as number) < (a[1] as number) + (a[3] as number);

const results: { sample: Sample; findings: Finding[]; ms: number }[] = [];
try {
  for (const sample of samples) {
    const t0 = performance.now();
    const document = await loadForForensics(join(dir, sample.file));
    const sink = { findings: [] as Finding[], reviewItems: [] };
    const input = { document, extraction: { fields: {}, mentions: {}, transactions: [], amountWords: [], unreadWordsLines: [] }, ocr: () => ocr };
    for (const check of FORENSIC_CHECKS) if (check.appliesTo(document)) await check.run(input, sink);
    results.push({ sample, findings: sink.findings, ms: performance.now() - t0 });
    if (process.argv.includes('--verbose')) {
      process.stderr.write(`${sample.file} ${sample.edited ? 'EDITED' : 'clean'} → ${sink.findings.map((f) => `${f.code}:${f.severity}:${String(f.evidence.signal)}`).join(' ') || '-'}\n`);
    }
  }
} finally {
  await ocr.close();
}

const hit = (r: (typeof results)[number], code: FindingCode, high: boolean): boolean => r.findings.some((f) =>
  f.code === code && (high ? f.severity === 'high' : f.severity === 'high' || f.severity === 'medium')
  && (code !== 'IMAGE_EDITED' || !r.sample.region || !f.bbox || overlap(f.bbox, r.sample.region.bbox)));
const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`) + ` (${n}/${d})`;

console.log(`Forensic signals over ${dir}: ${samples.length} files, ${samples.filter((s) => !s.edited).length} clean`);
console.log('signal               detect@high        detect@≥medium     false alarm@high   false alarm@≥medium');
for (const code of SIGNALS) {
  const pos = results.filter((r) => r.sample.signals.includes(code));
  const neg = results.filter((r) => !r.sample.edited);
  const relevant = neg.filter((r) => code !== 'FONT_INCONSISTENT' && code !== 'TEXT_LAYER_MISMATCH' ? true : r.sample.file.endsWith('.pdf'));
  const scope = code === 'IMAGE_EDITED' ? relevant.filter((r) => r.sample.file.startsWith('raster-')) : relevant;
  console.log(code.padEnd(20), pct(pos.filter((r) => hit(r, code, true)).length, pos.length).padEnd(18), pct(pos.filter((r) => hit(r, code, false)).length, pos.length).padEnd(18),
    pct(scope.filter((r) => hit(r, code, true)).length, scope.length).padEnd(18), pct(scope.filter((r) => hit(r, code, false)).length, scope.length));
}
const byVariant = new Map<string, { n: number; hit: number }>();
for (const r of results.filter((x) => x.sample.edited)) {
  const v = byVariant.get(r.sample.variant) ?? { n: 0, hit: 0 };
  v.n++;
  if (r.sample.signals.some((c) => hit(r, c, false))) v.hit++;
  byVariant.set(r.sample.variant, v);
}
console.log('\nedited variants, detected by an expected signal at ≥ medium:');
for (const [variant, v] of [...byVariant].sort()) console.log(`  ${variant.padEnd(26)} ${v.hit}/${v.n}`);
const falseAlarms = results.filter((r) => !r.sample.edited && r.findings.some((f) => f.severity === 'high'));
if (falseAlarms.length) console.log('\nclean files with a high finding:', falseAlarms.map((r) => `${r.sample.file} (${r.findings.filter((f) => f.severity === 'high').map((f) => String(f.evidence.signal)).join(',')})`).join('; '));
const ms = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(`\ntime per file: median ${Math.round(ms[ms.length >> 1] ?? 0)} ms, max ${Math.round(ms.at(-1) ?? 0)} ms`);
