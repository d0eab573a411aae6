/**
 * Printed page numbers from headers and footers: 第 X 页 共 Y 页, 第X页/共Y页, 共Y页 第X页,
 * Page X of Y, p. X/Y, X/Y, - X -. Only the top and bottom lines of a page are looked at.
 */
import type { Line } from '../model/document.js';

export interface PrintedNumber {
  number: number;
  total?: number;
  text: string;
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => [number, number | undefined]][] = [
  [/第\s*(\d{1,4})\s*页\s*[,，/、]?\s*共\s*(\d{1,4})\s*页/u, (m) => [Number(m[1]), Number(m[2])]],
  [/共\s*(\d{1,4})\s*页\s*[,，/、]?\s*第\s*(\d{1,4})\s*页/u, (m) => [Number(m[2]), Number(m[1])]],
  [/page\s*(\d{1,4})\s*(?:of|\/)\s*(\d{1,4})/iu, (m) => [Number(m[1]), Number(m[2])]],
  [/^\s*(\d{1,4})\s+of\s+(\d{1,4})\s*$/iu, (m) => [Number(m[1]), Number(m[2])]],
  // The abbreviation alone: p. 3/4, pg. 2 of 5, P.1/2.
  [/^\s*(?:p|pg|pp)\s*\.\s*(\d{1,4})\s*(?:of|\/)\s*(\d{1,4})\s*$/iu, (m) => [Number(m[1]), Number(m[2])]],
  [/第\s*(\d{1,4})\s*页/u, (m) => [Number(m[1]), undefined]],
  [/^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/u, (m) => [Number(m[1]), Number(m[2])]],
  [/^\s*[-—–]\s*(\d{1,4})\s*[-—–]\s*$/u, (m) => [Number(m[1]), undefined]],
  [/^\s*page\s*(\d{1,4})\s*$/iu, (m) => [Number(m[1]), undefined]],
];

/** Look for a printed page number in the first and last lines of a page (footer first). */
export function findPrintedNumber(lines: readonly Line[], edgeLines = 3): PrintedNumber | undefined {
  const edge = [...lines.slice(-edgeLines).reverse(), ...lines.slice(0, edgeLines)];
  for (const line of edge) {
    const text = line.text.replace(/[\uff10-\uff19]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    for (const [pattern, read] of PATTERNS) {
      const m = pattern.exec(text);
      if (!m) continue;
      const [number, total] = read(m);
      if (number < 1 || (total !== undefined && (total < 1 || number > total + 50))) continue;
      return { number, total, text: line.text };
    }
  }
  return undefined;
}
