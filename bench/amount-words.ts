/**
 * 大写 line readers on test/fixtures/ocr/amount-words/ (`npx tsx bench/amount-words.ts`): exact lines,
 * readings let through by the gate (right / WRONG amount), ms per line and peak RSS, per engine and
 * condition. Each engine runs in its own process so RSS is its own. `ENGINES=paddle,chi_tra` limits.
 *  - chi_sim-old: the previous pass (chi_sim + whitelist) with the caller's old label cutting
 *  - chi_tra: Tesseract chi_tra + traditional whitelist, gated (the fallback)
 *  - paddle: PaddleOCR via the optional @gutenye/ocr-node, gated (skipped when not installed)
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChineseAmountWords } from '../src/extract/parse/chinese-words.js';
import { acceptAmountWords, cropAmountWordsLine, toSimplifiedAmountWords, AMOUNT_WORDS_WHITELIST } from '../src/ocr/amount-words-line.js';
import { createAmountWordsReader } from '../src/ocr/amount-words-reader.js';
import { createOcrPool } from '../src/ocr/pool.js';
import type { AmountWordsFixture } from '../test/fixtures/ocr/amount-words/generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'test/fixtures/ocr/amount-words');
const ENGINES = ['chi_sim-old', 'chi_tra', 'paddle'] as const;
type Engine = (typeof ENGINES)[number];

interface Row { exact: number; right: number; wrong: number; n: number; ms: number }

/** Read every fixture with one engine; returns per-condition counts. */
async function runOne(engine: Engine): Promise<Record<string, Row> & { startMs?: number }> {
  const fixtures = JSON.parse(await readFile(path.join(DIR, 'manifest.json'), 'utf8')) as AmountWordsFixture[];
  const pool = engine === 'chi_sim-old' ? createOcrPool({ size: 1 }) : undefined;
  const reader = engine === 'chi_sim-old' ? undefined : createAmountWordsReader({ engine: engine === 'paddle' ? 'paddle' : 'tesseract' });
  const rows: Record<string, Row> = {};
  let startMs: number | undefined;
  for (const f of fixtures) {
    const image = await readFile(path.join(DIR, f.file));
    const t0 = performance.now();
    let raw: string, accepted: string;
    if (pool) {
      const { crop } = await cropAmountWordsLine(image, f.bbox);
      const r = await pool.recognize({ image: crop }, { languages: ['chi_sim'], whitelist: AMOUNT_WORDS_WHITELIST, psm: 'line' });
      raw = r.lines.map((l) => l.text).join('').replace(/\s+/g, '');
      accepted = raw.replace(/^.*?(?=[零壹贰叁肆伍陆柒捌玖])/u, ''); // what reread-words.ts did with it
    } else {
      const r = await reader!.read(image, f.bbox);
      raw = accepted = r.text; // the reader only returns gated text
      if (process.env.VERBOSE && !r.text) console.error(`  ${f.file}: refused (${f.text})`);
    }
    const ms = performance.now() - t0;
    if (startMs === undefined) { startMs = ms; } // first call includes model loading
    const row = (rows[f.condition] ??= { exact: 0, right: 0, wrong: 0, n: 0, ms: 0 });
    const truth = toSimplifiedAmountWords(f.text).normalize('NFKC');
    row.n++; row.ms += ms;
    row.exact += Number(toSimplifiedAmountWords(raw).normalize('NFKC') === truth);
    const parsed = parseChineseAmountWords(accepted);
    if (parsed.ok) row[parsed.value === f.value ? 'right' : 'wrong']++;
    if (parsed.ok && parsed.value !== f.value) console.error(`  WRONG ${f.file}: ${raw} (truth ${f.text})`);
  }
  await pool?.close();
  await reader?.close();
  return Object.assign(rows, { startMs });
}

if (process.env.BENCH_ENGINE) {
  const rows = await runOne(process.env.BENCH_ENGINE as Engine);
  console.log(JSON.stringify({ rows, rssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  const pick = process.env.ENGINES?.split(',') ?? ENGINES;
  console.log('engine       | condition | exact | gated right | gated WRONG | ms/line | first call ms | peak RSS MB');
  for (const engine of pick) {
    let out: string;
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
        env: { ...process.env, BENCH_ENGINE: engine }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
      });
    } catch (err) {
      console.log(`${engine.padEnd(12)} | failed: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    const { rows, rssMB } = JSON.parse(out.trim().split('\n').pop()!) as { rows: Record<string, Row> & { startMs: number }; rssMB: number };
    for (const cond of ['clean', 'degraded']) {
      const r = rows[cond]!;
      console.log(`${engine.padEnd(12)} | ${cond.padEnd(9)} | ${r.exact}/${r.n} | ${r.right}/${r.n} | ${r.wrong} | ${(r.ms / r.n).toFixed(0)} | ${rows.startMs.toFixed(0)} | ${rssMB}`);
    }
  }
}
