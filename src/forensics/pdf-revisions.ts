/**
 * Incremental updates of a PDF, read from the raw bytes: each save appends objects, an xref and a
 * `%%EOF`. Counting the sections and classifying what each appended tells a signature or a filled
 * form (ordinary) from rewritten page content, new fonts or a replaced Info dictionary.
 */

export type RevisionChange = 'page-content' | 'font' | 'image' | 'page' | 'signature' | 'form' | 'annotation' | 'info' | 'xmp' | 'catalog' | 'other';

export interface Revision {
  /** 1 = the original file; 2… = incremental updates. */
  number: number;
  /** Byte offset where the revision ends (after its %%EOF). */
  end: number;
  /** Objects defined in this revision (number → kinds of change). */
  objects: { id: number; kinds: RevisionChange[] }[];
  /** Objects packed in object streams cannot be classified from the bytes. */
  packed: boolean;
}

const EOF = /%%EOF[ \t]*(?:\r\n|\r|\n)?/g;

function classify(body: string): RevisionChange[] {
  const kinds: RevisionChange[] = [];
  if (/\/Type\s*\/Sig\b|\/ByteRange\s*\[/.test(body) || /\/FT\s*\/Sig\b/.test(body)) kinds.push('signature');
  if (/\/FT\s*\/(Tx|Btn|Ch)\b/.test(body) || /\/AcroForm\b/.test(body)) kinds.push('form');
  if (/\/Type\s*\/Font\b/.test(body)) kinds.push('font');
  if (/\/Subtype\s*\/Image\b/.test(body)) kinds.push('image');
  if (/\/Type\s*\/Page\b/.test(body)) kinds.push('page');
  if (/\/Type\s*\/Annot\b/.test(body) && !kinds.includes('signature') && !kinds.includes('form')) kinds.push('annotation');
  if (/\/Type\s*\/Metadata\b/.test(body)) kinds.push('xmp');
  if (/\/Type\s*\/Catalog\b/.test(body) && !kinds.includes('form')) kinds.push('catalog');
  if (/\/(ModDate|Producer|CreationDate)\s*\(/.test(body)) kinds.push('info');
  if (kinds.length === 0 && /\bstream\b/.test(body) && !/\/Type\s*\/(XRef|ObjStm)\b/.test(body)) kinds.push('page-content');
  return kinds.length ? kinds : ['other'];
}

/**
 * Split a PDF into its revisions. A linearized file's first-page section is not an update.
 * @example readRevisions(bytes).length // 1 for a file saved once
 */
export function readRevisions(pdf: Buffer): Revision[] {
  const text = pdf.toString('latin1');
  const ends: number[] = [];
  for (let m = EOF.exec(text); m; m = EOF.exec(text)) ends.push(m.index + m[0].length);
  EOF.lastIndex = 0;
  if (ends.length === 0) return [];
  // Linearized files carry a first-page xref section ending in its own %%EOF near the start.
  if (/\/Linearized\b/.test(text.slice(0, 2048)) && ends.length >= 2) ends.shift();
  // Trailing garbage after the last %%EOF belongs to no revision.
  const revisions: Revision[] = [];
  let start = 0;
  ends.forEach((end, i) => {
    const section = text.slice(start, end);
    const objects: Revision['objects'] = [];
    const re = /(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b([\s\S]*?)endobj/g;
    for (let m = re.exec(section); m; m = re.exec(section)) {
      objects.push({ id: Number(m[1]), kinds: classify((m[2] as string).slice(0, 4000)) });
    }
    revisions.push({ number: i + 1, end, objects, packed: /\/Type\s*\/ObjStm\b/.test(section) });
    start = end;
  });
  // A content stream is page content only if the revision also rewrote a page (its /Contents).
  for (const r of revisions.slice(1)) {
    const pageTouched = r.objects.some((o) => o.kinds.includes('page'));
    for (const o of r.objects) {
      if (!pageTouched && o.kinds.includes('page-content')) o.kinds = ['other'];
    }
  }
  return revisions;
}

export interface UpdateVerdict {
  severity: 'high' | 'medium' | 'low' | 'info';
  why: string;
  changes: RevisionChange[];
}

/** How worrying one incremental update is, from what it changed. */
export function judgeUpdate(revision: Revision, afterSignature: boolean): UpdateVerdict {
  const changes = [...new Set(revision.objects.flatMap((o) => o.kinds))];
  const has = (k: RevisionChange): boolean => changes.includes(k);
  const content = has('page-content') || has('font') || has('image');
  if (content && afterSignature) return { severity: 'high', why: 'page content changed after the document was signed', changes };
  if (content) return { severity: 'high', why: 'the update rewrote page content (new content stream, font or image): text was added or changed after the original was made', changes };
  if (has('signature')) return { severity: 'info', why: 'a digital signature was added (an ordinary incremental update)', changes };
  if (has('form')) return { severity: 'low', why: 'form fields were filled or changed; page content untouched', changes };
  if (has('annotation')) return { severity: 'low', why: 'annotations were added; page content untouched', changes };
  if (revision.packed) return { severity: 'medium', why: 'the update stores its objects in compressed object streams, so what changed cannot be read from the bytes', changes };
  if (has('info') || has('xmp')) return { severity: 'medium', why: 'only the metadata (Info/XMP) was rewritten after the original save', changes };
  return { severity: 'low', why: 'the update changed document structure only', changes };
}
