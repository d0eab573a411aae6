/**
 * OCR speed: our tesseract.js pool (1 worker, then N workers) against the Debian `tesseract` CLI
 * (`OMP_THREAD_LIMIT=1 --psm 6 -l chi_sim+eng`, skipped if absent), in seconds per page.
 *
 *   npx tsx bench/ocr-native.ts [page.png …]   # without arguments renders an A4 contract page
 *
 * Both sides get the same settings: page segmentation 'block' (= --psm 6), no preprocessing, and
 * worker start-up is excluded (warmed first).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { createOcrPool } from '../src/ocr/pool.js';

const run = promisify(execFile);

/** Seconds per page for each way of running OCR. `native` is null when the CLI is not installed. */
export interface OcrBenchResult {
  pages: number;
  workers: number;
  pool1: number;
  poolN: number;
  native: number | null;
  /** pool1 / native: how much slower one tesseract.js worker is than the native CLI. */
  ratio1: number | null;
  /** poolN / native. */
  ratioN: number | null;
}

async function timePool(images: Buffer[], size: number): Promise<number> {
  const pool = createOcrPool({ size, preprocess: false, jobTimeoutMs: 300_000 });
  try {
    const tiny = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#fff' } }).png().toBuffer();
    await Promise.all(Array.from({ length: size }, () => pool.recognize({ image: tiny })));
    const t0 = performance.now();
    await Promise.all(images.map((image) => pool.recognize({ image }, { psm: 'block' })));
    return (performance.now() - t0) / 1000 / images.length;
  } finally {
    await pool.close();
  }
}

async function timeNative(files: string[]): Promise<number | null> {
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  try {
    await run('tesseract', ['--version'], { env });
  } catch {
    console.log('native tesseract CLI not found: skipping the native comparison');
    return null;
  }
  const t0 = performance.now();
  for (const file of files) await run('tesseract', [file, 'stdout', '--psm', '6', '-l', 'chi_sim+eng'], { env, maxBuffer: 1 << 26 });
  return (performance.now() - t0) / 1000 / files.length;
}

/** Render a dense A4 contract page at 300 DPI with the system's CJK fonts (bench only). */
async function renderSamplePage(dir: string): Promise<string> {
  const para = '借款人张伟向贷款人申请借款，借款金额为人民币1,250,000.00元（大写：壹佰贰拾伍万元整），Loan Amount USD 12,500.50，年利率4.35%，期限36个月。';
  const lines = Array.from({ length: 48 }, (_, i) => `<text x="200" y="${260 + i * 64}" font-family="Noto Serif CJK SC" font-size="40">${i + 1}. ${para.slice(0, 44)}</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2480" height="3508"><rect width="100%" height="100%" fill="#fff"/>${lines.join('')}</svg>`;
  const file = path.join(dir, 'a4-contract.png');
  await writeFile(file, await sharp(Buffer.from(svg)).greyscale().png().toBuffer());
  return file;
}

/**
 * OCR the same page images through the pool (1 and N workers) and the native CLI.
 * @example const { pool1, native, ratio1 } = await benchOcr(['page-1.png']);
 */
export async function benchOcr(images: string[], workers = os.availableParallelism()): Promise<OcrBenchResult> {
  if (images.length === 0) throw new TypeError('Expected at least one page image path, got none');
  // Give every worker at least two pages so N workers are measured busy.
  const files = Array.from({ length: Math.max(images.length, 2 * workers) }, (_, i) => images[i % images.length]!);
  const buffers = await Promise.all(files.map((f) => readFile(f)));
  const pool1 = await timePool(buffers.slice(0, Math.max(2, images.length)), 1);
  const poolN = await timePool(buffers, workers);
  const native = await timeNative(files.slice(0, Math.max(2, images.length)));
  return {
    pages: files.length, workers, pool1, poolN, native,
    ratio1: native ? pool1 / native : null,
    ratioN: native ? poolN / native : null,
  };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const args = process.argv.slice(2);
  const images = args.length ? args : [await renderSamplePage(await mkdtemp(path.join(os.tmpdir(), 'docreview-bench-')))];
  const r = await benchOcr(images);
  const s = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(2)} s/page`);
  console.log(`tesseract.js pool, 1 worker:  ${s(r.pool1)}`);
  console.log(`tesseract.js pool, ${r.workers} workers: ${s(r.poolN)}`);
  console.log(`native tesseract (1 thread):  ${s(r.native)}`);
  if (r.ratio1 !== null && r.ratioN !== null) console.log(`ratio vs native: 1 worker ${r.ratio1.toFixed(2)}×, ${r.workers} workers ${r.ratioN.toFixed(2)}×`);
}
