/**
 * tesseract.js 7 behind `OcrEngine`: one worker thread, fully offline, LSTM only (OEM 1). The worker
 * starts on first use; a start-up or recognition that overruns its time limit terminates the worker
 * and the next call starts a fresh one. Calls run one at a time; `createOcrPool` runs several engines.
 */
import { createWorker, type Worker } from 'tesseract.js';
import sharp, { type Metadata } from 'sharp';
import { DEFAULT_LANGUAGES, OcrError, toOcrError, withTimeout } from './engine.js';
import type { OcrEngine, OcrInput, OcrResult, PageSegmentation, RecognizeOptions } from './engine.js';
import { assertLanguages, getLangPath } from './lang-path.js';
import { toLines, type TesseractBlock } from './tesseract-result.js';
import { pgmSize } from './pgm.js';

/** Options for one Tesseract worker. */
export interface TesseractEngineOptions {
  /** Limit for starting the worker and loading languages; `createWorker` can hang forever. @default 30000 */
  startTimeoutMs?: number;
  /** Limit for one recognition; on overrun the worker is terminated. @default 60000 */
  jobTimeoutMs?: number;
}

const OEM_LSTM_ONLY = 1;
const PSM: Record<PageSegmentation, string> = { auto: '3', block: '6', line: '7', word: '8' };

/**
 * Start one tesseract.js worker with the settings shared/stack-notes.md says are needed, reading the
 * models from `langPath` (the bundled chi_sim/eng folder by default).
 */
export async function startWorker(languages: readonly string[], onError: (err: unknown) => void, langPath?: string): Promise<Worker> {
  langPath ??= await getLangPath();
  const worker = await createWorker([...languages], OEM_LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none', // else unzipped data is written to (and later preferred from) the cwd
    errorHandler: onError, // else a failed job throws inside tesseract.js and kills the process
  }, { tessedit_load_sublangs: '' } as never); // else chi_sim loads chi_sim_vert and drops eng
  await worker.setParameters({
    preserve_interword_spaces: '1', // else '人 民 币'
    debug_file: '/dev/null', // else Tesseract prints 'Estimating resolution as …' to our stdout
  });
  return worker;
}

/**
 * Terminate a worker and wait until its thread has exited: tesseract.js's `terminate()` does not
 * wait, so without this a closed engine still holds a live thread for a moment.
 */
export async function stopWorker(worker: Worker): Promise<void> {
  const thread = (worker as unknown as { worker?: { once(event: 'exit', cb: () => void): void } }).worker;
  const exited = new Promise<void>((resolve) => {
    thread?.once('exit', resolve);
    if (!thread) resolve();
    setTimeout(resolve, 2000).unref();
  });
  await worker.terminate();
  await exited;
}

/** Tesseract's wasm decodes PNG/JPEG/PGM itself; anything else sharp reads is converted to PNG. */
async function normaliseImage(image: Buffer): Promise<{ image: Buffer; width: number; height: number }> {
  const pgm = pgmSize(image); // the pool's preprocessed pages; sharp cannot read PGM
  if (pgm) return { image, ...pgm };
  let meta: Metadata;
  try {
    meta = await sharp(image).metadata();
  } catch (err) {
    throw new OcrError('Expected an image sharp can decode (PNG, JPEG, TIFF, WebP…), got unreadable bytes', { cause: err });
  }
  const { width, height, format } = meta;
  if (!width || !height) throw new OcrError(`Expected an image with a size, got ${width}×${height}`);
  const ok = format === 'png' || format === 'jpeg';
  return { image: ok ? image : await sharp(image).png().toBuffer(), width, height };
}

/**
 * Switch a started worker to other languages in place: tesseract.js loads only models it has not
 * loaded yet and re-initialises the API, where stopping the thread and starting another cost a wasm
 * start and a model load (≈ 1–2 s), at every document in the other script in a mixed batch. One
 * model set is live at a time, so memory stays that of one worker. `Init` resets the parameters.
 */
async function switchLanguages(worker: Worker, languages: readonly string[]): Promise<Worker> {
  await worker.reinitialize([...languages] as never, OEM_LSTM_ONLY);
  await worker.setParameters({ preserve_interword_spaces: '1', debug_file: '/dev/null' });
  return worker;
}

/**
 * Create a single-worker Tesseract engine. It keeps one worker thread and one language set loaded;
 * a call with other languages switches the worker in place (see `switchLanguages`).
 * @example
 * const engine = createTesseractEngine();
 * const { lines } = await engine.recognize({ image: png });
 * await engine.close();
 */
export function createTesseractEngine(options: TesseractEngineOptions = {}): OcrEngine {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 60_000;
  let current: { key: string; worker: Promise<Worker> } | undefined;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();
  const inFlight = new Set<AbortController>();

  const discard = () => {
    const old = current?.worker;
    current = undefined;
    old?.then(stopWorker, () => undefined).catch(() => undefined);
  };

  const worker = (languages: readonly string[], signal: AbortSignal): Promise<Worker> => {
    const key = languages.join('+');
    if (current?.key !== key) {
      // Calls run one at a time, so no recognition is using the worker while it switches.
      const next = current ? current.worker.then((w) => switchLanguages(w, languages)) : startWorker(languages, () => undefined);
      const entry = { key, worker: next };
      current = entry;
      // A worker that fails to start or switch is dropped; one that starts after its timeout is
      // still terminated: `discard` waits for it.
      next.catch(() => { if (current === entry) discard(); });
    }
    return withTimeout(current.worker, startTimeoutMs, 'Starting the Tesseract worker', discard, signal);
  };

  const run = async (input: OcrInput, opts: RecognizeOptions): Promise<OcrResult> => {
    const t0 = performance.now();
    const languages = opts.languages ?? DEFAULT_LANGUAGES;
    assertLanguages(languages);
    const { image, width, height } = await normaliseImage(input.image);
    const abort = new AbortController();
    inFlight.add(abort);
    const signal = opts.signal ? AbortSignal.any([opts.signal, abort.signal]) : abort.signal;
    try {
      const w = await worker(languages, signal);
      const params: Record<string, string> = { tessedit_pageseg_mode: PSM[opts.psm ?? 'auto'] };
      if (opts.whitelist) params.tessedit_char_whitelist = opts.whitelist;
      const job = w.recognize(image, { ...params, ...(opts.rectangle && { rectangle: opts.rectangle }) }, { blocks: true, text: false });
      const result = await withTimeout(job, jobTimeoutMs, 'Tesseract recognition', discard, signal);
      const { lines, confidence } = toLines((result.data.blocks ?? []) as unknown as TesseractBlock[]);
      return { lines, confidence, width, height, ms: performance.now() - t0 };
    } catch (err) {
      discard(); // parameters may be left set and the worker state is unknown: start afresh
      throw toOcrError(err, 'Tesseract recognition');
    } finally {
      inFlight.delete(abort);
    }
  };

  return {
    name: 'tesseract',
    recognize(input, opts = {}) {
      if (closed) return Promise.reject(new OcrError('Expected an open OCR engine, got a closed one'));
      const job = tail.then(() => run(input, opts));
      tail = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      for (const abort of inFlight) abort.abort(new OcrError('OCR engine closed'));
      const old = current?.worker;
      current = undefined;
      await old?.then(stopWorker, () => undefined);
    },
  };
}
