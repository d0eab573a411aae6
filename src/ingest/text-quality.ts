/**
 * Is a PDF page's text layer real text a reader would see, or must the page be OCR'd?
 * Scanned pages have no text; broken encodings (no ToUnicode map, subset fonts with custom
 * encodings) give private-use code points, U+FFFD or runs of symbols instead of words.
 */

export interface TextLayerVerdict {
  usable: boolean;
  reason: string;
  /** Visible characters in the layer (white space excluded). */
  chars: number;
  /** Share of characters that look like language (CJK, letters, digits, common punctuation). */
  plausibility: number;
}

const MIN_PLAUSIBILITY = 0.85;
/** A page that is mostly an image with a little text (a scan with a stamped header) needs OCR. */
const MIN_CHARS_WITH_FULL_PAGE_IMAGE = 200;

const PLAUSIBLE = /[\p{Script=Han}\p{L}\p{N}，。：；、（）《》“”‘’！？￥¥%‰,.:;()\-/+*#@&'"!?$€£\[\]·—_=<>|~]/u;

/** Judge a page's text layer. `hasLargeImage`: an image covers most of the page. */
export function judgeTextLayer(text: string, hasLargeImage: boolean): TextLayerVerdict {
  const visible = [...text.replace(/\s+/gu, '')];
  const chars = visible.length;
  const plausible = visible.filter((c) => PLAUSIBLE.test(c) && !isPrivateUse(c)).length;
  const plausibility = chars === 0 ? 0 : plausible / chars;
  if (chars === 0) return { usable: false, reason: 'no text layer', chars, plausibility };
  if (plausibility < MIN_PLAUSIBILITY) {
    return { usable: false, reason: `text layer is garbage (${Math.round(plausibility * 100)}% plausible characters)`, chars, plausibility };
  }
  if (hasLargeImage && chars < MIN_CHARS_WITH_FULL_PAGE_IMAGE) {
    return { usable: false, reason: `page is an image with only ${chars} characters of text`, chars, plausibility };
  }
  return { usable: true, reason: `text layer: ${chars} characters`, chars, plausibility };
}

function isPrivateUse(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp < 0x20;
}
