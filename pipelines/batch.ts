/**
 * The back-office batch: every file under IN_DIR read in isolated worker threads with every core
 * busy, one report per document and per case written atomically into OUT_DIR, and a summary.json
 * listing every input. A rerun skips what an earlier run finished (same bytes, same docreview
 * version), so an interrupted batch is finished by running it again.
 *
 * Flow: discover cases → (p-queue, 2 × workers) hash → skip if done → worker: read, OCR, check →
 * write report → journal; a case is assessed and written as soon as its last document is done.
 */
import { mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import sharp from 'sharp';
import type { IngestOptions } from '../src/ingest/index.js';
import { DocumentError } from '../src/model/errors.js';
import type { CaseReport, DocumentReport } from '../src/model/schema.js';
import type { BatchCase, BatchFile, BatchSummary } from '../src/model/batch-summary.js';
import { buildErrorReport } from '../src/report/document-report.js';
import { removeTempFiles, writeJsonAtomic } from '../src/batch/atomic-write.js';
import { loadCaseAssessor } from '../src/batch/case-assess.js';
import { discoverCases, type BatchCaseInput, type BatchInputFile } from '../src/batch/discover.js';
import { silentProgress, type BatchProgress } from '../src/batch/progress.js';
import { hashFile, ResumeState } from '../src/batch/resume-state.js';
import { buildSummary, countFindings } from '../src/batch/summary.js';
import { docreviewVersion } from '../src/batch/version.js';
import { createDocumentWorkerPool } from '../src/batch/worker-pool.js';
import { DEFAULT_MAX_BYTES } from './check.js';

export interface BatchOptions {
  /** Document workers (each with one OCR process). @default os.availableParallelism() */
  concurrency?: number;
  /** Per-file time limit. @default 300000 */
  timeoutMs?: number;
  /** Per-file size limit in bytes. @default 200 MiB */
  maxBytes?: number;
  /** Ingest limits (maxPages, maxPixels). */
  ingest?: Partial<IngestOptions>;
  /** Pages a worker reads before it is replaced (memory stays flat). @default 300 */
  recycleAfterPages?: number;
  /** Read every file again even when an earlier run reported the same bytes. */
  force?: boolean;
  /**
   * The review queue: each case's review items (unusual clauses, unreadable pages) are queued there
   * as the case is assessed, and items pending or rejected hold its verdict, as in `predisburse`.
   * `false` leaves the queue out (verdicts then ignore review items). @default the queue's default path
   */
  reviewDb?: string | false;
  /** Aborting stops the run cleanly: nothing new starts, files in flight are dropped, the summary is written. */
  signal?: AbortSignal;
  progress?: BatchProgress;
}

export const DEFAULT_BATCH_TIMEOUT_MS = 300_000;
export const SUMMARY_FILE = 'summary.json';

/** Where a document's and a case's reports go, relative to OUT_DIR. */
export const documentReportPath = (relPath: string) => `documents/${relPath}.json`;
export const caseReportPath = (caseId: string) => `cases/${caseId}.json`;

/**
 * Run a batch. Resolves with the summary (also written to OUT_DIR/summary.json) whether or not files
 * were bad; rejects only for operational errors (IN_DIR unreadable, OUT_DIR unwritable).
 * @example const summary = await runBatch('/data/inbox', '/data/out', { concurrency: 8 });
 */
export async function runBatch(inDir: string, outDir: string, options: BatchOptions = {}): Promise<BatchSummary> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const progress = options.progress ?? silentProgress;
  const size = options.concurrency ?? os.availableParallelism();
  const version = docreviewVersion();
  inDir = path.resolve(inDir);
  outDir = path.resolve(outDir);
  if (!(await stat(inDir)).isDirectory()) throw new Error(`Expected IN_DIR to be a folder, got a file: ${inDir}`);
  await mkdir(outDir, { recursive: true });
  await removeTempFiles(outDir);

  // N document workers keep N cores busy already: libvips threads per image operation would only
  // oversubscribe them (each thread's malloc arena holding memory), and its operation cache never
  // hits on a batch of distinct pages. Both settings are process-wide, so they are put back after.
  const vips = { concurrency: sharp.concurrency(), cache: sharp.cache() };
  sharp.concurrency(1);
  sharp.cache(false);
  try {
    return await batchRun(inDir, outDir, options, { t0, startedAt, progress, size, version });
  } finally {
    sharp.concurrency(vips.concurrency);
    sharp.cache({ memory: vips.cache.memory.max, files: vips.cache.files.max, items: vips.cache.items.max });
  }
}

