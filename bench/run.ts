/**
 * `npm run bench`: the batch pipeline's speed and memory, all measured in this one run.
 *
 *   npm run bench                 # text-layer and scanned pages/s with 1 and all workers, scaling,
 *                                 # overhead outside OCR, native tesseract reference (≈ 4–6 min on 2 cores)
 *   npm run bench -- --long       # also peak RSS over ≥ 500 scanned pages, sampled every second (≈ +10 min)
 *   npm run bench -- --long-pages 800 --workers 4
 *
 * Scripts, not tests: numbers are printed with their targets, nothing fails. Rates are "steady":
 * pages of the files finished after the first one, over the time since it finished, so the seconds
 * a worker needs to start (longer under tsx than from dist/) are reported apart.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { runBatch } from '../pipelines/batch.js';
import type { BatchFile, BatchSummary } from '../src/model/batch-summary.js';
import type { BatchProgress } from '../src/batch/progress.js';
import { createOcrPool } from '../src/ocr/pool.js';
import { benchOcr } from './ocr-native.js';
import { loadSamples, writeCorpus, writeRasters, type CorpusFile } from './batch-corpus.js';

interface Args { long: boolean; longPages: number; workers: number; textPages: number; keep: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { long: false, longPages: 500, workers: os.availableParallelism(), textPages: 300, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new TypeError(`Expected a whole number after ${a}, got \`${argv[i]}\``);
      return n;
    };
    if (a === '--long') args.long = true;
    else if (a === '--long-pages') { args.long = true; args.longPages = num(); }
    else if (a === '--workers') args.workers = num();
    else if (a === '--text-pages') args.textPages = num();
    else if (a === '--keep') args.keep = true;
    else throw new TypeError(`Expected --long, --long-pages N, --workers N, --text-pages N or --keep, got \`${a}\``);
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

/** OCR alone, one worker, the pipeline's own pool settings (preprocessing, page segmentation). */
async function timeOcrOnly(rasters: Buffer[]): Promise<{ wall: number; cpu: number }> {
  const pool = createOcrPool({ size: 1, jobTimeoutMs: 300_000 });
  try {
    const tiny = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#fff' } }).png().toBuffer();
    await pool.recognize({ image: tiny });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const image of rasters) await pool.recognize({ image });
    const cpu = process.cpuUsage(cpu0);
    return { wall: (performance.now() - t0) / 1000 / rasters.length, cpu: (cpu.user + cpu.system) / 1e6 / rasters.length };
  } finally {
    await pool.close();
  }
}

