/**
 * A second OCR pass over one line that holds an amount in 大写 numerals (人民币壹佰贰拾伍万元整):
 * crop the line with padding, upscale it, and read it as a single line with only 大写 characters
 * allowed.
 *
 * Measured (test/fixtures/ocr/measure.ts, 12 大写 lines: 5 amounts × Noto Serif CJK + AR PL UKai, plus
 * the 大写 line of the low-res and noisy-scan pages; line box taken from the first pass): exact
 * lines 0/12 first pass → 1/12 whitelist pass; character error 47.5 % → 21.6 %. The pass helps but
 * cannot fix the root cause: the chi_sim LSTM model (npm best_int and Debian's alike) has NO 叁, 柒,
 * 捌 or 仟 in its character set, so no Tesseract setup can ever output them; they come back as 人,
 * 什, 抽, 会… or are dropped, and 贰 is often dropped too. On the noisy scan the pass read nothing.
 * So: a reading is evidence only when it parses as a well-formed amount; an amount that should
 * contain 叁柒捌仟 cannot be read by Tesseract at all. Never report a mismatch from this text alone.
 */
import sharp from 'sharp';
import type { BBox } from '../model/schema.js';
import { OcrError } from './engine.js';
import type { OcrEngine } from './engine.js';

/** Characters an amount-in-words line may hold: numerals, units, currency words, brackets, colons. */
export const AMOUNT_WORDS_WHITELIST = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正人民币大写金额（）():：';

/** 大写 characters the chi_sim LSTM model cannot emit (absent from its unicharset). */
export const TESSERACT_MISSING_AMOUNT_CHARS = '叁柒捌仟';

/** Options for `recognizeAmountWordsLine`. */
export interface AmountWordsOptions {
  /** Padding around the line box, as a fraction of its height. @default 0.35 */
  padding?: number;
  /** Upscale factor for the crop, clamped to 2..3 so glyphs reach ≈ 64 px. @default automatic */
  scale?: number;
  signal?: AbortSignal;
}

/** What the whitelist pass read. */
export interface AmountWordsReading {
  /** The line as read, whitelisted characters only, no spaces. Empty if nothing was read. */
  text: string;
  /** 0..100 */
  confidence: number;
  /** The cropped region, in the input image's pixels. */
  region: BBox;
}

/**
 * Re-read one 大写 amount line with a character whitelist.
 * @param bbox the line's box in `image` pixels, e.g. from a first OCR pass
 * @example
 * const line = page.lines.find((l) => l.text.includes('大写'));
 * const { text, confidence } = await recognizeAmountWordsLine(ocr, pageImage, line.bbox);
 */
export async function recognizeAmountWordsLine(
  engine: OcrEngine,
  image: Buffer,
  bbox: BBox,
  options: AmountWordsOptions = {},
): Promise<AmountWordsReading> {
  const [x, y, w, h] = bbox;
  if (!(w > 0 && h > 0)) throw new OcrError(`Expected a line box with positive width and height, got [${bbox.join(', ')}]`);
  let meta;
  try {
    meta = await sharp(image).metadata();
  } catch (err) {
    throw new OcrError('Expected an image sharp can decode, got unreadable bytes', { cause: err });
  }
  const iw = meta.width ?? 0, ih = meta.height ?? 0;
  const pad = Math.round(h * (options.padding ?? 0.35));
  const left = Math.max(0, Math.floor(x - pad)), top = Math.max(0, Math.floor(y - pad));
  const right = Math.min(iw, Math.ceil(x + w + pad)), bottom = Math.min(ih, Math.ceil(y + h + pad));
  if (right - left < 2 || bottom - top < 2) throw new OcrError(`Expected a line box inside the ${iw}×${ih} image, got [${bbox.join(', ')}]`);
  const scale = options.scale ?? Math.min(3, Math.max(2, 64 / h));
  const crop = await sharp(image)
    .extract({ left, top, width: right - left, height: bottom - top })
    .greyscale()
    .resize(Math.round((right - left) * scale), Math.round((bottom - top) * scale), { kernel: 'lanczos3' })
    .png()
    .toBuffer();
  const result = await engine.recognize(
    { image: crop },
    { languages: ['chi_sim'], whitelist: AMOUNT_WORDS_WHITELIST, psm: 'line', signal: options.signal },
  );
  const text = result.lines.map((l) => l.text).join('').replace(/\s+/g, '');
  return { text, confidence: result.confidence, region: [left, top, right - left, bottom - top] };
}
