/**
 * Which PDFs could show something other than their text layer, decided from the raw bytes in about
 * a millisecond, so that TEXT_LAYER_MISMATCH only renders and OCRs the files that could. A text
 * layer differs from the page only when some text is not drawn as it reads:
 * - invisible text (render mode 3 or 7): searchable scans, where the page shows an image;
 * - white text (fill colour white in a filling render mode);
 * - text covered by something drawn after it in the same content stream: an image or form
 *   (`Do`, inline `BI`), a filled path (`f`, `F`, `f*`, `B`, `b`…), a shading (`sh`). Images with a
 *   soft mask that leaves most of them see-through (seals, signatures, logos on PNG alpha) do not
 *   count: the text shows through; an opaque patch, even one carrying a mask, does;
 * - a later incremental update that rewrote page content, fonts or images, or added form fields or
 *   annotations (drawn over the page, absent from its text layer); signatures and Info edits pass;
 * - a content stream the screen cannot read (unknown filter, corrupt data): no assumption is made.
 * Text placed off the page is caught from the words themselves (`wordsOffPage`).
 * A file passing the screen renders exactly its text layer, glyph for glyph, unless its fonts map
 * glyphs to the wrong characters (a ToUnicode trick the screen does not see: see README).
 */
import { inflateSync } from 'node:zlib';
import type { Word } from '../model/document.js';
import { judgeUpdate, readRevisions } from './pdf-revisions.js';

export type PrescreenReason = 'invisible-text' | 'white-text' | 'covered-text' | 'content-updated' | 'annotations-added' | 'unreadable-content' | 'text-off-page';

export interface Prescreen {
  /** True when the text layer may differ from the page: OCR it. */
  suspect: boolean;
  reasons: PrescreenReason[];
  /** Content streams read. */
  streams: number;
}

const SKIP_DICT = /\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile)\b/;
const FILL_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);
const SHOW_OPS = new Set(['Tj', 'TJ', "'", '"']);

/** Content-like streams of the file (page content and form XObjects), decoded. */
function contentStreams(pdf: Buffer, reasons: Set<PrescreenReason>): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dictStart = text.lastIndexOf('obj', m.index);
    const dict = text.slice(dictStart, m.index);
    const from = m.index + m[0].length;
    const end = text.indexOf('endstream', from);
    if (dictStart < 0 || end < 0) break;
    re.lastIndex = end + 'endstream'.length;
    if (SKIP_DICT.test(dict)) continue;
    const raw = pdf.subarray(from, end);
    const filters = [...dict.matchAll(/\/(FlateDecode|LZWDecode|ASCII85Decode|ASCIIHexDecode|RunLengthDecode|DCTDecode|JPXDecode|CCITTFaxDecode|JBIG2Decode)\b/g)].map((f) => f[1]);
    if (filters.some((f) => f !== 'FlateDecode')) {
      // Image-like filters on a stream without /Subtype: not content. Other text filters: unreadable here.
      if (!filters.some((f) => f === 'DCTDecode' || f === 'JPXDecode' || f === 'CCITTFaxDecode' || f === 'JBIG2Decode')) reasons.add('unreadable-content');
      continue;
    }
    if (filters.length === 0) { out.push(raw.toString('latin1')); continue; }
    try {
      out.push(inflateSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end */ }).toString('latin1'));
    } catch {
      reasons.add('unreadable-content');
    }
  }
  return out;
}

const isWhite = (values: number[], kind: 'gray' | 'rgb' | 'cmyk'): boolean =>
  kind === 'cmyk' ? values.every((v) => v <= 0.05) : values.length > 0 && values.every((v) => v >= 0.95);

