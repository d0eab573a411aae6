/**
 * What a JPEG says about its own compression: the luma quantisation table, the quality it
 * corresponds to, and the sharp settings that reproduce it (to re-encode "at the page's own
 * quality" for error-level analysis). Also finds the JPEG page images inside scanned PDFs.
 */
import sharp from 'sharp';

export interface JpegQuality {
  /** libjpeg-style quality 1..100 of the luma table. */
  quality: number;
  /** sharp/mozjpeg base table (0..8) that, scaled to `quality`, reproduces the file's luma table. */
  table: number;
  /** Mean absolute difference between the file's table and the reproduced one (0 = exact). */
  misfit: number;
}

/** The first luma (id 0) quantisation table of a JPEG, 64 values, or undefined. */
export function readLumaTable(jpeg: Buffer): number[] | undefined {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1] as number;
    if (marker === 0xda || marker === 0xd9) break;
    const length = jpeg.readUInt16BE(at + 2);
    if (marker === 0xdb) {
      let p = at + 4;
      const end = at + 2 + length;
      while (p < end) {
        const precision = (jpeg[p] as number) >> 4;
        const id = (jpeg[p] as number) & 15;
        const table: number[] = [];
        for (let i = 0; i < 64; i++) table.push(precision ? jpeg.readUInt16BE(p + 1 + 2 * i) : (jpeg[p + 1 + i] as number));
        if (id === 0) return table;
        p += 1 + 64 * (precision ? 2 : 1);
      }
    }
    at += 2 + length;
  }
  return undefined;
}

/** Base tables (quality 50) of every quantisation table sharp's libjpeg/mozjpeg offers. */
let baseTables: Promise<number[][]> | undefined;

export function loadBaseTables(): Promise<number[][]> {
  // A constant of the installed codec, computed once per process.
  baseTables ??= (async () => {
    const grey = Buffer.alloc(64, 128);
    const out: number[][] = [];
    for (let t = 0; t <= 8; t++) {
      const jpeg = await sharp(grey, { raw: { width: 8, height: 8, channels: 1 } }).jpeg({ quality: 50, quantisationTable: t }).toBuffer();
      out.push(readLumaTable(jpeg) ?? []);
    }
    return out;
  })();
  return baseTables;
}

/**
 * A base table scaled to `quality` the libjpeg way (either order: the scaling is per entry).
 * @example scaleTable(base, 75)
 */
export function scaleTable(base: readonly number[], quality: number): number[] {
  const scale = quality < 50 ? 5000 / quality : 200 - quality * 2;
  return base.map((b) => Math.min(255, Math.max(1, Math.floor((b * scale + 50) / 100))));
}

/**
 * Estimate a JPEG's quality and the encoder settings that reproduce its luma table.
 * @example const q = await estimateJpegQuality(bytes); // { quality: 75, table: 3, misfit: 0 }
 */
export async function estimateJpegQuality(jpeg: Buffer): Promise<JpegQuality | undefined> {
  const observed = readLumaTable(jpeg);
  if (!observed || observed.length !== 64) return undefined;
  const bases = await loadBaseTables();
  let best: JpegQuality | undefined;
  for (const [table, base] of bases.entries()) {
    if (base.length !== 64) continue;
    for (let quality = 1; quality <= 100; quality++) {
      const predicted = scaleTable(base, quality);
      let misfit = 0;
      for (let i = 0; i < 64; i++) misfit += Math.abs((predicted[i] as number) - (observed[i] as number));
      misfit /= 64;
      if (!best || misfit < best.misfit) best = { quality, table, misfit };
    }
  }
  return best;
}

/** Is this a JPEG (SOI marker)? */
export function isJpeg(bytes: Buffer): boolean {
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/**
 * JPEG images stored whole (DCTDecode) in a PDF, in file order. Scanner PDFs hold one per page;
 * the caller decides whether that mapping holds.
 */
export function findPdfJpegs(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  const out: Buffer[] = [];
  const re = /\/Filter\s*\[?\s*\/DCTDecode\s*\]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = text.indexOf('stream', m.index);
    const dictStart = text.lastIndexOf('obj', m.index);
    if (start < 0 || !/\/Subtype\s*\/Image/.test(text.slice(dictStart, start))) continue;
    let from = start + 'stream'.length;
    if (text[from] === '\r') from++;
    if (text[from] === '\n') from++;
    const end = text.indexOf('endstream', from);
    if (end < 0) continue;
    const bytes = pdf.subarray(from, end);
    if (isJpeg(bytes)) out.push(bytes);
    re.lastIndex = end;
  }
  return out;
}