async function batchRun(inDir: string, outDir: string, options: BatchOptions,
  run: { t0: number; startedAt: string; progress: BatchProgress; size: number; version: string }): Promise<BatchSummary> {
  const { t0, startedAt, progress, size, version } = run;
  const cases = await discoverCases(inDir, { exclude: [outDir] });
  const state = await ResumeState.load(outDir, version);
  const assessCase = await loadCaseAssessor({ reviewDb: options.reviewDb }); // cheap (about a millisecond a case): main thread
  const pool = createDocumentWorkerPool({
    size,
    timeoutMs: options.timeoutMs ?? DEFAULT_BATCH_TIMEOUT_MS,
    recycleAfterPages: options.recycleAfterPages,
    check: { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, ingest: options.ingest },
  });
  const stageMs: Record<string, number> = { hashMs: 0, writeMs: 0, caseMs: 0 };
  let peakRss = process.memoryUsage.rss();
  const rssTimer = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage.rss()); }, 1000).unref();

  const fileEntries = new Map<string, BatchFile>();
  const caseEntries = new Map<string, BatchCase>();
  const signal = options.signal;
  const onAbort = () => {
    progress.note('Interrupted: stopping; files in flight will be read again by the next run.');
    void pool.close(); // drops the files in flight at once instead of waiting for their OCR
  };
  signal?.addEventListener('abort', onAbort, { once: true });

  /** Hash, skip if done, else read in a worker and write the report. Undefined when interrupted. */
  const processFile = async (file: BatchInputFile, caseId: string): Promise<DocumentReport | undefined> => {
    const tFile = performance.now();
    const fileName = path.basename(file.absPath);
    let sha256: string | undefined;
    let sizeBytes = 0;
    let report: DocumentReport;
    let skipped = false;
    const tHash = performance.now();
    try {
      sizeBytes = (await stat(file.absPath)).size;
      sha256 = await hashFile(file.absPath);
    } catch (error) {
      report = buildErrorReport({ fileName, id: '', sizeBytes }, new DocumentError('NOT_FOUND', `The file could not be read: ${(error as Error).message}`, { cause: error }), { totalMs: 0 });
    }
    stageMs.hashMs! += performance.now() - tHash;
    const done = sha256 && !options.force ? await state.findDone(file.relPath, sha256) : undefined;
    if (done) {
      report = done.report;
      skipped = true;
    } else if (sha256) {
      if (signal?.aborted) return undefined;
      try {
        report = await pool.check({ absPath: file.absPath, fileName, sha256, sizeBytes });
      } catch (error) {
        if (signal?.aborted) return undefined;
        throw error;
      }
    }
    const reportPath = documentReportPath(file.relPath);
    if (!skipped) {
      const tWrite = performance.now();
      await writeJsonAtomic(path.join(outDir, reportPath), report!);
      if (sha256) await state.recordDone(file.relPath, sha256, reportPath);
      stageMs.writeMs! += performance.now() - tWrite;
      for (const [k, v] of Object.entries(report!.timings)) if (k !== 'totalMs') stageMs[k] = (stageMs[k] ?? 0) + v;
    }
    const entry = fileEntry(file, caseId, report!, { sha256, sizeBytes, reportPath, skipped, ms: skipped ? 0 : performance.now() - tFile });
    fileEntries.set(file.relPath, entry);
    progress.file(entry);
    return report!;
  };

  const finishCase = async (c: BatchCaseInput, documents: DocumentReport[]): Promise<void> => {
    const tCase = performance.now();
    const assessed = await assessCase({ caseId: c.caseId, documents, ...(c.application ? { applicationPath: c.application.absPath } : {}) });
    const reportPath = caseReportPath(c.caseId);
    await writeJsonAtomic(path.join(outDir, reportPath), assessed.report);
    if (c.application) {
      const sha256 = await hashFile(c.application.absPath).catch(() => undefined);
      fileEntries.set(c.application.relPath, {
        path: c.application.relPath, caseId: c.caseId, kind: 'application',
        status: assessed.applicationError ? 'error' : 'ok', result: assessed.applicationError ? 'error' : 'ok',
        ...(sha256 ? { sha256 } : {}),
        ...(assessed.applicationError ? { error: { code: 'INVALID_APPLICATION' as const, message: assessed.applicationError } } : {}),
        ms: 0,
      });
    }
    caseEntries.set(c.caseId, caseEntry(c, assessed.report, assessed.noVerdictReason, reportPath));
    stageMs.caseMs! += performance.now() - tCase;
  };

  const queue = new PQueue({ concurrency: 2 * size }); // hashing and writing overlap the workers
  const caseJobs: Promise<void>[] = [];
  progress.start({ files: cases.reduce((n, c) => n + c.documents.length + (c.application ? 1 : 0), 0), cases: cases.length, concurrency: size });
  try {
    for (const c of cases) {
      if (signal?.aborted) break;
      const jobs: Promise<DocumentReport | undefined>[] = [];
      for (const file of c.documents) {
        await queue.onSizeLessThan(2 * size); // bounded memory however many files wait
        if (signal?.aborted) break;
        jobs.push(queue.add(() => processFile(file, c.caseId)));
      }
      caseJobs.push(Promise.all(jobs).then(async (reports) => {
        if (reports.length !== c.documents.length || reports.some((r) => r === undefined)) return;
        try {
          await finishCase(c, reports as DocumentReport[]);
        } catch (error) {
          if (!signal?.aborted) throw error; // interrupted: the case is listed without a report
        }
      }));
    }
    await Promise.all(caseJobs);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    queue.clear();
    await queue.onIdle();
    await pool.close();
    await state.close();
    assessCase.close();
    clearInterval(rssTimer);
  }

  const interrupted = signal?.aborted ?? false;
  const files = cases.flatMap((c) => [...(c.application ? [c.application] : []), ...c.documents].map((f) =>
    fileEntries.get(f.relPath) ?? { path: f.relPath, caseId: c.caseId, kind: f === c.application ? 'application' as const : 'document' as const, status: 'not-processed' as const, ms: 0 }));
  const caseList = cases.map((c) => caseEntries.get(c.caseId) ?? {
    caseId: c.caseId, ...(c.dir ? { dir: c.dir } : {}), documents: c.documents.length, hasApplication: !!c.application,
    noVerdictReason: 'interrupted before all its documents were read', blocking: 0, findings: countFindings([]),
  });
  const wallMs = performance.now() - t0;
  const processed = files.filter((f) => f.status === 'ok' || f.status === 'error').length;
  const pagesProcessed = files.filter((f) => f.status === 'ok' || f.status === 'error').reduce((n, f) => n + (f.pageCount ?? 0), 0);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const summary = buildSummary({
    docreviewVersion: version,
    inputDir: inDir,
    files,
    cases: caseList,
    run: {
      startedAt, finishedAt: new Date().toISOString(), wallMs: Math.round(wallMs), concurrency: size,
      processed, skippedUnchanged: files.filter((f) => f.status === 'skipped-unchanged').length,
      pagesProcessed, pagesPerSecond: Number((pagesProcessed / (wallMs / 1000)).toFixed(2)), interrupted,
      stageMs: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
      workers: { ...pool.stats }, peakRssBytes: peakRss,
    },
  });
  await writeJsonAtomic(path.join(outDir, SUMMARY_FILE), summary);
  progress.finish(summary);
  return summary;
}

