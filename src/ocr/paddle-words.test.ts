import { describe, expect, it } from 'vitest';
import { charWidth, placeProportionally, splitWords, wordConfidence, SURE_CHARACTER, type PlacedChar } from './paddle-words.js';

const texts = (words: { text: string }[]) => words.map((w) => w.text);
/** Characters at given centre x positions, as the recogniser's CTC steps would place them. */
const at = (text: string, xs: number[], confidence = 0.9): PlacedChar[] => [...text].map((ch, i) => ({ text: ch, x: xs[i]!, confidence }));

describe('placeProportionally', () => {
  it('counts CJK characters twice as wide as ASCII', () => {
    expect(charWidth('中')).toBe(2);
    expect(charWidth('：')).toBe(2);
    expect(charWidth('A')).toBe(1);
    const chars = placeProportionally('AB中', [0, 0, 40, 20], 0.8);
    expect(chars.map((c) => c.x)).toEqual([5, 15, 30]);
  });
});

describe('splitWords', () => {
  it('separates a label from its value at the colon and at whitespace, each with its own x-range', () => {
    const box: [number, number, number, number] = [100, 50, 190, 40];
    const words = splitWords(placeProportionally('姓名: 宋静', box, 0.95), box);
    expect(texts(words)).toEqual(['姓名:', '宋静']);
    const [label, value] = words;
    expect(label!.bbox[0]).toBe(100);
    expect(value!.bbox[0] + value!.bbox[2]).toBe(290);
    expect(label!.bbox[0] + label!.bbox[2]).toBeLessThanOrEqual(value!.bbox[0]);
    expect(label!.bbox[2]).toBeGreaterThan(60); // 姓名: is 5 of 11 width units
    expect(value!.bbox[1]).toBe(50);
    expect(value!.bbox[3]).toBe(40);
    expect(value!.confidence).toBe(92.2); // 0.95 per character is under the verify gate (wordConfidence)
  });

  it('splits after a full-width colon even without a space, but keeps times and ratios whole', () => {
    const box: [number, number, number, number] = [0, 0, 180, 30];
    expect(texts(splitWords(placeProportionally('部门：生产部', box, 0.9), box))).toEqual(['部门：', '生产部']);
    expect(texts(splitWords(placeProportionally('时间:10:30', box, 0.9), box))).toEqual(['时间:', '10:30']);
  });

  it('puts inner edges between the characters the recogniser placed, not at proportional guesses', () => {
    // "卡号：621977" with the digits pushed far right, as on a form with a wide label column.
    const chars = at('卡号：621977', [110, 140, 165, 300, 312, 324, 336, 348, 360]);
    const words = splitWords(chars, [95, 10, 280, 30]);
    expect(texts(words)).toEqual(['卡号：', '621977']);
    const [label, value] = words;
    // The value starts just before its first digit (half a narrow character), not at the colon.
    expect(value!.bbox[0]).toBeGreaterThan(285);
    expect(value!.bbox[0]).toBeLessThan(300);
    expect(label!.bbox[0] + label!.bbox[2]).toBeLessThanOrEqual(185);
  });

  it('splits at a gap much wider than a character even with no space recognised', () => {
    const chars = at('收入支出', [20, 50, 400, 430]);
    expect(texts(splitWords(chars, [5, 0, 445, 30]))).toEqual(['收入', '支出']);
    const close = at('收入支出', [20, 50, 80, 110]);
    expect(texts(splitWords(close, [5, 0, 120, 30]))).toEqual(['收入支出']);
    // Measured on a scan: label, then the ID number one blank CJK cell further on (box height 41).
    const id = at('证号4401', [155, 189, 251, 272, 292, 313]);
    expect(texts(splitWords(id, [0, 0, 330, 41]))).toEqual(['证号', '4401']);
    // A value and the next column's label in one detected box (holdout pay slip, box height 44) …
    const cells = at('1.00社保', [107, 121, 136, 158, 210, 247]);
    expect(texts(splitWords(cells, [0, 0, 270, 44]))).toEqual(['1.00', '社保']);
    // … but a unit right after its amount stays attached (box height 38).
    expect(texts(splitWords(at('7.03元', [256, 269, 282, 301, 327]), [240, 0, 110, 38]))).toEqual(['7.03元']);
    // Letter-spaced text (every glyph far apart) stays one word: gaps are judged against the box's own pitch.
    const spaced = at('2024.01.01', [249, 270, 290, 310, 334, 353, 373, 393, 417, 436]);
    expect(texts(splitWords(spaced, [230, 0, 220, 26]))).toEqual(['2024.01.01']);
    const tight = at('证号4401', [155, 189, 217, 238, 258, 279]);
    expect(texts(splitWords(tight, [0, 0, 300, 41]))).toEqual(['证号4401']);
  });

  it('scores each word by its own characters on a 0–100 scale', () => {
    const chars = [...at('AB', [10, 20], 0.5), ...at(' ', [30], 0.9), ...at('CD', [40, 50], 1)];
    const words = splitWords(chars, [0, 0, 60, 20]);
    expect(words.map((w) => w.confidence)).toEqual([48.5, 100]);
  });
});

describe('wordConfidence', () => {
  const digits = (ps: number[]) => ps.map((confidence, i): PlacedChar => ({ text: String(i % 10), x: i * 10, confidence }));
  it('lets the least sure character decide: one doubtful digit in a sure amount puts it under the 0.97 gate', () => {
    // Mean 0.991, which the old mean-based score would have passed at 99.1.
    const word = digits([0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.93]);
    expect(wordConfidence(word)).toBeLessThan(0.97);
    expect(wordConfidence(word)).toBeCloseTo((0.93 / SURE_CHARACTER) * 0.97, 6);
  });
  it('stays silent on a word whose every character is sure: above the gate, no re-read asked', () => {
    expect(wordConfidence(digits([0.9995, 0.99995, 1]))).toBeGreaterThanOrEqual(0.97);
    expect(wordConfidence(digits([1, 1]))).toBe(1);
  });
  it('is monotone in the least character probability and 0 for no characters', () => {
    const scores = [0.5, 0.9, 0.99, 0.9989, 0.999, 0.9995, 1].map((p) => wordConfidence(digits([1, p])));
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    expect(wordConfidence([])).toBe(0);
  });
  it('never rounds a word just under the gate up to it in the Word it makes', () => {
    const box: [number, number, number, number] = [0, 0, 100, 20];
    const [word] = splitWords(digits([0.9989, 1, 1, 1]).map((c, i) => ({ ...c, x: 10 + i * 9 })), box);
    expect(word!.confidence).toBeLessThan(97);
  });
});
