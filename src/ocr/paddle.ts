/**
 * PaddleOCR (PP-OCRv4, ONNX) through the OPTIONAL package `@gutenye/ocr-node`, behind `OcrEngine`.
 * Meant for small crops such as one 大写 line: on whole pages it needs 2–9 s and ~4 GB here
 * (shared/stack-notes.md). The package is loaded on first use; when it is not installed, `recognize`
 * rejects with an `OcrError` and callers fall back to Tesseract. Options without a PaddleOCR
 * equivalent (languages, whitelist, psm) are ignored; `rectangle` is honoured by cropping.
 */
import sharp from 'sharp';
import type { Line } from '../model/document.js';
import { OcrError, toOcrError, withTimeout } from './engine.js';
import type { OcrEngine, OcrResult } from './engine.js';

/** Options for `createPaddleEngine`. */
export interface PaddleEngineOptions {
  /** Limit for loading the models. @default 30000 */
  startTimeoutMs?: number;
  /** Limit for one recognition. @default 20000 */
  jobTimeoutMs?: number;
}

/** The part of `@gutenye/ocr-node` we use. */
interface PaddleLine { text: string; mean: number; box?: number[][] }
interface PaddleOcr { detect(image: Buffer): Promise<PaddleLine[]> }

/** The optional package's name, in a variable so TypeScript does not require it to be installed. */
const PACKAGE = '@gutenye/ocr-node';

async function loadPaddle(): Promise<PaddleOcr> {
  process.env.ORT_DISABLE_TELEMETRY ??= '1'; // onnxruntime collects telemetry unless told not to
  let mod: { default: { create(): Promise<PaddleOcr> } };
  try {
    mod = (await import(PACKAGE)) as typeof mod;
  } catch (err) {
    throw new OcrError(`PaddleOCR is not installed: expected the optional npm package ${PACKAGE}`, { cause: err });
  }
  return mod.default.create();
}

function toLine(p: PaddleLine): Line {
  const xs = (p.box ?? []).map((pt) => pt[0] ?? 0), ys = (p.box ?? []).map((pt) => pt[1] ?? 0);
  const x = Math.min(...xs, Infinity), y = Math.min(...ys, Infinity);
  const bbox: [number, number, number, number] = xs.length ? [x, y, Math.max(...xs) - x, Math.max(...ys) - y] : [0, 0, 0, 0];
  const confidence = Math.round(Math.max(0, Math.min(1, p.mean)) * 1000) / 10;
  return { text: p.text, bbox, confidence, words: [{ text: p.text, bbox, confidence }] };
}

/**
 * Create a PaddleOCR engine; models load on the first `recognize`.
 * @example
 * const paddle = createPaddleEngine();
 * const { lines } = await paddle.recognize({ image: lineCrop }); // rejects with OcrError if not installed
 */
export function createPaddleEngine(options: PaddleEngineOptions = {}): OcrEngine {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 20_000;
  let ocr: Promise<PaddleOcr> | undefined;
  let closed = false;
  let tail: Promise<unknown> = Promise.resolve();

  const run = async (image: Buffer, opts: Parameters<OcrEngine['recognize']>[1] = {}): Promise<OcrResult> => {
    const t0 = performance.now();
    let meta;
    try {
      meta = await sharp(image).metadata();
    } catch (err) {
      throw new OcrError('Expected an image sharp can decode, got unreadable bytes', { cause: err });
    }
    const { width = 0, height = 0 } = meta;
    const r = opts.rectangle;
    const input = r ? await sharp(image).extract({ left: r.left, top: r.top, width: r.width, height: r.height }).png().toBuffer() : image;
    const started = (ocr ??= loadPaddle());
    started.catch(() => { if (ocr === started) ocr = undefined; });
    const paddle = await withTimeout(started, startTimeoutMs, 'Loading PaddleOCR', () => undefined, opts.signal);
    const found = await withTimeout(paddle.detect(input), jobTimeoutMs, 'PaddleOCR recognition', () => undefined, opts.signal);
    const lines = found.map(toLine).map((l) => (r ? shift(l, r.left, r.top) : l)).sort((a, b) => a.bbox[1] - b.bbox[1]);
    const confidence = lines.length ? lines.reduce((s, l) => s + l.confidence, 0) / lines.length : 0;
    return { lines, confidence, width, height, ms: performance.now() - t0 };
  };

  return {
    name: 'paddle',
    recognize(input, opts) {
      if (closed) return Promise.reject(new OcrError('Expected an open OCR engine, got a closed one'));
      const job = tail.then(() => run(input.image, opts)).catch((err: unknown) => { throw toOcrError(err, 'PaddleOCR recognition'); });
      tail = job.catch(() => undefined);
      return job;
    },
    async close() {
      closed = true;
      await tail;
      ocr = undefined; // onnxruntime sessions hold no threads that keep the process alive
    },
  };
}

function shift(line: Line, dx: number, dy: number): Line {
  const move = (b: Line['bbox']): Line['bbox'] => [b[0] + dx, b[1] + dy, b[2], b[3]];
  return { ...line, bbox: move(line.bbox), words: line.words.map((w) => ({ ...w, bbox: move(w.bbox) })) };
}
