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
  describe('every statement of the term and of the signing', () => {
    const keyTerms = ['借款人：李娜', '借款期限：24个月', '起始日：2025年6月10日', '到期日：2027年6月9日'];
    const prose = (text: string) => makeDocument([keyTerms, ['第三条 期限', text], ['乙方（签字）：', '签订日期：2025年6月5日']], { docType: 'loan_contract' });
    it('flags a clause that restates the term with another end date, silent when it agrees', async () => {
      const sink = await runCheck(contractDates, prose('本合同项下借款期限为24个月，自2025年6月10日起至2027年7月9日止。'));
      expect(codes(sink)).toEqual(['DATE_INCONSISTENT']);
      expect(sink.findings[0]).toMatchObject({ page: 2, evidence: { rule: 'restated period = start + term', restated: { to: '2027-07-09' } } });
      expect(codes(await runCheck(contractDates, prose('本合同项下借款期限为24个月，自2025年6月10日起至2027年6月10日止。')))).toEqual([]);
    });
    it('leaves a period for part of the term alone (a fixed-rate period)', async () => {
      expect(codes(await runCheck(contractDates, prose('借款期限内，自2025年6月10日起至2026年6月9日止执行固定利率。')))).toEqual([]);
    });
    const en = (opening: string) => makeDocument([['LOAN AGREEMENT', opening, 'Borrower: Ana Liu', 'Term: 12 months', 'Drawdown date: 3 Feb 2025', 'Maturity date: 2 Feb 2026',
      'Clause 2 The term of the loan is 12 months, running from 3 Feb 2025 to 2 Feb 2026.'], ['Borrower (Signature):', 'Date: 28 Jan 2025']], { docType: 'loan_contract', language: 'en' });
    it('reads "This Agreement is made on …" as a signing date: after drawdown it is flagged', async () => {
      expect(codes(await runCheck(contractDates, en('This Agreement is made on 27 January 2025.')))).toEqual([]);
      const sink = await runCheck(contractDates, en('This Agreement is made on 14 February 2025.'));
      expect(codes(sink)).toEqual(['DATE_INCONSISTENT']);
      expect(sink.findings[0]!.evidence).toMatchObject({ rule: 'signing not after start', signingDate: { value: '2025-02-14' } });
    });
  });
  it('holds a clause that states its own count to that count (72个月 with an 84-month span)', async () => {
    const keyTerms = ['借款人：李娜', '借款期限：24个月', '起始日：2025年6月10日', '到期日：2027年6月9日'];
    const doc = (text: string) => makeDocument([keyTerms, ['第二条 借款期限', text]], { docType: 'loan_contract' });
    const sink = await runCheck(contractDates, doc('借款期限共12个月，自2025年6月10日起至2027年6月9日止。'));
    expect(codes(sink)).toEqual(['DATE_INCONSISTENT']);
    expect(sink.findings[0]!.evidence).toMatchObject({ restated: { months: 12 }, expected: ['2026-06-09', '2026-06-10'] });
    expect(codes(await runCheck(contractDates, doc('借款期限共24个月，自2025年6月10日起至2027年6月9日止。')))).toEqual([]);
    expect(codes(await runCheck(contractDates, doc('借款期限共2年，自2025年6月10日起至2027年6月9日止。')))).toEqual([]);
  });
  it('flags a last instalment after the end date, in a sentence or a schedule row', async () => {
    const letter = (last: string) => makeDocument([['Borrower: Ana Liu', 'Term: 12 months', 'Drawdown date: 3 Feb 2025', 'Maturity date: 3 Feb 2026',
      `7. Repayment. The loan is repaid by 12 monthly instalments, the first falling due on 3 March 2025 and the last on ${last}.`]], { docType: 'loan_contract', language: 'en' });
    expect(codes(await runCheck(contractDates, letter('3 February 2026')))).toEqual([]);
    expect(codes(await runCheck(contractDates, letter('3 March 2026')))).toEqual(['DATE_INCONSISTENT']);
    const schedule = (last: string) => makeDocument([['借款人：李娜', '借款期限：24个月', '起始日：2025年6月10日', '到期日：2027年6月9日'], ['第六条 还款安排', '首次还款日  2025年7月10日', `最后还款日  ${last}`]], { docType: 'loan_contract' });
    expect(codes(await runCheck(contractDates, schedule('2027年6月9日')))).toEqual([]);
    expect(codes(await runCheck(contractDates, schedule('2027年7月9日')))).toEqual(['DATE_INCONSISTENT']);
  });
});
