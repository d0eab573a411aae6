/**
 * The one interface every OCR engine (Tesseract today, PaddleOCR later) implements, and the errors
 * they throw. Engines return model `Line`s whose boxes are in the pixels of the image they were given.
 */
import type { Line } from '../model/document.js';

/** An image to read: PNG, JPEG or anything else sharp can decode. */
export interface OcrInput {
  image: Buffer;
}

/** A region of the input image, in its pixels. */
export interface OcrRectangle {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** How the engine should segment the image: a whole page, one uniform block, one line, one word. */
export type PageSegmentation = 'auto' | 'block' | 'line' | 'word';

/** Per-call options; every engine honours them or ignores them where it has no equivalent. */
export interface RecognizeOptions {
  /** Tesseract language codes. @default ['chi_sim', 'eng'] */
  languages?: string[];
  /** Only these characters may be recognised. */
  whitelist?: string;
  /** Read only this region; boxes stay in whole-image pixels. */
  rectangle?: OcrRectangle;
  /** @default 'auto' */
  psm?: PageSegmentation;
  /** Aborting rejects the call with an `OcrError` whose cause is the abort reason. */
  signal?: AbortSignal;
}

/** What an engine read. */
export interface OcrResult {
  /** Lines top to bottom, words left to right, boxes in INPUT image pixels. */
  lines: Line[];
  /** Mean word confidence, 0..100 (0 when nothing was read). */
  confidence: number;
  /** Size of the input image in pixels. */
  width: number;
  height: number;
  /** Wall time of the call, including waiting for a worker. */
  ms: number;
}

/** An OCR engine. Implementations must pass `engine.conformance.ts`. */
export interface OcrEngine {
  readonly name: string;
  recognize(input: OcrInput, options?: RecognizeOptions): Promise<OcrResult>;
  /** Releases every worker; later `recognize` calls reject. */
  close(): Promise<void>;
}

/** OCR failed: bad input, engine crash, abort, or a closed engine. `cause` keeps the original. */
export class OcrError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrError';
  }
}

/** An OCR step (worker start-up or recognition) ran past its time limit; the worker was discarded. */
export class OcrTimeoutError extends OcrError {
  readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcrTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** Default recognition languages: Simplified Chinese plus English. */
export const DEFAULT_LANGUAGES: readonly string[] = ['chi_sim', 'eng'];

/**
 * Race `promise` against a timer; on timeout run `onTimeout` (e.g. kill the worker) and reject with
 * an `OcrTimeoutError`. Aborting `signal` rejects with an `OcrError`.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number,
  what: string,
  onTimeout: () => unknown,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fail = (err: Error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      Promise.resolve().then(onTimeout).catch(() => undefined);
      reject(err);
    };
    const onAbort = () => fail(new OcrError(`${what} aborted`, { cause: signal?.reason }));
    const timer = setTimeout(() => fail(new OcrTimeoutError(`${what} took longer than ${timeoutMs} ms`, timeoutMs)), timeoutMs);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); resolve(value); },
      (err: unknown) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); reject(toOcrError(err, what)); },
    );
  });
}

/** Wrap anything thrown by an engine (tesseract.js rejects with bare strings) in an `OcrError`. */
export function toOcrError(err: unknown, what: string): OcrError {
  if (err instanceof OcrError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new OcrError(`${what} failed: ${detail}`, { cause: err });
}
