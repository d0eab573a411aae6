/**
 * What a file really is, from its bytes (never from its name).
 */
import { fileTypeFromBuffer } from 'file-type';
import { DocumentError } from '../model/errors.js';

export const SUPPORTED_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp'] as const;
export type SupportedMediaType = (typeof SUPPORTED_MEDIA_TYPES)[number];

/** PDF readers accept a header anywhere in the first KiB (ISO 32000 implementation note). */
const PDF_HEADER_WINDOW = 1024;

/**
 * Sniff the media type of a document, or throw a `DocumentError` that says what the bytes are.
 * @example await sniffMediaType(readFileSync('scan.pdf')) // 'image/png' when a PNG was renamed
 */
export async function sniffMediaType(bytes: Buffer): Promise<SupportedMediaType> {
  if (bytes.length === 0) throw new DocumentError('EMPTY_FILE', 'The file is empty (0 bytes).');
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as string | undefined;
  if (mime && (SUPPORTED_MEDIA_TYPES as readonly string[]).includes(mime)) return mime as SupportedMediaType;
  if (bytes.subarray(0, PDF_HEADER_WINDOW).includes('%PDF-')) return 'application/pdf';
  const what = detected ? `${detected.mime} (.${detected.ext})` : describeUnknown(bytes);
  throw new DocumentError(
    'UNSUPPORTED_TYPE',
    `Not a supported document: the bytes are ${what}; expected PDF, PNG, JPEG, TIFF or WebP.`,
  );
}

function describeUnknown(bytes: Buffer): string {
  const head = bytes.subarray(0, 512);
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 0xc0) printable++;
  return printable / head.length > 0.9 ? 'plain text' : 'of an unknown binary format';
}
