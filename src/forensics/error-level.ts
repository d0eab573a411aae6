/**
 * JPEG error-level analysis done the way that works on documents: re-encode the page at its OWN
 * quantisation (estimated from its tables; a fixed q90 hides pastes), measure per 8×8 block how
 * much the pixels move, and compare inked blocks only with inked blocks. A region that went
 * through fewer (or different) compressions than the rest of the page moves more.
 */
import sharp from 'sharp';
import { BLOCK, type BlockMap, type Grey } from './block-map.js';
import type { JpegQuality } from './jpeg.js';

/** Mean absolute change per block when `grey` is re-encoded with the page's own table and quality. */
export async function errorLevelMap(grey: Grey, quality: JpegQuality): Promise<BlockMap> {
  const input = Buffer.from(grey.data.buffer, grey.data.byteOffset, grey.data.length);
  const jpeg = await sharp(input, { raw: { width: grey.width, height: grey.height, channels: 1 } })
    .jpeg({ quality: quality.quality, quantisationTable: quality.table, chromaSubsampling: '4:4:4' })
    .toBuffer();
  const { data } = await sharp(jpeg).greyscale().raw().toBuffer({ resolveWithObject: true });
  const cols = Math.floor(grey.width / BLOCK);
  const rows = Math.floor(grey.height / BLOCK);
  const values = new Float32Array(cols * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let sum = 0;
      for (let y = by * BLOCK; y < by * BLOCK + BLOCK; y++) {
        const row = y * grey.width;
        for (let x = bx * BLOCK; x < bx * BLOCK + BLOCK; x++) sum += Math.abs((grey.data[row + x] as number) - (data[row + x] as number));
      }
      values[by * cols + bx] = sum / (BLOCK * BLOCK);
    }
  }
  return { cols, rows, values };
}
