/**
 * Shared steps of reading a 大写 amount line: cutting the line out of the page, the character
 * whitelists, folding traditional forms to simplified, and the gate that lets a reading through only
 * when the whole line is a well-formed, standard amount.
 */
import sharp from 'sharp';
import type { BBox } from '../model/schema.js';
import { parseChineseAmountWords } from '../extract/parse/chinese-words.js';
import { OcrError } from './engine.js';

/** Characters an amount-in-words line may hold: numerals, units, currency words, brackets, colons. */
export const AMOUNT_WORDS_WHITELIST = '零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正人民币大写金额（）():：';

/** The same for the chi_tra model, in the forms its character set holds (貳 參 陸 萬 億 圓 幣 寫 額). */
export const AMOUNT_WORDS_WHITELIST_TRADITIONAL = '零壹貳參肆伍陸柒捌玖拾佰仟萬万億元圓角分整正人民幣大寫金額（）():：';

/** 大写 characters the chi_sim LSTM model cannot emit (absent from its unicharset). */
export const TESSERACT_MISSING_AMOUNT_CHARS = '叁柒捌仟';

const TO_SIMPLIFIED: Record<string, string> = {
  貳: '贰', 參: '叁', 叄: '叁', 陸: '陆', 萬: '万', 億: '亿', 圓: '圆', 幣: '币', 寫: '写', 額: '额',
};

/** Options for reading one 大写 line. */
export interface AmountWordsOptions {
  /** Padding around the line box, as a fraction of its height. @default 0.35 */
  padding?: number;
  /** Upscale factor for the crop. @default clamped 64 / line height to 2..3 */
  scale?: number;
  signal?: AbortSignal;
}

/** What a 大写 line reader returns. */
export interface AmountWordsReading {
  /** The line in simplified characters without spaces, or '' when it is not a well-formed standard amount. */
  text: string;
  /** 0..100; 0 when `text` is ''. */
  confidence: number;
  /** The cropped region, in the input image's pixels. */
  region: BBox;
}

/** Map the traditional forms chi_tra emits to simplified ones and drop white space. */
export function toSimplifiedAmountWords(text: string): string {
  return [...text.replace(/\s+/gu, '')].map((c) => TO_SIMPLIFIED[c] ?? c).join('');
}

/**
 * `text` if the whole line — label included — parses as an amount with no non-standard writing and
 * the label ends right before a numeral; otherwise ''. Cutting the label blindly would turn a line
 * that lost its first numeral (人民币佰捌拾元) into a smaller, well-formed amount.
 * @example
 * acceptAmountWords('人民币(大写):贰佰捌拾捌元壹角整') // → same text
 * acceptAmountWords('人民币(大写):佰捌拾捌元壹角整')   // → ''
 * acceptAmountWords('人民(大写):贰佰元整')           // → '' (label misread: something may be missing)
 */
export function acceptAmountWords(text: string): string {
  const parsed = parseChineseAmountWords(text);
  if (!parsed.ok || parsed.notes?.length) return '';
  if (!/^[壹贰叁肆伍陆柒捌玖]/u.test(parsed.normalized)) return '';
  return text;
}

/**
 * Cut one line out of a page image with padding, greyscale it and upscale it.
 * @param bbox the line's box in `image` pixels, e.g. from a first OCR pass
 */
export async function cropAmountWordsLine(image: Buffer, bbox: BBox, options: AmountWordsOptions = {}): Promise<{ crop: Buffer; region: BBox }> {
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
  let img = sharp(image).extract({ left, top, width: right - left, height: bottom - top }).greyscale();
  if (scale !== 1) img = img.resize(Math.round((right - left) * scale), Math.round((bottom - top) * scale), { kernel: 'lanczos3' });
  return { crop: await img.png().toBuffer(), region: [left, top, right - left, bottom - top] };
}
