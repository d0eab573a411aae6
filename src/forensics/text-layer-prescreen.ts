/**
 * Which PDFs could show something other than their text layer, decided from the raw bytes in about
 * a millisecond, so that TEXT_LAYER_MISMATCH only renders and OCRs the files that could. A text
 * layer differs from the page only when some text is not drawn as it reads:
 * - invisible text (render mode 3 or 7): searchable scans, where the page shows an image;
 * - white text (fill colour white in a filling render mode);
 * - text covered by something painted over it after it was drawn on the same page: an image or
 *   form (`Do`, inline `BI`), a filled path (`f`, `F`, `f*`, `B`, `b`…), a shading (`sh`). Each is
 *   placed through the current transformation matrix and clip, text boxes are estimated from the
 *   text matrix and font size, and only paint landing on earlier text counts (a shaded row drawn
 *   behind its text, a seal or logo over blank paper do not); `coveredWords` then names the
 *   text-layer words under it. Images with a soft mask that leaves most of them see-through
 *   (seals, signatures, logos on PNG alpha) do not count: the text shows through; an opaque patch,
 *   even one carrying a mask, does;
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
  /** Opaque objects painted over earlier text (`covered-text`), placed on their pages. */
  covers: Cover[];
  /** The page tree as read ([] when it could not be). */
  pages: PageLayout[];
  /** Opaque paints after some text, wherever they land (what a screen without geometry would send to OCR). */
  paintedAfterText: number;
}

const SKIP_DICT = /\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType|XML)\b|\/Length[123]\b|\/Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile)\b/;
const FILL_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh']);
const SHOW_OPS = new Set(['Tj', 'TJ', "'", '"']);

/** Content-like streams of the file (page content and form XObjects), decoded, by object number. */
function contentStreams(pdf: Buffer, text: string, reasons: Set<PrescreenReason>): { id: number; content: string }[] {
  const out: { id: number; content: string }[] = [];
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
    const id = Number(/(\d+)\s+\d+\s+$/.exec(text.slice(Math.max(0, dictStart - 24), dictStart))?.[1] ?? -1);
    const filters = [...dict.matchAll(/\/(FlateDecode|LZWDecode|ASCII85Decode|ASCIIHexDecode|RunLengthDecode|DCTDecode|JPXDecode|CCITTFaxDecode|JBIG2Decode)\b/g)].map((f) => f[1]);
    if (filters.some((f) => f !== 'FlateDecode')) {
      // Image-like filters on a stream without /Subtype: not content. Other text filters: unreadable here.
      if (!filters.some((f) => f === 'DCTDecode' || f === 'JPXDecode' || f === 'CCITTFaxDecode' || f === 'JBIG2Decode')) reasons.add('unreadable-content');
      continue;
    }
    if (filters.length === 0) { out.push({ id, content: raw.toString('latin1') }); continue; }
    try {
      out.push({ id, content: inflateSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end */ }).toString('latin1') });
    } catch {
      reasons.add('unreadable-content');
    }
  }
  return out;
}

const isWhite = (values: number[], kind: 'gray' | 'rgb' | 'cmyk'): boolean =>
  kind === 'cmyk' ? values.every((v) => v <= 0.05) : values.length > 0 && values.every((v) => v >= 0.95);

