/**
 * `npm run bench`: the batch pipeline's speed and memory, all measured in this one run.
 *
 *   npm run bench                 # text-layer and scanned pages/s with 1 and all workers, scaling,
 *                                 # overhead outside OCR, native tesseract reference (≈ 4–6 min on 2 cores)
 *   npm run bench -- --long       # also peak RSS over ≥ 500 scanned pages, sampled every second (≈ +15 min on 2 idle cores)
 *   npm run bench -- --long-pages 800 --workers 4
 *   npm run bench -- --long-only  # only the long run
 *   npm run bench -- --text-pages 20 --scan-samples 2   # a quick smoke run of the script itself
 *   npx tsx bench/run.ts --text-only       # only the text-layer section (≈ 30 s)
 *   npx tsx bench/run.ts --scan-only --scan-samples 6   # only scanned pages: speed, overhead vs routed OCR alone
 *
 * The batch runs from `dist/` (what `docreview batch` runs; `npm ci` builds it) when the build is newer
 * than every source file, else from the sources under tsx, which is slower (its loader in every worker);
 * the first line says which. `--sources` forces the sources.
 *
 * Scripts, not tests: numbers are printed with their targets (issue #6; a table at the end), nothing
 * fails. Rates are "steady": pages of the files finished after the first one, over the time since it
 * finished, so the seconds a worker needs to start (longer under tsx than from dist/) are reported
 * apart. Every section notes the load average: on a shared machine wall-clock figures are only as
 * good as the load was low; the CPU-time figures (process.cpuUsage, all threads) suffer less.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { runBatch as RunBatch } from '../pipelines/batch.js';
import type { BatchFile, BatchSummary } from '../src/model/batch-summary.js';
import type { BatchProgress } from '../src/batch/progress.js';
import { createPageEngine, prefersPaddle } from '../src/ocr/route.js';
import { ocrLanguages } from '../src/read/read-document.js';
import { preprocessImage } from '../src/ocr/preprocess.js';
import { benchOcr } from './ocr-native.js';
import { needsBatchRuntime, relaunchForBatch } from '../src/cli/batch-runtime.js';
import { loadSamples, writeCorpus, writeRasters, type CorpusFile } from './batch-corpus.js';

interface Args { long: boolean; longOnly: boolean; textOnly: boolean; scanOnly: boolean; sources: boolean; longPages: number; workers: number; textPages: number; scanSamples: number; keep: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { long: false, longOnly: false, textOnly: false, scanOnly: false, sources: false, longPages: 500, workers: os.availableParallelism(), textPages: 1000, scanSamples: Infinity, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new TypeError(`Expected a whole number after ${a}, got \`${argv[i]}\``);
      return n;
    };
    if (a === '--long') args.long = true;
    else if (a === '--long-pages') { args.long = true; args.longPages = num(); }
    else if (a === '--long-only') { args.long = true; args.longOnly = true; }
    else if (a === '--workers') args.workers = num();
    else if (a === '--text-pages') args.textPages = num();
    else if (a === '--scan-samples') args.scanSamples = num();
    else if (a === '--keep') args.keep = true;
    else if (a === '--text-only') args.textOnly = true;
    else if (a === '--scan-only') args.scanOnly = true;
    else if (a === '--sources') args.sources = true;
    else throw new TypeError(`Expected --long, --long-pages N, --long-only, --workers N, --text-pages N, --text-only, --scan-only, --scan-samples N or --keep, got \`${a}\``);
  }
  return args;
}

/** Records when each file finished, for steady-state rates. */
function timeline(): BatchProgress & { points: { t: number; pages: number }[]; t0: number } {
  const state = {
    points: [] as { t: number; pages: number }[],
    t0: performance.now(),
    start() { state.t0 = performance.now(); },
    file(entry: BatchFile) { state.points.push({ t: performance.now(), pages: entry.pageCount ?? 0 }); },
    note() {},
    finish() {},
  };
  return state;
}

const ROOT = path.resolve(import.meta.dirname, '..');

