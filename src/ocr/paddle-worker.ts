/**
 * The body of one PaddleOCR worker thread: loads the models, then reads the images it is sent, one at
 * a time. A thread (not the main one) so a runaway job can be stopped by terminating it and its
 * native memory goes with it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Word } from '../model/document.js';
import type { OcrRectangle } from './engine.js';
import { loadPaddleModel, type PaddleModelOptions } from './paddle-model.js';

export type ToPaddleWorker = { jobId: number; image: Uint8Array; rectangle?: OcrRectangle };
export type FromPaddleWorker =
  | { type: 'ready' }
  | { type: 'load-failed'; error: { name: string; message: string } }
  | { type: 'result'; jobId: number; words: Word[]; skew: number }
  | { type: 'failed'; jobId: number; error: { name: string; message: string } };

const port = parentPort;
if (!port) throw new Error('Expected to run in a worker thread (paddle-worker.ts), got the main thread');

const failure = (err: unknown) => ({ name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) });

try {
  const model = await loadPaddleModel(workerData as PaddleModelOptions);
  let queue = Promise.resolve();
  port.on('message', (job: ToPaddleWorker) => {
    queue = queue.then(async () => {
      try {
        const { words, skew } = await model.read(Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength), job.rectangle);
        port.postMessage({ type: 'result', jobId: job.jobId, words, skew } satisfies FromPaddleWorker);
      } catch (err) {
        port.postMessage({ type: 'failed', jobId: job.jobId, error: failure(err) } satisfies FromPaddleWorker);
      }
    });
  });
  port.postMessage({ type: 'ready' } satisfies FromPaddleWorker);
} catch (err) {
  port.postMessage({ type: 'load-failed', error: failure(err) } satisfies FromPaddleWorker);
}
