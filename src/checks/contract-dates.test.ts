import { describe, expect, it } from 'vitest';
import { contractDates } from './contract-dates.js';
import { codes, makeDocument, runCheck } from './test-document.js';

const zh = (start: string, end: string, term: number, signing: string) => makeDocument([['借款人：张伟', `借款期限：${term}个月`, `借款期间：自${start}起至${end}止`], ['乙方（签字）：', `签订日期：${signing}`]], { docType: 'loan_contract' });
const en = (start: string, end: string, term: number, signing: string) => makeDocument([['Borrower: Wei Zhang', `Loan Term: ${term} months`, `Loan Period: from ${start} to ${end}`], ['Borrower (Signature):', `Date of signing: ${signing}`]], { docType: 'loan_contract', language: 'en' });

describe('contract-dates', () => {
  it('accepts both conventions: end = start + term − 1 day and end = start + term', async () => {
    expect(codes(await runCheck(contractDates, zh('2025年3月15日', '2026年3月14日', 12, '2025年3月10日')))).toEqual([]);
    expect(codes(await runCheck(contractDates, en('15 March 2025', '15 March 2026', 12, '10 March 2025')))).toEqual([]);
  });
  it('flags an end date that matches neither', async () => {
    const sink = await runCheck(contractDates, zh('2025年3月15日', '2026年4月14日', 12, '2025年3月10日'));
    expect(codes(sink)).toEqual(['DATE_INCONSISTENT']);
    expect(sink.findings[0]!.evidence).toMatchObject({ expected: ['2026-03-14', '2026-03-15'], endDate: { value: '2026-04-14' } });
  });
  it('flags signing after the start', async () => {
    expect(codes(await runCheck(contractDates, en('15 March 2025', '14 March 2026', 12, '25 March 2025')))).toEqual(['DATE_INCONSISTENT']);
  });
});
