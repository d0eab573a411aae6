/**
 * What a PDF page paints besides text, read from pdf.js's operator list instead of rendering:
 * image placements (with their decoded pixels) and vector paths, in page coordinates at a given
 * resolution. Checks that look for ink (signatures, seals) ask `inkShare` first and render the
 * page only where the marks cannot answer (`unsure` areas: annotations, stencil masks, shadings,
 * patterns, full-page images whose paper level only a render can judge).
 */
import { OPS } from './pdfjs.js';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { BBox } from '../model/schema.js';

export type Matrix = [number, number, number, number, number, number];

export function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = n;
  return [
    m[0] * a + m[2] * b, m[1] * a + m[3] * b,
    m[0] * c + m[2] * d, m[1] * c + m[3] * d,
    m[0] * e + m[2] * f + m[4], m[1] * e + m[3] * f + m[5],
  ];
}

function invert([a, b, c, d, e, f]: Matrix): Matrix | undefined {
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-12) return undefined;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

/** Axis-aligned box of the rectangle [x0, y0, x1, y1] under `m`, as [x, y, w, h]. */
function boxOf(m: Matrix, x0: number, y0: number, x1: number, y1: number): BBox {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push(m[0] * x + m[2] * y + m[4]);
    ys.push(m[1] * x + m[3] * y + m[5]);
  }
  const [l, t] = [Math.min(...xs), Math.min(...ys)];
  return [l, t, Math.max(...xs) - l, Math.max(...ys) - t];
}

/** RGBA over white, 0..255 per channel. */
type Rgb = [number, number, number];

export interface ImageMark {
  kind: 'image';
  bbox: BBox;
  /** Page coordinates → image pixel coordinates (x right, y down). */
  toImage: Matrix;
  width: number;
  height: number;
  /** Colour of the image pixel composited on white paper. */
  pixel(x: number, y: number): Rgb;
}

export interface PathMark {
  kind: 'path';
  bbox: BBox;
  /** Colour the path is painted with (stroke or fill). */
  colour: Rgb;
  /** Estimated inked area in page pixels: stroked length × line width, or a share of a filled box. */
  inkArea: number;
}

export interface PageMarks {
  marks: (ImageMark | PathMark)[];
  /** Areas the operator list cannot judge (page coordinates); the whole page when unbounded. */
  unsure: BBox[];
}

/** An image over this share of the page is a scan: its paper level is for a render to judge. */
const FULL_PAGE_IMAGE = 0.5;

const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject]);
const UNSURE_PAINT_OPS = new Set<number>([OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintInlineImageXObjectGroup, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask]);
const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const FILL_STROKES = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

interface DecodedImage { width: number; height: number; kind?: number; data?: Uint8Array | Uint8ClampedArray; bitmap?: unknown }

/**
 * The marks of one page at `dpi` (page coordinates as in the text layer: origin top left).
 * @example const { marks, unsure } = await readPageMarks(await doc.getPage(4), 200);
 */