/** Object number → dictionary text of the file's stream objects, image and form XObjects apart (one pass over the file). */
function xObjectDicts(text: string): { images: Map<number, string>; forms: [number, string][] } {
  const images = new Map<number, string>();
  const forms: [number, string][] = [];
  const re = /(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b\s*<<((?:(?!endobj)[\s\S]){0,2000}?)>>\s*stream/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dict = m[2] as string;
    if (/\/Subtype\s*\/Image\b/.test(dict)) images.set(Number(m[1]), dict);
    if (/\/Subtype\s*\/Form\b/.test(dict)) forms.push([Number(m[1]), dict]);
  }
  return { images, forms };
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

/**
 * XObject names as content streams use them: see-through images (soft mask with under half opaque)
 * and forms with their /BBox. One name may stand for several objects (each page has its own
 * resources): it is see-through only if all of them are, and a form covers all their boxes.
 */
function readXObjects(pdf: Buffer, text: string): Map<string, XObject> {
  const { images, forms } = xObjectDicts(text);
  const byId = new Map<number, XObject>();
  for (const [id, dict] of images) {
    const mask = /\/SMask\s+(\d+)\s+0\s+R/.exec(dict);
    byId.set(id, { seeThrough: mask !== null && opaqueShare(pdf, text, Number(mask[1])) < 0.5, form: null });
  }
  for (const [id, dict] of forms) {
    const b = /\/BBox\s*\[([^\]]*)\]/.exec(dict)?.[1]?.trim().split(/\s+/).map(Number);
    const matrix = /\/Matrix\s*\[([^\]]*)\]/.exec(dict)?.[1]?.trim().split(/\s+/).map(Number);
    const box: Rect = b && b.length === 4 && b.every(Number.isFinite) ? [b[0]!, b[1]!, b[2]!, b[3]!] : [-1e6, -1e6, 1e6, 1e6];
    byId.set(id, { seeThrough: false, form: matrix && matrix.length === 6 && matrix.every(Number.isFinite) ? transform(box, matrix as Matrix) : box });
  }
  const names = new Map<string, XObject>();
  for (const m of text.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+0\s+R/g)) {
    const x = byId.get(Number(m[2]));
    if (!x) continue;
    const had = names.get(`/${m[1]}`);
    names.set(`/${m[1]}`, had ? { seeThrough: had.seeThrough && x.seeThrough, form: had.form || x.form ? union(had.form, x.form ?? UNIT) : null } : x);
  }
  return names;
}

/** A page as the screen sees it: its content streams in order and its media box. */
export interface PageLayout { contents: number[]; mediaBox: Rect; rotate: number }

/** Pages in order from the page tree (the last definition of each object wins), or [] when it cannot be read. */
function readPages(text: string): PageLayout[] {
  const dicts = new Map<number, string>();
  for (const m of text.matchAll(/\/Type\s*\/Pages?\b/g)) {
    const at = text.lastIndexOf(' obj', m.index);
    const head = /(\d+)\s+\d+\s*$/.exec(text.slice(Math.max(0, at - 24), at));
    const end = text.indexOf('endobj', m.index);
    if (!head || end < 0) continue;
    dicts.set(Number(head[1]), text.slice(at, end));
  }
  const refs = (s: string | undefined): number[] => [...(s ?? '').matchAll(/(\d+)\s+0\s+R/g)].map((r) => Number(r[1]));
  const numbersOf = (s: string | undefined): number[] | undefined => s?.trim().split(/\s+/).map(Number);
  const root = [...dicts].find(([, d]) => /\/Type\s*\/Pages\b/.test(d) && !/\/Parent\b/.test(d));
  const pages: PageLayout[] = [];
  const walk = (id: number, mediaBox: number[] | undefined, rotate: number, depth: number): void => {
    const d = dicts.get(id);
    if (!d || depth > 32) throw new Error(`page tree node ${id} not readable`);
    const box = numbersOf(/\/MediaBox\s*\[([^\]]*)\]/.exec(d)?.[1]) ?? mediaBox;
    const rot = Number(/\/Rotate\s+(-?\d+)/.exec(d)?.[1] ?? rotate);
    if (/\/Type\s*\/Pages\b/.test(d)) { for (const kid of refs(/\/Kids\s*\[([^\]]*)\]/.exec(d)?.[1])) walk(kid, box, rot, depth + 1); return; }
    const contents = /\/Contents\s*(?:(\d+\s+0\s+R)|\[([^\]]*)\])/.exec(d);
    if (!box || box.length !== 4 || !box.every(Number.isFinite)) throw new Error(`page ${id} has no media box`);
    pages.push({ contents: refs(contents?.[1] ?? contents?.[2]), mediaBox: box as Rect, rotate: ((rot % 360) + 360) % 360 });
  };
  try {
    if (!root) return [];
    walk(root[0], undefined, 0, 0);
    return pages;
  } catch {
    return [];
  }
}

