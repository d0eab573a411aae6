/**
 * The band of a page to read first when the document's script is not known yet: the first few text
 * lines from the top. Reading that band with `chi_sim` tells Chinese from English as well as the
 * whole page did, for a fraction of the OCR.
 */
import sharp from 'sharp';
import type { OcrRectangle } from '../ocr/engine.js';
import { inkThreshold } from '../ocr/image-stats.js';

/** Width the page is reduced to for finding its lines: enough to separate 10 pt lines at 300 DPI. */
const PROBE_WIDTH = 500;
/** Text lines the band should hold: enough characters to judge the script by. */
const BAND_LINES = 8;
/** The band never covers more than this share of the page (a dense page still costs little). */
const MAX_BAND_SHARE = 0.3;

/**
 * The rectangle (in `png`'s pixels, full width) holding the page's first `BAND_LINES` text lines,
 * or undefined when fewer than 3 lines are found (blank, mostly dark, or unusual pages: read them whole).
 * @example
 * const band = await scriptBand(page.png);
 * const probe = await ocr.recognize({ image: await sharp(page.png).extract(band).png().toBuffer() }, { languages: ['chi_sim'] });
 */
export async function scriptBand(png: Buffer): Promise<OcrRectangle | undefined> {
  const meta = await sharp(png).metadata();
  if (!meta.width || !meta.height) return undefined;
  const { data, info } = await sharp(png).greyscale().resize({ width: Math.min(PROBE_WIDTH, meta.width), kernel: 'linear' })
    .toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const scale = meta.height / height;
  const t = inkThreshold(data);
  // A row is a text row when it has some ink but is no rule or dark border (those run across the page).
  const inked = (y: number) => {
    let n = 0;
    for (let x = 0, o = y * width; x < width; x++, o++) if (data[o]! <= t) n++;
    return n >= 2 && n < 0.6 * width;
  };
  const lines: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= height; y++) {
    const ink = y < height && inked(y);
    if (ink && start < 0) start = y;
    if (!ink && start >= 0) {
      if (y - start >= 2) lines.push([start, y]); // a one-row run is specks, not a line
      start = -1;
    }
  }
  if (lines.length < 3) return undefined;
  const top = lines[0]![0];
  const maxBottom = top + MAX_BAND_SHARE * height;
  let bottom = lines[0]![1];
  let count = 0;
  for (const [, b] of lines) {
    if (b > maxBottom && count >= 3) break;
    bottom = b;
    if (++count >= BAND_LINES) break;
  }
  const pad = Math.round(4 * scale);
  const y0 = Math.max(0, Math.floor(top * scale) - pad);
  const y1 = Math.min(meta.height, Math.ceil(bottom * scale) + pad);
  return { left: 0, top: y0, width: meta.width, height: y1 - y0 };
}
