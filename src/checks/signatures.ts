/**
 * SIGNATURE_MISSING: a signature or seal block on the contract's signature page with nothing in
 * it. A seal block (甲方（盖章）, Lender (Seal)) needs a seal near it: red ink on colour pages,
 * dense ink besides the printed text on grey ones. A signature block (乙方（签字）, Borrower
 * (Signature)) needs ink in the space after its label. Printed text and ruled lines are not ink.
 * Every labelled block of the page is checked, each within its own column: blocks set side by
 * side (`Lender (seal):      Borrower (signature):`) take their seal or signature under the label,
 * down to the next printed line, and a neighbour's ink is not theirs.
 *
 * On a text-layer PDF page the ink is read from what the PDF paints (image placements with their
 * pixels, vector paths: `readMarks`), which costs a fraction of a render. The page is rendered and
 * its pixels measured only where that is inconclusive: annotations, stencil masks, patterns, a
 * full-page image, or an estimate too close to the threshold to call.
 */
import type { BBox, Finding } from '../model/schema.js';
import type { Document, Line, Page } from '../model/document.js';
import { foldWidth, spanBox } from '../extract/lines.js';
import type { DocumentCheck } from './check.js';
import { readPagePixels, type PagePixels } from './page-pixels.js';
import { openPdf } from '../ingest/pdf.js';
import type { PageMarks } from '../ingest/pdf-marks.js';
import type { OpenedDocument } from '../ingest/index.js';

/**
 * Which party is the lender differs between contracts (甲方 lends in one, borrows in the next), so
 * the bracket says what the block wants: 盖章/公章 a seal, 签字/签名 a signature; 签章 either,
 * by the party named (a lender seals, a borrower signs).
 */
const PARTY = String.raw`(?:甲\s*方|乙\s*方|丙\s*方|贷\s*款\s*人|出\s*借\s*人|借\s*款\s*人|抵\s*押\s*权\s*人|抵\s*押\s*人|质\s*权\s*人|出\s*质\s*人|保\s*证\s*人)`;
const LENDER = String.raw`(?:贷\s*款\s*人|出\s*借\s*人)`;
const BORROWER = String.raw`(?:借\s*款\s*人)`;
const SEAL_LABEL = new RegExp(String.raw`${PARTY}[^()（）]{0,8}[(（]\s*(?:盖\s*章|公\s*章)[^()（）]{0,6}[)）]|(?:甲\s*方|${LENDER})[^()（）]{0,8}[(（]\s*签\s*章\s*[)）]|lender\s*\(\s*seal\s*\)|\(\s*(?:company\s*)?seal\s*\)|(?<=^\s*|\s{2})(?:signed\s+)?for\s+and\s+on\s+behalf\s+of`, 'iu');
// The English acceptance labels (Signed for and on behalf of …, Accepted by the Borrower) head their
// line or their column (after a gap): the same words inside a sentence ("takes effect on the date it
// is signed by the Borrower") are no block.
const SIGN_LABEL = new RegExp(String.raw`${PARTY}[^()（）]{0,8}[(（]\s*(?:签\s*字|签\s*名)[^()（）]{0,6}[)）]\s*[:：]?|(?<=^\s*|\s{2})(?:accepted|agreed|signed)(?:\s+and\s+(?:accepted|agreed))?\s+by\s+the\s+(?:borrower|mortgagor|guarantor)\s*:?(?=\s*$|\s{2})|(?:乙\s*方|${BORROWER})[^()（）]{0,8}[(（]\s*签\s*章\s*[)）]\s*[:：]?|(?:borrower|mortgagor|guarantor|co-borrower)\s*\(\s*(?:signature|signed)\s*\)\s*:?`, 'iu');

/** Share of a block's area that must be ink for it to count as signed or sealed. */
export const MIN_SIGNATURE_INK = 0.002;
export const MIN_SEAL_INK = 0.004;

export interface Block {
  kind: 'seal' | 'signature';
  page: Page;
  line: Line;
  label: BBox;
  /** The label as printed (`Borrower (signature):`); absent from hand-built blocks. */
  labelText?: string;
  /**
   * The block's column, [left, right): from its label to the next label on the same row (blocks
   * side by side: `Lender (seal):    Borrower (signature):`), and the page bottom of its cell: the
   * top of the next printed line below it in that column. Absent from hand-built blocks.
   */
  cell?: { left: number; right: number; bottom: number };
}

