import { describe, expect, it } from 'vitest';
import { removeLeaders } from './leaders.js';

/** A white page with black rectangles. */
function page(width: number, height: number, boxes: [number, number, number, number][]) {
  const data = Buffer.alloc(width * height, 240);
  for (const [x, y, w, h] of boxes) for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) data[yy * width + xx] = 20;
  return { data, width, height };
}
const inkAt = (img: { data: Buffer; width: number }, x: number, y: number) => img.data[y * img.width + x]! < 128;

describe('dot leaders', () => {
  it('whitens a row of evenly spaced dots and keeps the text around it', () => {
    const letters: [number, number, number, number][] = [[20, 20, 4, 30], [30, 20, 14, 4], [30, 46, 14, 4]]; // strokes of a label
    const dots: [number, number, number, number][] = Array.from({ length: 12 }, (_, i) => [70 + i * 12, 46, 4, 4] as [number, number, number, number]);
    const period: [number, number, number, number] = [250, 46, 4, 4]; // a decimal point after the figure
    const digit: [number, number, number, number] = [230, 20, 4, 30];
    const img = page(300, 80, [...letters, ...dots, digit, period]);
    expect(removeLeaders(img, 30)).toBe(12);
    expect(dots.some(([x, y]) => inkAt(img, x + 1, y + 1))).toBe(false);
    expect(inkAt(img, 21, 30) && inkAt(img, 231, 30) && inkAt(img, 251, 47)).toBe(true);
  });

  it('leaves short runs (an ellipsis, a colon) and unevenly scattered specks alone', () => {
    const ellipsis: [number, number, number, number][] = [[20, 46, 4, 4], [32, 46, 4, 4], [44, 46, 4, 4]];
    const specks: [number, number, number, number][] = [[80, 46, 3, 3], [86, 47, 3, 3], [110, 45, 3, 3], [118, 46, 3, 3], [150, 47, 3, 3], [153, 46, 2, 2], [190, 46, 3, 3]];
    const img = page(300, 80, [...ellipsis, ...specks]);
    expect(removeLeaders(img, 30)).toBe(0);
  });
});
