import { describe, expect, it } from 'vitest';
import { extractText, fieldValues, syntheticPage } from '../../test/support/synthetic-page.js';
import { extractFields } from './index.js';

/** A letter set with a letter's leading (1.7 em), looser than the wrapped lines of a table cell. */
const letter = (lines: string[]) => fieldValues(extractFields({ pages: [syntheticPage(lines.join('\n'), 1, { pitch: 1.7 })], docType: 'loan_contract', language: 'en' }));

describe('facility letters: a loan offered in prose', () => {
  const fields = letter([
    'Pacific Commercial Bank Limited, Central Branch',
    '88 Queen Street, Central',
    'Our ref.: PCB/LN/2025/00817',
    '9 April 2025',
    'PRIVATE AND CONFIDENTIAL',
    'Grace Oyelaran-Smith',
    'Flat 12B, 3 Garden Terrace, Wan Chai',
    'Dear Ms Oyelaran-Smith,',
    'Home Loan Facility',
    'We are pleased to offer you, Grace Oyelaran-Smith (Passport No. K7734021), a home loan facility of',
    'US$ 415,000.00 (United States Dollars Four Hundred Fifteen Thousand Only) on the terms of this letter.',
    'The facility is made available for 120 months, starting on 2 May 2025 and',
    'ending on 1 May 2035, when all sums outstanding become due. Interest is charged at 4.35% per annum.',
    'As security you will grant us a first legal mortgage over the property at Unit 7, 21 Harbour Road, Wan Chai,',
    'Hong Kong, to be registered before drawdown.',
    'Yours sincerely,',
    'for and on behalf of Pacific Commercial Bank Limited, Central Branch',
  ]);

  it('reads the addressee the offer names, in full, and the bank that signs for the offer', () => {
    expect(fields.borrowerName).toBe('GraceOyelaran-Smith');
    expect(fields.lenderName).toBe('PacificCommercialBankLimited,CentralBranch');
  });

  it('reads the amount offered, its currency from the words, and a period whose join wraps with its end date', () => {
    expect(fields).toMatchObject({ principal: '415000.00', currency: 'USD', startDate: '2025-05-02', endDate: '2035-05-01', termMonths: 120 });
  });

  it('ends the mortgaged property where the sentence runs on, and dates the contract by the letter', () => {
    expect(fields.collateralAddress).toBe('Unit7,21HarbourRoad,WanChai,HongKong');
    expect(fields.signingDate).toBe('2025-04-09');
    expect(fields.contractNumber).toBe('PCB/LN/2025/00817');
  });

  it('reads a Chinese letter\'s addressee from its greeting', () => {
    const zh = fieldValues(extractText([
      '贷款发放通知书',
      '尊敬的欧阳春梅女士：',
      '我行同意向您发放个人住房贷款人民币500,000.00元，期限36个月，年利率3.85%。',
    ].join('\n'), 'loan_contract', 'zh'));
    expect(zh.borrowerName).toBe('欧阳春梅');
  });

  it('reads the amount, term and dates a letter states in sentences without the words of a full period', () => {
    expect(letter([
      'Dear Mr Ho,',
      'We are pleased to offer you a loan of HKD 80,000.00. The loan is made available for 36 months,',
      'commencing on May 12, 2025. Interest is charged at 5.1% per annum.',
    ])).toMatchObject({ principal: '80000.00', termMonths: 36, startDate: '2025-05-12', annualRatePercent: '5.10' });
    const zh = fieldValues(extractText('尊敬的李娜女士：\n我行同意向您发放个人住房贷款人民币500,000.00元，期限36个月，年利率3.85%。', 'loan_contract', 'zh'));
    expect(zh).toMatchObject({ borrowerName: '李娜', principal: '500000.00', termMonths: 36, annualRatePercent: '3.85' });
  });

  it('takes the date a letter is dated on from above its greeting only', () => {
    const fields = letter(['Dear Mr Ho,', 'We are pleased to offer you a loan of HKD 80,000.00, ending on', 'May 11, 2027.']);
    expect(fields.signingDate).toBeUndefined();
  });

  it('takes no date for the contract from a document that is no letter', () => {
    const plain = letter(['Loan Agreement', '9 April 2025', 'Borrower:  Grace Lin', 'Loan Amount:  USD 5,000.00']);
    expect(plain.signingDate).toBeUndefined();
  });
});