export const signatures: DocumentCheck = {
  id: 'signatures',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: async ({ document, opened }, { findings }) => {
    const blocks = findBlocks(document);
    if (blocks.length === 0) return;
    const page = blocks[0]!.page;
    const marks = await readMarks(document, page, opened);
    let pixels: PagePixels | undefined;
    for (const block of blocks) {
      const regions = blockRegions(block);
      const text = page.source === 'text-layer' ? page.lines.flatMap((l) => l.words.map((w) => w.bbox)) : block.line.words.filter((w) => SEAL_LABEL.test(w.text) || SIGN_LABEL.test(w.text)).map((w) => w.bbox);
      const needed = block.kind === 'seal' ? MIN_SEAL_INK : MIN_SIGNATURE_INK;
      // A rule to sign on is longer than any one stroke of a pen: four label heights.
      const rule = block.label[3] * 4;
      const estimates = marks ? regions.map((r, i) => scaled(estimateInk(marks, r, text, block.kind, rule), dilution(block, r, i))) : [];
      const decided = estimates.map((e) => (e === undefined ? undefined : judge(e, needed)));
      if (decided.includes('inked')) continue;
      if (decided.length > 0 && decided.every((d) => d === 'empty')) {
        const share = Math.max(...estimates.map((e) => e!.share));
        findings.push(missing(block, regions.at(-1)!, share, needed, 'images and paths the PDF draws in the block, outside printed text'));
        continue;
      }
      pixels ??= await readPagePixels(document, page);
      if (!pixels) return;
      // A seal is red on colour pages and dark on grey ones; a page that merely looks coloured
      // (tinted paper, noise) must not hide a grey seal, so either kind of ink counts.
      const measure = (region: BBox): number => Math.max(measureInk(pixels!, region, text, block.kind === 'seal' ? 'dark' : 'pen', rule), block.kind === 'seal' && pixels!.colour ? measureInk(pixels!, region, text, 'red') : 0);
      const ink = Math.max(...regions.map((r, i) => measure(r) * dilution(block, r, i)));
      if (ink >= needed) continue;
      findings.push(missing(block, regions.at(-1)!, ink, needed, block.kind === 'seal' && pixels.colour ? 'red or dark pixels near the seal label' : 'dark pixels outside printed text'));
    }
  },
};

/** A seal is about 40 mm across: on A4 portrait, this share of the page width. */
const SEAL_WIDTH_SHARE = 40 / 210;

/**
 * A seal is one stamp of fixed size, so its ink is a share of a seal-sized area: a cell under a
 * label, larger than a seal, would dilute a thin-lined seal below the threshold. The region
 * beside the label keeps its own measure (factor 1).
 */
function dilution(block: Block, region: BBox, index: number): number {
  if (block.kind !== 'seal' || index === 0) return 1;
  const seal = (block.page.width * SEAL_WIDTH_SHARE) ** 2;
  return Math.max(1, (region[2] * region[3]) / seal);
}

const scaled = (e: InkEstimate | undefined, factor: number): InkEstimate | undefined => (e === undefined ? undefined : { ...e, share: Math.min(1, Math.round(e.share * factor * 10000) / 10000) });

/**
 * The marks of a text-layer PDF page; undefined for rasters (their pixels are at hand) and unreadable
 * PDFs. From `opened` (the parse ingest made) when the pipeline kept it, else from the bytes.
 */
export async function readMarks(document: Document, page: Page, opened?: OpenedDocument): Promise<PageMarks | undefined> {
  if (document.mediaType !== 'application/pdf' || page.source !== 'text-layer' || page.image) return undefined;
  if (opened?.readMarks) {
    try {
      return await opened.readMarks(page.index, page.dpi);
    } catch {
      // A handle closed under us (a deadline): the bytes are still at hand.
    }
  }
  try {
    const pdf = await openPdf(document.file.bytes);
    try {
      return await pdf.readMarks(page.index, page.dpi);
    } finally {
      await pdf.close();
    }
  } catch {
    return undefined; // the render path decides
  }
}

/**
 * An estimate from marks decides only when it is clearly on one side of the threshold; near the
 * line the render measures. Image pixels sampled here came within 0.79–1.35× of the rendered ink
 * on the dev contracts (anti-aliased seal edges read lower), hence 1.5×; path ink is estimated from
 * length × width and box shares, hence 2×.
 */
