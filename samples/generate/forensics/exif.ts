/**
 * A minimal EXIF (APP1) writer with an IFD1 JPEG thumbnail, which sharp cannot write: camera make
 * and model, software, modify and original dates, and the thumbnail a camera embeds.
 */

export interface ExifTags {
  make?: string;
  model?: string;
  software?: string;
  /** "YYYY:MM:DD HH:MM:SS" */
  modifyDate?: string;
  originalDate?: string;
  thumbnail?: Buffer;
}

interface Entry { tag: number; type: number; count: number; value: Buffer | number }

const ASCII = 2;
const SHORT = 3;
const LONG = 4;

function ascii(tag: number, s: string): Entry {
  const b = Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);
  return { tag, type: ASCII, count: b.length, value: b };
}

/** Lay out one IFD at `offset`; values longer than 4 bytes go after it. Returns bytes and patchable slots. */
function ifd(entries: Entry[], offset: number, nextIfd: number): { bytes: Buffer; slots: Map<number, number> } {
  entries.sort((a, b) => a.tag - b.tag);
  const head = 2 + entries.length * 12 + 4;
  const table = Buffer.alloc(head);
  const extra: Buffer[] = [];
  let extraAt = offset + head;
  const slots = new Map<number, number>();
  table.writeUInt16LE(entries.length, 0);
  entries.forEach((e, i) => {
    const at = 2 + i * 12;
    table.writeUInt16LE(e.tag, at);
    table.writeUInt16LE(e.type, at + 2);
    table.writeUInt32LE(e.count, at + 4);
    slots.set(e.tag, offset + at + 8);
    if (typeof e.value === 'number') {
      if (e.type === SHORT) table.writeUInt16LE(e.value, at + 8); else table.writeUInt32LE(e.value, at + 8);
    } else if (e.value.length <= 4) {
      e.value.copy(table, at + 8);
    } else {
      table.writeUInt32LE(extraAt, at + 8);
      const padded = e.value.length % 2 ? Buffer.concat([e.value, Buffer.from([0])]) : e.value;
      extra.push(padded);
      extraAt += padded.length;
    }
  });
  table.writeUInt32LE(nextIfd, head - 4);
  return { bytes: Buffer.concat([table, ...extra]), slots };
}

/** Insert an EXIF APP1 segment right after the SOI marker of `jpeg` (which should carry none). */
export function withExifSegment(jpeg: Buffer, tags: ExifTags): Buffer {
  const ifd0: Entry[] = [];
  if (tags.make) ifd0.push(ascii(0x010f, tags.make));
  if (tags.model) ifd0.push(ascii(0x0110, tags.model));
  if (tags.software) ifd0.push(ascii(0x0131, tags.software));
  if (tags.modifyDate) ifd0.push(ascii(0x0132, tags.modifyDate));
  ifd0.push({ tag: 0x8769, type: LONG, count: 1, value: 0 });
  const exifEntries: Entry[] = tags.originalDate ? [ascii(0x9003, tags.originalDate), ascii(0x9004, tags.originalDate)] : [];

  // Two passes: sizes first, then offsets.
  const sizeOf = (entries: Entry[]): number => ifd(entries.map((e) => ({ ...e })), 0, 0).bytes.length;
  const at0 = 8;
  const atExif = at0 + sizeOf(ifd0);
  const ifd1Entries: Entry[] = tags.thumbnail
    ? [{ tag: 0x0103, type: SHORT, count: 1, value: 6 }, { tag: 0x0201, type: LONG, count: 1, value: 0 }, { tag: 0x0202, type: LONG, count: 1, value: tags.thumbnail.length }]
    : [];
  const at1 = atExif + sizeOf(exifEntries);
  const atThumb = at1 + (tags.thumbnail ? sizeOf(ifd1Entries) : 0);
  const i0 = ifd(ifd0, at0, tags.thumbnail ? at1 : 0);
  i0.bytes.writeUInt32LE(atExif, (i0.slots.get(0x8769) as number) - at0);
  const ie = ifd(exifEntries, atExif, 0);
  const parts = [Buffer.from('II*\0', 'latin1'), Buffer.from([8, 0, 0, 0]), i0.bytes, ie.bytes];
  if (tags.thumbnail) {
    const i1 = ifd(ifd1Entries, at1, 0);
    i1.bytes.writeUInt32LE(atThumb, (i1.slots.get(0x0201) as number) - at1);
    parts.push(i1.bytes, tags.thumbnail);
  }
  const tiff = Buffer.concat(parts);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const header = Buffer.from([0xff, 0xe1, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), header, payload, jpeg.subarray(2)]);
}
