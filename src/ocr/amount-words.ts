/**
 * A second OCR pass over one line that holds an amount in 大写 numerals (人民币壹佰贰拾伍万元整).
 *
 * The page engine cannot do it: the chi_sim LSTM model has no 叁, 柒, 捌 or 仟 in its character set,
 * and its whitelist pass read 3 of 80 fixture lines exactly and gave 8 WRONG well-formed amounts
 * (bench/amount-words.ts). So the pass now goes through an `AmountWordsReader` (PaddleOCR when
 * installed, else Tesseract chi_tra), and returns text only when the whole line is a standard amount.
 */
import type { BBox } from '../model/schema.js';
import type { OcrEngine } from './engine.js';
import type { AmountWordsOptions, AmountWordsReading } from './amount-words-line.js';
import { createAmountWordsReader, type AmountWordsReader } from './amount-words-reader.js';

export {
  AMOUNT_WORDS_WHITELIST, AMOUNT_WORDS_WHITELIST_TRADITIONAL, TESSERACT_MISSING_AMOUNT_CHARS,
  acceptAmountWords, cropAmountWordsLine, toSimplifiedAmountWords,
} from './amount-words-line.js';
export type { AmountWordsOptions, AmountWordsReading } from './amount-words-line.js';
export { createAmountWordsReader, type AmountWordsReader, type AmountWordsReaderOptions } from './amount-words-reader.js';

/**
 * Re-read one 大写 amount line. `text` is '' unless the line reads as a well-formed standard amount.
 * Without `reader` a reader is started for this call and closed after it (≈ 1–1.5 s start-up); pass
 * one from `createAmountWordsReader()` to read many lines.
 * @param _engine the page engine; no longer used (kept so existing callers compile)
 * @param bbox the line's box in `image` pixels, e.g. from a first OCR pass
 * @example
 * const line = page.lines.find((l) => l.text.includes('大写'));
 * const { text } = await recognizeAmountWordsLine(ocr, pageImage, line.bbox, { reader });
 */
export async function recognizeAmountWordsLine(
  _engine: OcrEngine,
  image: Buffer,
  bbox: BBox,
  options: AmountWordsOptions & { reader?: AmountWordsReader } = {},
): Promise<AmountWordsReading> {
  const { reader, ...rest } = options;
  if (reader) return reader.read(image, bbox, rest);
  const own = createAmountWordsReader();
  try {
    return await own.read(image, bbox, rest);
  } finally {
    await own.close();
  }
}
