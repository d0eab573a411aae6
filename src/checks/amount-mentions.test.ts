import { describe, expect, it } from 'vitest';
import { amountMentions } from './amount-mentions.js';
import { codes, makeDocument, runCheck } from './test-document.js';

describe('amount-mentions', () => {
  it('stays silent when the principal is stated the same way twice, and ignores bare numbers in prose', async () => {
    expect(codes(await runCheck(amountMentions, makeDocument([['借款金额：¥1,250,000.00'], ['第一条 乙方向甲方借款，借款金额为人民币1,250,000.00元。']], { docType: 'loan_contract' })))).toEqual([]);
    expect(codes(await runCheck(amountMentions, makeDocument([['Loan Amount:  RMB 1,250,000.00', 'Interest on the principal of 360 days a year.']], { docType: 'loan_contract', language: 'en' })))).toEqual([]);
  });
  it('flags the same amount stated differently on another page', async () => {
    const sink = await runCheck(amountMentions, makeDocument([['借款金额：¥1,250,000.00'], ['第一条 乙方向甲方借款，借款金额为人民币1,520,000.00元。']], { docType: 'loan_contract' }));
    expect(codes(sink)).toEqual(['AMOUNT_MISMATCH']);
    expect(sink.findings[0]!.evidence).toMatchObject({ first: { value: '1250000.00', page: 1 }, second: { value: '1520000.00', page: 2 } });
  });
  describe('the principal restated in running text without a label', () => {
    const zh = (restated: string) => makeDocument([['借款金额：人民币¥860,000.00元', '借款期限：36个月'], ['第三条 放款', `贷款人在放款条件满足后，将借款人民币${restated}元一次性划入借款人账户。`]], { docType: 'loan_contract' });
    // The figure wraps onto the next line after its currency mark.
    const en = (restated: string) => makeDocument([['Loan Amount:  USD 48,500.00', 'Clause 4 Drawdown', 'Once the conditions are met the Bank will release the principal amount of USD', `${restated} to the Borrower in one payment; interest runs on a 365-day year.`]], { docType: 'loan_contract', language: 'en' });
    it('stays silent when the restatement agrees', async () => {
      expect(codes(await runCheck(amountMentions, zh('860,000.00')))).toEqual([]);
      expect(codes(await runCheck(amountMentions, en('48,500.00')))).toEqual([]);
    });
    it('flags a restatement that differs, with both places', async () => {
      const sink = await runCheck(amountMentions, zh('680,000.00'));
      expect(codes(sink)).toEqual(['AMOUNT_MISMATCH']);
      expect(sink.findings[0]!.evidence).toMatchObject({ first: { value: '860000.00', page: 1 }, second: { value: '680000.00', page: 2 } });
      expect(codes(await runCheck(amountMentions, en('45,800.00')))).toEqual(['AMOUNT_MISMATCH']);
    });
    it('does not take a count after the loan words for an amount', async () => {
      const doc = makeDocument([['Loan Amount:  USD 48,500.00', 'The loan of 24 months bears interest; a facility of 3 tranches may be drawn.']], { docType: 'loan_contract', language: 'en' });
      expect(codes(await runCheck(amountMentions, doc))).toEqual([]);
    });
  });
});