/** A rectangle in PDF user space, [x0, y0, x1, y1] with y up. */
export type Rect = [number, number, number, number];
type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const UNIT: Rect = [0, 0, 1, 1];
/** Estimated advance per string byte, in ems: generous for Latin (≈ 0.5), 1.2 em per 2-byte CJK glyph. */
const EM_PER_BYTE = 0.6;

const mul = (a: readonly number[], b: readonly number[]): Matrix => [
  a[0]! * b[0]! + a[1]! * b[2]!, a[0]! * b[1]! + a[1]! * b[3]!,
  a[2]! * b[0]! + a[3]! * b[2]!, a[2]! * b[1]! + a[3]! * b[3]!,
  a[4]! * b[0]! + a[5]! * b[2]! + b[4]!, a[4]! * b[1]! + a[5]! * b[3]! + b[5]!,
];
/** Bounding box of a rectangle after a matrix. */
function transform(r: Rect, m: Matrix): Rect {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[r[0], r[1]], [r[2], r[1]], [r[0], r[3]], [r[2], r[3]]] as const) { xs.push(x * m[0] + y * m[2] + m[4]); ys.push(x * m[1] + y * m[3] + m[5]); }
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
const intersect = (a: Rect, b: Rect): Rect | null => {
  const r: Rect = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return r[2] > r[0] && r[3] > r[1] ? r : null;
};
const union = (a: Rect | null, b: Rect): Rect => (a ? [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])] : b);

/**
 * How much of a text box a rectangle covers, enough to hide glyphs: at least 30 % of the text's
 * height (a row shading touching the descenders of the line above does not count) and a quarter of
 * a glyph across.
 */
export function hides(cover: Rect, text: Rect): boolean {
  const r = intersect(cover, text);
  const h = text[3] - text[1];
  return r !== null && r[3] - r[1] >= 0.3 * h && r[2] - r[0] >= Math.min(0.25 * h, 0.5 * (text[2] - text[0]));
}

/** Something opaque painted over text drawn before it. */
export interface Cover {
  /** 1-based page; null when the stream could not be tied to a page (it may be on any). */
  page: number | null;
  kind: 'image' | 'form' | 'fill' | 'shading';
  /** Where it hides earlier text (cover ∩ the text's estimated box), in the page's user space; null: anywhere. */
  over: Rect[] | null;
}

/** What the screen needs to know about an XObject name used in a content stream. */
interface XObject { seeThrough: boolean; form: Rect | null }

interface State { ctm: Matrix; fillWhite: boolean; mode: number; size: number; scale: number; leading: number; rise: number; clip: Rect | null }

/**
 * Walk one page's content (or one stream, `page` null) operators, strings reduced to their byte
 * length, noting invisible and white text and every opaque paint that lands on text drawn earlier.
 * Text boxes are estimated from the text matrix and font size (no font metrics): generous in width.
 */
