/**
 * Bench corpora built from samples/dev: text-layer PDFs and scanned documents (scan PDFs, photos,
 * TIFFs) copied under a temporary folder as many times as needed, each copy made unique so every
 * file is really read. Also the page rasters the pipeline OCRs, for OCR-only and native timings.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDocument, DEFAULT_INGEST_OPTIONS } from '../src/ingest/index.js';

export const DEV_SAMPLES = path.resolve(import.meta.dirname, '../samples/dev');

export interface CorpusFile { name: string; bytes: Buffer; pages: number; ocrPages: number }

/** Open each sample and count its pages and the pages ingest hands to OCR. */
export async function loadSamples(filter: (name: string) => boolean): Promise<CorpusFile[]> {
  const out: CorpusFile[] = [];
  for (const name of readdirSync(DEV_SAMPLES).filter((n) => !n.endsWith('.json') && filter(n)).sort()) {
    const bytes = readFileSync(path.join(DEV_SAMPLES, name));
    const doc = await openDocument(bytes, DEFAULT_INGEST_OPTIONS);
    let ocrPages = 0;
    for (let i = 1; i <= doc.pageCount; i++) if ((await doc.readPage(i)).kind === 'raster') ocrPages++;
    await doc.close();
    out.push({ name, bytes, pages: doc.pageCount, ocrPages });
  }
  return out;
}

/** Copy samples into `dir` until at least `minPages` pages; returns the page count written. */
export function writeCorpus(dir: string, samples: CorpusFile[], minPages: number): { files: number; pages: number } {
  if (samples.length === 0) throw new Error(`Expected samples in ${DEV_SAMPLES}, found none (run \`npm run samples\`)`);
  mkdirSync(dir, { recursive: true });
  let pages = 0;
  let files = 0;
  for (let i = 0; pages < minPages; i++) {
    const s = samples[i % samples.length]!;
    const name = `${String(i).padStart(5, '0')}-${s.name}`;
    // Trailing bytes after %%EOF / the image data change the hash, not the content.
    writeFileSync(path.join(dir, name), Buffer.concat([s.bytes, Buffer.from(`\n%copy ${i}\n`)]));
    pages += s.pages;
    files++;
  }
  return { files, pages };
}

/** The rasters the pipeline would OCR for these samples, written as PNG files into `dir`. */
export async function writeRasters(dir: string, samples: CorpusFile[]): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const s of samples) {
    const doc = await openDocument(s.bytes, DEFAULT_INGEST_OPTIONS);
    for (let i = 1; i <= doc.pageCount; i++) {
      const page = await doc.readPage(i);
      if (page.kind !== 'raster') continue;
      const file = path.join(dir, `${s.name}-p${i}.png`);
      writeFileSync(file, page.png);
      files.push(file);
    }
    await doc.close();
  }
  return files;
}
