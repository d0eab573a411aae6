import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { collectLines } from './lines.js';
import { mergeWrappedRows } from './wrapped-rows.js';
import { LOAN_CONTRACT_FIELDS } from './fields/loan-contract.js';
import { PAY_SLIP_FIELDS } from './fields/pay-slip.js';
import { syntheticPage } from '../../test/support/synthetic-page.js';

// Pitch 1.2 em: lines of one cell sit tight; a blank line separates table rows.
const page = (text: string) => syntheticPage(text, 1, { pitch: 1.2 });
const merged = (text: string) => mergeWrappedRows(collectLines({ pages: [page(text)] }), LOAN_CONTRACT_FIELDS.map((s) => s.label)).map((l) => l.text);

describe('table rows whose key cells wrap', () => {
  it('joins a row of two key-value pairs whose keys and values wrap', () => {
    const text = [
      'Loan | USD | Repayment | 12 months',
      'Currency |  | Term',
      '',
      'Yearly | 4.13% | Repayment | interest only,',
      'Interest |  | Basis | principal repaid',
      'Rate |  |  | in full at maturity',
      '',
      'Account to | 6222 0212 3456 7890 128',
      'be Credited',
    ].join('\n');
    expect(merged(text)).toEqual([
      'Loan Currency  USD  Repayment Term  12 months',
      'Yearly Interest Rate  4.13%  Repayment Basis  interest only, principal repaid in full at maturity',
      'Account to be Credited  6222 0212 3456 7890 128',
    ]);
    const r = extractFields({ pages: [page(text)], docType: 'loan_contract', language: 'en' });
    expect(Object.fromEntries(Object.entries(r.fields).map(([k, f]) => [k, f.value]))).toMatchObject({
      termMonths: 12, annualRatePercent: '4.13', repaymentMethod: 'interest only, principal repaid in full at maturity', disbursementAccount: '6222021234567890128',
    });
    // The value's box covers the wrapped pieces on all three lines.
    const box = r.fields.repaymentMethod!.bbox!;
    expect(box[3]).toBeGreaterThan(2 * 30);
  });

  it('leaves a tight table of complete keys alone', () => {
    const text = ['Borrower | Wei Chen', 'Lender | Bank of Ningbo Co., Ltd.', 'Loan Amount | USD 5,000.00'].join('\n');
    expect(merged(text)).toEqual(['Borrower  Wei Chen', 'Lender  Bank of Ningbo Co., Ltd.', 'Loan Amount  USD 5,000.00']);
  });

  it('ends a key at its colon: the next line under it is the next row', () => {
    const text = ['Resident Identity Card | 110101199003074514', 'No. :', 'Address : | Room 1201, No. 63 Xueyuan Road'].join('\n');
    expect(merged(text)).toEqual(['Resident Identity Card No. :  110101199003074514', 'Address :  Room 1201, No. 63 Xueyuan Road']);
  });

  it('does not join lines set at paragraph spacing', () => {
    const text = ['Repayment | 12 months', 'Term'].join('\n');
    expect(mergeWrappedRows(collectLines({ pages: [syntheticPage(text)] }), LOAN_CONTRACT_FIELDS.map((s) => s.label)).map((l) => l.text)).toEqual(['Repayment  12 months', 'Term']);
  });

  it('keeps rows apart when a smudge makes one OCR box twice as tall as its line', () => {
    const p = syntheticPage(['Housing Fund | 1,337.14', 'PAYE Tax | 1,161.83', 'Deductions | 4,504.68'].join('\n'));
    // The stain over "Tax" grows its box up and down by most of a line: the row's union box now
    // reaches the next row, whose "Deductions" would otherwise finish the key "Tax Deductions".
    const tax = p.lines[1]!.words.find((w) => w.text === 'Tax')!;
    tax.bbox = [tax.bbox[0], tax.bbox[1] - 20, tax.bbox[2], tax.bbox[3] + 40];
    p.lines[1]!.bbox = [p.lines[1]!.bbox[0], p.lines[1]!.bbox[1] - 20, p.lines[1]!.bbox[2], p.lines[1]!.bbox[3] + 40];
    const lines = mergeWrappedRows(collectLines({ pages: [p] }), PAY_SLIP_FIELDS.map((f) => f.label)).map((l) => l.text);
    expect(lines).toEqual(['Housing Fund  1,337.14', 'PAYE Tax  1,161.83', 'Deductions  4,504.68']);
  });
});
