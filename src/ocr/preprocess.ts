/**
 * Image clean-up before OCR, and the geometry to map boxes back to the original image.
 *
 * Measured with test/fixtures/ocr/measure.ts (tesseract.js 7, chi_sim+eng, psm auto): character error
 * rate after folding full-width punctuation and dropping spaces / mean confidence.
 *
 *   setup                          low-res 15 px text   1.5° noisy JPEG scan   Chinese+English lines
 *   none                           7.8 % / 84           100 % / 0 (nothing)    0 % / 92
 *   upscale+median (no deskew)     2.2 % / 88           13.9 % / 78            0 % / 90
 *   deskew+median (no upscale)     46 % / 54            4.4 % / 85             0 % / 91
 *   upscale+deskew (no median)     2.2 % / 88           30.6 % / 71            0 % / 91
 *   upscale+deskew+median DEFAULT  2.2 % / 88           8.3 % / 81             0 % / 90
 *   default + normalise            1.1 % / 88           25.0 % / 71            0 % / 90
 *   default + own binarisation     25 % / 60            8.9 % / 70             0 % / 94
 *
 * So: upscaling fixes small text (the median filter wrecks it unless it runs after upscaling); the
 * median filter is what makes the grainy scan readable at all (Tesseract's own global threshold
 * splits the grain); deskew helps the tilted scan (13.9 → 8.3 %). Contrast stretching amplifies the
 * grain and thresholding ourselves loses strokes, so both are off by default. Upscale targets of 28
 * and 34 px lines were worse on the low-res page (6.7 %, 7.8 %). Fixtures are small (≈ 180
 * characters each): differences under ~2 % are noise. On 大写 lines every setup was poor (27–78 %).
 */
import sharp from 'sharp';
import type { BBox } from '../model/schema.js';
import { OcrError, type OcrRectangle } from './engine.js';
import { encodePgm } from './pgm.js';
import { estimateSkew, estimateTextHeight, inkThreshold, removeRules, toGreyRaw, type GreyImage } from './image-stats.js';
import { removeLeaders } from './leaders.js';

/** Which steps to run. Defaults are the steps that measured as helping. */
export interface PreprocessOptions {
  /** Stretch grey levels to the full range (sharp `normalise`); amplifies paper grain. @default false */
  normalise?: boolean;
  /** Upscale so the median text-line height reaches `targetTextHeight`. @default true */
  upscale?: boolean;
  /** Text-line height in pixels Tesseract reads best (≈ 10.5 pt at 300 DPI). @default 40 */
  targetTextHeight?: number;
  /** Largest upscale factor. @default 4 */
  maxScale?: number;
  /** Straighten text tilted by up to ±`maxSkewDegrees`. @default true */
  deskew?: boolean;
  /** @default 5 */
  maxSkewDegrees?: number;
  /** 3×3 median filter against paper grain, after upscaling. @default true */
  median?: boolean;
  /** Threshold to black and white at the paper-relative ink level. @default false */
  binarise?: boolean;
  /** Whiten ruled lines (table grids, underlines) so that Tesseract reads table rows as lines. @default true */
  removeRules?: boolean;
  /** Whiten dot leaders (Net Pay ........ 9,947.60), which Tesseract reads as letters (leaders.ts). @default true */
  removeLeaders?: boolean;
  /**
   * How `image` is encoded: PNG for any engine, or binary PGM, which only Tesseract reads but which
   * costs no compression on either side (see pgm.ts). @default 'png'
   */
  encoding?: 'png' | 'pgm';
}

/** A preprocessed image and the transform between its pixels and the original's. */
export interface PreprocessedImage {
  /** Greyscale image for the engine, PNG or PGM as `encoding` asked. */
  image: Buffer;
  width: number;
  height: number;
  originalWidth: number;
  originalHeight: number;
  /** Clockwise rotation applied, in degrees (the negated skew). */
  angle: number;
  /** Upscale factor applied after the rotation. */
  scale: number;
  /** Box in processed pixels → axis-aligned box in original pixels (clamped to the image). */
  toOriginal(box: BBox): BBox;
  /** Rectangle in original pixels → axis-aligned rectangle in processed pixels. */
  toProcessed(rect: OcrRectangle): OcrRectangle;
}

/**
 * Skews smaller than this are left alone: rotating resamples the text, costs accuracy and ≈ 0.4 s of
 * CPU on an A4 page, and Tesseract's own line finding copes with half a degree.
 */
