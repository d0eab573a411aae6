/**
 * Pages built from plain text lines, for extractor unit tests that need no PDF or OCR: each line
 * becomes words with boxes (a character ≈ 0.55 em wide for Latin, 1 em for CJK), two or more
 * spaces in the text become a column gap, and ` | ` separates table cells set in fixed columns
 * (450 px apart), so rows line up under their headers as in a printed table. `pitch` sets the
 * line spacing in em (default 1.6; 1.2 sets lines as tightly as the wrapped lines of one cell).
 */
import type { Page, Word } from '../../src/model/document.js';
import { groupLines } from '../../src/layout/join.js';
import { extractFields, type Extraction } from '../../src/extract/index.js';
import type { DocType, Language } from '../../src/model/schema.js';

const EM = 30;

function widthOf(s: string): number {
  return [...s].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(c) ? EM : EM * 0.55), 0);
}

export interface SyntheticPageOptions { pitch?: number }

export function syntheticPage(text: string, index = 1, options: SyntheticPageOptions = {}): Page {
  const words: Word[] = [];
  text.split('\n').forEach((line, row) => {
    const y = 100 + row * EM * (options.pitch ?? 1.6);
    const cells = line.includes(' | ') ? line.split(' | ') : [line];
    cells.forEach((cell, column) => {
    let x = 100 + column * 450;
    for (const token of cell.split(/( +)/u)) {
      if (/^ +$/u.test(token)) { x += token.length >= 2 ? EM * 3 : EM * 0.3; continue; }
      if (!token) continue;
      // CJK runs come as one word per character, as OCR gives them.
      const pieces = /[\u4e00-\u9fff]/u.test(token) ? token.match(/[\u4e00-\u9fff]|[^\u4e00-\u9fff]+/gu)! : [token];
      for (const piece of pieces) {
        const w = widthOf(piece);
        words.push({ text: piece, bbox: [x, y, w, EM], confidence: 95 });
        x += w + 1;
      }
    }
    });
  });
  return { index, width: 2480, height: 3508, dpi: 300, source: 'ocr', sourceReason: 'test', lines: groupLines(words) };
}

/** Fields extracted from one synthetic page of `text`. */
export function extractText(text: string, docType: DocType, language: Language) {
  return extractFields({ pages: [syntheticPage(text)], docType, language });
}

/** Each extracted field's value by name. */
export const fieldValues = (r: Extraction): Record<string, unknown> => Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.value]));
