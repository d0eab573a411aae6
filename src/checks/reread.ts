/**
 * Reading one value's box again, on its own: the crop cut from the page raster, upscaled, read as
 * one line or one block, and for figures with a whitelist, so that a digit cannot come back as a
 * letter. The page's first OCR pass saw the value among hundreds of others at page scale; this
 * reading is a second, separate look at the same pixels.
 */
import sharp, { type Sharp } from 'sharp';
import type { BBox } from '../model/schema.js';
import type { Page } from '../model/document.js';
import type { OcrEngine, PageSegmentation } from '../ocr/engine.js';

export interface RereadOptions {
  /** Tesseract languages, those the document was read with. */
  languages: string[];
  /** Upscale factor of the crop. */
  scale: number;
  psm: PageSegmentation;
  /** Only these characters may be recognised. */
  whitelist?: string;
  /** Padding around the box, as a fraction of its height. @default 0.35 */
  padding?: number;
  signal?: AbortSignal;
}

export interface Reread {
  /** Lines joined with a space. */
  text: string;
  /** 0..1. */
  confidence: number;
}

/** The page raster as sharp input and its scale to page coordinates; undefined for text-layer pages. */
async function raster(page: Page): Promise<{ image: Sharp; scale: number; width: number; height: number } | undefined> {
  if (!page.image) return undefined;
  const image = page.image.raw ? sharp(page.image.data, { raw: page.image.raw }) : sharp(page.image.data);
  const meta = await image.metadata();
  const width = meta.width ?? page.width;
  const height = meta.height ?? page.height;
  return { image, scale: width / page.width, width, height };
}

/**
 * Cut `bbox` (page coordinates) out of the page raster, padded and upscaled, as a greyscale PNG.
 * Undefined when the page has no raster or the box lies outside it.
 */
export async function cropBox(page: Page, bbox: BBox, scale: number, padding = 0.35): Promise<Buffer | undefined> {
  const r = await raster(page);
  if (!r) return undefined;
  const pad = padding * Math.min(bbox[3], 80);
  const left = Math.max(0, Math.floor((bbox[0] - pad * 1.5) * r.scale));
  const top = Math.max(0, Math.floor((bbox[1] - pad) * r.scale));
  const right = Math.min(r.width, Math.ceil((bbox[0] + bbox[2] + pad * 1.5) * r.scale));
  const bottom = Math.min(r.height, Math.ceil((bbox[1] + bbox[3] + pad) * r.scale));
  if (right - left < 4 || bottom - top < 4) return undefined;
  return r.image
    .extract({ left, top, width: right - left, height: bottom - top })
    .greyscale()
    .resize({ width: Math.round((right - left) * scale), kernel: 'lanczos3' })
    .png()
    .toBuffer();
}

/**
 * Read the box again. Undefined when there is nothing to read (no raster, empty box); OCR errors
 * are thrown to the caller, which treats the value as not confirmed.
 * @example const again = await rereadBox(page, field.bbox!, ocr, { languages: ['eng'], scale: 2.5, psm: 'line', whitelist: '0123456789.,' });
 */
export async function rereadBox(page: Page, bbox: BBox, ocr: OcrEngine, options: RereadOptions): Promise<Reread | undefined> {
  const crop = await cropBox(page, bbox, options.scale, options.padding);
  if (!crop) return undefined;
  const result = await ocr.recognize({ image: crop }, { languages: options.languages, psm: options.psm, whitelist: options.whitelist, signal: options.signal });
  return { text: result.lines.map((l) => l.text).join(' ').trim(), confidence: Math.round(result.confidence) / 100 };
}