const MIN_SKEW_DEGREES = 0.5;
/**
 * Upscaling by less than this is not worth its cost: a 1.1× resize of an A4 page cost 0.25 s of CPU
 * and made recognition slower without changing the text read (dev scans, measured 2026-11-22).
 */
const MIN_UPSCALE = 1.4;

/**
 * Greyscale, normalise, deskew and upscale an image for OCR.
 * @example
 * const pre = await preprocessImage(jpeg);
 * const result = await engine.recognize({ image: pre.image });
 * const box = pre.toOriginal(result.lines[0].bbox);
 */
export async function preprocessImage(input: Buffer, options: PreprocessOptions = {}): Promise<PreprocessedImage> {
  const { normalise = false, upscale = true, deskew = true, median = true, binarise = false, removeRules: unrule = true, removeLeaders: unlead = true } = options;
  const targetTextHeight = options.targetTextHeight ?? 40;
  const maxScale = options.maxScale ?? 4;
  const maxSkew = options.maxSkewDegrees ?? 5;
  let grey: { data: Buffer; width: number; height: number };
  try {
    grey = await toGreyRaw(sharp(input).greyscale()); // no EXIF auto-orientation: boxes stay in input pixels
  } catch (err) {
    throw new OcrError('Expected an image sharp can decode, got unreadable bytes', { cause: err });
  }
  const { width: ow, height: oh } = grey;

  const skew = deskew ? estimateSkew(grey, maxSkew) : 0;
  const angle = Math.abs(skew) >= MIN_SKEW_DEGREES ? -skew : 0;
  const raw = (g: GreyImage) => sharp(g.data, { raw: { width: g.width, height: g.height, channels: 1 } });
  // The white background makes libvips rotate in sRGB; toGreyRaw brings it back to the same grey
  // pixels an encode–rotate–decode round trip gave (checked bit for bit), without two PNG encodes.
  const rotated = angle ? await toGreyRaw(raw(grey).rotate(angle, { background: '#ffffff' })) : grey;
  const rw = rotated.width;
  const rh = rotated.height;
  if (unrule) removeRules(rotated);
  const textHeight = upscale || unlead ? estimateTextHeight(rotated) : 0;
  if (unlead) removeLeaders(rotated, textHeight);
  let img = raw(rotated);

  const wanted = upscale && textHeight > 0 ? Math.min(maxScale, targetTextHeight / textHeight) : 1;
  const scale = wanted >= MIN_UPSCALE ? wanted : 1;
  const width = Math.round(rw * scale);
  const height = Math.round(rh * scale);
  if (scale > 1) img = img.resize(width, height, { kernel: 'lanczos3' });
  if (median) img = img.median(3);
  if (normalise) img = sharp(await img.png().toBuffer()).normalise();
  if (binarise) img = img.threshold(inkThreshold(rotated.data) + 1);
  const image = options.encoding === 'pgm' ? encodePgm(await toGreyRaw(img)) : await img.png({ compressionLevel: 1 }).toBuffer();

  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // sharp rotates clockwise about the centre and grows the canvas to fit the rotated image.
  const forward = (x: number, y: number): [number, number] => {
    const dx = x - ow / 2, dy = y - oh / 2;
    return [(rw / 2 + dx * cos - dy * sin) * scale, (rh / 2 + dx * sin + dy * cos) * scale];
  };
  const backward = (x: number, y: number): [number, number] => {
    const dx = x / scale - rw / 2, dy = y / scale - rh / 2;
    return [ow / 2 + dx * cos + dy * sin, oh / 2 - dx * sin + dy * cos];
  };
  const corners = (map: typeof forward, x: number, y: number, w: number, h: number) =>
    [map(x, y), map(x + w, y), map(x, y + h), map(x + w, y + h)];
  const bounds = (pts: [number, number][], maxW: number, maxH: number): BBox => {
    const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
    const x0 = Math.max(0, Math.min(...xs)), y0 = Math.max(0, Math.min(...ys));
    const x1 = Math.min(maxW, Math.max(...xs)), y1 = Math.min(maxH, Math.max(...ys));
    return [Math.round(x0), Math.round(y0), Math.max(0, Math.round(x1 - x0)), Math.max(0, Math.round(y1 - y0))];
  };

  return {
    image, width, height, originalWidth: ow, originalHeight: oh, angle, scale,
    toOriginal: ([x, y, w, h]) => bounds(corners(backward, x, y, w, h), ow, oh),
    toProcessed: ({ left, top, width: w, height: h }) => {
      const [l, t, rw2, rh2] = bounds(corners(forward, left, top, w, h), width, height);
      return { left: l, top: t, width: rw2, height: rh2 };
    },
  };
}
