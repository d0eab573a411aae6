/**
 * The body of one document worker thread: checks the files it is sent, one at a time, with its own
 * OCR pool of size 1. The parent terminates
 * it when a job overruns its deadline (pdf.js can spin synchronously, which no in-thread timer can
 * stop) and recycles it after a number of pages.
 *
 * Test hook: when DOCREVIEW_BATCH_TEST_HANG is set, a file whose name contains that text makes this
 * thread spin forever, standing in for a parser hang. Only this module reads it.
 */
import { parentPort } from 'node:worker_threads';
import { checkFile, OcrSession, type CheckOptions } from '../../pipelines/check.js';
import type { DocumentReport } from '../model/schema.js';
import { warmUp } from './warm-up.js';

/** One job for a worker; a union so other CPU-bound jobs can join. */
export type WorkerTask = { type: 'check'; path: string; options: CheckOptions };
export type ToWorker = (WorkerTask & { jobId: number }) | { type: 'close' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'result'; jobId: number; value: DocumentReport }
  /** The job threw (a bug: bad files are reported, not thrown); the parent turns it into an error. */
  | { type: 'failed'; jobId: number; error: { name: string; message: string; stack?: string } }
  | { type: 'closed' };

const port = parentPort;
if (!port) throw new Error('Expected to run in a worker thread (document-worker.ts), got the main thread');

// One OCR process per document worker: N workers keep N cores busy without oversubscribing.
const session = new OcrSession(1);
const hang = process.env.DOCREVIEW_BATCH_TEST_HANG;
let queue = Promise.resolve();

port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message));
});
await warmUp(); // loading pdf.js must not count against the first file's deadline
port.postMessage({ type: 'ready' } satisfies FromWorker);

async function run(task: WorkerTask): Promise<DocumentReport> {
  if (hang && task.path.includes(hang)) for (;;); // test hook: a synchronous parser hang
  return checkFile(task.path, session, { ...task.options, concurrency: 1 });
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'close') {
    await session.close();
    port!.postMessage({ type: 'closed' } satisfies FromWorker);
    return;
  }
  try {
    port!.postMessage({ type: 'result', jobId: message.jobId, value: await run(message) } satisfies FromWorker);
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    port!.postMessage({ type: 'failed', jobId: message.jobId, error: { name: e.name, message: e.message, stack: e.stack } } satisfies FromWorker);
  }
}
