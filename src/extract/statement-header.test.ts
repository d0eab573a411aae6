import { describe, expect, it } from 'vitest';
import { findTitleName } from './titles.js';
import { findHolderAboveAccount } from './holder-line.js';
import { collectLines } from './lines.js';
import { extractFields } from './index.js';
import { fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import type { Field } from '../model/schema.js';

const lines = (text: string) => collectLines({ pages: [syntheticPage(text)] });
const account = (value: string): Field => ({ value, raw: value, page: 1, confidence: 1 });

describe('bank names with lower-case joins in a statement title', () => {
  it('keeps "and" and "for" inside the name', () => {
    expect(findTitleName(lines('Industrial and Commercial Bank of China  ACCOUNT ACTIVITY LISTING'), 'bank')?.value).toBe('IndustrialandCommercialBankofChina');
    expect(findTitleName(lines('Savings and Loan Bank  MONTHLY STATEMENT'), 'bank')?.value).toBe('SavingsandLoanBank');
    expect(findTitleName(lines('China Merchants Bank  STATEMENT'), 'bank')?.value).toBe('ChinaMerchantsBank');
  });
});

describe('an unlabelled holder above the account line', () => {
  it('reads the name cell right above the account number, in either language', () => {
    expect(findHolderAboveAccount(lines(['MEMBER SAVINGS STATEMENT  Beginning Balance  11,406.98', 'WANG Yong  Deposits & Credits  40,524.96', 'Member account 6217922777212409  Withdrawals & Debits  27,631.24'].join('\n')), account('6217922777212409'))?.value).toBe('WANGYong');
    expect(findHolderAboveAccount(lines(['活期账户对账单', '李明', '账号 6222 0212 3456 7890 123'].join('\n')), account('6222021234567890123'))?.value).toBe('李明');
  });

  it('takes no heading, address or figure for a name', () => {
    expect(findHolderAboveAccount(lines(['MEMBER SAVINGS STATEMENT', 'Member account 6217922777212409'].join('\n')), account('6217922777212409'))).toBeUndefined();
    expect(findHolderAboveAccount(lines(['12 Garden Road', 'Account 6217922777212409'].join('\n')), account('6217922777212409'))).toBeUndefined();
  });

  it('fills accountHolder of a statement only when no label names it', () => {
    const text = ['Bank of Hangzhou', 'MEMBER SAVINGS STATEMENT', 'Tao Zhang', 'Member account 6282080963200009', 'Date  Description  Withdrawals  Deposits  Balance'].join('\n');
    expect(fieldValues(extractFields({ pages: [syntheticPage(text)], docType: 'bank_statement', language: 'en' })).accountHolder).toBe('TaoZhang');
    const labelled = ['Account holder: Li Na', 'Tao Zhang', 'Account number 6282080963200009'].join('\n');
    expect(fieldValues(extractFields({ pages: [syntheticPage(labelled)], docType: 'bank_statement', language: 'en' })).accountHolder).toBe('LiNa');
  });
});
