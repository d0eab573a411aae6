/**
 * METADATA_EDITED: what a file says about its own history. Images: EXIF/XMP software of editors,
 * modified after taken, an EXIF thumbnail showing another picture. PDFs: editor producers,
 * ModDate after CreationDate, Info vs XMP disagreeing, incremental updates (counted, classified,
 * with the text that changed between the last two revisions). Each finding says why its severity.
 */
import exifr from 'exifr';
import sharp from 'sharp';
import type { DocumentCheck } from '../checks/check.js';
import type { Document } from '../model/document.js';
import type { DocType, Finding, Severity } from '../model/schema.js';
import { openPdf } from '../ingest/pdf.js';
import { IMAGE_EDITORS, PDF_EDITORS, matchEditor } from './editors.js';
import { judgeUpdate, readRevisions } from './pdf-revisions.js';

/** A modify date this long after the capture/creation date counts as "modified later". */
const LATER_MS = 10 * 60 * 1000;
/** Mean grey difference (0..255) between the EXIF thumbnail and the image, both at 64×48. */
export const THUMBNAIL_DIFFERENCE = { medium: 18, high: 30 };

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

function finding(severity: Severity, message: string, evidence: Record<string, unknown>): Finding {
  return { code: 'METADATA_EDITED', severity, message, evidence: { signal: 'metadata', ...evidence } };
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (pdf) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz = 'Z'] = pdf;
    const zone = tz === 'Z' ? 'Z' : `${tz.slice(0, 3)}:${tz.replace(/'/g, '').slice(3, 5) || '00'}`;
    const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  const date = new Date(value.replace(/^(\d{4}):(\d{2}):(\d{2})/, '$1-$2-$3'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function thumbnailDifference(image: Buffer, thumb: Buffer): Promise<number | undefined> {
  try {
    const size = { width: 64, height: 48, fit: 'fill' as const };
    const a = await sharp(image).greyscale().resize(size).normalise().raw().toBuffer();
    const b = await sharp(thumb).greyscale().resize(size).normalise().raw().toBuffer();
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
    return sum / a.length;
  } catch {
    return undefined;
  }
}

/** Findings from an image file's EXIF/XMP. */
export async function inspectImageMetadata(bytes: Buffer): Promise<Finding[]> {
  const out: Finding[] = [];
  let tags: Record<string, unknown> | undefined;
  try {
    tags = (await exifr.parse(bytes, { tiff: true, exif: true, xmp: true, ifd1: true, mergeOutput: true })) as Record<string, unknown> | undefined;
  } catch {
    return out;
  }
  if (!tags) return out;
  const software = [tags.Software, tags.CreatorTool, tags.ProcessingSoftware].filter((v): v is string => typeof v === 'string');
  for (const value of software) {
    const rule = matchEditor(value, IMAGE_EDITORS);
    if (rule) out.push(finding(rule.severity, `The image was saved by ${rule.name} ("${value}"): ${rule.why}.`, { score: 1, threshold: 1, software: value, why: rule.why }));
  }
  const modified = toDate(tags.ModifyDate);
  const taken = toDate(tags.DateTimeOriginal) ?? toDate(tags.CreateDate);
  if (modified && taken && modified.getTime() - taken.getTime() > LATER_MS) {
    const days = Math.round(((modified.getTime() - taken.getTime()) / 86_400_000) * 10) / 10;
    out.push(finding('medium', `The image was modified ${days} day(s) after it was taken.`, {
      score: days, threshold: LATER_MS / 86_400_000, modifyDate: modified.toISOString(), takenDate: taken.toISOString(),
      why: 'phones also set this when a photo is cropped or rotated; together with an editor name it is strong',
    }));
  }
  const thumb = await exifr.thumbnail(bytes).catch(() => undefined);
  if (thumb && thumb.length > 0) {
    const diff = await thumbnailDifference(bytes, Buffer.from(thumb));
    if (diff !== undefined && diff >= THUMBNAIL_DIFFERENCE.medium) {
      out.push(finding(diff >= THUMBNAIL_DIFFERENCE.high ? 'high' : 'medium', `The EXIF thumbnail shows a different picture from the image (difference ${diff.toFixed(1)}): the image was changed after the camera wrote it.`, {
        score: Math.round(diff * 10) / 10, threshold: THUMBNAIL_DIFFERENCE.high,
        why: 'editors that keep the original EXIF block keep the original thumbnail too',
        thumbnail: `data:image/jpeg;base64,${Buffer.from(thumb).toString('base64')}`,
      }));
    }
  }
  return out;
}

function metaValue(meta: Record<string, string>, ...keys: string[]): string | undefined {
  const lower = new Map(Object.entries(meta).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of keys) {
    const v = lower.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

/**
 * Office suites (the `editors.ts` rules of these names) write documents; they do not edit PDFs.
 * A contract is drafted in one and a small employer types its pay slips in one: the producer says
 * nothing about tampering there. A bank statement comes out of the bank's own system, so one typed
 * in an office suite is worth a look (and a document of unknown type keeps the note too).
 */
const AUTHORING_SUITES = new Set(['WPS Office', 'office suite']);
const AUTHORED_NORMALLY: ReadonlySet<DocType> = new Set(['loan_contract', 'pay_slip']);

/**
 * Findings from a PDF's Info/XMP metadata and its incremental updates. `docType` decides whether
 * an office-suite producer is worth noting (see `AUTHORING_SUITES`).
 */
export async function inspectPdfMetadata(bytes: Buffer, meta: Record<string, string>, docType: DocType = 'unknown'): Promise<Finding[]> {
  const out: Finding[] = [];
  const producer = metaValue(meta, 'Producer') ?? '';
  const creator = metaValue(meta, 'Creator') ?? '';
  for (const [field, value] of [['Producer', producer], ['Creator', creator]] as const) {
    const rule = value ? matchEditor(value, PDF_EDITORS) : undefined;
    if (!rule || (AUTHORING_SUITES.has(rule.name) && AUTHORED_NORMALLY.has(docType))) continue;
    out.push(finding(rule.severity, `The PDF's ${field} is ${rule.name} ("${value}"): ${rule.why}.`, { score: 1, threshold: 1, field, value, why: rule.why }));
  }
  const createdAt = toDate(metaValue(meta, 'CreationDate', 'xmp:createdate'));
  const modifiedAt = toDate(metaValue(meta, 'ModDate', 'xmp:modifydate'));
  if (createdAt && modifiedAt && modifiedAt.getTime() - createdAt.getTime() > LATER_MS) {
    out.push(finding('low', `The PDF was modified after it was created (${createdAt.toISOString().slice(0, 16)} → ${modifiedAt.toISOString().slice(0, 16)}).`, {
      score: Math.round((modifiedAt.getTime() - createdAt.getTime()) / 60000), threshold: LATER_MS / 60000,
      why: 'signing, form filling and archiving also set ModDate; weak on its own',
    }));
  }
  const xmpProducer = metaValue(meta, 'xmp:pdf:producer', 'xmp:producer');
  if (xmpProducer && producer && xmpProducer.trim() !== producer.trim()) {
    out.push(finding('medium', `The Info dictionary (Producer "${producer}") and the XMP metadata (Producer "${xmpProducer}") disagree: one was rewritten without the other.`, {
      score: 1, threshold: 1, why: 'tools that edit a PDF often update only one of the two',
    }));
  }
  const revisions = readRevisions(bytes);
  const updates = revisions.slice(1);
  if (updates.length > 0) {
    let signed = revisions[0]?.objects.some((o) => o.kinds.includes('signature')) ?? false;
    const verdicts = updates.map((r) => {
      const v = judgeUpdate(r, signed);
      if (r.objects.some((o) => o.kinds.includes('signature'))) signed = true;
      return { revision: r.number, ...v, objects: r.objects.map((o) => `${o.id}:${o.kinds.join('+')}`) };
    });
    const worst = verdicts.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const changedText = await diffLastRevision(bytes, revisions.at(-2)?.end);
    out.push(finding(worst.severity, `The PDF was saved ${updates.length} more time(s) after the original (${revisions.length} revisions); revision ${worst.revision}: ${worst.why}.${changedText ? ` Text changed: ${changedText.summary}` : ''}`, {
      score: revisions.length, threshold: 2, revisions: verdicts, why: worst.why, ...(changedText ? { textChanges: changedText.changes } : {}),
    }));
  }
  return out;
}

/** Words added or removed between the previous revision (the file cut at its %%EOF) and the final one. */
async function diffLastRevision(bytes: Buffer, previousEnd: number | undefined): Promise<{ summary: string; changes: { page: number; added: string[]; removed: string[] }[] } | undefined> {
  if (!previousEnd) return undefined;
  const words = async (b: Buffer): Promise<string[][]> => {
    const pdf = await openPdf(b);
    try {
      const pages: string[][] = [];
      for (let i = 1; i <= Math.min(pdf.pageCount, 20); i++) pages.push((await pdf.readTextPage(i, 72)).words.map((w) => w.text));
      return pages;
    } finally {
      await pdf.close();
    }
  };
  try {
    const [before, after] = [await words(bytes.subarray(0, previousEnd)), await words(bytes)];
    const changes = after.map((page, i) => {
      const old = before[i] ?? [];
      const count = (list: string[]): Map<string, number> => list.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
      const a = count(page);
      const b = count(old);
      return { page: i + 1, added: [...a].filter(([w, n]) => n > (b.get(w) ?? 0)).map(([w]) => w), removed: [...b].filter(([w, n]) => n > (a.get(w) ?? 0)).map(([w]) => w) };
    }).filter((c) => c.added.length || c.removed.length);
    if (changes.length === 0) return undefined;
    const summary = changes.map((c) => `page ${c.page}${c.added.length ? ` added ${c.added.slice(0, 5).join(' ')}` : ''}${c.removed.length ? ` removed ${c.removed.slice(0, 5).join(' ')}` : ''}`).join('; ');
    return { summary, changes };
  } catch {
    return undefined;
  }
}

export const metadataEdited: DocumentCheck = {
  id: 'forensics-metadata-edited',
  appliesTo: () => true,
  run: async ({ document }: { document: Document }, { findings }) => {
    const found = document.mediaType === 'application/pdf'
      ? await inspectPdfMetadata(document.file.bytes, document.metadata, document.docType)
      : await inspectImageMetadata(document.file.bytes);
    findings.push(...found);
  },
};
