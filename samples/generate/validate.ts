import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import sharp from 'sharp';
import type { Expected, RenderedDoc } from './expected.js';
import { squash } from './format.js';
import { idCheckChar, isLuhnValid } from './identity.js';

const cents = (money: string | number | undefined): number => Math.round(Number(money) * 100);

function check(condition: boolean, id: string, what: string): void {
  if (!condition) throw new Error(`Sample ${id}: ${what}`);
}

/** Self-checks each sample as it is written: arithmetic, checksums, page counts, text layer, sizes. */
export async function validateSample(file: string, expected: Expected, doc: RenderedDoc): Promise<void> {
  const { id, fields } = expected;
  const bytes = statSync(file).size;
  if (expected.form === 'text-pdf') check(bytes < 200_000, id, `text PDF is ${bytes} bytes, expected < 200 KB`);
  check(bytes < 400_000, id, `file is ${bytes} bytes, expected < 400 KB`);
  check(expected.pages.length === expected.pageCount, id, `pages[] has ${expected.pages.length} entries for ${expected.pageCount} pages`);

  if (expected.docType === 'loan_contract') {
    const idNumber = String(fields.borrowerIdNumber);
    check(idCheckChar(idNumber.slice(0, 17)) === idNumber[17], id, 'borrower ID check character');
    check(isLuhnValid(String(fields.disbursementAccount)), id, 'disbursement account fails Luhn');
    check(fields.principal === fields.principalInWords, id, 'principal and its words differ');
  } else if (expected.docType === 'pay_slip') {
    check(cents(fields.grossPay) - cents(fields.totalDeductions) === cents(fields.netPay), id, 'gross − deductions ≠ net');
    check(cents(fields.incomeTax) + cents(fields.socialInsurance) + cents(fields.housingFund) <= cents(fields.totalDeductions), id, 'line items exceed total deductions');
  } else {
    let balance = cents(fields.openingBalance);
    for (const t of expected.transactions ?? []) {
      balance += cents(t.amount);
      check(balance === cents(t.balance), id, `running balance breaks at ${t.date} ${t.description}`);
    }
    check(cents(fields.openingBalance) + cents(fields.totalCredits) - cents(fields.totalDebits) === cents(fields.closingBalance), id, 'opening + credits − debits ≠ closing');
    check(isLuhnValid(String(fields.accountNumber)), id, 'account number fails Luhn');
  }

  if (expected.form === 'text-pdf' || expected.form === 'scan-pdf') {
    const info = execFileSync('pdfinfo', [file]).toString();
    check(new RegExp(`Pages:\\s+${expected.pageCount}\\b`).test(info), id, 'pdfinfo page count');
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString());
    if (expected.form === 'scan-pdf') check(text.length === 0, id, 'scanned PDF has a text layer');
    else {
      const mustAppear = ['borrowerIdNumber', 'employeeName', 'accountHolder', 'principalInWordsText', 'signingDate']
        .map((k) => fields[k])
        .filter((v): v is string => typeof v === 'string' && !/^\d{4}-\d\d-\d\d$/.test(v));
      for (const value of mustAppear) check(text.includes(value), id, `text layer lacks ${value}`);
    }
  } else {
    const meta = await sharp(readFileSync(file), { pages: -1 }).metadata();
    check((meta.pages ?? 1) === expected.pageCount, id, `image has ${meta.pages ?? 1} pages`);
    if (expected.form === 'exif-rotated') {
      check(meta.orientation === 8, id, `EXIF orientation is ${meta.orientation}, expected 8`);
      check((meta.autoOrient?.width ?? 0) < (meta.autoOrient?.height ?? 0), id, 'upright image should be portrait');
    }
  }
  void doc;
}