function fileEntry(file: BatchInputFile, caseId: string, report: DocumentReport,
  meta: { sha256?: string; sizeBytes: number; reportPath: string; skipped: boolean; ms: number }): BatchFile {
  const result = report.error ? 'error' : 'ok';
  return {
    path: file.relPath,
    caseId,
    kind: 'document',
    status: meta.skipped ? 'skipped-unchanged' : result,
    result,
    ...(meta.sha256 ? { sha256: meta.sha256 } : {}),
    sizeBytes: meta.sizeBytes,
    report: meta.reportPath,
    pageCount: report.document.pageCount,
    docType: report.document.docType,
    ...(report.error ? { error: report.error } : {}),
    findings: countFindings(report.findings),
    ms: Math.round(meta.ms),
  };
}

function caseEntry(c: BatchCaseInput, report: CaseReport, noVerdictReason: string | undefined, reportPath: string): BatchCase {
  return {
    caseId: c.caseId,
    ...(c.dir ? { dir: c.dir } : {}),
    documents: c.documents.length,
    hasApplication: !!c.application,
    ...(report.verdict ? { verdict: report.verdict } : {}),
    ...(noVerdictReason ? { noVerdictReason } : {}),
    blocking: report.blocking.length,
    findings: countFindings(report.findings),
    report: reportPath,
  };
}
