/**
 * Pixel edits on scans and phone photos, the way a forger does them: a value's digits replaced by a
 * patch (typed clean in an editor, or cut from another JPEG at another quality), a digit block
 * copied from elsewhere on the page (copy-move), then the whole image saved as JPEG again.
 */
import sharp from 'sharp';
import type { Rng } from '../prng.js';
import { jpegOptions, scanPage, type JpegSave, type ScanOptions } from '../scan.js';

export type Box = [number, number, number, number];

export interface Raw { data: Buffer; width: number; height: number; channels: number }

export async function decode(jpeg: Buffer): Promise<Raw> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export function encode(raw: Raw, quality: number, save: JpegSave = { mozjpeg: true }): Promise<Buffer> {
  let s = sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels as 1 | 3 } });
  if (raw.channels === 1) s = s.toColourspace('b-w');
  return s.jpeg(jpegOptions(quality, save)).toBuffer();
}

/** The encoder a forger's editor (or a scanner, or a phone) saves with: libjpeg or mozjpeg, chroma subsampled or not. */
export function randomSave(rng: Rng): JpegSave {
  return { mozjpeg: rng.chance(0.5), subsampling: rng.chance(0.5) ? '4:4:4' : '4:2:0' };
}

/** Where a box of the unrotated page lands after `scanPage` rotated it by `angle` about the centre. */
export function rotateBox(box: Box, angle: number, width: number, height: number): Box {
  const t = (angle * Math.PI) / 180;
  const cx = width / 2;
  const cy = height / 2;
  const pts = [[box[0], box[1]], [box[0] + box[2], box[1]], [box[0], box[1] + box[3]], [box[0] + box[2], box[1] + box[3]]].map(([x, y]) => {
    const dx = (x as number) - cx;
    const dy = (y as number) - cy;
    return [cx + dx * Math.cos(t) - dy * Math.sin(t), cy + dx * Math.sin(t) + dy * Math.cos(t)] as const;
  });
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x0 = Math.floor(Math.min(...xs));
  const y0 = Math.floor(Math.min(...ys));
  return [x0, y0, Math.ceil(Math.max(...xs)) - x0, Math.ceil(Math.max(...ys)) - y0];
}

export function pad(box: Box, p: number, width: number, height: number): Box {
  const x = Math.max(0, Math.round(box[0] - p));
  const y = Math.max(0, Math.round(box[1] - p));
  return [x, y, Math.min(width, Math.round(box[0] + box[2] + p)) - x, Math.min(height, Math.round(box[1] + box[3] + p)) - y];
}

/** Copy `box` of `from` into `to` at the same place (or shifted by dx, dy). */
export function copyRegion(from: Raw, to: Raw, box: Box, dx = 0, dy = 0): void {
  const ch = to.channels;
  for (let y = box[1]; y < box[1] + box[3]; y++) {
    for (let x = box[0]; x < box[0] + box[2]; x++) {
      const tx = x + dx;
      const ty = y + dy;
      if (tx < 0 || ty < 0 || tx >= to.width || ty >= to.height) continue;
      for (let c = 0; c < ch; c++) to.data[(ty * to.width + tx) * ch + c] = from.data[(y * from.width + x) * from.channels + Math.min(c, from.channels - 1)] as number;
    }
  }
}

