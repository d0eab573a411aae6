/**
 * When a value read by OCR is too uncertain to accuse a document: a disagreement between such
 * values is reported as LOW_OCR_CONFIDENCE (a person looks), never as a defect of the document.
 */
import type { BBox, Field, Finding, Verification } from '../model/schema.js';

/** Field confidence (0..1) under which an OCR'd value does not support a mismatch finding. */
export const MIN_OCR_VALUE_CONFIDENCE = 0.8;

/**
 * Stricter for sums: Tesseract misreads a digit (3 for 4) at 0.95 confidence, and one wrong digit
 * breaks a sum exactly as a forged one does. Measured on generated scans (scripts/measure-checks.ts).
 */
export const MIN_OCR_FIGURE_CONFIDENCE = 0.97;

/**
 * A value backed by independent evidence (a second reading of its box, the amount in words, a
 * closing sum, a check digit: see verify-values.ts) may accuse a document whatever its OCR confidence.
 */
export function isConfirmed(value: { verification?: Verification }): boolean {
  const v = value.verification;
  // Two further readings of one box are not independent of each other: a value they changed
  // stands only when other evidence (words, a sum that now closes, a check digit) backs it.
  return v?.status === 'confirmed' || (v?.status === 'corrected' && v.by.some((b) => b !== 'reread'));
}

export function isShaky(field: Pick<Field, 'source' | 'confidence' | 'verification'>): boolean {
  return field.source === 'ocr' && field.confidence < MIN_OCR_VALUE_CONFIDENCE && !isConfirmed(field);
}

/** `isShaky` for figures that enter arithmetic. */
export function isShakyFigure(field: Pick<Field, 'source' | 'confidence' | 'verification'>): boolean {
  return field.source === 'ocr' && field.confidence < MIN_OCR_FIGURE_CONFIDENCE && !isConfirmed(field);
}

/** A LOW_OCR_CONFIDENCE finding standing in for a check that could not decide. */
export function unreliableFinding(check: string, page: number, bbox: BBox | undefined, compared: Record<string, unknown>): Finding {
  return {
    code: 'LOW_OCR_CONFIDENCE',
    severity: 'medium',
    message: `Page ${page}: the values the ${check} check compares were read with low OCR confidence; compare them by eye.`,
    page,
    ...(bbox ? { bbox } : {}),
    evidence: { check, ...compared, threshold: MIN_OCR_VALUE_CONFIDENCE },
  };
}

/** Evidence for one value: what it was, the text it came from, where. */
export function sourceOf(name: string, field: Field): Record<string, unknown> {
  return { field: name, value: field.value, raw: field.raw, page: field.page, bbox: field.bbox, source: field.source, confidence: field.confidence };
}

export function isMoney(value: unknown): value is string {
  return typeof value === 'string' && /^-?\d+\.\d{2}$/.test(value);
}

/**
 * The printed text a money value came from looks like money: figures with cents or thousands
 * groups, a currency mark (¥, RMB, 元), or 大写 numerals. A bare "16" is as likely a day, a count
 * or the head of a figure broken across lines as an amount: a check must not compare it.
 * @example printedAsMoney('RMB 16,790.68') // true
 * @example printedAsMoney('16') // false
 */
export function printedAsMoney(raw: unknown): boolean {
  if (typeof raw !== 'string') return true;
  return /\d\.\d{2}(?!\d)|\d,\d{3}(?!\d)|[¥￥$元圆]|\b(?:RMB|CNY|USD)\b|[壹贰叁肆伍陆柒捌玖拾佰仟万亿]/iu.test(raw);
}

/**
 * Every value a money field was read as (the chosen one first): when labels recur, the extractor
 * may choose the wrong mention, and a check must not accuse a document that one reading clears.
 */
export function moneyReadings(field: Field | undefined, mentions: readonly Field[] | undefined): string[] {
  if (!field || !isMoney(field.value)) return [];
  const out = [field.value];
  for (const m of mentions ?? []) if (isMoney(m.value) && !out.includes(m.value)) out.push(m.value);
  return out;
}
