/**
 * Regular expressions derived from others (a label with other flags, a label inside a larger
 * pattern), built once per source pattern and kept. V8 compiles a pattern again whenever a new
 * RegExp object of it is made after a full garbage collection (its compilation cache is cleared
 * then), and `String.prototype.matchAll` makes one per call: in a batch worker, where pdf.js
 * keeps the collector busy, recompiling the field labels on every document was most of extraction.
 */
const derived = new WeakMap<RegExp, Map<string, RegExp>>();

/**
 * The pattern `build` makes from `re`, built on the first call for each `re` and `key` and the same
 * object after. Only for patterns `build` derives from `re` alone.
 * @example derive(label, 'exact', () => new RegExp(`^(?:${label.source})$`, 'iu'))
 */
export function derive(re: RegExp, key: string, build: () => RegExp): RegExp {
  let forRe = derived.get(re);
  if (!forRe) derived.set(re, (forRe = new Map()));
  let out = forRe.get(key);
  if (!out) forRe.set(key, (out = build()));
  return out;
}

/** `re` with exactly `flags`: `re` itself when it has them. */
export function withFlags(re: RegExp, flags: string): RegExp {
  return re.flags === flags ? re : derive(re, `flags:${flags}`, () => new RegExp(re.source, flags));
}

/**
 * Every match of a global `re` in `text`, as `text.matchAll(re)` lists them, without the copy of
 * `re` that `matchAll` compiles. `re` is left with `lastIndex` 0.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`Expected a global RegExp, got /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (one code point under the u or v flag), as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? index + 2 : index + 1;
}
