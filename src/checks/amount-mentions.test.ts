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
});
