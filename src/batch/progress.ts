/**
 * How a batch run shows itself: a progress bar (files, pages, pages/s, time left) on a terminal;
 * quiet JSON lines otherwise (start, each file that failed, a heartbeat every `intervalMs`, done).
 * Everything goes to stderr: stdout stays free for the caller.
 */
import cliProgress from 'cli-progress';
import type { BatchFile, BatchSummary } from '../model/batch-summary.js';

export interface BatchProgress {
  start(info: { files: number; cases: number; concurrency: number }): void;
  /** A file is finished (read, skipped as unchanged, or failed); `pages` = its page count. */
  file(entry: BatchFile): void;
  /** Something worth a line even when quiet (interrupt, worker trouble). */
  note(message: string, detail?: Record<string, unknown>): void;
  finish(summary: BatchSummary): void;
}

export interface ProgressOptions {
  stream?: NodeJS.WriteStream;
  /** @default stream.isTTY */
  tty?: boolean;
  /** Heartbeat period of the JSON log. @default 30000 */
  intervalMs?: number;
}

/** Pick the terminal bar or the JSON log for `stream`. */
export function createProgress(options: ProgressOptions = {}): BatchProgress {
  const stream = options.stream ?? process.stderr;
  return (options.tty ?? stream.isTTY) ? createBar(stream) : createJsonLog(stream, options.intervalMs ?? 30_000);
}

/** A progress reporter that reports nothing (library use, tests). */
export const silentProgress: BatchProgress = { start() {}, file() {}, note() {}, finish() {} };

interface Counters { files: number; done: number; pages: number; errors: number; skipped: number; t0: number }

function rate(c: Counters): number {
  const s = (performance.now() - c.t0) / 1000;
  return s > 0 ? c.pages / s : 0;
}

function count(c: Counters, entry: BatchFile): void {
  c.done++;
  if (entry.status === 'skipped-unchanged') c.skipped++;
  else c.pages += entry.pageCount ?? 0;
  if (entry.result === 'error') c.errors++;
}

function createBar(stream: NodeJS.WriteStream): BatchProgress {
  const c: Counters = { files: 0, done: 0, pages: 0, errors: 0, skipped: 0, t0: performance.now() };
  const bar = new cliProgress.SingleBar({
    stream,
    format: '{bar} {value}/{total} files | {pages} pages | {rate} pages/s | {errors} errors, {skipped} unchanged | {duration_formatted} elapsed, {eta_formatted} left',
    hideCursor: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  const payload = () => ({ pages: c.pages, rate: rate(c).toFixed(1), errors: c.errors, skipped: c.skipped });
  return {
    start(info) { c.files = info.files; c.t0 = performance.now(); bar.start(info.files, 0, payload()); },
    file(entry) { count(c, entry); bar.update(c.done, payload()); },
    note(message) { bar.stop(); stream.write(`${message}\n`); bar.start(c.files, c.done, payload()); },
    finish(summary) {
      bar.stop();
      const t = summary.totals;
      stream.write(`${t.files} files (${t.ok} ok, ${t.error} errors, ${summary.run.skippedUnchanged} unchanged${t.notProcessed ? `, ${t.notProcessed} not processed` : ''}), ` +
        `${summary.run.pagesProcessed} pages read at ${summary.run.pagesPerSecond.toFixed(1)} pages/s; verdicts PASS ${t.verdicts.PASS}, HOLD ${t.verdicts.HOLD}, none ${t.verdicts.none}\n`);
    },
  };
}

function createJsonLog(stream: NodeJS.WriteStream, intervalMs: number): BatchProgress {
  const c: Counters = { files: 0, done: 0, pages: 0, errors: 0, skipped: 0, t0: performance.now() };
  const line = (event: string, data: Record<string, unknown>) => stream.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...data })}\n`);
  let timer: NodeJS.Timeout | undefined;
  const heartbeat = () => {
    const perFile = c.done ? (performance.now() - c.t0) / c.done : 0;
    line('progress', { done: c.done, files: c.files, pages: c.pages, pagesPerSecond: Number(rate(c).toFixed(2)), errors: c.errors, skipped: c.skipped, etaSeconds: Math.round(((c.files - c.done) * perFile) / 1000) });
  };
  return {
    start(info) {
      c.files = info.files; c.t0 = performance.now();
      line('start', info);
      timer = setInterval(heartbeat, intervalMs);
      timer.unref();
    },
    file(entry) {
      count(c, entry);
      if (entry.result === 'error' && entry.status !== 'skipped-unchanged') line('file-error', { path: entry.path, code: entry.error?.code, message: entry.error?.message });
    },
    note(message, detail) { line('note', { message, ...detail }); },
    finish(summary) {
      clearInterval(timer);
      line('done', { completed: summary.completed, ...summary.totals, findings: undefined, pagesProcessed: summary.run.pagesProcessed, pagesPerSecond: summary.run.pagesPerSecond, wallMs: summary.run.wallMs });
    },
  };
}
