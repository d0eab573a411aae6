/**
 * Second OCR pass over 大写 lines the first pass could not read, with a whitelist of the 大写
 * numerals and units. A line that stays unreadable keeps its low confidence: never a guessed value.
 */
import type { Document, Line } from '../model/document.js';
import type { AmountWordsReader } from '../ocr/amount-words-reader.js';
import { parseChineseAmountWords } from '../extract/parse/chinese-words.js';
import type { TextLine } from '../extract/lines.js';

/** Returns true when at least one line was replaced by a readable second reading. */
export async function rereadAmountWords(doc: Document, lines: readonly TextLine[], reader: AmountWordsReader): Promise<boolean> {
  let changed = false;
  for (const target of lines) {
    const page = doc.pages[target.page - 1];
    if (!page?.image || page.source !== 'ocr') continue;
    const second = await reader.read(page.image.data, target.line.bbox);
    const words = second.text.replace(/\s+/gu, '').replace(/^.*?(?=[零壹贰叁肆伍陆柒捌玖])/u, '');
    if (!parseChineseAmountWords(words).ok) continue;
    const label = target.line.text.match(/^.*?大\s*写\s*[)）]?\s*[:：]?/u)?.[0] ?? '';
    const replacement: Line = {
      text: `${label}${words}`,
      bbox: target.line.bbox,
      confidence: second.confidence,
      words: [{ text: `${label}${words}`, bbox: target.line.bbox, confidence: second.confidence }],
    };
    const at = page.lines.indexOf(target.line);
    if (at >= 0) { page.lines[at] = replacement; changed = true; }
  }
  return changed;
}