/** Object number → dictionary text, for image XObjects. */
function imageDicts(text: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = /(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b\s*<<([\s\S]{0,2000}?)>>\s*stream/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (/\/Subtype\s*\/Image\b/.test(m[2] as string)) out.set(Number(m[1]), m[2] as string);
  return out;
}

/** Share of a soft mask's samples that are mostly opaque (≥ 128), or 1 when it cannot be read. */
function opaqueShare(pdf: Buffer, text: string, maskId: number): number {
  const at = new RegExp(`(?:^|[\\r\\n\\s])${maskId}\\s+0\\s+obj\\b([\\s\\S]{0,2000}?)stream\\r?\\n`).exec(text);
  if (!at || !/\/BitsPerComponent\s+8\b/.test(at[1] as string)) return 1;
  const from = at.index + at[0].length;
  const end = text.indexOf('endstream', from);
  try {
    const raw = pdf.subarray(from, end);
    const samples = /\/FlateDecode\b/.test(at[1] as string) ? inflateSync(raw, { finishFlush: 2 }) : raw;
    let opaque = 0;
    for (const v of samples) if (v >= 128) opaque++;
    return samples.length ? opaque / samples.length : 1;
  } catch {
    return 1;
  }
}

/** XObject names that paint a mostly see-through image (soft mask with under half opaque). */
function seeThroughNames(pdf: Buffer): Set<string> {
  const text = pdf.toString('latin1');
  const images = imageDicts(text);
  const seeThrough = new Set<number>();
  for (const [id, dict] of images) {
    const mask = /\/SMask\s+(\d+)\s+0\s+R/.exec(dict);
    if (mask && opaqueShare(pdf, text, Number(mask[1])) < 0.5) seeThrough.add(id);
  }
  const names = new Set<string>();
  for (const m of text.matchAll(/\/(\S+?)\s+(\d+)\s+0\s+R/g)) if (seeThrough.has(Number(m[2]))) names.add(`/${m[1]}`);
  return names;
}

/** Walk one content stream's operators (strings and hex strings blanked out), noting what matters. */
function screenStream(content: string, reasons: Set<PrescreenReason>, seeThrough: Set<string>): void {
  const cleaned = content.replace(/\((?:\\[\s\S]|[^\\)])*\)/g, '()').replace(/<[0-9A-Fa-f\s]*>/g, '<>');
  const tokens = cleaned.split(/[\s[\]]+|(?=\/)/);
  const operands: number[] = [];
  let fillWhite = false;
  let mode = 0;
  const stack: { fillWhite: boolean; mode: number }[] = [];
  let shown = false;
  let name = '';
  for (const token of tokens) {
    if (token === '') continue;
    const n = Number(token);
    if (!Number.isNaN(n)) { operands.push(n); continue; }
    if (token.startsWith('/')) { name = token; continue; }
    if (token === '()' || token === '<>') continue;
    switch (token) {
      case 'q': stack.push({ fillWhite, mode }); break;
      case 'Q': ({ fillWhite, mode } = stack.pop() ?? { fillWhite: false, mode: 0 }); break;
      case 'g': fillWhite = isWhite(operands.slice(-1), 'gray'); break;
      case 'rg': fillWhite = isWhite(operands.slice(-3), 'rgb'); break;
      case 'k': fillWhite = isWhite(operands.slice(-4), 'cmyk'); break;
      case 'sc': case 'scn': fillWhite = operands.length === 4 ? isWhite(operands.slice(-4), 'cmyk') : isWhite(operands.slice(-3), 'rgb'); break;
      case 'Tr': mode = operands.at(-1) ?? 0; break;
      case 'BI': if (shown) reasons.add('covered-text'); break;
      case 'Do': if (shown && !seeThrough.has(name)) reasons.add('covered-text'); break;
      default:
        if (SHOW_OPS.has(token)) {
          shown = true;
          if (mode === 3 || mode === 7) reasons.add('invisible-text');
          else if (fillWhite && mode !== 1 && mode !== 5) reasons.add('white-text');
        } else if (FILL_OPS.has(token) && shown) {
          reasons.add('covered-text');
        }
    }
    operands.length = 0;
  }
}

/**
 * What later revisions did to what the pages show: rewrote content (or hid what they changed in
 * object streams), or added form fields / annotations, whose appearances are drawn over the page
 * but are not in its text layer. A signature or an Info edit changes nothing visible.
 */
function updates(pdf: Buffer, reasons: Set<PrescreenReason>): void {
  for (const revision of readRevisions(pdf).slice(1)) {
    const verdict = judgeUpdate(revision, false);
    if (verdict.severity === 'high' || revision.packed) reasons.add('content-updated');
    else if (verdict.changes.includes('form') || verdict.changes.includes('annotation')) {
      if (!verdict.changes.includes('signature')) reasons.add('annotations-added');
    }
  }
}

/**
 * Screen a PDF's bytes.
 * @example prescreenPdf(bytes) // { suspect: false, reasons: [], streams: 1 } for a plain generated slip
 */
export function prescreenPdf(pdf: Buffer): Prescreen {
  const reasons = new Set<PrescreenReason>();
  const streams = contentStreams(pdf, reasons);
  const seeThrough = streams.some((s) => s.includes('Do')) ? seeThroughNames(pdf) : new Set<string>();
  for (const s of streams) screenStream(s, reasons, seeThrough);
  updates(pdf, reasons);
  return { suspect: reasons.size > 0, reasons: [...reasons], streams: streams.length };
}

/** Words of a text layer placed outside the page (they are in the layer, not on the paper). */
export function wordsOffPage(words: readonly Word[], width: number, height: number): Word[] {
  return words.filter((w) => w.bbox[0] + w.bbox[2] <= 0 || w.bbox[1] + w.bbox[3] <= 0 || w.bbox[0] >= width || w.bbox[1] >= height);
}
