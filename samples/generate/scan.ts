import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { Rng } from './prng.js';

const A4: [number, number] = [595.28, 841.89];

/** Renders PDF pages to PNG with poppler's pdftoppm (generation-time only; outputs are committed). */
export function rasterise(pdf: Buffer, dpi: number, options: { gray?: boolean; pages?: number[] } = {}): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'docreview-samples-'));
  try {
    const input = join(dir, 'in.pdf');
    writeFileSync(input, pdf);
    const args = ['-r', String(dpi), '-png', ...(options.gray ? ['-gray'] : [])];
    execFileSync('pdftoppm', [...args, input, join(dir, 'page')]);
    const files = readdirSync(dir).filter((f) => f.startsWith('page')).sort();
    const pages = files.map((f) => readFileSync(join(dir, f)));
    return options.pages ? options.pages.map((i) => pages[i] as Buffer) : pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface ScanOptions {
  color: boolean;
  /** Degrees, ±0.3–2. */
  angle: number;
  noise: number;
  blur: number;
  quality: number;
  /** How the JPEG is written (default mozjpeg, sharp's chroma default): see `JpegSave`. */
  save?: JpegSave;
}

/**
 * The encoder a scanner, phone or editor saves with: mozjpeg (trellis quantisation, overshoot
 * deringing) or plain libjpeg(-turbo), with or without chroma subsampling.
 */
export interface JpegSave { mozjpeg: boolean; subsampling?: '4:2:0' | '4:4:4' }

/** sharp's JPEG options for a quality and an encoder. */
export const jpegOptions = (quality: number, save: JpegSave = { mozjpeg: true }): { quality: number; mozjpeg: boolean; chromaSubsampling?: string } =>
  ({ quality, mozjpeg: save.mozjpeg, ...(save.subsampling ? { chromaSubsampling: save.subsampling } : {}) });

export function randomScanOptions(rng: Rng): ScanOptions {
  const sign = rng.chance(0.5) ? 1 : -1;
  return {
    color: rng.chance(0.4),
    angle: sign * (0.3 + rng.next() * 1.7),
    noise: 3 + rng.next() * 4,
    blur: 0.4 + rng.next() * 0.5,
    quality: rng.int(60, 85),
  };
}

function addNoise(data: Buffer, sigma: number, rng: Rng): void {
  for (let i = 0; i < data.length; i++) {
    const v = (data[i] as number) + rng.gauss() * sigma;
    data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
}

/** A flatbed scan of one rendered page: tilt, paper tint, sensor noise, soft focus, JPEG. */
export async function scanPage(png: Buffer, rng: Rng, options: ScanOptions): Promise<Buffer> {
  const { width, height } = await sharp(png).metadata();
  const paper = options.color ? { r: 250, g: 247, b: 238 } : { r: 246, g: 246, b: 246 };
  let pipeline = sharp(png).flatten({ background: '#ffffff' });
  if (!options.color) pipeline = pipeline.greyscale();
  const rotated = await pipeline.rotate(options.angle, { background: paper }).toBuffer();
  const meta = await sharp(rotated).metadata();
  const left = Math.floor(((meta.width as number) - (width as number)) / 2);
  const top = Math.floor(((meta.height as number) - (height as number)) / 2);
  const { data, info } = await sharp(rotated)
    .extract({ left, top, width: width as number, height: height as number })
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (options.color) {
    // Warm paper: pull blue and a little green down.
    for (let i = 0; i < data.length; i += info.channels) {
      data[i + 1] = Math.round((data[i + 1] as number) * 0.985);
      data[i + 2] = Math.round((data[i + 2] as number) * 0.95);
    }
  }
  addNoise(data, options.noise, rng);
  let out = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).blur(options.blur);
  if (!options.color) out = out.toColourspace('b-w');
  return out.jpeg(jpegOptions(options.quality, options.save)).toBuffer();
}

/** Solves the 8 unknowns of the homography mapping `from` points to `to` points. */
function homography(from: Array<[number, number]>, to: Array<[number, number]>): number[] {
  const rows: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as [number, number];
    const [u, v] = to[i] as [number, number];
    rows.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    rows.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs((rows[r] as number[])[c] as number) > Math.abs((rows[pivot] as number[])[c] as number)) pivot = r;
    [rows[c], rows[pivot]] = [rows[pivot] as number[], rows[c] as number[]];
    const pr = rows[c] as number[];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const row = rows[r] as number[];
      const f = (row[c] as number) / (pr[c] as number);
      for (let k = c; k < 9; k++) row[k] = (row[k] as number) - f * (pr[k] as number);
    }
  }
  return rows.map((row, c) => (row[8] as number) / (row[c] as number));
}

