import { describe, expect, it } from 'vitest';
import type { Field } from '../model/schema.js';
import { repairChecksums } from './checksum-repair.js';

const field = (value: string, source: Field['source']): Field => ({ value, raw: value, page: 1, source, confidence: 0.9 });

describe('checksum-guided repair of OCR digits', () => {
  it('repairs a card number one look-alike digit away from a valid UnionPay number', () => {
    const fields = { accountNumber: field('0222021234567890128', 'ocr') };
    repairChecksums(fields);
    expect(fields.accountNumber.value).toBe('6222021234567890128');
    expect(fields.accountNumber.evidence?.read).toBe('0222021234567890128');
    expect(fields.accountNumber.confidence).toBeLessThan(0.9);
  });

  it('leaves text-layer values, valid values and ambiguous repairs alone', () => {
    const fields = {
      accountNumber: field('0222021234567890128', 'text-layer'),
      disbursementAccount: field('6222021234567890128', 'ocr'),
      borrowerIdNumber: field('110101199003074574', 'ocr'),
    };
    repairChecksums(fields);
    expect(fields.accountNumber.value).toBe('0222021234567890128');
    expect(fields.disbursementAccount.evidence).toBeUndefined();
    // Several single look-alike substitutions make a valid ID here: no repair, kept as read.
    expect(fields.borrowerIdNumber.value).toBe('110101199003074574');
  });

  it('does not turn a non-UnionPay account into one', () => {
    const fields = { accountNumber: field('4367421234567890', 'ocr') };
    repairChecksums(fields);
    expect(fields.accountNumber.value).toBe('4367421234567890');
  });
});