export async function readPageMarks(page: PDFPageProxy, dpi: number): Promise<PageMarks> {
  const ops = await page.getOperatorList();
  const viewport = page.getViewport({ scale: dpi / 72 });
  const pageBox: BBox = [0, 0, viewport.width, viewport.height];
  const pageArea = viewport.width * viewport.height;
  const scale = dpi / 72;
  let ctm = viewport.transform as unknown as Matrix;
  let fill: Paint = [0, 0, 0];
  let stroke: Paint = [0, 0, 0];
  let lineWidth = 1;
  const stack: { ctm: Matrix; fill: Paint; stroke: Paint; lineWidth: number }[] = [];
  const marks: PageMarks['marks'] = [];
  const unsure: BBox[] = [];
  const pending: Promise<void>[] = [];
  let annotation = 0;

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, fill, stroke, lineWidth });
    else if (fn === OPS.restore) ({ ctm, fill, stroke, lineWidth } = stack.pop() ?? { ctm, fill, stroke, lineWidth });
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, fill, stroke, lineWidth });
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>));
    } else if (fn === OPS.paintFormXObjectEnd) ({ ctm, fill, stroke, lineWidth } = stack.pop() ?? { ctm, fill, stroke, lineWidth });
    else if (fn === OPS.beginAnnotation) {
      // Appearance streams (stamps, signature widgets): where they are is known, what they paint is left to a render.
      annotation++;
      const rect = Array.from(args[1] as ArrayLike<number>);
      unsure.push(boxOf(viewport.transform as unknown as Matrix, rect[0]!, rect[1]!, rect[2]!, rect[3]!));
    } else if (fn === OPS.endAnnotation) annotation = Math.max(0, annotation - 1);
    else if (annotation > 0) continue;
    else if (fn === OPS.setLineWidth) lineWidth = Number(args[0]) || 0;
    else if (fn === OPS.setFillRGBColor) fill = toRgb(args[0]);
    else if (fn === OPS.setStrokeRGBColor) stroke = toRgb(args[0]);
    else if (fn === OPS.setFillTransparent) fill = 'none';
    else if (fn === OPS.setStrokeTransparent) stroke = 'none';
    else if (fn === OPS.setFillColorN) fill = 'unknown';
    else if (fn === OPS.setStrokeColorN) stroke = 'unknown';
    else if (fn === OPS.shadingFill) unsure.push(pageBox);
    else if (UNSURE_PAINT_OPS.has(fn)) unsure.push(boxOf(ctm, 0, 0, 1, 1));
    else if (fn === OPS.constructPath) {
      const mark = pathMark(args, ctm, fill, stroke, lineWidth * Math.hypot(ctm[0], ctm[1]), scale);
      if (mark === 'unsure') unsure.push(pageBox);
      else if (mark) marks.push(mark);
    } else if (IMAGE_OPS.has(fn)) {
      const bbox = boxOf(ctm, 0, 0, 1, 1);
      const toUnit = invert(ctm);
      if (!toUnit || bbox[2] * bbox[3] >= FULL_PAGE_IMAGE * pageArea) { unsure.push(bbox); continue; }
      const at = { bbox, toUnit };
      pending.push(decodedImage(page, args[0]).then((img) => {
        const mark = img && imageMark(img, at.bbox, at.toUnit);
        if (mark) marks.push(mark);
        else unsure.push(at.bbox);
      }));
    }
  }
  await Promise.all(pending);
  return { marks, unsure };
}

/** A colour, nothing (transparent), or a pattern / unknown colour space that only a render can show. */
type Paint = Rgb | 'none' | 'unknown';

function toRgb(value: unknown): Paint {
  if (typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)) {
    return [parseInt(value.slice(1, 3), 16), parseInt(value.slice(3, 5), 16), parseInt(value.slice(5, 7), 16)];
  }
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    const [r = 0, g = 0, b = 0] = Array.from(value as ArrayLike<number>);
    return [r, g, b];
  }
  return 'unknown';
}

/**
 * pdf.js 5: constructPath args are [paint op, [path data], minMax] with minMax = [minX, minY, maxX, maxY]
 * in user space; path data is a flat list of DrawOPS (moveTo 0, lineTo 1, curveTo 2, closePath 3).
 */