function screenStream(content: string, page: number | null, placed: boolean, reasons: Set<PrescreenReason>, xobjects: Map<string, XObject>, covers: Cover[], painted: { count: number }): void {
  const cleaned = content.replace(/\((?:\\[\s\S]|[^\\)])*\)/g, (m) => ` (${m.length - 2}) `).replace(/<([0-9A-Fa-f\s]*)>/g, (_, h: string) => ` (${Math.ceil(h.replace(/\s/g, '').length / 2)}) `);
  const tokens = cleaned.split(/[\s[\]]+|(?=\/)/);
  const operands: number[] = [];
  let strings = 0;
  let g: State = { ctm: IDENTITY, fillWhite: false, mode: 0, size: 0, scale: 1, leading: 0, rise: 0, clip: null };
  const stack: State[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let path: Rect | null = null;
  let clipNext = false;
  const texts: Rect[] = [];
  let name = '';
  let shown = false;
  const cover = (kind: Cover['kind'], area: Rect | null): void => {
    if (shown) painted.count++;
    const where = area && g.clip ? intersect(area, g.clip) : area ?? g.clip;
    if (area && !where) return;
    if (!where) { if (texts.length) covers.push({ page, kind, over: null }); return; }
    const over = texts.filter((t) => hides(where, t)).map((t) => intersect(where, t) as Rect);
    if (over.length) covers.push({ page, kind, over: placed ? over : null });
  };
  const show = (bytes: number): void => {
    shown = true;
    if (g.mode === 3 || g.mode === 7) reasons.add('invisible-text');
    else if (g.fillWhite && g.mode !== 1 && g.mode !== 5) reasons.add('white-text');
    const width = bytes * EM_PER_BYTE;
    const trm = mul([g.size * g.scale, 0, 0, g.size, 0, g.rise], mul(tm, g.ctm));
    if (g.mode !== 3 && g.mode !== 7) texts.push(transform([0, -0.3, width, 1.1], trm));
    tm = mul([1, 0, 0, 1, width * g.size * g.scale, 0], tm);
  };
  const point = (x: number, y: number): void => { path = union(path, transform([x, y, x, y], g.ctm)); };
  for (const token of tokens) {
    if (token === '') continue;
    if (token.startsWith('(')) { strings += Number(token.slice(1, -1)) || 0; continue; }
    const n = Number(token);
    if (!Number.isNaN(n)) { operands.push(n); continue; }
    if (token.startsWith('/')) { name = token; continue; }
    const o = operands;
    switch (token) {
      case 'q': stack.push({ ...g }); break;
      case 'Q': g = stack.pop() ?? g; break;
      case 'cm': if (o.length >= 6) g.ctm = mul(o.slice(-6), g.ctm); break;
      case 'g': g.fillWhite = isWhite(o.slice(-1), 'gray'); break;
      case 'rg': g.fillWhite = isWhite(o.slice(-3), 'rgb'); break;
      case 'k': g.fillWhite = isWhite(o.slice(-4), 'cmyk'); break;
      case 'sc': case 'scn': g.fillWhite = o.length === 4 ? isWhite(o.slice(-4), 'cmyk') : isWhite(o.slice(-3), 'rgb'); break;
      case 'Tr': g.mode = o.at(-1) ?? 0; break;
      case 'Tf': g.size = o.at(-1) ?? g.size; break;
      case 'Tz': g.scale = (o.at(-1) ?? 100) / 100; break;
      case 'TL': g.leading = o.at(-1) ?? 0; break;
      case 'Ts': g.rise = o.at(-1) ?? 0; break;
      case 'BT': tm = tlm = IDENTITY; break;
      case 'Tm': if (o.length >= 6) tm = tlm = o.slice(-6) as Matrix; break;
      case 'TD': g.leading = -(o.at(-1) ?? 0); // falls through
      case 'Td': tm = tlm = mul([1, 0, 0, 1, o.at(-2) ?? 0, o.at(-1) ?? 0], tlm); break;
      case 'T*': tm = tlm = mul([1, 0, 0, 1, 0, -g.leading], tlm); break;
      case "'": case '"': tm = tlm = mul([1, 0, 0, 1, 0, -g.leading], tlm); show(strings); break;
      case 'Tj': case 'TJ': show(strings); break;
      case 're': if (o.length >= 4) { const [x, y, w, h] = o.slice(-4) as [number, number, number, number]; point(x, y); point(x + w, y + h); } break;
      case 'm': case 'l': point(o.at(-2) ?? 0, o.at(-1) ?? 0); break;
      case 'c': for (let i = o.length - 6; i < o.length; i += 2) point(o[i] ?? 0, o[i + 1] ?? 0); break;
      case 'v': case 'y': for (let i = o.length - 4; i < o.length; i += 2) point(o[i] ?? 0, o[i + 1] ?? 0); break;
      case 'W': case 'W*': clipNext = true; break;
      case 'BI': cover('image', transform(UNIT, g.ctm)); break;
      case 'sh': cover('shading', null); break;
      case 'Do': {
        const x = xobjects.get(name);
        if (x?.seeThrough) break;
        const area = transform(x?.form ?? UNIT, g.ctm);
        cover(x?.form ? 'form' : 'image', area);
        if (x?.form) texts.push(area); // a form may carry text of its own
        break;
      }
      default:
        if (FILL_OPS.has(token) && path) cover('fill', path);
    }
    if (FILL_OPS.has(token) || token === 'n' || token === 'S' || token === 's') {
      if (clipNext && path) g.clip = g.clip ? intersect(g.clip, path) ?? [0, 0, 0, 0] : path;
      clipNext = false;
      path = null;
    }
    operands.length = 0;
    strings = 0;
  }
  if (covers.length) reasons.add('covered-text');
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
 * Screen a PDF's bytes. Covers are tied to pages through the page tree; a stream it cannot place
 * (a form's own content, a file whose page tree sits in an object stream) gets covers with no page
 * and no place, which send every page to OCR as before.
 * @example prescreenPdf(bytes) // { suspect: false, reasons: [], streams: 1, covers: [] } for a plain generated slip
 */
export function prescreenPdf(pdf: Buffer): Prescreen {
  const reasons = new Set<PrescreenReason>();
  const text = pdf.toString('latin1');
  const streams = contentStreams(pdf, text, reasons);
  const xobjects = streams.some((s) => s.content.includes('Do')) ? readXObjects(pdf, text) : new Map<string, XObject>();
  const pages = readPages(text);
  const byId = new Map(streams.map((s) => [s.id, s.content]));
  const onPages = new Set<number>();
  const covers: Cover[] = [];
  const painted = { count: 0 };
  pages.forEach((page, i) => {
    const parts = page.contents.map((id) => byId.get(id));
    if (parts.some((p) => p === undefined)) return;
    for (const id of page.contents) onPages.add(id);
    screenStream(parts.join('\n'), i + 1, page.rotate === 0, reasons, xobjects, covers, painted);
  });
  for (const s of streams) if (!onPages.has(s.id)) screenStream(s.content, null, false, reasons, xobjects, covers, painted);
  updates(pdf, reasons);
  return { suspect: reasons.size > 0, reasons: [...reasons], streams: streams.length, covers, pages, paintedAfterText: painted.count };
}

/** Reasons that concern whole pages (everything but covers, which are placed). */
export const pageReasons = (screen: Prescreen): PrescreenReason[] => screen.reasons.filter((r) => r !== 'covered-text');

/**
 * Text-layer words of page `index` that an opaque object painted over text may hide. `scale` is
 * pixels per point of the words' boxes (dpi / 72); boxes are top-down, from the media box's corner.
 * @example coveredWords(screen, 1, page.words, 200 / 72) // [] for a shaded row drawn behind its text
 */
export function coveredWords<W extends Word>(screen: Prescreen, index: number, words: readonly W[], scale: number): W[] {
  const here = screen.covers.filter((c) => c.page === index || c.page === null);
  if (here.some((c) => c.over === null)) return [...words];
  const mb = screen.pages[index - 1]?.mediaBox;
  if (!mb) return here.length ? [...words] : [];
  const regions = here.flatMap((c) => c.over ?? []);
  return words.filter((w) => {
    const r: Rect = [mb[0] + w.bbox[0] / scale, mb[3] - (w.bbox[1] + w.bbox[3]) / scale, mb[0] + (w.bbox[0] + w.bbox[2]) / scale, mb[3] - w.bbox[1] / scale];
    return regions.some((region) => hides(region, r));
  });
}

/** Words of a text layer placed outside the page (they are in the layer, not on the paper). */
export function wordsOffPage(words: readonly Word[], width: number, height: number): Word[] {
  return words.filter((w) => w.bbox[0] + w.bbox[2] <= 0 || w.bbox[1] + w.bbox[3] <= 0 || w.bbox[0] >= width || w.bbox[1] >= height);
}
