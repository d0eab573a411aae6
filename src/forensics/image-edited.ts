/**
 * IMAGE_EDITED: pixel evidence of local editing on raster pages (JPEG images, scanned PDF pages,
 * PNG/TIFF pages). Five signals (see `pixel-evidence.ts`) are fused into one graded finding per
 * page: a region's score is its strongest signal (strength / that signal's high threshold) plus
 * half of every other signal that points at the same place. The finding carries the region, the
 * score and threshold, every signal that contributed, and a heat map of the leading signal.
 */
import type { DocumentCheck } from '../checks/check.js';
import type { Document } from '../model/document.js';
import type { BBox, Finding, Severity } from '../model/schema.js';
import { heatmapDataUrl, type Grey } from './block-map.js';
import { measurePixels, type Candidate, type PixelSignal } from './pixel-evidence.js';
import { findPdfJpegs, isJpeg } from './jpeg.js';

/**
 * Strengths at which each signal alone would be `high` (calibrated on the tuning set: about 1.2–1.5×
 * the strongest clean scan or photo; see README). `alone` caps what a signal can reach by itself:
 * error level also rises on large bold headings of clean scans, sharpness varies with fonts and
 * focus. Copy-move still confuses a page's repeated glyphs with copies (a clean rendered page is
 * full of pixel-identical digits): it is reported `low` and never supports another signal.
 */
export const PIXEL_THRESHOLDS: Record<PixelSignal, { high: number; alone: Severity }> = {
  'jpeg-ghost': { high: 24, alone: 'high' },
  'patch-ghost': { high: 20, alone: 'high' }, // 1.45× the strongest clean tuning page (13.8)
  // 1.4× the strongest clean page of the tuning seeds (13.0, a phone photo). Alone it stays silent: on
  // a page saved once nothing has settled, so a lone region is the page's texture (clean photos of
  // the held-out seeds reached medium with it alone; see README).
  'fixed-point': { high: 18, alone: 'low' },
  'paper-noise': { high: 16, alone: 'high' }, // 1.33× the strongest clean tuning page (12.0, a searchable scan)
  seam: { high: 20, alone: 'high' }, // off by default (see seam.ts); 1.44× the strongest clean tuning page (13.9)
  'error-level': { high: 6.4, alone: 'low' }, // low = silent: never reported on its own
  sharpness: { high: 30, alone: 'medium' },
  'copy-move': { high: 60, alone: 'low' },
};

/** Signals that may lift another signal's region (see `PIXEL_THRESHOLDS`). */
const SUPPORTING: readonly PixelSignal[] = ['jpeg-ghost', 'fixed-point', 'paper-noise', 'error-level', 'sharpness'];

/**
 * Signals that read the same evidence and so never support each other: the fixed point and error
 * level are both the movement of blocks re-quantised with the page's own table.
 */
const SAME_EVIDENCE: ReadonlyArray<readonly [PixelSignal, PixelSignal]> = [['fixed-point', 'error-level']];
const independent = (a: PixelSignal, b: PixelSignal): boolean => a !== b && !SAME_EVIDENCE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));

/** Fused score → severity. */
export const FUSED_GRADES = { high: 1, medium: 0.85, low: 0.75 };

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

export interface FusedRegion {
  lead: Candidate;
  score: number;
  severity?: Severity;
  /** Other signals at the same place. */
  support: Candidate[];
}

const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
const norm = (c: Candidate): number => c.strength / PIXEL_THRESHOLDS[c.signal].high;

function gradeOf(score: number): Severity | undefined {
  if (score >= FUSED_GRADES.high) return 'high';
  if (score >= FUSED_GRADES.medium) return 'medium';
  if (score >= FUSED_GRADES.low) return 'low';
  return undefined;
}

