/**
 * Byte-level PDF edits on pdfkit output (uncompressed object dictionaries): incremental updates
 * appended after the original — a retyped value, a signature, a form fill, metadata only — and the
 * invisible-text trick of searchable scans.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_PT } from './slip.js';

export type UpdateKind = 'content' | 'signature' | 'form-fill' | 'info-only';

export function pdfDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

interface Parsed { text: string; size: number; root: number; info: number; page: number; startxref: number; id: string }

function parse(pdf: Buffer): Parsed {
  const text = pdf.toString('latin1');
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const num = (re: RegExp, s = trailer): number => Number(re.exec(s)?.[1] ?? NaN);
  return {
    text,
    size: num(/\/Size (\d+)/),
    root: num(/\/Root (\d+) 0 R/),
    info: num(/\/Info (\d+) 0 R/),
    page: num(/(\d+) 0 obj\s*<<\s*\/Type \/Page\b/, text),
    startxref: num(/startxref\s+(\d+)\s+%%EOF\s*$/, text),
    id: /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? '',
  };
}

function objectBody(text: string, n: number): string {
  const m = new RegExp(`(?:^|\\n)${n} 0 obj\\s*([\\s\\S]*?)\\s*endobj`).exec(text);
  if (!m) throw new Error(`Expected object ${n} in the PDF, found none`);
  return m[1] as string;
}

/** Append one revision holding `objects` (number → body); returns the new file. */
function appendRevision(pdf: Buffer, p: Parsed, objects: Map<number, string>, size: number): Buffer {
  let out = pdf.toString('latin1');
  if (!out.endsWith('\n')) out += '\n';
  const offsets = new Map<number, number>();
  for (const [n, body] of objects) {
    offsets.set(n, Buffer.byteLength(out, 'latin1'));
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += 'xref\n';
  for (const n of [...objects.keys()].sort((a, b) => a - b)) out += `${n} 1\n${String(offsets.get(n)).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<<\n/Size ${size}\n/Root ${p.root} 0 R\n/Info ${p.info} 0 R\n${p.id}\n/Prev ${p.startxref}\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A PDF text string: literal for plain ASCII, UTF-16BE with a byte-order mark otherwise (the file is handled as latin1). */
function pdfText(v: string): string {
  if (/^[\x20-\x7e]*$/.test(v)) return `(${v.replace(/[()\\]/g, '\\$&')})`;
  return `<FEFF${[...v].map((c) => Buffer.from(c, 'utf16le').swap16().toString('hex')).join('').toUpperCase()}>`;
}

function withInfo(p: Parsed, changes: Record<string, string>): string {
  let body = objectBody(p.text, p.info);
  for (const [k, v] of Object.entries(changes)) {
    const re = new RegExp(`/${k} (?:\\([^)]*\\)|<[0-9A-Fa-f]*>)`);
    body = re.test(body) ? body.replace(re, `/${k} ${pdfText(v)}`) : body.replace(/>>\s*$/, `/${k} ${pdfText(v)}\n>>`);
  }
  return body;
}

export interface ContentUpdate {
  /** Box of the old value in points from the top-left, and what to write over it. */
  box: [number, number, number, number];
  newText: string;
  size: number;
}

/**
 * Append an incremental update. `content`: the page gets a second content stream that whites out
 * the old value and types a new one in Helvetica; `signature`/`form-fill`: what signing or filling a
 * form saves; `info-only`: new ModDate/Producer.
 */
export function appendUpdate(pdf: Buffer, kind: UpdateKind, when: Date, update?: ContentUpdate, producer?: string): Buffer {
  const p = parse(pdf);
  const objects = new Map<number, string>();
  let next = p.size;
  const info: Record<string, string> = { ModDate: pdfDate(when) };
  if (producer) info.Producer = producer;
  const page = objectBody(p.text, p.page);
  if (kind === 'content' && update) {
    const [x, yTop, w, h] = update.box;
    const y = PAGE_PT[1] - yTop - h;
    const baseline = PAGE_PT[1] - yTop - update.size * 0.9;
    // Like Acrobat: bracket the original content in q … Q so the new stream starts from the
    // default (unflipped) coordinate system whatever the original left on the stack.
    const stream = `Q\nq 1 1 1 rg ${(x - 2).toFixed(2)} ${(y - 1).toFixed(2)} ${(w + 4).toFixed(2)} ${(h + 2).toFixed(2)} re f Q\nBT /FEd ${update.size} Tf 0 0 0 rg 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm (${update.newText}) Tj ET`;
    const openN = next++;
    const contentN = next++;
    const fontN = next++;
    objects.set(openN, '<<\n/Length 1\n>>\nstream\nq\nendstream');
    const resN = next++;
    objects.set(contentN, `<<\n/Length ${stream.length}\n>>\nstream\n${stream}\nendstream`);
    objects.set(fontN, '<<\n/Type /Font\n/Subtype /Type1\n/BaseFont /Helvetica\n/Encoding /WinAnsiEncoding\n>>');
    const resRef = Number(/\/Resources (\d+) 0 R/.exec(page)?.[1]);
    const resources = objectBody(p.text, resRef).replace(/\/Font <<\s*/, `/Font <<\n/FEd ${fontN} 0 R\n`);
    objects.set(resN, resources);
    objects.set(p.page, page.replace(/\/Contents (\d+) 0 R/, `/Contents [${openN} 0 R $1 0 R ${contentN} 0 R]`).replace(/\/Resources \d+ 0 R/, `/Resources ${resN} 0 R`));
  } else if (kind === 'signature' || kind === 'form-fill') {
    const fieldN = next++;
    const catalog = objectBody(p.text, p.root);
    if (kind === 'signature') {
      const sigN = next++;
      objects.set(sigN, `<<\n/Type /Sig\n/Filter /Adobe.PPKLite\n/SubFilter /adbe.pkcs7.detached\n/ByteRange [0 0 0 0]\n/Contents <${'0'.repeat(512)}>\n/M (${pdfDate(when)})\n/Name (Credit Officer)\n>>`);
      objects.set(fieldN, `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Sig\n/T (Signature1)\n/V ${sigN} 0 R\n/P ${p.page} 0 R\n/Rect [0 0 0 0]\n/F 132\n>>`);
      objects.set(p.root, catalog.replace(/>>\s*$/, `/AcroForm <<\n/Fields [${fieldN} 0 R]\n/SigFlags 3\n>>\n>>`));
    } else {
      objects.set(fieldN, `<<\n/Type /Annot\n/Subtype /Widget\n/FT /Tx\n/T (remark)\n/V (Checked)\n/P ${p.page} 0 R\n/Rect [400 20 560 34]\n>>`);
      objects.set(p.root, catalog.replace(/>>\s*$/, `/AcroForm <<\n/Fields [${fieldN} 0 R]\n>>\n>>`));
    }
    objects.set(p.page, page.replace(/>>\s*$/, `/Annots [${fieldN} 0 R]\n>>`));
  }
  objects.set(p.info, withInfo(p, info));
  return appendRevision(pdf, p, objects, next);
}

/** Rewrite the Info dictionary in place of a fresh save (an editor's "Save As"). */
export function setInfo(pdf: Buffer, changes: Record<string, string>): Buffer {
  const p = parse(pdf);
  const body = objectBody(p.text, p.info);
  const replaced = withInfo(p, changes);
  return qpdfRewrite(Buffer.from(p.text.replace(body, replaced), 'latin1'));
}

/** pdfkit's stroke-only text (mode 1) → invisible text (mode 3), as OCR tools write under a scan. */
export function makeTextInvisible(pdf: Buffer): Buffer {
  return Buffer.from(pdf.toString('latin1').replace(/\n1 Tr\n/g, '\n3 Tr\n'), 'latin1');
}

/** Let qpdf repair offsets and rewrite the file (optionally linearized or with object streams). */
export function qpdfRewrite(pdf: Buffer, args: string[] = []): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'forensics-qpdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    try {
      execFileSync('qpdf', [...args, join(dir, 'in.pdf'), join(dir, 'out.pdf')], { stdio: 'pipe' });
    } catch (error) {
      // qpdf exits 3 for warnings (repaired offsets) and still writes the file.
      if ((error as { status?: number }).status !== 3) throw error;
    }
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
