import { describe, expect, it } from 'vitest';
import { extractFields } from './index.js';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import { findTitleName } from './titles.js';
import { collectLines } from './lines.js';
import { isPageTransfer } from './page-transfers.js';

const twoPages = (one: string, two: string, language: 'zh' | 'en') =>
  fieldValues(extractFields({ pages: [syntheticPage(one, 1), syntheticPage(two, 2)], docType: 'bank_statement', language }));

describe('a ledger whose header sentence names the holder and the opening balance', () => {
  it('reads the holder and the balance from an English header sentence', () => {
    const r = extractText([
      'Bank of Ningbo',
      'Ledger of account 6214830012345678 held by Wei Chen, currency USD, for 1 May 2025 to 30 Jun',
      '2025. The balance brought from your previous statement was USD 8,120.40.',
    ].join('\n'), 'bank_statement', 'en');
    expect(fieldValues(r)).toMatchObject({ accountHolder: 'WeiChen', openingBalance: '8120.40' });
  });

  it('reads a Chinese key run straight into its value, closed by a comma', () => {
    const r = extractText([
      '中国建设银行',
      '活期存款分户账',
      '户名李晓东，账号6227001234567890123，币种人民币。本账页记载2025.5.1至2025.6.30的',
      '交易，上期结转余额为人民币8,120.40元。',
    ].join('\n'), 'bank_statement', 'zh');
    expect(fieldValues(r)).toMatchObject({ accountHolder: '李晓东', openingBalance: '8120.40' });
  });

  it('does not take a name from a sentence that names no account', () => {
    const r = extractText(['Bank of Ningbo', 'Account No.: 6214830012345678', 'This notice is held by Wei Chen for reference.'].join('\n'), 'bank_statement', 'en');
    expect(r.fields.accountHolder).toBeUndefined();
  });
});

describe('balances carried between pages', () => {
  it('keeps a carried-forward balance at the foot of page 1 from closing the statement', () => {
    const v = twoPages(
      ['Opening balance  1,000.00', 'Carried forward  700.00'].join('\n'),
      ['Brought forward  700.00', 'Closing balance 1,250.00. Printed 10 Jul 2025.'].join('\n'), 'en');
    expect(v).toMatchObject({ openingBalance: '1000.00', closingBalance: '1250.00' });
  });

  it('still reads a one-page statement\'s balance carried forward as its closing balance', () => {
    expect(isPageTransfer('closingBalance', 'Balance carried forward', 1, { first: 1, last: 1 })).toBe(false);
    expect(isPageTransfer('closingBalance', 'Balance carried forward', 1, { first: 1, last: 2 })).toBe(true);
    expect(isPageTransfer('openingBalance', '承前页', 2, { first: 1, last: 2 })).toBe(true);
    expect(isPageTransfer('openingBalance', 'Balance brought forward', 1, { first: 1, last: 2 })).toBe(false);
  });
});

describe('a bank named in a title beside a service heading', () => {
  it('ends the bank name before "Banking"', () => {
    const lines = collectLines({ pages: [syntheticPage('China Merchants Bank        Mobile Banking · Transaction Export\nName: XU Lei')] });
    expect(findTitleName(lines, 'bank')?.value).toBe('ChinaMerchantsBank');
  });
});
