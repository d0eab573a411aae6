/**
 * Document workers: `size` worker threads, each checking one file at a time with its own OCR pool
 * of size 1. A file that overruns its deadline (timeout + grace) or crashes its worker gets an error
 * report made here and the worker is replaced; workers are also recycled after `recycleAfterPages` pages
 * (text-layer pages weigh a twentieth: `recycleWeight`) and after any TIMEOUT/INTERNAL report, whose
 * thread may still be busy with abandoned work.
 */
import { setMaxListeners } from 'node:events';
import { createRequire } from 'node:module';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import PQueue from 'p-queue';
import type { CheckOptions } from '../../pipelines/check.js';
import { DocumentError } from '../model/errors.js';
import type { DocumentReport } from '../model/schema.js';
import { buildErrorReport } from '../report/document-report.js';
import type { FromWorker, ToWorker, WorkerTask } from './document-worker.js';
import { PDFJS_MAIN, PDFJS_WORKER } from '../ingest/pdfjs-files.js';

export interface DocumentWorkerPoolOptions {
  /** Worker threads (= OCR processes = busy cores). @default os.availableParallelism() */
  size?: number;
  /**
   * Pages a worker reads before it is replaced, to keep memory flat: rendered and OCR'd pages count
   * one each, text-layer pages a twentieth (`recycleWeight`). A worker costs seconds of CPU to start
   * and warm up; a text-layer page milliseconds to read and hardly any memory that outlives it.
   * @default 300
   */
  recycleAfterPages?: number;
  /** Per-file limit enforced inside the worker (a TIMEOUT report); the thread is killed `graceMs` later. */
  timeoutMs: number;
  /** @default a quarter of timeoutMs, between 1 and 10 s */
  graceMs?: number;
  /** V8 heap limit of one worker; a file that needs more gets a TOO_LARGE report. @default 1536 */
  maxHeapMb?: number;
  /** Options for `checkFile` in the workers (size and ingest limits). */
  check?: Omit<CheckOptions, 'concurrency' | 'timeoutMs'>;
}

/** The file to check, as the batch already knows it (used for reports the worker could not make). */
export interface WorkerJobFile {
  absPath: string;
  fileName: string;
  sha256: string;
  sizeBytes: number;
}

export interface WorkerPoolStats { started: number; recycled: number; killed: number }

export interface DocumentWorkerPool {
  /** Check one file. Resolves with a report (an error report for a bad file); rejects only after `close()`. */
  check(file: WorkerJobFile): Promise<DocumentReport>;
  /** Terminate every worker; checks in flight reject. */
  close(): Promise<void>;
  readonly stats: Readonly<WorkerPoolStats>;
}

interface Slot { worker?: Worker; ready?: Promise<void>; pages: number; busy: boolean }

const START_TIMEOUT_MS = 120_000;

/**
 * A document worker's young generation (V8's nursery, default 16 MiB semi-spaces). pdf.js and the
 * extractors make many short-lived objects per page; with a 128 MiB young generation fewer survive
 * into the old one: 1,200 text-layer pages took 28–30 s of CPU with the default and 23–25 s with
 * this (both with --single-threaded-gc, one worker), for ≈ 100 MiB more RSS per worker.
 */
export const WORKER_YOUNG_GENERATION_MB = 128;

/** Start a worker thread on document-worker, under tsx when running from sources. */
function spawnWorker(maxHeapMb: number): Worker {
  const self = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (!self.endsWith('.ts')) return new Worker(new URL('./document-worker.js', self), { resourceLimits });
  // Worker threads do not inherit tsx's loader: register it first, then load the TypeScript entry.
  // require.resolve finds the CommonJS build of tsx's API; its ES module twin sits beside it.
  const require = createRequire(self);
  const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./document-worker.ts', self).href;
  // pdf.js (3 MB of plain JavaScript) is loaded before the loader is registered: through tsx's
  // loader it cost ≈ 0.5 s more CPU per worker start than loaded by Node. pdfjs.ts then finds it
  // in the module cache. Its polyfilled push and JSON.parse are put back here as pdfjs.ts does.
  const [main, worker] = [PDFJS_MAIN, PDFJS_WORKER].map((f) => JSON.stringify(pathToFileURL(require.resolve(f)).href));
  const code = [
    'const native = { push: Array.prototype.push, parse: JSON.parse };',
    `await import(${main}); globalThis.pdfjsWorker ??= await import(${worker});`,
    "Object.defineProperty(Array.prototype, 'push', { value: native.push, writable: true, configurable: true, enumerable: false });",
    "Object.defineProperty(JSON, 'parse', { value: native.parse, writable: true, configurable: true, enumerable: false });",
    `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(entry)});`,
  ].join('\n');
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { resourceLimits });
}

