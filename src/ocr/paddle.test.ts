import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runEngineConformance } from './engine.conformance.js';
import { createPaddleEngine } from './paddle.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/ocr');

// The suite's "slow page" (a 2×2 tiled scan) is read in ~1 s at the default detector size of 1280 px;
// full resolution keeps it slow enough for the 1.5 s time-limit case. Small fixtures are unaffected.
runEngineConformance('paddle', (options) => createPaddleEngine({ ...options, model: { detMaxSide: 4096 } }));

describe('paddle engine words', () => {
  it('returns label and value as separate words with boxes in input pixels', async () => {
    const engine = createPaddleEngine();
    try {
      const image = await readFile(path.join(FIXTURES, 'mixed-lines.png'));
      const { lines } = await engine.recognize({ image });
      const words = lines[1]!.words.map((w) => w.text);
      expect(words).toEqual(['Loan', 'Amount:', 'USD', '12,500.50']);
      const boxes = lines[1]!.words.map((w) => w.bbox);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![0] + boxes[i - 1]![2] - 1);
      // A crop reads the same line and keeps whole-image coordinates.
      const [x, y, w, h] = lines[1]!.bbox;
      const pad = 6;
      const cropped = await engine.recognize({ image }, { rectangle: { left: Math.max(0, Math.floor(x) - pad), top: Math.max(0, Math.floor(y) - pad), width: Math.ceil(w) + 2 * pad, height: Math.ceil(h) + 2 * pad } });
      // PP-OCR's spaces between Latin words are fragile on a tight crop; the characters are not.
      expect(cropped.lines.map((l) => l.text.replace(/\s+/g, ''))).toEqual([lines[1]!.text.replace(/\s+/g, '')]);
      expect(Math.abs(cropped.lines[0]!.bbox[0] - x)).toBeLessThan(4);
    } finally {
      await engine.close();
    }
  });
});
