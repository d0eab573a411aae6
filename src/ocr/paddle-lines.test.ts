import { describe, expect, it } from 'vitest';
import type { Word } from '../model/document.js';
import { groupSkewedLines, pageSkew } from './paddle-lines.js';

const word = (text: string, x: number, y: number, w = 100, h = 30): Word => ({ text, bbox: [x, y, w, h], confidence: 90 });

describe('groupSkewedLines', () => {
  // Two table rows 40 px apart on a page turned by 0.03 rad: across 1200 px a row drops 36 px.
  const skew = 0.03, drop = (x: number) => x * Math.tan(skew);
  const words = [
    word('2025-12-01', 100, 100 + drop(100)), word('13774.16', 1300, 100 + drop(1300)),
    word('2025-12-06', 100, 140 + drop(100)), word('8262.28', 1300, 140 + drop(1300)),
  ];

  it('keeps each row together along the page slope', () => {
    expect(groupSkewedLines(words, skew).map((l) => l.words.map((w) => w.text))).toEqual([['2025-12-01', '13774.16'], ['2025-12-06', '8262.28']]);
  });

  it('differs from upright grouping, which pairs a row with the row above', () => {
    const upright = groupSkewedLines(words, 0).map((l) => l.words.map((w) => w.text));
    expect(upright).not.toEqual([['2025-12-01', '13774.16'], ['2025-12-06', '8262.28']]);
  });
});

describe('pageSkew', () => {
  it('takes the median slope of long boxes and ignores short ones', () => {
    expect(pageSkew([{ width: 600, height: 40, angle: 0.02 }, { width: 500, height: 40, angle: 0.03 }, { width: 700, height: 40, angle: 0.025 }, { width: 60, height: 40, angle: 0.2 }])).toBe(0.025);
    expect(pageSkew([{ width: 60, height: 40, angle: 0.2 }])).toBe(0);
  });
});