/**
 * A text-layer page counts as this share of a page towards recycling. Measured on the built CLI over
 * 6,000 text-layer pages with two workers never recycled: RSS 464 → ≈ 510 MiB (+10 %), while each
 * recycle cost ≈ 3.6 s of CPU (start, module load, JIT warm-up): 1,200 pages took 42 s of CPU with
 * a recycle every 300 pages and 31 s without.
 */
export const TEXT_LAYER_PAGE_WEIGHT = 1 / 20;

/**
 * What a checked file counts towards its worker's recycling: one per rendered or OCR'd page, a
 * twentieth per text-layer page, one for a file without pages (an error report: its memory is unknown).
 * @example recycleWeight(report) // 4 text-layer pages → 0.2; 2 scanned pages → 2
 */
export function recycleWeight(report: Pick<DocumentReport, 'pages'>): number {
  if (report.pages.length === 0) return 1;
  let weight = 0;
  for (const page of report.pages) weight += page.source === 'text-layer' ? TEXT_LAYER_PAGE_WEIGHT : 1;
  return weight;
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`Expected \`${name}\` to be an integer from 1 and up, got \`${value}\``);
  return value;
}

/**
 * @example
 * const pool = createDocumentWorkerPool({ size: 4, timeoutMs: 300_000 });
 * const report = await pool.check({ absPath, fileName, sha256, sizeBytes });
 * await pool.close();
 */