function pathMark(args: unknown[], ctm: Matrix, fill: Paint, stroke: Paint, width: number, scale: number): PathMark | 'unsure' | undefined {
  const [op, data, minMax] = args as [number, [ArrayLike<number> | null] | undefined, ArrayLike<number> | null];
  if (!minMax || minMax.length < 4) return 'unsure';
  const strokes = STROKES.has(op) || FILL_STROKES.has(op);
  const fills = FILLS.has(op) || FILL_STROKES.has(op);
  if (!strokes && !fills) return undefined; // clipping path or n: paints nothing
  const colour = fills ? fill : stroke;
  if (colour === 'none') return undefined;
  if (colour === 'unknown') return 'unsure';
  const bbox = boxOf(ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
  const strokeWidth = Math.max(width, scale * 0.5); // pdf.js draws hairlines one device pixel wide
  let inkArea: number;
  if (fills) inkArea = bbox[2] * bbox[3] * 0.5; // a filled shape inks part of its box
  else {
    const length = pathLength(data?.[0], ctm);
    inkArea = length === undefined ? bbox[2] * bbox[3] : length * strokeWidth;
  }
  // A stroke makes its box at least one line width thick.
  return { kind: 'path', bbox: strokes ? [bbox[0] - strokeWidth / 2, bbox[1] - strokeWidth / 2, bbox[2] + strokeWidth, bbox[3] + strokeWidth] : bbox, colour, inkArea };
}

/** Length in page pixels of a path (curves by their control polygon, an upper bound). */
function pathLength(data: ArrayLike<number> | null | undefined, m: Matrix): number | undefined {
  if (!data || typeof (data as { length?: number }).length !== 'number') return undefined;
  const at = (x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const;
  let length = 0;
  let [cx, cy] = [0, 0];
  let [sx, sy] = [0, 0];
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) { [cx, cy] = at(data[i++]!, data[i++]!); [sx, sy] = [cx, cy]; }
    else if (op === 1) { const [x, y] = at(data[i++]!, data[i++]!); length += Math.hypot(x - cx, y - cy); [cx, cy] = [x, y]; }
    else if (op === 2) {
      for (let k = 0; k < 3; k++) { const [x, y] = at(data[i++]!, data[i++]!); length += Math.hypot(x - cx, y - cy); [cx, cy] = [x, y]; }
    } else if (op === 3) { length += Math.hypot(sx - cx, sy - cy); [cx, cy] = [sx, sy]; }
    else return undefined;
  }
  return length;
}

/** pdf.js hands decoded images over asynchronously (page objects, or common objects when shared). */
async function decodedImage(page: PDFPageProxy, id: unknown): Promise<DecodedImage | undefined> {
  if (typeof id !== 'string') return (id && typeof id === 'object' ? (id as DecodedImage) : undefined);
  const objs = (id.startsWith('g_') ? (page as unknown as { commonObjs: PdfObjects }).commonObjs : (page as unknown as { objs: PdfObjects }).objs);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 5000);
    try {
      objs.get(id, (img: unknown) => { clearTimeout(timer); resolve(img as DecodedImage); });
    } catch {
      clearTimeout(timer);
      resolve(undefined);
    }
  });
}

interface PdfObjects { get(id: string, callback: (value: unknown) => void): void }

/** pdf.js ImageKind: 1 bit grey, RGB, RGBA. */
const GREY_1BPP = 1, RGB_24BPP = 2, RGBA_32BPP = 3;

function imageMark(img: DecodedImage, bbox: BBox, toUnit: Matrix): ImageMark | undefined {
  const { width, height, kind, data } = img;
  if (!data || !width || !height) return undefined; // an ImageBitmap: pixels not at hand here
  const toImage = multiply([width, 0, 0, -height, 0, height], toUnit);
  let pixel: ImageMark['pixel'];
  if (kind === RGBA_32BPP) {
    pixel = (x, y) => {
      const i = (y * width + x) * 4;
      const a = data[i + 3]! / 255;
      return [255 - a * (255 - data[i]!), 255 - a * (255 - data[i + 1]!), 255 - a * (255 - data[i + 2]!)];
    };
  } else if (kind === RGB_24BPP) {
    pixel = (x, y) => { const i = (y * width + x) * 3; return [data[i]!, data[i + 1]!, data[i + 2]!]; };
  } else if (kind === GREY_1BPP) {
    const rowBytes = (width + 7) >> 3;
    pixel = (x, y) => { const v = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0; return [v, v, v]; };
  } else return undefined;
  return { kind: 'image', bbox, toImage, width, height, pixel };
}