/** Newest modification time under `dir` (TypeScript sources only). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** The batch pipeline as users run it (built), unless the build is missing or older than the sources. */
async function loadBatch(forceSources: boolean): Promise<{ runBatch: typeof RunBatch; from: string }> {
  const built = path.join(ROOT, 'dist/pipelines/batch.js');
  const fresh = existsSync(built) && statSync(built).mtimeMs >= Math.max(newestSource(path.join(ROOT, 'src')), newestSource(path.join(ROOT, 'pipelines')));
  if (!forceSources && fresh) return { runBatch: ((await import(built)) as { runBatch: typeof RunBatch }).runBatch, from: 'dist/ (built)' };
  const reason = forceSources ? '--sources' : existsSync(built) ? 'dist/ is older than the sources: `npm run build` to measure the built pipeline' : 'no dist/: `npm run build`';
  return { runBatch: (await import('../pipelines/batch.js')).runBatch, from: `sources under tsx (${reason})` };
}

let runBatch: typeof RunBatch;

interface RunResult { summary: BatchSummary; wallPps: number; steadyPps: number; firstFileS: number; ocrPages: number; pages: number; cpuMsPerPage: number }

/** Batch run over `inDir`: wall and steady pages/s, and CPU time per page (less sensitive to a busy machine). */
async function timeBatch(inDir: string, outDir: string, workers: number, extra: { onSample?: () => void } = {}): Promise<RunResult> {
  const line = timeline();
  const cpu0 = process.cpuUsage();
  const summary = await runBatch(inDir, outDir, { concurrency: workers, progress: line, timeoutMs: 600_000 });
  const cpu = process.cpuUsage(cpu0); // every thread of the process: main, document workers, OCR
  extra.onSample?.();
  const sorted = line.points.sort((a, b) => a.t - b.t);
  // Steady state: from the moment every worker has finished a file (start-up is behind them).
  const warm = sorted[Math.min(workers, sorted.length) - 1]!;
  const after = sorted.filter((p) => p.t > warm.t);
  const steadyPages = after.reduce((n, p) => n + p.pages, 0);
  const steadyS = (sorted.at(-1)!.t - warm.t) / 1000;
  let ocrPages = 0;
  for (const f of summary.files) if (f.result === 'error') throw new Error(`bench input ${f.path} failed: ${f.error?.code} ${f.error?.message}`);
  const { readFile } = await import('node:fs/promises');
  for (const f of summary.files) {
    const report = JSON.parse(await readFile(path.join(outDir, f.report!), 'utf8')) as { pages: { source: string }[] };
    ocrPages += report.pages.filter((p) => p.source === 'ocr').length;
  }
  return {
    summary,
    wallPps: summary.totals.pages / (summary.run.wallMs / 1000),
    steadyPps: steadyS > 0 ? steadyPages / steadyS : NaN,
    firstFileS: (sorted[0]!.t - line.t0) / 1000,
    ocrPages,
    pages: summary.totals.pages,
    cpuMsPerPage: (cpu.user + cpu.system) / 1000 / summary.totals.pages,
  };
}

/** A page raster and the languages the pipeline reads it with (the samples are named by language). */
interface Raster { image: Buffer; languages: string[] }

/** OCR alone, per page, by CPU and wall time, and how many pages each engine read. */
interface OcrOnly { wall: number; cpu: number; recognitionWall: number; recognitionCpu: number; byEngine: Record<string, number>; languageMismatches: number }

/**
 * OCR alone: the reference the batch's overhead is measured against. Each page is read ONCE by the
 * engine the batch routes it to (src/ocr/route.ts: Chinese-first requests to PaddleOCR, the rest to
 * the Tesseract pool with its preprocessing), one warm worker of each, one page at a time: what a
 * pipeline that did nothing but OCR would spend. `recognition` is the same with Tesseract pages
 * preprocessed beforehand (Paddle has no separate preprocessing), so preprocessing counts as overhead.
 */
