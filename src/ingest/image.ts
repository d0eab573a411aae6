/**
 * Image documents (PNG, JPEG, multi-page TIFF, WebP) through sharp: pages upright (EXIF
 * orientation honoured), bounded in pixels so a decompression bomb is refused, not decoded.
 */
import sharp, { type Metadata } from 'sharp';
import { DocumentError } from '../model/errors.js';

export interface ImagePage {
  /** Upright page as PNG. */
  png: Buffer;
  width: number;
  height: number;
  dpi: number;
}

export interface ImageFile {
  pageCount: number;
  metadata: Record<string, string>;
  readPage(index: number): Promise<ImagePage>;
}

export interface ImageOptions {
  /** Refuse images with more pixels than this (per page). */
  maxPixels: number;
}

const A4_WIDTH_INCHES = 8.27;

/** Open an image document. Throws `DocumentError` TOO_LARGE / CORRUPT_FILE. */
export async function openImage(bytes: Buffer, options: ImageOptions): Promise<ImageFile> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: options.maxPixels }).metadata();
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/iu.test(message)) {
      throw new DocumentError('TOO_LARGE', `The image declares more than ${options.maxPixels.toLocaleString('en')} pixels per page; it was not decoded.`, { cause: error });
    }
    throw new DocumentError('CORRUPT_FILE', `The image cannot be decoded (${message}).`, { cause: error });
  }
  const width = meta.width ?? 0;
  const height = meta.pageHeight ?? meta.height ?? 0;
  if (width * height > options.maxPixels) {
    throw new DocumentError(
      'TOO_LARGE',
      `The image declares ${width}×${height} pixels, over the limit of ${options.maxPixels.toLocaleString('en')} pixels per page.`,
    );
  }
  if (width === 0 || height === 0) throw new DocumentError('CORRUPT_FILE', 'The image has no pixels.');
  const metadata: Record<string, string> = {};
  if (meta.format) metadata.format = meta.format;
  if (meta.density) metadata.density = String(meta.density);
  if (meta.orientation) metadata.orientation = String(meta.orientation);
  if (meta.exif) metadata.hasExif = 'true';
  if (meta.xmp) metadata.hasXmp = 'true';
  const pageCount = meta.pages ?? 1;
  return {
    pageCount,
    metadata,
    readPage: async (index) => {
      try {
        const { data, info } = await sharp(bytes, { page: index - 1, limitInputPixels: options.maxPixels })
          .autoOrient()
          .png({ compressionLevel: 1 })
          .toBuffer({ resolveWithObject: true });
        return { png: data, width: info.width, height: info.height, dpi: estimateDpi(meta.density, info.width, info.height) };
      } catch (error) {
        throw new DocumentError('CORRUPT_FILE', `Page ${index} of the image cannot be decoded (${(error as Error).message}).`, { cause: error });
      }
    },
  };
}

/** Phone photos claim 72 DPI whatever they show; trust a density only in a scanner's range. */
function estimateDpi(density: number | undefined, width: number, height: number): number {
  if (density && density >= 100 && density <= 1200) return density;
  return Math.round(Math.min(width, height) / A4_WIDTH_INCHES);
}