/** The most suspicious region of a page, fused over signals (exported for the measuring script). */
export function fuseCandidates(candidates: Candidate[]): FusedRegion | undefined {
  let best: FusedRegion | undefined;
  for (const lead of candidates) {
    const support: Candidate[] = [];
    for (const signal of lead.signal === 'copy-move' ? [] : SUPPORTING) {
      if (!independent(signal, lead.signal)) continue;
      const strongest = candidates.filter((c) => c.signal === signal && overlaps(c.bbox, lead.bbox)).sort((a, b) => b.strength - a.strength)[0];
      if (strongest) support.push(strongest);
    }
    const supported = support.length > 0;
    const score = norm(lead) + 0.5 * support.reduce((s, c) => s + Math.min(1, norm(c)), 0);
    let severity = gradeOf(score);
    // A lone signal stops at its cap; agreement of two signals lifts the cap.
    const cap = lead.alone ?? PIXEL_THRESHOLDS[lead.signal].alone;
    if (severity && !supported && RANK[severity] > RANK[cap]) severity = cap;
    const rank = severity ? RANK[severity] : -1;
    const bestRank = best?.severity ? RANK[best.severity] : -1;
    if (!best || rank > bestRank || (rank === bestRank && score > best.score)) best = { lead, score, severity, support };
  }
  return best;
}

const WHY: Record<PixelSignal, string> = {
  'jpeg-ghost': 'the page carries the trace of an earlier JPEG save, and this region does not: it was put in after that save',
  'patch-ghost': 'this region carries the trace of a coarser JPEG save that the rest of the page lacks: it was cut from another image and pasted in',
  'fixed-point': 'the rest of the page has settled on its JPEG table by being saved with it more than once, and this region has not: it was put in before the last save',
  'paper-noise': 'the paper around these strokes lacks the sensor noise of the rest of the page\'s text: typical of digits typed clean in an editor and pasted in',
  seam: 'the paper steps in brightness along a straight rectangle around this region: a patch brought from elsewhere, with the light of where it came from',
  'error-level': 'this region recompresses unlike the rest of the page\'s text: it went through fewer or different compressions',
  sharpness: 'the strokes here are crisper than the rest of the page\'s text: typical of digits typed in an editor over a scan',
  'copy-move': 'the same stroke pixels appear elsewhere on the page under one shift: copied digits',
};

interface PageRaster { page: number; image: Buffer; jpeg: boolean; scale: number }

/** The best raster of each page: the original JPEG where there is one (its compression history is evidence). */
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

const scaleBox = (b: BBox, s: number): BBox => b.map((v) => Math.round(v * s)) as BBox;
const round = (v: number): number => Math.round(v * 100) / 100;

/** Pixel findings of one raster page (exported for the measuring script and tests). */
export async function analyseRaster(raster: Buffer, isJpegFile: boolean, pageIndex: number, toPage: (grey: Grey) => number): Promise<Finding[]> {
  const evidence = await measurePixels(raster, isJpegFile);
  const fused = fuseCandidates(evidence.candidates);
  // Below medium the evidence is within what clean scans show: the page stays silent.
  if (!fused?.severity || fused.severity === 'low' || fused.severity === 'info') return [];
  const scale = toPage(evidence.grey);
  const { lead } = fused;
  const map = evidence.maps[lead.signal];
  const signals = [lead, ...fused.support].map((c) => ({
    signal: c.signal, strength: round(c.strength), threshold: PIXEL_THRESHOLDS[c.signal].high, bbox: scaleBox(c.bbox, scale),
    ...(c.z !== undefined ? { z: round(c.z), blocks: c.blocks } : {}), ...(c.detail ?? {}),
  }));
  const why = fused.severity === 'high'
    ? (fused.support.length ? `${WHY[lead.signal]}; ${fused.support.map((c) => c.signal).join(' and ')} agree${fused.support.length > 1 ? '' : 's'}` : WHY[lead.signal])
    : `${WHY[lead.signal]} (moderate strength: clean scans come within reach of this level)`;
  return [{
    code: 'IMAGE_EDITED', severity: fused.severity, page: pageIndex, bbox: scaleBox(lead.bbox, scale),
    message: `Page ${pageIndex}: ${lead.signal} evidence of local editing (score ${fused.score.toFixed(2)}, 1.00 = high): ${WHY[lead.signal]}.`,
    evidence: {
      signal: lead.signal, score: round(fused.score), threshold: FUSED_GRADES.high, why, signals,
      jpegQuality: evidence.quality?.quality, cpuMs: evidence.cpuMs,
      ...(map ? { heatmap: await heatmapDataUrl(evidence.grey, map, 8, lead.bbox) } : {}),
    },
  }];
}

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
