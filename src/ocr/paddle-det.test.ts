import { describe, expect, it } from 'vitest';
import { boxBounds, findTextBoxes } from './paddle-det.js';

/** A width × height map with the given rectangles filled at probability p. */
function map(width: number, height: number, rects: [number, number, number, number, number][]): Float32Array {
  const m = new Float32Array(width * height);
  for (const [x, y, w, h, p] of rects) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) m[j * width + i] = p;
  return m;
}

describe('findTextBoxes', () => {
  it('finds each text kernel and grows it back by the unclip distance', () => {
    const boxes = findTextBoxes(map(200, 60, [[10, 10, 40, 10, 0.9], [120, 10, 60, 10, 0.8]]), 200, 60);
    expect(boxes).toHaveLength(2);
    const [a] = boxes.sort((p, q) => p.cx - q.cx);
    const d = (40 * 10 * 1.5) / (2 * 50); // area × ratio / perimeter = 6
    const [x, y, w, h] = boxBounds(a!);
    expect(a!.angle).toBe(0);
    expect(x).toBeCloseTo(10 - d);
    expect(y).toBeCloseTo(10 - d);
    expect(w).toBeCloseTo(40 + 2 * d);
    expect(h).toBeCloseTo(10 + 2 * d);
    expect(a!.score).toBeCloseTo(0.9);
  });

  it('keeps two cells apart when the gap between them is below the threshold, and drops faint blobs', () => {
    const boxes = findTextBoxes(map(200, 40, [[10, 10, 50, 10, 0.9], [60, 10, 4, 10, 0.2], [64, 10, 50, 10, 0.9], [150, 10, 30, 10, 0.45]]), 200, 40);
    expect(boxes).toHaveLength(2);
    expect(findTextBoxes(map(200, 40, [[10, 10, 50, 10, 0.9], [60, 10, 4, 10, 0.2], [64, 10, 50, 10, 0.9]]), 200, 40, { threshold: 0.1 })).toHaveLength(1);
  });

  it('turns the box of a long sloping line to its slope, and keeps short blobs upright', () => {
    const width = 400, height = 80, m = new Float32Array(width * height);
    const slope = Math.tan(0.02); // a page scanned about 1.1° crooked
    for (let x = 20; x < 380; x++) for (let t = 0; t < 8; t++) m[Math.round(30 + (x - 20) * slope + t) * width + x] = 0.9;
    for (let y = 60; y < 70; y++) for (let x = 20; x < 30; x++) m[y * width + x] = 0.9;
    const [line, blob] = findTextBoxes(m, width, height).sort((p, q) => p.cy - q.cy);
    expect(line!.angle).toBeCloseTo(0.02, 2);
    const d = (360 * 8 * 1.5) / (2 * 368);
    expect(line!.height).toBeLessThan(8 + 2 * d + 3); // kernel, unclip and rasterising, not the 7 px of drift
    expect(line!.width).toBeGreaterThan(360);
    expect(blob!.angle).toBe(0);
  });

  it('rejects a map of the wrong size', () => {
    expect(() => findTextBoxes(new Float32Array(10), 4, 4)).toThrow(/Expected a 4×4 map \(16 values\), got 10/);
  });
});
