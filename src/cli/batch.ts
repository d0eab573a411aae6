/**
 * `docreview batch IN_DIR --out OUT_DIR`: parses arguments, runs pipelines/batch.ts, reports.
 * Exit 0 when the run completed (bad files are listed in summary.json, not failures of the run);
 * 2 for operational errors and for a run stopped by Ctrl-C (rerun to finish it).
 */
import os from 'node:os';
import { Command, Option } from 'commander';
import { runBatch, SUMMARY_FILE } from '../../pipelines/batch.js';
import { createProgress } from '../batch/progress.js';

interface BatchCliOptions {
  out: string;
  concurrency?: number;
  timeout?: number;
  maxMb?: number;
  maxPages?: number;
  maxPixels?: number;
  recycleAfterPages?: number;
  force?: boolean;
  json?: boolean;
  db?: string;
  reviewQueue?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`Expected a whole number from 1 and up, got \`${value}\``);
  return n;
}

/** Add the `batch` command to the `docreview` program. */
export function registerBatchCommand(program: Command): Command {
  return program
    .command('batch')
    .description('Back-office batch: each sub-folder of IN_DIR is a case, each loose file a case of its own. Reruns skip what is done.')
    .argument('<inDir>', 'folder of uploaded files')
    .requiredOption('--out <outDir>', 'folder for the reports and summary.json')
    .addOption(new Option('--concurrency <n>', 'document workers, each with one OCR process').argParser(positiveInt).default(os.availableParallelism(), 'the number of cores'))
    .addOption(new Option('--timeout <seconds>', 'per-file time limit').argParser(positiveInt).default(300))
    .addOption(new Option('--max-mb <n>', 'per-file size limit in MiB').argParser(positiveInt).default(200))
    .addOption(new Option('--max-pages <n>', 'refuse documents with more pages').argParser(positiveInt))
    .addOption(new Option('--max-pixels <n>', 'refuse images with more pixels').argParser(positiveInt))
    .addOption(new Option('--recycle-after-pages <n>', 'pages a worker reads before it is replaced (a text-layer page counts 1/20)').argParser(positiveInt))
    .option('--force', 'read every file again, even those an earlier run reported unchanged')
    .option('--json', 'print summary.json to stdout when done')
    .option('--db <path>', 'review queue database (default: $DOCREVIEW_DATA_DIR/review.db, else ./.docreview/review.db)')
    .option('--no-review-queue', 'do not queue review items; verdicts then ignore the review queue')
    .action(async (inDir: string, opts: BatchCliOptions) => {
      const stop = new AbortController();
      const onSigint = () => {
        if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: leave now
        stop.abort();
      };
      process.on('SIGINT', onSigint).on('SIGTERM', onSigint);
      try {
        const summary = await runBatch(inDir, opts.out, {
          concurrency: opts.concurrency,
          timeoutMs: opts.timeout! * 1000,
          maxBytes: opts.maxMb! * 1024 * 1024,
          ingest: { ...(opts.maxPages ? { maxPages: opts.maxPages } : {}), ...(opts.maxPixels ? { maxPixels: opts.maxPixels } : {}) },
          recycleAfterPages: opts.recycleAfterPages,
          force: opts.force,
          reviewDb: opts.reviewQueue === false ? false : opts.db,
          signal: stop.signal,
          progress: createProgress(),
        });
        if (opts.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        if (!summary.completed) throw new Error(`Interrupted: ${summary.totals.notProcessed} files not processed (see ${opts.out}/${SUMMARY_FILE}); run the same command again to finish.`);
      } finally {
        process.off('SIGINT', onSigint).off('SIGTERM', onSigint);
      }
    });
}
