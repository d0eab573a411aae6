/**
 * A contract restates its disbursement account and collateral address in its clauses (第四条 …
 * 账号6225…，第五条 坐落于…的房产). Where the extractor chose one mention, the text may carry another
 * that is one slip away from it: a number of the same length with one or two digits changed, two
 * neighbouring digits swapped, or a digit dropped; an address whose street part (路, 号, 栋, 室)
 * has one or two characters changed. A near-copy is the same value written wrongly, not another
 * value: ACCOUNT_MISMATCH / ADDRESS_MISMATCH. A value that differs more is left alone (another
 * account, another property), and only text-layer lines or OCR lines read with full confidence count.
 */
import type { Field, Finding } from '../model/schema.js';
import type { Line, Page } from '../model/document.js';
import { foldWidth } from '../extract/lines.js';
import { parseChineseAddress } from '../geo/address.js';
import type { DocumentCheck } from './check.js';
import { isShaky, MIN_OCR_FIGURE_CONFIDENCE, sourceOf } from './reliability.js';

/**
 * How `b` is one slip away from `a`: one or two digits changed, two neighbours swapped, one dropped
 * or added; undefined when equal or further apart.
 * @example nearMiss('6225883094938433', '6225883094238433') // 'one character differs (position 11)'
 */
export function nearMiss(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  const s = [...a];
  const t = [...b];
  if (s.length === t.length) {
    const at = s.flatMap((c, i) => (c === t[i] ? [] : [i]));
    if (at.length === 1) return `one character differs (position ${at[0]! + 1})`;
    if (at.length === 2 && at[1] === at[0]! + 1 && s[at[0]!] === t[at[1]!] && s[at[1]!] === t[at[0]!]) return `two adjacent characters swapped (positions ${at[0]! + 1}–${at[1]! + 1})`;
    if (at.length === 2) return `two characters differ (positions ${at[0]! + 1} and ${at[1]! + 1})`;
    return undefined;
  }
  const [long, short] = s.length > t.length ? [s, t] : [t, s];
  if (long.length !== short.length + 1) return undefined;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i).join('') + long.slice(i + 1).join('') === short.join('')) return `one character ${long === t ? 'added' : 'dropped'} (position ${i + 1})`;
  }
  return undefined;
}

/** Lines that may accuse: a text layer, or OCR read with full confidence. */
function trusted(page: Page, line: Line): boolean {
  return page.source !== 'ocr' || line.confidence / 100 >= MIN_OCR_FIGURE_CONFIDENCE;
}

interface Restated { text: string; page: number; bbox: Line['bbox'] }

/** Digit runs of account length (12–19 digits, groups joined by single spaces or hyphens) on trusted lines. */
function accountNumbersIn(pages: readonly Page[]): Restated[] {
  const out: Restated[] = [];
  for (const page of pages) for (const line of page.lines) {
    if (!trusted(page, line)) continue;
    for (const m of foldWidth(line.text).matchAll(/(?<![\dA-Za-z])\d(?:[ -]?\d){11,18}(?![\dA-Za-z])/gu)) out.push({ text: m[0].replace(/\D/gu, ''), page: page.index, bbox: line.bbox });
  }
  return out;
}

const normaliseAddress = (s: string) => foldWidth(s).replace(/\s+/gu, '').replace(/幢/gu, '栋');

/** Paragraph texts of trusted lines (white space removed), each with its first line. */
function paragraphs(pages: readonly Page[]): (Restated & { lines: Line[] })[] {
  const out: (Restated & { lines: Line[] })[] = [];
  for (const page of pages) {
    let last: Line | undefined;
    for (const line of [...page.lines].sort((a, b) => a.bbox[1] - b.bbox[1])) {
      if (!trusted(page, line)) { last = undefined; continue; }
      const h = line.bbox[3] || 30;
      const cur = out.at(-1);
      if (last && cur && cur.page === page.index && line.bbox[1] - (last.bbox[1] + last.bbox[3]) < 1.2 * h && Math.abs(line.bbox[0] - last.bbox[0]) < 2 * h) { cur.text += normaliseAddress(line.text); cur.lines.push(line); }
      else out.push({ text: normaliseAddress(line.text), page: page.index, bbox: line.bbox, lines: [line] });
      last = line;
    }
  }
  return out;
}

/** Windows of `text` as long as `street` that differ from it in one or two characters, where no window there matches exactly. */
function nearCopies(text: string, street: string): { text: string; at: number }[] {
  const s = [...street];
  const t = [...text];
  if (t.some((_, i) => t.slice(i, i + s.length).join('') === street)) return [];
  const out: { text: string; at: number }[] = [];
  for (let i = 0; i + s.length <= t.length; i++) {
    const window = t.slice(i, i + s.length);
    // Substitutions only, never at the window's edges: a shifted window is no restatement.
    if (window[0] !== s[0] || window.at(-1) !== s.at(-1)) continue;
    const diff = window.filter((c, k) => c !== s[k]).length;
    if (diff >= 1 && diff <= 2) out.push({ text: window.join(''), at: i });
  }
  return out;
}

export const restatedValues: DocumentCheck = {
  id: 'restated-values',
  appliesTo: (doc) => doc.docType === 'loan_contract',
  run: ({ document, extraction }, { findings }) => {
    const f = extraction.fields;
    const account = f.disbursementAccount;
    if (account && !isShaky(account)) {
      const chosen = String(account.value).replace(/\D/gu, '');
      const reported = new Set<string>();
      for (const r of accountNumbersIn(document.pages)) {
        const difference = chosen.length >= 12 ? nearMiss(chosen, r.text) : undefined;
        if (!difference || reported.has(r.text)) continue;
        reported.add(r.text);
        findings.push(mismatch('ACCOUNT_MISMATCH', `Page ${r.page} gives the disbursement account as ${r.text}, but page ${account.page} gives ${chosen} (${difference}).`, r, 'disbursementAccount', account, difference));
      }
    }
    const address = f.collateralAddress;
    if (address && !isShaky(address) && /\p{Script=Han}/u.test(String(address.value))) {
      const street = normaliseAddress(parseChineseAddress(normaliseAddress(String(address.value))).street);
      // Enough of a street (road and number) that a one-character change is no coincidence.
      if ([...street].length < 6 || !/\d/u.test(street)) return;
      for (const p of paragraphs(document.pages)) {
        const copy = nearCopies(p.text, street)[0];
        if (!copy) continue;
        const difference = nearMiss(street, copy.text)!;
        findings.push(mismatch('ADDRESS_MISMATCH', `Page ${p.page} restates the collateral address with "${copy.text}" where page ${address.page} has "${street}" (${difference}).`, { ...p, text: copy.text }, 'collateralAddress', address, difference));
        return;
      }
    }
  },
};

function mismatch(code: 'ACCOUNT_MISMATCH' | 'ADDRESS_MISMATCH', message: string, restated: Restated, name: string, chosen: Field, difference: string): Finding {
  return {
    code,
    severity: 'high',
    message,
    page: restated.page,
    bbox: restated.bbox,
    evidence: { rule: 'a restated value equals the value it restates', field: name, likelyTypo: true, difference, restated: { value: restated.text, page: restated.page, bbox: restated.bbox }, chosen: sourceOf(name, chosen) },
  };
}
