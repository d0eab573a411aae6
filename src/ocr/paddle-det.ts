/**
 * PP-OCR text detection post-processing (the "DB" head): the model's per-pixel text probability map →
 * text boxes. Components of the thresholded map are the shrunk text kernels; each is grown back by
 * `unclipRatio` as PaddleOCR's `DBPostProcess` does. A long kernel gets a box turned to its own
 * slope (from its second moments), so a line on a page scanned 1° crooked does not take in half of
 * the lines above and below; short or steep kernels get upright boxes.
 */

/** A detected text box in probability-map pixels: a rectangle turned by `angle` about its centre. */
export interface DetectedBox {
  cx: number;
  cy: number;
  /** Along the text. */
  width: number;
  height: number;
  /** Radians, counter-clockwise in image coordinates (y down), |angle| ≤ `maxAngle`. */
  angle: number;
  /** Mean probability over the kernel. */
  score: number;
}

/** Options for `findTextBoxes`; defaults are PaddleOCR's (`det_db_thresh`, `det_db_box_thresh`, `det_db_unclip_ratio`). */
export interface TextBoxOptions {
  /** A pixel is text when its probability exceeds this. @default 0.3 */
  threshold?: number;
  /** Drop boxes whose mean probability is below this. @default 0.6 */
  boxThreshold?: number;
  /** How far a kernel is grown back: distance = area × ratio / perimeter. @default 1.5 */
  unclipRatio?: number;
  /** Drop kernels whose shorter side is under this many pixels. @default 3 */
  minSize?: number;
  /** Steeper kernels get upright boxes. @default 0.26 (15°) */
  maxAngle?: number;
}

/**
 * Find text boxes in a `width` × `height` probability map (row-major).
 * @example findTextBoxes(probabilities, 960, 1344) // → [{ x, y, width, height, score }, …]
 */
export function findTextBoxes(prob: Float32Array, width: number, height: number, options: TextBoxOptions = {}): DetectedBox[] {
  if (prob.length !== width * height) throw new RangeError(`Expected a ${width}×${height} map (${width * height} values), got ${prob.length}`);
  const threshold = options.threshold ?? 0.3;
  const boxThreshold = options.boxThreshold ?? 0.6;
  const unclipRatio = options.unclipRatio ?? 1.5;
  const minSize = options.minSize ?? 3;
  const maxAngle = options.maxAngle ?? 0.26;
  const label = new Uint8Array(width * height); // 1 = visited
  const stack = new Int32Array(width * height);
  const members = new Int32Array(width * height);
  const boxes: DetectedBox[] = [];
  for (let start = 0; start < prob.length; start++) {
    if (label[start] !== 0 || prob[start]! <= threshold) continue;
    // Flood-fill one 4-connected component, keeping its pixels and moments.
    let top = 0, n = 0, sum = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    stack[top++] = start;
    label[start] = 1;
    while (top > 0) {
      const i = stack[--top]!;
      const x = i % width, y = (i - x) / width;
      members[n++] = i;
      sum += prob[i]!;
      sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y;
      if (x > 0 && label[i - 1] === 0 && prob[i - 1]! > threshold) { label[i - 1] = 1; stack[top++] = i - 1; }
      if (x < width - 1 && label[i + 1] === 0 && prob[i + 1]! > threshold) { label[i + 1] = 1; stack[top++] = i + 1; }
      if (y > 0 && label[i - width] === 0 && prob[i - width]! > threshold) { label[i - width] = 1; stack[top++] = i - width; }
      if (y < height - 1 && label[i + width] === 0 && prob[i + width]! > threshold) { label[i + width] = 1; stack[top++] = i + width; }
    }
    const score = sum / n;
    if (score < boxThreshold) continue;
    const mx = sx / n, my = sy / n;
    const cxx = sxx / n - mx * mx, cyy = syy / n - my * my, cxy = sxy / n - mx * my;
    // Principal axis; only trusted for clearly elongated kernels (eigenvalue ratio ≥ 4, i.e. ≥ 2:1 sides).
    const spread = Math.sqrt(((cxx - cyy) / 2) ** 2 + cxy ** 2), mean = (cxx + cyy) / 2;
    let angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    if (mean - spread > 0 && (mean + spread) / (mean - spread) < 4) angle = 0;
    if (Math.abs(angle) > maxAngle) angle = 0;
    const cos = Math.cos(angle), sin = Math.sin(angle);
    let s0 = Infinity, s1 = -Infinity, t0 = Infinity, t1 = -Infinity;
    for (let k = 0; k < n; k++) {
      const i = members[k]!, x = (i % width) - mx, y = Math.floor(i / width) - my;
      const s = x * cos + y * sin, t = -x * sin + y * cos;
      if (s < s0) s0 = s;
      if (s > s1) s1 = s;
      if (t < t0) t0 = t;
      if (t > t1) t1 = t;
    }
    s0 -= 0.5; s1 += 0.5; t0 -= 0.5; t1 += 0.5;
    const w = s1 - s0, h = t1 - t0;
    if (Math.min(w, h) < minSize) continue;
    const d = (w * h * unclipRatio) / (2 * (w + h));
    const sc = (s0 + s1) / 2, tc = (t0 + t1) / 2;
    boxes.push({ cx: mx + 0.5 + sc * cos - tc * sin, cy: my + 0.5 + sc * sin + tc * cos, width: w + 2 * d, height: h + 2 * d, angle, score });
  }
  return boxes;
}

/** The box's axis-aligned bounds [x, y, width, height]. */
export function boxBounds(box: Pick<DetectedBox, 'cx' | 'cy' | 'width' | 'height' | 'angle'>): [number, number, number, number] {
  const cos = Math.abs(Math.cos(box.angle)), sin = Math.abs(Math.sin(box.angle));
  const hw = (box.width * cos + box.height * sin) / 2, hh = (box.width * sin + box.height * cos) / 2;
  return [box.cx - hw, box.cy - hh, 2 * hw, 2 * hh];
}
