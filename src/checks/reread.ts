/**
 * Reading one value's box again, on its own: the crop cut from the page raster, upscaled, read as
 * one line or one block, and for figures with a whitelist, so that a digit cannot come back as a
 * letter. The page's first OCR pass saw the value among hundreds of others at page scale; this
 * reading is a second, separate look at the same pixels.
 */
import sharp from 'sharp';
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

/** A page raster decoded once to raw pixels; `scale` maps page coordinates to its pixels. */
interface Raster { data: Buffer; channels: 1 | 2 | 3 | 4; width: number; height: number; scale: number }

/**
 * Decoded rasters by page: a document's values are read again a few at a time from the same pages,
 * and decoding an A4 PNG for every box cost more than cutting it. Weak, so a page's pixels go with it.
 */
const decoded = new WeakMap<Page, Promise<Raster>>();

async function decode(page: Page & { image: NonNullable<Page['image']> }): Promise<Raster> {
  const image = page.image.raw ? sharp(page.image.data, { raw: page.image.raw }) : sharp(page.image.data);
  const { data, info } = await image.raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  return { data, channels: info.channels, width: info.width, height: info.height, scale: info.width / page.width };
}

/** The page raster as raw pixels and its scale to page coordinates; undefined for text-layer pages. */
function raster(page: Page): Promise<Raster> | undefined {
  if (!page.image) return undefined;
  let r = decoded.get(page);
  if (!r) {
    r = decode(page as Page & { image: NonNullable<Page['image']> });
    decoded.set(page, r);
    r.catch(() => decoded.delete(page));
  }
  return r;
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
  // PNG level 1: the pool decodes it at once; level 6 cost more CPU for the same pixels.
  return sharp(r.data, { raw: { width: r.width, height: r.height, channels: r.channels } })
    .extract({ left, top, width: right - left, height: bottom - top })
    .greyscale()
    .resize({ width: Math.round((right - left) * scale), kernel: 'lanczos3' })
    .png({ compressionLevel: 1 })
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