export function judge({ share, fromPaths }: InkEstimate, needed: number): 'inked' | 'empty' | undefined {
  const margin = fromPaths ? 2 : 1.5;
  if (share >= margin * needed) return 'inked';
  if (share <= needed / margin) return 'empty';
  return undefined;
}

export interface InkEstimate {
  /** Share of the region inked, 0..1. */
  share: number;
  /** Vector paths contributed (a coarser estimate than sampled image pixels). */
  fromPaths: boolean;
}

/** A colour counts as ink as on the rendered page: dark (any block) or, for seals, red. */
function isInk([r, g, b]: readonly number[], kind: Block['kind']): 'dark' | 'red' | undefined {
  const red = r! > 120 && r! - g! > 50 && r! - b! > 40;
  // A neighbouring party's seal reaching into a signature block is no signature.
  if (red) return kind === 'seal' ? 'red' : undefined;
  if (0.299 * r! + 0.587 * g! + 0.114 * b! < 160) return 'dark';
  return undefined;
}

const overlap = (a: BBox, b: BBox): BBox | undefined => {
  const x0 = Math.max(a[0], b[0]), y0 = Math.max(a[1], b[1]);
  const x1 = Math.min(a[0] + a[2], b[0] + b[2]), y1 = Math.min(a[1] + a[3], b[1] + b[3]);
  return x1 > x0 && y1 > y0 ? [x0, y0, x1 - x0, y1 - y0] : undefined;
};

/**
 * Share of `region` the PDF inks, from its marks: image pixels sampled on a 2-pixel grid (dark ones
 * outside printed text; red ones too for seals) plus the estimated ink of vector paths. A thin rule
 * across half the block is not ink (签字：________), as in `measureInk`. Undefined when part of the
 * region is `unsure`.
 */
export function estimateInk(marks: PageMarks, region: BBox, textBoxes: readonly BBox[], kind: Block['kind'], ruleLength = Infinity): InkEstimate | undefined {
  if (region[2] <= 0 || region[3] <= 0) return { share: 0, fromPaths: false };
  if (marks.unsure.some((b) => overlap(b, region))) return undefined;
  const text = textBoxes.filter((b) => overlap([b[0] - 2, b[1] - 2, b[2] + 4, b[3] + 4], region)).map(([x, y, w, h]) => [x - 2, y - 2, x + w + 2, y + h + 2] as const);
  const inText = (x: number, y: number) => text.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  const step = 2;
  let inked = 0;
  let fromPaths = false;
  for (const mark of marks.marks) {
    const part = overlap(mark.bbox, region);
    if (!part) continue;
    if (mark.kind === 'path') {
      const ink = isInk(mark.colour, kind);
      if (!ink) continue;
      if (mark.bbox[3] <= 3 && mark.bbox[2] >= Math.min(region[2] * 0.5, ruleLength)) continue; // a ruled line
      // A wide path reaching in from outside (a table's frame or cell above the block, a rule) is
      // layout; a pen stroke or a drawn seal lies within the block.
      const inside = (part[2] * part[3]) / Math.max(1, mark.bbox[2] * mark.bbox[3]);
      if (mark.bbox[2] >= region[2] * 0.5 && inside < 0.6) continue;
      const share = mark.bbox[2] * mark.bbox[3] > 0 ? (part[2] * part[3]) / (mark.bbox[2] * mark.bbox[3]) : 1;
      inked += mark.inkArea * share;
      fromPaths = true;
      continue;
    }
    const m = mark.toImage;
    for (let y = part[1] + step / 2; y < part[1] + part[3]; y += step) {
      for (let x = part[0] + step / 2; x < part[0] + part[2]; x += step) {
        const ix = Math.floor(m[0] * x + m[2] * y + m[4]);
        const iy = Math.floor(m[1] * x + m[3] * y + m[5]);
        if (ix < 0 || iy < 0 || ix >= mark.width || iy >= mark.height) continue;
        const ink = isInk(mark.pixel(ix, iy), kind);
        if (ink === 'red' || (ink === 'dark' && !inText(x, y))) inked += step * step;
      }
    }
  }
  return { share: Math.round(Math.min(1, inked / (region[2] * region[3])) * 10000) / 10000, fromPaths };
}

