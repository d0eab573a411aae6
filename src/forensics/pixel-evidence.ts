/**
 * The pixel signals of one raster page, each as candidate regions with a strength, plus the block
 * maps behind them (for the heat map) and what each signal cost. Grading and fusion live in
 * `image-edited.ts`; this module only measures.
 */
import type { BBox, Severity } from '../model/schema.js';
import { blockRanges, inkedBlocks, outlierRegions, type BlockMap, type Grey } from './block-map.js';
import { decodeLuma, naturalOrder } from './dct.js';
import { findGhost } from './double-jpeg.js';
import { findPatchGhost, type PatchGhost } from './patch-ghost.js';
import { errorLevelZ } from './error-level.js';
import { findCopyMoves } from './copy-move.js';
import { sharpnessZ } from './sharpness.js';
import { paperNoiseZ } from './paper-noise.js';
import { fixedPointZ } from './fixed-point.js';
import { findSeams, seamMap } from './seam.js';
import { estimateJpegQuality, loadBaseTables, readLumaTable, type JpegQuality } from './jpeg.js';

export type PixelSignal = 'jpeg-ghost' | 'patch-ghost' | 'fixed-point' | 'paper-noise' | 'seam' | 'error-level' | 'sharpness' | 'copy-move';

export interface Candidate {
  signal: PixelSignal;
  bbox: BBox;
  /** Signal-specific strength (see `PIXEL_THRESHOLDS`): larger is more suspicious. */
  strength: number;
  /** Mean robust z of the region's blocks, and how many blocks (block-map signals). */
  z?: number;
  blocks?: number;
  /**
   * What the candidate may reach with no other signal agreeing, where its own page-level evidence
   * says more than `PIXEL_THRESHOLDS[signal].alone` (the fixed point on a page that has settled).
   */
  alone?: Severity;
  detail?: Record<string, unknown>;
}

export interface PixelEvidence {
  grey: Grey;
  candidates: Candidate[];
  maps: Partial<Record<PixelSignal, BlockMap>>;
  quality?: JpegQuality;
  /**
   * CPU milliseconds per signal (decoding under `decode`), process-wide: on a busy machine wall time
   * says more about the neighbours than about the signal.
   */
  cpuMs: Record<string, number>;
}

export interface PixelOptions {
  /**
   * Run the keypoint copy-move matcher (≈ 30 ms per page). Off by default: it cannot yet tell a
   * copied digit block from the page's own repeated glyphs, so it only ever reported `low`.
   */
  copyMove: boolean;
  /**
   * Look for seams (≈ 20 ms per page): the edges of a patch whose paper is brighter or darker than
   * around it. Off by default: it finds patches moved within phone photos, but the shaded boxes,
   * banded table rows and seals of real pages make the same rectangles (see `seam.ts`).
   */
  seam: boolean;
  /**
   * Look for blocks not yet settled on the page's own JPEG table (≈ 25 ms per 150-DPI page, ≈ 90 ms at
   * 300 DPI; `fixed-point.ts`). On by default: below `FIXED_POINT_ALONE` it only supports other
   * signals. On held-out seeds 70123, 90417 (mozjpeg forgers) and 62417 (libjpeg and mozjpeg) it
   * added no detection at high; clean-typed pastes saved with plain libjpeg score 25–82.
   */
  fixedPoint: boolean;
}

export const DEFAULT_PIXEL_OPTIONS: PixelOptions = { copyMove: false, seam: false, fixedPoint: false };

/**
 * Fixed-point strength at which one region is reported with no other signal agreeing: 2× the
 * strongest clean page of the dev seed (11.6, a phone photo saved once; clean photos of seeds 70123
 * and 90417 reached 15–18 before, see README). Below it the signal only supports others.
 */
export const FIXED_POINT_ALONE = 24;

/** A region's strength: mean z times √blocks, so a long run of moderate blocks counts like a few strong ones. */
const strengthOf = (score: number, blocks: number): number => score * Math.sqrt(blocks);

/**
 * Measure every pixel signal on one page raster (a JPEG keeps its compression history; a PNG or
 * TIFF page gets the signals that do not need one).
 * @example const ev = await measurePixels(jpegBytes, true); ev.candidates[0]?.signal
 */