/**
 * A phone photo of a page: perspective, rotation, uneven light, colour cast, noise, lower resolution.
 * `png` should be rendered at ~150–200 DPI.
 */
export async function photoPage(png: Buffer, rng: Rng, save?: JpegSave): Promise<Buffer> {
  const { data: src, info } = await sharp(png).flatten({ background: '#ffffff' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const sw = info.width;
  const sh = info.height;
  const ch = info.channels;
  const W = Math.round(sw * 1.08);
  const H = Math.round(sh * 1.06);
  const j = (scale: number): number => (rng.next() - 0.5) * 2 * scale;
  const mx = sw * 0.04;
  const my = sh * 0.03;
  const keystone = sw * (0.015 + rng.next() * 0.03);
  // Where the page corners land in the photo (top edge narrower: the phone is tilted towards the top).
  const dest: Array<[number, number]> = [
    [mx + keystone + j(sw * 0.01), my + j(sh * 0.01)],
    [W - mx - keystone + j(sw * 0.01), my + j(sh * 0.01)],
    [W - mx + j(sw * 0.01), H - my + j(sh * 0.01)],
    [mx + j(sw * 0.01), H - my + j(sh * 0.01)],
  ];
  const corners: Array<[number, number]> = [[0, 0], [sw, 0], [sw, sh], [0, sh]];
  const h = homography(dest, corners);
  const out = Buffer.alloc(W * H * 3);
  const desk = [rng.int(90, 140), rng.int(80, 120), rng.int(60, 100)];
  const light = { x: rng.next() * W, y: rng.next() * H * 0.5, falloff: 0.35 + rng.next() * 0.25 };
  const tint = [1, 0.97 - rng.next() * 0.03, 0.86 + rng.next() * 0.06];
  const diag = Math.hypot(W, H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const den = (h[6] as number) * x + (h[7] as number) * y + 1;
      const u = ((h[0] as number) * x + (h[1] as number) * y + (h[2] as number)) / den;
      const v = ((h[3] as number) * x + (h[4] as number) * y + (h[5] as number)) / den;
      const o = (y * W + x) * 3;
      const shade = 1 - light.falloff * (Math.hypot(x - light.x, y - light.y) / diag);
      if (u < 0 || v < 0 || u >= sw - 1 || v >= sh - 1) {
        for (let c = 0; c < 3; c++) out[o + c] = Math.max(0, Math.min(255, (desk[c] as number) * shade + rng.gauss() * 4));
        continue;
      }
      const x0 = Math.floor(u);
      const y0 = Math.floor(v);
      const fx = u - x0;
      const fy = v - y0;
      for (let c = 0; c < 3; c++) {
        const cc = ch >= 3 ? c : 0;
        const p = (yy: number, xx: number): number => src[(yy * sw + xx) * ch + cc] as number;
        const value = p(y0, x0) * (1 - fx) * (1 - fy) + p(y0, x0 + 1) * fx * (1 - fy) + p(y0 + 1, x0) * (1 - fx) * fy + p(y0 + 1, x0 + 1) * fx * fy;
        out[o + c] = Math.max(0, Math.min(255, value * shade * (tint[c] as number) + rng.gauss() * 5));
      }
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } })
    .rotate(j(1.5), { background: { r: desk[0] as number, g: desk[1] as number, b: desk[2] as number } })
    .blur(0.7)
    .jpeg(jpegOptions(rng.int(65, 78), save))
    .toBuffer();
}

/** An image-only PDF: one JPEG per A4 page, no text layer (what a scanner writes). */
export async function imagesToPdf(jpegs: Buffer[], creationDate: Date, producer: string): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: producer, Creator: producer, CreationDate: creationDate } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  for (const jpeg of jpegs) {
    doc.addPage({ size: A4, margin: 0 });
    doc.image(jpeg, 0, 0, { width: A4[0], height: A4[1] });
  }
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.end();
  await done;
  return Buffer.concat(chunks);
}
