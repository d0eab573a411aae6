/**
 * The pixels of a page for checks that look at ink (signatures, seals): the OCR raster when the
 * page was OCR'd, otherwise the PDF page rendered at the page's own resolution.
 */
import sharp from 'sharp';
import type { Document, Page } from '../model/document.js';
import { openPdf } from '../ingest/pdf.js';

export interface PagePixels {
  /** RGB, 3 bytes a pixel. */
  data: Buffer;
  width: number;
  height: number;
  /** Image pixels per page-coordinate pixel. */
  scale: number;
  /** False for greyscale and bilevel pages: colour cannot be used as evidence there. */
  colour: boolean;
}

export async function readPagePixels(document: Document, page: Page): Promise<PagePixels | undefined> {
  let input: ReturnType<typeof sharp> | undefined;
  if (page.image) {
    input = page.image.raw ? sharp(page.image.data, { raw: page.image.raw }) : sharp(page.image.data);
  } else if (document.mediaType === 'application/pdf') {
    const pdf = await openPdf(document.file.bytes);
    try {
      const raster = await pdf.renderPage(page.index, page.dpi);
      input = sharp(raster.data, { raw: { width: raster.width, height: raster.height, channels: raster.channels } });
    } finally {
      await pdf.close();
    }
  }
  if (!input) return undefined;
  const { data, info } = await input.flatten({ background: '#ffffff' }).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  const rgb = info.channels === 3 ? data : toRgb(data, info.channels);
  let colour = false;
  for (let i = 0; i < rgb.length && !colour; i += 3 * 97) {
    if (Math.abs(rgb[i]! - rgb[i + 1]!) > 24 || Math.abs(rgb[i + 1]! - rgb[i + 2]!) > 24) colour = true;
  }
  return { data: rgb, width: info.width, height: info.height, scale: info.width / page.width, colour };
}

function toRgb(data: Buffer, channels: number): Buffer {
  const n = data.length / channels;
  const out = Buffer.alloc(n * 3);
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = data[i * channels + Math.min(c, channels - 1)]!;
  return out;
}