/** The labelled blocks of the last page that has any, each with its column and cell. */
export function findBlocks(document: Document): Block[] {
  for (const page of [...document.pages].reverse()) {
    const blocks: Block[] = [];
    for (const line of page.lines) {
      const text = foldWidth(line.text);
      const found: Block[] = [];
      for (const [kind, re] of [['seal', SEAL_LABEL], ['signature', SIGN_LABEL]] as const) {
        for (const m of text.matchAll(new RegExp(re.source, 'giu'))) {
          const label = spanBox(line, m.index, m.index + m[0].length);
          // foldWidth keeps the length, so the match indexes the printed line too.
          if (!found.some((b) => overlap(b.label, label))) found.push({ kind, page, line, label, labelText: line.text.slice(m.index, m.index + m[0].length).trim() });
        }
      }
      blocks.push(...found.sort((a, b) => a.label[0] - b.label[0]));
    }
    if (blocks.length) return blocks.map((b) => ({ ...b, cell: cellOf(b, blocks) }));
  }
  return [];
}

/**
 * A block's column runs from its label to the next label on the same row; its cell down to the
 * next printed line in that column (on OCR pages a line that opens with a `key:`, since a seal or
 * a signature may be read as words), at most 13 label heights below the label's top.
 */
function cellOf(block: Block, blocks: readonly Block[]): NonNullable<Block['cell']> {
  const { page, label } = block;
  const h = label[3];
  const sameRow = blocks.filter((b) => b !== block && Math.abs(b.label[1] + b.label[3] / 2 - (label[1] + h / 2)) < h * 0.7);
  // The first block of a row owns the row's start too (`For the Lender (seal):` matched at `Lender`).
  const first = !sameRow.some((b) => b.label[0] < label[0]);
  const left = Math.max(0, (first ? Math.min(label[0], block.line.bbox[0]) : label[0]) - h * 0.5);
  const right = Math.min(page.width, ...sameRow.filter((b) => b.label[0] > label[0]).map((b) => b.label[0] - h * 0.5));
  let top = label[1] + h * 1.2;
  // A label wrapped onto the next line ("Signed for and on behalf of Bank of / Communications"):
  // that line is the label's, not the next printed line that closes the cell.
  const continued = !/[:：]\s*$/u.test(block.labelText ?? ':') && page.lines.find((l) => l !== block.line && l.bbox[1] >= top - h * 0.5 && l.bbox[1] < label[1] + h * 1.7 && l.words.some((w) => w.bbox[0] < right && w.bbox[0] + w.bbox[2] > left));
  if (continued) top = continued.bbox[1] + continued.bbox[3] * 1.2;
  let bottom = Math.min(page.height, label[1] + h * 13);
  for (const line of page.lines) {
    if (line.bbox[1] < top || line.bbox[1] >= bottom) continue;
    const inColumn = line.words.filter((w) => w.bbox[0] < right && w.bbox[0] + w.bbox[2] > left);
    if (inColumn.length === 0) continue;
    // OCR reads a seal or a signature as stray marks and words; a printed line below opens with a key (Name:, 日期：).
    if (page.source !== 'text-layer' && !/^\s*\p{L}[\p{L} ]{0,15}[:：]/u.test(inColumn.map((w) => w.text).join(' '))) continue;
    bottom = line.bbox[1];
  }
  return { left, right, bottom };
}

/** Where the block's ink is looked for: the first region as before (kept to its column). */
export const blockRegion = (block: Block): BBox => blockRegions(block)[0]!;

/**
 * Where the block's ink is looked for: next to the label (a seal over the party's name, a
 * signature after the colon), kept to the block's column; and, when the block has a cell, under
 * the label, where side-by-side blocks put their seal or signature.
 */
export function blockRegions(block: Block): BBox[] {
  const beside = block.kind === 'seal' ? sealRegion(block) : signatureRegion(block);
  if (!block.cell) return [beside];
  const { left, right, bottom } = block.cell;
  const x0 = Math.max(beside[0], left);
  const x1 = Math.min(beside[0] + beside[2], right);
  const kept = clip(block.page, [x0, beside[1], Math.max(0, x1 - x0), beside[3]]);
  const h = block.label[3];
  const top = block.kind === 'seal' ? block.label[1] - 3 * h : block.label[1] + h;
  const under = clip(block.page, [left, top, right - left, bottom - top]);
  return [kept, ...(under[2] > h && under[3] > h ? [under] : [])];
}

