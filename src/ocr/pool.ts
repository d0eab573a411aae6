/**
 * A pool of OCR engines (one worker each) behind the same `OcrEngine` interface, scheduled with
 * p-queue. Engines start lazily, are recycled after `recycleAfter` jobs or `recycleAfterMegapixels`
 * read because tesseract.js worker memory grows over long runs (issues #977, #678, #1045), and are
 * replaced after any failure, so one bad page never takes the pool down. Images are preprocessed
 * here and boxes mapped back.
 */
import { setMaxListeners } from 'node:events';
import os from 'node:os';
import PQueue from 'p-queue';
import type { Line } from '../model/document.js';
import { OcrError, toOcrError } from './engine.js';
import type { OcrEngine, OcrInput, OcrResult, RecognizeOptions } from './engine.js';
import { preprocessImage, type PreprocessedImage, type PreprocessOptions } from './preprocess.js';
import { createTesseractEngine, type TesseractEngineOptions } from './tesseract.js';

/** Options for `createOcrPool`. */
export interface OcrPoolOptions extends TesseractEngineOptions {
  /** Engines running at once. @default os.availableParallelism() */
  size?: number;
  /** Jobs an engine runs before it is closed and replaced, to keep memory flat. @default 40 */
  recycleAfter?: number;
  /**
   * Megapixels an engine reads before it is replaced, whatever the job count: a tesseract.js worker
   * grew ≈ 5 MB per upscaled A4 page (10–30 MP) for as long as it lived (measured over 32 pages,
   * 2026-11-22), while line crops cost it nothing. @default 200
   */
  recycleAfterMegapixels?: number;
  /** Preprocessing steps, or `false` to hand images to the engine untouched. @default {} */
  preprocess?: PreprocessOptions | false;
  /** Makes one single-worker engine. @default createTesseractEngine with the timeouts above */
  createEngine?: () => OcrEngine;
}

interface Slot {
  engine?: OcrEngine;
  jobs: number;
  /** Megapixels read by the current engine. */
  pixels: number;
  busy: boolean;
}

function positiveInt(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`Expected \`${name}\` to be an integer from 1 and up, got \`${value}\``);
  return value;
}

/** Map every box of the lines from preprocessed pixels back to original pixels. */
function mapLines(lines: Line[], pre: PreprocessedImage): Line[] {
  return lines.map((line) => ({
    ...line,
    bbox: pre.toOriginal(line.bbox),
    words: line.words.map((w) => ({ ...w, bbox: pre.toOriginal(w.bbox) })),
  }));
}

/**
 * Create a pool of OCR workers. `close()` terminates them all and rejects queued jobs.
 * @example
 * const ocr = createOcrPool({ size: 2 });
 * const pages = await Promise.all(images.map((image) => ocr.recognize({ image })));
 * await ocr.close();
 */
export function createOcrPool(options: OcrPoolOptions = {}): OcrEngine {
  const size = positiveInt('size', options.size ?? os.availableParallelism());
  const recycleAfter = positiveInt('recycleAfter', options.recycleAfter ?? 40);
  const recycleAfterMegapixels = positiveInt('recycleAfterMegapixels', options.recycleAfterMegapixels ?? 200);
  // Tesseract engines are handed PGM (no compression either side); other engines get PNG.
  const preprocess = options.preprocess === false ? false : { encoding: options.createEngine ? 'png' as const : 'pgm' as const, ...options.preprocess };
  const createEngine = options.createEngine
    ?? (() => createTesseractEngine({ startTimeoutMs: options.startTimeoutMs, jobTimeoutMs: options.jobTimeoutMs }));
  const queue = new PQueue({ concurrency: size });
  const slots: Slot[] = Array.from({ length: size }, () => ({ jobs: 0, pixels: 0, busy: false }));
  const closing = new AbortController();
  setMaxListeners(0, closing.signal); // one listener per queued job, by design (p-queue's signal option)
  const retiring = new Set<Promise<void>>();
  let name: string | undefined;
  // The last image preprocessed: a first page whose script its first lines did not settle is read
  // twice in a row (chi_sim, then the right model: read-document's readFirstPage), and preprocessing
  // an A4 page costs ≈ 0.5 s of CPU. One entry, so no more than one page's pixels is held after its job.
  let last: { image: Buffer; pre: Promise<PreprocessedImage> } | undefined;
  const preprocessed = (image: Buffer, steps: PreprocessOptions): Promise<PreprocessedImage> => {
    if (last?.image !== image) {
      const pre = preprocessImage(image, steps);
      last = { image, pre };
      pre.catch(() => { if (last?.pre === pre) last = undefined; });
    }
    return last.pre;
  };

  const retire = (slot: Slot) => {
    const engine = slot.engine;
    slot.engine = undefined;
    slot.jobs = 0;
    slot.pixels = 0;
    if (!engine) return Promise.resolve();
    const done = engine.close().catch(() => undefined).finally(() => retiring.delete(done));
    retiring.add(done);
    return done;
  };

  const runJob = async (input: OcrInput, opts: RecognizeOptions, signal: AbortSignal): Promise<OcrResult> => {
    const t0 = performance.now();
    // Bad input fails here, before a worker is involved, so it never costs a worker restart.
    const pre = preprocess === false ? undefined : await preprocessed(input.image, preprocess);
    // p-queue runs at most `size` jobs, so a free slot always exists here.
    const slot = slots.find((s) => !s.busy);
    if (!slot) throw new OcrError('OCR pool invariant broken: no free worker slot');
    slot.busy = true;
    try {
      const engine = (slot.engine ??= createEngine());
      name ??= engine.name;
      const rectangle = opts.rectangle && pre ? pre.toProcessed(opts.rectangle) : opts.rectangle;
      const result = await engine.recognize({ image: pre?.image ?? input.image }, { ...opts, rectangle, signal });
      slot.jobs++;
      slot.pixels += (pre ? pre.width * pre.height : result.width * result.height) / 1e6;
      if (slot.jobs >= recycleAfter || slot.pixels >= recycleAfterMegapixels) await retire(slot);
      if (!pre) return { ...result, ms: performance.now() - t0 };
      return { ...result, lines: mapLines(result.lines, pre), width: pre.originalWidth, height: pre.originalHeight, ms: performance.now() - t0 };
    } catch (err) {
      void retire(slot); // the engine's state is unknown after a failure: replace it
      throw err;
    } finally {
      slot.busy = false;
    }
  };

  return {
    get name() {
      return `pool(${name ?? 'tesseract'})`;
    },
    async recognize(input, opts = {}) {
      if (closing.signal.aborted) throw new OcrError('Expected an open OCR pool, got a closed one');
      const signal = opts.signal ? AbortSignal.any([opts.signal, closing.signal]) : closing.signal;
      try {
        return await queue.add(({ signal: s }) => runJob(input, opts, s ?? signal), { signal });
      } catch (err) {
        throw toOcrError(err, 'OCR');
      }
    },
    async close() {
      if (!closing.signal.aborted) closing.abort(new OcrError('OCR pool closed'));
      last = undefined;
      await Promise.all(slots.map(retire));
      await Promise.all([...retiring]);
    },
  };
}
