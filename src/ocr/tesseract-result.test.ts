import { describe, expect, it } from 'vitest';
import type { Word } from '../model/document.js';
import { barsToLetters, dropSpecks, linesOfWords } from './tesseract-result.js';

const word = (text: string, x: number, y: number, w: number, h: number, confidence = 95): Word => ({ text, bbox: [x, y, w, h], confidence });

describe('Tesseract words → lines', () => {
  it('drops table rules read as bars and unsure slivers, keeps small real marks', () => {
    const words = [word('Total', 10, 100, 60, 20), word('|', 80, 95, 3, 30, 90), word('i', 300, 90, 6, 1, 20), word('-', 90, 108, 8, 3, 92), word('12.00', 100, 100, 60, 20)];
    expect(dropSpecks(words).map((w) => w.text)).toEqual(['Total', '-', '12.00']);
  });

  it("keeps a row whole when a one-pixel speck above it opens the row", () => {
    // A speck at the row's top edge and the date's tall box once started a row of their own that
    // shut out the amounts beside them.
    const words = [word('08/02/2025', 262, 717, 132, 31), word('SALARY', 431, 729, 78, 18), word('37,390.50', 917, 731, 119, 20), word('x', 897, 718, 7, 1, 24)];
    const { lines } = linesOfWords(words);
    expect(lines.map((l) => l.text)).toEqual(['08/02/2025  SALARY  37,390.50']);
  });

  it('reads a bar inside a word as the letter it stands for', () => {
    expect(barsToLetters('S|')).toBe('SI');
    expect(barsToLetters('Emp|oyee')).toBe('Employee');
    expect(barsToLetters('|NCOME')).toBe('INCOME');
    expect(barsToLetters('12|50')).toBe('12|50');
    expect(linesOfWords([word('S|', 10, 10, 30, 20), word('Employee', 50, 10, 120, 20)]).lines[0]!.text).toBe('SI Employee');
  });
});
