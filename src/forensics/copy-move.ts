/**
 * Copy-move: a block of digits copied from elsewhere on the same page. Two genuine prints of the
 * same digit differ (sub-pixel position, tilt, independent sensor noise); a copy carries the very
 * same pixels, noise included, so many stroke points match almost exactly under ONE shift.
 * Keypoints are the darkest points of strokes; each is described by the patch around it.
 */
import type { BBox } from '../model/schema.js';
import type { Grey } from './block-map.js';

const R = 6;
const SIDE = 2 * R + 1;

export interface CopyMove {
  /** Shift from source to copy, pixels. */
  offset: [number, number];
  source: BBox;
  copy: BBox;
  /** Keypoints matching under this shift. */
  matches: number;
  /** Mean absolute patch difference of the matches (grey levels). */
  difference: number;
}

export interface CopyMoveOptions {
  /** Patches differing by less than this (mean grey levels) match. */
  maxDifference: number;
  /** Copies closer than this (pixels) are ignored: strokes resemble their own neighbourhood. */
  minShift: number;
}

export const DEFAULT_COPY_MOVE: CopyMoveOptions = { maxDifference: 3.2, minShift: 24 };

interface Keypoint { x: number; y: number; patch: Float32Array; mean: number; lr: number; tb: number }

function keypoints(grey: Grey): Keypoint[] {
  const { width: w, height: h, data } = grey;
  // Box-blur 3×3 so a flat-bottomed stroke has one stable minimum.
  const blur = new Float32Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      let s = 0;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) s += data[(y + dy) * w + x + dx] as number;
      blur[y * w + x] = s / 9;
    }
  }
  const out: Keypoint[] = [];
  for (let y = R + 2; y < h - R - 2; y++) {
    for (let x = R + 2; x < w - R - 2; x++) {
      const c = blur[y * w + x] as number;
      if (c > 170) continue;
      let isMin = true;
      for (let dy = -2; dy <= 2 && isMin; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          if (dx === 0 && dy === 0) continue;
          const v = blur[(y + dy) * w + x + dx] as number;
          if (v < c || (v === c && (dy < 0 || (dy === 0 && dx < 0)))) { isMin = false; break; }
        }
      }
      if (!isMin) continue;
      const patch = new Float32Array(SIDE * SIDE);
      let sum = 0, lr = 0, tb = 0, lo = 255, hi = 0;
      for (let dy = -R; dy <= R; dy++) {
        for (let dx = -R; dx <= R; dx++) {
          const v = data[(y + dy) * w + x + dx] as number;
          patch[(dy + R) * SIDE + dx + R] = v;
          sum += v;
          lr += dx < 0 ? v : dx > 0 ? -v : 0;
          tb += dy < 0 ? v : dy > 0 ? -v : 0;
          if (v < lo) lo = v;
          if (v > hi) hi = v;
        }
      }
      // Keep points with some structure around them (a stroke against paper).
      if (hi - lo < 50) continue;
      const n = SIDE * SIDE;
      out.push({ x, y, patch, mean: sum / n, lr: lr / n, tb: tb / n });
    }
  }
  return out;
}

function difference(a: Float32Array, b: Float32Array, limit: number): number {
  let s = 0;
  const cap = limit * a.length;
  for (let i = 0; i < a.length; i++) {
    s += Math.abs((a[i] as number) - (b[i] as number));
    if (s > cap) return Infinity;
  }
  return s / a.length;
}

/**
 * Find copied regions on a page, strongest first.
 * @example const found = findCopyMoves(await decodeGrey(png)); found[0]?.matches
 */
export function findCopyMoves(grey: Grey, options: CopyMoveOptions = DEFAULT_COPY_MOVE): CopyMove[] {
  const points = keypoints(grey).sort((a, b) => a.mean - b.mean);
  const votes = new Map<string, { a: Keypoint; b: Keypoint; d: number }[]>();
  for (let i = 0; i < points.length; i++) {
    const a = points[i] as Keypoint;
    for (let j = i + 1; j < points.length; j++) {
      const b = points[j] as Keypoint;
      if (b.mean - a.mean > options.maxDifference) break;
      if (Math.abs(a.lr - b.lr) > options.maxDifference * 2 || Math.abs(a.tb - b.tb) > options.maxDifference * 2) continue;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      if (Math.hypot(dx, dy) < options.minShift) continue;
      const d = difference(a.patch, b.patch, options.maxDifference);
      if (d > options.maxDifference) continue;
      // Orient the pair so the same shift always has the same sign.
      const [s, t] = dy < 0 || (dy === 0 && dx < 0) ? [b, a] : [a, b];
      const key = `${t.x - s.x},${t.y - s.y}`;
      const list = votes.get(key) ?? [];
      list.push({ a: s, b: t, d });
      votes.set(key, list);
    }
  }
  return mergeShifts(votes).sort((x, y) => y.matches - x.matches);
}

/** Merge votes of shifts within a pixel of each other (recompression moves a minimum by one). */
function mergeShifts(votes: Map<string, { a: Keypoint; b: Keypoint; d: number }[]>): CopyMove[] {
  const keys = [...votes.keys()].sort((x, y) => (votes.get(y)?.length ?? 0) - (votes.get(x)?.length ?? 0));
  const used = new Set<string>();
  const out: CopyMove[] = [];
  for (const key of keys) {
    if (used.has(key)) continue;
    const [dx, dy] = key.split(',').map(Number) as [number, number];
    const pairs: { a: Keypoint; b: Keypoint; d: number }[] = [];
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        const k = `${dx + ox},${dy + oy}`;
        if (used.has(k) || !votes.has(k)) continue;
        used.add(k);
        pairs.push(...(votes.get(k) ?? []));
      }
    }
    const compact = densest(pairs);
    if (compact.length < 3) continue;
    const box = (pts: Keypoint[]): BBox => {
      const xs = pts.map((p) => p.x);
      const ys = pts.map((p) => p.y);
      const x0 = Math.min(...xs) - R;
      const y0 = Math.min(...ys) - R;
      return [x0, y0, Math.max(...xs) + R - x0, Math.max(...ys) + R - y0];
    };
    out.push({
      offset: [dx, dy],
      source: box(compact.map((p) => p.a)),
      copy: box(compact.map((p) => p.b)),
      matches: compact.length,
      difference: compact.reduce((s, p) => s + p.d, 0) / compact.length,
    });
  }
  return out;
}

/** Copy-moves are local (a few digits); a shift that repeats across the page is the layout's rhythm. */
const SPAN: [number, number] = [160, 40];

function densest<T extends { b: Keypoint }>(pairs: T[]): T[] {
  let best: T[] = [];
  for (const p of pairs) {
    const near = pairs.filter((q) => Math.abs(q.b.x - p.b.x) <= SPAN[0] && Math.abs(q.b.y - p.b.y) <= SPAN[1]);
    if (near.length > best.length) best = near;
  }
  // The same shift matching all over the page is repetition, not a copy: discount it.
  return best.length * 2 >= pairs.length ? best : [];
}
