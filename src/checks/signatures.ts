/**
 * SIGNATURE_MISSING: a signature or seal block on the contract's signature page with nothing in
 * it. A seal block (甲方（盖章）, Lender (Seal)) needs a seal near it: red ink on colour pages,
 * dense ink besides the printed text on grey ones. A signature block (乙方（签字）, Borrower
 * (Signature)) needs ink in the space after its label. Printed text and ruled lines are not ink.
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
const PARTY = String.raw`(?:甲\s*方|乙\s*方|丙\s*方|贷\s*款\s*人|出\s*借\s*人|借\s*款\s*人|抵\s*押\s*人|保\s*证\s*人)`;
const LENDER = String.raw`(?:贷\s*款\s*人|出\s*借\s*人)`;
const BORROWER = String.raw`(?:借\s*款\s*人)`;
const SEAL_LABEL = new RegExp(String.raw`${PARTY}[^()（）]{0,8}[(（]\s*(?:盖\s*章|公\s*章)\s*[)）]|(?:甲\s*方|${LENDER})[^()（）]{0,8}[(（]\s*签\s*章\s*[)）]|lender\s*\(\s*seal\s*\)|\(\s*(?:company\s*)?seal\s*\)`, 'iu');
const SIGN_LABEL = new RegExp(String.raw`${PARTY}[^()（）]{0,8}[(（]\s*(?:签\s*字|签\s*名)\s*[)）]\s*[:：]?|(?:乙\s*方|${BORROWER})[^()（）]{0,8}[(（]\s*签\s*章\s*[)）]\s*[:：]?|borrower\s*\(\s*signature\s*\)\s*:?`, 'iu');

/** Share of a block's area that must be ink for it to count as signed or sealed. */
export const MIN_SIGNATURE_INK = 0.002;
export const MIN_SEAL_INK = 0.004;

export interface Block { kind: 'seal' | 'signature'; page: Page; line: Line; label: BBox }

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
      const region = blockRegion(block);
      const text = page.source === 'text-layer' ? page.lines.flatMap((l) => l.words.map((w) => w.bbox)) : block.line.words.filter((w) => SEAL_LABEL.test(w.text) || SIGN_LABEL.test(w.text)).map((w) => w.bbox);
      const needed = block.kind === 'seal' ? MIN_SEAL_INK : MIN_SIGNATURE_INK;
      const estimate = marks && estimateInk(marks, region, text, block.kind);
      const decided = estimate === undefined ? undefined : judge(estimate, needed);
      if (decided === 'inked') continue;
      if (decided === 'empty') {
        findings.push(missing(block, region, estimate!.share, needed, 'images and paths the PDF draws in the block, outside printed text'));
        continue;
      }
      pixels ??= await readPagePixels(document, page);
      if (!pixels) return;
      // A seal is red on colour pages and dark on grey ones; a page that merely looks coloured
      // (tinted paper, noise) must not hide a grey seal, so either kind of ink counts.
      const ink = Math.max(measureInk(pixels, region, text, 'dark'), block.kind === 'seal' && pixels.colour ? measureInk(pixels, region, text, 'red') : 0);
      if (ink >= needed) continue;
      findings.push(missing(block, region, ink, needed, block.kind === 'seal' && pixels.colour ? 'red or dark pixels near the seal label' : 'dark pixels outside printed text'));
    }
  },
};

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
  if (0.299 * r! + 0.587 * g! + 0.114 * b! < 160) return 'dark';
  if (kind === 'seal' && r! > 120 && r! - g! > 50 && r! - b! > 40) return 'red';
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
export function estimateInk(marks: PageMarks, region: BBox, textBoxes: readonly BBox[], kind: Block['kind']): InkEstimate | undefined {
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
      if (mark.bbox[3] <= 3 && mark.bbox[2] >= region[2] * 0.5) continue; // a ruled line
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

/** The labelled blocks of the last page that has any. */
export function findBlocks(document: Document): Block[] {
  for (const page of [...document.pages].reverse()) {
    const blocks: Block[] = [];
    for (const line of page.lines) {
      const text = foldWidth(line.text);
      for (const [kind, re] of [['seal', SEAL_LABEL], ['signature', SIGN_LABEL]] as const) {
        const m = re.exec(text);
        if (m && !blocks.some((b) => b.kind === kind)) blocks.push({ kind, page, line, label: spanBox(line, m.index, m.index + m[0].length) });
      }
    }
    if (blocks.length) return blocks;
  }
  return [];
}

/** Where the block's ink is looked for. */
export const blockRegion = (block: Block): BBox => (block.kind === 'seal' ? sealRegion(block) : signatureRegion(block));

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
export function measureInk(pixels: PagePixels, region: BBox, textBoxes: readonly BBox[], kind: 'red' | 'dark'): number {
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
  let ink = 0;
  for (let y = y0; y < y1; y++) {
    let row = 0;
    for (let x = x0; x < x1; x++) {
      const i = (y * pixels.width + x) * 3;
      const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
      const hit = kind === 'red' ? r > 120 && r - g > 50 && r - b > 40 : 0.299 * r + 0.587 * g + 0.114 * b < darkBelow;
      if (hit && (kind === 'red' || !inText(x, y))) row++;
    }
    // A row inked across most of the block is a ruled line (签字：________), not a signature.
    if (kind === 'dark' && row > width * 0.5) continue;
    ink += row;
  }
  return Math.round((ink / (width * (y1 - y0))) * 10000) / 10000;
}

function missing(block: Block, region: BBox, ink: number, needed: number, method: string): Finding {
  const what = block.kind === 'seal' ? 'seal' : 'signature';
  return {
    code: 'SIGNATURE_MISSING',
    severity: 'high',
    message: `Page ${block.page.index}: the ${what} block "${block.line.text.trim().slice(0, 40)}" is empty.`,
    page: block.page.index,
    bbox: region,
    evidence: {
      block: block.kind, label: block.line.text.trim(), labelBox: block.label, inkShare: ink, minInkShare: needed,
      method,
      source: block.page.source,
    },
  };
}