export async function measurePixels(raster: Buffer, isJpegFile: boolean, options: PixelOptions = DEFAULT_PIXEL_OPTIONS): Promise<PixelEvidence> {
  const cpuMs: Record<string, number> = {};
  let t = process.cpuUsage();
  const lap = (name: string): void => { const d = process.cpuUsage(t); cpuMs[name] = Math.round((d.user + d.system) / 100) / 10; t = process.cpuUsage(); };
  const grey = await decodeLuma(raster, { colour: options.fixedPoint });
  const ranges = blockRanges(grey);
  const ink = inkedBlocks(grey, ranges);
  const quality = isJpegFile ? await estimateJpegQuality(raster) : undefined;
  lap('decode');
  const candidates: Candidate[] = [];
  const maps: PixelEvidence['maps'] = {};

  const table = isJpegFile ? readLumaTable(raster) : undefined;
  let earlier: number | undefined;
  if (quality) {
    const ghost = await findGhost(grey, quality, ranges);
    earlier = ghost?.primary.quality;
    if (ghost) {
      maps['jpeg-ghost'] = ghost.z;
      for (const r of outlierRegions(ghost.z, 3, 4).slice(0, 3)) {
        candidates.push({ signal: 'jpeg-ghost', bbox: r.bbox, strength: strengthOf(r.score, r.blocks), z: r.score, blocks: r.blocks,
          detail: { earlierQuality: ghost.primary.quality, earlierTable: ghost.primary.table, pageDip: round(ghost.primary.dip) } });
      }
    }
    lap('jpeg-ghost');
    const base = (await loadBaseTables())[quality.table];
    if (table?.length === 64 && base?.length === 64) {
      const patch = findPatchGhost(grey, ranges, naturalOrder(table), naturalOrder(base), quality.quality, earlier === undefined ? [] : [earlier]);
      maps['patch-ghost'] = patch.z;
      const found = singleRegion('patch-ghost', patch.z, 4);
      if (found) candidates.push({ ...found, detail: { earlierQuality: qualityAtPeak(patch, found.bbox), ...found.detail } });
      lap('patch-ghost');
      if (options.fixedPoint) {
        const unsettled = fixedPointZ(grey, ranges, naturalOrder(table), naturalOrder(base), quality.quality);
        maps['fixed-point'] = unsettled;
        const moved = singleRegion('fixed-point', unsettled, 2.5);
        // Alone it stays silent up to FIXED_POINT_ALONE: a page saved once has its own unsettled texture.
        if (moved) candidates.push(moved.strength >= FIXED_POINT_ALONE ? { ...moved, alone: 'high' } : moved);
        lap('fixed-point');
      }
    }
  }

  const sharp = sharpnessZ(grey, ink);
  maps.sharpness = sharp;
  for (const r of outlierRegions(sharp, 2.5, 4).slice(0, 3)) candidates.push({ signal: 'sharpness', bbox: r.bbox, strength: strengthOf(r.score, r.blocks), z: r.score, blocks: r.blocks });
  lap('sharpness');

  const noise = paperNoiseZ(grey, ranges, ink);
  maps['paper-noise'] = noise;
  const smooth = singleRegion('paper-noise', noise, 2.5);
  if (smooth) candidates.push(smooth);
  lap('paper-noise');

  if (options.seam) {
    const [seam] = findSeams(grey, ranges);
    if (seam) {
      maps.seam = seamMap(ranges, seam);
      candidates.push({ signal: 'seam', bbox: seam.bbox, strength: seam.strength, detail: { sides: seam.sides, step: round(seam.step) } });
    }
    lap('seam');
  }

  // Error level is asked only where the other signals point (it cannot stand alone: see error-level.ts).
  if (table && candidates.length > 0) {
    const z = errorLevelZ(grey, table, ink, candidates.map((c) => c.bbox));
    maps['error-level'] = z;
    for (const r of outlierRegions(z, 3, 6).slice(0, 3)) candidates.push({ signal: 'error-level', bbox: r.bbox, strength: r.score, z: r.score, blocks: r.blocks });
    lap('error-level');
  }

  if (options.copyMove) {
    const [copy] = findCopyMoves(grey);
    if (copy) {
      candidates.push({ signal: 'copy-move', bbox: copy.copy, strength: copy.matches,
        detail: { source: copy.source, offset: copy.offset, difference: round(copy.difference) } });
    }
    lap('copy-move');
  }
  return { grey, candidates, maps, quality, cpuMs };
}

const round = (v: number): number => Math.round(v * 100) / 100;

/**
 * The strongest region of a map, counted by its margin over the next separate region: a paste is
 * one place, while the same trace in several places is the page's own texture (or, for the patch
 * ghost, an encoder's table outside the family).
 */
function singleRegion(signal: PixelSignal, z: BlockMap, threshold: number): Candidate | undefined {
  const [first, ...rest] = outlierRegions(z, threshold, 4);
  if (!first) return undefined;
  const runnerUp = rest.find((r) => !overlaps(r.bbox, first.bbox));
  const strength = strengthOf(first.score, first.blocks);
  const next = runnerUp ? strengthOf(runnerUp.score, runnerUp.blocks) : 0;
  return { signal, bbox: first.bbox, strength: strength - next, z: first.score, blocks: first.blocks,
    detail: { regionStrength: round(strength), runnerUp: round(next) } };
}
const overlaps = (a: BBox, b: BBox): boolean => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

/** The earlier quality found at the block of highest z inside `box`. */
function qualityAtPeak(patch: PatchGhost, box: BBox): number {
  const { cols, values } = patch.z;
  let best = -Infinity;
  let quality = 0;
  for (let by = box[1] / 8; by < (box[1] + box[3]) / 8; by++) {
    for (let bx = box[0] / 8; bx < (box[0] + box[2]) / 8; bx++) {
      const v = values[by * cols + bx] as number;
      if (v > best) { best = v; quality = patch.quality[by * cols + bx] as number; }
    }
  }
  return quality;
}
