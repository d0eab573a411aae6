/**
 * Text clean-up shared by every value parser: full-width forms, odd spaces, digits split by spaces.
 * Pure functions; they never change the meaning of a character, only its width or spacing.
 */

/** Horizontal white space that OCR and PDF text layers produce besides U+0020. */
const SPACE_CHARS = '\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t';
const SPACE_RUN = new RegExp(`[ ${SPACE_CHARS}]+`, 'g');
const DIGIT_GAP = new RegExp(`(\\d)[ ${SPACE_CHARS}]+(?=\\d)`, 'g');
const ANY_SPACE = new RegExp(`[\\s${SPACE_CHARS}\\u200B\\uFEFF]+`, 'g');

/**
 * Full-width ASCII (U+FF01–U+FF5E) to half-width, ￥ to ¥, every kind of horizontal space
 * (ideographic, no-break, thin) to one ASCII space, runs collapsed, ends trimmed. Line breaks stay.
 *
 * @example
 * normalizeText('年利率：３．８５％') // → '年利率:3.85%'
 * normalizeText('２０２５　年　３ 月') // → '2025 年 3 月'
 */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0xffe5) out += '¥';
    else if (code === 0xffe0) out += '¢';
    else if (code === 0xffe1) out += '£';
    else out += ch;
  }
  return out.replace(SPACE_RUN, ' ').replace(/ *\n */g, '\n').trim();
}

/**
 * Removes spaces (any width) that sit between two digits, so grouped figures read as one number.
 * Spaces next to non-digits are kept.
 *
 * @example
 * compactDigits('1 250 000.00')            // → '1250000.00'
 * compactDigits('6222 0212 3456 7890 123') // → '6222021234567890123'
 * compactDigits('2025 年 3 月')             // → '2025 年 3 月'
 */
export function compactDigits(s: string): string {
  return s.replace(DIGIT_GAP, '$1');
}

/**
 * Removes all white space, including ideographic, no-break, thin and zero-width spaces.
 *
 * @example
 * stripSpaces('壹佰 贰拾伍万　元整') // → '壹佰贰拾伍万元整'
 */
export function stripSpaces(s: string): string {
  return s.replace(ANY_SPACE, '');
}
