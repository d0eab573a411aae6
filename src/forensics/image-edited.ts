/**
 * IMAGE_EDITED: pixel evidence of local editing on raster pages (JPEG images, scanned PDF pages).
 * Error-level analysis at the page's own quality is the graded signal; copy-move is reported only
 * when it is overwhelming (see README: it does not yet separate copies from a page's own repeated
 * glyphs). The finding carries the region, the score, the threshold and a heat map.
 */
import type { DocumentCheck } from '../checks/check.js';
import type { Document } from '../model/document.js';
import type { BBox, Finding, Severity } from '../model/schema.js';
import { decodeGrey, heatmapDataUrl, inkedBlocks, outlierRegions, robustZ, type Grey } from './block-map.js';
import { errorLevelMap } from './error-level.js';
import { findCopyMoves } from './copy-move.js';
import { estimateJpegQuality, findPdfJpegs, isJpeg } from './jpeg.js';

/** Calibrated on samples/forensics (clean scans and photos): see scripts/measure-forensics.ts. */
export const PIXEL_THRESHOLDS = {
  /** Robust z of a region's error level (inked blocks only): report from `low`, high from `high`. */
  ela: { low: 4.5, medium: 5.2, high: 6.0, minBlocks: 6 },
  /** Keypoints matching under one shift within a few digits' span. */
  copyMove: { low: 40 },
};

interface PageRaster { page: number; image: Buffer; jpeg: boolean; scale: number }

/** The best raster of each page: the original JPEG where there is one (ELA needs its tables). */
function pageRasters(doc: Document): PageRaster[] {
  const out: PageRaster[] = [];
  const jpegs = doc.mediaType === 'application/pdf' ? findPdfJpegs(doc.file.bytes) : [];
  for (const page of doc.pages) {
    if (doc.mediaType === 'image/jpeg' && doc.pages.length === 1 && isJpeg(doc.file.bytes)) {
      out.push({ page: page.index, image: doc.file.bytes, jpeg: true, scale: 1 });
    } else if (jpegs.length === doc.pages.length && jpegs[page.index - 1]) {
      out.push({ page: page.index, image: jpegs[page.index - 1] as Buffer, jpeg: true, scale: NaN });
    } else if (page.image && page.source === 'ocr') {
      out.push({ page: page.index, image: page.image.data, jpeg: false, scale: 1 });
    }
  }
  return out;
}

function grade(score: number, t: { low: number; medium: number; high: number }): Severity | undefined {
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  if (score >= t.low) return 'low';
  return undefined;
}

const scaleBox = (b: BBox, s: number): BBox => b.map((v) => Math.round(v * s)) as BBox;

/** Pixel findings of one raster page (exported for the measuring script and tests). */
export async function analyseRaster(raster: Buffer, isJpegFile: boolean, pageIndex: number, toPage: (grey: Grey) => number): Promise<Finding[]> {
  const findings: Finding[] = [];
  const grey = await decodeGrey(raster);
  const scale = toPage(grey);
  const ink = inkedBlocks(grey);
  const quality = isJpegFile ? await estimateJpegQuality(raster) : undefined;
  if (quality) {
    const t = PIXEL_THRESHOLDS.ela;
    const z = robustZ(await errorLevelMap(grey, quality), ink, 1, 0.15);
    const [best] = outlierRegions(z, 3, t.minBlocks);
    const severity = best ? grade(best.score, t) : undefined;
    if (best && severity) {
      findings.push({
        code: 'IMAGE_EDITED', severity, page: pageIndex, bbox: scaleBox(best.bbox, scale),
        message: `Page ${pageIndex}: a region recompresses unlike the rest of the page's text (error level ${best.score.toFixed(1)} robust SD above the page's inked blocks, threshold ${t.high} for high): it may have been pasted in.`,
        evidence: {
          signal: 'error-level', score: round(best.score), threshold: t.high, blocks: best.blocks,
          jpegQuality: quality.quality, quantisationTable: quality.table,
          why: severity === 'high' ? 'strong, compact compression anomaly over text' : 'compression anomaly of moderate strength; natural scans reach this level occasionally',
          heatmap: await heatmapDataUrl(grey, z, 8, best.bbox),
        },
      });
    }
  }
  const [copy] = findCopyMoves(grey);
  if (copy && copy.matches >= PIXEL_THRESHOLDS.copyMove.low) {
    findings.push({
      code: 'IMAGE_EDITED', severity: 'low', page: pageIndex, bbox: scaleBox(copy.copy, scale),
      message: `Page ${pageIndex}: ${copy.matches} stroke points match another place on the page under one shift (${copy.offset.join(', ')} px): possible copied digits.`,
      evidence: { signal: 'copy-move', score: copy.matches, threshold: PIXEL_THRESHOLDS.copyMove.low, source: scaleBox(copy.source, scale), difference: round(copy.difference),
        why: 'copy-move is not yet calibrated to tell copies from repeated glyphs; never high' },
    });
  }
  return findings;
}

const round = (v: number): number => Math.round(v * 100) / 100;

export const imageEdited: DocumentCheck = {
  id: 'forensics-image-edited',
  appliesTo: (doc) => doc.mediaType.startsWith('image/') || doc.pages.some((p) => p.source === 'ocr'),
  run: async ({ document }, { findings }) => {
    for (const raster of pageRasters(document)) {
      const page = document.pages[raster.page - 1];
      if (!page) continue;
      findings.push(...await analyseRaster(raster.image, raster.jpeg, raster.page, (grey) => (Number.isNaN(raster.scale) ? page.width / grey.width : raster.scale)));
    }
  },
};
