/**
 * FONT_INCONSISTENT: in a PDF text layer, the characters of one value (an amount, a date, an
 * account) set in a font or size that differs from their neighbours. Two patterns:
 * - split: one value drawn in two fonts (a digit retyped in an editor's substitute font) → high;
 * - unique: a value in a font that nothing else in the document uses, while the other values
 *   share one → high; a size that differs from the rest of its line and of the document → medium.
 */
import type { DocumentCheck } from '../checks/check.js';
import type { Document, Word } from '../model/document.js';
import type { BBox, Finding } from '../model/schema.js';

const VALUE = /\d[\d,.:/\-年月日]*\d|\d/u;
/** Words closer than this share of the font size belong to one token. */
const JOIN_GAP = 0.25;

interface Token { page: number; words: Word[]; text: string; bbox: BBox }

function union(words: Word[]): BBox {
  const x0 = Math.min(...words.map((w) => w.bbox[0]));
  const y0 = Math.min(...words.map((w) => w.bbox[1]));
  const x1 = Math.max(...words.map((w) => w.bbox[0] + w.bbox[2]));
  const y1 = Math.max(...words.map((w) => w.bbox[1] + w.bbox[3]));
  return [Math.round(x0), Math.round(y0), Math.round(x1 - x0), Math.round(y1 - y0)];
}

/** Value tokens of a page: numeric words joined with touching or overlapping neighbours. */
export function valueTokens(doc: Document): Token[] {
  const out: Token[] = [];
  for (const page of doc.pages) {
    if (page.source !== 'text-layer') continue;
    for (const line of page.lines) {
      const words = [...line.words].sort((a, b) => a.bbox[0] - b.bbox[0]);
      let run: Word[] = [];
      const flush = (): void => {
        const text = run.map((w) => w.text).join('');
        if (run.length && VALUE.test(text) && /^[\d,.:/\-+¥￥$年月日]+$/u.test(text)) out.push({ page: page.index, words: run, text, bbox: union(run) });
        run = [];
      };
      for (const w of words) {
        const prev = run.at(-1);
        const numeric = /^[\d,.:/\-+¥￥$年月日]+$/u.test(w.text);
        if (!numeric) { flush(); continue; }
        if (prev && w.bbox[0] - (prev.bbox[0] + prev.bbox[2]) > JOIN_GAP * (prev.fontSize ?? prev.bbox[3])) flush();
        run.push(w);
      }
      flush();
    }
  }
  return out;
}

const fontOf = (w: Word): string => w.font ?? '?';

/** Findings for a document's text layer (exported for tests and measuring). */
export function inspectFonts(doc: Document): Finding[] {
  const findings: Finding[] = [];
  const tokens = valueTokens(doc);
  const usage = new Map<string, number>();
  for (const page of doc.pages) for (const line of page.lines) for (const w of line.words) usage.set(fontOf(w), (usage.get(fontOf(w)) ?? 0) + [...w.text].length);
  const valueFonts = new Map<string, number>();
  for (const t of tokens) for (const f of new Set(t.words.map(fontOf))) valueFonts.set(f, (valueFonts.get(f) ?? 0) + 1);
  const reported = new Set<Token>();
  for (const t of tokens) {
    const fonts = [...new Set(t.words.map(fontOf))];
    const sizes = t.words.map((w) => w.fontSize ?? 0);
    if (fonts.length > 1) {
      reported.add(t);
      findings.push({
        code: 'FONT_INCONSISTENT', severity: 'high', page: t.page, bbox: t.bbox,
        message: `Page ${t.page}: the value "${t.text}" is drawn in ${fonts.length} different fonts (${t.words.map((w) => `"${w.text}" in ${fontOf(w)}`).join(', ')}): part of it was retyped.`,
        evidence: { signal: 'font-split', score: fonts.length, threshold: 2, text: t.text, fonts, why: 'characters of one printed value never change font in issuing systems' },
      });
      continue;
    }
    const font = fonts[0] as string;
    const others = tokens.length - (valueFonts.get(font) ?? 0);
    const ownChars = [...t.text].length;
    if ((usage.get(font) ?? 0) <= ownChars && others >= 3) {
      reported.add(t);
      findings.push({
        code: 'FONT_INCONSISTENT', severity: 'high', page: t.page, bbox: t.bbox,
        message: `Page ${t.page}: the value "${t.text}" is the only text in its font (${font}); the document's ${others} other values use other fonts: it was typed in later.`,
        evidence: { signal: 'font-unique', score: others, threshold: 3, text: t.text, font, why: 'an editor substitutes its own font when the embedded subset lacks the new glyphs' },
      });
      continue;
    }
    const lineSizes = tokens.filter((o) => o !== t && o.page === t.page && Math.abs(o.bbox[1] - t.bbox[1]) < t.bbox[3]).flatMap((o) => o.words.map((w) => w.fontSize ?? 0));
    const docSizes = tokens.filter((o) => o !== t).map((o) => o.words[0]?.fontSize ?? 0);
    const size = sizes[0] ?? 0;
    const close = (a: number): boolean => Math.abs(a - size) / Math.max(size, 1e-6) < 0.08;
    if (size > 0 && docSizes.length >= 3 && !docSizes.some(close) && lineSizes.length > 0 && !lineSizes.some(close)) {
      findings.push({
        code: 'FONT_INCONSISTENT', severity: 'medium', page: t.page, bbox: t.bbox,
        message: `Page ${t.page}: the value "${t.text}" is set at ${size.toFixed(1)} px, a size no other value in the document uses.`,
        evidence: { signal: 'font-size', score: Math.round(size * 10) / 10, threshold: 0.08, text: t.text, why: 'a different size alone can be layout; a person should look' },
      });
    }
  }
  return findings;
}

export const fontInconsistent: DocumentCheck = {
  id: 'forensics-font-inconsistent',
  appliesTo: (doc) => doc.pages.some((p) => p.source === 'text-layer'),
  run: ({ document }, { findings }) => { findings.push(...inspectFonts(document)); },
};