async function timeOcrOnly(rasters: Raster[]): Promise<OcrOnly> {
  const tiny = await sharp({ create: { width: 320, height: 64, channels: 3, background: '#fff' } }).png().toBuffer();
  const byEngine: Record<string, number> = {};
  let languageMismatches = 0;
  const run = async (engine: ReturnType<typeof createPageEngine>, images: Raster[], count: boolean) => {
    let wall = 0, cpu = 0;
    // One language set after another, each on a warmed engine (start-up is not OCR).
    for (const key of new Set(images.map((r) => r.languages.join('+')))) {
      const languages = key.split('+');
      await engine.recognize({ image: tiny }, { languages });
      for (const r of images.filter((x) => x.languages.join('+') === key)) {
        const t0 = performance.now();
        const cpu0 = process.cpuUsage();
        const result = await engine.recognize({ image: r.image }, { languages });
        const c = process.cpuUsage(cpu0);
        wall += performance.now() - t0;
        cpu += c.user + c.system;
        if (!count) continue;
        const routed = prefersPaddle({ languages }) && engine.name.startsWith('route(') ? 'paddle' : 'tesseract';
        byEngine[routed] = (byEngine[routed] ?? 0) + 1;
        // The languages given here are the ones the batch chose if its own judgement agrees.
        if (ocrLanguages(result.lines.map((l) => l.text).join('\n')).join('+') !== key) languageMismatches++;
      }
    }
    return { wall: wall / 1000 / images.length, cpu: cpu / 1e6 / images.length };
  };
  const jobTimeoutMs = 300_000;
  const routed = createPageEngine({ tesseract: { size: 1, jobTimeoutMs }, paddle: { jobTimeoutMs } });
  const bare = createPageEngine({ tesseract: { size: 1, jobTimeoutMs, preprocess: false }, paddle: { jobTimeoutMs } });
  try {
    const withPre = await run(routed, rasters, true);
    await routed.close();
    const pre = await Promise.all(rasters.map(async (r) => (prefersPaddle({ languages: r.languages }) && bare.name.startsWith('route(')
      ? r : { ...r, image: (await preprocessImage(r.image, { encoding: 'pgm' })).image })));
    const only = await run(bare, pre, false);
    return { ...withPre, recognitionWall: only.wall, recognitionCpu: only.cpu, byEngine, languageMismatches };
  } finally {
    await Promise.all([routed.close(), bare.close()]);
  }
}

const load = () => `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`;

