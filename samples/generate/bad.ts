import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { BadExpected, ManifestEntry } from './expected.js';
import { createRng } from './prng.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid-looking PNG whose header claims 50000×50000 pixels (a decompression bomb by size). */
function hugePng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const firstRows = deflateSync(Buffer.alloc(50_001 * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', firstRows),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-entry ZIP archive (stored, no compression). */
function zipArchive(name: string, content: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, content]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return Buffer.concat([localPart, centralPart, end]);
}

/** Offset just past the first JPEG start-of-scan segment header. */
function startOfScan(jpeg: Buffer): number {
  for (let i = 2; i < jpeg.length - 1; i++) if (jpeg[i] === 0xff && jpeg[i + 1] === 0xda) return i + 2 + jpeg.readUInt16BE(i + 2);
  throw new Error('Expected a JPEG with a start-of-scan marker, found none');
}

/** Writes the hostile inputs and their expected errors; `devDir` supplies real documents to damage. */
export async function writeBadSamples(dir: string, devDir: string): Promise<ManifestEntry[]> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dev = readdirSync(devDir);
  const find = (suffix: string): string => {
    const name = dev.find((f) => f.endsWith(suffix));
    if (!name) throw new Error(`Expected a dev sample ending in ${suffix}`);
    return join(devDir, name);
  };
  const textPdf = readFileSync(find('contract-zh-text-pdf.pdf'));
  const devJpeg = readFileSync(find('statement-zh-jpeg.jpg'));
  const devPngPath = find('payslip-zh-png.png');
  const rng = createRng(0xbad);
  const random = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => rng.int(0, 255)));

  const samples: Array<{ id: string; file: string; bytes: Buffer; expect: BadExpected['expectError']; note: string; extra?: Record<string, unknown> }> = [
    { id: 'empty', file: 'empty.pdf', bytes: Buffer.alloc(0), expect: 'EMPTY_FILE', note: 'zero bytes' },
    { id: 'truncated-pdf', file: 'truncated-pdf.pdf', bytes: textPdf.subarray(0, Math.floor(textPdf.length * 0.4)), expect: 'CORRUPT_FILE', note: 'first 40% of a real text PDF: no xref table, no trailer' },
    { id: 'text-as-jpg', file: 'text-as-jpg.jpg', bytes: Buffer.from('借款人：张伟\nThis is a plain text file with a .jpg name.\n'), expect: 'UNSUPPORTED_TYPE', note: 'UTF-8 text named .jpg' },
    { id: 'random-bytes', file: 'random-bytes.tiff', bytes: Buffer.concat([Buffer.from([0x00, 0x13, 0x37]), random(4093)]), expect: 'UNSUPPORTED_TYPE', note: '4 KB of random bytes named .tiff: no known signature' },
    { id: 'tiff-header-garbage', file: 'tiff-header-garbage.tiff', bytes: Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]), random(2040)]), expect: 'CORRUPT_FILE', note: 'a TIFF header (sniffs as image/tiff) whose first IFD is random bytes: no decodable image' },
    { id: 'huge-png', file: 'huge-png.png', bytes: hugePng(), expect: 'TOO_LARGE', note: 'IHDR declares 50000x50000 (2.5 gigapixels) with valid CRCs; the file is tiny' },
    { id: 'truncated-jpeg', file: 'truncated-jpeg.jpg', bytes: devJpeg.subarray(0, startOfScan(devJpeg) + Math.floor((devJpeg.length - startOfScan(devJpeg)) * 0.5)), expect: 'CORRUPT_FILE', note: 'a real JPEG cut half-way through its entropy-coded scan, no EOI' },
    { id: 'zip-as-pdf', file: 'zip-as-pdf.pdf', bytes: zipArchive('contract.txt', Buffer.from('not a pdf\n')), expect: 'UNSUPPORTED_TYPE', note: 'a ZIP archive named .pdf' },
  ];
  const entries: ManifestEntry[] = [];
  for (const sample of samples) writeOne(dir, sample.id, sample.file, sample.bytes, { id: sample.id, expectError: sample.expect, note: sample.note }, entries);

  const encryptedPath = join(dir, 'encrypted.pdf');
  const plainPath = join(dir, '.plain.pdf');
  writeFileSync(plainPath, textPdf);
  // AES-128 (R4) with --static-id/--static-aes-iv is reproducible; AES-256 (R6) draws random salts.
  execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'user-secret', 'owner-secret', '128', '--use-aes=y', '--', plainPath, encryptedPath]);
  rmSync(plainPath);
  writeOne(dir, 'encrypted', 'encrypted.pdf', null, { id: 'encrypted', expectError: 'ENCRYPTED', note: 'AES-128 with a user password ("user-secret"): cannot be opened without it' }, entries);

  const source = JSON.parse(readFileSync(devPngPath.replace(/\.png$/, '.expected.json'), 'utf8')) as Record<string, unknown>;
  writeOne(dir, 'png-as-pdf', 'png-as-pdf.pdf', readFileSync(devPngPath), {
    id: 'png-as-pdf', expectError: null, mislabelled: true,
    note: `the PNG of ${relative(join(devDir, '..'), devPngPath)} named .pdf: sniff the bytes and read it as an image`,
  }, entries, { readAs: 'png', docType: source.docType, language: source.language, pageCount: 1, fields: source.fields });
  return entries;
}

function writeOne(dir: string, id: string, file: string, bytes: Buffer | null, expected: BadExpected, entries: ManifestEntry[], extra: Record<string, unknown> = {}): void {
  if (bytes) writeFileSync(join(dir, file), bytes);
  const expectedName = `${file.replace(/\.[^.]+$/, '')}.expected.json`;
  writeFileSync(join(dir, expectedName), `${JSON.stringify({ ...expected, ...extra }, null, 2)}\n`);
  entries.push({ id, set: 'bad', file: `bad/${file}`, expected: `bad/${expectedName}`, expectError: expected.expectError });
}