const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : 'n/a');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const mib = (b: number) => `${Math.round(b / 2 ** 20)} MiB`;
const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const N = args.workers;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'docreview-bench-'));
  const out: string[] = [];
  const say = (s: string) => { out.push(s); console.log(s); };
  say(`docreview batch bench: ${os.availableParallelism()} cores, ${N} workers, node ${process.version}, ${new Date().toISOString()}`);
  try {
    // Text-layer PDFs: the samples whose pages all have a usable text layer.
    const textSamples = (await loadSamples((n) => n.includes('-text-pdf.'))).filter((s) => s.ocrPages === 0);
    const scanSamples = (await loadSamples((n) => /-(scan-pdf\.pdf|png\.png|jpeg\.jpg|tiff\.tiff)$/.test(n))).filter((s) => s.ocrPages === s.pages);
    say(`text-layer samples: ${textSamples.map((s) => `${s.name} (${s.pages} p)`).join(', ')}`);
    say(`scanned samples: ${scanSamples.map((s) => `${s.name} (${s.pages} p)`).join(', ')}`);

    // 1. Text-layer pages/s, 1 and N workers.
    const text = writeCorpus(path.join(tmp, 'text'), textSamples, args.textPages);
    const t1 = await timeBatch(path.join(tmp, 'text'), path.join(tmp, 'text-out-1'), 1);
    const tN = await timeBatch(path.join(tmp, 'text'), path.join(tmp, 'text-out-N'), N);
    say('');
    say(`TEXT-LAYER (${text.files} files, ${text.pages} pages; pages OCR'd: ${t1.ocrPages} and ${tN.ocrPages}, target 0)`);
    say(`  1 worker : ${f1(t1.steadyPps)} pages/s steady (${(1000 / t1.steadyPps).toFixed(1)} ms/page), ${f1(t1.wallPps)} pages/s wall incl. ${f1(t1.firstFileS)} s to the first report`);
    say(`  ${N} workers: ${f1(tN.steadyPps)} pages/s steady (${(1000 / tN.steadyPps).toFixed(1)} ms/page), ${f1(tN.wallPps)} pages/s wall incl. ${f1(tN.firstFileS)} s to the first report`);
    say(`  scaling ${N}/1: ${f2(tN.steadyPps / t1.steadyPps)}×; ≥ 100 pages/s with all workers: ${mark(tN.steadyPps >= 100)}`);
    say(`  CPU per page (all threads, incl. worker start-up): ${f1(t1.cpuMsPerPage)} ms (1 worker), ${f1(tN.cpuMsPerPage)} ms (${N}); on ${os.availableParallelism()} idle cores that is ≤ ${f1(os.availableParallelism() * 1000 / tN.cpuMsPerPage)} pages/s`);
    say(`  ${N}-worker stage sums (ms): ${JSON.stringify(tN.summary.run.stageMs)}`);

    // 2. Scanned pages/s, 1 and N workers, on the same files (N workers get 2 rounds of them).
    const scanPages = scanSamples.reduce((n, s) => n + s.pages, 0);
    writeCorpus(path.join(tmp, 'scan-1'), scanSamples, scanPages);
    writeCorpus(path.join(tmp, 'scan-N'), scanSamples, scanPages * N);
    const s1 = await timeBatch(path.join(tmp, 'scan-1'), path.join(tmp, 'scan-out-1'), 1);
    const sN = await timeBatch(path.join(tmp, 'scan-N'), path.join(tmp, 'scan-out-N'), N);
    const rasterFiles = await writeRasters(path.join(tmp, 'rasters'), scanSamples);
    const { readFileSync } = await import('node:fs');
    const ocrOnly = await timeOcrOnly(rasterFiles.map((f) => readFileSync(f)));
    const native = await benchOcr(rasterFiles, N);
    const s1PerPage = 1 / s1.steadyPps;
    const sNPerPage = 1 / sN.steadyPps;
    const overhead = s1PerPage / ocrOnly.wall - 1;
    say('');
    say(`SCANNED (${s1.pages} pages for 1 worker, ${sN.pages} for ${N}; all OCR'd: ${s1.ocrPages === s1.pages && sN.ocrPages === sN.pages})`);
    say(`  1 worker : ${f2(s1.steadyPps)} pages/s steady = ${f2(s1PerPage)} s/page end to end (${f2(s1.wallPps)} pages/s wall)`);
    say(`  ${N} workers: ${f2(sN.steadyPps)} pages/s steady = ${f2(sNPerPage)} s/page end to end (${f2(sN.wallPps)} pages/s wall)`);
    say(`  scaling ${N}/1: ${f2(sN.steadyPps / s1.steadyPps)}×; target ≥ 1.9×: ${mark(sN.steadyPps / s1.steadyPps >= 1.9)}`);
    say(`  CPU per page (all threads): ${f2(s1.cpuMsPerPage / 1000)} s (1 worker), ${f2(sN.cpuMsPerPage / 1000)} s (${N})`);
    say(`  ${N}-worker stage sums (ms): ${JSON.stringify(sN.summary.run.stageMs)}`);
    say(`  OCR alone (pipeline pool settings, 1 worker, same ${rasterFiles.length} rasters): ${f2(ocrOnly.wall)} s/page, CPU ${f2(ocrOnly.cpu)} s/page`);
    say(`  overhead outside OCR by CPU (batch 1 worker CPU / OCR alone CPU − 1): ${((s1.cpuMsPerPage / 1000 / ocrOnly.cpu - 1) * 100).toFixed(1)} %`);
    say(`  overhead outside OCR (batch 1 worker / OCR alone − 1): ${(overhead * 100).toFixed(1)} %; target ≤ 5 %: ${mark(overhead <= 0.05)}`);
    say(`  benchOcr (psm block, no preprocessing): pool 1 worker ${f2(native.pool1)} s/page, pool ${N} workers ${f2(native.poolN)} s/page, native tesseract CLI (OMP_THREAD_LIMIT=1) ${native.native === null ? 'n/a' : `${f2(native.native)} s/page`}`);
    if (native.native !== null) {
      say(`  ratio end to end / native CLI: 1 worker ${f2(s1PerPage / native.native)}×, ${N} workers (per page of wall time) ${f2(sNPerPage / native.native)}×; target ≤ 1× (1 worker): ${mark(s1PerPage / native.native <= 1)}`);
      say(`  ratio OCR alone / native CLI: ${f2(ocrOnly.wall / native.native)}×`);
    }
    say(`  peak RSS in these runs: ${mib(Math.max(s1.summary.run.peakRssBytes, sN.summary.run.peakRssBytes))}`);

    // 3. Memory over a long run.
    if (args.long) {
      const long = writeCorpus(path.join(tmp, 'long'), scanSamples, args.longPages);
      const samples: { t: number; rss: number; pages: number }[] = [];
      let pages = 0;
      const t0 = performance.now();
      const sampler = setInterval(() => samples.push({ t: (performance.now() - t0) / 1000, rss: process.memoryUsage.rss(), pages }), 1000);
      const progress: BatchProgress = { start() {}, file(e) { pages += e.pageCount ?? 0; }, note() {}, finish() {} };
      const summary = await runBatch(path.join(tmp, 'long'), path.join(tmp, 'long-out'), { concurrency: N, progress, timeoutMs: 600_000 });
      clearInterval(sampler);
      const rssAt = (fraction: number) => {
        const target = fraction * summary.totals.pages;
        return samples.find((s) => s.pages >= target)?.rss ?? samples.at(-1)!.rss;
      };
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const span = (from: number, to: number) => median(samples.filter((s) => s.pages >= from * summary.totals.pages && s.pages <= to * summary.totals.pages).map((s) => s.rss));
      const early = span(0.1, 0.3);
      const late = span(0.8, 1);
      const drift = late / early - 1;
      const peak = Math.max(...samples.map((s) => s.rss));
      const afterWarm = samples.filter((s) => s.pages >= 0.1 * summary.totals.pages).map((s) => s.rss);
      const spread = Math.max(...afterWarm) / median(afterWarm) - 1;
      say('');
      say(`LONG RUN (${long.files} files, ${summary.totals.pages} scanned pages, ${N} workers, ${f1(summary.run.wallMs / 1000)} s, ${f2(summary.run.pagesPerSecond)} pages/s; workers started ${summary.run.workers.started}, recycled ${summary.run.workers.recycled})`);
      say(`  RSS at 10/25/50/75/100 % of pages: ${[0.1, 0.25, 0.5, 0.75, 1].map((f) => mib(rssAt(f))).join(' / ')}`);
      say(`  peak ${mib(peak)} (target ≤ 1536 MiB: ${mark(peak <= 1.5 * 2 ** 30)}); median 80–100 % vs 10–30 %: ${(drift * 100).toFixed(1)} %; max vs median after 10 %: +${(spread * 100).toFixed(1)} % (target flat within ±10 %: ${mark(Math.abs(drift) <= 0.1)})`);
      writeFileSync(path.join(os.tmpdir(), 'docreview-bench-rss.csv'), `seconds,pages,rss_bytes\n${samples.map((s) => `${s.t.toFixed(1)},${s.pages},${s.rss}`).join('\n')}\n`);
      say(`  RSS samples: ${path.join(os.tmpdir(), 'docreview-bench-rss.csv')}`);
    } else {
      say('');
      say('LONG RUN skipped: `npm run bench -- --long` measures RSS over ≥ 500 scanned pages (≈ 10 min on 2 cores).');
    }
  } finally {
    if (!args.keep) rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
// Abandoned (stuck) worker threads must not keep the bench alive.
process.exit(0);
