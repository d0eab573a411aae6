/**
 * OCR'd numbers that carry a checksum, repaired where exactly one look-alike digit (8↔9, 0↔6, 1↔7 …)
 * makes the checksum right: resident IDs (GB 11643) and UnionPay card numbers (Luhn, 62…). Text
 * layers are never touched, and the evidence keeps what was read and what was changed.
 */
import type { Field } from '../model/schema.js';
import { isValidResidentId, luhnValid, repairDigits } from './parse/account.js';

const UNIONPAY_CARD = (digits: string) => digits.length >= 16 && digits.length <= 19 && digits.startsWith('62') && luhnValid(digits);

const RULES: Record<string, (digits: string) => boolean> = {
  accountNumber: UNIONPAY_CARD,
  disbursementAccount: UNIONPAY_CARD,
  borrowerIdNumber: isValidResidentId,
};

/**
 * Repair the checksummed fields read by OCR, in place.
 * @example repairChecksums(fields) // accountNumber '6222625180641319221' (ocr) → '6222625190641319221'
 */
export function repairChecksums(fields: Record<string, Field>): void {
  for (const [name, valid] of Object.entries(RULES)) {
    const field = fields[name];
    if (!field || field.source !== 'ocr' || typeof field.value !== 'string') continue;
    const length = field.value.length;
    if (valid(field.value) || (name !== 'borrowerIdNumber' && (length < 16 || length > 19)) || (name === 'borrowerIdNumber' && length !== 18)) continue;
    const repair = repairDigits(field.value, valid);
    if (!repair || repair.changes.length !== 1) continue;
    fields[name] = {
      ...field,
      value: repair.value,
      confidence: Math.round(field.confidence * 0.8 * 100) / 100,
      evidence: { ...field.evidence, read: field.value, repaired: repair.changes, checksum: true },
    };
  }
}