/** One row of the targets table. */
interface TargetRow { target: string; measured: string; met: boolean | undefined; note: string }

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : 'n/a');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const N = args.workers;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'docreview-bench-'));
  const out: string[] = [];
  const say = (s: string) => { out.push(s); console.log(s); };
  const rows: TargetRow[] = [];
  const batch = await loadBatch(args.sources);
  runBatch = batch.runBatch;
  say(`docreview batch bench, pipeline from ${batch.from} (MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? 'unset'}, ${process.execArgv.filter((a) => a.endsWith('-gc')).join(' ') || 'default GC'}): ${os.availableParallelism()} cores, ${N} workers, node ${process.version}, ${new Date().toISOString()}, ${load()}`);
  try {
    // Text-layer PDFs: the samples whose pages all have a usable text layer.
    const textSamples = (await loadSamples((n) => n.includes('-text-pdf.'))).filter((s) => s.ocrPages === 0);
    const scanSamples = args.textOnly ? [] : (await loadSamples((n) => /-(scan-pdf\.pdf|png\.png|jpeg\.jpg|tiff\.tiff)$/.test(n))).filter((s) => s.ocrPages === s.pages).slice(0, args.scanSamples);
    say(`text-layer samples: ${textSamples.map((s) => `${s.name} (${s.pages} p)`).join(', ')}`);
    say(`scanned samples: ${scanSamples.map((s) => `${s.name} (${s.pages} p)`).join(', ')}`);

    let shortPeak = NaN;
    if (!args.longOnly) {
      // 1. Text-layer pages/s, 1 and N workers.
      let textPeak = NaN;
      if (!args.scanOnly) {
        const text = writeCorpus(path.join(tmp, 'text'), textSamples, args.textPages);
        const t1 = await timeBatch(path.join(tmp, 'text'), path.join(tmp, 'text-out-1'), 1);
        const tN = await timeBatch(path.join(tmp, 'text'), path.join(tmp, 'text-out-N'), N);
        say('');
        say(`TEXT-LAYER (${text.files} files, ${text.pages} pages; pages OCR'd: ${t1.ocrPages} and ${tN.ocrPages}, target 0; ${load()})`);
        say(`  1 worker : ${f1(t1.steadyPps)} pages/s steady (${(1000 / t1.steadyPps).toFixed(1)} ms/page), ${f1(t1.wallPps)} pages/s wall incl. ${f1(t1.firstFileS)} s to the first report`);
        say(`  ${N} workers: ${f1(tN.steadyPps)} pages/s steady (${(1000 / tN.steadyPps).toFixed(1)} ms/page), ${f1(tN.wallPps)} pages/s wall incl. ${f1(tN.firstFileS)} s to the first report`);
        say(`  scaling ${N}/1: ${f2(tN.steadyPps / t1.steadyPps)}×; ≥ 100 pages/s with all workers: ${mark(tN.steadyPps >= 100)}`);
        say(`  CPU per page (all threads, incl. worker start-up): ${f1(t1.cpuMsPerPage)} ms (1 worker), ${f1(tN.cpuMsPerPage)} ms (${N}); on ${os.availableParallelism()} idle cores that is ≤ ${f1(os.availableParallelism() * 1000 / tN.cpuMsPerPage)} pages/s`);
        say(`  ${N}-worker stage sums (ms): ${JSON.stringify(tN.summary.run.stageMs)}`);
        rows.push({ target: 'text-layer pages ≥ 100 pages/s (all workers, steady)', measured: `${f1(tN.steadyPps)} pages/s`, met: tN.steadyPps >= 100,
          note: `CPU ${f1(tN.cpuMsPerPage)} ms/page = at most ${f1(os.availableParallelism() * 1000 / tN.cpuMsPerPage)} pages/s on idle cores` });

        if (args.textOnly) {
          say(`  1-worker stage sums (ms): ${JSON.stringify(t1.summary.run.stageMs)}`);
          return;
        }
        textPeak = Math.max(t1.summary.run.peakRssBytes, tN.summary.run.peakRssBytes);
      }
      // 2. Scanned pages/s, 1 and N workers, on the same files (N workers get 2 rounds of them).
      const scanPages = scanSamples.reduce((n, s) => n + s.pages, 0);
      writeCorpus(path.join(tmp, 'scan-1'), scanSamples, scanPages);
      writeCorpus(path.join(tmp, 'scan-N'), scanSamples, scanPages * N);
      const s1 = await timeBatch(path.join(tmp, 'scan-1'), path.join(tmp, 'scan-out-1'), 1);
      const sN = await timeBatch(path.join(tmp, 'scan-N'), path.join(tmp, 'scan-out-N'), N);
      const rasterFiles = await writeRasters(path.join(tmp, 'rasters'), scanSamples);
      const { readFileSync } = await import('node:fs');
      // The pipeline reads Chinese samples with chi_sim and English ones with eng (read-document's ocrLanguages).
      const rasters = rasterFiles.map((f) => ({ image: readFileSync(f), languages: /-en-/.test(path.basename(f)) ? ['eng'] : ['chi_sim'] }));
      const ocrOnly = await timeOcrOnly(rasters);
      const native = await benchOcr(rasterFiles, N);
      const s1PerPage = 1 / s1.steadyPps;
      const sNPerPage = 1 / sN.steadyPps;
      const overhead = s1PerPage / ocrOnly.wall - 1;
      const s1Cpu = s1.cpuMsPerPage / 1000;
      const overheadCpu = s1Cpu / ocrOnly.cpu - 1;
      const overheadCpuStrict = s1Cpu / ocrOnly.recognitionCpu - 1;
      const scaling = sN.steadyPps / s1.steadyPps;
      say('');
      say(`SCANNED (${s1.pages} pages for 1 worker, ${sN.pages} for ${N}; all OCR'd: ${s1.ocrPages === s1.pages && sN.ocrPages === sN.pages}; ${load()})`);
      say(`  1 worker : ${f2(s1.steadyPps)} pages/s steady = ${f2(s1PerPage)} s/page end to end (${f2(s1.wallPps)} pages/s wall)`);
      say(`  ${N} workers: ${f2(sN.steadyPps)} pages/s steady = ${f2(sNPerPage)} s/page end to end (${f2(sN.wallPps)} pages/s wall)`);
      say(`  scaling ${N}/1: ${f2(scaling)}×; target ≥ 1.9×: ${mark(scaling >= 1.9)}`);
      say(`  CPU per page (all threads): ${f2(s1Cpu)} s (1 worker), ${f2(sN.cpuMsPerPage / 1000)} s (${N})`);
      say(`  ${N}-worker stage sums (ms): ${JSON.stringify(sN.summary.run.stageMs)}`);
      say(`  OCR alone = each of the same ${rasters.length} page rasters read ONCE by the engine the batch routes it to (src/ocr/route.ts: ${Object.entries(ocrOnly.byEngine).map(([e, n]) => `${n} by ${e}`).join(', ')}), with the pool's preprocessing, 1 warm worker of each, one page at a time${ocrOnly.languageMismatches ? `; WARNING: on ${ocrOnly.languageMismatches} pages the reading's script disagrees with the languages given` : ''}`);
      say(`  overhead outside OCR = batch CPU per page with 1 document worker (all threads, worker start-up included) / OCR-alone CPU per page − 1`);
      say(`  OCR alone: ${f2(ocrOnly.wall)} s/page (CPU ${f2(ocrOnly.cpu)} s); recognition only (Tesseract pages preprocessed beforehand) ${f2(ocrOnly.recognitionWall)} s/page (CPU ${f2(ocrOnly.recognitionCpu)} s)`);
      say(`  overhead outside OCR by CPU: ${pct(overheadCpu)}; with preprocessing counted as overhead: ${pct(overheadCpuStrict)}`);
      say(`  overhead outside OCR by wall time (batch 1 worker steady s/page / OCR alone s/page − 1): ${pct(overhead)}; target ≤ 5 %: ${mark(overhead <= 0.05)}`);
      say(`  benchOcr (psm block, no preprocessing): pool 1 worker ${f2(native.pool1)} s/page, pool ${N} workers ${f2(native.poolN)} s/page, native tesseract CLI (OMP_THREAD_LIMIT=1) ${native.native === null ? 'n/a' : `${f2(native.native)} s/page`}`);
      if (native.native !== null) {
        say(`  ratio end to end / native CLI: 1 worker ${f2(s1PerPage / native.native)}×, ${N} workers (per page of wall time) ${f2(sNPerPage / native.native)}×`);
        say(`  ratio OCR alone (routed) / native CLI: ${f2(ocrOnly.wall / native.native)}×`);
      }
      rows.push({ target: `scans: ${N} workers ≥ 1.9× one worker (steady pages/s)`, measured: `${f2(scaling)}×`, met: scaling >= 1.9,
        note: `${f2(s1.steadyPps)} → ${f2(sN.steadyPps)} pages/s; wall-clock: needs a quiet machine` });
      rows.push({ target: 'scans: overhead outside OCR ≤ 5 % (CPU, vs routed OCR alone)', measured: pct(overheadCpu), met: overheadCpu <= 0.05,
        note: `vs recognition alone ${pct(overheadCpuStrict)}; by wall ${pct(overhead)}; \`npx tsx bench/profile.ts\` splits it by stage` });
      shortPeak = Math.max(s1.summary.run.peakRssBytes, sN.summary.run.peakRssBytes, ...(Number.isNaN(textPeak) ? [] : [textPeak]));
      say(`  peak RSS in these runs (sampled every second): ${mib(shortPeak)}`);
    }

    // 3. Memory over a long run.
    if (args.long) {
      const long = writeCorpus(path.join(tmp, 'long'), scanSamples, args.longPages);
      const samples: { t: number; rss: number; pages: number }[] = [];
      let pages = 0;
      const loadBefore = load();
      const t0 = performance.now();
      const sample = () => samples.push({ t: (performance.now() - t0) / 1000, rss: process.memoryUsage.rss(), pages });
      sample();
      const sampler = setInterval(sample, 1000);
      const progress: BatchProgress = { start() {}, file(e) { pages += e.pageCount ?? 0; }, note() {}, finish() {} };
      const summary = await runBatch(path.join(tmp, 'long'), path.join(tmp, 'long-out'), { concurrency: N, progress, timeoutMs: 600_000 });
      clearInterval(sampler);
      sample();
      const total = summary.totals.pages;
      const rssAt = (fraction: number) => samples.find((s) => s.pages >= fraction * total)?.rss ?? samples.at(-1)!.rss;
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const span = (from: number, to: number) => median(samples.filter((s) => s.pages >= from * total && s.pages <= to * total).map((s) => s.rss));
      const early = span(0.1, 0.3);
      const late = span(0.8, 1);
      const drift = late / early - 1;
      const peak = Math.max(...samples.map((s) => s.rss));
      // After the first 10 % of pages every worker and OCR engine has started: the plateau.
      const plateau = samples.filter((s) => s.pages >= 0.1 * total && s.pages < total).map((s) => s.rss);
      const lo = Math.min(...plateau), hi = Math.max(...plateau), mid = median(plateau);
      const first = plateau[0]!, last = plateau.at(-1)!;
      const flat = hi / mid - 1 <= 0.1 && 1 - lo / mid <= 0.1;
      say('');
      say(`LONG RUN (${long.files} files, ${total} scanned pages, ${N} workers, ${f1(summary.run.wallMs / 1000)} s, ${f2(summary.run.pagesPerSecond)} pages/s; workers started ${summary.run.workers.started}, recycled ${summary.run.workers.recycled}; ${loadBefore} before, ${load()} after)`);
      say(`  RSS at 10/25/50/75/100 % of pages: ${[0.1, 0.25, 0.5, 0.75, 1].map((f) => mib(rssAt(f))).join(' / ')}`);
      say(`  after the first 10 % of pages: min ${mib(lo)}, max ${mib(hi)}, median ${mib(mid)} (max +${pct(hi / mid - 1)}, min −${pct(1 - lo / mid)}); first ${mib(first)} vs last ${mib(last)} (${pct(last / first - 1)})`);
      say(`  peak ${mib(peak)} (target ≤ 1536 MiB: ${mark(peak <= 1.5 * 2 ** 30)}); median 80–100 % vs 10–30 % of pages: ${pct(drift)} (target flat within ±10 %: ${mark(flat)})`);
      const csv = path.join(os.tmpdir(), 'docreview-bench-rss.csv');
      writeFileSync(csv, `seconds,pages,rss_bytes\n${samples.map((s) => `${s.t.toFixed(1)},${s.pages},${s.rss}`).join('\n')}\n`);
      say(`  RSS samples: ${csv}`);
      rows.push({ target: `peak RSS ≤ 1.5 GiB (${total}-page run, ${N} workers)`, measured: mib(peak), met: peak <= 1.5 * 2 ** 30, note: 'process RSS: main thread, document workers and their OCR threads' });
      rows.push({ target: 'RSS flat within ±10 % across the long run', measured: `${mib(lo)}–${mib(hi)}, median ${mib(mid)}, first→last ${pct(last / first - 1)}`, met: flat, note: 'after the first 10 % of pages' });
    } else {
      say('');
      say('LONG RUN skipped: `npm run bench -- --long` measures RSS over ≥ 500 scanned pages (≈ 15 min on 2 idle cores).');
      rows.push({ target: 'peak RSS ≤ 1.5 GiB', measured: `${mib(shortPeak)} in the short runs`, met: undefined, note: 'the target is for the long run: --long' });
      rows.push({ target: 'RSS flat within ±10 % across a 500-page run', measured: 'not measured', met: undefined, note: 'run with --long' });
    }

    say('');
    say(`TARGETS (issue #6), ${load()} at the end:`);
    const w = Math.max(...rows.map((r) => r.target.length));
    const m = Math.max(...rows.map((r) => r.measured.length));
    for (const r of rows) say(`  ${r.target.padEnd(w)}  ${r.measured.padEnd(m)}  ${r.met === undefined ? '—' : r.met ? 'met' : 'MISSED'}  ${r.note}`);
  } finally {
    if (!args.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

// Measured the way `docreview batch` runs: with the malloc arena limit and the GC flag (src/cli/batch-runtime.ts).
if (needsBatchRuntime()) process.exit(await relaunchForBatch());
await main();
// Abandoned (stuck) worker threads must not keep the bench alive.
process.exit(0);