export function createDocumentWorkerPool(options: DocumentWorkerPoolOptions): DocumentWorkerPool {
  const size = positiveInt('size', options.size ?? os.availableParallelism());
  const recycleAfterPages = positiveInt('recycleAfterPages', options.recycleAfterPages ?? 300);
  const graceMs = options.graceMs ?? Math.min(10_000, Math.max(1000, options.timeoutMs / 4));
  const maxHeapMb = options.maxHeapMb ?? 1536;
  const queue = new PQueue({ concurrency: size });
  const slots: Slot[] = Array.from({ length: size }, () => ({ pages: 0, busy: false }));
  const stats: WorkerPoolStats = { started: 0, recycled: 0, killed: 0 };
  const stopping = new Set<Promise<unknown>>();
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per queued or running job, by design
  let nextJobId = 1;

  const track = (p: Promise<unknown>) => {
    const done = p.catch(() => undefined).finally(() => stopping.delete(done));
    stopping.add(done);
  };

  const start = (slot: Slot): Promise<void> => {
    const worker = spawnWorker(maxHeapMb);
    stats.started++;
    slot.worker = worker;
    slot.pages = 0;
    slot.ready = new Promise<void>((resolve, reject) => {
      const done = (error?: unknown) => {
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', onClose);
        worker.off('message', onReady).off('error', done).off('exit', onExit);
        if (error) reject(error); else resolve();
      };
      const onReady = () => done();
      const onExit = (code: number) => done(new Error(`A document worker exited while starting (code ${code})`));
      const onClose = () => done(closing.signal.reason);
      const timer = setTimeout(() => done(new Error(`A document worker did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
      worker.once('message', onReady).once('error', done).once('exit', onExit);
      closing.signal.addEventListener('abort', onClose);
    });
    return slot.ready;
  };

  /**
   * Stop a thread. terminate() never settles for a thread stuck in native code: after 5 s such a
   * thread is unref'd so it cannot keep the process alive, and left behind.
   */
  const stop = (worker: Worker): Promise<unknown> => {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((resolve) => { timer = setTimeout(() => { worker.unref(); resolve(); }, 5000); });
    return Promise.race([worker.terminate().finally(() => clearTimeout(timer)), gaveUp]);
  };

  /** Kill a worker whose state is unknown. terminate() may never settle if the thread is stuck in native code. */
  const kill = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.ready = undefined;
    if (!worker) return;
    stats.killed++;
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    track(stop(worker));
  };

  /** Let a healthy worker close its OCR pool, then stop it. */
  const retire = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = undefined;
    slot.ready = undefined;
    if (!worker) return;
    const closed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 10_000);
      const done = () => { clearTimeout(timer); resolve(); };
      worker.on('message', (m: FromWorker) => { if (m.type === 'closed') done(); });
      worker.once('exit', done);
    });
    worker.postMessage({ type: 'close' } satisfies ToWorker);
    track(closed.then(() => stop(worker)));
  };

  /**
   * Run one task on a slot's worker. `fail` makes the result when the worker cannot: it crashed,
   * ran out of memory, overran `deadlineMs`, or threw.
   */
  const runOn = async <T>(slot: Slot, task: WorkerTask, deadlineMs: number, fail: (error: DocumentError) => T): Promise<{ value: T; healthy: boolean }> => {
    try {
      await (slot.ready ?? start(slot));
    } catch (error) {
      kill(slot);
      if (closing.signal.aborted) throw closing.signal.reason;
      // Not the file's fault, and every other file would fail the same way: an operational error.
      throw new Error(`A document worker could not start: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const worker = slot.worker!;
    const jobId = nextJobId++;
    const outcome = await new Promise<{ value: T; healthy: boolean } | 'closed'>((resolve) => {
      const finish = (result: { value: T; healthy: boolean } | 'closed') => {
        clearTimeout(timer);
        closing.signal.removeEventListener('abort', onClose);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (result === 'closed' || !result.healthy) kill(slot);
        resolve(result);
      };
      const broken = (error: DocumentError) => finish({ value: fail(error), healthy: false });
      const onMessage = (m: FromWorker) => {
        if (m.type === 'result' && m.jobId === jobId) finish({ value: m.value as T, healthy: true });
        if (m.type === 'failed' && m.jobId === jobId) {
          const cause = Object.assign(new Error(m.error.message), { name: m.error.name, stack: m.error.stack });
          broken(new DocumentError('INTERNAL', `docreview failed on this file: ${m.error.message}`, { cause }));
        }
      };
      const onError = (err: Error & { code?: string }) => broken(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new DocumentError('TOO_LARGE', `Reading the file needed more than ${maxHeapMb} MB of memory and was stopped.`, { cause: err })
        : new DocumentError('INTERNAL', `The document worker crashed on this file: ${err.message}`, { cause: err }));
      const onExit = (code: number) => broken(new DocumentError('INTERNAL', `The document worker exited (code ${code}) while reading this file.`));
      const onClose = () => finish('closed');
      const timer = setTimeout(() => broken(new DocumentError('TIMEOUT',
        `Reading the file took longer than ${Math.round(deadlineMs / 1000)} s; its worker was stopped.`)), deadlineMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      closing.signal.addEventListener('abort', onClose);
      worker.postMessage({ ...task, jobId } satisfies ToWorker);
    });
    if (outcome === 'closed') throw closing.signal.reason;
    return outcome;
  };

  /** Run a task on a free slot (p-queue runs at most `size` at once, so one always exists). */
  const schedule = <T>(job: (slot: Slot) => Promise<T>): Promise<T> => {
    if (closing.signal.aborted) return Promise.reject(closing.signal.reason);
    return queue.add(async () => {
      const slot = slots.find((s) => !s.busy)!;
      slot.busy = true;
      try { return await job(slot); } finally { slot.busy = false; }
    }, { signal: closing.signal });
  };

  return {
    stats,
    check(file) {
      return schedule(async (slot) => {
        const t0 = performance.now();
        const identity = { fileName: file.fileName, id: file.sha256, sizeBytes: file.sizeBytes };
        const task: WorkerTask = { type: 'check', path: file.absPath, options: { ...options.check, timeoutMs: options.timeoutMs } };
        const { value: report, healthy } = await runOn(slot, task, options.timeoutMs + graceMs,
          (error) => buildErrorReport(identity, error, { totalMs: Math.round(performance.now() - t0) }));
        slot.pages += recycleWeight(report);
        // After a TIMEOUT or INTERNAL report the thread may still be busy with abandoned work.
        const suspect = report.error?.code === 'TIMEOUT' || report.error?.code === 'INTERNAL';
        if (healthy && slot.worker && (suspect || slot.pages >= recycleAfterPages)) {
          stats.recycled++;
          retire(slot);
        }
        return report;
      });
    },
    async close() {
      if (!closing.signal.aborted) closing.abort(new DOMException('The document worker pool was closed', 'AbortError'));
      queue.clear();
      for (const slot of slots) if (slot.worker) (slot.busy ? kill : retire)(slot);
      while (stopping.size) await Promise.all([...stopping]);
    },
  };
}