/** The changed page "typed in an editor": same geometry and paper tint as the scan, but no sensor noise. */
export async function cleanRender(png: Buffer, options: ScanOptions): Promise<Raw> {
  const { width, height } = await sharp(png).metadata();
  const paper = options.color ? { r: 250, g: 247, b: 238 } : { r: 246, g: 246, b: 246 };
  let s = sharp(png).flatten({ background: '#ffffff' });
  if (!options.color) s = s.greyscale();
  const rotated = await s.rotate(options.angle, { background: paper }).toBuffer();
  const meta = await sharp(rotated).metadata();
  const left = Math.floor(((meta.width as number) - (width as number)) / 2);
  const top = Math.floor(((meta.height as number) - (height as number)) / 2);
  let out = sharp(rotated).extract({ left, top, width: width as number, height: height as number });
  if (!options.color) out = out.toColourspace('b-w');
  const { data, info } = await out.raw().toBuffer({ resolveWithObject: true });
  if (options.color) {
    for (let i = 0; i < data.length; i += info.channels) {
      data[i + 1] = Math.round((data[i + 1] as number) * 0.985);
      data[i + 2] = Math.round((data[i + 2] as number) * 0.95);
    }
  }
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The changed page scanned separately (own noise) and saved at its own JPEG quality. */
export async function otherScan(png: Buffer, rng: Rng, options: ScanOptions, quality: number): Promise<Raw> {
  return decode(await scanPage(png, rng, { ...options, quality }));
}

/**
 * The changed page scanned separately and saved as a JPEG whose 8×8 grid is shifted by `offset`
 * pixels against the page's (the source image had a margin the page lacks): a patch cut from it and
 * pasted at the same place carries a misaligned earlier compression. Returned in page coordinates.
 */
export async function misalignedScan(png: Buffer, rng: Rng, options: ScanOptions, quality: number, offset: [number, number]): Promise<Raw> {
  const [ox, oy] = offset;
  const shifted = await sharp(png).extend({ left: ox, top: oy, background: '#ffffff' }).png().toBuffer();
  const raw = await decode(await scanPage(shifted, rng, { ...options, quality }));
  const out = Buffer.alloc((raw.width - ox) * (raw.height - oy) * raw.channels);
  const rowBytes = (raw.width - ox) * raw.channels;
  for (let y = 0; y < raw.height - oy; y++) raw.data.copy(out, y * rowBytes, ((y + oy) * raw.width + ox) * raw.channels, ((y + oy) * raw.width + raw.width) * raw.channels);
  return { data: out, width: raw.width - ox, height: raw.height - oy, channels: raw.channels };
}

/** Fill a box with the paper colour found just above and below it (an editor's clone or eraser over a value). */
export function cleanBox(raw: Raw, box: Box): number[] {
  const ch = raw.channels;
  const ring: number[][] = Array.from({ length: ch }, () => []);
  for (let x = box[0]; x < box[0] + box[2]; x++) {
    for (const y of [box[1] - 3, box[1] + box[3] + 3]) {
      if (y < 0 || y >= raw.height) continue;
      for (let c = 0; c < ch; c++) (ring[c] as number[]).push(raw.data[(y * raw.width + x) * ch + c] as number);
    }
  }
  const paper = ring.map((v) => v.sort((a, b) => a - b)[Math.floor(v.length * 0.7)] ?? 230);
  for (let y = box[1]; y < box[1] + box[3]; y++) {
    for (let x = box[0]; x < box[0] + box[2]; x++) {
      for (let c = 0; c < ch; c++) raw.data[(y * raw.width + x) * ch + c] = paper[c] as number;
    }
  }
  return paper;
}

/** Fraction of dark pixels in a box. */
export function inkFraction(raw: Raw, box: Box): number {
  let ink = 0;
  let n = 0;
  for (let y = box[1]; y < box[1] + box[3]; y++) {
    for (let x = box[0]; x < box[0] + box[2]; x++) {
      n++;
      if ((raw.data[(y * raw.width + x) * raw.channels] as number) < 110) ink++;
    }
  }
  return ink / Math.max(1, n);
}

/** A random inked box in the middle of a photo (where the page is). */
export function findInkedBox(raw: Raw, rng: Rng, w: number, h: number, avoid?: Box): Box | undefined {
  for (let tries = 0; tries < 400; tries++) {
    const x = rng.int(Math.round(raw.width * 0.15), Math.round(raw.width * 0.85 - w));
    const y = rng.int(Math.round(raw.height * 0.2), Math.round(raw.height * 0.85 - h));
    const box: Box = [x, y, w, h];
    if (avoid && Math.abs(x - avoid[0]) < w * 1.5 && Math.abs(y - avoid[1]) < h * 2) continue;
    const f = inkFraction(raw, box);
    if (f > 0.06 && f < 0.35) return box;
  }
  return undefined;
}

/**
 * Cover a box with the paper colour around it and type new digits on it (no noise; `blur` softens the
 * typed strokes a little, as a careful forger would to match a scan).
 */
export async function retouch(raw: Raw, box: Box, text: string, blur = 0, size = box[3] * 0.8): Promise<void> {
  const ch = raw.channels;
  const paper = cleanBox(raw, box);
  // Digits of Liberation Sans are 0.556 em wide: the text must fit the erased box.
  const fontPx = Math.round(Math.min(size, (box[2] - 4) / (0.556 * text.length)));
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${box[2]}" height="${box[3]}">
    <rect width="100%" height="100%" fill="rgb(${paper[0]},${paper[1] ?? paper[0]},${paper[2] ?? paper[0]})"/>
    <text x="${box[2] - 2}" y="${Math.round(box[3] * 0.82)}" font-family="Liberation Sans" font-size="${fontPx}" text-anchor="end" fill="rgb(40,40,45)">${text}</text></svg>`);
  let img = sharp(svg).removeAlpha();
  if (blur >= 0.3) img = img.blur(blur);
  const { data } = await img.raw().toBuffer({ resolveWithObject: true });
  const patch: Raw = { data, width: box[2], height: box[3], channels: 3 };
  for (let y = 0; y < box[3]; y++) {
    for (let x = 0; x < box[2]; x++) {
      for (let c = 0; c < ch; c++) raw.data[((box[1] + y) * raw.width + box[0] + x) * ch + c] = patch.data[(y * box[2] + x) * 3 + Math.min(c, 2)] as number;
    }
  }
}