/** Around the seal label, the right half of the page: where a seal is stamped over the party's name. */
function sealRegion({ page, label }: Block): BBox {
  const h = label[3];
  return clip(page, [page.width * 0.4, label[1] - 6 * h, page.width * 0.55, 14 * h]);
}

/** The space after the signature label, on its line and a little above (signatures rise). */
function signatureRegion({ page, label }: Block): BBox {
  const h = label[3];
  const x = label[0] + label[2] + h * 0.3;
  return clip(page, [x, label[1] - 2 * h, Math.min(page.width * 0.4, page.width - x), 3.6 * h]);
}

function clip(page: Page, [x, y, w, h]: BBox): BBox {
  const x0 = Math.max(0, x);
  const y0 = Math.max(0, y);
  return [x0, y0, Math.max(0, Math.min(page.width, x + w) - x0), Math.max(0, Math.min(page.height, y + h) - y0)].map(Math.round) as BBox;
}

/** Share of the region's pixels that are ink, leaving out printed text boxes and ruled lines. */
export function measureInk(pixels: PagePixels, region: BBox, textBoxes: readonly BBox[], kind: 'red' | 'dark' | 'pen', ruleLength = Infinity): number {
  const s = pixels.scale;
  const [x0, y0] = [Math.floor(region[0] * s), Math.floor(region[1] * s)];
  const [x1, y1] = [Math.min(pixels.width, Math.ceil((region[0] + region[2]) * s)), Math.min(pixels.height, Math.ceil((region[1] + region[3]) * s))];
  const width = x1 - x0;
  if (width <= 0 || y1 <= y0) return 0;
  // Ink is relative to the paper: scans lighten strokes (blur, JPEG), so compare with the region's bright level.
  const lum = (i: number) => 0.299 * pixels.data[i]! + 0.587 * pixels.data[i + 1]! + 0.114 * pixels.data[i + 2]!;
  const samples: number[] = [];
  for (let y = y0; y < y1; y += 4) for (let x = x0; x < x1; x += 4) samples.push(lum((y * pixels.width + x) * 3));
  samples.sort((a, b) => a - b);
  const paper = samples[Math.floor(samples.length * 0.9)] ?? 255;
  const darkBelow = Math.min(160, paper - 60);
  const inText = (x: number, y: number) => textBoxes.some(([bx, by, bw, bh]) => x >= bx * s - 2 && x <= (bx + bw) * s + 2 && y >= by * s - 2 && y <= (by + bh) * s + 2);
  const longestStroke = ruleLength * s;
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    let row = 0;
    let run = 0;
    for (let x = x0; x <= x1; x++) {
      let hit = false;
      if (x < x1) {
        const i = (y * pixels.width + x) * 3;
        const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
        const red = r > 120 && r - g > 50 && r - b > 40;
        // A signature ('pen') is dark ink that is not a seal's red.
        hit = (kind === 'red' ? red : 0.299 * r + 0.587 * g + 0.114 * b < darkBelow && !(kind === 'pen' && red)) && (kind === 'red' || !inText(x, y));
      }
      if (hit) { run++; continue; }
      // One unbroken horizontal run longer than a pen stroke is a ruled line (签字：________).
      if (kind === 'red' || run < longestStroke) row += run;
      run = 0;
    }
    // A row inked across most of the block is a ruled line (签字：________), not a signature.
    if (kind !== 'red' && row > width * 0.5) continue;
    ink += row;
  }
  return Math.round((ink / (width * (y1 - y0))) * 10000) / 10000;
}

function missing(block: Block, region: BBox, ink: number, needed: number, method: string): Finding {
  const what = block.kind === 'seal' ? 'seal' : 'signature';
  return {
    code: 'SIGNATURE_MISSING',
    severity: 'high',
    message: `Page ${block.page.index}: the ${what} block "${(block.labelText ?? block.line.text.trim()).slice(0, 40)}" is empty.`,
    page: block.page.index,
    bbox: region,
    evidence: {
      block: block.kind, label: block.line.text.trim(), labelBox: block.label, inkShare: ink, minInkShare: needed,
      method,
      source: block.page.source,
    },
  };
}
